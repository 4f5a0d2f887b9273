// What the crawl read of one page, and what the page is: the crawl's output,
// which the analysis (sections, probes, posting frequency) reads and never
// reads pages again. The crawl declares each page's kind (an article with
// its publication date, a listing, anything else); analysis does not decide
// it.
//
//   for (const CrawledPage& p : data.pages)
//     if (p.kind == PageKind::Article) posted.push_back(p.posted);
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace wt::audit {

struct CrawledLink {
  std::string href;    ///< Resolved to an absolute URL.
  std::string text;
  bool in_nav = false;
};

/// What a page is, as the crawl judged it (crawl/article_detect.hpp, a news
/// sitemap or a feed listing it).
enum class PageKind : unsigned char {
  Other,    ///< A static page, a data page, a page not answered 200 ...
  Listing,  ///< A list of articles: category, tag, archive, pagination, search.
  Article,  ///< One post with its publication date (CrawledPage::posted).
};

/// "other", "listing", "article".
std::string_view page_kind_name(PageKind kind);

/// A document a page lists with its số ký hiệu and issue date
/// (crawl/dated_documents.hpp).
struct DatedDocument {
  std::string number;  ///< The số ký hiệu as written ("45/KH-THCSLL").
  std::string issued;  ///< The issue date, yyyy-mm-dd.
};

struct CrawledPage {
  std::string url;
  std::string title;
  std::vector<std::string> headings;
  std::vector<CrawledLink> links;
  int status = 200;
  // Page properties the probes read (analysis/probes.hpp); defaults mean "not seen".
  std::string canonical;             ///< <link rel=canonical>, absolute; "" when none.
  std::string encoding;              ///< WHATWG name of the charset it was read in ("utf-8").
  bool lang = false;                 ///< <html lang> present.
  std::string language;              ///< Its primary subtag, lower-cased ("vi", "en"); "" when none.
  bool viewport = false;             ///< <meta name=viewport> with width=device-width.
  int dublin_core = 0;               ///< Distinct DC.* metadata elements.
  int images = 0;                    ///< <img> elements,
  int images_without_alt = 0;        ///< of which without an alt attribute.
  PageKind kind = PageKind::Other;   ///< What the page is (declared by the crawl).
  bool author = false;               ///< Shows its author or source.
  std::vector<std::string> emails;   ///< mailto: addresses, lower-cased.
  bool search_form = false;          ///< Has a site search box.
  bool contact_address = false, contact_phone = false, contact_email = false;  ///< Shown in its text or footer.
  bool footer_address = false, footer_phone = false, footer_email = false,
       footer_responsible = false;   ///< Shown in its footer (crawl/contact_facts.hpp).
  bool footer_unit = false;          ///< Its footer names the school or office (names_education_unit).
  std::vector<DatedDocument> documents;  ///< Numbered, dated documents it lists.
  std::string posted;                ///< Its publication date (yyyy-mm-dd) when kind is Article.

  bool is_article() const { return kind == PageKind::Article; }
};

}  // namespace wt::audit

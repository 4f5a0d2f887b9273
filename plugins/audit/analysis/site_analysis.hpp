// Crawler audit (issue 4, parts 5 and 7): from the pages of one crawled site,
// which required sections it has, how often it posts, and its rubric score,
// reported as the audit JSON of product.md. Pure: no network, no files.
//
//   auto sections = wt::audit::find_sections(pages, tt53, "thpt");
//   auto posts = wt::audit::posting_stats(items, "2024-09-05", "2025-05-31");
//   auto score = wt::audit::score_site(sections, posts, rubric, "thpt", {});
//   nlohmann::json j = wt::audit::to_json({url, page_count, sections, posts, score});
//
// Requirement texts (the rule set's crawler titles and url_words) and page
// texts are compared folded (wt::fold_for_match, core/vietnamese_fold.hpp):
// without diacritics, lower-case, đ→d, punctuation as spaces ("Thoi khoa
// bieu" matches "Thời khoá biểu").
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "audit/analysis/dated_documents.hpp"
#include "regulations/rubric.hpp"
#include "regulations/rule_set.hpp"
#include "core/vietnamese_fold.hpp"

namespace wt::audit {

struct CrawledLink {
  std::string href;    ///< Resolved to an absolute URL.
  std::string text;
  bool in_nav = false;
};

struct CrawledPage {
  std::string url;
  std::string title;
  std::vector<std::string> headings;
  std::vector<CrawledLink> links;
  int status = 200;
  // Page properties the probes read (probes.hpp); defaults mean "not seen".
  std::string canonical;             ///< <link rel=canonical>, absolute; "" when none.
  std::string encoding;              ///< WHATWG name of the charset it was read in ("utf-8").
  bool lang = false;                 ///< <html lang> present.
  std::string language;              ///< Its primary subtag, lower-cased ("vi", "en"); "" when none.
  bool viewport = false;             ///< <meta name=viewport> with width=device-width.
  int dublin_core = 0;               ///< Distinct DC.* metadata elements.
  int images = 0;                    ///< <img> elements,
  int images_without_alt = 0;        ///< of which without an alt attribute.
  bool article = false;              ///< Counted as a post (article_detect.hpp).
  bool author = false;               ///< Shows its author or source.
  std::vector<std::string> emails;   ///< mailto: addresses, lower-cased.
  bool search_form = false;          ///< Has a site search box.
  bool contact_address = false, contact_phone = false, contact_email = false;  ///< Shown in its text or footer.
  bool footer_address = false, footer_phone = false, footer_email = false,
       footer_responsible = false;   ///< Shown in its footer (contact_facts.hpp).
  bool footer_unit = false;          ///< Its footer names the school or office (names_education_unit).
  std::vector<DatedDocument> documents;  ///< Numbered, dated documents it lists (dated_documents.hpp).
  std::string posted;                ///< Its publication date (yyyy-mm-dd) when it is a post.
};

/// Whether one requirement was found, where, and why.
struct SectionMatch {
  std::string id, name;
  bool applies = true;   ///< false: not required of this school type (counts as met when scoring)
  bool found = false;
  std::string url;       ///< The page that satisfied it.
  std::string evidence;  ///< Which text matched: `nav link "Tin tức" matches "tin tức"`.
  int score = 0;         ///< Strength of the best match (see find_sections).
};

/// What the crawl learnt of a site besides its pages, for the probes.
struct SiteFacts {
  std::string sitemap_url;  ///< A sitemap (urlset or index) fetched with 200 and read; "" when none.
};

/// Every requirement of `rules`, in rule-set order. A requirement is found by
/// the best-scoring of: link text (nav +20; exact phrase 100, words inside
/// 60), page title (80 / 50), heading (70 / 40), a URL word in a link target
/// or page URL (45, nav link +20), a probe of the crawled pages that passes
/// (30; probes.hpp; `site_url` is the audited address, default the first
/// page's). Links to pages crawled with a status other than 200 do not
/// count. Requirements with no crawler titles, URL words or known probes are
/// never found (the evidence says so).
std::vector<SectionMatch> find_sections(const std::vector<CrawledPage>& pages, const regulations::RuleSet& rules,
                                        const std::string& school_type, const std::string& site_url = "",
                                        const SiteFacts& facts = {});

struct PostItem {
  std::string url;
  std::string date;    ///< RFC 3339 or any wt::parse_date format; "" when unknown.
  std::string source;  ///< sitemap | feed | meta | json-ld | time | text
};

struct PostingStats {
  int count = 0;       ///< Distinct articles (by URL) with a date.
  int in_window = 0;   ///< Of those, dated since..until inclusive (by their own local date).
  double per_week = 0; ///< in_window / (days in window / 7), days counted inclusively.
  std::string since, until;  ///< "2024-09-05", "2025-05-31"
  std::vector<PostItem> items;  ///< The dated articles, first occurrence of each URL.
};

/// The current school year's window for a day: 5 September to 31 May of the
/// school year that started on the last 5 September.
std::pair<std::string, std::string> default_window(int year, int month, int day);

/// Empty `since`/`until` take default_window(today) (local clock): from 5 September
/// to 31 May of the school year, or to today while that year is still running.
PostingStats posting_stats(const std::vector<PostItem>& items, std::string since = "", std::string until = "");

/// Values measured outside the site, by rubric measure name
/// ("visits_per_day", "posts_to_portal").
struct ScoreInputs {
  std::map<std::string, double> values;
};

struct ScoreLine {
  std::string id;
  double points = 0, max = 0;
  bool measured = true;  ///< false: a crawl cannot measure it and no input was given
  std::string evidence;
};

struct SiteScore {
  std::string rubric;
  double total = 0, max = 0;
  std::vector<ScoreLine> items;
};

/// Scores with the rubric's scorecard for `school_type` (empty when none),
/// as `webtruong check` does (generator/compliance/checker.cpp): a
/// requirement counts as met when found or not applicable; unknown ids are
/// missing; input measures take their value from `inputs`, else are not
/// measured (all_of skips them when when_missing is skip).
SiteScore score_site(const std::vector<SectionMatch>& sections, const PostingStats& posting,
                     const regulations::Rubric& rubric, const std::string& school_type,
                     const ScoreInputs& inputs = {});

/// A URL the crawler would not fetch, and why (a redirect off the site, an
/// address it may not connect to, a sitemap on another site ...).
struct RefusedUrl {
  std::string url;
  std::string reason;  ///< "redirect to another site", "cloud metadata address 169.254.169.254" ...
};

/// A memory cap (docs/audit.md "Memory") the crawl of a site reached.
struct CapNote {
  std::string cap;      ///< Per page: "links_per_page", "items_per_page", "html_per_page"; per site:
                        ///< "seen_urls", "frontier", "dated_urls", "site_bytes".
  long long limit = 0;  ///< The cap.
  long long count = 0;  ///< Per page caps: pages cut; per site caps: 1 (the crawl of the site stopped).
};

/// How the crawl of one site went, for the auditor (not part of the score).
struct CrawlNotes {
  int requests = 0;             ///< HTTP responses received (robots, sitemaps, feeds, pages).
  int robots_status = 0;        ///< Status of /robots.txt (0: no answer).
  std::string robots_error;     ///< Why there was no answer ("connection refused", "timeout"...).
  bool robots_blocked = false;  ///< robots.txt kept failing (5xx or no answer): nothing was crawled.
  bool robots_truncated = false;  ///< robots.txt was longer than 500 KiB: the rest was ignored (RFC 9309 2.5).
  long crawl_delay_ms = 0;      ///< Crawl-delay from robots.txt that slowed the crawl (0: none).
  std::vector<RefusedUrl> refused;  ///< The first refusals, in order (at most kMaxRefusalsKept).
  int refused_count = 0;        ///< All refusals, kept or not.
  std::vector<CapNote> limits;  ///< Caps reached.
};

/// Refusals kept per site (the count goes on).
inline constexpr int kMaxRefusalsKept = 100;

/// Why a site's results are incomplete or missing. The other sites of the
/// audit are reported as usual; `webtruong audit` then exits 1.
struct SiteError {
  std::string kind;   ///< "crawl-error" (unreachable, nothing fetched), "cap-reached", "internal-error".
  std::string what;   ///< What happened, in English ("the site cannot be reached (connection refused)").
  std::string where;  ///< Where: the URL being handled, or "analysis".
  /// What the site's entry still measures: any of "pages", "sections",
  /// "posts", "score" (the figures of the pages read before the failure); empty: nothing.
  std::vector<std::string> measured;
};

struct SiteResult {
  std::string url;
  std::string school_type;         ///< mn, th, thcs, ... ("" when unknown)
  std::string school_type_source;  ///< "given" (--type or the list) or "guessed" (from the home page)
  CrawlNotes crawl;
  int pages = 0;
  std::vector<SectionMatch> sections;
  PostingStats posts;
  SiteScore score;
  std::optional<SiteError> error;  ///< Set when the site failed (see SiteError).
};

/// One element of the audit JSON's "sites" array (product.md "The audit"),
/// keys in product.md's order (url, pages, sections, posts, score), then
/// "crawl", then "error" when the site failed. Sections not applicable to
/// the school type are left out; per_week is rounded to 2 decimals.
nlohmann::ordered_json to_json(const SiteResult& site);

/// The error object of a failed site: {"kind", "what", "where", "measured"}.
nlohmann::ordered_json to_json(const SiteError& error);

/// One line for reports: "cap reached: 32 MiB of page data kept; the crawl
/// of the site stopped there", "3 page(s) had more than 2000 links: the rest
/// were not read".
std::string describe_cap(const CapNote& note);

}  // namespace wt::audit

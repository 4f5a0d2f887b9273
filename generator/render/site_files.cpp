#include "render/site_files.hpp"

#include "core/text.hpp"
#include "render/feeds.hpp"

namespace wt::render {

std::string sitemap_xml(const content::ContentTree& tree, const std::vector<std::string>& data_page_urls,
                        const ViewBuilder& views) {
  std::vector<SitemapEntry> entries;
  auto latest = tree.dated.empty() ? std::optional<DateTime>() : tree.dated.front()->fm.date;
  entries.push_back({views.absolute("/"), latest});
  for (auto& s : tree.sections) {
    if (!s->parent) continue;
    std::optional<DateTime> lm;
    for (const content::Page* p : s->pages)
      if (p->fm.date && (!lm || p->fm.date->epoch() > lm->epoch())) lm = p->fm.date;
    entries.push_back({views.absolute(s->url), lm});
  }
  for (auto& p : tree.pages) {
    if (p->is_section_index) continue;
    entries.push_back({views.absolute(p->url), p->fm.updated ? p->fm.updated : p->fm.date});
  }
  for (const content::Taxonomy* tax : {&tree.categories, &tree.tags}) {
    if (!tax->terms.empty()) entries.push_back({views.absolute(tax->url), std::nullopt});
    for (const auto& [slug, t] : tax->terms) entries.push_back({views.absolute(t.url), t.pages.front()->fm.date});
  }
  for (const auto& url : data_page_urls)
    if (!tree.by_dir.count(url.substr(1, url.size() - 2))) entries.push_back({views.absolute(url), std::nullopt});
  entries.push_back({views.absolute("/so-do-trang/"), std::nullopt});
  return render_sitemap(entries);
}

std::string robots_txt(const ViewBuilder& views) { return render_robots(views.absolute("/sitemap.xml")); }

std::string redirect_page(const content::Page& target, const ViewBuilder& views) {
  std::string u = html_escape(views.url(target.url)), a = html_escape(views.absolute(target.url)),
              t = html_escape(target.fm.title);
  return "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + t +
         "</title>\n<link rel=\"canonical\" href=\"" + a +
         "\">\n<meta name=\"robots\" content=\"noindex\">\n<meta http-equiv=\"refresh\" content=\"0; url=" + u +
         "\">\n</head>\n<body>\n<main>\n<h1>Trang đã chuyển địa chỉ</h1>\n<p>Bài viết đã chuyển đến <a href=\"" + u +
         "\">" + t + "</a>.</p>\n</main>\n</body>\n</html>\n";
}

}  // namespace wt::render

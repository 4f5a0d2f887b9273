#include "render/view_model.hpp"

#include <algorithm>
#include <cstdlib>
#include <functional>

#include "core/base_path.hpp"
#include "core/date.hpp"
#include "core/parallel.hpp"
#include "core/placeholder.hpp"
#include "core/text.hpp"
#include "images/picture_html.hpp"
#include "regulations/school_type.hpp"

using nlohmann::json;

namespace wt::render {
namespace {

std::string json_for_script(const json& j) {
  std::string s = j.dump();
  // Never let the data close the <script> element it sits in.
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '<') out += "\\u003c";
    else out += s[i];
  }
  return out;
}

std::string schema_type(const std::string& school_type) {
  if (school_type == "pgd" || school_type == "sgd" || school_type == "gdtx") return "EducationalOrganization";
  return "School";
}

// A site.yaml value as pages show it: "" while it is still a placeholder of
// `new` ("[CẦN ĐIỀN: số điện thoại]"), so that no page publishes one as the
// school's phone; `check` lists it.
std::string shown(const std::string& value) { return holds_placeholder(value) ? std::string() : value; }

}  // namespace

ViewBuilder::ViewBuilder(const config::SiteConfig& cfg, const content::ContentTree& tree,
                         const RenderedPages& rendered, std::string generator)
    : cfg_(cfg), tree_(tree), rendered_(rendered), generator_(std::move(generator)) {
  base_ = cfg.base_url;
  if (!base_.empty() && base_.back() == '/') base_.pop_back();
  base_path_ = cfg.base_path();
  site_ = {{"name", cfg.name},
           {"short_name", cfg.short_name},
           {"type_name", regulations::school_type_name(cfg.type)},
           {"address", shown(cfg.address)},
           {"phone", shown(cfg.phone)},
           {"email", shown(cfg.email)},
           {"province", shown(cfg.province)},
           {"managing_body", shown(cfg.managing_body)},
           {"responsible", shown(cfg.responsible)},
           {"base_url", cfg.base_url},
           {"base_path", base_path_},
           {"description", cfg.description},
           {"logo", url(cfg.logo)},
           {"has_logo", !cfg.logo.empty()}};
  // Copyright year: the newest post's year keeps output deterministic.
  site_["year"] = tree.dated.empty() ? std::string() : std::to_string(tree.dated.front()->fm.date->year);

  auto resolve = [&](const config::MenuEntry& e) -> std::string {
    if (!e.page.empty() && e.page.rfind("@/", 0) == 0) {
      auto url = tree.resolve(e.page.substr(2));
      return url ? *url : "#";
    }
    return e.url.empty() ? "#" : e.url;
  };
  if (!cfg.main_menu.empty()) {
    for (const auto& e : cfg.main_menu) {
      ResolvedMenu m{e.name, resolve(e), {}};
      for (const auto& c : e.children) m.children.push_back({c.name, resolve(c), {}});
      if (m.url == "#" && !m.children.empty()) m.url = m.children.front().url;
      menu_.push_back(std::move(m));
    }
  } else {
    menu_.push_back({"Trang chủ", "/", {}});
    for (const content::Section* s : tree.root().subsections) {
      ResolvedMenu m{s->title, s->url, {}};
      for (const content::Section* sub : s->subsections) m.children.push_back({sub->title, sub->url, {}});
      menu_.push_back(std::move(m));
    }
    for (const content::Page* p : tree.root().pages) {
      if (!p->has_date()) menu_.push_back({p->fm.title, p->url, {}});
    }
  }
  footer_menu_ = json::array();
  for (const auto& e : cfg.footer_menu) footer_menu_.push_back({{"name", e.name}, {"url", url(resolve(e))}});
  links_ = json::array();
  for (const auto& l : cfg.links) links_.push_back({{"name", l.name}, {"url", url(l.url)}});
  // The theme's own pages and files, so that no layout writes a path itself.
  urls_ = {{"home", url("/")},
           {"sitemap", url("/so-do-trang/")},
           {"stylesheet", url("/css/style.css")},
           {"favicon", url("/favicon.svg")},
           {"menu_js", url("/js/menu.js")},
           {"documents_js", url("/js/documents.js")},
           {"search", url("/tim-kiem/")},
           {"search_js", url("/js/search.js")},
           {"search_index", url("/search/manifest.json")}};
  feeds_ = {{"rss", url("/rss.xml")}, {"atom", url("/atom.xml")}};
}

std::string ViewBuilder::url(const std::string& rel_url) const { return under_base_path(rel_url, base_path_); }

std::string ViewBuilder::absolute(const std::string& rel_url) const {
  if (rel_url.rfind("http://", 0) == 0 || rel_url.rfind("https://", 0) == 0) return rel_url;
  if (!rel_url.empty() && rel_url[0] != '/') return base_ + "/" + rel_url;  // "images/a.png": from the home page
  return base_ + rel_url;
}

std::string ViewBuilder::pager_url(const std::string& base, int page_no) {
  return page_no <= 1 ? base : base + "trang/" + std::to_string(page_no) + "/";
}

json ViewBuilder::menu_json(const std::string& rel_url) const {
  auto active = [&](const std::string& url) {
    if (url == "/") return rel_url == "/";
    return url.size() > 1 && url[0] == '/' && rel_url.rfind(url, 0) == 0;
  };
  // Which entries are active decides the whole menu: pages of one section
  // share one menu, built once.
  std::string key;
  for (const auto& m : menu_) {
    key += active(m.url) ? '1' : '0';
    for (const auto& c : m.children) key += active(c.url) ? '1' : '0';
    key += '|';
  }
  {
    std::lock_guard<std::mutex> lock(menu_mutex_);
    auto it = menu_cache_.find(key);
    if (it != menu_cache_.end()) return it->second;
  }
  json out = json::array();
  size_t k = 0;
  for (const auto& m : menu_) {
    bool self = key[k++] == '1';
    json children = json::array();
    bool any_child_active = false;
    for (const auto& c : m.children) {
      bool a = key[k++] == '1';
      any_child_active = any_child_active || a;
      children.push_back({{"name", c.name}, {"url", url(c.url)}, {"active", a}});
    }
    ++k;  // '|'
    out.push_back({{"name", m.name},
                   {"url", url(m.url)},
                   {"active", self || any_child_active},
                   {"has_children", !children.empty()},
                   {"children", children}});
  }
  std::lock_guard<std::mutex> lock(menu_mutex_);
  menu_cache_.emplace(key, out);
  return out;
}

std::vector<Crumb> ViewBuilder::crumbs_for(const content::Section* s) const {
  std::vector<Crumb> chain;
  for (; s && s->parent; s = s->parent) chain.push_back({s->title, s->url});
  chain.push_back({"Trang chủ", "/"});
  std::reverse(chain.begin(), chain.end());
  return chain;
}

json ViewBuilder::dublin_core(const std::string& title, const std::string& rel_url,
                              const std::string& description, const content::Page* p) const {
  json dc = json::array();
  auto add = [&](const char* name, const std::string& content) {
    if (!content.empty()) dc.push_back({{"name", name}, {"content", content}});
  };
  add("DC.title", title);
  add("DC.creator", p && !p->fm.author.empty() ? p->fm.author : cfg_.name);
  add("DC.publisher", cfg_.name);
  if (p && p->fm.date) add("DC.date", format_iso_date(*p->fm.date));
  add("DC.description", description);
  add("DC.identifier", absolute(rel_url));
  add("DC.language", cfg_.language);
  add("DC.type", "Text");
  add("DC.format", "text/html");
  return dc;
}

namespace {

// A page that is not published (status draft or review) is only rendered in
// a preview (build --drafts, serve): the theme shows a banner and asks
// search engines not to index it, so a preview never passes for the real page.
void mark_preview(json& v, const content::Page* p) {
  if (!p || p->fm.status == content::Status::Published) return;
  const bool draft = p->fm.status == content::Status::Draft;
  v["preview"] = {{"status", content::status_name(p->fm.status)},
                  {"label", draft ? "Bản nháp — chưa duyệt" : "Chờ duyệt"},
                  {"text", draft ? "Trang này là bản nháp, chỉ để xem trước: chưa được Ban biên tập duyệt và "
                                   "không có trên trang web thật."
                                 : "Trang này đang chờ Ban biên tập duyệt, chỉ để xem trước: chưa có trên trang "
                                   "web thật."}};
}

}  // namespace

json ViewBuilder::common(const std::string& kind, const std::string& title, const std::string& rel_url,
                         const std::vector<Crumb>& crumbs, const std::string& description) const {
  json v;
  v["lang"] = cfg_.language;
  v["kind"] = kind;
  v["site"] = site_;
  v["menu"] = menu_json(rel_url);
  v["footer_menu"] = footer_menu_;
  v["has_links"] = !links_.empty();
  v["links"] = links_;
  v["page_title"] = kind == "home" ? cfg_.name : title + " | " + cfg_.short_name;
  v["canonical"] = absolute(rel_url);
  v["rel_url"] = rel_url;
  std::string desc = description.empty() ? cfg_.description : description;
  json og = json::array({{{"property", "og:title"}, {"content", title}},
                         {{"property", "og:url"}, {"content", absolute(rel_url)}},
                         {{"property", "og:site_name"}, {"content", cfg_.name}},
                         {{"property", "og:locale"}, {"content", "vi_VN"}},
                         {{"property", "og:type"}, {"content", kind == "page" ? "article" : "website"}}});
  if (!desc.empty()) og.push_back({{"property", "og:description"}, {"content", desc}});
  v["meta"] = {{"description", desc}, {"dc", dublin_core(title, rel_url, desc, nullptr)}, {"og", og}, {"jsonld", ""}};
  v["feeds"] = feeds_;
  v["urls"] = urls_;
  if (!crumbs.empty()) {
    json bc = json::array();
    for (size_t i = 0; i < crumbs.size(); ++i)
      bc.push_back({{"name", crumbs[i].name}, {"url", url(crumbs[i].url)}, {"current", i + 1 == crumbs.size()}});
    v["breadcrumbs"] = bc;
    v["has_breadcrumbs"] = true;
  } else {
    v["has_breadcrumbs"] = false;
  }
  v["generator"] = generator_;
  v["preview"] = false;  // mark_preview() sets it on a page that is not published
  return v;
}

std::string ViewBuilder::summary_of(const content::Page& p) const {
  if (!p.fm.summary.empty()) return p.fm.summary;
  auto it = rendered_.find(&p);
  return it == rendered_.end() ? std::string() : it->second.summary;
}

std::string ViewBuilder::with_pictures(const content::Page& p, const std::string& html, bool cover) const {
  if (!images_ || images_->empty()) return html;
  auto find = [&](const std::string& src) { return images_->find(images::image_address(src, p.url, base_path_)); };
  return images::rewrite_images(html, *images_, find, [this](const std::string& u) { return url(u); }, !cover);
}

std::string ViewBuilder::image_url(const content::Page& p) const {
  const std::string& img = p.fm.image;
  if (img.empty()) return "";
  if (img[0] == '/' || img.rfind("http://", 0) == 0 || img.rfind("https://", 0) == 0) return img;
  return p.url + img;
}

json ViewBuilder::term_links(const content::Taxonomy& tax, const std::vector<std::string>& names) const {
  json out = json::array();
  for (const auto& n : names) {
    auto it = tax.terms.find(tax.slug_of(n));
    if (it != tax.terms.end()) out.push_back({{"name", it->second.name}, {"url", url(it->second.url)}});
  }
  return out;
}

void ViewBuilder::prepare(ThreadPool& pool) {
  std::vector<const content::Page*> pages;
  for (const auto& p : tree_.pages)
    if (!p->is_section_index) pages.push_back(p.get());
  std::vector<json> built(pages.size()), tags(pages.size());
  parallel_for(pool, pages.size(), [&](size_t i) {
    built[i] = build_item(*pages[i]);
    tags[i] = term_links(tree_.tags, pages[i]->fm.tags);
  });
  for (size_t i = 0; i < pages.size(); ++i) {
    items_.emplace(pages[i], std::move(built[i]));
    tags_.emplace(pages[i], std::move(tags[i]));
  }
}

void ViewBuilder::forget(const content::Page& p) {
  items_.erase(&p);
  tags_.erase(&p);
}

json ViewBuilder::item(const content::Page& p) const {
  auto it = items_.find(&p);
  return it != items_.end() ? it->second : build_item(p);
}

json ViewBuilder::build_item(const content::Page& p) const {
  json cats = term_links(tree_.categories, p.fm.categories);
  std::string img = image_url(p);
  json j = {{"title", p.fm.title},
            {"url", url(p.url)},
            {"has_date", p.has_date()},
            {"summary", summary_of(p)},
            {"has_image", !img.empty()},
            {"image", {{"url", url(img)}, {"alt", p.fm.image_alt}}},
            {"has_categories", !cats.empty()},
            {"categories", cats}};
  if (p.fm.date) {
    j["date"] = format_vn_date(*p.fm.date);
    j["date_iso"] = format_rfc3339(*p.fm.date);
  }
  if (p.fm.status != content::Status::Published)  // only in a preview (build --drafts, serve)
    j["preview_label"] = p.fm.status == content::Status::Draft ? "Bản nháp" : "Chờ duyệt";
  return j;
}

std::string ViewBuilder::page_jsonld(const content::Page& p, const std::string& description) const {
  json org = {{"@type", schema_type(cfg_.type)}, {"name", cfg_.name}, {"url", cfg_.base_url}};
  if (!cfg_.logo.empty()) org["logo"] = {{"@type", "ImageObject"}, {"url", absolute(cfg_.logo)}};
  json j = {{"@context", "https://schema.org"},
            {"@type", p.has_date() ? "NewsArticle" : "WebPage"},
            {"headline", p.fm.title},
            {"name", p.fm.title},
            {"url", absolute(p.url)},
            {"mainEntityOfPage", absolute(p.url)},
            {"inLanguage", cfg_.language},
            {"publisher", org}};
  if (p.fm.date) {
    j["datePublished"] = format_rfc3339(*p.fm.date);
    j["dateModified"] = format_rfc3339(p.fm.updated ? *p.fm.updated : *p.fm.date);
  }
  if (!p.fm.author.empty()) j["author"] = {{"@type", "Person"}, {"name", p.fm.author}};
  else if (p.has_date()) j["author"] = {{"@type", "Organization"}, {"name", cfg_.name}};
  if (!description.empty()) j["description"] = description;
  std::string img = image_url(p);
  if (!img.empty()) j["image"] = absolute(img);
  if (!p.fm.categories.empty()) j["articleSection"] = p.fm.categories.front();
  if (!p.fm.tags.empty()) {
    std::string kw;
    for (const auto& t : p.fm.tags) kw += (kw.empty() ? "" : ", ") + t;
    j["keywords"] = kw;
  }
  return json_for_script(j);
}

std::string ViewBuilder::home_jsonld() const {
  json j = {{"@context", "https://schema.org"},
            {"@type", schema_type(cfg_.type)},
            {"name", cfg_.name},
            {"url", cfg_.base_url},
            {"inLanguage", cfg_.language}};
  if (!cfg_.description.empty()) j["description"] = cfg_.description;
  const std::string phone = shown(cfg_.phone), email = shown(cfg_.email), address = shown(cfg_.address),
                    province = shown(cfg_.province), managing_body = shown(cfg_.managing_body);
  if (!phone.empty()) j["telephone"] = phone;
  if (!email.empty()) j["email"] = email;
  if (!cfg_.logo.empty()) j["logo"] = absolute(cfg_.logo);
  if (!address.empty()) {
    j["address"] = {{"@type", "PostalAddress"}, {"streetAddress", address}, {"addressCountry", "VN"}};
    if (!province.empty()) j["address"]["addressRegion"] = province;
  }
  if (!managing_body.empty()) j["parentOrganization"] = {{"@type", "GovernmentOrganization"}, {"name", managing_body}};
  return json_for_script(j);
}

json ViewBuilder::page(const content::Page& p) const {
  std::string description = !p.fm.description.empty() ? p.fm.description : summary_of(p);
  auto crumbs = crumbs_for(p.section);
  crumbs.push_back({p.fm.title, p.url});
  json v = common("page", p.fm.title, p.url, crumbs, description);
  v["meta"]["dc"] = dublin_core(p.fm.title, p.url, description, &p);
  v["meta"]["jsonld"] = page_jsonld(p, description);
  if (p.fm.date) {
    v["meta"]["og"].push_back({{"property", "article:published_time"}, {"content", format_rfc3339(*p.fm.date)}});
  }
  const markdown::Rendered* r = nullptr;
  if (auto it = rendered_.find(&p); it != rendered_.end()) r = &it->second;
  json pg = item(p);
  bool cover = false;
  if (images_) {
    if (const images::ProcessedImage* img = images_->find(image_url(p))) {
      auto to_url = [this](const std::string& u) { return url(u); };
      pg["image"]["picture"] = images::picture_html(*img, *images_, to_url, {html_escape(p.fm.image_alt), "", true, ""});
      cover = true;
    }
  }
  pg["content"] = r ? with_pictures(p, r->html, cover) : "";
  pg["author"] = p.fm.author;
  pg["source"] = p.fm.source;
  if (p.fm.date) pg["weekday"] = vn_weekday(*p.fm.date);
  pg["has_updated"] = p.fm.updated.has_value();
  if (p.fm.updated) {
    pg["updated"] = format_vn_date(*p.fm.updated);
    pg["updated_iso"] = format_rfc3339(*p.fm.updated);
  }
  auto cached_tags = tags_.find(&p);
  json tags = cached_tags != tags_.end() ? cached_tags->second : term_links(tree_.tags, p.fm.tags);
  pg["has_tags"] = !tags.empty();
  pg["tags"] = tags;
  json toc = json::array();
  if (r && p.fm.toc)
    for (const auto& h : r->toc) toc.push_back({{"level", h.level}, {"id", h.id}, {"text", h.text}});
  pg["has_toc"] = !toc.empty();
  pg["toc"] = toc;
  pg["has_prev"] = p.prev != nullptr;
  if (p.prev) pg["prev"] = {{"title", p.prev->fm.title}, {"url", url(p.prev->url)}};
  pg["has_next"] = p.next != nullptr;
  if (p.next) pg["next"] = {{"title", p.next->fm.title}, {"url", url(p.next->url)}};
  if (p.section) pg["section"] = {{"title", p.section->title}, {"url", url(p.section->url)}};
  v["page"] = pg;
  mark_preview(v, &p);
  return v;
}

json ViewBuilder::pagination(const std::string& base, int page_no, int total_pages) const {
  json pages = json::array();
  for (int n = 1; n <= total_pages; ++n) {
    // Around the current page, plus the first and last: a long list stays short.
    if (n == 1 || n == total_pages || std::abs(n - page_no) <= 2)
      pages.push_back({{"number", n}, {"url", url(pager_url(base, n))}, {"current", n == page_no}, {"gap", false}});
    else if (pages.empty() || !pages.back()["gap"].get<bool>())
      pages.push_back({{"number", 0}, {"url", ""}, {"current", false}, {"gap", true}});
  }
  json j = {{"show", total_pages > 1},
            {"current", page_no},
            {"total", total_pages},
            {"has_prev", page_no > 1},
            {"has_next", page_no < total_pages},
            {"pages", pages}};
  if (page_no > 1) j["prev_url"] = url(pager_url(base, page_no - 1));
  if (page_no < total_pages) j["next_url"] = url(pager_url(base, page_no + 1));
  return j;
}

json ViewBuilder::section(const content::Section& s, int page_no, int total_pages) const {
  std::string title = s.title;
  if (page_no > 1) title += " - Trang " + std::to_string(page_no);
  std::string description = s.index ? (!s.index->fm.description.empty() ? s.index->fm.description : summary_of(*s.index)) : "";
  std::string rel = pager_url(s.url, page_no);
  json v = common("section", title, rel, crumbs_for(&s), description);
  json items = json::array();
  const size_t per = static_cast<size_t>(std::max(1, s.paginate));
  size_t start = static_cast<size_t>(page_no - 1) * per;
  for (size_t i = start; i < s.pages.size() && i < start + per; ++i) items.push_back(item(*s.pages[i]));
  json subs = json::array();
  if (page_no == 1)
    for (const content::Section* sub : s.subsections)
      subs.push_back({{"title", sub->title}, {"url", url(sub->url)}, {"count", sub->pages.size()}});
  std::string content;
  if (s.index && page_no == 1)
    if (auto it = rendered_.find(s.index); it != rendered_.end()) content = it->second.html;
  v["section"] = {{"title", s.title},
                  {"content", content},
                  {"url", url(s.url)},
                  {"has_pages", !items.empty()},
                  {"pages", items},
                  {"has_subsections", !subs.empty()},
                  {"subsections", subs},
                  {"pagination", pagination(s.url, page_no, total_pages)}};
  mark_preview(v, s.index);
  return v;
}

json ViewBuilder::home(int latest_count) const {
  const content::Page* index = tree_.root().index;
  std::string description = cfg_.description;
  json v = common("home", cfg_.name, "/", {}, description);
  v["meta"]["jsonld"] = home_jsonld();
  json latest = json::array();
  for (size_t i = 0; i < tree_.dated.size() && static_cast<int>(i) < latest_count; ++i)
    latest.push_back(item(*tree_.dated[i]));
  json sections = json::array();
  for (const content::Section* s : tree_.root().subsections) {
    json sl = json::array();
    for (size_t i = 0; i < s->pages.size() && i < 3; ++i) sl.push_back(item(*s->pages[i]));
    std::string summary = s->index ? summary_of(*s->index) : "";
    sections.push_back({{"title", s->title}, {"url", url(s->url)}, {"summary", summary}, {"has_latest", !sl.empty()}, {"latest", sl}});
  }
  std::string content;
  if (index)
    if (auto it = rendered_.find(index); it != rendered_.end()) content = it->second.html;
  v["home"] = {{"content", content}, {"has_latest", !latest.empty()}, {"latest", latest}, {"sections", sections}};
  if (!home_data_.is_null()) v["home"]["data"] = home_data_;
  mark_preview(v, index);
  return v;
}

json ViewBuilder::taxonomy(const content::Taxonomy& tax) const {
  json v = common("taxonomy", tax.name, tax.url, {{"Trang chủ", "/"}, {tax.name, tax.url}}, "");
  json terms = json::array();
  for (const auto& [slug, t] : tax.terms) terms.push_back({{"name", t.name}, {"url", url(t.url)}, {"count", t.pages.size()}});
  v["taxonomy"] = {{"name", tax.name}, {"url", url(tax.url)}, {"has_terms", !terms.empty()}, {"terms", terms}};
  return v;
}

json ViewBuilder::term(const content::Taxonomy& tax, const content::Term& t, int page_no, int total_pages,
                       int per_page) const {
  std::string title = tax.name + ": " + t.name;
  if (page_no > 1) title += " - Trang " + std::to_string(page_no);
  std::string rel = pager_url(t.url, page_no);
  json v = common("term", title, rel, {{"Trang chủ", "/"}, {tax.name, tax.url}, {t.name, t.url}}, "");
  json items = json::array();
  size_t start = static_cast<size_t>(page_no - 1) * per_page;
  for (size_t i = start; i < t.pages.size() && i < start + per_page; ++i) items.push_back(item(*t.pages[i]));
  v["term"] = {{"name", t.name},
               {"taxonomy_name", tax.name},
               {"taxonomy_url", url(tax.url)},
               {"has_pages", !items.empty()},
               {"pages", items},
               {"pagination", pagination(t.url, page_no, total_pages)}};
  return v;
}

json ViewBuilder::sitemap() const {
  json v = common("sitemap", "Sơ đồ trang", "/so-do-trang/", {{"Trang chủ", "/"}, {"Sơ đồ trang", "/so-do-trang/"}}, "");
  json entries = json::array();
  entries.push_back({{"title", "Trang chủ"}, {"url", "/"}, {"level", 0}});
  std::function<void(const content::Section&)> walk = [&](const content::Section& s) {
    int level = s.depth();
    if (s.parent) entries.push_back({{"title", s.title}, {"url", s.url}, {"level", level}});
    for (const content::Page* p : s.pages)
      if (!p->has_date()) entries.push_back({{"title", p->fm.title}, {"url", p->url}, {"level", level + 1}});
    for (const content::Section* sub : s.subsections) walk(*sub);
  };
  walk(tree_.root());
  for (const auto& [title, url] : sitemap_extras_) {
    bool listed = false;
    for (const auto& e : entries) listed = listed || e["url"] == url;
    if (!listed) entries.push_back({{"title", title}, {"url", url}, {"level", std::count(url.begin(), url.end(), '/') - 1}});
  }
  for (const content::Taxonomy* tax : {&tree_.categories, &tree_.tags})
    if (!tax->terms.empty()) entries.push_back({{"title", tax->name}, {"url", tax->url}, {"level", 1}});
  // Compared and counted above as site-relative URLs; shown as published.
  for (auto& e : entries) e["url"] = url(e["url"].get<std::string>());
  v["sitemap"] = {{"entries", entries}};
  return v;
}

json ViewBuilder::data_page(const DataPage& page, const std::string& intro_html) const {
  std::vector<Crumb> crumbs = {{"Trang chủ", "/"}};
  for (const auto& [name, url] : page.crumbs) crumbs.push_back({name, url});
  crumbs.push_back({page.title, page.url});
  json v = common("data", page.title, page.url, crumbs, "");
  v["intro"] = intro_html;
  for (auto it = page.data.begin(); it != page.data.end(); ++it) v[it.key()] = it.value();
  return v;
}

json ViewBuilder::search_page() const {
  return common("search", "Tìm kiếm", "/tim-kiem/", {{"Trang chủ", "/"}, {"Tìm kiếm", "/tim-kiem/"}}, "");
}

json ViewBuilder::not_found() const {
  json v = common("404", "Không tìm thấy trang", "/404.html", {}, "");
  v["canonical"] = absolute("/404.html");
  return v;
}

void check_menus(const config::SiteConfig& cfg, const content::ContentTree& tree, DiagnosticSink& sink) {
  std::function<void(const std::vector<config::MenuEntry>&)> walk = [&](const std::vector<config::MenuEntry>& entries) {
    for (const auto& e : entries) {
      if (!e.page.empty()) {
        if (e.page.rfind("@/", 0) != 0) {
          sink.error(e.position, "config.menu.page",
                     "menu entry '" + e.name + "': 'page' should name a file under content/ like '@/gioi-thieu/_index.md'");
        } else if (!tree.resolve(e.page.substr(2))) {
          sink.error(e.position, "config.menu.broken",
                     "menu entry '" + e.name + "' points to '" + e.page + "', which does not match any page in content/");
        }
      }
      walk(e.children);
    }
  };
  walk(cfg.main_menu);
  walk(cfg.footer_menu);
}

}  // namespace wt::render

#include "site/build_plan.hpp"

#include <algorithm>
#include <set>

#include "core/date.hpp"
#include "output/build_cache.hpp"
#include "output/output_writer.hpp"
#include "site/output_plan.hpp"
#include "site/search_outputs.hpp"

namespace fs = std::filesystem;

namespace wt::site {

const char* kind_name(OutputKind kind) {
  switch (kind) {
    case OutputKind::Page: return "page";
    case OutputKind::SectionList: return "section-list";
    case OutputKind::Taxonomy: return "taxonomy";
    case OutputKind::Term: return "term";
    case OutputKind::DataPage: return "data-page";
    case OutputKind::Home: return "home";
    case OutputKind::SiteMap: return "site-map";
    case OutputKind::NotFound: return "404";
    case OutputKind::Feed: return "feed";
    case OutputKind::Sitemap: return "sitemap";
    case OutputKind::Robots: return "robots";
    case OutputKind::Compliance: return "compliance";
    case OutputKind::Alias: return "alias";
    case OutputKind::Static: return "static";
    case OutputKind::SearchPage: return "search-page";
    case OutputKind::SearchIndex: return "search-index";
    case OutputKind::Image: return "image";
  }
  return "?";
}

bool PlannedOutput::names(const std::string& input) const {
  if (std::binary_search(inputs.begin(), inputs.end(), input)) return true;
  return shared_inputs && std::binary_search(shared_inputs->begin(), shared_inputs->end(), input);
}

std::vector<std::string> PlannedOutput::all_inputs() const {
  std::vector<std::string> all = inputs;
  if (shared_inputs) all.insert(all.end(), shared_inputs->begin(), shared_inputs->end());
  std::sort(all.begin(), all.end());
  all.erase(std::unique(all.begin(), all.end()), all.end());
  return all;
}

const PlannedOutput* BuildPlan::find(const std::string& rel) const {
  for (const auto& o : outputs)
    if (o.rel == rel) return &o;
  return nullptr;
}

bool BuildPlan::depends_on(const PlannedOutput& output, const std::string& input) const {
  if (output.names(input)) return true;
  // Through the lists it names, and the lists those are computed from.
  std::vector<std::string> todo, all = output.all_inputs();
  for (const auto& i : all)
    if (i.rfind("list:", 0) == 0) todo.push_back(i);
  std::set<std::string> seen(todo.begin(), todo.end());
  while (!todo.empty()) {
    std::string list = std::move(todo.back());
    todo.pop_back();
    auto it = lists.find(list);
    if (it == lists.end()) continue;
    for (const auto& src : it->second.sources) {
      if (src == input) return true;
      if (src.rfind("list:", 0) == 0 && seen.insert(src).second) todo.push_back(src);
    }
  }
  return false;
}

std::vector<const PlannedOutput*> BuildPlan::direct_dependents(const std::string& input) const {
  std::vector<const PlannedOutput*> out;
  for (const auto& o : outputs)
    if (o.names(input)) out.push_back(&o);
  return out;
}

namespace {

using content::Page;
using content::Section;

// Configuration keys every templated page shows (view_model.cpp common()).
const std::vector<std::string> kCommonConfig = {
    "config:address",     "config:base_url", "config:description", "config:email",    "config:language",
    "config:links",       "config:logo",     "config:managing_body", "config:menus",  "config:name",
    "config:phone",       "config:province", "config:responsible", "config:short_name", "config:theme",
    "config:timezone",    "config:type"};

std::string page_ref(const Page* p) { return p ? p->content_path + " " + p->url + "\n" : "-\n"; }

std::string section_ref(const Section* s) { return s->dir + " " + s->url + " " + s->title + "\n"; }

int page_count(size_t items, int per) {
  return std::max(1, static_cast<int>((items + per - 1) / static_cast<size_t>(per)));
}

std::string date_text(const std::optional<DateTime>& d) { return d ? format_rfc3339(*d) : "-"; }

// The value of list:search: each file of the index, its size and hash.
std::function<std::string()> search_list_value(std::shared_ptr<const search::IndexFiles> index) {
  return [index] {
    std::string value;
    for (const auto& [rel, bytes] : index->files)
      value += rel + '\n' + std::to_string(bytes.size()) + '\n' + hash_bytes(bytes).hex() + '\n';
    return value;
  };
}

class Planner {
 public:
  Planner(const LoadedSite& site, BuildPlan& plan, std::shared_ptr<const search::IndexFiles> search_index)
      : site_(site), tree_(*site.tree), cfg_(site.cfg), plan_(plan), search_index_(std::move(search_index)) {}

  void run() {
    common_ = {kCommonConfig.begin(), kCommonConfig.end()};
    common_.push_back("list:menus");
    common_.push_back("list:year");
    add_site_lists();
    plan_generated();
    plan_data_pages();
    plan_sections();
    plan_pages();
    plan_aliases();
    plan_static();
    plan_search();
  }

  OutputPlan& clashes() { return clashes_; }

 private:
  // --- inputs -----------------------------------------------------------------

  // The input naming a file found at `path`: "file:<from the site folder>",
  // or "theme:<from the theme folder>" for an installed theme's files.
  std::string file_input(const fs::path& path) const {
    const std::string shown = site_.shown(path);
    if (fs::path(shown).is_relative()) return "file:" + shown;
    if (!site_.theme_dir.empty()) {
      std::string theme = (site_.theme_dir / "").lexically_normal().string();
      std::string f = path.lexically_normal().string();
      if (f.rfind(theme, 0) == 0) return "theme:" + f.substr(theme.size());
    }
    return "file:" + shown;
  }

  static std::string source_input(const Page* p) { return "file:" + p->source; }

  // The configuration keys, lists and layout files every output of `layout` shares.
  std::shared_ptr<const std::vector<std::string>> shared_for(const std::string& layout) {
    auto it = shared_.find(layout);
    if (it != shared_.end()) return it->second;
    std::vector<std::string> in = common_;
    if (site_.theme)
      for (const auto& f : site_.theme->layout_sources(layout)) in.push_back(file_input(f));
    std::sort(in.begin(), in.end());
    in.erase(std::unique(in.begin(), in.end()), in.end());
    auto shared = std::make_shared<const std::vector<std::string>>(std::move(in));
    shared_.emplace(layout, shared);
    return shared;
  }

  // The page list items show: their files, and the terms their categories link to.
  void add_items(std::vector<std::string>& in, const std::vector<const Page*>& items) const {
    for (const Page* p : items) {
      in.push_back(source_input(p));
      if (!p->fm.categories.empty()) in.push_back("list:terms:categories");
    }
  }

  // The index files of `s` and its ancestors: their titles make the breadcrumbs.
  void add_crumbs(std::vector<std::string>& in, const Section* s) const {
    for (; s; s = s->parent)
      if (s->index) in.push_back(source_input(s->index));
  }

  PlannedOutput& add(std::string rel, OutputKind kind, std::string source, Position pos, std::string layout,
                     std::vector<std::string> inputs) {
    clashes_.claim(rel, source, pos);
    PlannedOutput o;
    o.rel = std::move(rel);
    o.kind = kind;
    o.source = std::move(source);
    o.position = std::move(pos);
    if (!layout.empty()) o.shared_inputs = shared_for(layout);
    o.layout = std::move(layout);
    std::sort(inputs.begin(), inputs.end());
    inputs.erase(std::unique(inputs.begin(), inputs.end()), inputs.end());
    o.inputs = std::move(inputs);
    plan_.outputs.push_back(std::move(o));
    return plan_.outputs.back();
  }

  void add_list(const std::string& name, std::vector<std::string> sources, std::function<std::string()> value) {
    std::sort(sources.begin(), sources.end());
    sources.erase(std::unique(sources.begin(), sources.end()), sources.end());
    plan_.lists[name] = ListInput{std::move(sources), std::move(value)};
  }

  // --- lists of the whole site --------------------------------------------------

  void add_site_lists() {
    const content::ContentTree* tree = &tree_;
    const LoadedSite* site = &site_;
    // Dates without an offset are read in the site's time zone, and which
    // pages are published yet is decided with them.
    std::vector<std::string> dated = {"config:timezone"}, all = {"config:timezone"};
    for (const Page* p : tree_.dated) dated.push_back(source_input(p));
    add_list("list:dated", dated, [tree] {
      std::string v;
      for (const Page* p : tree->dated) v += page_ref(p) + date_text(p->fm.date) + "\n";
      return v;
    });
    add_list("list:year", {"list:dated"}, [tree] {
      return tree->dated.empty() ? std::string() : std::to_string(tree->dated.front()->fm.date->year);
    });
    for (const auto& p : tree_.pages) all.push_back(source_input(p.get()));
    for (const auto& d : site_.data.documents) all.push_back("file:" + d.file);
    add_list("list:pages", all, [site] { return site_structure(*site); });
    std::vector<std::string> data_files;
    for (const auto& d : site_.data.documents) data_files.push_back("file:" + d.file);
    add_list("list:data", data_files, [site] {
      std::string v;
      for (const auto& p : site->data_pages) v += p.url + " " + p.title + "\n";
      return v + render::home_data(site->data, site->now, site->cfg.timezone_minutes, site->cfg.base_path()).dump();
    });
    add_menus_list();
    for (const content::Taxonomy* tax : {&tree_.categories, &tree_.tags}) add_taxonomy_lists(*tax);
    std::vector<std::string> facts = all;
    for (const auto& key : config::site_config_keys()) facts.push_back("config:" + key);
    add_list("list:compliance", facts, [site] { return site->compliance_map.dump(); });
  }

  // Every section and page with what the site maps show of them.
  static std::string site_structure(const LoadedSite& site) {
    std::string v;
    for (const auto& s : site.tree->sections) v += "S " + section_ref(s.get()) + std::to_string(s->depth()) + "\n";
    for (const auto& p : site.tree->pages)
      v += "P " + page_ref(p.get()) + p->fm.title + "\n" + date_text(p->fm.date) + " " + date_text(p->fm.updated) + "\n";
    for (const content::Taxonomy* tax : {&site.tree->categories, &site.tree->tags})
      for (const auto& [slug, t] : tax->terms) v += "T " + t.url + " " + date_text(t.pages.front()->fm.date) + "\n";
    for (const auto& p : site.data_pages) v += "D " + p.url + " " + p.title + "\n";
    return v;
  }

  void add_menus_list() {
    std::vector<std::string> in = {"config:menus"};
    std::function<void(const std::vector<config::MenuEntry>&)> refs = [&](const std::vector<config::MenuEntry>& es) {
      for (const auto& e : es) {
        if (e.page.rfind("@/", 0) == 0)
          if (const Page* p = tree_.find(e.page.substr(2))) in.push_back(source_input(p));
        refs(e.children);
      }
    };
    refs(cfg_.main_menu);
    refs(cfg_.footer_menu);
    if (cfg_.main_menu.empty()) {  // the default menu: the top sections and the root's pages
      for (const Section* s : tree_.root().subsections) {
        if (s->index) in.push_back(source_input(s->index));
        for (const Section* sub : s->subsections)
          if (sub->index) in.push_back(source_input(sub->index));
      }
      for (const Page* p : tree_.root().pages) in.push_back(source_input(p));
    }
    const LoadedSite* site = &site_;
    add_list("list:menus", in, [site] {
      if (!site->views) return std::string();
      // The menu as a page outside every section sees it (no entry active).
      auto v = site->views->not_found();
      return v["menu"].dump() + v["footer_menu"].dump();
    });
  }

  void add_taxonomy_lists(const content::Taxonomy& tax) {
    std::vector<std::string> in;
    for (const auto& p : tree_.pages)
      if (!p->is_section_index && !(tax.key == "categories" ? p->fm.categories : p->fm.tags).empty())
        in.push_back(source_input(p.get()));
    const content::Taxonomy* t = &tax;
    add_list("list:terms:" + tax.key, in, [t] {
      std::string v;
      for (const auto& [slug, term] : t->terms) v += slug + " " + term.name + " " + term.url + "\n";
      return v;
    });
    add_list("list:taxonomy:" + tax.key, {"list:terms:" + tax.key}, [t] {
      std::string v;
      for (const auto& [slug, term] : t->terms) v += term.url + " " + term.name + " " + std::to_string(term.pages.size()) + "\n";
      return v;
    });
  }

  // Which pages a section holds, in its order, at their addresses.
  std::string section_list(const Section& s) {
    std::string name = "list:section:" + s.dir;
    if (plan_.lists.count(name)) return name;
    std::vector<std::string> in = {"config:pagination"};
    if (s.index) in.push_back(source_input(s.index));
    for (const Page* p : s.pages) in.push_back(source_input(p));
    const Section* sec = &s;
    add_list(name, in, [sec] {
      std::string v = std::to_string(sec->paginate) + "\n";
      for (const Page* p : sec->pages) v += page_ref(p);
      return v;
    });
    return name;
  }

  // --- outputs ----------------------------------------------------------------

  // Home, site map, 404, taxonomies, feeds, sitemap.xml, robots.txt, compliance.json.
  void plan_generated() {
    const Position site{"site.yaml", 0, 0};
    plan_home(site);
    add("so-do-trang/index.html", OutputKind::SiteMap, "the site map page", site, "sitemap", {"list:pages"});
    add("404.html", OutputKind::NotFound, "the 404 page", site, "404", {});
    for (const content::Taxonomy* tax : {&tree_.categories, &tree_.tags}) {
      if (tax->terms.empty()) continue;
      add(tax->url.substr(1) + "index.html", OutputKind::Taxonomy, "the list of " + tax->name, site, "taxonomy",
          {"list:taxonomy:" + tax->key})
          .taxonomy = tax;
      for (const auto& [slug, term] : tax->terms) plan_term(*tax, term, site);
    }
    plan_feeds(render::site_feed(cfg_, tree_), "the feed of the site", site);
    for (auto& s : tree_.sections) {
      if (!s->parent || s->sort_by != "date") continue;
      auto feed = render::section_feed(cfg_, *s);
      if (!feed.pages.empty()) plan_feeds(feed, "the feed of the section content/" + s->dir + "/", site);
    }
    add("sitemap.xml", OutputKind::Sitemap, "sitemap.xml", site, "", {"config:base_url", "config:timezone", "list:pages"});
    add("robots.txt", OutputKind::Robots, "robots.txt", site, "", {"config:base_url"});
    if (!site_.compliance_map.is_null())
      add("compliance.json", OutputKind::Compliance, "compliance.json", site, "", {"list:compliance", "tool:regulations"});
  }

  void plan_home(const Position& pos) {
    std::vector<std::string> in = {"config:home_latest", "list:latest", "list:data"};
    if (tree_.root().index) in.push_back(source_input(tree_.root().index));
    std::vector<const Page*> shown, latest;
    for (size_t i = 0; i < tree_.dated.size() && static_cast<int>(i) < cfg_.home_latest; ++i)
      latest.push_back(tree_.dated[i]);
    shown = latest;
    std::vector<std::string> sources = {"config:home_latest", "list:dated"};
    for (const Section* s : tree_.root().subsections) {
      if (s->index) in.push_back(source_input(s->index));
      sources.push_back(section_list(*s));
      if (s->index) sources.push_back(source_input(s->index));
      for (size_t i = 0; i < s->pages.size() && i < 3; ++i) shown.push_back(s->pages[i]);
    }
    add_items(in, shown);
    const LoadedSite* site = &site_;
    add_list("list:latest", sources, [site, latest] {
      std::string v;
      for (const Page* p : latest) v += page_ref(p);
      for (const Section* s : site->tree->root().subsections) {
        v += "S " + section_ref(s);
        for (size_t i = 0; i < s->pages.size() && i < 3; ++i) v += page_ref(s->pages[i]);
      }
      return v;
    });
    add("index.html", OutputKind::Home, "the home page", pos, "home", std::move(in));
  }

  void plan_term(const content::Taxonomy& tax, const content::Term& term, const Position& pos) {
    const std::string all = "list:term:" + tax.key + ":" + term.slug;
    std::vector<std::string> members = {"list:terms:" + tax.key};
    for (const Page* p : term.pages) members.push_back(source_input(p));
    const content::Term* t = &term;
    add_list(all, members, [t] {
      std::string v = t->name + "\n";
      for (const Page* p : t->pages) v += page_ref(p);
      return v;
    });
    const int per = cfg_.pagination;
    const int total = page_count(term.pages.size(), per);
    for (int n = 1; n <= total; ++n) {
      const std::string slice = all + ":" + std::to_string(n);
      add_list(slice, {all, "config:pagination"}, [t, n, total, per] {
        std::string v = t->name + " " + t->url + " " + std::to_string(total) + "\n";
        for (size_t i = static_cast<size_t>(n - 1) * per; i < t->pages.size() && i < static_cast<size_t>(n) * per; ++i)
          v += page_ref(t->pages[i]);
        return v;
      });
      std::vector<std::string> in = {slice, "list:taxonomy:" + tax.key};
      std::vector<const Page*> items;
      for (size_t i = static_cast<size_t>(n - 1) * per; i < term.pages.size() && i < static_cast<size_t>(n) * per; ++i)
        items.push_back(term.pages[i]);
      add_items(in, items);
      PlannedOutput& o = add(render::ViewBuilder::pager_url(term.url, n).substr(1) + "index.html", OutputKind::Term,
                             "the " + tax.name + " '" + term.name + "'", pos, "term", std::move(in));
      o.taxonomy = &tax;
      o.term = &term;
      o.page_no = n;
      o.total_pages = total;
    }
  }

  void plan_feeds(const render::SiteFeed& feed, const std::string& source, const Position& pos) {
    const std::string list = "list:feed:" + feed.rel_base;
    std::vector<std::string> sources = {"config:feed_limit", feed.section ? section_list(*feed.section) : "list:dated"};
    if (feed.section && feed.section->index) sources.push_back(source_input(feed.section->index));
    auto shown = render::feed_shown(cfg_, feed);
    const std::string title = feed.title;
    add_list(list, sources, [shown, title] {
      std::string v = title + "\n";
      for (const Page* p : shown) v += page_ref(p) + date_text(p->fm.date) + "\n";
      return v;
    });
    std::vector<std::string> in = {list,          "config:base_url", "config:description", "config:name",
                                   "config:short_name", "config:timezone", "config:feed_limit"};
    for (const Page* p : shown) in.push_back(source_input(p));
    for (render::FeedFormat format : {render::FeedFormat::Rss, render::FeedFormat::Atom}) {
      PlannedOutput& o = add(feed.rel_base.substr(1) + render::feed_file_name(format), OutputKind::Feed, source, pos, "", in);
      o.section = feed.section;
      o.feed_format = format;
    }
  }

  // Pages from data; a data page takes the place of the list page of the
  // content section at the same address, whose _index.md becomes its intro.
  void plan_data_pages() {
    for (size_t i = 0; i < site_.data_pages.size(); ++i) {
      const render::DataPage& p = site_.data_pages[i];
      std::vector<std::string> in;
      for (const auto& f : p.sources) in.push_back("file:" + f);
      auto sec = tree_.by_dir.find(p.url.substr(1, p.url.size() - 2));
      if (sec != tree_.by_dir.end() && sec->second->index) in.push_back(source_input(sec->second->index));
      if (p.uses_checklist) {
        in.push_back("tool:regulations");
        in.push_back("config:rules");
      }
      PlannedOutput& o = add(p.url.substr(1) + "index.html", OutputKind::DataPage,
                             "the page '" + p.title + "' built from data/", {"data", 0, 0}, p.layout, std::move(in));
      o.index = i;
    }
  }

  // The list pages of every section but the root (the home page) and those
  // a data page replaces.
  void plan_sections() {
    std::set<std::string> data_urls(site_.data_page_urls.begin(), site_.data_page_urls.end());
    for (auto& s : tree_.sections) {
      const Section* sec = s.get();
      if (!sec->parent || data_urls.count(sec->url)) continue;
      const std::string all = section_list(*sec);
      const int total = page_count(sec->pages.size(), sec->paginate);
      std::string layout = sec->index && !sec->index->fm.layout.empty() ? sec->index->fm.layout : "section";
      Position pos{sec->index ? sec->index->source : "content/" + sec->dir, 0, 0};
      const size_t per = static_cast<size_t>(std::max(1, sec->paginate));
      for (int n = 1; n <= total; ++n) {
        const std::string slice = all + ":" + std::to_string(n);
        std::vector<std::string> sources = {all};
        add_crumbs(sources, sec);
        if (n == 1)
          for (const Section* sub : sec->subsections) {
            sources.push_back(section_list(*sub));
            if (sub->index) sources.push_back(source_input(sub->index));
          }
        add_list(slice, sources, [sec, n, total, per] {
          std::string v = std::to_string(total) + "\n";
          for (const Section* a = sec; a; a = a->parent) v += "C " + section_ref(a);
          for (size_t i = (n - 1) * per; i < sec->pages.size() && i < n * per; ++i) v += page_ref(sec->pages[i]);
          if (n == 1)
            for (const Section* sub : sec->subsections) v += "S " + section_ref(sub) + std::to_string(sub->pages.size()) + "\n";
          return v;
        });
        std::vector<std::string> in = {slice};
        add_crumbs(in, sec);
        std::vector<const Page*> items(sec->pages.begin() + std::min(sec->pages.size(), (n - 1) * per),
                                       sec->pages.begin() + std::min(sec->pages.size(), n * per));
        add_items(in, items);
        PlannedOutput& o = add(render::ViewBuilder::pager_url(sec->url, n).substr(1) + "index.html",
                               OutputKind::SectionList, "the list of the section content/" + sec->dir + "/", pos,
                               layout, std::move(in));
        o.section = sec;
        o.page_no = n;
        o.total_pages = total;
      }
    }
  }

  void plan_pages() {
    for (auto& p : tree_.pages) {
      if (p->is_section_index) continue;
      const Page* page = p.get();
      std::vector<std::string> in = {source_input(page), place_list(*page)};
      add_crumbs(in, page->section);
      if (page->prev) in.push_back(source_input(page->prev));
      if (page->next) in.push_back(source_input(page->next));
      if (!page->fm.categories.empty()) in.push_back("list:terms:categories");
      if (!page->fm.tags.empty()) in.push_back("list:terms:tags");
      if (auto it = site_.links.find(page); it != site_.links.end()) in.push_back(links_list(*page, it->second));
      if (auto it = site_.images.by_page.find(page); it != site_.images.by_page.end())
        for (size_t i : it->second) in.push_back(file_input(site_.images.set.images()[i].in.source));  // its sizes
      std::string layout = page->fm.layout.empty() ? "page" : page->fm.layout;
      add(page->output_path, OutputKind::Page, page->source, {page->source, 0, 0}, layout, std::move(in)).page = page;
    }
  }

  // Where a page stands: its neighbours and the sections above it.
  std::string place_list(const Page& p) {
    std::string name = "list:place:" + p.content_path;
    std::vector<std::string> sources;
    if (p.section) sources.push_back(section_list(*p.section));
    add_crumbs(sources, p.section);
    const Page* page = &p;
    add_list(name, sources, [page] {
      std::string v = page_ref(page->prev) + page_ref(page->next);
      for (const Section* s = page->section; s; s = s->parent) v += section_ref(s);
      return v;
    });
    return name;
  }

  // The addresses of the pages a page's Markdown links to.
  std::string links_list(const Page& p, const std::vector<std::string>& targets) {
    std::string name = "list:links:" + p.content_path;
    std::vector<std::string> sources;
    std::vector<const Page*> pages;
    for (const auto& t : targets)
      if (const Page* target = tree_.find(t)) {
        pages.push_back(target);
        sources.push_back(source_input(target));
        if (target->section) sources.push_back(section_list(*target->section));
      }
    add_list(name, sources, [pages] {
      std::string v;
      for (const Page* t : pages) v += page_ref(t);
      return v;
    });
    return name;
  }

  void plan_aliases() {
    for (const auto& a : tree_.aliases) {
      add(a.output_path, OutputKind::Alias, "the alias '" + a.text + "' of " + a.target->source, a.position, "",
          {"config:base_url", source_input(a.target), place_list(*a.target)})
          .page = a.target;
    }
  }

  void plan_static() {
    for (size_t i = 0; i < site_.static_files.size(); ++i) {
      const StaticFile& f = site_.static_files[i];
      const images::ProcessedImage* photo = site_.images.set.find_rel(f.rel);
      if (photo && photo->in.src == f.src) continue;  // published processed (plan_images)
      std::vector<std::string> in = {file_input(f.source), "config:static_allow"};
      if (in[0].rfind("theme:", 0) == 0) in.push_back("config:theme");
      add(f.rel, OutputKind::Static, f.source, {f.source, 0, 0}, "", std::move(in)).index = i;
    }
    plan_images();
  }

  // Every size and format of the photos pages show; the photo's own address
  // holds its largest size in its own format.
  void plan_images() {
    const images::ImageSet& set = site_.images.set;
    for (size_t i = 0; i < set.variants().size(); ++i) {
      const images::Variant& v = set.variants()[i];
      const images::ProcessedImage& img = set.images()[v.image];
      std::vector<std::string> in = {file_input(img.in.source), "config:static_allow"};
      if (in[0].rfind("theme:", 0) == 0) in.push_back("config:theme");
      add(v.rel, OutputKind::Image, img.in.source, {img.in.source, 0, 0}, "", std::move(in)).index = i;
    }
  }

  // The results page (when the theme has one) and the files of the index.
  // The index is computed from every published page (a new word anywhere
  // can add a shard; a new post renumbers the documents), from what the
  // site map lists (titles and addresses of pages and of pages built from
  // data) and from the base URL and time zone (addresses, dates): those are
  // the sources of one list, list:search, whose value is the index itself
  // (each file's path and bytes, known before planning). Each file names
  // only that list: keying ~5,000 files on ~10,000 inputs each took more of
  // a 10,000-post build than the index did.
  void plan_search() {
    const Position pos{"site.yaml", 0, 0};
    if (site_.theme && site_.theme->has_layout("search"))
      add(kSearchPage, OutputKind::SearchPage, "the search page", pos, "search", {});
    std::vector<std::string> sources = {"list:pages", "config:base_url", "config:timezone"};
    for (const auto& p : tree_.pages) sources.push_back(source_input(p.get()));
    auto index = search_index_ ? search_index_ : build_search_index(site_, nullptr);
    add_list("list:search", std::move(sources), search_list_value(index));
    for (const auto& [rel, bytes] : index->files) {
      PlannedOutput& o = add(kSearchIndexDir + rel, OutputKind::SearchIndex, "the search index", pos, "", {"list:search"});
      o.search_index = index;
    }
  }

  const LoadedSite& site_;
  const content::ContentTree& tree_;
  const config::SiteConfig& cfg_;
  BuildPlan& plan_;
  std::shared_ptr<const search::IndexFiles> search_index_;
  OutputPlan clashes_;
  std::vector<std::string> common_;
  std::map<std::string, std::shared_ptr<const std::vector<std::string>>> shared_;
};

}  // namespace

namespace {

// Webtruong keeps its own files in the output folder (the marker, the cache
// and journal of incremental builds): no output may be written over them.
bool check_reserved(const BuildPlan& plan, DiagnosticSink& sink) {
  bool ok = true;
  for (const auto& o : plan.outputs) {
    const std::string first = o.rel.substr(0, o.rel.find('/'));
    if (first != output::kStateDir && first != output::DiskWriter::kMarker) continue;
    sink.error(o.position, "build.output-reserved",
               o.source + " would be written at '" + o.rel + "', where Webtruong keeps its own files");
    ok = false;
  }
  return ok;
}

}  // namespace

bool plan_build(const LoadedSite& site, BuildPlan& plan, DiagnosticSink& sink,
                std::shared_ptr<const search::IndexFiles> search_index) {
  Planner planner(site, plan, std::move(search_index));
  planner.run();
  const bool reserved_ok = check_reserved(plan, sink);
  return planner.clashes().check(sink) && reserved_ok;
}

bool replace_search_index(BuildPlan& plan, std::shared_ptr<const search::IndexFiles> index) {
  auto list = plan.lists.find("list:search");
  if (list == plan.lists.end()) return false;
  std::set<std::string> others;
  Position pos{"site.yaml", 0, 0};
  for (const auto& o : plan.outputs) {
    if (o.kind == OutputKind::SearchIndex) pos = o.position;
    else others.insert(o.rel);
  }
  for (const auto& [rel, bytes] : index->files)
    if (others.count(kSearchIndexDir + rel)) return false;  // plan_build reports the clash
  std::erase_if(plan.outputs, [](const PlannedOutput& o) { return o.kind == OutputKind::SearchIndex; });
  for (const auto& [rel, bytes] : index->files) {
    PlannedOutput o;
    o.rel = kSearchIndexDir + rel;
    o.kind = OutputKind::SearchIndex;
    o.source = "the search index";
    o.position = pos;
    o.inputs = {"list:search"};
    o.search_index = index;
    plan.outputs.push_back(std::move(o));
  }
  list->second.value = search_list_value(std::move(index));
  return true;
}

}  // namespace wt::site

#include "site/build.hpp"

#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <ctime>
#include <functional>
#include <algorithm>
#include <atomic>
#include <map>
#include <memory>
#include <mutex>
#include <set>

#include "config/site_config.hpp"
#include "compliance/checker.hpp"
#include "content/content_tree.hpp"
#include "data/data_set.hpp"
#include "core/clock.hpp"
#include "core/installation.hpp"
#include "core/parallel.hpp"
#include "core/text.hpp"
#include "markdown/markdown.hpp"
#include "output/output_writer.hpp"
#include "render/feeds.hpp"
#include "render/data_views.hpp"
#include "render/view_model.hpp"
#include "core/file_io.hpp"
#include "site/output_plan.hpp"
#include "site/site_check.hpp"
#include "site/static_files.hpp"
#include "templates/theme.hpp"

namespace fs = std::filesystem;
using nlohmann::json;

namespace wt::site {
namespace {

const char* kGenerator = "Webtruong 0.1.0";

// Finds the theme folder: the site's own themes/<name>, then installed themes.
fs::path find_theme(const BuildOptions& opt, const std::string& name) {
  std::vector<fs::path> dirs = {opt.site_dir / "themes"};
  auto installed = opt.theme_dirs.empty() ? default_theme_dirs() : opt.theme_dirs;
  dirs.insert(dirs.end(), installed.begin(), installed.end());
  std::error_code ec;
  for (const auto& d : dirs)
    if (fs::is_directory(d / name / "layouts", ec)) return d / name;
  return {};
}

std::string redirect_page(const std::string& url, const std::string& absolute, const std::string& title) {
  std::string u = html_escape(url), a = html_escape(absolute), t = html_escape(title);
  return "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + t +
         "</title>\n<link rel=\"canonical\" href=\"" + a +
         "\">\n<meta name=\"robots\" content=\"noindex\">\n<meta http-equiv=\"refresh\" content=\"0; url=" + u +
         "\">\n</head>\n<body>\n<main>\n<h1>Trang đã chuyển địa chỉ</h1>\n<p>Bài viết đã chuyển đến <a href=\"" + u +
         "\">" + t + "</a>.</p>\n</main>\n</body>\n</html>\n";
}

// Everything one build needs, phase by phase.
class Builder {
 public:
  Builder(const BuildOptions& opt, output::OutputWriter& out, DiagnosticSink& sink)
      : opt_(opt), out_(out), sink_(sink) {}

  bool run(BuildReport* report) {
    auto t0 = std::chrono::steady_clock::now();
    auto last = t0;
    auto phase = [&](const char* name) {
      auto now = std::chrono::steady_clock::now();
      if (report) report->phases.emplace_back(name, std::chrono::duration<double>(now - last).count());
      last = now;
    };
    jobs_ = opt_.jobs > 0 ? opt_.jobs : default_jobs();
    if (!load_config()) return false;
    bool theme_ok = load_theme();
    phase("config and theme");
    load_content();
    load_data();
    collect_static();
    phase("content and data");
    render_markdown();
    render::check_menus(cfg_, *tree_, sink_);
    phase("markdown");
    check_compliance();
    phase("compliance");
    if (!theme_ok || failed()) return false;
    write_outputs();
    phase("render and write");
    if (report) {
      report->pages = pages_.load();
      report->drafts_skipped = tree_->skipped_drafts;
      report->future_skipped = tree_->skipped_future;
      report->expired_skipped = tree_->skipped_expired;
      report->seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    }
    return !failed();
  }

 private:
  bool failed() const { return sink_.has_errors() || (opt_.strict && sink_.warning_count() > 0); }

  bool load_config() {
    auto cfg = config::load_site_config(opt_.site_dir, sink_);
    if (!cfg) return false;
    cfg_ = std::move(*cfg);
    if (!opt_.base_url.empty() && !config::override_base_url(cfg_, opt_.base_url, sink_)) return false;
    return true;
  }

  bool load_theme() {
    theme_dir_ = find_theme(opt_, cfg_.theme);
    if (theme_dir_.empty()) {
      sink_.error({"site.yaml", 0, 0}, "config.theme",
                  "the theme '" + cfg_.theme + "' was not found (looked in themes/ and the installed themes)");
      return false;
    }
    // A theme of the site's own themes/ may not lead out of the site folder;
    // an installed theme may not lead out of its own folder.
    const fs::path site_themes = opt_.site_dir / "themes";
    theme_root_ = theme_dir_.parent_path() == site_themes ? opt_.site_dir : theme_dir_;
    if (theme_root_ == opt_.site_dir) {
      PathCheck c = check_path(theme_dir_, real_root(opt_.site_dir));
      if (c.kind != PathCheck::Kind::Folder) {
        sink_.error({"themes/" + cfg_.theme, 0, 0}, c.error.code, c.error.message);
        theme_dir_.clear();  // nothing more is read from it
        return false;
      }
    }
    DiagnosticSink theme_sink;
    auto theme = templates::Theme::load({opt_.site_dir, theme_dir_}, theme_sink,
                                        {opt_.site_dir, theme_root_ == opt_.site_dir ? opt_.site_dir : fs::path()});
    relative_to_site(theme_sink);
    if (!theme) return false;
    theme_ = std::make_unique<templates::Theme>(std::move(*theme));
    for (const char* layout : {"home", "page", "section", "taxonomy", "term", "sitemap", "404"}) {
      if (!theme_->has_layout(layout)) {
        sink_.error({shown(theme_dir_ / "layouts"), 0, 0}, "template.layout.missing",
                    std::string("the theme has no layout '") + layout + ".mustache'");
        return false;
      }
    }
    return true;
  }

  // Template diagnostics name files under the site folder as the user knows
  // them ("layouts/page.mustache"), not as the build found them.
  void relative_to_site(const DiagnosticSink& from) {
    for (auto d : from.sorted()) {
      d.position.file = shown(d.position.file);
      sink_.report(std::move(d));
    }
  }

  // `path` relative to the site folder when it is inside it.
  std::string shown(const fs::path& path) const {
    std::string prefix = (opt_.site_dir / "").lexically_normal().string();
    std::string f = path.lexically_normal().string();
    if (!prefix.empty() && f.rfind(prefix, 0) == 0) return f.substr(prefix.size());
    return path.string();
  }

  void load_content() {
    content::LoadOptions lo;
    lo.site_dir = opt_.site_dir;
    lo.drafts = opt_.drafts;
    lo.future = opt_.future;
    lo.now = now_ = opt_.now != 0 ? opt_.now : now_seconds();
    lo.jobs = jobs_;
    tree_ = content::load_content(lo, cfg_, sink_);
    for (auto& p : tree_->pages) {
      if (!p->fm.layout.empty() && theme_ && !theme_->has_layout(p->fm.layout))
        sink_.error(p->source.empty() ? Position{} : Position{p->source, 0, 0}, "template.layout.missing",
                    "'layout: " + p->fm.layout + "' names a layout the theme does not have");
    }
  }

  void load_data() {
    schemas_ = find_schemas_dir();
    if (schemas_.empty()) {
      sink_.error({"schemas", 0, 0}, "build.schemas", "the schemas/ folder of Webtruong was not found; set WEBTRUONG_SCHEMAS");
      return;
    }
    data_ = data::load_data(opt_.site_dir, schemas_, sink_);
  }

  // Checks the site against its rule sets (each read once, through
  // load_site_regulations): compliance.json is published, and with --strict
  // whatever is missing or stale fails the build.
  void check_compliance() {
    if (schemas_.empty()) return;
    auto regs = load_site_regulations(cfg_, schemas_, sink_);
    if (!regs) return;
    auto report = check_site(cfg_, *tree_, &data_, *regs, now_);
    compliance_ = compliance::compliance_map(report, cfg_.base_path());
    if (opt_.strict) {
      for (const auto& r : report.results) {
        if (r.status != compliance::Status::Missing && r.status != compliance::Status::Stale) continue;
        sink_.error({"site.yaml", 0, 0}, "compliance." + std::string(compliance::status_name(r.status)),
                    "requirement '" + r.id + "' (" + r.name + ") is " + compliance::status_name(r.status) +
                        (r.note.empty() ? "" : ": " + r.note));
      }
    }
    collect_disclosures(*regs);
  }

  // The public-disclosure checklist (TT 09/2024) of a school's data pages,
  // from the rule set already loaded.
  void collect_disclosures(const regulations::Regulations& regs) {
    const regulations::RuleSet* tt09 = regs.find(regulations::kDisclosureRuleSet);
    if (!tt09) return;
    static const std::map<std::string, std::string> kCategory = {
        {"disc_general", "general"}, {"disc_finance", "finance"}, {"disc_staff", "staff"},
        {"disc_facilities", "facilities"}, {"disc_quality", "quality"}, {"disc_plan", "plan"},
        {"disc_results", "results"}, {"disc_annual_report", "annual_report"}};
    for (const auto& q : tt09->requirements) {
      auto it = kCategory.find(q.id);
      if (it != kCategory.end() && q.applies(cfg_.type)) checklist_.push_back({it->second, q.name, q.source});
    }
  }

  // Resolves @/ links against the content tree for the Markdown renderer.
  class TreeResolver : public markdown::LinkResolver {
   public:
    explicit TreeResolver(const content::ContentTree& tree) : tree_(tree) {}
    std::optional<std::string> resolve(std::string_view target) const override {
      return tree_.resolve(std::string(target));
    }
    std::string why_unresolved(std::string_view target) const override {
      std::string path(target.substr(0, target.find('#')));
      auto it = tree_.unpublished.find(path);
      if (it != tree_.unpublished.end()) return "points to a page that " + it->second;
      return "does not match any page in content/";
    }

   private:
    const content::ContentTree& tree_;
  };

  void render_markdown() {
    TreeResolver resolver(*tree_);
    std::vector<markdown::Rendered> results(tree_->pages.size());
    markdown::Options mo;
    mo.validate_utf8 = false;  // load_content already refused files that are not UTF-8
    mo.base_path = cfg_.base_path();
    parallel_for(tree_->pages.size(), jobs_, [&](size_t i) {
      const content::Page& p = *tree_->pages[i];
      results[i] = markdown::render(p.body, p.source, p.body_line_offset, &resolver, mo, sink_);
    });
    for (size_t i = 0; i < results.size(); ++i) rendered_[tree_->pages[i].get()] = std::move(results[i]);
    // Pages with bad front matter are not published, but their links are checked too.
    parallel_for(tree_->invalid.size(), jobs_, [&](size_t i) {
      const content::Page& p = *tree_->invalid[i];
      markdown::render(p.body, p.source, p.body_line_offset, &resolver, mo, sink_);
    });
  }

  // REQUIRES: `rel` was claimed in the output plan, which found no clash.
  void render_layout(const std::string& layout, const json& view, const std::string& rel) {
    auto html = theme_->render(layout, view, sink_);
    if (!html) return;
    out_.write(rel, *html);
    ++pages_;
  }

  static int page_count(size_t items, int per) {
    return std::max(1, static_cast<int>((items + per - 1) / static_cast<size_t>(per)));
  }

  // Plans every output with its source, checks that no two share a path,
  // then renders and writes them all in parallel.
  void write_outputs() {
    render::ViewBuilder views(cfg_, *tree_, rendered_, kGenerator);
    views.prepare(jobs_);
    OutputPlan plan;
    std::vector<std::function<void()>> jobs;
    auto add = [&](const std::string& rel, std::string source, Position pos, std::function<void()> job) {
      plan.claim(rel, std::move(source), std::move(pos));
      if (job) jobs.push_back(std::move(job));
    };
    plan_generated(views, add);
    plan_data_pages(views, add);
    plan_sections(views, add);
    for (auto& p : tree_->pages) {
      if (p->is_section_index) continue;
      const content::Page* page = p.get();
      std::string layout = page->fm.layout.empty() ? "page" : page->fm.layout;
      add(page->output_path, page->source, {page->source, 0, 0},
          [&, page, layout] { render_layout(layout, views.page(*page), page->output_path); });
    }
    for (const auto& a : tree_->aliases) {
      const content::Alias* alias = &a;
      add(a.output_path, "the alias '" + a.text + "' of " + a.target->source, a.position, [&, alias] {
        out_.write(alias->output_path, redirect_page(views.url(alias->target->url), views.absolute(alias->target->url),
                                                     alias->target->fm.title));
      });
    }
    plan_static(plan, jobs);
    if (!plan.check(sink_) || failed()) return;  // nothing is rendered
    parallel_for(jobs.size(), jobs_, [&](size_t i) { jobs[i](); });
  }

  using AddOutput = std::function<void(const std::string&, std::string, Position, std::function<void()>)>;

  // What Webtruong makes of every site: home, site map, 404, taxonomies,
  // feeds, sitemap.xml, robots.txt, compliance.json.
  void plan_generated(const render::ViewBuilder& views, const AddOutput& add) {
    const Position site{"site.yaml", 0, 0};
    add("index.html", "the home page", site, [&] { render_layout("home", views.home(cfg_.home_latest), "index.html"); });
    add("so-do-trang/index.html", "the site map page", site,
        [&] { render_layout("sitemap", views.sitemap(), "so-do-trang/index.html"); });
    add("404.html", "the 404 page", site, [&] { render_layout("404", views.not_found(), "404.html"); });
    for (const content::Taxonomy* tax : {&tree_->categories, &tree_->tags}) {
      if (tax->terms.empty()) continue;
      add(tax->url.substr(1) + "index.html", "the list of " + tax->name, site,
          [&, tax] { render_layout("taxonomy", views.taxonomy(*tax), tax->url.substr(1) + "index.html"); });
      for (const auto& [slug, term] : tax->terms) {
        const content::Term* t = &term;
        int total = page_count(t->pages.size(), cfg_.pagination);
        for (int n = 1; n <= total; ++n) {
          std::string rel = render::ViewBuilder::pager_url(t->url, n).substr(1) + "index.html";
          add(rel, "the " + tax->name + " '" + t->name + "'", site, [&, tax, t, n, total, rel] {
            render_layout("term", views.term(*tax, *t, n, total, cfg_.pagination), rel);
          });
        }
      }
    }
    add("rss.xml", "the feed of the site", site, [&] { write_feed_pair(cfg_.name, "/", tree_->dated, views); });
    add("atom.xml", "the feed of the site", site, nullptr);
    for (auto& s : tree_->sections) {
      if (!s->parent || s->sort_by != "date") continue;
      const content::Section* sec = s.get();
      auto dated = std::make_shared<std::vector<const content::Page*>>();
      for (const content::Page* p : sec->pages)
        if (p->has_date()) dated->push_back(p);
      if (dated->empty()) continue;
      std::string source = "the feed of the section content/" + sec->dir + "/";
      add(sec->url.substr(1) + "rss.xml", source, site, [&, sec, dated] {
        write_feed_pair(sec->title + " | " + cfg_.short_name, sec->url, *dated, views);
      });
      add(sec->url.substr(1) + "atom.xml", source, site, nullptr);
    }
    add("sitemap.xml", "sitemap.xml", site, [&] { write_sitemap(views); });
    add("robots.txt", "robots.txt", site, nullptr);
    if (!compliance_.is_null())
      add("compliance.json", "compliance.json", site, [&] { out_.write("compliance.json", compliance_.dump(2) + "\n"); });
  }

  // Pages from data; a data page takes the place of the list page of the
  // content section at the same address, whose _index.md becomes its intro.
  void plan_data_pages(render::ViewBuilder& views, const AddOutput& add) {
    auto data_pages = std::make_shared<std::vector<render::DataPage>>(
        render::data_pages(data_, checklist_, now_, cfg_.timezone_minutes, cfg_.base_path()));
    std::set<std::string> data_urls;
    std::vector<std::pair<std::string, std::string>> map_entries;
    for (const auto& p : *data_pages) {
      data_urls.insert(p.url);
      // Section-level data pages (one segment deep) go into the HTML site map.
      if (std::count(p.url.begin(), p.url.end(), '/') <= 3) map_entries.emplace_back(p.title, p.url);
    }
    data_page_urls_.assign(data_urls.begin(), data_urls.end());
    views.set_sitemap_extras(std::move(map_entries));
    if (!data_.documents.empty()) views.set_home_data(render::home_data(data_, now_, cfg_.timezone_minutes, cfg_.base_path()));
    for (size_t i = 0; i < data_pages->size(); ++i) {
      const render::DataPage& p = (*data_pages)[i];
      add(p.url.substr(1) + "index.html", "the page '" + p.title + "' built from data/", {"data", 0, 0},
          [&, data_pages, i] {
            const render::DataPage& p = (*data_pages)[i];
            std::string intro;
            auto sec = tree_->by_dir.find(p.url.substr(1, p.url.size() - 2));
            if (sec != tree_->by_dir.end() && sec->second->index)
              if (auto it = rendered_.find(sec->second->index); it != rendered_.end()) intro = it->second.html;
            render_layout(p.layout, views.data_page(p, intro), p.url.substr(1) + "index.html");
          });
    }
  }

  // The list pages of every section but the root (the home page) and those
  // a data page replaces.
  void plan_sections(const render::ViewBuilder& views, const AddOutput& add) {
    std::set<std::string> data_urls(data_page_urls_.begin(), data_page_urls_.end());
    for (auto& s : tree_->sections) {
      const content::Section* sec = s.get();
      if (!sec->parent || data_urls.count(sec->url)) continue;
      int total = page_count(sec->pages.size(), sec->paginate);
      std::string layout = sec->index && !sec->index->fm.layout.empty() ? sec->index->fm.layout : "section";
      Position pos{sec->index ? sec->index->source : "content/" + sec->dir, 0, 0};
      for (int n = 1; n <= total; ++n) {
        std::string rel = render::ViewBuilder::pager_url(sec->url, n).substr(1) + "index.html";
        add(rel, "the list of the section content/" + sec->dir + "/", pos,
            [&, sec, n, total, rel, layout] { render_layout(layout, views.section(*sec, n, total), rel); });
      }
    }
  }

  std::vector<render::FeedEntry> feed_entries(const std::vector<const content::Page*>& pages,
                                              const render::ViewBuilder& views) const {
    std::vector<render::FeedEntry> entries;
    for (size_t i = 0; i < pages.size() && static_cast<int>(i) < cfg_.feed_limit; ++i) {
      const content::Page* p = pages[i];
      render::FeedEntry e;
      e.title = p->fm.title;
      e.url = views.absolute(p->url);
      e.summary = views.summary_of(*p);
      e.author = p->fm.author;
      e.published = *p->fm.date;
      e.updated = p->fm.updated;
      e.categories = p->fm.categories;
      entries.push_back(std::move(e));
    }
    return entries;
  }

  void write_feed_pair(const std::string& title, const std::string& rel_base,
                       const std::vector<const content::Page*>& pages, const render::ViewBuilder& views) {
    render::FeedInfo info;
    info.title = title;
    info.description = cfg_.description;
    info.site_url = views.absolute(rel_base);
    info.author = cfg_.name;
    auto entries = feed_entries(pages, views);
    info.feed_url = views.absolute(rel_base + "rss.xml");
    out_.write(rel_base.substr(1) + "rss.xml", render::render_rss(info, entries));
    info.feed_url = views.absolute(rel_base + "atom.xml");
    out_.write(rel_base.substr(1) + "atom.xml", render::render_atom(info, entries));
  }

  void write_sitemap(const render::ViewBuilder& views) {
    std::vector<render::SitemapEntry> entries;
    auto latest = tree_->dated.empty() ? std::optional<DateTime>() : tree_->dated.front()->fm.date;
    entries.push_back({views.absolute("/"), latest});
    for (auto& s : tree_->sections) {
      if (!s->parent) continue;
      std::optional<DateTime> lm;
      for (const content::Page* p : s->pages)
        if (p->fm.date && (!lm || p->fm.date->epoch() > lm->epoch())) lm = p->fm.date;
      entries.push_back({views.absolute(s->url), lm});
    }
    for (auto& p : tree_->pages) {
      if (p->is_section_index) continue;
      entries.push_back({views.absolute(p->url), p->fm.updated ? p->fm.updated : p->fm.date});
    }
    for (const content::Taxonomy* tax : {&tree_->categories, &tree_->tags}) {
      if (!tax->terms.empty()) entries.push_back({views.absolute(tax->url), std::nullopt});
      for (const auto& [slug, t] : tax->terms) entries.push_back({views.absolute(t.url), t.pages.front()->fm.date});
    }
    for (const auto& url : data_page_urls_)
      if (!tree_->by_dir.count(url.substr(1, url.size() - 2))) entries.push_back({views.absolute(url), std::nullopt});
    entries.push_back({views.absolute("/so-do-trang/"), std::nullopt});
    out_.write("sitemap.xml", render::render_sitemap(entries));
    out_.write("robots.txt", render::render_robots(views.absolute("/sitemap.xml")));
  }

  // Static files: the theme's static/, then the site's static/ (which wins),
  // then the files of sections and bundles beside their pages. Found with
  // the content, so that a refused file is reported with every other error.
  void collect_static() {
    static_files_ = std::make_shared<std::vector<StaticFile>>(collect_static_files(
        {opt_.site_dir, theme_dir_, theme_root_, tree_.get(), &cfg_.static_allow}, sink_));
  }

  void plan_static(OutputPlan& plan, std::vector<std::function<void()>>& jobs) {
    auto files = static_files_;
    for (const auto& f : *files) plan.claim(f.rel, f.source, {f.source, 0, 0});
    const size_t kBatch = 64;
    for (size_t start = 0; start < files->size(); start += kBatch) {
      jobs.push_back([this, files, start, kBatch] {
        for (size_t i = start; i < files->size() && i < start + kBatch; ++i) out_.copy((*files)[i].src, (*files)[i].rel);
      });
    }
  }

  const BuildOptions& opt_;
  output::OutputWriter& out_;
  DiagnosticSink& sink_;
  int jobs_ = 1;
  config::SiteConfig cfg_;
  fs::path theme_dir_;
  std::unique_ptr<templates::Theme> theme_;
  std::unique_ptr<content::ContentTree> tree_;
  render::RenderedPages rendered_;
  std::atomic<size_t> pages_{0};
  fs::path schemas_;
  data::DataSet data_;
  int64_t now_ = 0;
  json compliance_;
  std::vector<render::ChecklistEntry> checklist_;
  std::vector<std::string> data_page_urls_;
  fs::path theme_root_;
  std::shared_ptr<std::vector<StaticFile>> static_files_;
};

}  // namespace

std::vector<fs::path> default_theme_dirs() {
  const fs::path& themes = installation().themes;
  return themes.empty() ? std::vector<fs::path>{} : std::vector<fs::path>{themes};
}

bool build_site_to(const BuildOptions& options, output::OutputWriter& writer, DiagnosticSink& sink,
                   BuildReport* report) {
  return Builder(options, writer, sink).run(report);
}

bool build_site(const BuildOptions& options, DiagnosticSink& sink, BuildReport* report) {
  BuildOptions opt = options;
  if (opt.out_dir.empty()) opt.out_dir = opt.site_dir / "public";
  output::DiskWriterOptions wo;
  wo.site_dir = opt.site_dir;
  output::DiskWriter writer(opt.out_dir, sink, wo);
  if (!writer.begin()) return false;
  bool ok = build_site_to(opt, writer, sink, report);
  if (!ok || sink.has_errors() || (opt.strict && sink.warning_count() > 0)) {
    writer.abort();
    return false;
  }
  auto t = std::chrono::steady_clock::now();
  if (!writer.commit()) {
    if (report && writer.previous_output() == output::PreviousOutput::Moved)
      report->previous_output_moved_to = writer.moved_to();
    return false;
  }
  if (report) {
    report->phases.emplace_back("commit", std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count());
    report->files = writer.files_written();
    report->out_dir = opt.out_dir;
  }
  return true;
}

}  // namespace wt::site

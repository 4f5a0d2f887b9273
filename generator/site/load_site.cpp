#include "site/load_site.hpp"

#include <algorithm>
#include <chrono>
#include <set>

#include "core/clock.hpp"
#include "core/file_io.hpp"
#include "core/file_system.hpp"
#include "core/installation.hpp"
#include "core/parallel.hpp"
#include "core/thread_pool.hpp"
#include "markdown/markdown.hpp"
#include "site/alt_text.hpp"
#include "site/markdown_cache.hpp"
#include "site/tree_resolver.hpp"

namespace fs = std::filesystem;

namespace wt::site {

std::vector<fs::path> default_theme_dirs() {
  const fs::path& themes = installation().themes;
  return themes.empty() ? std::vector<fs::path>{} : std::vector<fs::path>{themes};
}

markdown::Options markdown_options(const LoadedSite& site) {
  markdown::Options mo;
  mo.validate_utf8 = false;  // load_content already refused files that are not UTF-8
  mo.base_path = site.cfg.base_path();
  return mo;
}

std::string LoadedSite::shown(const fs::path& path) const {
  std::string prefix = (request.site_dir / "").lexically_normal().string();
  std::string f = path.lexically_normal().string();
  if (!prefix.empty() && f.rfind(prefix, 0) == 0) return f.substr(prefix.size());
  return path.string();
}

namespace {

// Loading, step by step, in the order of the steps.
class Loader {
 public:
  Loader(const LoadRequest& request, const FileSystem& files, ThreadPool& pool, DiagnosticSink& sink)
      : files_(files), pool_(pool), sink_(sink), site_(std::make_unique<LoadedSite>()) {
    site_->request = request;
    site_->files = &files;
  }

  std::unique_ptr<LoadedSite> run() {
    last_ = std::chrono::steady_clock::now();
    if (!load_config()) return std::move(site_);
    const bool build = site_->request.purpose == LoadPurpose::Build;
    if (build) load_theme();
    phase("config and theme");
    load_content();
    check_alt_text(*site_, sink_);
    load_data();
    if (build) collect_static();
    phase("content and data");
    if (build) render_markdown();
    phase("markdown");
    if (build) find_images();
    phase("images");
    load_compliance();
    phase("compliance");
    if (build) prepare_views();
    phase("views");
    return std::move(site_);
  }

 private:
  const LoadRequest& req() const { return site_->request; }

  void phase(const char* name) {
    auto now = std::chrono::steady_clock::now();
    site_->phases.emplace_back(name, std::chrono::duration<double>(now - last_).count());
    last_ = now;
  }

  bool load_config() {
    FileError error;
    auto text = read_file_inside(files_, req().site_dir / "site.yaml", files_.real_root(req().site_dir), &error);
    if (!text && (error.code == "file.missing" || error.code == "file.read")) {
      sink_.error({"site.yaml", 0, 0}, "config.missing",
                  "cannot read site.yaml in '" + req().site_dir.string() + "': is this a Webtruong site folder?");
      return false;
    }
    if (!text) {
      sink_.error({"site.yaml", 0, 0}, error.code, error.message);
      return false;
    }
    auto cfg = config::parse_site_config(*text, "site.yaml", sink_);
    if (!cfg) return false;
    site_->cfg = std::move(*cfg);
    site_->config_text = std::move(*text);
    if (!req().base_url.empty() && !config::override_base_url(site_->cfg, req().base_url, sink_)) return false;
    site_->config_ok = true;
    site_->now = req().now != 0 ? req().now : now_seconds();
    return true;
  }

  // The theme folder: the site's own themes/<name>, then installed themes.
  fs::path find_theme(const std::string& name) const {
    std::vector<fs::path> dirs = {req().site_dir / "themes"};
    auto installed = req().theme_dirs.empty() ? default_theme_dirs() : req().theme_dirs;
    dirs.insert(dirs.end(), installed.begin(), installed.end());
    for (const auto& d : dirs)
      if (files_.is_folder(d / name / "layouts")) return d / name;
    return {};
  }

  void load_theme() {
    LoadedSite& s = *site_;
    const fs::path& site_dir = req().site_dir;
    s.theme_dir = find_theme(s.cfg.theme);
    if (s.theme_dir.empty()) {
      sink_.error({"site.yaml", 0, 0}, "config.theme",
                  "the theme '" + s.cfg.theme + "' was not found (looked in themes/ and the installed themes)");
      return;
    }
    // A theme of the site's own themes/ may not lead out of the site folder;
    // an installed theme may not lead out of its own folder.
    const fs::path site_themes = site_dir / "themes";
    s.theme_root = s.theme_dir.parent_path() == site_themes ? site_dir : s.theme_dir;
    if (s.theme_root == site_dir) {
      PathCheck c = files_.check_path(s.theme_dir, files_.real_root(site_dir));
      if (c.kind != PathCheck::Kind::Folder) {
        sink_.error({"themes/" + s.cfg.theme, 0, 0}, c.error.code, c.error.message);
        s.theme_dir.clear();  // nothing more is read from it
        return;
      }
    }
    DiagnosticSink theme_sink;
    auto theme = templates::Theme::load(files_, {site_dir, s.theme_dir}, theme_sink,
                                        {site_dir, s.theme_root == site_dir ? site_dir : fs::path()});
    // Template diagnostics name files under the site folder as the user knows
    // them ("layouts/page.mustache"), not as the build found them.
    for (auto d : theme_sink.sorted()) {
      d.position.file = s.shown(d.position.file);
      sink_.report(std::move(d));
    }
    if (!theme) return;
    s.theme = std::make_unique<templates::Theme>(std::move(*theme));
    for (const char* layout : {"home", "page", "section", "taxonomy", "term", "sitemap", "404"}) {
      if (!s.theme->has_layout(layout)) {
        sink_.error({s.shown(s.theme_dir / "layouts"), 0, 0}, "template.layout.missing",
                    std::string("the theme has no layout '") + layout + ".mustache'");
        return;
      }
    }
    s.theme_ok = true;
  }

  void load_content() {
    content::LoadOptions lo;
    lo.site_dir = req().site_dir;
    lo.drafts = req().drafts;
    lo.future = req().future;
    lo.now = site_->now;
    lo.files = &files_;
    lo.pool = &pool_;
    lo.parsed_files = req().parsed_files;
    site_->tree = content::load_content(lo, site_->cfg, sink_);
  }

  void load_data() {
    LoadedSite& s = *site_;
    s.schemas_dir = req().schemas_dir.empty() ? find_schemas_dir() : req().schemas_dir;
    if (req().purpose == LoadPurpose::Check) {
      s.data = data::load_data(files_, req().site_dir, s.schemas_dir, sink_);
      return;
    }
    if (s.schemas_dir.empty()) {
      sink_.error({"schemas", 0, 0}, "build.schemas",
                  "the schemas/ folder of Webtruong was not found; set WEBTRUONG_SCHEMAS");
      return;
    }
    s.data = data::load_data(files_, req().site_dir, s.schemas_dir, sink_);
  }

  // Static files: the theme's static/, then the site's static/ (which wins),
  // then the files of sections and bundles beside their pages. Found with
  // the content, so that a refused file is reported with every other error.
  void collect_static() {
    LoadedSite& s = *site_;
    s.static_files = collect_static_files(
        {&files_, req().site_dir, s.theme_dir, s.theme_root, s.tree.get(), &s.cfg.static_allow}, sink_);
  }

  // The photos pages show, checked, and what encodes their sizes.
  void find_images() {
    LoadedSite& s = *site_;
    s.images = find_site_images(s, pool_, sink_);
    std::shared_ptr<images::VariantStore> store = req().image_store;
    if (!store) {
      if (auto dir = files_.disk_path(req().site_dir))
        store = std::make_shared<images::DiskVariantStore>(*dir / images::kVariantCacheDir);
      else
        store = std::make_shared<images::MemoryVariantStore>();
    }
    s.image_encoder = std::make_unique<images::VariantEncoder>(std::move(store));
  }

  void render_markdown() {
    LoadedSite& s = *site_;
    const content::ContentTree& tree = *s.tree;
    std::vector<markdown::Rendered> results(tree.pages.size());
    std::vector<std::vector<std::string>> links(tree.pages.size());
    const markdown::Options mo = markdown_options(s);
    parallel_for(pool_, tree.pages.size(), [&](size_t i) {
      const content::Page& p = *tree.pages[i];
      TreeResolver resolver(tree, &links[i]);
      if (MarkdownCache* md = req().markdown_cache)
        results[i] = md->render(md->key(p.body, p.source, p.body_line_offset, mo), p.body, p.source,
                                p.body_line_offset, &resolver, mo, sink_);
      else
        results[i] = markdown::render(p.body, p.source, p.body_line_offset, &resolver, mo, sink_);
      std::sort(links[i].begin(), links[i].end());
      links[i].erase(std::unique(links[i].begin(), links[i].end()), links[i].end());
    });
    for (size_t i = 0; i < results.size(); ++i) {
      s.rendered[tree.pages[i].get()] = std::move(results[i]);
      if (!links[i].empty()) s.links[tree.pages[i].get()] = std::move(links[i]);
    }
    // Pages with bad front matter are not published, but their links are checked too.
    TreeResolver resolver(tree, nullptr);
    parallel_for(pool_, tree.invalid.size(), [&](size_t i) {
      const content::Page& p = *tree.invalid[i];
      markdown::render(p.body, p.source, p.body_line_offset, &resolver, mo, sink_);
    });
  }

  // The site against its rule sets (each read once): the report `check`
  // prints and `build` publishes as compliance.json, and the TT 09/2024
  // checklist of the disclosure pages.
  void load_compliance() {
    LoadedSite& s = *site_;
    if (req().purpose == LoadPurpose::Build && s.schemas_dir.empty()) return;  // build.schemas was reported
    s.regulations = load_site_regulations(s.cfg, s.schemas_dir, sink_);
    if (!s.regulations) return;
    s.compliance = check_site(s.cfg, *s.tree, &s.data, *s.regulations, s.now);
    if (req().purpose != LoadPurpose::Build) return;
    s.compliance_map = compliance::compliance_map(*s.compliance, s.cfg.base_path());
    // Only when the site is held to it (a school), among the rule sets already read.
    const regulations::RuleSet* tt09 = nullptr;
    for (const auto& set : s.regulations->rule_sets)
      if (set.id == regulations::kDisclosureRuleSet) tt09 = &set;
    if (!tt09) return;
    static const std::map<std::string, std::string> kCategory = {
        {"disc_general", "general"}, {"disc_finance", "finance"}, {"disc_staff", "staff"},
        {"disc_facilities", "facilities"}, {"disc_quality", "quality"}, {"disc_plan", "plan"},
        {"disc_results", "results"}, {"disc_annual_report", "annual_report"}};
    for (const auto& q : tt09->requirements) {
      auto it = kCategory.find(q.id);
      if (it != kCategory.end() && q.applies(s.cfg.type)) s.checklist.push_back({it->second, q.name, q.source});
    }
  }

  // What every output's view shares: list items built once, the pages made
  // from data, the home page's data block and the site map's extra entries.
  void prepare_views() {
    LoadedSite& s = *site_;
    s.views = std::make_unique<render::ViewBuilder>(s.cfg, *s.tree, s.rendered, kGenerator);
    if (req().prepare_list_items) s.views->prepare(pool_);
    s.views->set_images(&s.images.set);
    s.data_pages = render::data_pages(s.data, s.checklist, s.now, s.cfg.timezone_minutes, s.cfg.base_path());
    std::set<std::string> urls;
    std::vector<std::pair<std::string, std::string>> map_entries;
    for (const auto& p : s.data_pages) {
      urls.insert(p.url);
      // Section-level data pages (one segment deep) go into the HTML site map.
      if (std::count(p.url.begin(), p.url.end(), '/') <= 3) map_entries.emplace_back(p.title, p.url);
    }
    s.data_page_urls.assign(urls.begin(), urls.end());
    s.views->set_sitemap_extras(std::move(map_entries));
    if (!s.data.documents.empty())
      s.views->set_home_data(render::home_data(s.data, s.now, s.cfg.timezone_minutes, s.cfg.base_path()));
  }

  const FileSystem& files_;
  ThreadPool& pool_;
  DiagnosticSink& sink_;
  std::unique_ptr<LoadedSite> site_;
  std::chrono::steady_clock::time_point last_;
};

}  // namespace

std::unique_ptr<LoadedSite> load_site(const LoadRequest& request, const FileSystem& files, ThreadPool& pool,
                                      DiagnosticSink& sink) {
  return Loader(request, files, pool, sink).run();
}

}  // namespace wt::site

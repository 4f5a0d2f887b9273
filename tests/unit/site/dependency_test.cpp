// THE dependency completeness test: every input of site.example is changed
// in turn (content, data, static files, templates and partials, every
// top-level key of site.yaml), the site is rebuilt in full in memory, and
// every output whose bytes change must name that input in its plan, itself
// or through a list computed from it, and its cache key
// (site/plan_inputs.hpp) must change. Every edit must change some output,
// unless the input is one no output may show (a draft: it is then also
// published, and that must show). The inputs are split into cases of a
// dozen edits or so, which ctest runs as parallel processes.
#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

#include "config/site_config.hpp"
#include "content/content_tree.hpp"
#include "dependency_support.hpp"

namespace fs = std::filesystem;
using namespace wt;

namespace {

enum class Kind { Pages, Posts, Data, Static, Templates, Config, NotRead };

std::string joined(const std::vector<std::string>& v) {
  std::string s;
  for (const auto& x : v) s += "  " + x + "\n";
  return s;
}

bool starts_with(const std::string& s, const std::string& prefix) { return s.rfind(prefix, 0) == 0; }

// --- the edits of each kind of input -------------------------------------------

// Content pages and their files; with `posts`, those of content/tin-tuc/ only,
// else all others. A page is edited where it stands (its title and body
// change, its address does not), and the first page of each section once
// more with its address following its title. A page that is not published
// (a draft, a scheduled post) shows nothing when edited, so it is also
// published, which must show.
std::vector<test::Edit> content_edits(test::ExampleSite& site, bool posts) {
  std::vector<test::Edit> out;
  const content::ContentTree& tree = *site.base().site->tree;
  for (const auto& path : site.files_below(site.site_dir() / "content")) {
    const std::string rel = site.rel(path);
    if (starts_with(rel, "content/tin-tuc/") != posts) continue;
    const std::string input = "file:" + rel;
    if (path.extension() != ".md") {
      out.push_back({input, path, test::edit_append_line});
      continue;
    }
    const std::string content_path = rel.substr(std::string("content/").size());
    if (auto why = tree.unpublished.find(content_path); why != tree.unpublished.end()) {
      out.push_back({input, path, test::edit_markdown, false, "the page " + why->second});
      out.push_back({input, path, test::edit_publish});
      continue;
    }
    const content::Page* page = tree.find(content_path);
    REQUIRE(page);
    if (page->is_section_index || !page->fm.slug.empty()) {  // its title does not make its address
      out.push_back({input, path, test::edit_markdown});
      continue;
    }
    out.push_back({input, path, test::edit_markdown_in_place(page->slug)});
    if (page == page->section->pages.front()) out.push_back({input, path, test::edit_markdown});
  }
  return out;
}

std::vector<test::Edit> data_edits(test::ExampleSite& site) {
  std::vector<test::Edit> out;
  for (const auto& path : site.files_below(site.site_dir() / "data"))
    out.push_back({"file:" + site.rel(path), path, test::edit_yaml_text});
  return out;
}

// The site's static files, then the theme's; a theme file the site's own
// static/ has too is not published.
std::vector<test::Edit> static_edits(test::ExampleSite& site) {
  std::vector<test::Edit> out;
  for (const auto& path : site.files_below(site.site_dir() / "static"))
    out.push_back({"file:" + site.rel(path), path, test::edit_append_line});
  for (const auto& path : site.files_below(site.theme_dir() / "static")) {
    const std::string rel = site.rel(path);
    test::Edit e{"theme:" + rel, path, test::edit_append_line};
    if (site.files().get(site.site_dir() / rel)) {
      e.must_show = false;
      e.why = "the site's own " + rel + " is published in its place";
    }
    out.push_back(std::move(e));
  }
  return out;
}

std::vector<test::Edit> template_edits(test::ExampleSite& site) {
  std::vector<test::Edit> out;
  for (const char* dir : {"layouts", "partials"})
    for (const auto& path : site.files_below(site.theme_dir() / dir)) {
      const std::string rel = site.rel(path);
      if (starts_with(rel, "layouts/portal-") || starts_with(rel, "partials/portal_"))
        out.push_back({"theme:" + rel, path, test::edit_template, false,
                       "the portal's own pages use it (docs/portal.md), a site's build does not"});
      else
        out.push_back({"theme:" + rel, path, test::edit_template});
    }
  return out;
}

// Files of the theme no build reads: it says so by showing no change.
std::vector<test::Edit> not_read_edits(test::ExampleSite& site) {
  std::vector<test::Edit> out;
  for (const auto& path : site.files_below(site.theme_dir())) {
    const std::string rel = site.rel(path);
    if (rel == "theme.yaml" || starts_with(rel, "reports/") || starts_with(rel, "portal/"))
      out.push_back({"theme:" + rel, path, test::edit_template, false,
                     "theme.yaml describes the theme, reports/ are the audit's templates and portal/ the portal's own "
                     "files (school sites never ship them)"});
  }
  return out;
}

// The second theme config:theme switches to: the default one with a footer of its own.
const char* kOtherTheme = "khac";

void add_other_theme(test::ExampleSite& site) {
  const fs::path other = site.theme_dir().parent_path() / kOtherTheme;
  for (const auto& path : site.files_below(site.theme_dir())) {
    std::string bytes = *site.files().get(path);
    const std::string rel = site.rel(path);
    if (rel == "partials/footer.mustache") bytes += "<!-- giao diện khác -->\n";
    site.files().add(other / rel, bytes);
  }
}

// One edit per key site.yaml may set (config::site_config_keys()); a key
// site.example leaves out is added with a value other than its default.
std::vector<test::Edit> config_edits(test::ExampleSite& site) {
  const fs::path yaml = site.site_dir() / "site.yaml";
  auto set = [&](const std::string& key, const std::string& value) {
    return test::Edit{"config:" + key, yaml, [key, value](const std::string& t) { return test::set_config_key(t, key, value); }};
  };
  auto text = [&](const std::string& key) {
    return test::Edit{"config:" + key, yaml,
                      [key](const std::string& t) { return test::edit_config_block(t, key, test::edit_yaml_text); }};
  };
  std::vector<test::Edit> out = {
      text("name"),
      text("short_name"),
      set("type", "gdtx"),
      text("address"),
      set("phone", "\"0211 3862 999\""),
      set("email", "\"vanthu@vinhphuc.edu.vn\""),
      text("province"),
      text("managing_body"),
      text("responsible"),
      set("base_url", "\"https://nguyendu.vinhphuc.edu.vn/\""),
      text("description"),
      set("logo", "\"/favicon.svg\""),
      set("language", "\"vi-VN\""),
      set("timezone", "\"+08:00\""),
      set("theme", kOtherTheme),
      set("rules", "tt53-2012"),
      set("pagination", "7"),
      set("home_latest", "5"),
      set("feed_limit", "6"),
      text("menus"),
      text("links"),
  };
  // The only rubric Webtruong has is the default one: naming it changes nothing.
  test::Edit rubric = set("rubric", "vinh-phuc-2016-2017");
  rubric.must_show = false;
  rubric.why = "vinh-phuc-2016-2017 is the rubric a site without 'rubric' is scored by";
  out.push_back(rubric);
  // Every file that may carry script is listed already: one more entry
  // allows nothing that was refused.
  test::Edit allow{"config:static_allow", yaml, [](const std::string& t) {
                     return test::edit_config_block(t, "static_allow",
                                                    [](const std::string& b) { return b + "  - \"files/khac.svg\"\n"; });
                   }};
  allow.must_show = false;
  allow.why = "the build refuses what static_allow does not list, so a build that succeeds shows none of it";
  out.push_back(allow);
  // approval: required only adds warnings (errors under --strict): no output shows it.
  test::Edit approval = set("approval", "required");
  approval.must_show = false;
  approval.why = "a page without approved_by is a warning of check and build, and shows nothing";
  out.push_back(approval);
  return out;
}

std::vector<test::Edit> edits_of(test::ExampleSite& site, Kind kind) {
  switch (kind) {
    case Kind::Pages: return content_edits(site, false);
    case Kind::Posts: return content_edits(site, true);
    case Kind::Data: return data_edits(site);
    case Kind::Static: return static_edits(site);
    case Kind::Templates: return template_edits(site);
    case Kind::Config: add_other_theme(site); return config_edits(site);
    case Kind::NotRead: return not_read_edits(site);
  }
  return {};
}

// --- checking them --------------------------------------------------------------

void check(test::ExampleSite& site, const test::Edit& edit) {
  auto c = site.check_edit(edit);
  INFO("input " << edit.input << ": " << c.changed << " outputs changed, " << c.appeared << " appeared");
  INFO("changed outputs that do not name it:\n" << joined(c.unlisted));
  CHECK(c.unlisted.empty());
  INFO("changed outputs whose cache key stayed the same:\n" << joined(c.same_key));
  CHECK(c.same_key.empty());
  if (edit.must_show) {
    CHECK(c.changed + c.appeared > 0);
  } else {
    INFO("no output may change: " << edit.why);
    CHECK(c.changed + c.appeared == 0);
  }
}

// Checks the edits `part` of `parts` of this kind (every parts-th one, so
// each part has some of every folder).
void check_part(Kind kind, size_t part, size_t parts) {
  test::ExampleSite site;
  auto edits = edits_of(site, kind);
  REQUIRE(edits.size() >= parts);
  for (size_t i = part - 1; i < edits.size(); i += parts) check(site, edits[i]);
}

}  // namespace

#define WT_DEPENDENCY_CASE(what, kind, part, parts)                                                        \
  TEST_CASE("site::plan_build names every input an output depends on: " what " (" #part " of " #parts ")", \
            "[site][plan][dependencies]") {                                                                \
    check_part(kind, part, parts);                                                                         \
  }

WT_DEPENDENCY_CASE("content pages", Kind::Pages, 1, 3)
WT_DEPENDENCY_CASE("content pages", Kind::Pages, 2, 3)
WT_DEPENDENCY_CASE("content pages", Kind::Pages, 3, 3)
WT_DEPENDENCY_CASE("news posts", Kind::Posts, 1, 6)
WT_DEPENDENCY_CASE("news posts", Kind::Posts, 2, 6)
WT_DEPENDENCY_CASE("news posts", Kind::Posts, 3, 6)
WT_DEPENDENCY_CASE("news posts", Kind::Posts, 4, 6)
WT_DEPENDENCY_CASE("news posts", Kind::Posts, 5, 6)
WT_DEPENDENCY_CASE("news posts", Kind::Posts, 6, 6)
WT_DEPENDENCY_CASE("data files", Kind::Data, 1, 1)
WT_DEPENDENCY_CASE("static files", Kind::Static, 1, 2)
WT_DEPENDENCY_CASE("static files", Kind::Static, 2, 2)
WT_DEPENDENCY_CASE("layouts and partials", Kind::Templates, 1, 2)
WT_DEPENDENCY_CASE("layouts and partials", Kind::Templates, 2, 2)
WT_DEPENDENCY_CASE("site.yaml", Kind::Config, 1, 2)
WT_DEPENDENCY_CASE("site.yaml", Kind::Config, 2, 2)
WT_DEPENDENCY_CASE("theme files no build reads", Kind::NotRead, 1, 1)

TEST_CASE("the dependency test edits every file of site.example and its theme, and every key of site.yaml",
          "[site][plan][dependencies]") {
  test::ExampleSite site;
  std::set<std::string> edited, keys;
  for (Kind kind : {Kind::Pages, Kind::Posts, Kind::Data, Kind::Static, Kind::Templates, Kind::Config, Kind::NotRead})
    for (const auto& e : edits_of(site, kind)) {
      edited.insert(e.path.string());
      if (starts_with(e.input, "config:")) keys.insert(e.input.substr(7));
    }
  std::vector<std::string> missed;
  for (const auto& path : site.files_below(site.site_dir())) if (!edited.count(path.string())) missed.push_back(site.rel(path));
  for (const auto& path : site.files_below(site.theme_dir())) if (!edited.count(path.string())) missed.push_back(site.rel(path));
  INFO("files no case edits:\n" << joined(missed));
  CHECK(missed.empty());
  const auto& all = config::site_config_keys();
  CHECK(keys == std::set<std::string>(all.begin(), all.end()));
}

// The harness's self-checks: edits as in the cases above, with the edited
// input left out of the plan the build makes.

TEST_CASE("the dependency test reports every output that shows an input no plan names", "[site][plan][dependencies]") {
  test::ExampleSite site;
  const std::string input = "file:content/gioi-thieu/lich-su.md";
  site.forget(input);
  const content::Page* page = site.base().site->tree->find("gioi-thieu/lich-su.md");
  REQUIRE(page);
  const std::string own = page->output_path;
  auto c = site.check_edit({input, site.site_dir() / "content/gioi-thieu/lich-su.md", test::edit_markdown_in_place(page->slug)});
  INFO("reported:\n" << joined(c.unlisted));
  CHECK(c.changed > 1);
  CHECK(c.unlisted.size() == c.changed);  // nothing names it any more
  CHECK(std::count(c.unlisted.begin(), c.unlisted.end(), own) == 1);
  INFO("same key:\n" << joined(c.same_key));
  CHECK(std::count(c.same_key.begin(), c.same_key.end(), own) == 1);
}

TEST_CASE("the dependency test reports the one output whose plan entry leaves out an input", "[site][plan][dependencies]") {
  // to-chuc/index.html is made from data/to-chuc.yaml and names it itself only.
  test::ExampleSite site;
  const std::string input = "file:data/to-chuc.yaml", output = "to-chuc/index.html";
  site.forget(input, output);
  REQUIRE(site.base().plan.find(output));
  auto c = site.check_edit({input, site.site_dir() / "data/to-chuc.yaml", test::edit_yaml_text});
  CHECK(c.changed > 0);
  CHECK(c.unlisted == std::vector<std::string>{output});
  CHECK(c.same_key == std::vector<std::string>{output});
}

// Which module may include which, checked on the source (docs/architecture
// and the headers say it; this makes it true):
//  - a plugin (plugins/) includes of the generator only core/, regulations/
//    and plugin/ (the plugin API); whatever else it needs is a service of
//    PluginHost;
//  - each generator module includes only the modules its wt_module(... DEPS)
//    line in generator/CMakeLists.txt links, directly or through them (core
//    links none of ours: it includes only core/);
//  - the audit's stages depend one way: crawl -> crawled -> analysis ->
//    report, command wires them; the lower libraries include only what
//    kAuditStages lists;
//  - the plugins' libraries (plugins/CMakeLists.txt) link of the generator's
//    modules only wt_core, wt_regulations and wt_plugin, so that the build
//    says the same as the includes.
// Each rule is also tried on a file written to break it, so that a rule that
// cannot fail is caught.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

const fs::path kRoot = WT_SOURCE_DIR;

struct Include {
  int line = 0;
  std::string path;  ///< As written between the quotes or angle brackets.
};

/// The #include lines of `text` (comments are not #include lines: a line
/// must start with '#', spaces allowed).
std::vector<Include> includes_of(const std::string& text) {
  std::vector<Include> out;
  std::istringstream in(text);
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    ++n;
    size_t i = line.find_first_not_of(" \t");
    if (i == std::string::npos || line[i] != '#') continue;
    i = line.find_first_not_of(" \t", i + 1);
    if (i == std::string::npos || line.compare(i, 7, "include") != 0) continue;
    i = line.find_first_of("\"<", i + 7);
    if (i == std::string::npos) continue;
    const char close = line[i] == '"' ? '"' : '>';
    const size_t end = line.find(close, i + 1);
    if (end == std::string::npos) continue;
    out.push_back({n, line.substr(i + 1, end - i - 1)});
  }
  return out;
}

std::string read(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

bool is_source(const fs::path& p) {
  const auto ext = p.extension();
  return ext == ".cpp" || ext == ".hpp" || ext == ".h" || ext == ".cc";
}

/// The first folder of an include path ("config/site_config.hpp" -> "config"),
/// or "" when it has none.
std::string first_folder(const std::string& path) {
  const size_t slash = path.find('/');
  return slash == std::string::npos ? "" : path.substr(0, slash);
}

/// The generator's modules: its folders.
std::set<std::string> generator_modules() {
  std::set<std::string> out;
  for (const auto& e : fs::directory_iterator(kRoot / "generator"))
    if (e.is_directory()) out.insert(e.path().filename().string());
  return out;
}

/// The libraries of generator/CMakeLists.txt and the modules each links:
/// wt_module(NAME DEPS wt_a wt_b ...) -> NAME: {a, b}; a library made by hand,
/// add_library(wt_NAME ...) (version/: its source is generated), with what
/// target_link_libraries(wt_NAME ...) adds.
std::map<std::string, std::set<std::string>> module_deps(const std::string& cmake) {
  std::map<std::string, std::set<std::string>> out;
  // Each call at the start of a line (the function's own add_library lines are indented).
  for (const std::string call : {"\nwt_module(", "\nadd_library(wt_", "\ntarget_link_libraries(wt_"}) {
    const bool deps_follow = call != "\nadd_library(wt_";
    for (size_t at = cmake.find(call); at != std::string::npos; at = cmake.find(call, at + 1)) {
      const size_t open = at + call.size(), close = cmake.find(')', open);
      std::istringstream words(cmake.substr(open, close - open));
      std::string name, word;
      words >> name;
      auto& deps = out[name];
      while (deps_follow && words >> word)
        if (word.rfind("wt_", 0) == 0) deps.insert(word.substr(3));
    }
  }
  return out;
}

/// Every module `name` links, directly or through the modules it links.
std::set<std::string> closure(const std::map<std::string, std::set<std::string>>& deps, const std::string& name) {
  std::set<std::string> seen;
  std::vector<std::string> todo = {name};
  while (!todo.empty()) {
    const std::string m = todo.back();
    todo.pop_back();
    auto it = deps.find(m);
    if (it == deps.end()) continue;
    for (const auto& d : it->second)
      if (seen.insert(d).second) todo.push_back(d);
  }
  return seen;
}

/// What a plugin file (`rel`: its path under plugins/) includes that it may
/// not: "plugins/REL:LINE: PATH".
std::vector<std::string> plugin_violations(const std::string& rel, const std::string& text,
                                           const std::set<std::string>& modules) {
  static const std::set<std::string> kAllowed = {"core", "regulations", "plugin"};
  std::vector<std::string> out;
  for (const auto& inc : includes_of(text)) {
    const std::string top = first_folder(inc.path);
    const bool generator = (modules.count(top) && !kAllowed.count(top)) ||
                           inc.path.find("generator/") != std::string::npos || inc.path.find("../") != std::string::npos;
    if (generator) out.push_back("plugins/" + rel + ":" + std::to_string(inc.line) + ": " + inc.path);
  }
  return out;
}

/// The folders of plugins/audit/ each folder may include (its own always).
const std::map<std::string, std::set<std::string>> kAuditStages = {
    {"url", {}},
    {"robots", {}},
    {"dates", {}},
    {"sitemap", {}},
    {"html", {}},
    {"fetch", {"url"}},
    {"crawled", {"url"}},
    {"crawl", {"crawled", "fetch", "robots", "url", "sitemap", "html", "dates"}},
    {"analysis", {"crawled"}},
    {"report", {"analysis", "crawled"}},
    {"command", {"crawl", "crawled", "analysis", "report", "fetch", "url"}},
};

/// What a file of plugins/audit/STAGE/ includes of the audit that its stage may not.
std::vector<std::string> stage_violations(const std::string& stage, const std::string& rel, const std::string& text) {
  std::vector<std::string> out;
  auto allowed = kAuditStages.find(stage);
  if (allowed == kAuditStages.end()) return {"plugins/" + rel + ": the folder audit/" + stage + " is in no stage of kAuditStages"};
  for (const auto& inc : includes_of(text)) {
    if (first_folder(inc.path) != "audit") continue;
    const std::string folder = first_folder(inc.path.substr(6));
    if (folder != stage && !allowed->second.count(folder))
      out.push_back("plugins/" + rel + ":" + std::to_string(inc.line) + ": " + inc.path);
  }
  return out;
}

/// What a file of generator/MODULE/ includes of other modules that MODULE does not link.
std::vector<std::string> module_violations(const std::string& module, const std::string& rel, const std::string& text,
                                           const std::set<std::string>& modules,
                                           const std::map<std::string, std::set<std::string>>& deps) {
  std::vector<std::string> out;
  const auto linked = closure(deps, module);
  for (const auto& inc : includes_of(text)) {
    const std::string top = first_folder(inc.path);
    if (!modules.count(top) || top == module || linked.count(top)) continue;
    out.push_back("generator/" + rel + ":" + std::to_string(inc.line) + ": " + inc.path);
  }
  return out;
}

/// The generator modules that the plugin libraries of `cmake` (plugins/CMakeLists.txt)
/// link and may not: "plugins/CMakeLists.txt:LINE: TARGET links wt_MODULE". The
/// generator's own targets (wt_cli links the list of plugins) are not plugins.
std::vector<std::string> link_violations(const std::string& cmake, const std::set<std::string>& modules) {
  static const std::set<std::string> kAllowed = {"core", "regulations", "plugin"};
  std::vector<std::string> out;
  const std::string call = "target_link_libraries(";
  for (size_t at = cmake.find(call); at != std::string::npos; at = cmake.find(call, at + 1)) {
    const size_t open = at + call.size(), close = cmake.find(')', open);
    const int line = 1 + static_cast<int>(std::count(cmake.begin(), cmake.begin() + static_cast<long>(at), '\n'));
    std::istringstream words(cmake.substr(open, close - open));
    std::string target, word;
    words >> target;
    if (target.rfind("wt_", 0) == 0 && modules.count(target.substr(3))) continue;
    while (words >> word)
      if (word.rfind("wt_", 0) == 0 && modules.count(word.substr(3)) && !kAllowed.count(word.substr(3)))
        out.push_back("plugins/CMakeLists.txt:" + std::to_string(line) + ": " + target + " links " + word);
  }
  return out;
}

}  // namespace

TEST_CASE("plugins link only wt_core, wt_regulations and wt_plugin of the generator", "[plugin][layers]") {
  const auto modules = generator_modules();
  const auto found = link_violations(read(kRoot / "plugins" / "CMakeLists.txt"), modules);
  for (const auto& f : found) UNSCOPED_INFO(f);
  CHECK(found.empty());
  // The rule on files written to break it.
  CHECK(link_violations("add_library(x)\ntarget_link_libraries(wt_audit_x PUBLIC wt_audit_url\n  wt_templates wt_core)\n",
                        modules) == std::vector<std::string>{"plugins/CMakeLists.txt:2: wt_audit_x links wt_templates"});
  CHECK(link_violations("target_link_libraries(wt_audit_x PUBLIC wt_regulations wt_plugin wt_core)\n"
                        "target_link_libraries(wt_cli PUBLIC wt_plugins)\n",
                        modules)
            .empty());
}

TEST_CASE("plugins include only core/, regulations/ and plugin/ of the generator", "[plugin][layers]") {
  const auto modules = generator_modules();
  std::vector<std::string> found;
  size_t files = 0;
  for (const auto& e : fs::recursive_directory_iterator(kRoot / "plugins")) {
    if (!e.is_regular_file() || !is_source(e.path())) continue;
    ++files;
    for (auto& v : plugin_violations(fs::relative(e.path(), kRoot / "plugins").string(), read(e.path()), modules))
      found.push_back(std::move(v));
  }
  CHECK(files > 50);
  for (const auto& f : found) UNSCOPED_INFO(f);
  CHECK(found.empty());
  // The rule on files written to break it.
  CHECK(plugin_violations("audit/x.cpp", "#include \"config/site_config.hpp\"\n", modules) ==
        std::vector<std::string>{"plugins/audit/x.cpp:1: config/site_config.hpp"});
  CHECK(plugin_violations("audit/x.cpp", "// #include \"data/csv_reader.hpp\"\n  #  include <compliance/checker.hpp>\n",
                          modules) == std::vector<std::string>{"plugins/audit/x.cpp:2: compliance/checker.hpp"});
  CHECK(plugin_violations("audit/x.cpp", "#include \"../../generator/templates/theme.hpp\"\n", modules).size() == 1);
  CHECK(plugin_violations("audit/x.cpp",
                          "#include \"core/text.hpp\"\n#include \"regulations/rule_set.hpp\"\n"
                          "#include \"plugin/plugin.hpp\"\n#include <string>\n#include \"audit/url/url.hpp\"\n",
                          modules)
            .empty());
}

TEST_CASE("the audit's stages depend one way: crawl -> crawled -> analysis -> report", "[plugin][layers]") {
  std::vector<std::string> found;
  for (const auto& e : fs::recursive_directory_iterator(kRoot / "plugins" / "audit")) {
    if (!e.is_regular_file() || !is_source(e.path())) continue;
    const fs::path rel = fs::relative(e.path(), kRoot / "plugins");
    const std::string stage = (*std::next(rel.begin())).string();
    for (auto& v : stage_violations(stage, rel.string(), read(e.path()))) found.push_back(std::move(v));
  }
  for (const auto& f : found) UNSCOPED_INFO(f);
  CHECK(found.empty());
  // The rule on files written to break it: analysis reading pages again, the crawl analysing.
  CHECK(stage_violations("analysis", "audit/analysis/x.cpp", "#include \"audit/crawl/article_detect.hpp\"\n") ==
        std::vector<std::string>{"plugins/audit/analysis/x.cpp:1: audit/crawl/article_detect.hpp"});
  CHECK(stage_violations("crawl", "audit/crawl/x.cpp", "#include \"audit/analysis/site_analysis.hpp\"\n").size() == 1);
  CHECK(stage_violations("report", "audit/report/x.cpp", "#include \"audit/command/audit_sites.hpp\"\n").size() == 1);
  CHECK(stage_violations("crawled", "audit/crawled/x.cpp", "#include \"audit/html/page_extract.hpp\"\n").size() == 1);
  CHECK(stage_violations("newstage", "audit/newstage/x.cpp", "").size() == 1);
}

TEST_CASE("each generator module includes only what its DEPS in generator/CMakeLists.txt link", "[plugin][layers]") {
  const auto modules = generator_modules();
  const auto deps = module_deps(read(kRoot / "generator" / "CMakeLists.txt"));
  REQUIRE(deps.count("core"));
  REQUIRE(deps.count("regulations"));
  CHECK(closure(deps, "core").empty());
  CHECK(closure(deps, "regulations") == std::set<std::string>{"core"});
  // Libraries made by hand count too, with what they link.
  CHECK(module_deps("\nadd_library(wt_x STATIC a.cpp)\ntarget_link_libraries(wt_x PUBLIC wt_core)\n"
                    "wt_module(y DEPS wt_x)\n") ==
        std::map<std::string, std::set<std::string>>{{"x", {"core"}}, {"y", {"x"}}});
  std::vector<std::string> found;
  for (const auto& module : modules) {
    INFO(module);
    CHECK(deps.count(module) == 1);  // every folder of generator/ is a library of generator/CMakeLists.txt
    for (const auto& e : fs::directory_iterator(kRoot / "generator" / module)) {
      if (!e.is_regular_file() || !is_source(e.path())) continue;
      const std::string rel = module + "/" + e.path().filename().string();
      for (auto& v : module_violations(module, rel, read(e.path()), modules, deps)) found.push_back(std::move(v));
    }
  }
  for (const auto& f : found) UNSCOPED_INFO(f);
  CHECK(found.empty());
  // The rule on files written to break it.
  CHECK(module_violations("core", "core/x.cpp", "#include \"regulations/rule_set.hpp\"\n", modules, deps).size() == 1);
  CHECK(module_violations("regulations", "regulations/x.cpp", "#include \"config/site_config.hpp\"\n", modules, deps)
            .size() == 1);
  CHECK(module_violations("config", "config/x.cpp", "#include \"regulations/school_type.hpp\"\n", modules, deps)
            .empty());
}

TEST_CASE("libvips is included by one file, generator/images/vips_codec.cpp (its errors stop there)", "[plugin][layers]") {
  std::vector<std::string> found;
  for (const auto& e : fs::recursive_directory_iterator(kRoot / "generator")) {
    if (!e.is_regular_file() || !is_source(e.path())) continue;
    for (const auto& inc : includes_of(read(e.path())))
      if (inc.path.rfind("vips/", 0) == 0) found.push_back(fs::relative(e.path(), kRoot).string());
  }
  CHECK(found == std::vector<std::string>{"generator/images/vips_codec.cpp"});
}

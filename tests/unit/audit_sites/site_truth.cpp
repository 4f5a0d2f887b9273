#include "site_truth.hpp"

#include <unistd.h>

#include <fstream>
#include <sstream>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "core/diagnostic.hpp"
#include "support/temp_site.hpp"

namespace fs = std::filesystem;

namespace wt::test {
namespace {

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

SiteTruth load_truth(const fs::path& dir) {
  auto j = nlohmann::json::parse(slurp(dir / "truth.json"), nullptr, false);
  if (j.is_discarded() || !j.is_object()) throw std::runtime_error("malformed " + (dir / "truth.json").string());
  SiteTruth t;
  t.school_type = j.value("school_type", "");
  t.rule_sets = j.value("rule_sets", std::vector<std::string>{});
  t.pages = j.value("pages", 0);
  t.sections = j.value("sections", std::map<std::string, std::string>{});
  t.absent = j.value("absent", std::vector<std::string>{});
  t.posts = j.value("posts", std::map<std::string, std::string>{});
  t.titles = j.value("titles", std::map<std::string, std::string>{});
  return t;
}

void copy_fixture(const fs::path& dir, const fs::path& root, const std::string& base) {
  for (const auto& e : fs::recursive_directory_iterator(dir)) {
    const fs::path rel = fs::relative(e.path(), dir);
    if (rel == "nginx.conf" || rel == "truth.json") continue;
    if (e.is_directory()) {
      fs::create_directories(root / rel);
      continue;
    }
    std::string body = slurp(e.path());
    for (size_t at = body.find("{{BASE}}"); at != std::string::npos; at = body.find("{{BASE}}", at + base.size()))
      body.replace(at, 8, base);
    fs::create_directories((root / rel).parent_path());
    std::ofstream(root / rel, std::ios::binary) << body;
  }
}

regulations::RuleSet load_rules(const std::vector<std::string>& ids) {
  DiagnosticSink sink;
  regulations::RuleSet all;
  for (const auto& id : ids) {
    auto set = regulations::load_rule_set(fs::path(WT_SOURCE_DIR) / "schemas" / "rules" / (id + ".yaml"), sink);
    if (!set) throw std::runtime_error("cannot load rule set " + id);
    for (auto& r : set->requirements) all.requirements.push_back(std::move(r));
  }
  return all;
}

TempDir::TempDir(const std::string& name) {
  path = wt::test::make_temp_dir("wt-" + name);
}

TempDir::~TempDir() {
  std::error_code ec;
  fs::remove_all(path, ec);
}

audit::CrawlOptions local_crawl_options() {
  audit::CrawlOptions o;
  o.delay_ms = 0;
  o.max_pages = 400;
  o.site_budget = 30;
  o.progress = false;
  o.robots_retries = 1;
  o.robots_retry_ms = 100;
  return o;
}

audit::FetchOptions local_fetch_options() {
  audit::FetchOptions f;
  f.delay_ms = 0;
  f.host_budget = 30;
  return f;
}

std::map<std::string, audit::PostItem> posts_by_path(const audit::CrawlData& data, const std::string& base) {
  std::map<std::string, audit::PostItem> out;
  for (const auto& p : data.posts) {
    std::string path = p.url.rfind(base, 0) == 0 ? p.url.substr(base.size()) : p.url;
    out.emplace(path, p);
  }
  return out;
}

}  // namespace wt::test

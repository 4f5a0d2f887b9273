// libFuzzer target: robots.txt parsing and matching (plugins/audit/robots).
// The input is a robots.txt body; the user-agents and paths tried come from
// the parsed groups, the rule patterns and the input's own lines.
// Invariants: nothing throws; /robots.txt is always allowed; allow-all and
// disallow-all modes answer as their names say; a path and its normalised
// form get the same answer; every sitemap is an absolute http(s) URL, listed
// once; agents are lower-cased; a rule's length is its pattern's plus the '$';
// a crawl delay is within [0, ceiling]; a truncated parse reads no more lines.
#include <algorithm>
#include <string>

#include "audit/robots/robots_txt.hpp"
#include "fuzz_support.hpp"

using namespace wt::audit;

namespace {

bool istarts_with(std::string_view s, std::string_view p) {
  if (s.size() < p.size()) return false;
  for (size_t i = 0; i < p.size(); ++i) {
    char c = s[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != p[i]) return false;
  }
  return true;
}

void check_robots(const Robots& r, const RobotsOptions& options) {
  for (size_t i = 0; i < r.sitemaps.size(); ++i) {
    FUZZ_CHECK(istarts_with(r.sitemaps[i], "http://") || istarts_with(r.sitemaps[i], "https://"));
    for (size_t j = 0; j < i; ++j) FUZZ_CHECK(r.sitemaps[i] != r.sitemaps[j]);
  }
  for (const RobotsGroup& g : r.groups) {
    FUZZ_CHECK(!g.agents.empty());
    for (const std::string& a : g.agents)
      FUZZ_CHECK(std::none_of(a.begin(), a.end(), [](char c) { return c >= 'A' && c <= 'Z'; }));
    for (const RobotsRule& rule : g.rules) {
      FUZZ_CHECK(rule.length == rule.pattern.size() + (rule.anchored ? 1 : 0));
      FUZZ_CHECK(!rule.pattern.empty());
    }
    if (g.crawl_delay) {
      FUZZ_CHECK(g.crawl_delay->count() >= 0);
      FUZZ_CHECK(*g.crawl_delay <= options.crawl_delay_ceiling);
    }
  }
  FUZZ_CHECK(r.stats.lines >= r.stats.directives + r.stats.unknown_directives + r.stats.invalid_lines);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text = wt_fuzz::as_text(data, size);
  RobotsOptions options;
  const Robots robots = parse(text, options);
  check_robots(robots, options);

  // A cap that cuts the input: never more lines than the whole parse.
  RobotsOptions small;
  small.max_bytes = size / 2;
  small.crawl_delay_ceiling = std::chrono::milliseconds(1500);
  const Robots cut = parse(text, small);
  check_robots(cut, small);
  FUZZ_CHECK(cut.stats.truncated == (size > small.max_bytes));
  FUZZ_CHECK(cut.stats.lines <= robots.stats.lines);

  // User-agents: fixed ones, the agents named in the file, the first line.
  std::vector<std::string> agents = {"Webtruong-audit/0.1 (+https://webtruong.vn)", "Googlebot", "*", "",
                                     "FooBot/2.1"};
  for (const RobotsGroup& g : robots.groups)
    for (const std::string& a : g.agents)
      if (agents.size() < 12) agents.push_back(a);
  agents.emplace_back(wt_fuzz::split_line(text).first.substr(0, 64));

  // Paths: the rule patterns with '*' filled in, the input's lines, fixed ones.
  std::vector<std::string> paths = {"/", "", "/robots.txt", "/robots.txt?x=1", "/tin-tuc?page=2"};
  for (const RobotsGroup& g : robots.groups)
    for (const RobotsRule& rule : g.rules) {
      if (paths.size() >= 24) break;
      std::string p = rule.pattern;
      std::replace(p.begin(), p.end(), '*', 'x');
      paths.push_back(p);
      paths.push_back(p + "/tail");
    }
  for (std::string_view line : wt_fuzz::lines(text, 8)) {
    paths.emplace_back(line.substr(0, 256));
    paths.push_back(path_from_url(line.substr(0, 256)));
  }

  Robots allow_all = robots_from_response(404, text);
  Robots disallow_all = robots_from_response(503, text);
  for (const std::string& ua : agents) {
    (void)product_token(ua);
    (void)is_valid_product_token(ua);
    if (auto d = crawl_delay(robots, ua)) FUZZ_CHECK(*d >= std::chrono::milliseconds(0) && *d <= options.crawl_delay_ceiling);
    FUZZ_CHECK(allowed(robots, ua, "/robots.txt"));
    FUZZ_CHECK(allowed(disallow_all, ua, "/robots.txt"));
    for (const std::string& p : paths) {
      const bool verdict = allowed(robots, ua, p);
      FUZZ_CHECK(allowed(robots, ua, p) == verdict);  // deterministic
      FUZZ_CHECK(allowed(robots, ua, normalise_path(p)) == verdict);
      FUZZ_CHECK(allowed(allow_all, ua, p));
      (void)allowed(cut, ua, p);
    }
  }

  // The HTTP status policy: every status maps to some action, consistently.
  const int status = size >= 2 ? (data[0] << 8 | data[1]) - 100 : 200;
  const RobotsAction action = robots_action(status, size >= 3 ? data[2] % 8 : 0);
  const Robots from = robots_from_response(status, text);
  if (status >= 200 && status <= 299) {
    FUZZ_CHECK(action == RobotsAction::parse && from.mode == RobotsMode::rules);
  } else if (status >= 400 && status <= 499 && status != 429) {
    FUZZ_CHECK(action == RobotsAction::allow_all && from.mode == RobotsMode::allow_all);
  } else if (status < 300 || status > 399) {
    FUZZ_CHECK(action == RobotsAction::disallow_all_retry_later && from.mode == RobotsMode::disallow_all_retry_later);
  }
  return 0;
}

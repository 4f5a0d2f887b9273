// to_json: one site of the audit JSON (product.md "The audit").
#include <cmath>

#include "audit/analysis/site_analysis.hpp"

namespace wt::audit {

nlohmann::ordered_json to_json(const SiteResult& site) {
  nlohmann::ordered_json sections = nlohmann::ordered_json::object();
  for (const auto& s : site.sections) {
    if (!s.applies) continue;
    nlohmann::ordered_json one = {{"found", s.found}};
    if (s.found) one["url"] = s.url;
    sections[s.id] = std::move(one);
  }
  nlohmann::ordered_json items = nlohmann::ordered_json::array();
  for (const auto& p : site.posts.items) items.push_back({{"url", p.url}, {"date", p.date}, {"source", p.source}});
  // per_week: two decimals, cut as product.md shows (142 posts in 269 days: 3.69).
  nlohmann::ordered_json posts = {{"count", site.posts.count},
                                  {"in_window", site.posts.in_window},
                                  {"per_week", std::floor(site.posts.per_week * 100.0 + 1e-9) / 100.0},
                                  {"window", {{"since", site.posts.since}, {"until", site.posts.until}}},
                                  {"items", std::move(items)}};
  nlohmann::ordered_json score_items = nlohmann::ordered_json::array();
  for (const auto& i : site.score.items)
    score_items.push_back({{"id", i.id}, {"points", i.points}, {"max", i.max}, {"evidence", i.evidence}});
  nlohmann::ordered_json score = {
      {"total", site.score.total}, {"max", site.score.max}, {"items", std::move(score_items)}};
  // product.md's keys first; "crawl" adds what an auditor needs to trust
  // the figures (the school type used, robots.txt, requests made).
  nlohmann::ordered_json crawl = {
      {"school_type", site.school_type},
      {"school_type_source", site.school_type_source},
      {"requests", site.crawl.requests},
      {"robots", {{"status", site.crawl.robots_status}, {"blocked", site.crawl.robots_blocked}}}};
  if (site.crawl.crawl_delay_ms > 0) crawl["crawl_delay_ms"] = site.crawl.crawl_delay_ms;
  if (!site.crawl.robots_error.empty()) crawl["robots"]["error"] = site.crawl.robots_error;
  return {{"url", site.url},
          {"pages", site.pages},
          {"sections", std::move(sections)},
          {"posts", std::move(posts)},
          {"score", std::move(score)},
          {"crawl", std::move(crawl)}};
}

}  // namespace wt::audit

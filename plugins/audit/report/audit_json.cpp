// to_json: one site of the audit JSON (product.md "The audit").
#include <cmath>

#include "audit/report/audit_json.hpp"

namespace wt::audit {

nlohmann::ordered_json to_json(const SiteResult& site) {
  nlohmann::ordered_json sections = nlohmann::ordered_json::object();
  // Every requirement of the rule sets and of the rubric: whether it is
  // required of this school type, found (even when not required), where and why.
  for (const auto& s : site.sections) {
    nlohmann::ordered_json one = {{"found", s.found}};
    if (s.found) one["url"] = s.url;
    one["required"] = s.applies;
    one["evidence"] = s.evidence;
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
  // An item a crawl cannot measure (no --input value) has no points: null,
  // "measured": false, as the CSV ("chưa đo"), the HTML and the history say.
  for (const auto& i : site.score.items)
    score_items.push_back({{"id", i.id},
                           {"points", i.measured ? nlohmann::ordered_json(i.points) : nlohmann::ordered_json()},
                           {"max", i.max},
                           {"measured", i.measured},
                           {"evidence", i.evidence}});
  nlohmann::ordered_json score = {
      {"total", site.score.total}, {"max", site.score.max}, {"items", std::move(score_items)}};
  // product.md's keys first; "crawl" adds what an auditor needs to trust
  // the figures (the school type used, robots.txt, requests made).
  nlohmann::ordered_json crawl = {
      {"school_type", site.school_type},
      {"school_type_source", site.school_type_source},
      {"requests", site.crawl.requests},
      // Which budget (--max-pages, --max-requests) left pages found and not
      // fetched; null when every page found was fetched.
      {"stopped_by", site.crawl.stopped_by.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(site.crawl.stopped_by)},
      {"robots", {{"status", site.crawl.robots_status}, {"blocked", site.crawl.robots_blocked}}}};
  // Bodies read (robots.txt, sitemaps, feeds, pages), pages among them, and
  // pages a 304 Not Modified spared (a recrawl with --db reads their stored facts).
  crawl["bodies"] = {{"fetched", site.crawl.bodies.fetched},
                     {"pages", site.crawl.bodies.pages},
                     {"reused", site.crawl.bodies.reused}};
  if (site.crawl.crawl_delay_ms > 0) crawl["crawl_delay_ms"] = site.crawl.crawl_delay_ms;
  if (!site.crawl.robots_error.empty()) crawl["robots"]["error"] = site.crawl.robots_error;
  if (site.crawl.robots_truncated) {
    crawl["robots"]["truncated"] = true;
    crawl["robots"]["note"] = "robots.txt is longer than 500 KiB: the first 500 KiB were read, the rest ignored (RFC 9309 2.5)";
  }
  if (site.crawl.refused_count > 0) {
    nlohmann::ordered_json refused = nlohmann::ordered_json::array();
    for (const auto& r : site.crawl.refused) refused.push_back({{"url", r.url}, {"reason", r.reason}});
    crawl["refused"] = std::move(refused);
    crawl["refused_count"] = site.crawl.refused_count;
  }
  if (!site.crawl.limits.empty()) {
    nlohmann::ordered_json limits = nlohmann::ordered_json::array();
    for (const auto& l : site.crawl.limits)
      limits.push_back({{"cap", l.cap}, {"limit", l.limit}, {"count", l.count}, {"note", describe_cap(l)}});
    crawl["limits"] = std::move(limits);
  }
  nlohmann::ordered_json out = {{"url", site.url},
                                {"pages", site.pages},
                                {"sections", std::move(sections)},
                                {"posts", std::move(posts)},
                                {"score", std::move(score)},
                                {"crawl", std::move(crawl)}};
  if (site.error) out["error"] = to_json(*site.error);
  return out;
}

nlohmann::ordered_json to_json(const SiteError& error) {
  return {{"kind", error.kind}, {"what", error.what}, {"where", error.where}, {"measured", error.measured}};
}

}  // namespace wt::audit

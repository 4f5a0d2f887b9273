// Text and JSON forms of a compliance Report.
#include <cmath>
#include <cstdio>

#include "compliance/checker.hpp"
#include "core/base_path.hpp"

using nlohmann::json;

namespace wt::compliance {

std::string format_text(const Report& report) {
  std::string out;
  char buf[512];
  out += "Rule sets: ";
  for (size_t i = 0; i < report.rule_sets.size(); ++i) out += (i ? ", " : "") + report.rule_sets[i];
  out += " (school type " + report.school_type + ")\n\n";
  for (const auto& r : report.results) {
    std::snprintf(buf, sizeof buf, "%-15s %-22s %s", status_name(r.status), r.id.c_str(), r.name.c_str());
    out += buf;
    if (r.status == Status::Ok && !r.evidence.empty()) out += "  <- " + r.evidence;
    if (!r.note.empty() && r.status != Status::NotApplicable) out += "\n" + std::string(39, ' ') + r.note;
    out += "\n";
  }
  std::snprintf(buf, sizeof buf,
                "\n%zu ok, %zu missing, %zu stale, %zu not applicable\n"
                "Posting: %d posts from %s to %s, %.2f per week\n",
                report.count(Status::Ok), report.count(Status::Missing), report.count(Status::Stale),
                report.count(Status::NotApplicable), report.posting.count, report.posting.since.c_str(),
                report.posting.until.c_str(), report.posting.per_week);
  out += buf;
  std::snprintf(buf, sizeof buf, "Posts for the portal (portal: true): %d from %s to %s\n", report.posts_used.count,
                report.posts_used.since.c_str(), report.posts_used.until.c_str());
  out += buf;
  if (!report.rubric.empty()) {
    out += "\nProjected score (" + report.rubric + "):\n";
    for (const auto& s : report.score) {
      std::snprintf(buf, sizeof buf, "  %-6s ", s.id.c_str());
      out += buf;
      if (s.measured) std::snprintf(buf, sizeof buf, "%5.2f / %5.2f  ", s.points, s.max);
      else std::snprintf(buf, sizeof buf, "    - / %5.2f  ", s.max);
      out += buf;
      out += s.evidence + "\n";
    }
    std::snprintf(buf, sizeof buf, "  total  %5.2f / %5.2f\n", report.total, report.max);
    out += buf;
  }
  if (!report.placeholders.empty()) {
    out += "\nPlaceholders to replace:\n";
    for (const auto& p : report.placeholders)
      out += "  " + p.file + (p.line > 0 ? ":" + std::to_string(p.line) + ":" + std::to_string(p.column) : "") + "\n";
  }
  if (!report.waiting.empty()) {
    out += "\nWaiting for review (status: review), oldest first:\n";
    for (const auto& w : report.waiting) {
      if (w.days >= 0)
        std::snprintf(buf, sizeof buf, "  %4d %s  ", w.days, w.days == 1 ? "day " : "days");
      else
        std::snprintf(buf, sizeof buf, "  %4s %s  ", "?", "days");
      out += buf;
      out += w.file + "  \"" + w.title + "\"  ";
      if (w.dated_by == "date") out += "dated " + w.since;
      else if (w.dated_by == "file") out += "file changed " + w.since + " (no date in its front matter)";
      else out += "no date in its front matter";
      out += "\n";
    }
  }
  return out;
}

json to_json(const Report& report) {
  json results = json::array();
  for (const auto& r : report.results) {
    json j = {{"id", r.id}, {"name", r.name}, {"rule_set", r.rule_set}, {"source", r.source},
              {"status", status_name(r.status)}, {"urls", r.urls}};
    if (!r.evidence.empty()) j["evidence"] = r.evidence;
    if (!r.note.empty()) j["note"] = r.note;
    results.push_back(j);
  }
  json score = json::array();
  for (const auto& s : report.score)
    score.push_back({{"id", s.id}, {"name", s.name}, {"points", s.points}, {"max", s.max}, {"measured", s.measured},
                     {"evidence", s.evidence}});
  json placeholders = json::array();
  for (const auto& p : report.placeholders)
    placeholders.push_back({{"file", p.file}, {"line", p.line}, {"column", p.column}});
  json waiting = json::array();
  for (const auto& w : report.waiting) {
    json j = {{"file", w.file}, {"title", w.title}, {"dated_by", w.dated_by}};
    j["since"] = w.since_iso.empty() ? json(nullptr) : json(w.since_iso);
    j["days"] = w.days >= 0 ? json(w.days) : json(nullptr);
    waiting.push_back(j);
  }
  return {{"school_type", report.school_type},
          {"rule_sets", report.rule_sets},
          {"requirements", results},
          {"summary",
           {{"ok", report.count(Status::Ok)},
            {"missing", report.count(Status::Missing)},
            {"stale", report.count(Status::Stale)},
            {"not_applicable", report.count(Status::NotApplicable)}}},
          {"posting",
           {{"since", report.posting.since}, {"until", report.posting.until}, {"count", report.posting.count},
            {"per_week", std::round(report.posting.per_week * 100) / 100}}},
          {"posts_used",
           {{"since", report.posts_used.since}, {"until", report.posts_used.until}, {"count", report.posts_used.count}}},
          {"score", {{"rubric", report.rubric}, {"total", report.total}, {"max", report.max}, {"items", score}}},
          {"placeholders", placeholders},
          {"waiting_for_review", waiting}};
}

json compliance_map(const Report& report, const std::string& base_path) {
  json out = json::object();
  for (const auto& r : report.results) {
    if (r.status != Status::Ok) continue;
    json urls = json::array();
    for (const auto& url : r.urls) urls.push_back(under_base_path(url, base_path));
    out[r.id] = urls;
  }
  return out;
}

}  // namespace wt::compliance

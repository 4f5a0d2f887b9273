// Text and JSON forms of a compliance Report.
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "compliance/checker.hpp"
#include "core/base_path.hpp"
#include "core/message_catalog.hpp"
#include "core/message_language.hpp"

using nlohmann::json;

namespace wt::compliance {

namespace {

// The check report's lines are localized (core/message_catalog.hpp, code
// "check.report"): in English they are what they always were, byte for byte.
constexpr const char* kCode = "check.report";

std::string loc(const std::string& english) { return localized(kCode, english); }

/// `text` followed by spaces up to `width` columns (code points), as
/// "%-Ns" does for ASCII: Vietnamese words line up too.
std::string padded(const std::string& text, size_t width) {
  size_t columns = 0;
  for (unsigned char c : text)
    if ((c & 0xC0) != 0x80) ++columns;
  return columns >= width ? text : text + std::string(width - columns, ' ');
}

/// A score's evidence: one or more English phrases of the checker joined by
/// "; " (an "all_of" item), where a rubric's own note may hold "; " too.
/// Each phrase is localized on its own (the whole would match one phrase's
/// template, its wildcard swallowing the others): parts that make no phrase
/// alone are joined to the next one until they do.
std::string localized_evidence(const std::string& evidence) {
  if (evidence.empty()) return evidence;
  std::vector<std::string> parts;
  for (size_t start = 0;;) {
    size_t at = evidence.find("; ", start);
    parts.push_back(evidence.substr(start, at == std::string::npos ? std::string::npos : at - start));
    if (at == std::string::npos) break;
    start = at + 2;
  }
  std::string out, pending;
  for (size_t i = 0; i < parts.size(); ++i) {
    pending += (pending.empty() ? "" : "; ") + parts[i];
    if (i + 1 < parts.size() && !translate_message(kCode, pending)) continue;
    out += (out.empty() ? "" : "; ") + loc(pending);
    pending.clear();
  }
  return out;
}

/// A requirement's evidence: a path of the site (kept as it is), or one of
/// the checker's English phrases ("3 of 4 posts", "built by Webtruong (...)").
std::string shown_evidence(const std::string& evidence) {
  if (message_language() == Language::En) return evidence;
  return translate_message(kCode, evidence).value_or(evidence);
}

}  // namespace

std::string format_text(const Report& report) {
  std::string out;
  char buf[512];
  std::string sets;
  for (size_t i = 0; i < report.rule_sets.size(); ++i) sets += (i ? ", " : "") + report.rule_sets[i];
  out += loc("Rule sets: " + sets + " (school type " + report.school_type + ")") + "\n\n";
  for (const auto& r : report.results) {
    std::snprintf(buf, sizeof buf, " %-22s %s", r.id.c_str(), r.name.c_str());
    out += padded(loc(status_name(r.status)), 15) + buf;
    if (r.status == Status::Ok && !r.evidence.empty()) out += "  <- " + shown_evidence(r.evidence);
    if (!r.note.empty() && r.status != Status::NotApplicable) out += "\n" + std::string(39, ' ') + loc(r.note);
    out += "\n";
  }
  std::snprintf(buf, sizeof buf, "%zu ok, %zu missing, %zu stale, %zu not applicable", report.count(Status::Ok),
                report.count(Status::Missing), report.count(Status::Stale), report.count(Status::NotApplicable));
  out += "\n" + loc(buf) + "\n";
  std::snprintf(buf, sizeof buf, "Posting: %d posts from %s to %s, %.2f per week", report.posting.count,
                report.posting.since.c_str(), report.posting.until.c_str(), report.posting.per_week);
  out += loc(buf) + "\n";
  std::snprintf(buf, sizeof buf, "Posts for the portal (portal: true): %d from %s to %s", report.posts_used.count,
                report.posts_used.since.c_str(), report.posts_used.until.c_str());
  out += loc(buf) + "\n";
  if (!report.rubric.empty()) {
    out += "\n" + loc("Projected score (" + report.rubric + "):") + "\n";
    for (const auto& s : report.score) {
      std::snprintf(buf, sizeof buf, "  %-6s ", s.id.c_str());
      out += buf;
      if (s.measured) std::snprintf(buf, sizeof buf, "%5.2f / %5.2f  ", s.points, s.max);
      else std::snprintf(buf, sizeof buf, "    - / %5.2f  ", s.max);
      out += buf;
      out += localized_evidence(s.evidence) + "\n";
    }
    std::snprintf(buf, sizeof buf, "  total  %5.2f / %5.2f", report.total, report.max);
    out += loc(buf) + "\n";
  }
  if (!report.placeholders.empty()) {
    out += "\n" + loc("Placeholders to replace:") + "\n";
    for (const auto& p : report.placeholders)
      out += "  " + p.file + (p.line > 0 ? ":" + std::to_string(p.line) + ":" + std::to_string(p.column) : "") + "\n";
  }
  if (!report.waiting.empty()) {
    out += "\n" + loc("Waiting for review (status: review), oldest first:") + "\n";
    for (const auto& w : report.waiting) {
      if (w.days >= 0) std::snprintf(buf, sizeof buf, "  %4d ", w.days);
      else std::snprintf(buf, sizeof buf, "  %4s ", "?");
      out += buf;
      out += padded(loc(w.days == 1 ? "day" : "days"), 4) + "  ";
      out += w.file + "  \"" + w.title + "\"  ";
      if (w.dated_by == "date") out += loc("dated " + w.since);
      else if (w.dated_by == "file") out += loc("file changed " + w.since + " (no date in its front matter)");
      else out += loc("no date in its front matter");
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

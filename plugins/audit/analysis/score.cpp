// score_site: points per rubric item, mirroring how `webtruong check` scores
// (generator/compliance/checker.cpp, score_part / score_item), with the
// requirements decided by find_sections and input measures from ScoreInputs.
#include <algorithm>
#include <cstdio>

#include "audit/analysis/site_analysis.hpp"

namespace wt::audit {

namespace {

struct PartScore {
  double fraction = 0;
  double points = -1;  ///< >= 0 when thresholds decide the points directly
  bool measured = true;
  bool skipped = false;
  std::string evidence;
};

const SectionMatch* find_section(const std::vector<SectionMatch>& sections, const std::string& id) {
  for (const auto& s : sections)
    if (s.id == id) return &s;
  return nullptr;
}

/// "2026-09-05" -> "05/09/2026".
std::string vn_date(const std::string& iso) {
  if (iso.size() < 10) return iso;
  return iso.substr(8, 2) + "/" + iso.substr(5, 2) + "/" + iso.substr(0, 4);
}

/// Rubric input measures as an auditor names them.
std::string measure_name(const std::string& measure) {
  if (measure == "visits_per_day") return "lượt truy cập mỗi ngày";
  if (measure == "posts_to_portal") return "số tin, bài được Cổng thông tin điện tử của Sở sử dụng";
  return measure;
}

std::string number(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", v);
  return buf;
}

void apply_threshold(const regulations::RubricPart& part, double v, PartScore& s) {
  if (!part.thresholds.empty()) {
    s.points = 0;
    for (const auto& [min, points] : part.thresholds)
      if (v + 1e-9 >= min) s.points = std::max(s.points, points);
  } else {
    s.fraction = v + 1e-9 >= part.min ? 1 : 0;
  }
}

PartScore score_part(const regulations::RubricPart& part, const std::vector<SectionMatch>& sections,
                     const PostingStats& posting, const ScoreInputs& inputs) {
  PartScore s;
  if (part.measure == "requirements") {
    size_t ok = 0;
    std::string missing, found;
    for (const auto& id : part.requirements) {
      const SectionMatch* m = find_section(sections, id);
      if (m && (m->found || !m->applies)) {
        ++ok;
        if (m->found) found += " " + id + "=" + m->url;
      } else {
        missing += " " + id;
      }
    }
    size_t n = part.requirements.size();
    s.evidence = "có " + std::to_string(ok) + "/" + std::to_string(n) + " mục";
    if (!missing.empty()) s.evidence += " (thiếu:" + missing + ")";
    if (!found.empty()) s.evidence += " (có:" + found + ")";
    if (n == 0) return s;
    if (part.scoring == "all_or_nothing") s.fraction = ok == n ? 1 : 0;
    else s.fraction = static_cast<double>(ok) / static_cast<double>(n);
  } else if (part.measure == "posts_per_week") {
    double v = posting.per_week;
    char buf[160];
    std::snprintf(buf, sizeof buf, "%.2f bài/tuần (%d bài từ %s đến %s)", v, posting.in_window,
                  vn_date(posting.since).c_str(), vn_date(posting.until).c_str());
    s.evidence = buf;
    if (auto dot = s.evidence.find('.'); dot != std::string::npos && dot < 8) s.evidence[dot] = ',';
    apply_threshold(part, v, s);
  } else {
    // Measured outside the site: visits per day, posts used by the sở portal.
    std::string what = part.note.empty() ? measure_name(part.measure) : part.note;
    while (!what.empty() && (what.back() == '.' || what.back() == ' ')) what.pop_back();
    auto it = inputs.values.find(part.measure);
    if (it == inputs.values.end()) {
      s.measured = false;
      s.skipped = part.when_missing == "skip";
      s.evidence = what + ": chưa đo (không có số liệu nhập vào, --input)";
    } else {
      s.evidence = what + ": " + number(it->second) + " (số liệu nhập vào)";
      apply_threshold(part, it->second, s);
    }
  }
  return s;
}

ScoreLine score_item(const regulations::RubricItem& item, const std::vector<SectionMatch>& sections,
                     const PostingStats& posting, const ScoreInputs& inputs) {
  ScoreLine out{item.id, 0, item.max, true, ""};
  if (item.part.measure == "all_of") {
    bool all = true, any_measured = false;
    for (const auto& part : item.parts) {
      PartScore p = score_part(part, sections, posting, inputs);
      out.evidence += (out.evidence.empty() ? "" : "; ") + p.evidence;
      if (p.skipped) continue;
      if (!p.measured) {
        all = false;
        continue;
      }
      any_measured = true;
      bool pass = p.points >= 0 ? p.points > 0 : p.fraction >= 1;
      all = all && pass;
    }
    out.measured = any_measured;
    out.points = all && any_measured ? item.max : 0;
    return out;
  }
  PartScore p = score_part(item.part, sections, posting, inputs);
  out.evidence = p.evidence;
  out.measured = p.measured;
  if (!p.measured) return out;
  out.points = p.points >= 0 ? std::min(item.max, p.points) : item.max * p.fraction;
  return out;
}

}  // namespace

SiteScore score_site(const std::vector<SectionMatch>& sections, const PostingStats& posting,
                     const regulations::Rubric& rubric, const std::string& school_type, const ScoreInputs& inputs) {
  SiteScore out;
  out.rubric = rubric.id;
  const regulations::Scorecard* card = rubric.for_type(school_type);
  if (!card) return out;
  for (const auto& item : card->items) {
    ScoreLine line = score_item(item, sections, posting, inputs);
    out.total += line.points;
    out.max += line.max;
    out.items.push_back(std::move(line));
  }
  return out;
}

}  // namespace wt::audit

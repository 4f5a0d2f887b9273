#include "portal/dashboard_diff.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

namespace wt::portal {
namespace {

constexpr int64_t kDay = 24 * 60 * 60;
// Figures at exactly the tolerance are tolerated, whatever the rounding of their difference.
constexpr double kEpsilon = 1e-9;

void compare_requirements(const MemberReport& m, const AuditSnapshot& a, std::vector<Difference>& out) {
  std::map<std::string, const AuditSection*> found;
  for (const auto& s : a.sections) found[s.id] = &s;
  for (const auto& r : m.requirements) {
    auto it = found.find(r.id);
    if (it == found.end() || r.status == "not applicable") continue;
    const bool check_has = r.status == "ok" || r.status == "stale";
    const std::string name = r.name.empty() ? r.id : r.name;
    if (check_has && !it->second->found)
      out.push_back(
          {DiffKind::CheckOnly, r.id, "“" + name + "”: đạt khi kiểm tra, đánh giá trực tuyến không tìm thấy"});
    else if (r.status == "missing" && it->second->found)
      out.push_back({DiffKind::AuditOnly, r.id, "“" + name + "”: đánh giá trực tuyến tìm thấy, kiểm tra báo thiếu"});
  }
}

void compare_figures(const MemberReport& m, const AuditSnapshot& a, const DiffTolerances& t,
                     std::vector<Difference>& out) {
  const double gap = std::fabs(m.posts_per_week - a.per_week);
  if (gap > std::max(t.per_week_posts, t.per_week_share * std::max(m.posts_per_week, a.per_week)) + kEpsilon)
    out.push_back(
        {DiffKind::PerWeek, "",
         "Bài mỗi tuần: kiểm tra " + vn_number(m.posts_per_week) + ", đánh giá trực tuyến " + vn_number(a.per_week)});
  if (m.score_max > 0 && a.max > 0) {
    const double points = std::fabs(m.score_total / m.score_max - a.total / a.max) * 100;
    if (points > t.score_points + kEpsilon)
      out.push_back({DiffKind::Score, "",
                     "Điểm: kiểm tra " + vn_number(m.score_total) + "/" + vn_number(m.score_max) +
                         ", đánh giá trực tuyến " + vn_number(a.total) + "/" + vn_number(a.max)});
  }
}

}  // namespace

std::string vn_number(double value) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.2f", std::round(value * 100) / 100);
  std::string s = buf;
  if (s == "-0.00") s = "0.00";
  while (s.back() == '0') s.pop_back();
  if (s.back() == '.') s.pop_back();
  std::replace(s.begin(), s.end(), '.', ',');
  return s;
}

std::vector<Difference> compare_with_audit(const MemberReport& member, const AuditSnapshot& audit, int64_t now,
                                           const DiffTolerances& tolerances) {
  std::vector<Difference> out;
  if (audit.error.empty() && member.built) {
    compare_requirements(member, audit, out);
    compare_figures(member, audit, tolerances, out);
  }
  if (audit.started > 0 && now - audit.started > tolerances.max_age_days * kDay)
    out.push_back({DiffKind::OldAudit, "",
                   "Đánh giá trực tuyến đã cũ: " + std::to_string((now - audit.started) / kDay) + " ngày trước (quá " +
                       std::to_string(tolerances.max_age_days) + " ngày)"});
  if (!audit.error.empty())
    out.push_back({DiffKind::AuditFailed, "", "Đánh giá trực tuyến không đo được trang này: " + audit.error});
  return out;
}

}  // namespace wt::portal

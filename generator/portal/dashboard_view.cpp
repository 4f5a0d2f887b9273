// dashboard_view: what the portal-dashboard layout sees. Every decision of
// the page (which columns, what a cell says, what counts as a problem) is
// made here, so that the layout only places values.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>

#include "core/date.hpp"
#include "core/url_safety.hpp"
#include "core/vietnamese_fold.hpp"
#include "portal/audit_match.hpp"
#include "portal/dashboard.hpp"
#include "regulations/school_type.hpp"

namespace wt::portal {
namespace {

using json = nlohmann::json;

constexpr int kVietnamOffset = 7 * 60;
constexpr size_t kDiagnosticsShown = 3;

struct Requirement {
  std::string id, name;
};

// A status of `check` as a short mark, the words a screen reader (and a
// tooltip) gives, and its rank for sorting (worst first).
json status_cell(const std::string& status, const std::string& name) {
  struct Mark {
    const char* status;
    const char* cls;
    const char* mark;
    const char* words;
    int rank;
  };
  static const Mark kMarks[] = {{"ok", "ok", "✓", "đạt", 3},
                                {"missing", "missing", "✗", "thiếu", 0},
                                {"stale", "stale", "!", "cũ", 1},
                                {"not applicable", "na", "–", "không áp dụng", 4}};
  for (const auto& m : kMarks)
    if (status == m.status)
      return {{"cls", m.cls}, {"mark", m.mark}, {"words", m.words}, {"rank", m.rank}, {"title", name + ": " + m.words}};
  return {{"cls", "none"},
          {"mark", "?"},
          {"words", "không có kết quả"},
          {"rank", 2},
          {"title", name + ": không có kết quả"}};
}

std::vector<Requirement> requirement_columns(const PortalReport& report) {
  std::vector<Requirement> out;
  std::set<std::string> seen;
  for (const auto& m : report.members)
    for (const auto& r : m.requirements)
      if (seen.insert(r.id).second) out.push_back({r.id, r.name.empty() ? r.id : r.name});
  return out;
}

// The posts-used year (1 June to 30 May) that holds `now`, as its from_year.
int posts_used_year(int64_t now) {
  const DateTime d = from_epoch(now, kVietnamOffset);
  return d.month >= 6 ? d.year : d.year - 1;
}

int posts_used_in(const MemberReport& m, int from_year) {
  for (const auto& y : m.posts_used)
    if (y.from_year == from_year) return y.count;
  return 0;
}

std::string vn_date(int64_t epoch) { return format_vn_date(from_epoch(epoch, kVietnamOffset)); }

std::string iso_to_vn(const std::string& iso) {
  auto d = parse_date(iso);
  return d ? format_vn_date(*d) : iso;
}

std::string sort_number(double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.4f", v);
  return buf;
}

std::string type_short(const std::string& type) {
  std::string out = type;
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

json audit_cells(const AuditSnapshot& a) {
  int applicable = static_cast<int>(a.sections.size());
  int found = static_cast<int>(
      std::count_if(a.sections.begin(), a.sections.end(), [](const AuditSection& s) { return s.found; }));
  const bool failed = !a.error.empty();
  return {{"url", a.site_url},
          {"date", a.started > 0 ? vn_date(a.started) : a.started_at},
          {"date_iso", a.started > 0 ? format_iso_date(from_epoch(a.started, kVietnamOffset)) : ""},
          {"date_sort", std::to_string(a.started)},
          {"failed", failed},
          {"per_week", failed ? "—" : vn_number(a.per_week)},
          {"per_week_sort", failed ? "-1" : sort_number(a.per_week)},
          {"score", failed ? "—" : vn_number(a.total) + "/" + vn_number(a.max)},
          {"score_sort", failed || a.max <= 0 ? "-1" : sort_number(a.total / a.max)},
          {"sections", failed ? "—" : std::to_string(found) + "/" + std::to_string(applicable)},
          {"sections_sort", failed || applicable == 0 ? "-1" : sort_number(double(found) / applicable)}};
}

class RowBuilder {
 public:
  RowBuilder(const PortalReport& report, const std::vector<Requirement>& columns, const DashboardOptions& o,
             int64_t now)
      : report_(report), columns_(columns), options_(o), now_(now), year_(posts_used_year(now)) {}

  json row(const MemberReport& m, const AuditSnapshot* audit) const {
    json r = identity(m);
    build_cells(m, r);
    requirement_cells(m, r);
    figure_cells(m, r);
    audit_cells_of(m, audit, r);
    r["problem"] = !m.built || r["lacking"].get<int>() > 0 || r["has_differences"].get<bool>();
    return r;
  }

 private:
  json identity(const MemberReport& m) const {
    // A member that was never built has no page to link to (its folder may be a previous build's).
    const bool safe_url = m.built && !m.url.empty() && !url_refusal(m.url, UrlUse::Link);
    return {{"slug", m.slug},
            {"name", m.name.empty() ? m.slug : m.name},
            {"url", safe_url ? m.url : ""},
            {"commune", m.commune},
            {"managing_body", m.managing_body},
            {"type", m.school_type},
            {"type_short", type_short(m.school_type)},
            {"type_name", regulations::school_type_name(m.school_type).empty()
                              ? m.school_type
                              : regulations::school_type_name(m.school_type)}};
  }

  void build_cells(const MemberReport& m, json& r) const {
    r["built"] = m.built;
    r["build_text"] = m.built ? "Đã dựng" : "Dựng lỗi";
    json diags = json::array();
    for (size_t i = 0; i < m.diagnostics.size() && i < kDiagnosticsShown; ++i) diags.push_back(m.diagnostics[i]);
    r["diagnostics"] = diags;
    r["more_diagnostics"] = m.diagnostics.size() > kDiagnosticsShown
                                ? "và " + std::to_string(m.diagnostics.size() - kDiagnosticsShown) + " lỗi khác"
                                : "";
  }

  void requirement_cells(const MemberReport& m, json& r) const {
    std::map<std::string, const RequirementStatus*> by_id;
    for (const auto& s : m.requirements) by_id[s.id] = &s;
    json cells = json::array();
    int lacking = 0;
    for (const auto& c : columns_) {
      auto it = by_id.find(c.id);
      if (!m.built) {
        cells.push_back(status_cell("", c.name));
      } else if (it == by_id.end()) {
        cells.push_back(status_cell("not applicable", c.name));
      } else {
        cells.push_back(status_cell(it->second->status, c.name));
        if (it->second->status == "missing" || it->second->status == "stale") ++lacking;
      }
    }
    r["statuses"] = cells;
    r["lacking"] = lacking;
  }

  void figure_cells(const MemberReport& m, json& r) const {
    const int used = posts_used_in(m, year_);
    if (!m.built) {
      for (const char* k : {"posts_in_window", "per_week", "score", "posts_used"}) r[k] = "—";
      for (const char* k : {"posts_in_window_sort", "per_week_sort", "score_sort", "posts_used_sort"}) r[k] = "-1";
      r["posts_used_short"] = false;
      return;
    }
    r["posts_in_window"] = std::to_string(m.posts_in_window);
    r["posts_in_window_sort"] = std::to_string(m.posts_in_window);
    r["window"] = m.window_since.empty() ? "" : iso_to_vn(m.window_since) + " – " + iso_to_vn(m.window_until);
    r["per_week"] = vn_number(m.posts_per_week);
    r["per_week_sort"] = sort_number(m.posts_per_week);
    r["score"] = vn_number(m.score_total) + "/" + vn_number(m.score_max);
    r["score_sort"] = m.score_max > 0 ? sort_number(m.score_total / m.score_max) : "-1";
    r["posts_used"] = std::to_string(used) + "/" + std::to_string(report_.posts_used_threshold);
    r["posts_used_sort"] = std::to_string(used);
    r["posts_used_short"] = used < report_.posts_used_threshold;
  }

  void audit_cells_of(const MemberReport& m, const AuditSnapshot* audit, json& r) const {
    json diffs = json::array();
    if (audit) {
      r["audit"] = audit_cells(*audit);
      for (const auto& d : compare_with_audit(m, *audit, now_, options_.tolerances))
        diffs.push_back({{"kind", kind_name(d.kind)}, {"text", d.text}});
    } else {
      r["audit"] = false;
    }
    r["differences"] = diffs;
    r["has_differences"] = !diffs.empty();
    r["difference_count"] = std::to_string(diffs.size());
  }

  static const char* kind_name(DiffKind k) {
    switch (k) {
      case DiffKind::CheckOnly:
        return "check-only";
      case DiffKind::AuditOnly:
        return "audit-only";
      case DiffKind::PerWeek:
        return "per-week";
      case DiffKind::Score:
        return "score";
      case DiffKind::OldAudit:
        return "old-audit";
      case DiffKind::AuditFailed:
        return "audit-failed";
    }
    return "";
  }

  const PortalReport& report_;
  const std::vector<Requirement>& columns_;
  const DashboardOptions& options_;
  int64_t now_;
  int year_;
};

json summary(const json& rows, const PortalReport& report, bool has_audit) {
  int built = 0, failed = 0, lacking = 0, short_posts = 0, differing = 0, unaudited = 0;
  for (const auto& r : rows) {
    r["built"].get<bool>() ? ++built : ++failed;
    if (r["lacking"].get<int>() > 0) ++lacking;
    if (r["posts_used_short"].get<bool>()) ++short_posts;
    if (r["has_differences"].get<bool>()) ++differing;
    if (r["audit"].is_boolean()) ++unaudited;
  }
  json items = json::array({
      {{"label", "Trường thành viên"}, {"value", rows.size()}, {"cls", "all"}},
      {{"label", "Dựng thành công"}, {"value", built}, {"cls", "ok"}},
      {{"label", "Dựng lỗi"}, {"value", failed}, {"cls", failed ? "bad" : "ok"}},
      {{"label", "Thiếu hoặc cũ yêu cầu"}, {"value", lacking}, {"cls", lacking ? "bad" : "ok"}},
      {{"label", "Chưa đủ " + std::to_string(report.posts_used_threshold) + " bài dùng trên cổng năm nay"},
       {"value", short_posts},
       {"cls", short_posts ? "warn" : "ok"}},
  });
  if (has_audit) {
    items.push_back(
        {{"label", "Khác biệt với đánh giá trực tuyến"}, {"value", differing}, {"cls", differing ? "bad" : "ok"}});
    items.push_back(
        {{"label", "Chưa có đánh giá trực tuyến"}, {"value", unaudited}, {"cls", unaudited ? "warn" : "ok"}});
  }
  return items;
}

json choices(const PortalReport& report) {
  std::map<std::string, std::string> communes;  // folded -> as written: sorted without diacritics
  std::vector<std::pair<std::string, std::string>> types;
  std::set<std::string> seen_types;
  for (const auto& m : report.members) {
    if (!m.commune.empty()) communes.emplace(fold_for_match(m.commune) + "\x01" + m.commune, m.commune);
    if (!m.school_type.empty() && seen_types.insert(m.school_type).second) {
      std::string name = regulations::school_type_name(m.school_type);
      types.push_back({m.school_type, name.empty() ? m.school_type : name});
    }
  }
  json c = json::array(), t = json::array();
  for (const auto& [k, v] : communes) c.push_back(v);
  for (const auto& [code, name] : types) t.push_back({{"value", code}, {"name", name}});
  return {{"communes", c}, {"types", t}};
}

}  // namespace

json dashboard_view(const PortalReport& report, const DashboardOptions& options) {
  json view = portal_chrome(report);
  for (const auto& [k, v] : options.chrome.items()) view[k] = v;
  const int64_t now = options.now ? options.now : report.generated_at;
  const bool has_audit = options.audits != nullptr;
  const auto columns = requirement_columns(report);
  std::vector<const AuditSnapshot*> audits(report.members.size(), nullptr);
  if (has_audit) audits = match_audits(report, *options.audits);

  RowBuilder rows_of(report, columns, options, now);
  json rows = json::array();
  for (size_t i = 0; i < report.members.size(); ++i) rows.push_back(rows_of.row(report.members[i], audits[i]));

  json reqs = json::array();
  for (size_t i = 0; i < columns.size(); ++i)
    reqs.push_back({{"n", std::to_string(i + 1)}, {"id", columns[i].id}, {"name", columns[i].name}});
  const int year = posts_used_year(now);
  const std::string title = "Bảng theo dõi tuân thủ";
  view["page_title"] = title + " | " + (report.name.empty() ? std::string("Cổng thông tin") : report.name);
  view["dashboard"] = {
      {"title", title},
      {"portal", report.name},
      {"generated", format_vn_datetime(from_epoch(now, kVietnamOffset))},
      {"generated_iso", format_rfc3339(from_epoch(now, kVietnamOffset))},
      {"rubric", report.rubric},
      {"threshold", std::to_string(report.posts_used_threshold)},
      {"year", "01/06/" + std::to_string(year) + " – 30/05/" + std::to_string(year + 1)},
      {"has_audit", has_audit},
      {"max_age_days", std::to_string(options.tolerances.max_age_days)},
      {"tolerance_per_week", vn_number(options.tolerances.per_week_posts)},
      {"tolerance_per_week_share", vn_number(options.tolerances.per_week_share * 100)},
      {"tolerance_score", vn_number(options.tolerances.score_points)},
      {"requirements", reqs},
      {"has_requirements", !reqs.empty()},
      {"rows", rows},
      {"count", std::to_string(rows.size())},
      {"summary", summary(rows, report, has_audit)},
      {"choices", choices(report)},
  };
  return view;
}

}  // namespace wt::portal

// Internal to plugins/audit/report: number formatting shared by CSV and HTML.
#pragma once

#include <cmath>
#include <cstdio>
#include <string>

namespace wt::audit::report_detail {

/// 13 -> "13", 2.5 -> "2.5", 3.6899 -> "3.69" (at most 2 decimals, rounded).
inline std::string number(double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.2f", v);
  std::string s = buf;
  while (!s.empty() && s.back() == '0') s.pop_back();
  if (!s.empty() && s.back() == '.') s.pop_back();
  if (s == "-0") s = "0";
  return s;
}

/// A rubric item a crawl cannot measure and no --input gave, as the CSV and
/// the HTML show it (the JSON: "points": null, "measured": false).
inline constexpr const char* kNotMeasured = "chưa đo";

/// per_week as the audit JSON shows it: cut (not rounded) to 2 decimals.
inline double cut_per_week(double v) { return std::floor(v * 100.0 + 1e-9) / 100.0; }

}  // namespace wt::audit::report_detail

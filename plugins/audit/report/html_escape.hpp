// Internal to plugins/audit/report: HTML/SVG text and attribute escaping.
#pragma once

#include <string>

namespace wt::audit::report_detail {

inline std::string esc(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

}  // namespace wt::audit::report_detail

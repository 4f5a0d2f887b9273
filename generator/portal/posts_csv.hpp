// The posts each member has on the portal, per year from 1 June to 30 May
// (rubric 3.1d), as a CSV a sở opens in Excel: UTF-8 with a byte order mark
// (Excel otherwise reads it as the local code page), CRLF line ends, fields
// quoted per RFC 4180 when needed, the header in Vietnamese. One row per
// member and year: every year any member has a post in, and the current
// year, so every member shows in every year (0 when it has none).
// Published at www/bao-cao/tin-bai-dung-tren-cong.csv.
#pragma once

#include <string>

#include "portal/portal_report.hpp"

namespace wt::portal {

inline constexpr const char* kPostsCsvPath = "bao-cao/tin-bai-dung-tren-cong.csv";

std::string posts_used_csv(const PortalReport& report);

}  // namespace wt::portal

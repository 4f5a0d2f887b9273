// `webtruong import timetable|fees|staff FILE [-o OUT] [--sheet NAME]
//  [--school-year YYYY-YYYY] [--semester N] [--effective DD/MM/YYYY] [--force]`:
// turns a spreadsheet (CSV or XLSX) into one data file under data/.
#pragma once

#include <string>
#include <vector>

namespace wt::cli {

int command_import(const std::vector<std::string>& args);

}  // namespace wt::cli

// Reading the values people type into spreadsheet cells: amounts of money,
// days of the week, sessions, periods, yes/no marks, and the school year,
// semester and effective date written in a sheet's title.
//
//   parse_amount("1.500.000 đ") == 1500000
//   parse_day("Thứ Hai") == 2,  parse_day("CN") == 8
//   find_school_year("THỜI KHÓA BIỂU NĂM HỌC 2025 - 2026") == "2025-2026"
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace wt::importer {

/// Whole đồng: "1.500.000", "1,500,000 đ", "150000", "1 500 000 đồng", "VNĐ 10.000".
/// nullopt for fractions, negative or malformed amounts, and for more than 10^13.
std::optional<long long> parse_amount(std::string_view text);

/// 2..7 for "Thứ 2".."Thứ 7" (also "Thứ Hai", "T2", "2"), 8 for "Chủ nhật"/"CN".
std::optional<int> parse_day(std::string_view text);

/// "sang" or "chieu" for "Sáng"/"S"/"Buổi sáng", "Chiều"/"C".
std::optional<std::string> parse_session(std::string_view text);

/// The number in "3", "Tiết 3", "T3".
std::optional<int> parse_period(std::string_view text);

/// Yes/no marks: x, có, yes, true, 1, bắt buộc -> true; "", không, no, false,
/// 0, tự nguyện, thỏa thuận -> false.
std::optional<bool> parse_yes_no(std::string_view text);

/// "2025-2026" from text holding "2025-2026", "2025 – 2026" or "2025/2026"
/// (consecutive years); nullopt when there is none.
std::optional<std::string> find_school_year(std::string_view text);

/// 1 or 2 from "HK1", "Học kỳ I", "HỌC KÌ 2", "hk2"; nullopt when there is none.
std::optional<int> find_semester(std::string_view text);

/// The date after "áp dụng từ (ngày)" as dd/mm/yyyy; nullopt when there is none.
std::optional<std::string> find_effective_date(std::string_view text);

/// "5/9/2025" (a real date) -> "05/09/2025"; nullopt otherwise.
std::optional<std::string> normalise_vn_date(std::string_view text);

/// "Thứ Hai" for 2, ..., "Chủ nhật" for 8.
std::string day_name(int day);

}  // namespace wt::importer

// Documents a page lists with their số ký hiệu and issue date (NĐ 30/2020:
// "45/KH-THCSLL", "32/2020/TT-BGDĐT", "1234/SGDĐT-VP"). Pure; part of reading
// a page in the crawl (the page keeps them, crawled/crawled_page.hpp), and
// the probe `dated_documents` (analysis/probes.hpp) reads them, with how
// soon each was posted after it was issued (analysis/working_days.hpp).
//
//   for (const auto& d : wt::audit::find_dated_documents(page.text, 420, now))
//     d.number == "45/KH-THCSLL", d.issued == "2024-09-05"
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "audit/crawled/crawled_page.hpp"

namespace wt::audit {

/// The documents of `text` (a page's text, one block per line, as
/// extract_page gives it): a line that starts with a số ký hiệu (optionally
/// after "Số", "Số:", "Số hiệu", "Số ký hiệu"), dated by the first date that
/// follows it before the next such line (at most 400 bytes on): the layout of
/// a register (number, date, summary in a row) and of a document's own page
/// ("Số hiệu 45/KH-THCSLL", "Ngày ban hành 05/09/2024"). A number inside a
/// sentence ("theo Thông tư 32/2020/TT-BGDĐT ngày ...") is a citation, not a
/// listed document, and is not returned. Each number once, first date kept.
std::vector<DatedDocument> find_dated_documents(std::string_view text, int default_tz, int64_t now_epoch);

/// Whether `s` (trimmed) is a số ký hiệu: digits, an optional "/yyyy", then
/// "/" and a group of letters and digits starting with an upper-case letter
/// (Đ included), then "-group"s; without a year at least one "-group".
bool is_document_number(std::string_view s);

}  // namespace wt::audit

// Documents a page lists with their số ký hiệu and issue date (NĐ 30/2020:
// "45/KH-THCSLL", "32/2020/TT-BGDĐT", "1234/SGDĐT-VP"), and how soon a site
// posts its documents after issuing them (NĐ 43/2011 Đ17.1c: within 10
// working days). Pure: the probe `dated_documents` (probes.hpp) reads them.
//
//   for (const auto& d : wt::audit::find_dated_documents(page.text, 420, now))
//     d.number == "45/KH-THCSLL", d.issued == "2024-09-05"
//   wt::audit::working_days_between("2024-09-05", "2024-09-09") == 2
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace wt::audit {

struct DatedDocument {
  std::string number;  ///< The số ký hiệu as written ("45/KH-THCSLL").
  std::string issued;  ///< The issue date, yyyy-mm-dd.
};

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

/// Working days (Monday to Friday; public holidays not known) from `from` to
/// `to` (yyyy-mm-dd): 0 the same day, 1 the next working day; negative when
/// `to` is before `from`; nullopt for a date that cannot be read.
std::optional<int> working_days_between(std::string_view from, std::string_view to);

}  // namespace wt::audit

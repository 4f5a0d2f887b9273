// Staff list import: "Họ tên | Chức vụ | Điện thoại | Email | Nhiệm vụ | Tổ"
// -> data/to-chuc.yaml (leaders and units).
//
// Leaders are the people whose chức vụ names Hiệu trưởng (so also Phó Hiệu
// trưởng) or whose tổ is "Ban giám hiệu"/"BGH"; each needs a phone number
// and an email (TT 37). Everyone else is counted in their tổ; the tổ's head
// is the person whose chức vụ says "Tổ trưởng", its deputy "Tổ phó". Units keep the order in which
// they first appear. A 9-digit phone number (Excel drops the leading 0) gets
// its 0 back.
#pragma once

#include <optional>

#include "core/diagnostic.hpp"
#include "importer/imported_file.hpp"
#include "importer/sheet.hpp"

namespace wt::importer {

std::optional<ImportedFile> import_staff(const Sheet& sheet, const ImportHints& hints, DiagnosticSink& sink);

}  // namespace wt::importer

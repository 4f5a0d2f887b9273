// Timetable import: a sheet exported by timetable software (TKB) or typed
// by hand -> data/thoi-khoa-bieu/hk<semester>-<school_year>.yaml.
//
// Two layouts are recognised from the header row:
//   grid  "Thứ | Buổi | Tiết | 6A1 | 6A2 ..."  one column per class; a cell
//         holds "Toán - Nguyễn Văn An", "Toán (An)", "Toán - An - P.201" or
//         subject and teacher on two lines. Day and session cells left empty
//         (or merged) carry down from the row above.
//   list  "Lớp | Thứ | Buổi | Tiết | Môn | Giáo viên | Phòng": one lesson a row.
// "Buổi" is optional (default sáng, or chiều when the title says "buổi
// chiều"). A teacher in two classes at the same day, session and period is
// an error at the second cell with a note at the first.
#pragma once

#include <optional>

#include "core/diagnostic.hpp"
#include "importer/imported_file.hpp"
#include "importer/sheet.hpp"

namespace wt::importer {

std::optional<ImportedFile> import_timetable(const Sheet& sheet, const ImportHints& hints, DiagnosticSink& sink);

}  // namespace wt::importer

// Fee schedule import: an accountant's list of fees ("Khoản thu | Mức thu |
// Đơn vị tính | Đối tượng | Bắt buộc | Căn cứ | Ghi chú") ->
// data/khoan-thu/<nam-hoc>.yaml.
//
// Amounts may be written 1.500.000, 1,500,000 đ or 1500000. Whether a fee is
// mandatory comes from a "Bắt buộc" column (x / có / empty), a "Tự nguyện" or
// "Thỏa thuận" column (the opposite), or a "Tính chất" column holding
// "Bắt buộc" / "Tự nguyện". A "Căn cứ" shared by every fee becomes the
// file's legal_basis. Rows whose name starts with "Tổng" are totals, skipped.
#pragma once

#include <optional>

#include "core/diagnostic.hpp"
#include "importer/imported_file.hpp"
#include "importer/sheet.hpp"

namespace wt::importer {

std::optional<ImportedFile> import_fees(const Sheet& sheet, const ImportHints& hints, DiagnosticSink& sink);

}  // namespace wt::importer

#include "importer/fee_import.hpp"

#include "core/text.hpp"
#include "importer/cell_values.hpp"
#include "importer/header_match.hpp"
#include "importer/yaml_writer.hpp"

namespace wt::importer {
namespace {

const std::vector<ColumnSpec> kSpecs = {
    {"item", {"khoan-thu", "ten-khoan-thu", "noi-dung", "noi-dung-thu", "noi-dung-khoan-thu", "cac-khoan-thu", "khoan"}},
    {"amount", {"so-tien", "muc-thu", "don-gia", "muc-thu-du-kien", "so-tien-thu"}},
    {"unit", {"don-vi-tinh", "dvt", "don-vi"}},
    {"payer", {"doi-tuong", "doi-tuong-thu", "doi-tuong-nop", "doi-tuong-ap-dung"}},
    {"mandatory", {"bat-buoc", "thu-bat-buoc", "bat-buoc-tu-nguyen", "tinh-chat", "hinh-thuc", "hinh-thuc-thu",
                   "loai", "loai-khoan-thu"}},
    {"voluntary", {"tu-nguyen", "thoa-thuan", "tu-nguyen-thoa-thuan", "thu-thoa-thuan"}},
    {"months", {"so-thang", "so-thang-thu", "thang-nam", "so-thang-nam"}},
    {"legal_basis", {"can-cu", "can-cu-phap-ly", "can-cu-thu", "van-ban", "van-ban-can-cu"}},
    {"note", {"ghi-chu"}},
    {"ignored", {"stt", "tt"}},
};

struct Fee {
  std::string item, unit, payer, legal_basis, note;
  long long amount = 0;
  bool mandatory = false;
  int months = 0;
};

}  // namespace

std::optional<ImportedFile> import_fees(const Sheet& sheet, const ImportHints& hints, DiagnosticSink& sink) {
  auto header = find_header(sheet, kSpecs, {"item", "amount"});
  if (!header) {
    sink.error({sheet.file, 0, 0}, "import.fees.header",
               "no header row found: a fee list needs at least the columns 'Khoản thu' and 'Số tiền' (or 'Mức thu')");
    return std::nullopt;
  }
  const Header& h = *header;
  auto col = [&](const std::string& f) { return h.columns.count(f) ? h.columns.at(f) : SIZE_MAX; };
  auto get = [&](size_t r, const std::string& f) { return h.columns.count(f) ? trim(sheet.at(r, col(f))) : ""; };
  if (!h.columns.count("mandatory") && !h.columns.count("voluntary")) {
    sink.error(sheet.where(h.row, h.columns.at("item")), "import.fees.header",
               "no column says whether each fee is mandatory; add a column 'Bắt buộc' (x for yes) or 'Tự nguyện'");
    return std::nullopt;
  }
  std::vector<Fee> fees;
  for (size_t r = h.row + 1; r < sheet.rows.size(); ++r) {
    bool blank = true;
    for (const auto& cell : sheet.rows[r]) blank = blank && trim(cell).empty();
    if (blank) continue;
    Fee f;
    f.item = get(r, "item");
    if (f.item.empty()) {
      if (!get(r, "amount").empty())
        sink.error(sheet.where(r, col("item")), "import.fees.item", "this row has an amount but no fee name ('Khoản thu')");
      continue;  // a section heading or a note under the table
    }
    if (header_key(f.item).rfind("tong", 0) == 0) continue;
    std::string amount = get(r, "amount");
    if (amount.empty()) {
      sink.error(sheet.where(r, col("amount")), "import.fees.amount", "the fee '" + f.item + "' has no amount");
    } else if (auto a = parse_amount(amount)) {
      f.amount = *a;
    } else {
      sink.error(sheet.where(r, col("amount")), "import.fees.amount",
                 "the amount '" + amount + "' is not a whole number of đồng (write it as 1.500.000 or 1500000)");
    }
    bool voluntary = !h.columns.count("mandatory");
    std::string mark = get(r, voluntary ? "voluntary" : "mandatory");
    if (auto yes = parse_yes_no(mark)) {
      f.mandatory = voluntary ? !*yes : *yes;
    } else {
      sink.error(sheet.where(r, col(voluntary ? "voluntary" : "mandatory")), "import.fees.mandatory",
                 "'" + mark + "' does not say yes or no; write x (or 'có') for yes and leave it empty for no");
    }
    std::string months = get(r, "months");
    if (!months.empty()) {
      auto m = parse_period(months);  // a small whole number
      if (!m || *m < 1 || *m > 12)
        sink.error(sheet.where(r, col("months")), "import.fees.months",
                   "the number of months '" + months + "' is not a whole number from 1 to 12");
      else
        f.months = *m;
    }
    f.unit = get(r, "unit");
    if (f.unit.empty())
      sink.error(sheet.where(r, h.columns.count("unit") ? col("unit") : col("item")), "import.fees.unit",
                 "the fee '" + f.item + "' has no unit ('Đơn vị tính'), such as 'đồng/học sinh/tháng'");
    f.payer = get(r, "payer");
    f.legal_basis = get(r, "legal_basis");
    f.note = get(r, "note");
    fees.push_back(std::move(f));
  }
  std::string school_year = hints.school_year;
  if (school_year.empty()) {
    auto y = find_school_year(title_text(sheet, h.row) + "\n" + sheet.name + "\n" + hints.file_stem);
    if (y) school_year = *y;
    else
      sink.error({sheet.file, 0, 0}, "import.fees.school-year",
                 "cannot tell the school year from the sheet's title or the file name; give --school-year 2025-2026");
  }
  if (sink.has_errors()) return std::nullopt;
  if (fees.empty()) {
    sink.error({sheet.file, 0, 0}, "import.fees.empty", "this fee list has no fees under its header row");
    return std::nullopt;
  }
  bool shared_basis = !fees.front().legal_basis.empty();
  for (const auto& f : fees) shared_basis = shared_basis && f.legal_basis == fees.front().legal_basis;
  YamlWriter y;
  y.field("school_year", YamlWriter::quote(school_year));
  if (shared_basis) y.field("legal_basis", YamlWriter::quote(fees.front().legal_basis));
  y.begin_list("items");
  for (const auto& f : fees) {
    y.item_field("item", YamlWriter::quote(f.item));
    y.field("amount", std::to_string(f.amount), 1);
    y.field("unit", YamlWriter::quote(f.unit), 1);
    if (!f.payer.empty()) y.field("payer", YamlWriter::quote(f.payer), 1);
    y.field("mandatory", f.mandatory ? "true" : "false", 1);
    if (f.months) y.field("months", std::to_string(f.months), 1);
    if (!shared_basis && !f.legal_basis.empty()) y.field("legal_basis", YamlWriter::quote(f.legal_basis), 1);
    if (!f.note.empty()) y.field("note", YamlWriter::quote(f.note), 1);
  }
  return ImportedFile{"khoan-thu/" + school_year + ".yaml", y.text(), fees.size()};
}

}  // namespace wt::importer

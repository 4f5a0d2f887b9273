// Each importer end to end (run_import): the YAML written for every fixture
// compared exactly with tests/fixtures/import/expected/, the exact
// diagnostics of bad inputs, and the promise never to overwrite silently.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>

#include "core/file_io.hpp"
#include "importer/import.hpp"
#include "support/temp_site.hpp"

namespace fs = std::filesystem;
using namespace wt;
using namespace wt::importer;

namespace {

const fs::path kDir = fs::path(WT_TEST_FIXTURES) / "import";

struct Scratch {
  fs::path dir;
  explicit Scratch(const std::string& name)
      : dir(wt::test::make_temp_dir("wt-import-test-" + name)) {}
  ~Scratch() { fs::remove_all(dir); }
};

ImportOptions options(ImportKind kind, const std::string& file, const fs::path& site) {
  ImportOptions o;
  o.kind = kind;
  o.input = kDir / file;
  o.shown_input = file;
  o.site_dir = site;
  return o;
}

std::string messages(const DiagnosticSink& sink) {
  std::string out;
  for (const auto& d : in_sheet_order(sink)) out += format_diagnostic(d) + "\n";
  return out;
}

/// Imports and returns the text written, checking it went to `rel` under data/.
std::string import_ok(ImportOptions o, const std::string& rel) {
  DiagnosticSink sink;
  auto report = run_import(o, sink);
  INFO(messages(sink));
  REQUIRE(report);
  CHECK(report->written == (o.site_dir / "data" / rel).lexically_normal());
  CHECK(sink.sorted().empty());
  return *read_file(report->written);
}

std::string expected(const std::string& name) { return *read_file(kDir / "expected" / name); }

std::string import_fails(ImportOptions o) {
  DiagnosticSink sink;
  CHECK_FALSE(run_import(o, sink));
  CHECK_FALSE(fs::exists(o.site_dir / "data"));  // nothing written
  return messages(sink);
}

}  // namespace

TEST_CASE("importer::run_import timetable grid XLSX with merged days", "[importer]") {
  Scratch s("grid-xlsx");
  auto o = options(ImportKind::Timetable, "tkb-grid.xlsx", s.dir);
  CHECK(import_ok(o, "thoi-khoa-bieu/hk1-2025-2026.yaml") == expected("tkb-grid-xlsx.yaml"));
}

TEST_CASE("importer::run_import timetable grid CSV with semicolons and carried days", "[importer]") {
  Scratch s("grid-csv");
  auto o = options(ImportKind::Timetable, "tkb-grid.csv", s.dir);
  CHECK(import_ok(o, "thoi-khoa-bieu/hk2-2025-2026.yaml") == expected("tkb-grid-csv.yaml"));
}

TEST_CASE("importer::run_import timetable list XLSX on a chosen sheet, with hints", "[importer]") {
  Scratch s("list-xlsx");
  auto o = options(ImportKind::Timetable, "tkb-list.xlsx", s.dir);
  o.sheet = "TKB";
  o.hints = {"2025-2026", 2, "05/01/2026", ""};
  CHECK(import_ok(o, "thoi-khoa-bieu/hk2-2025-2026.yaml") == expected("tkb-list-xlsx.yaml"));
}

TEST_CASE("importer::run_import timetable list CSV", "[importer]") {
  Scratch s("list-csv");
  auto o = options(ImportKind::Timetable, "tkb-list.csv", s.dir);
  o.hints = {"2025-2026", 1, "08/09/2025", ""};
  CHECK(import_ok(o, "thoi-khoa-bieu/hk1-2025-2026.yaml") == expected("tkb-list-csv.yaml"));
}

TEST_CASE("importer::run_import fees XLSX, CSV and semicolon CSV", "[importer]") {
  Scratch s("fees");
  CHECK(import_ok(options(ImportKind::Fees, "fees.xlsx", s.dir / "a"), "khoan-thu/2025-2026.yaml") ==
        expected("fees-xlsx.yaml"));
  // the school year comes from the file name
  CHECK(import_ok(options(ImportKind::Fees, "fees-2025-2026.csv", s.dir / "b"), "khoan-thu/2025-2026.yaml") ==
        expected("fees-csv.yaml"));
  auto o = options(ImportKind::Fees, "fees-semicolon.csv", s.dir / "c");
  o.hints.school_year = "2025-2026";
  CHECK(import_ok(o, "khoan-thu/2025-2026.yaml") == expected("fees-semicolon-csv.yaml"));
}

TEST_CASE("importer::run_import staff XLSX and CSV", "[importer]") {
  Scratch s("staff");
  CHECK(import_ok(options(ImportKind::Staff, "staff.xlsx", s.dir / "a"), "to-chuc.yaml") == expected("staff-xlsx.yaml"));
  CHECK(import_ok(options(ImportKind::Staff, "staff.csv", s.dir / "b"), "to-chuc.yaml") == expected("staff-csv.yaml"));
}

TEST_CASE("importer::run_import reports a bad period and a teacher in two classes", "[importer]") {
  Scratch s("tkb-bad");
  CHECK(import_fails(options(ImportKind::Timetable, "tkb.xlsx", s.dir)) ==
        "tkb.xlsx:Sheet1!C7: error: the period 'Tiết 9' is not a number from 1 to 5\n"
        "tkb.xlsx:Sheet1!D9: error: the teacher 'Hồ Quang' has two lessons at Thứ Ba, buổi chiều, tiết 1: "
        "6A1 (here) and 6A2 (E9)\n"
        "tkb.xlsx:Sheet1!E9: error: the teacher 'Hồ Quang' has two lessons at Thứ Ba, buổi chiều, tiết 1: "
        "6A1 (D9) and 6A2 (here)\n");
}

TEST_CASE("importer::run_import reports bad fee rows with line and field", "[importer]") {
  Scratch s("fees-bad");
  auto o = options(ImportKind::Fees, "fees.csv", s.dir);
  o.hints.school_year = "2025-2026";
  CHECK(import_fails(o) ==
        "fees.csv:4:2: error: the amount '1.5tr' is not a whole number of đồng (write it as 1.500.000 or 1500000)\n"
        "fees.csv:5:4: error: 'có lẽ' does not say yes or no; write x (or 'có') for yes and leave it empty for no\n");
  o.hints.school_year.clear();
  CHECK(import_fails(options(ImportKind::Fees, "fees-semicolon.csv", s.dir)) ==
        "fees-semicolon.csv: error: cannot tell the school year from the sheet's title or the file name; give "
        "--school-year 2025-2026\n");
  CHECK(import_fails(options(ImportKind::Fees, "fees-cp1258.csv", s.dir)) ==
        "fees-cp1258.csv:2: error: this file is not UTF-8 text (perhaps Windows-1258 or TCVN3); save it from Excel "
        "as 'CSV UTF-8 (Comma delimited)' or as .xlsx\n");
}

TEST_CASE("importer::run_import reports leaders without contact details", "[importer]") {
  Scratch s("staff-bad");
  CHECK(import_fails(options(ImportKind::Staff, "staff-bad.csv", s.dir)) ==
        "staff-bad.csv:3:3: error: the leader 'Trần Văn Bình' has no phone number (TT 37 asks for the phone and "
        "email of each leader)\n"
        "staff-bad.csv:3:4: error: 'binh.tv@' is not an email address\n");
}

TEST_CASE("importer::run_import reports the wrong kind of sheet and files that are not XLSX", "[importer]") {
  Scratch s("wrong");
  CHECK(import_fails(options(ImportKind::Timetable, "fees.xlsx", s.dir)) ==
        "fees.xlsx: error: no header row found: a timetable needs columns 'Thứ' and 'Tiết', and either one column "
        "per class or columns 'Lớp' and 'Môn'\n");
  CHECK(import_fails(options(ImportKind::Staff, "broken.xlsx", s.dir)) ==
        "broken.xlsx: error: this is not an XLSX file (not a zip archive); save it from Excel as .xlsx or as CSV\n");
  CHECK(import_fails(options(ImportKind::Staff, "no-workbook.xlsx", s.dir)) ==
        "no-workbook.xlsx: error: this zip archive is not an XLSX workbook (xl/workbook.xml is missing); save it "
        "from Excel as .xlsx or as CSV\n");
  CHECK(import_fails(options(ImportKind::Staff, "missing.xlsx", s.dir)) == "missing.xlsx: error: no such file\n");
}

TEST_CASE("importer::run_import refuses to overwrite unless forced", "[importer]") {
  Scratch s("force");
  fs::path target = s.dir / "data" / "to-chuc.yaml";
  fs::create_directories(target.parent_path());
  {
    std::FILE* f = std::fopen(target.c_str(), "wb");
    std::fputs("leaders: []\n", f);
    std::fclose(f);
  }
  auto o = options(ImportKind::Staff, "staff.csv", s.dir);
  DiagnosticSink sink;
  CHECK_FALSE(run_import(o, sink));
  CHECK(messages(sink) == target.lexically_normal().string() +
                              ": error: this file already exists; add --force to replace it, or choose another with -o\n");
  CHECK(*read_file(target) == "leaders: []\n");
  o.force = true;
  DiagnosticSink forced;
  REQUIRE(run_import(o, forced));
  CHECK(*read_file(target) == expected("staff-csv.yaml"));
  std::vector<std::string> names;  // no temporary file left behind
  for (const auto& e : fs::directory_iterator(target.parent_path())) names.push_back(e.path().filename().string());
  CHECK(names == std::vector<std::string>{"to-chuc.yaml"});
}

TEST_CASE("importer::run_import writes to -o, a file or a folder", "[importer]") {
  Scratch s("out");
  auto o = options(ImportKind::Staff, "staff.csv", s.dir);
  o.out = s.dir / "elsewhere.yaml";
  DiagnosticSink sink;
  auto r = run_import(o, sink);
  REQUIRE(r);
  CHECK(r->written == s.dir / "elsewhere.yaml");
  o.out = s.dir;
  r = run_import(o, sink);
  REQUIRE(r);
  CHECK(r->written == s.dir / "to-chuc.yaml");
  CHECK(r->records == 3);
}

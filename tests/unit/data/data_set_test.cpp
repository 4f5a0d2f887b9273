// Tests for load_data: every kind, valid and invalid, with exact diagnostics.
#include "data/data_set.hpp"

#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

#include "data_test_support.hpp"
#include "support/temp_site.hpp"

using wt::data::Kind;
using wt::test::run_load_data;
using wt::test::TempSite;

namespace {

std::filesystem::path fixture(const std::string& name) { return std::filesystem::path(WT_TEST_FIXTURES) / "data" / name; }

std::vector<std::string> read_lines(const std::filesystem::path& p) {
  std::ifstream in(p);
  std::vector<std::string> out;
  for (std::string line; std::getline(in, line);)
    if (!line.empty()) out.push_back(line);
  return out;
}

const nlohmann::json& value_of(const wt::data::DataSet& set, const std::string& file) {
  for (const auto& d : set.documents)
    if (d.file == file) return d.value;
  FAIL("no document " << file);
  static nlohmann::json none;
  return none;
}

}  // namespace

TEST_CASE("data::load_data reads every kind of the valid fixture without diagnostics", "[data]") {
  auto run = run_load_data(fixture("valid"));
  CHECK(run.lines == std::vector<std::string>{});
  REQUIRE(run.data.documents.size() == 7);
  CHECK(run.data.documents[0].file == "data/cong-khai/2025-2026.json");
  CHECK(run.data.of(Kind::Fees).size() == 1);
  CHECK(wt::data::kind_id(run.data.of(Kind::WorkSchedule)[0]->kind) == "work_schedule");

  const auto& org = value_of(run.data, "data/to-chuc.yaml");
  CHECK(org["leaders"][0]["phone"] == "0912345678");  // an unquoted number kept as written

  const auto& disclosures = value_of(run.data, "data/cong-khai/2025-2026.json");
  CHECK(disclosures["items"][0]["date"] == "2025-06-27");
  CHECK(disclosures["items"][1]["date"] == "2025-06-20");

  const auto& proc = value_of(run.data, "data/thu-tuc/xin-hoc-lai.yaml");
  CHECK(proc["code"] == "1.005085");
  CHECK(proc["level"] == 2);

  const auto& fees = value_of(run.data, "data/khoan-thu/2025-2026.csv");
  CHECK(fees["school_year"] == "2025-2026");
  CHECK(fees["items"][0]["amount"] == 10000);
  CHECK(fees["items"][0]["mandatory"] == false);
  CHECK(fees["items"][0]["months"] == 9);
  CHECK(fees["items"][1]["amount"] == 884520);
  CHECK(fees["items"][1]["mandatory"] == true);
  CHECK(fees["items"][1]["note"] == "Ghi chú; có dấu \"chấm phẩy\"");

  const auto& tkb = value_of(run.data, "data/thoi-khoa-bieu/hk1-2025-2026.csv");
  CHECK(tkb["school_year"] == "2025-2026");
  CHECK(tkb["semester"] == 1);
  CHECK(tkb["entries"].size() == 3);
  CHECK(tkb["entries"][0]["day"] == 2);
  CHECK_FALSE(tkb["entries"][1].contains("room"));

  const auto& week = value_of(run.data, "data/lich-cong-tac/2025-11-24.yaml");
  CHECK(week["week_start"] == "2025-11-24");
  CHECK(week["items"][1]["date"] == "2025-11-30");

  const auto& docs = value_of(run.data, "data/van-ban.csv");
  CHECK(docs["documents"][0]["summary"] == "Kế hoạch năm học 2025-2026, có dấu phẩy");
  CHECK(docs["documents"][0]["date"] == "2025-09-05");
}

TEST_CASE("data::load_data reports every problem of the invalid fixture in plain words", "[data]") {
  auto run = run_load_data(fixture("invalid"));
  CHECK(run.lines == read_lines(fixture("invalid") / "expected.txt"));
  CHECK(run.data.documents.empty());
}

TEST_CASE("data::load_data accepts site.example/data with no diagnostic at all", "[data]") {
  auto run = run_load_data(std::filesystem::path(WT_SOURCE_DIR) / "site.example");
  CHECK(run.lines == std::vector<std::string>{});
  CHECK(run.data.of(Kind::Organisation).size() == 1);
  CHECK(run.data.of(Kind::Disclosures).size() == 2);
  CHECK(run.data.of(Kind::Procedures).size() >= 4);
  CHECK(run.data.of(Kind::Fees).size() == 1);
  CHECK(run.data.of(Kind::Timetables).size() == 1);
  CHECK(run.data.of(Kind::WorkSchedule).size() == 2);
  CHECK(run.data.of(Kind::Documents).size() == 1);
  const auto& docs = run.data.of(Kind::Documents)[0]->value["documents"];
  CHECK(docs.size() >= 12);
  const auto& fees = run.data.of(Kind::Fees)[0]->value["items"];
  for (const auto& item : fees) CHECK(item["amount"].is_number_integer());
}

TEST_CASE("data::load_data names the first row of a teacher conflict", "[data]") {
  TempSite site(R"(
-- data/thoi-khoa-bieu/hk2-2025-2026.yaml --
school_year: "2025-2026"
semester: 2
entries:
  - class: "6A1"
    day: 3
    session: chieu
    period: 2
    subject: "Toán"
    teacher: "Nguyễn Văn An"
  - class: "7A2"
    day: 3
    session: chieu
    period: 2
    subject: "Toán"
    teacher: "Nguyễn Văn An"
  - class: "7A2"
    day: 3
    session: sang
    period: 2
    subject: "Toán"
    teacher: "Nguyễn Văn An"
)");
  auto run = run_load_data(site.path());
  CHECK(run.lines == std::vector<std::string>{
                         "data/thoi-khoa-bieu/hk2-2025-2026.yaml:15:14: error: 'Nguyễn Văn An' already teaches 6A1 at "
                         "this time (line 4)"});
}

TEST_CASE("data::load_data checks a week starts on the Monday of its file name", "[data]") {
  TempSite site(R"(
-- data/lich-cong-tac/2026-11-24.yaml --
week_start: 24/11/2026
items:
  - date: 24/11/2026
    content: "Họp"
-- data/lich-cong-tac/2026-11-30.yaml --
week_start: 23/11/2026
items: []
)");
  auto run = run_load_data(site.path());
  CHECK(run.lines ==
        std::vector<std::string>{
            "data/lich-cong-tac/2026-11-24.yaml:1:13: error: 'Tuần bắt đầu' (week_start) 24/11/2026 is a Thứ Ba, "
            "not a Monday (Thứ Hai): a week starts on its Monday",
            "data/lich-cong-tac/2026-11-30.yaml:1:13: error: 'Tuần bắt đầu' (week_start) is 23/11/2026 but the "
            "file is named 2026-11-30.yaml: it should be 2026-11-23.yaml"});
}

TEST_CASE("data::load_data rejects 31/02 and suggests a key for a typo", "[data]") {
  TempSite site(R"(
-- data/van-ban.yaml --
documents:
  - number: "01/QĐ-THCSND"
    date: 31/02/2025
    issuer: "Trường THCS Nguyễn Du"
    summry: "Quyết định"
    summary: "Quyết định thành lập tổ chuyên môn"
    file: "https://example.vn/qd.pdf"
)");
  auto run = run_load_data(site.path());
  CHECK(run.lines == std::vector<std::string>{
                         "data/van-ban.yaml:3:11: error: 'Ngày ban hành' (date) is not a valid date: \"31/02/2025\" "
                         "(expected dd/mm/yyyy)",
                         "data/van-ban.yaml:5:5: error: unknown key 'summry' in this document; did you mean "
                         "'summary' (Trích yếu)?"});
}

TEST_CASE("data::load_data reports JSON syntax errors at their line and column", "[data]") {
  TempSite site("-- data/van-ban.json --\n{\n  \"documents\": [\n    {\"number\": \"1\",, }\n  ]\n}\n");
  auto run = run_load_data(site.path());
  CHECK(run.lines == std::vector<std::string>{"data/van-ban.json:3:20: error: this is not valid JSON: syntax error "
                                              "while parsing object key - unexpected ','; expected string literal"});
}

TEST_CASE("data::load_data points JSON values at their place", "[data]") {
  TempSite site(R"(
-- data/thu-tuc/a.json --
{
  "name": "Cấp bản sao",
  "level": "hai",
  "steps": ["x"], "methods": ["x"], "documents": ["x"], "time_limit": "x", "applicants": "x",
  "handling_body": "x", "result": "x", "fees": "x", "legal_basis": ["x"]
}
)");
  auto run = run_load_data(site.path());
  CHECK(run.lines == std::vector<std::string>{
                         "data/thu-tuc/a.json:3:12: error: 'Mức độ' (level) should be a whole number, not \"hai\""});
}

TEST_CASE("data::load_data reports CSV header problems once", "[data]") {
  TempSite site(R"(
-- data/van-ban.csv --
number,date,isuer,summary,file,ghi chu
1/KH,05/09/2025,Trường,Kế hoạch,/files/a.pdf,x
)");
  auto run = run_load_data(site.path());
  CHECK(run.lines ==
        std::vector<std::string>{
            "data/van-ban.csv:1:1: error: missing column 'issuer' (Cơ quan ban hành); the columns are "
            "number,date,issuer,type,summary,effective,file,signer",
            "data/van-ban.csv:1:13: error: unknown column 'isuer'; did you mean 'issuer' (Cơ quan ban hành)?",
            "data/van-ban.csv:1:32: error: unknown column 'ghi chu'; the columns are "
            "number,date,issuer,type,summary,effective,file,signer"});
}

TEST_CASE("data::load_data reports an unclosed CSV quote where it opens", "[data]") {
  TempSite site("-- data/khoan-thu/2025-2026.csv --\nitem,amount,unit,mandatory\n\"Nước uống,10000,đồng,x\n");
  auto run = run_load_data(site.path());
  CHECK(run.lines == std::vector<std::string>{"data/khoan-thu/2025-2026.csv:2:1: error: this quoted value is never "
                                              "closed: add the closing \" at its end"});
}

TEST_CASE("data::load_data needs a form from level 2 on", "[data]") {
  TempSite site(R"(
-- data/thu-tuc/a.yaml --
name: "A"
level: 3
steps: ["x"]
methods: ["x"]
documents: ["x"]
time_limit: "x"
applicants: "x"
handling_body: "x"
result: "x"
fees: "x"
legal_basis: ["x"]
forms: []
)");
  auto run = run_load_data(site.path());
  CHECK(run.lines == std::vector<std::string>{
                         "data/thu-tuc/a.yaml:2:8: error: this procedure is at level 3 (Mức độ) but has no 'forms' "
                         "(Biểu mẫu): from level 2 on, at least one form must be offered for download"});
}

TEST_CASE("data::load_data without data/ loads nothing and says nothing", "[data]") {
  TempSite site("-- site.yaml --\nname: A\n");
  auto run = run_load_data(site.path());
  CHECK(run.lines.empty());
  CHECK(run.data.documents.empty());
}

TEST_CASE("data::load_data reports a JSON number too large for a double at its place", "[data]") {
  // nlohmann throws out_of_range (not parse_error) here; it escaped as an internal error.
  TempSite site("-- data/van-ban.json --\n{\"documents\": [\n  {\"number\": \"1e999\", \"date\": 1e999}\n]}\n");
  auto run = run_load_data(site.path());
  CHECK(run.lines ==
        std::vector<std::string>{"data/van-ban.json:2:31: error: this is not valid JSON: the number 1e999 is too large"});
}

TEST_CASE("data::load_data: an optional key left empty is a key not written, a required one is still an error", "[data]") {
  // What Decap CMS writes for a field typed in and then cleared (docs/cms.md).
  TempSite site(R"(
-- data/khoan-thu/2026-2027.yaml --
school_year: "2026-2027"
note: ""
legal_basis: ''
items:
  - item: "Học phí"
    amount: 1500000
    unit: "tháng"
    mandatory: true
    payer: ""
    months: ""
-- data/khoan-thu/2027-2028.yaml --
school_year: "2027-2028"
items:
  - item: ""
    amount: 1500000
    unit: "tháng"
    mandatory: true
)");
  auto run = run_load_data(site.path());
  REQUIRE(run.lines.size() == 1);
  INFO(run.lines[0]);
  CHECK(run.lines[0].find("data/khoan-thu/2027-2028.yaml:3:") != std::string::npos);
  const auto& fees = value_of(run.data, "data/khoan-thu/2026-2027.yaml");
  CHECK_FALSE(fees.contains("note"));
  CHECK_FALSE(fees.contains("legal_basis"));
  CHECK_FALSE(fees["items"][0].contains("payer"));
  CHECK_FALSE(fees["items"][0].contains("months"));
  CHECK(fees["items"][0]["item"] == "Học phí");
}

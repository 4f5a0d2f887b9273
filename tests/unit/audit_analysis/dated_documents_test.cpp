// find_dated_documents, is_document_number, working_days_between, and the
// dated_documents probe that reads them.
#include "audit/analysis/dated_documents.hpp"

#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

#include "audit/analysis/probes.hpp"
#include "audit/html/charset.hpp"
#include "audit/html/page_extract.hpp"

using namespace wt::audit;

namespace {

constexpr int kTz = 7 * 60;
constexpr int64_t kNow = 1800000000;  // 2027-01-15

std::vector<std::string> numbers(const std::vector<DatedDocument>& docs) {
  std::vector<std::string> out;
  for (const auto& d : docs) out.push_back(d.number + " " + d.issued);
  return out;
}

}  // namespace

TEST_CASE("is_document_number: số ký hiệu as NĐ 30/2020 writes them", "[audit][dated_documents]") {
  for (const char* yes : {"45/KH-THCSLL", "32/2020/TT-BGDĐT", "1234/SGDĐT-VP", "15/QĐ-UBND", "43/2019/QH14",
                          "2345/BGDĐT-GDTrH", "07/CV-THCSND", " 52/TB-THCSND "})
    CHECK(is_document_number(yes));
  for (const char* no : {"05/09/2024", "6/A1", "45/KH", "45/kh-abc", "KH-45", "/KH-THCS", "45/KH-", "45 /KH-THCS",
                         "1234567/KH-THCS", "45/KH-THCS/x", "2024-2025", ""})
    CHECK_FALSE(is_document_number(no));
}

TEST_CASE("find_dated_documents: a register, one cell per line", "[audit][dated_documents]") {
  // NukeViet's laws module as extract_page gives its table: a cell per line.
  const std::string text =
      "Văn bản\nSố hiệu\nNgày ban hành\nTrích yếu\n"
      "45/KH-THCSLL\n05/09/2024\nKế hoạch năm học 2024-2025\n"
      "44/QĐ-THCSLL\n30/08/2024\nQuy chế chi tiêu nội bộ\n"
      "39/KH-THCSLL\nKế hoạch tuyển sinh lớp 6\n"  // no date: not taken from the next row
      "38/TB-THCSLL\n15/08/2024\nThông báo tuyển sinh\n";
  CHECK(numbers(find_dated_documents(text, kTz, kNow)) ==
        std::vector<std::string>{"45/KH-THCSLL 2024-09-05", "44/QĐ-THCSLL 2024-08-30", "38/TB-THCSLL 2024-08-15"});
}

TEST_CASE("find_dated_documents: a document's own page, labels, rows on one line", "[audit][dated_documents]") {
  CHECK(numbers(find_dated_documents("Số hiệu\n45/KH-THCSLL\nNgày ban hành\n05/09/2024\nNgười ký\nNguyễn Văn An", kTz,
                                     kNow)) == std::vector<std::string>{"45/KH-THCSLL 2024-09-05"});
  CHECK(numbers(find_dated_documents("Số: 52/TB-THCSND\nHà Nội, ngày 18 tháng 9 năm 2026\nTHÔNG BÁO", kTz, kNow)) ==
        std::vector<std::string>{"52/TB-THCSND 2026-09-18"});
  CHECK(numbers(find_dated_documents("Số ký hiệu: 32/2020/TT-BGDĐT, ban hành 15/09/2020", kTz, kNow)) ==
        std::vector<std::string>{"32/2020/TT-BGDĐT 2020-09-15"});
  // The same number twice (a list and its detail block): once, first date.
  CHECK(numbers(find_dated_documents("15/QĐ-UBND 01/09/2024\n15/QĐ-UBND 02/09/2024", kTz, kNow)) ==
        std::vector<std::string>{"15/QĐ-UBND 2024-09-01"});
}

TEST_CASE("find_dated_documents: citations in sentences are not listed documents", "[audit][dated_documents]") {
  CHECK(find_dated_documents("Căn cứ Thông tư 32/2020/TT-BGDĐT ngày 15/9/2020 của Bộ GDĐT,\nnhà trường thông báo...",
                             kTz, kNow)
            .empty());
  CHECK(find_dated_documents("Lớp 6/A1 tham quan ngày 05/09/2024", kTz, kNow).empty());
  CHECK(find_dated_documents("45/KH-THCSLL\nKế hoạch năm học", kTz, kNow).empty());  // no date at all
  // A date far below the number (past 400 bytes) does not date it.
  CHECK(find_dated_documents("45/KH-THCSLL\n" + std::string(500, 'x') + "\n05/09/2024", kTz, kNow).empty());
}

TEST_CASE("working_days_between: Monday to Friday", "[audit][dated_documents]") {
  CHECK(working_days_between("2024-09-05", "2024-09-05") == 0);  // Thursday
  CHECK(working_days_between("2024-09-05", "2024-09-06") == 1);  // Friday
  CHECK(working_days_between("2024-09-06", "2024-09-09") == 1);  // Friday -> Monday
  CHECK(working_days_between("2024-09-05", "2024-09-19") == 10);
  CHECK(working_days_between("2024-09-05", "2024-09-20") == 11);
  CHECK(working_days_between("2024-09-09", "2024-09-06") == -1);
  CHECK_FALSE(working_days_between("2024-02-30", "2024-03-01"));
  CHECK_FALSE(working_days_between("", "2024-03-01"));
}

TEST_CASE("run_probe dated_documents: a register, and how soon documents are posted", "[audit][probes][dated_documents]") {
  const std::string site = "https://thcs-a.edu.vn/";
  CrawledPage reg;
  reg.url = site + "van-ban/";
  reg.documents = {{"45/KH-THCSA", "2024-09-05"}, {"44/QĐ-THCSA", "2024-08-30"}};
  auto probe = [&](const std::vector<CrawledPage>& pages) {
    auto r = run_probe("dated_documents", pages, site);
    REQUIRE(r);
    return *r;
  };
  // Two documents are not a register.
  CHECK_FALSE(probe({reg}).found);
  reg.documents.push_back({"39/KH-THCSA", "2024-08-15"});
  ProbeResult r = probe({reg});
  CHECK(r.found);
  CHECK(r.url == reg.url);
  CHECK(r.evidence ==
        "3 văn bản có số ký hiệu và ngày ban hành (45/KH-THCSA ngày 05/09/2024 trên https://thcs-a.edu.vn/van-ban/); "
        "ngày đăng văn bản không đo được");

  // Each document's own page is a post: posted 2 and 14 working days after issue.
  CrawledPage on_time, late;
  on_time.url = site + "van-ban/45/";
  on_time.documents = {{"45/KH-THCSA", "2024-09-05"}};
  on_time.posted = "2024-09-09";
  late.url = site + "van-ban/44/";
  late.documents = {{"44/QĐ-THCSA", "2024-08-30"}};
  late.posted = "2024-09-19";
  r = probe({reg, on_time, late});
  CHECK_FALSE(r.found);  // 1 of 2 on time: under 80 %
  CHECK(r.evidence.find("1/2 văn bản đăng trong 10 ngày làm việc sau ngày ban hành (44/QĐ-THCSA sau 14 ngày làm việc)") !=
        std::string::npos);
  late.posted = "2024-09-12";
  CHECK(probe({reg, on_time, late}).found);
  // Pages answered with an error do not count.
  reg.status = 404;
  CHECK_FALSE(probe({reg, on_time, late}).found);
}

TEST_CASE("find_dated_documents on NukeViet's laws module, as the crawler reads it", "[audit][dated_documents]") {
  auto read = [](const std::string& path) {
    std::ifstream in(std::string(WT_TEST_FIXTURES) + "/audit/sites/nukeviet/" + path, std::ios::binary);
    REQUIRE(in);
    std::stringstream bytes;
    bytes << in.rdbuf();
    return extract_page(decode_html(bytes.str(), "text/html; charset=utf-8").text);
  };
  CHECK(numbers(find_dated_documents(read("laws/index.html").text, kTz, kNow)) ==
        std::vector<std::string>{"45/KH-THCSLL 2024-09-05", "44/QĐ-THCSLL 2024-08-30", "39/KH-THCSLL 2024-08-15"});
  CHECK(numbers(find_dated_documents(read("laws/detail/ke-hoach-nam-hoc-2024-2025-45.html").text, kTz, kNow)) ==
        std::vector<std::string>{"45/KH-THCSLL 2024-09-05"});
  // News articles cite documents in sentences: none listed.
  CHECK(find_dated_documents(read("news/tin-tuc/le-khai-giang-nam-hoc-2024-2025-12.html").text, kTz, kNow).empty());
}

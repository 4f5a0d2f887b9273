// find_dated_documents and is_document_number: the documents a page lists,
// read by the crawl (the probe that reads them is tested in
// audit_analysis/dated_documents_probe_test.cpp).
#include "audit/crawl/dated_documents.hpp"

#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

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

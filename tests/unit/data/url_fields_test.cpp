// File and web addresses of data files go through the one URL check of
// core/url_safety.hpp, then must have the shape their field asks for.
#include <catch2/catch.hpp>

#include "data_test_support.hpp"
#include "support/temp_site.hpp"

using wt::test::run_load_data;
using wt::test::TempSite;

namespace {

std::string document_with_file(const std::string& file) {
  return "-- data/van-ban.yaml --\ndocuments:\n  - number: \"52/TB\"\n    date: 18/09/2025\n"
         "    issuer: \"Trường THCS A\"\n    summary: \"Thông báo\"\n    file: \"" + file + "\"\n";
}

std::vector<std::string> lines_for(const std::string& file) {
  TempSite site(document_with_file(file));
  return run_load_data(site.path()).lines;
}

}  // namespace

TEST_CASE("data: a file address that could run script is refused", "[data][security]") {
  CHECK(lines_for("javascript:alert(1)") ==
        std::vector<std::string>{"data/van-ban.yaml:6:11: error: 'Tệp văn bản' (file) \"javascript:alert(1)\" cannot "
                                 "be used: 'javascript:' addresses run scripts"});
  CHECK(lines_for(" JaVa\\tScRiPt:alert(1)") ==
        std::vector<std::string>{"data/van-ban.yaml:6:11: error: 'Tệp văn bản' (file) \" JaVa\tScRiPt:alert(1)\" "
                                 "cannot be used: 'javascript:' addresses run scripts"});
  CHECK(lines_for("data:text/html,<script>alert(1)</script>") ==
        std::vector<std::string>{"data/van-ban.yaml:6:11: error: 'Tệp văn bản' (file) \"data:text/html,<script>"
                                 "alert(1)</script>\" cannot be used: 'data:' addresses can hold a whole page with "
                                 "scripts"});
}

TEST_CASE("data: a file address is a path under the site or an http(s) address", "[data][security]") {
  const std::string expected = " (expected /files/... under static/, or an http(s) address)";
  CHECK(lines_for("mailto:a@b.vn") ==
        std::vector<std::string>{"data/van-ban.yaml:6:11: error: 'Tệp văn bản' (file) is not a valid file address: "
                                 "\"mailto:a@b.vn\"" + expected});
  CHECK(lines_for("files/a.pdf") ==
        std::vector<std::string>{"data/van-ban.yaml:6:11: error: 'Tệp văn bản' (file) is not a valid file address: "
                                 "\"files/a.pdf\"" + expected});
  CHECK(lines_for("//evil.example/a.pdf") ==
        std::vector<std::string>{"data/van-ban.yaml:6:11: error: 'Tệp văn bản' (file) is not a valid file address: "
                                 "\"//evil.example/a.pdf\"" + expected});
  CHECK(lines_for("/files/bao cao.pdf") ==
        std::vector<std::string>{"data/van-ban.yaml:6:11: error: 'Tệp văn bản' (file) is not a valid file address: "
                                 "\"/files/bao cao.pdf\"" + expected});
  CHECK(lines_for("https://moet.gov.vn/van-ban/a.pdf").empty());
  CHECK(lines_for("/files/a.pdf") ==
        std::vector<std::string>{"data/van-ban.yaml:6:11: error: 'Tệp văn bản' (file) \"/files/a.pdf\" does not "
                                 "exist: there is no static/files/a.pdf"});
}

TEST_CASE("data: a file address never looks outside static/", "[data][security]") {
  // The same answer whether the file outside exists or not: nothing is
  // looked up (/etc/passwd exists on every machine the tests run on).
  for (const std::string file : {"/../../../../etc/passwd", "/files/../../../../etc/passwd", "/%2e%2e/%2E%2e/etc/passwd",
                                 "/../../../../khong-co-tep-nay"}) {
    INFO(file);
    CHECK(lines_for(file) ==
          std::vector<std::string>{"data/van-ban.yaml:6:11: error: 'Tệp văn bản' (file) \"" + file +
                                   "\" goes up a folder with '..': write the address of a file in static/, e.g. "
                                   "/files/bieu-mau.pdf"});
  }
  CHECK(lines_for("/files/..a.pdf").size() == 1);  // a name that starts with dots is a name: "does not exist"
  CHECK(lines_for("/files/..a.pdf")[0].find("does not exist") != std::string::npos);
}

TEST_CASE("data: a web address is an http(s) address", "[data][security]") {
  TempSite site(R"(
-- data/thu-tuc/a.yaml --
name: "Chuyển trường"
level: 1
field: "Giáo dục trung học"
steps: ["Nộp hồ sơ"]
methods: ["Trực tiếp"]
documents: ["Đơn"]
time_limit: "3 ngày"
applicants: "Học sinh"
handling_body: "Nhà trường"
result: "Quyết định"
fees: "Không"
legal_basis: ["Thông tư 32/2020/TT-BGDĐT"]
online_url: "/nop-truc-tuyen/"
)");
  CHECK(run_load_data(site.path()).lines ==
        std::vector<std::string>{"data/thu-tuc/a.yaml:13:13: error: 'Địa chỉ nộp hồ sơ trực tuyến' (online_url) is not "
                                 "a valid web address: \"/nop-truc-tuyen/\" (expected https://...)"});
}

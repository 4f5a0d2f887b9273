// What a teacher reads: the real webtruong binary, run as a user runs it,
// says each mistake in Vietnamese (by default, or with --lang vi) at the
// place it is written, and in English with --lang en or an English LANG.
// The exact texts are the contract: a change of wording changes this file.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "support/run_command.hpp"
#include "support/temp_site.hpp"

namespace fs = std::filesystem;

namespace {

/// Runs webtruong in `dir` with the environment of a teacher's machine
/// (no LANG at all) unless `env` says otherwise.
wt::test::CommandResult run_in(const fs::path& dir, const std::string& args, const std::string& env = "") {
  return wt::test::run_command("cd '" + dir.string() + "' && env -u LANG -u LANGUAGE -u LC_ALL -u LC_MESSAGES " + env +
                               " " + std::string(WT_BINARY) + " " + args);
}

const char* kSite = R"(
-- site.yaml --
name: Trường THCS Lê Lợi
type: thcs
base_url: https://thcs-leloi.edu.vn/
-- content/tin-tuc/_index.md --
---
title: Tin tức
---
-- content/tin-tuc/khai-giang.md --
---
title: Khai giảng năm học mới
date: 05/09/2025
---
Chào năm học mới.
)";

// A real 1x1 PNG: photos are read and resized, so an empty file would be refused.
const std::string kPng("\x89\x50\x4e\x47\x0d\x0a\x1a\x0a\x00\x00\x00\x0d\x49\x48\x44\x52\x00\x00\x00\x01\x00\x00\x00\x01\x08\x04\x00\x00\x00\xb5\x1c\x0c\x02\x00\x00\x00\x0b\x49\x44\x41\x54\x78\xda\x63\x64\x60\x00\x00\x00\x06\x00\x02\x30\x81\xd0\x2f\x00\x00\x00\x00\x49\x45\x4e\x44\xae\x42\x60\x82", 68);

const std::string kFailed = "webtruong: dựng trang không thành công (1 lỗi); thư mục kết quả cũ được giữ nguyên\n";

}  // namespace

TEST_CASE("cli messages: Vietnamese by default, English on request", "[cli][messages]") {
  wt::test::TempSite site(kSite);
  site.write("content/tin-tuc/khai-giang.md", "---\ntitle: Khai giảng\ndate: 31/02/2025\n---\n");
  const std::string vi =
      "content/tin-tuc/khai-giang.md:3:7: error: 'date' không phải một ngày hợp lệ: \"31/02/2025\" (cần dạng "
      "dd/mm/yyyy hoặc yyyy-mm-dd, ví dụ 05/09/2025 hoặc 2025-09-05, có thể thêm giờ như 05/09/2025 07:30; ngày "
      "phải có thật trên lịch)\n" +
      kFailed;
  const std::string en =
      "content/tin-tuc/khai-giang.md:3:7: error: 'date' is not a valid date: \"31/02/2025\" (expected a day of the "
      "calendar written 05/09/2025 or 2025-09-05, with a time if needed: 05/09/2025 07:30, "
      "2025-09-05T07:30:00+07:00)\n"
      "webtruong: build failed with 1 error; the previous output was left as it was\n";
  auto r = run_in(site.path(), "build -o out");
  CHECK(r.status == 1);
  CHECK(r.output == vi);
  CHECK(run_in(site.path(), "build -o out", "LANG=C.UTF-8").output == vi);
  CHECK(run_in(site.path(), "build --lang vi -o out", "LANG=en_US.UTF-8").output == vi);
  CHECK(run_in(site.path(), "--lang=en build -o out").output == en);
  CHECK(run_in(site.path(), "build -o out", "LANG=en_US.UTF-8").output == en);
  CHECK(run_in(site.path(), "build -o out", "LC_ALL=en_GB.UTF-8 LANG=vi_VN.UTF-8").output == en);
  auto bad = run_in(site.path(), "build --lang fr");
  CHECK(bad.status == 2);
  CHECK(bad.output == "webtruong: '--lang' phải là vi hoặc en, không phải 'fr'\n");
}

TEST_CASE("cli messages: a YAML mistake is told in plain words on its own line, with the line", "[cli][messages]") {
  wt::test::TempSite site(kSite);
  site.write("site.yaml",
             "name: Trường THCS Lê Lợi\n"
             "type: thcs\n"
             "base_url: https://thcs-leloi.edu.vn/\n"
             "menus:\n"
             "  main: [Trang chủ, Tin tức\n"
             "  footer: []\n"
             "phone: \"0210 3846 123\"\n");
  auto r = run_in(site.path(), "build -o out");
  CHECK(r.status == 1);
  CHECK(r.output ==
        "site.yaml:5:9: error: danh sách mở bằng '[' ở đây chưa được đóng: hãy thêm ']' vào cuối danh sách\n"
        "    5 |   main: [Trang chủ, Tin tức\n"
        "      |         ^\n" +
            kFailed);
  site.write("site.yaml", "name: Trường THCS Lê Lợi\ntype: thcs\nphone: \"0210 3846 123\n");
  r = run_in(site.path(), "check");
  CHECK(r.status == 1);
  CHECK(r.output.rfind("site.yaml:3:8: error: dấu ngoặc kép \" mở ở đây chưa được đóng: hãy thêm dấu \" ở cuối giá "
                       "trị\n"
                       "    3 | phone: \"0210 3846 123\n"
                       "      |        ^\n",
                       0) == 0);
}

TEST_CASE("cli messages: missing photos, pages and menu targets are errors at their place", "[cli][messages]") {
  wt::test::TempSite site(kSite);
  site.write("site.yaml",
             "name: Trường THCS Lê Lợi\n"
             "type: thcs\n"
             "base_url: https://thcs-leloi.edu.vn/\n"
             "menus:\n"
             "  main:\n"
             "    - name: Tin tức\n"
             "      url: /tin-tuc/\n"
             "    - name: Thời khoá biểu\n"
             "      url: /thoi-khoa-bieu/\n");
  site.write("content/tin-tuc/khai-giang.md",
             "---\n"
             "title: Khai giảng\n"
             "date: 05/09/2025\n"
             "image: anh/khong-co.png\n"
             "image_alt: Học sinh chào cờ\n"
             "---\n"
             "Ảnh: ![Lễ khai giảng](/anh/le.png)\n"
             "\n"
             "Xem [lịch học](/lich-hoc/) và [tin tức](/tin-tuc/).\n");
  auto r = run_in(site.path(), "build -o out");
  CHECK(r.status == 1);
  CHECK(r.output ==
        "content/tin-tuc/khai-giang.md:4:8: error: 'image: anh/khong-co.png' ghi một tệp ảnh không có trong trang "
        "web: hãy đặt tệp ảnh vào thư mục static/ (hoặc cạnh bài viết) hoặc sửa lại địa chỉ\n"
        "content/tin-tuc/khai-giang.md:7:23: error: ảnh '/anh/le.png' không có trong trang web: hãy đặt tệp ảnh vào "
        "thư mục static/ (hoặc cạnh bài viết) hoặc sửa lại địa chỉ\n"
        "content/tin-tuc/khai-giang.md:9:16: error: liên kết '/lich-hoc/' không dẫn tới trang nào của trang web: hãy "
        "sửa lại địa chỉ, hoặc viết trang mà liên kết cần dẫn tới\n"
        "site.yaml:8:7: error: mục 'Thời khoá biểu' của trình đơn (menu) dẫn tới '/thoi-khoa-bieu/', không phải "
        "trang nào của trang web: hãy sửa 'url', hoặc viết trang mà mục này cần dẫn tới\n"
        "webtruong: dựng trang không thành công (4 lỗi); thư mục kết quả cũ được giữ nguyên\n");
  CHECK_FALSE(fs::exists(site.path() / "out"));
  // With the photos in static/ and the page written, the same site builds.
  site.write("static/anh/le.png", kPng);
  site.write("static/tin-tuc/khai-giang/anh/khong-co.png", kPng);
  site.write("content/lich-hoc.md", "---\ntitle: Lịch học\n---\n");
  site.write("content/thoi-khoa-bieu/_index.md", "---\ntitle: Thời khoá biểu\n---\n");
  r = run_in(site.path(), "build -q -o out");
  INFO(r.output);
  CHECK(r.output.find("error:") == std::string::npos);
}

TEST_CASE("cli messages: check finds placeholders of site.yaml at their line, never ok", "[cli][messages]") {
  fs::path dir = wt::test::make_temp_dir("wt-cli-messages");
  auto made = run_in(dir, "new moi --type thcs --name \"Trường THCS Lê Lợi\" --province \"Phú Thọ\"");
  REQUIRE(made.status == 0);
  auto r = run_in(dir, "check moi");
  CHECK(r.status == 1);
  // contact needs address, phone and email: all three are placeholders.
  CHECK(r.output.find("thiếu           contact                Thông tin liên hệ / giao dịch\n"
                      "                                       'address' trong site.yaml vẫn còn chỗ [CẦN ĐIỀN ...] cần "
                      "thay bằng thông tin thật\n") != std::string::npos);
  CHECK(r.output.find("đạt             contact") == std::string::npos);
  for (const char* line : {"  site.yaml:4:", "  site.yaml:5:", "  site.yaml:6:"})
    CHECK(r.output.find(line) != std::string::npos);
  // A plain build says in one line what check finds missing.
  auto b = run_in(dir, "build moi -o out");
  CHECK(b.status == 0);
  CHECK(b.output.find("\nwebtruong: check thấy còn thiếu ") != std::string::npos);
  CHECK(b.output.find(" yêu cầu (intro_structure, intro_history, leaders, contact, legal_docs, ...): hãy chạy "
                      "'webtruong check' để biết mỗi yêu cầu cần gì\n") != std::string::npos);
  // No page shows a site.yaml placeholder as the school's address or phone.
  std::ifstream home(dir / "out" / "index.html");
  const std::string html((std::istreambuf_iterator<char>(home)), std::istreambuf_iterator<char>());
  REQUIRE_FALSE(html.empty());
  CHECK(html.find("[CẦN ĐIỀN: địa chỉ của trường]") == std::string::npos);
  CHECK(html.find("[CẦN ĐIỀN: số điện thoại]") == std::string::npos);
  CHECK(html.find("Điện thoại:") == std::string::npos);
  // With --strict each missing requirement is an error where it is fixed:
  // the site.yaml line of its field, the placeholder still in its page.
  auto strict = run_in(dir, "build moi -o out --strict");
  CHECK(strict.status == 1);
  CHECK(strict.output.find("\nsite.yaml:4:10: error: yêu cầu 'contact' (Thông tin liên hệ / giao dịch) còn thiếu: "
                           "'address' trong site.yaml vẫn còn chỗ [CẦN ĐIỀN ...] cần thay bằng thông tin thật\n") !=
        std::string::npos);
  CHECK(strict.output.find("content/gioi-thieu/lich-su.md:6:1: error: yêu cầu 'intro_history' (Tóm lược quá trình "
                           "hình thành và phát triển) còn thiếu: ") != std::string::npos);
  CHECK(strict.output.find("site.yaml: error:") == std::string::npos);
  fs::remove_all(dir);
}

TEST_CASE("cli messages: import inside a site writes into its data/", "[cli][messages]") {
  wt::test::TempSite site(kSite);
  site.write("content/tin-tuc/tkb.csv", "Lớp,Thứ,Tiết,Môn\n6A,2,1,Toán\n6A,2,2,Ngữ văn\n");
  const std::string args = "import timetable tkb.csv --school-year 2025-2026 --semester 1 --effective 05/09/2025";
  // Run from a folder inside the site: the file goes to the site's data/.
  auto r = run_in(site.path() / "content" / "tin-tuc", args);
  INFO(r.output);
  CHECK(r.status == 0);
  CHECK(fs::is_regular_file(site.path() / "data" / "thoi-khoa-bieu" / "hk1-2025-2026.yaml"));
  CHECK(r.output == "webtruong: đã ghi ../../data/thoi-khoa-bieu/hk1-2025-2026.yaml (2 tiết học)\n");
  // Outside any site, without -o: said, nothing written.
  fs::path outside = wt::test::make_temp_dir("wt-cli-import");
  fs::copy_file(site.path() / "content" / "tin-tuc" / "tkb.csv", outside / "tkb.csv");
  r = run_in(outside, args);
  CHECK(r.status == 2);
  CHECK(r.output.rfind("webtruong import: ở đây và ở các thư mục bên trên không có site.yaml: hãy chạy import trong "
                       "thư mục của trang web, hoặc dùng -o để chỉ nơi ghi tệp\n",
                       0) == 0);
  CHECK_FALSE(fs::exists(outside / "data"));
  fs::remove_all(outside);
}

// The layouts of the pages built from data (docs/contracts.md, "View model of
// the pages built from data") in the real default theme, each against a view
// holding every key of the contract.
#include <catch2/catch.hpp>
#include <sstream>

#include "templates/theme.hpp"
#include "unit/templates/base_path_views.hpp"

using namespace wt;
using nlohmann::json;

namespace {

const char* kCommon = R"json({
  "lang": "vi", "kind": "data",
  "site": {"name": "Trường THCS Nguyễn Du", "short_name": "THCS Nguyễn Du", "type_name": "Trường trung học cơ sở",
           "address": "Số 12, đường Lê Lợi, Vĩnh Yên", "phone": "0211 3862 123", "email": "c2nguyendu@vinhphuc.edu.vn",
           "province": "Vĩnh Phúc", "managing_body": "Phòng Giáo dục và Đào tạo thành phố Vĩnh Yên",
           "responsible": "Nguyễn Thị Hoa, Hiệu trưởng", "base_url": "https://thcs.example.vn/",
           "base_path": "/", "description": "Cổng thông tin điện tử", "logo": "/images/logo.svg", "year": "2025"},
  "menu": [{"name": "Trang chủ", "url": "/", "active": false, "has_children": false, "children": []}],
  "footer_menu": [{"name": "Sơ đồ trang", "url": "/so-do-trang/"}],
  "links": [{"name": "Sở Giáo dục và Đào tạo Vĩnh Phúc", "url": "https://vinhphuc.edu.vn/"}],
  "page_title": "Dữ liệu | THCS Nguyễn Du",
  "canonical": "https://thcs.example.vn/du-lieu/",
  "rel_url": "/du-lieu/",
  "meta": {"description": "Trang dữ liệu", "dc": [], "og": [], "jsonld": ""},
  "feeds": {"rss": "/rss.xml", "atom": "/atom.xml"},
  "urls": {"home": "/", "sitemap": "/so-do-trang/", "stylesheet": "/css/style.css", "favicon": "/favicon.svg",
           "menu_js": "/js/menu.js", "documents_js": "/js/documents.js"},
  "breadcrumbs": [{"name": "Trang chủ", "url": "/", "current": false},
                  {"name": "Dữ liệu", "url": "/du-lieu/", "current": true}],
  "generator": "Webtruong 0.1.0",
  "intro": "<p>Lời giới thiệu <em>của mục</em>.</p>"
})json";

const char* kOrganisation = R"json({"org": {
  "leaders": [{"name": "Nguyễn Thị Hoa", "title": "Hiệu trưởng", "phone": "0912 345 678",
               "tel": "0912345678", "email": "hoa.nt@vinhphuc.edu.vn", "duties": "Phụ trách chung; công tác tổ chức, tài chính."},
              {"name": "Trần Văn Bình", "title": "Phó Hiệu trưởng", "phone": "0913456789", "tel": "0913456789",
               "email": "binh.tv@vinhphuc.edu.vn", "duties": "Phụ trách chuyên môn."}],
  "has_units": true,
  "units": [{"name": "Tổ Khoa học tự nhiên", "head": "Phạm Văn Cường", "members": 14, "duties": "Dạy Toán, KHTN."}]}})json";

const char* kDisclosuresIndex = R"json({"disclosures": {"years": [
  {"school_year": "2025-2026", "url": "/cong-khai/2025-2026/", "count": 9, "missing": 2, "complete": false},
  {"school_year": "2024-2025", "url": "/cong-khai/2024-2025/", "count": 14, "missing": 0, "complete": true}]}})json";

const char* kDisclosures = R"json({"disclosure": {"school_year": "2025-2026", "complete": false,
  "categories": [
    {"id": "general", "name": "Thông tin chung về cơ sở giáo dục", "items": [
      {"title": "Thông tin chung năm học 2025-2026", "date": "27/06/2025", "date_iso": "2025-06-27",
       "has_text": true, "text": "<p>Trường có 28 lớp.</p>", "has_file": false, "file": "", "file_name": ""}]},
    {"id": "finance", "name": "Thu chi tài chính", "items": [
      {"title": "Dự toán thu chi năm 2025", "date": "15/01/2025", "date_iso": "2025-01-15", "has_text": false,
       "text": "", "has_file": true, "file": "/files/cong-khai/du-toan-2025.pdf", "file_name": "du-toan-2025.pdf"}]},
    {"id": "staff", "name": "Đội ngũ nhà giáo", "items": []}],
  "checklist": [
    {"id": "general", "name": "Thông tin chung về cơ sở giáo dục", "status": "ok", "status_text": "Đã công khai",
     "source": "Điều 4 Thông tư 09/2024/TT-BGDĐT"},
    {"id": "finance", "name": "Thu chi tài chính", "status": "late", "status_text": "Công khai muộn",
     "source": "Điều 5 Thông tư 09/2024/TT-BGDĐT"},
    {"id": "staff", "name": "Đội ngũ nhà giáo", "status": "missing", "status_text": "Chưa công khai",
     "source": "Điều 6 Thông tư 09/2024/TT-BGDĐT"}]}})json";

const char* kProcedures = R"json({"procedures": {"items": [
  {"name": "Chuyển trường đối với học sinh trung học cơ sở", "url": "/thu-tuc-hanh-chinh/chuyen-truong/",
   "level": 2, "level_text": "Mức độ 2", "field": "Giáo dục trung học", "code": "1.005084"}]}})json";

const char* kProcedure = R"json({"procedure": {
  "name": "Chuyển trường đối với học sinh trung học cơ sở", "code": "1.005084", "level": 2,
  "level_text": "Mức độ 2", "field": "Giáo dục trung học",
  "steps": ["Cha mẹ học sinh nộp hồ sơ.", "Hiệu trưởng xem xét, đồng ý tiếp nhận.", "Nhà trường trả kết quả."],
  "methods": ["Nộp trực tiếp tại văn phòng nhà trường"],
  "documents": ["Đơn xin chuyển trường (mẫu 01)", "Học bạ"],
  "time_limit": "03 ngày làm việc kể từ ngày nhận đủ hồ sơ", "applicants": "Cha mẹ hoặc người giám hộ học sinh",
  "handling_body": "Trường THCS Nguyễn Du", "result": "Giấy giới thiệu chuyển trường", "fees": "Không",
  "has_forms": true,
  "forms": [{"name": "Đơn xin chuyển trường", "file": "/files/bieu-mau/don-xin-chuyen-truong.pdf", "format": "PDF"}],
  "requirements": "Học sinh đã hoàn thành chương trình lớp dưới",
  "legal_basis": ["Thông tư số 32/2020/TT-BGDĐT"],
  "has_online": true, "online_url": "https://dichvucong.gov.vn/chuyen-truong"}})json";

const char* kFees = R"json({"fees": {"school_year": "2025-2026",
  "legal_basis": "Nghị quyết số 12/2024/NQ-HĐND ngày 10/7/2024 của HĐND tỉnh",
  "years": [{"school_year": "2025-2026", "url": "/cac-khoan-thu/2025-2026/", "current": true},
            {"school_year": "2024-2025", "url": "/cac-khoan-thu/2024-2025/", "current": false}],
  "groups": [
    {"name": "Các khoản thu bắt buộc", "total_yearly": "1.500.000 đ", "rows": [
      {"number": 1, "item": "Bảo hiểm y tế học sinh", "amount": "1.500.000 đ", "unit": "đồng/học sinh/năm",
       "payer": "Học sinh", "months": "", "yearly": "1.500.000 đ", "legal_basis": "Luật Bảo hiểm y tế", "note": ""}]},
    {"name": "Các khoản thu thỏa thuận, tự nguyện", "total_yearly": "2.340.000 đ", "rows": [
      {"number": 1, "item": "Tiền nước uống", "amount": "10.000 đ", "unit": "đồng/học sinh/tháng",
       "payer": "Học sinh", "months": 9, "yearly": "90.000 đ", "legal_basis": "", "note": ""},
      {"number": 2, "item": "Tiền ăn bán trú", "amount": "250.000 đ", "unit": "đồng/học sinh/tháng",
       "payer": "Học sinh bán trú", "months": 9, "yearly": "2.250.000 đ", "legal_basis": "",
       "note": "Theo thỏa thuận với cha mẹ học sinh"}]}],
  "total_yearly": "3.840.000 đ"}})json";

const char* kTimetableIndex = R"json({"timetable": {"school_year": "2025-2026", "semester": 1,
  "effective": "10/11/2025",
  "classes": [{"name": "6A1", "url": "/thoi-khoa-bieu/lop/6a1/"}, {"name": "6A2", "url": "/thoi-khoa-bieu/lop/6a2/"}],
  "teachers": [{"name": "Nguyễn Văn An", "url": "/thoi-khoa-bieu/giao-vien/nguyen-van-an/", "periods": 18}]}})json";

const char* kTimetable = R"json({"timetable": {"title": "Thời khóa biểu lớp 6A1", "school_year": "2025-2026",
  "semester": 1, "effective": "10/11/2025", "index_url": "/thoi-khoa-bieu/",
  "days": [{"name": "Thứ Hai"}, {"name": "Thứ Ba"}],
  "sessions": [{"name": "Buổi sáng", "periods": [
    {"period": 1, "cells": [{"empty": false, "subject": "Toán", "detail": "Nguyễn Văn An", "room": "P.201"},
                            {"empty": false, "subject": "Ngữ văn", "detail": "Hoàng Thị Lan", "room": ""}]},
    {"period": 2, "cells": [{"empty": true, "subject": "", "detail": "", "room": ""},
                            {"empty": false, "subject": "Tin học", "detail": "Lý Văn Khoa", "room": "P.Tin"}]}]}]}})json";

const char* kWorkSchedule = R"json({"schedule": {"title": "Lịch công tác tuần từ 24/11/2025 đến 30/11/2025",
  "week_start": "24/11/2025", "week_end": "30/11/2025", "is_current": true,
  "has_prev": true, "prev_url": "/lich-cong-tac/2025-11-17/", "has_next": true, "next_url": "/lich-cong-tac/2025-12-01/",
  "days": [
    {"date": "24/11/2025", "weekday": "Thứ Hai", "has_items": true, "items": [
      {"time": "07:30", "content": "Chào cờ đầu tuần", "location": "Sân trường", "participants": "Toàn trường",
       "lead": "Hiệu trưởng"}]},
    {"date": "25/11/2025", "weekday": "Thứ Ba", "has_items": false, "items": []}]}})json";

const char* kDocuments = R"json({"documents": {"count": 2, "items": [
  {"number": "125/KH-THCSND", "date": "05/09/2025", "date_iso": "2025-09-05", "year": 2025,
   "issuer": "Trường THCS Nguyễn Du", "type": "Kế hoạch", "summary": "Kế hoạch thực hiện nhiệm vụ năm học 2025-2026",
   "effective": "05/09/2025", "file": "/files/van-ban/125-kh-thcsnd.pdf", "format": "PDF"},
  {"number": "98/QĐ-THCSND", "date": "12/12/2024", "date_iso": "2024-12-12", "year": 2024,
   "issuer": "Sở Giáo dục và Đào tạo Vĩnh Phúc", "type": "Quyết định", "summary": "Thành lập đội tuyển học sinh giỏi",
   "effective": "", "file": "https://vinhphuc.edu.vn/98.docx", "format": "DOCX"}],
  "issuers": ["Sở Giáo dục và Đào tạo Vĩnh Phúc", "Trường THCS Nguyễn Du"],
  "types": ["Kế hoạch", "Quyết định"], "years": [2025, 2024]}})json";

const char* kHomeData = R"json({"has_schedule": true, "schedule_url": "/lich-cong-tac/",
  "has_documents": true, "documents": [
    {"number": "125/KH-THCSND", "date": "05/09/2025", "date_iso": "2025-09-05", "year": 2025,
     "issuer": "Trường THCS Nguyễn Du", "type": "Kế hoạch", "summary": "Kế hoạch năm học 2025-2026",
     "effective": "", "file": "/files/van-ban/125-kh-thcsnd.pdf", "format": "PDF"}],
  "has_disclosures": true, "disclosure_url": "/cong-khai/2025-2026/", "disclosure_year": "2025-2026",
  "has_timetable": true, "timetable_url": "/thoi-khoa-bieu/", "has_fees": true, "fees_url": "/cac-khoan-thu/2025-2026/",
  "has_procedures": true, "procedures_url": "/thu-tuc-hanh-chinh/", "procedure_count": 7,
  "documents_url": "/van-ban/"})json";

const std::vector<std::pair<std::string, const char*>> kLayouts = {
    {"organisation", kOrganisation}, {"disclosures_index", kDisclosuresIndex}, {"disclosures", kDisclosures},
    {"procedures", kProcedures},     {"procedure", kProcedure},                {"fees", kFees},
    {"timetable_index", kTimetableIndex}, {"timetable", kTimetable},          {"work_schedule", kWorkSchedule},
    {"documents", kDocuments}};

json view_of(const char* data) {
  json v = json::parse(kCommon);
  v.update(json::parse(data));
  return v;
}

size_t count(const std::string& text, const std::string& what) {
  size_t n = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

bool has(const std::string& text, const std::string& what) { return text.find(what) != std::string::npos; }

// Position of `what` in `text` (npos when absent), to check the order of parts.
size_t at(const std::string& text, const std::string& what) { return text.find(what); }

templates::Theme load_theme() {
  DiagnosticSink sink;
  auto theme = templates::Theme::load({WT_SOURCE_DIR "/themes/default"}, sink);
  std::ostringstream diags;
  sink.print(diags);
  INFO(diags.str());
  REQUIRE(theme);
  return *theme;
}

std::string render(const templates::Theme& theme, const std::string& layout, const json& view) {
  DiagnosticSink sink;
  auto html = theme.render(layout, view, sink);
  std::ostringstream diags;
  sink.print(diags);
  INFO(diags.str());
  REQUIRE(html);
  CHECK_FALSE(sink.has_errors());
  // Templates are compacted to one white space character per run; make it one space, to match across lines.
  std::string flat;
  for (char c : *html) {
    bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (!space)
      flat += c;
    else if (flat.empty() || flat.back() != ' ')
      flat += ' ';
  }
  return flat;
}

}  // namespace

TEST_CASE("templates::Theme data layouts: every layout is a whole accessible page", "[templates][theme][data]") {
  auto theme = load_theme();
  for (const auto& [layout, data] : kLayouts) {
    INFO(layout);
    REQUIRE(theme.has_layout(layout));
    const std::string h = render(theme, layout, view_of(data));
    CHECK(h.rfind("<!DOCTYPE html> <html lang=\"vi\">", 0) == 0);
    CHECK(count(h, "<h1") == 1);
    CHECK(count(h, "<main id=\"noi_dung\"") == 1);
    CHECK(count(h, "href=\"#noi_dung\"") == 1);
    CHECK(has(h, "aria-label=\"Đường dẫn\""));
    CHECK(has(h, "<p>Lời giới thiệu <em>của mục</em>.</p>"));  // intro, raw HTML
    CHECK(has(h, "Người chịu trách nhiệm nội dung:"));           // the TT 37 footer
    CHECK_FALSE(has(h, "{{"));
    CHECK_FALSE(has(h, "<script src=\"http"));
    // Every table has a caption and header cells with a scope.
    CHECK(count(h, "<table") == count(h, "<caption"));
    CHECK(count(h, "<th>") == 0);
    // Every scrolling table region is focusable and labelled.
    CHECK(count(h, "class=\"table-scroll\" role=\"region\"") == count(h, "class=\"table-scroll\""));
    CHECK(count(h, "class=\"table-scroll\"") == count(h, "<table"));
  }
}

TEST_CASE("templates::Theme data layouts: organisation", "[templates][theme][data]") {
  auto theme = load_theme();
  const std::string h = render(theme, "organisation", view_of(kOrganisation));
  for (const char* s : {"<h1>Cơ cấu tổ chức</h1>", "Ban giám hiệu", "Nguyễn Thị Hoa", "Phó Hiệu trưởng",
                        "<a href=\"tel:0912345678\">0912 345 678</a>",  // the address digits only, shown as written
                        "<a href=\"mailto:hoa.nt@vinhphuc.edu.vn\">hoa.nt@vinhphuc.edu.vn</a>",
                        "Phụ trách chung; công tác tổ chức, tài chính.",
                        "<caption id=\"bang_don_vi\">Danh sách tổ chuyên môn, tổ văn phòng và đoàn thể</caption>",
                        "<th scope=\"row\">Tổ Khoa học tự nhiên</th>", "Phạm Văn Cường", ">14<"})
    CHECK(has(h, s));

  json v = view_of(kOrganisation);
  v["org"]["has_units"] = false;
  CHECK_FALSE(has(render(theme, "organisation", v), "<table"));
}

TEST_CASE("templates::Theme data layouts: disclosures", "[templates][theme][data]") {
  auto theme = load_theme();
  const std::string idx = render(theme, "disclosures_index", view_of(kDisclosuresIndex));
  for (const char* s : {"<h1>Công khai thông tin</h1>", "<a href=\"/cong-khai/2025-2026/\">Năm học 2025-2026</a>",
                        "Còn thiếu 2 nội dung", "Đã công khai đầy đủ", "09/2024/TT-BGDĐT",
                        "<caption id=\"bang_nam_hoc\">"})
    CHECK(has(idx, s));

  const std::string h = render(theme, "disclosures", view_of(kDisclosures));
  for (const char* s : {"<h1>Công khai thông tin năm học 2025-2026</h1>",
                        "<h2 id=\"cong_khai_general\" class=\"block-title\">Thông tin chung về cơ sở giáo dục</h2>",
                        "<time datetime=\"2025-06-27\">27/06/2025</time>", "<p>Trường có 28 lớp.</p>",
                        "href=\"/files/cong-khai/du-toan-2025.pdf\"", "du-toan-2025.pdf", "Chưa có nội dung.",
                        "href=\"#cong_khai_finance\"", "href=\"#bang_kiem\"", "id=\"bang_kiem\"",
                        "Bảng kiểm các nội dung phải công khai theo Thông tư số 09/2024/TT-BGDĐT, năm học 2025-2026",
                        "Chưa đầy đủ", "Điều 5 Thông tư 09/2024/TT-BGDĐT"})
    CHECK(has(h, s));
  // Each status is written out, not shown by colour alone.
  CHECK(has(h, "status-ok\"><span class=\"status-icon\" aria-hidden=\"true\"></span> Đã công khai</span>"));
  CHECK(has(h, "status-late\"><span class=\"status-icon\" aria-hidden=\"true\"></span> Công khai muộn</span>"));
  CHECK(has(h, "status-missing\"><span class=\"status-icon\" aria-hidden=\"true\"></span> Chưa công khai</span>"));
  // Categories in the given order, the checklist after them.
  CHECK(at(h, "id=\"cong_khai_general\"") < at(h, "id=\"cong_khai_finance\""));
  CHECK(at(h, "id=\"cong_khai_staff\"") < at(h, "id=\"bang_kiem\""));

  json v = view_of(kDisclosures);
  v["disclosure"]["complete"] = true;
  v["disclosure"]["checklist"] = json::array();
  const std::string done = render(theme, "disclosures", v);
  CHECK(has(done, "Đã công khai đầy đủ"));
  CHECK_FALSE(has(done, "#bang_kiem"));  // no link to a checklist that is not there

  json none = view_of(kDisclosuresIndex);
  none["disclosures"]["years"] = json::array();
  CHECK(has(render(theme, "disclosures_index", none), "Chưa có nội dung công khai."));
}

TEST_CASE("templates::Theme data layouts: procedures", "[templates][theme][data]") {
  auto theme = load_theme();
  const std::string list = render(theme, "procedures", view_of(kProcedures));
  for (const char* s : {"<h1>Thủ tục hành chính</h1>",
                        "<a href=\"/thu-tuc-hanh-chinh/chuyen-truong/\">Chuyển trường đối với học sinh trung học cơ sở</a>",
                        "1.005084", "Mức độ 2", "Giáo dục trung học", "<caption id=\"bang_thu_tuc\">"})
    CHECK(has(list, s));

  const std::string h = render(theme, "procedure", view_of(kProcedure));
  CHECK(has(h, "<h1>Chuyển trường đối với học sinh trung học cơ sở</h1>"));
  // The forms as download links with their format, and the online service.
  CHECK(has(h, "<a class=\"download\" href=\"/files/bieu-mau/don-xin-chuyen-truong.pdf\">"
               "<span class=\"download-name\">Đơn xin chuyển trường</span> <span class=\"file-format\">PDF</span></a>"));
  CHECK(has(h, "href=\"https://dichvucong.gov.vn/chuyen-truong\""));
  // Steps are a numbered list.
  CHECK(has(h, "<ol class=\"steps\"> <li>Cha mẹ học sinh nộp hồ sơ.</li>"));
  // Every field of TT 32/2017 Đ5.1, in the legal order.
  const std::vector<std::string> fields = {
      "a) Tên thủ tục",         "b) Trình tự thực hiện",
      "c) Cách thức thực hiện", "d) Thành phần, số lượng hồ sơ",
      "đ) Thời hạn giải quyết", "e) Đối tượng thực hiện",
      "g) Cơ quan thực hiện",   "h) Kết quả thực hiện",
      "i) Phí, lệ phí",         "k) Mẫu đơn, tờ khai",
      "l) Yêu cầu, điều kiện thực hiện", "m) Căn cứ pháp lý"};
  size_t last = 0;
  for (const auto& f : fields) {
    INFO(f);
    size_t pos = at(h, "<dt>" + f + "</dt>");
    REQUIRE(pos != std::string::npos);
    CHECK(pos > last);
    last = pos;
  }
  for (const char* s : {"Nộp trực tiếp tại văn phòng nhà trường", "Học bạ", "03 ngày làm việc kể từ ngày nhận đủ hồ sơ",
                        "Cha mẹ hoặc người giám hộ học sinh", "Giấy giới thiệu chuyển trường",
                        "Học sinh đã hoàn thành chương trình lớp dưới", "Thông tư số 32/2020/TT-BGDĐT"})
    CHECK(has(h, s));

  json v = view_of(kProcedure);
  v["procedure"].update({{"has_forms", false}, {"forms", json::array()}, {"has_online", false}, {"online_url", ""},
                         {"requirements", ""}, {"fees", ""}});
  const std::string plain = render(theme, "procedure", v);
  CHECK_FALSE(has(plain, "class=\"download\""));
  CHECK_FALSE(has(plain, "dichvucong"));
  CHECK(has(plain, "<dt>l) Yêu cầu, điều kiện thực hiện</dt> <dd>Không</dd>"));
  CHECK(has(plain, "<dt>i) Phí, lệ phí</dt> <dd>Không</dd>"));
}

TEST_CASE("templates::Theme data layouts: fees", "[templates][theme][data]") {
  auto theme = load_theme();
  const std::string h = render(theme, "fees", view_of(kFees));
  for (const char* s : {"<h1>Các khoản thu năm học 2025-2026</h1>", "<caption>Các khoản thu bắt buộc</caption>",
                        "<caption>Các khoản thu thỏa thuận, tự nguyện</caption>",
                        "<th scope=\"row\">Tiền nước uống</th>", "10.000 đ", "đồng/học sinh/tháng", "90.000 đ",
                        "Theo thỏa thuận với cha mẹ học sinh",
                        "Nghị quyết số 12/2024/NQ-HĐND ngày 10/7/2024 của HĐND tỉnh",
                        "<a href=\"/cac-khoan-thu/2025-2026/\" aria-current=\"page\">Năm học 2025-2026</a>",
                        "<a href=\"/cac-khoan-thu/2024-2025/\">Năm học 2024-2025</a>"})
    CHECK(has(h, s));
  // Group totals and the grand total in <tfoot>.
  CHECK(count(h, "<tfoot") == 3);
  CHECK(has(h, "<th scope=\"row\" colspan=\"6\">Cộng cả năm</th> <td class=\"num amount\" data-label=\"Cả năm\">2.340.000 đ</td>"));
  CHECK(has(h, "<th scope=\"row\">Tổng cộng</th> <td class=\"num amount\">3.840.000 đ</td>"));
  CHECK(at(h, "Các khoản thu bắt buộc</caption>") < at(h, "Các khoản thu thỏa thuận, tự nguyện</caption>"));
}

TEST_CASE("templates::Theme data layouts: timetables", "[templates][theme][data]") {
  auto theme = load_theme();
  const std::string idx = render(theme, "timetable_index", view_of(kTimetableIndex));
  for (const char* s : {"<h1>Thời khóa biểu</h1>", "href=\"/thoi-khoa-bieu/lop/6a1/\"", ">6A2</a>",
                        "href=\"/thoi-khoa-bieu/giao-vien/nguyen-van-an/\"", "Nguyễn Văn An", "(18 tiết/tuần)",
                        "10/11/2025"})
    CHECK(has(idx, s));

  const std::string h = render(theme, "timetable", view_of(kTimetable));
  for (const char* s : {"<body class=\"kind-data data-timetable timetable\">", "<h1>Thời khóa biểu lớp 6A1</h1>",
                        "<caption>Buổi sáng</caption>", "<th scope=\"col\">Thứ Hai</th>", "<th scope=\"col\">Thứ Ba</th>",
                        "<th scope=\"row\" class=\"tt-period\">2</th>",
                        "<td data-label=\"Tiết 1\"><span class=\"tt-subject\">Toán</span> <span class=\"tt-detail\">Nguyễn Văn An</span> "
                        "<span class=\"tt-room\">P.201</span></td>",
                        "<td data-label=\"Tiết 1\"><span class=\"tt-subject\">Ngữ văn</span> <span class=\"tt-detail\">Hoàng Thị Lan</span></td>",
                        "<td class=\"tt-empty\" data-label=\"Tiết 2\"><span class=\"tt-none\">Không có tiết</span></td>", "href=\"/thoi-khoa-bieu/\"", "Áp dụng từ ngày:"})
    CHECK(has(h, s));
  // Two days, two periods: two header cells for days, four body cells.
  CHECK(count(h, "<td") == 4);
}

TEST_CASE("templates::Theme data layouts: work schedule", "[templates][theme][data]") {
  auto theme = load_theme();
  const std::string h = render(theme, "work_schedule", view_of(kWorkSchedule));
  for (const char* s : {"<h1>Lịch công tác tuần từ 24/11/2025 đến 30/11/2025</h1>", "Tuần này",
                        "<th scope=\"rowgroup\" colspan=\"5\">Thứ Hai, 24/11/2025</th>", "Chào cờ đầu tuần", "Sân trường",
                        "Toàn trường", "Hiệu trưởng", "Không có lịch công tác.",
                        "href=\"/lich-cong-tac/2025-11-17/\" rel=\"prev\"", "href=\"/lich-cong-tac/2025-12-01/\" rel=\"next\"",
                        "<caption id=\"bang_lich_tuan\">"})
    CHECK(has(h, s));

  json v = view_of(kWorkSchedule);
  v["schedule"].update({{"is_current", false}, {"has_prev", false}, {"has_next", false}});
  const std::string old = render(theme, "work_schedule", v);
  CHECK_FALSE(has(old, "Tuần này"));
  CHECK_FALSE(has(old, "week-nav"));
}

TEST_CASE("templates::Theme data layouts: documents", "[templates][theme][data]") {
  auto theme = load_theme();
  const std::string h = render(theme, "documents", view_of(kDocuments));
  for (const char* s : {"<h1>Văn bản</h1>", "<th scope=\"col\" data-sort=\"text\">Số ký hiệu</th>",
                        "<th scope=\"col\" data-sort=\"date\" aria-sort=\"descending\">Ngày ban hành</th>",
                        "Cơ quan ban hành</th>", "Loại</th>", "Trích yếu</th>", "Tệp</th>",
                        "<th scope=\"row\" class=\"doc-number\">125/KH-THCSND</th>",
                        "<time datetime=\"2025-09-05\">05/09/2025</time>", "Hiệu lực: 05/09/2025",
                        "href=\"/files/van-ban/125-kh-thcsnd.pdf\"", "href=\"https://vinhphuc.edu.vn/98.docx\"",
                        "<span class=\"file-format\">DOCX</span>",
                        "data-year=\"2025\" data-issuer=\"Trường THCS Nguyễn Du\" data-type=\"Kế hoạch\"",
                        // The filter form: hidden until js/documents.js runs, labelled fields, a live count.
                        "<form class=\"doc-filter\" id=\"loc_van_ban\" role=\"search\" aria-label=\"Lọc văn bản\" hidden>",
                        "<label for=\"loc_tu_khoa\">", "<label for=\"loc_nam\">", "<label for=\"loc_co_quan\">",
                        "<label for=\"loc_loai\">", "<option value=\"2024\">2024</option>",
                        "<option value=\"Sở Giáo dục và Đào tạo Vĩnh Phúc\">", "<option value=\"Quyết định\">",
                        "<p class=\"filter-count\" id=\"so_van_ban\" aria-live=\"polite\">Có 2 văn bản.</p>",
                        "<script src=\"/js/documents.js\" defer></script>"})
    CHECK(has(h, s));
  CHECK(count(h, "<tr data-year=") == 2);
  CHECK(at(h, "125/KH-THCSND") < at(h, "98/QĐ-THCSND"));  // the given order (newest first)

  json v = view_of(kDocuments);
  v["documents"].update({{"count", 0}, {"items", json::array()}, {"issuers", json::array()},
                         {"types", json::array()}, {"years", json::array()}});
  const std::string empty = render(theme, "documents", v);
  CHECK(has(empty, "Chưa có văn bản nào."));
  CHECK_FALSE(has(empty, "<form class=\"doc-filter\""));  // no filter (the header's search box stays)
}

TEST_CASE("templates::Theme home links the latest data pages", "[templates][theme][data]") {
  auto theme = load_theme();
  json v = json::parse(kCommon);
  v.erase("breadcrumbs");
  v["kind"] = "home";
  v["home"] = {{"content", "<p>Chào mừng</p>"},
               {"latest", json::array()},
               {"sections", json::array()},
               {"data", json::parse(kHomeData)}};
  const std::string h = render(theme, "home", v);
  CHECK(count(h, "<h1") == 1);
  CHECK(has(h, "<p>Chào mừng</p>"));
  for (const char* s : {"Thông tin công khai và tra cứu", "href=\"/lich-cong-tac/\"", "Lịch công tác tuần này",
                        "href=\"/cong-khai/2025-2026/\"", "Năm học 2025-2026", "href=\"/thoi-khoa-bieu/\"",
                        "href=\"/cac-khoan-thu/2025-2026/\"", "href=\"/thu-tuc-hanh-chinh/\"", "7 thủ tục",
                        "href=\"/files/van-ban/125-kh-thcsnd.pdf\"", "<time datetime=\"2025-09-05\">05/09/2025</time>",
                        "<a href=\"/van-ban/\">Xem tất cả văn bản</a>"})
    CHECK(has(h, s));
  CHECK(count(h, "<section class=\"data-links\"") == 1);
  CHECK(count(h, "<ul class=\"data-link-grid\">") == 1);

  // Only documents: the block, without an empty list of links.
  json only_docs = json::parse(kHomeData);
  for (const char* f : {"has_schedule", "has_disclosures", "has_timetable", "has_fees", "has_procedures"})
    only_docs[f] = false;
  v["home"]["data"] = only_docs;
  const std::string docs = render(theme, "home", v);
  CHECK(count(docs, "<section class=\"data-links\"") == 1);
  CHECK(count(docs, "</section>") == count(docs, "<section"));
  CHECK_FALSE(has(docs, "data-link-grid"));
  CHECK(has(docs, "Văn bản mới"));

  // No data at all: no block.
  json none = only_docs;
  none["has_documents"] = false;
  v["home"]["data"] = none;
  CHECK_FALSE(has(render(theme, "home", v), "data-links"));
  v["home"].erase("data");
  CHECK_FALSE(has(render(theme, "home", v), "data-links"));
}

TEST_CASE("templates::Theme data layouts write no root-relative address of their own", "[templates][theme][data]") {
  auto theme = load_theme();
  const std::string base = "/thcs-le-loi/";
  for (const auto& [layout, data] : kLayouts) {
    INFO(layout);
    const std::string h = render(theme, layout, test::under_path(view_of(data), base));
    CHECK(test::outside_path(h, base) == std::vector<std::string>{});
  }
  const std::string docs = render(theme, "documents", test::under_path(view_of(kDocuments), base));
  CHECK(has(docs, "<script src=\"/thcs-le-loi/js/documents.js\" defer></script>"));
  CHECK(has(docs, "href=\"/thcs-le-loi/files/van-ban/125-kh-thcsnd.pdf\""));
  CHECK(has(docs, "href=\"https://vinhphuc.edu.vn/98.docx\""));

  json v = json::parse(kCommon);
  v.erase("breadcrumbs");
  v["kind"] = "home";
  v["home"] = {{"content", ""}, {"latest", json::array()}, {"sections", json::array()}, {"data", json::parse(kHomeData)}};
  const std::string home = render(theme, "home", test::under_path(v, base));
  CHECK(test::outside_path(home, base) == std::vector<std::string>{});
  CHECK(has(home, "<a href=\"/thcs-le-loi/van-ban/\">Xem tất cả văn bản</a>"));
}

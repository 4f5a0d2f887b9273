#include <catch2/catch.hpp>

#include "core/text.hpp"

using namespace wt;

TEST_CASE("core::slugify folds Vietnamese", "[core]") {
  struct Case { const char* in; const char* out; };
  const Case cases[] = {
      {"Thời khóa biểu", "thoi-khoa-bieu"},
      {"Đoàn - Đội", "doan-doi"},
      {"ĐẠI HỘI CHI ĐOÀN", "dai-hoi-chi-doan"},
      {"Tin tức & Sự kiện!", "tin-tuc-su-kien"},
      {"  Lớp 6A1  ", "lop-6a1"},
      {"Học phí năm học 2025–2026", "hoc-phi-nam-hoc-2025-2026"},
      {"Ưu tiên ở đây", "uu-tien-o-day"},
      {"Khoá học / khóa học", "khoa-hoc-khoa-hoc"},
      {"!!!", ""},
      {"", ""},
  };
  for (const auto& c : cases) {
    INFO(c.in);
    CHECK(slugify(c.in) == c.out);
  }
}

TEST_CASE("core::slugify handles decomposed (NFD) input", "[core]") {
  // "Tiếng Việt" typed with combining marks.
  CHECK(slugify("Tie\xCC\x82\xCC\x81ng Vie\xCC\xA3\xCC\x82t") == "tieng-viet");
}

TEST_CASE("core::to_nfc composes and repairs", "[core]") {
  CHECK(to_nfc("Vie\xCC\xA3\xCC\x82t") == "Việt");
  CHECK(to_nfc("plain") == "plain");
  CHECK(is_valid_utf8("Việt"));
  CHECK_FALSE(is_valid_utf8("\xC3\x28"));
  CHECK_FALSE(is_valid_utf8("\xED\xA0\x80"));  // surrogate
  CHECK(to_nfc("a\xFF" "b") == "a\xEF\xBF\xBD" "b");
}

TEST_CASE("core::repair_utf8 replaces each invalid byte, keeps the rest", "[core]") {
  CHECK(repair_utf8("Việt") == "Việt");
  CHECK(repair_utf8("") == "");
  CHECK(repair_utf8("a\x8A" "b") == "a\xEF\xBF\xBD" "b");
  CHECK(repair_utf8("\xC3\x28") == "\xEF\xBF\xBD(");                     // lead byte without continuation
  CHECK(repair_utf8("x\xED\xA0\x80") == "x\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // surrogate: three bytes
  CHECK(repair_utf8("\xF4\x90\x80\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // past U+10FFFF
  CHECK(is_valid_utf8(repair_utf8("\xFF\xFE\xC0\xAF ờ \xE1\xBB")));
}

TEST_CASE("core::to_nfc: text the quick check proves NFC is kept, the rest goes through ICU", "[core]") {
  // Precomposed Vietnamese, and a character beyond the BMP: already NFC.
  CHECK(to_nfc("Trường THCS Nguyễn Du – Hội giảng 20/11 \xF0\x9F\x8E\x89") ==
        "Trường THCS Nguyễn Du – Hội giảng 20/11 \xF0\x9F\x8E\x89");
  // Characters whose NFC check is "maybe" or "no" are composed or replaced by ICU:
  CHECK(to_nfc("\xEA\xB0\x80\xE1\x86\xA8") == "\xEA\xB0\x81");  // Hangul LV + trailing jamo -> LVT
  CHECK(to_nfc("\xE2\x84\xA6") == "\xCE\xA9");                    // OHM SIGN -> GREEK CAPITAL OMEGA
  CHECK(to_nfc("a\xCC\x80") == "\xC3\xA0");                        // a + combining grave
  const std::string surrogate = to_nfc("x\xED\xA0\x80y");          // an encoded surrogate is invalid:
  CHECK(is_valid_utf8(surrogate));                                     // replaced, never passed on
  CHECK(surrogate.find("\xEF\xBF\xBD") != std::string::npos);
  CHECK(to_nfc("\xC0\xAF") != "\xC0\xAF");                          // an overlong '/' is not passed on
  auto kept = to_nfc_if_valid("Thời khóa biểu");
  REQUIRE(kept);
  CHECK(*kept == "Thời khóa biểu");
  CHECK_FALSE(to_nfc_if_valid("Th\xFFi"));
  CHECK(to_nfc_if_valid("Vie\xCC\xA3\xCC\x82t") == std::optional<std::string>("Việt"));
}

TEST_CASE("core::fold_diacritics maps đ", "[core]") {
  CHECK(fold_diacritics("Đường đến trường") == "Duong den truong");
}

TEST_CASE("core::html_escape", "[core]") {
  CHECK(html_escape("<a href=\"x\">T&'</a>") == "&lt;a href=&quot;x&quot;&gt;T&amp;&#39;&lt;/a&gt;");
}

TEST_CASE("core::closest_match suggests likely typos only", "[core]") {
  std::vector<std::string> keys = {"title", "date", "categories", "tags", "summary"};
  CHECK(closest_match("titel", keys) == "title");
  CHECK(closest_match("categoris", keys) == "categories");
  CHECK(closest_match("tag", keys) == "tags");
  CHECK(closest_match("xyzzyplugh", keys) == "");
}

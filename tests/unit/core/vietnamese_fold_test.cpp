// core/vietnamese_fold: the one fold table and its options. The table is
// checked against the fold ICU gives a whole text (what fold_diacritics and
// the slugs were before the table: NFD of the text, marks dropped, đ -> d),
// on Vietnamese, other scripts, marks, invalid UTF-8 and random texts.
// fold_for_match_prefix: "the first max_bytes bytes of fold_for_match(text)
// ... *longer tells whether the whole fold is longer", for every max_bytes,
// against the whole fold cut by the test; the whole fold against the
// contract of the option `words` written out here.
#include <catch2/catch.hpp>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "core/text.hpp"
#include "core/vietnamese_fold.hpp"

using namespace wt;

namespace {

// The fold of a whole text as ICU gives it, independently of the table.
std::string icu_fold(const std::string& text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  const icu::UnicodeString src = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  const icu::UnicodeString decomposed = nfd->normalize(src, status);
  icu::UnicodeString out;
  for (int32_t i = 0; i < decomposed.length();) {
    UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (u_getCombiningClass(c) != 0 || u_charType(c) == U_NON_SPACING_MARK) continue;
    if (c == 0x0111) c = 'd';
    else if (c == 0x0110) c = 'D';
    out.append(c);
  }
  std::string utf8;
  out.toUTF8String(utf8);
  return utf8;
}

// fold_for_match as its header describes it, by way of the ICU fold.
std::string reference_fold(const std::string& text) {
  const std::string folded = icu_fold(text);
  std::string out;
  bool gap = false;
  for (unsigned char c : folded) {
    const bool word = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (!word) {
      gap = true;
      continue;
    }
    if (gap && !out.empty()) out += ' ';
    gap = false;
    out += static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
  }
  return out;
}

// Every max_bytes from 0 to past the end: the prefix and `longer` the
// contract promises. Returns the number of wrong answers (each also CHECKed).
size_t check_all_prefixes(const std::string& text, size_t extra = 3) {
  const std::string whole = fold_for_match(text);
  size_t wrong = 0;
  for (size_t max = 0; max <= whole.size() + extra; ++max) {
    const std::string want = whole.substr(0, max);
    const bool want_longer = whole.size() > max;
    bool longer = !want_longer;  // the opposite, so that an unset flag shows
    const std::string got = fold_for_match_prefix(text, max, &longer);
    const std::string got_no_flag = fold_for_match_prefix(text, max);
    if (got != want || longer != want_longer || got_no_flag != want) {
      ++wrong;
      INFO("text \"" << text << "\" max_bytes " << max << " whole fold \"" << whole << "\"");
      CHECK(got == want);
      CHECK(longer == want_longer);
      CHECK(got_no_flag == want);
    }
  }
  // and a max_bytes far beyond anything
  bool longer = true;
  CHECK(fold_for_match_prefix(text, SIZE_MAX, &longer) == whole);
  CHECK_FALSE(longer);
  return wrong;
}

// Vietnamese decomposed (NFD) as some editors paste it.
const std::string kNfdTiengViet = "Tie\xCC\x82\xCC\x81ng Vie\xCC\xA3\xCC\x82t";                 // Tiếng Việt
const std::string kNfdTruong = "Tru\xCC\x9Bo\xCC\x9B\xCC\x80ng THCS Nguye\xCC\x82\xCC\x83n Du";  // Trường THCS Nguyễn Du
const std::string kNfdDangKy = "\xC4\x90" "a\xCC\x86ng ky\xCC\x81 ho\xCC\xA3\xCC\x82i tha\xCC\x89o";  // Đăng ký hội thảo

const std::vector<std::string>& texts() {
  static const std::vector<std::string> t = [] {
    std::vector<std::string> v = {
        "",
        " ",
        "!!!",
        "a",
        "A",
        "Đ",
        "đ",
        "ĐĐ đđ",
        "Thời Khoá-Biểu!",
        "  ĐOÀN   Đội ",
        "Tin tức – Sự kiện",
        "THỜI KHÓA BIỂU HỌC KỲ I NĂM HỌC 2025-2026",
        "Công khai thông tin theo Thông tư 09/2024/TT-BGDĐT",
        "Ban giám hiệu:",
        "Lịch công tác tuần 12 (từ 17/11 đến 22/11)",
        "Quy chế dân chủ; Kế hoạch giáo dục; Tuyển sinh lớp 6",
        "Ưu tiên ở đây — “Đăng ký” ‘trực tuyến’…",
        "Học phí năm học 2025–2026: 1.500.000 đ/tháng",
        "Chi bộ Đảng  -  Công đoàn  -  Đoàn TNCS Hồ Chí Minh",
        "\xC2\xA0No-break\xC2\xA0spaces\xC2\xA0",
        "Tab\tand\nnewline\r\ninside",
        "Ǆ ǅ ǆ ĳ Œ æ ß ø ł",  // letters fold_diacritics leaves alone (non-ASCII: separators)
        "Русский текст Ελληνικά 中文 日本語",
        "Hàn Quốc 한국어 가각",
        "emoji 🎉 after a word and 𝐀𝐁 mathematical letters",  // beyond U+FFFF
        "a\xCC\x81",                                           // a + combining acute
        "\xCC\x81\xCC\x82 marks alone",
        "İstanbul Ångström Éclair naïve façade",
        "x\xFFy",                    // invalid byte between letters
        "Trường \xE1\xBB",          // truncated three-byte sequence at the end
        "\xC0\xAF overlong slash",   // overlong
        "abc\xED\xA0\x80" "def",  // encoded surrogate
        "Trường THCS Nguyễn Du \xF0\x9F", // truncated four-byte sequence
        "0123456789 ABCDEFGHIJ klmnopqrst UVWXYZ",
        "a-b-c-d-e-f-g",
        "...lead and trail...",
        "Ạ Ả Ã À Á Ấ Ầ Ẩ Ẫ Ậ Ắ Ằ Ẳ Ẵ Ặ Ẹ Ẻ Ẽ Ế Ề Ể Ễ Ệ Ỉ Ị Ọ Ỏ Ố Ồ Ổ Ỗ Ộ Ớ Ờ Ở Ỡ Ợ Ụ Ủ Ứ Ừ Ử Ữ Ự Ỳ Ỵ Ỷ Ỹ",
        "ạ ả ã à á ấ ầ ẩ ẫ ậ ắ ằ ẳ ẵ ặ ẹ ẻ ẽ ế ề ể ễ ệ ỉ ị ọ ỏ ố ồ ổ ỗ ộ ớ ờ ở ỡ ợ ụ ủ ứ ừ ử ữ ự ỳ ỵ ỷ ỹ",
        kNfdTiengViet,
        kNfdTruong,
        kNfdDangKy,
        kNfdTruong + " — " + "Trường THCS Nguyễn Du",  // NFD and NFC mixed
    };
    // Long lines: labels at the start of a long paragraph.
    std::string long_line = "Thông báo: ";
    while (long_line.size() < 3000) long_line += "Trường THCS Nguyễn Du tổ chức Hội giảng chào mừng ngày 20/11. ";
    v.push_back(long_line);
    std::string long_nfd;
    while (long_nfd.size() < 1500) long_nfd += kNfdTiengViet + ", " + kNfdDangKy + "; ";
    v.push_back(long_nfd);
    std::string long_invalid_at_end = long_line + "\xFF";
    v.push_back(long_invalid_at_end);
    std::string long_emoji_at_end = long_line + "🎉 cuối";
    v.push_back(long_emoji_at_end);
    return v;
  }();
  return t;
}

}  // namespace

TEST_CASE("fold_for_match_prefix: written-out examples", "[audit][fold_prefix]") {
  bool longer = false;
  CHECK(fold_for_match_prefix("Thời Khoá-Biểu!", 4, &longer) == "thoi");
  CHECK(longer);
  CHECK(fold_for_match_prefix("Thời Khoá-Biểu!", 5, &longer) == "thoi ");
  CHECK(longer);
  CHECK(fold_for_match_prefix("Thời Khoá-Biểu!", 13, &longer) == "thoi khoa bie");
  CHECK(longer);
  CHECK(fold_for_match_prefix("Thời Khoá-Biểu!", 14, &longer) == "thoi khoa bieu");
  CHECK_FALSE(longer);
  CHECK(fold_for_match_prefix("Thời Khoá-Biểu!", 15, &longer) == "thoi khoa bieu");
  CHECK_FALSE(longer);
  CHECK(fold_for_match_prefix("Thời Khoá-Biểu!", 0, &longer) == "");
  CHECK(longer);
  CHECK(fold_for_match_prefix("  ĐOÀN   Đội ", 4, &longer) == "doan");
  CHECK(longer);
  CHECK(fold_for_match_prefix("  ĐOÀN   Đội ", 8, &longer) == "doan doi");
  CHECK_FALSE(longer);
  CHECK(fold_for_match_prefix("ĐOÀN!!!!!!!!!!!!!!!!!!!!", 4, &longer) == "doan");  // trailing separators add nothing
  CHECK_FALSE(longer);
  CHECK(fold_for_match_prefix(kNfdTiengViet, 6, &longer) == "tieng ");
  CHECK(longer);
  CHECK(fold_for_match_prefix(kNfdTiengViet, 10, &longer) == "tieng viet");
  CHECK_FALSE(longer);
  CHECK(fold_for_match_prefix("", 0, &longer) == "");
  CHECK_FALSE(longer);
  CHECK(fold_for_match_prefix(" - ", 0, &longer) == "");
  CHECK_FALSE(longer);
  CHECK(fold_for_match_prefix("x\xFFy", 1, &longer) == "x");
  CHECK(longer);
  CHECK(fold_for_match_prefix("x\xFFy", 3, &longer) == "x y");
  CHECK_FALSE(longer);
}

TEST_CASE("fold_for_match agrees with its contract on the test texts", "[audit][fold_prefix]") {
  for (const auto& t : texts()) {
    INFO("text \"" << t << "\"");
    CHECK(fold_for_match(t) == reference_fold(t));
  }
}

TEST_CASE("fold_for_match_prefix: every max_bytes of Vietnamese texts", "[audit][fold_prefix]") {
  size_t wrong = 0;
  for (const auto& t : texts()) wrong += check_all_prefixes(t);
  CHECK(wrong == 0);
}

TEST_CASE("fold_for_match_prefix: a string_view inside a longer buffer reads only its bytes",
          "[audit][fold_prefix]") {
  // article_detect passes lines of a page: views whose next byte is the next line.
  const std::string page = "Thông báo tuyển sinh\nLớp 6 năm học 2025";
  const std::string_view first(page.data(), page.find('\n'));
  bool longer = true;
  CHECK(fold_for_match_prefix(first, 100, &longer) == "thong bao tuyen sinh");
  CHECK_FALSE(longer);
  CHECK(fold_for_match_prefix(first, 20, &longer) == "thong bao tuyen sinh");
  CHECK_FALSE(longer);
  CHECK(fold_for_match_prefix(first, 19, &longer) == "thong bao tuyen sin");
  CHECK(longer);
  // a view that cuts a two-byte character in half is invalid UTF-8 on its own
  const std::string word = "Đội";
  const std::string_view cut(word.data(), 1);  // the lead byte of Đ
  CHECK(fold_for_match_prefix(cut, 10, &longer) == fold_for_match(std::string(cut)));
  CHECK_FALSE(longer);
}

TEST_CASE("fold_for_match_prefix: random texts, every max_bytes", "[audit][fold_prefix]") {
  static const std::vector<std::string> pieces = {
      "Trường", "trường", "TRƯỜNG", "Đội", "đoàn", "ĐOÀN", "Nguyễn", "Hội", "giảng", "thời", "khoá", "khóa", "biểu",
      "Ưu", "ở", "lớp", "6A1", "2025", "20/11", "a", "B", "z9", " ", " ", " ", "  ", "-", "–", "—", ",", ".", ":",
      "!", "(", ")", "\"", "“", "”", "\xC2\xA0", "\t", "\n", "İ", "ß", "æ", "Ω", "ж", "中", "가", "🎉", "𝐀",
      kNfdTiengViet, "e\xCC\x82\xCC\x81", "o\xCC\x9B\xCC\x80", "a\xCC\x86\xCC\xA3", "u\xCC\x9B", "\xCC\x81",
      "\xCC\xA3", "D\xCC\xA3"};
  static const std::vector<std::string> invalid = {"\xFF", "\xC3", "\xE1\xBB", "\x80", "\xC0\xAF", "\xED\xA0\x80",
                                                   "\xF0\x9F", "\xF4\x90\x80\x80"};
  std::mt19937 rng(0xF01Du);
  size_t wrong = 0, contract = 0;
  for (int i = 0; i < 3000; ++i) {
    std::string text;
    const int n = static_cast<int>(rng() % 40);
    const bool with_invalid = rng() % 10 == 0;
    for (int k = 0; k < n; ++k) {
      if (with_invalid && rng() % 8 == 0)
        text += invalid[rng() % invalid.size()];
      else
        text += pieces[rng() % pieces.size()];
    }
    if (fold_for_match(text) != reference_fold(text)) {
      ++contract;
      INFO("text \"" << text << "\"");
      CHECK(fold_for_match(text) == reference_fold(text));
    }
    wrong += check_all_prefixes(text, 2);
  }
  CHECK(contract == 0);
  CHECK(wrong == 0);
}

TEST_CASE("fold_diacritics (the slug rules) is ICU's fold of the whole text", "[core][fold]") {
  for (const auto& t : texts()) {
    INFO("text \"" << t << "\"");
    CHECK(fold_diacritics(t) == icu_fold(t));
  }
  CHECK(fold_diacritics("Đường đến trường") == "Duong den truong");
  CHECK(fold_diacritics("ĐOÀN") == "DOAN");
  CHECK(fold_text("ĐOÀN Đội", {.lower = true}) == "doan doi");
  CHECK(fold_text("x\xFFy") == "x\xEF\xBF\xBDy");  // an invalid byte is U+FFFD, as ICU reads it
}

TEST_CASE("the fold table agrees with ICU on every code point of the BMP and a sample beyond", "[core][fold]") {
  size_t wrong = 0;
  for (char32_t cp = 0x80; cp < 0x30000; ++cp) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;
    if (cp >= 0x10000 && cp % 7 != 0) continue;  // beyond the BMP: a sample
    std::string one;
    append_utf8(one, cp);
    if (fold_code_point(cp) != icu_fold(one)) {
      ++wrong;
      INFO("U+" << std::hex << static_cast<uint32_t>(cp));
      CHECK(std::string(fold_code_point(cp)) == icu_fold(one));
    }
  }
  CHECK(wrong == 0);
}

TEST_CASE("slugs are made of the fold", "[core][fold]") {
  CHECK(slugify("Tin tức – Sự kiện") == "tin-tuc-su-kien");
  CHECK(slugify("ĐOÀN Đội") == "doan-doi");
  CHECK(slugify("Tie\xCC\x82\xCC\x81ng Vie\xCC\xA3\xCC\x82t") == "tieng-viet");
  CHECK(slugify("Ångström 中文 ß") == "angstrom");  // what does not fold to ASCII separates words
}

TEST_CASE("fold_bytes: one byte per code point, with offsets", "[core][fold]") {
  FoldedBytes f;
  const std::string text = "Thứ Hai,\xC2\xA0" "9\xE2\x80\x93" "9 NĂM";  // NBSP, en dash
  fold_bytes(text, f);
  CHECK(f.text == "thu hai, 9-9 nam");
  REQUIRE(f.offsets.size() == f.text.size() + 1);
  CHECK(f.offsets[0] == 0);
  CHECK(text.substr(f.offsets[2], 3) == "ứ");  // the byte of "ứ" points at its first byte
  CHECK(f.offsets.back() == text.size());
  // Marks fold to nothing; other scripts, symbols and invalid bytes to '\x01'.
  fold_bytes("Vie\xCC\xA3\xCC\x82t", f);
  CHECK(f.text == "viet");
  CHECK(f.offsets == std::vector<size_t>{0, 1, 2, 7, 8});
  fold_bytes("a\xFF\xC0\xAF" "b中", f);
  CHECK(f.text == "a\x01\x01\x01" "b\x01");
  CHECK(f.offsets == std::vector<size_t>{0, 1, 2, 3, 4, 5, 8});
  fold_bytes("", f);
  CHECK(f.text.empty());
  CHECK(f.offsets == std::vector<size_t>{0});
  // Every code point the dates read as a letter is one of the slug's letters.
  for (char32_t cp = 0x80; cp < 0x2000; ++cp) {
    std::string one;
    append_utf8(one, cp);
    fold_bytes(one, f);
    const std::string slug = fold_diacritics(one);
    if (slug.size() == 1 && std::isalpha(static_cast<unsigned char>(slug[0]))) {
      INFO("U+" << std::hex << static_cast<uint32_t>(cp));
      CHECK(f.text == std::string(1, static_cast<char>(std::tolower(static_cast<unsigned char>(slug[0])))));
    }
  }
}

TEST_CASE("decode_utf8: the one decoder", "[core][utf8]") {
  auto at = [](std::string_view s) { return decode_utf8(s, 0); };
  CHECK(at("A").value == 'A');
  CHECK(at("é").value == 0xE9);
  CHECK(at("é").length == 2);
  CHECK(at("ự").value == 0x1EF1);
  CHECK(at("🎉").value == 0x1F389);
  CHECK(at("🎉").length == 4);
  for (std::string_view bad : {"\x80", "\xC0\xAF", "\xC1\xBF", "\xE0\x80\xAF", "\xED\xA0\x80", "\xF0\x80\x80\xAF",
                               "\xF4\x90\x80\x80", "\xF5\x80\x80\x80", "\xFF", "\xC3", "\xE1\xBB", "\xC3("}) {
    INFO("bytes " << bad.size());
    CHECK_FALSE(at(bad).valid);
    CHECK(at(bad).length == 1);
  }
  CHECK(is_valid_utf8("Trường THCS 🎉"));
  CHECK_FALSE(is_valid_utf8("ab\xC3("));
  CHECK(first_invalid_utf8("ab\xC3(") == 2);
  CHECK(first_invalid_utf8("Trường") == std::string_view::npos);
  CHECK(utf8_prefix("Đội", 3) == "Đ");
  CHECK(utf8_prefix("Đội", 4) == "Đ");
  CHECK(utf8_prefix("Đội", 5) == "Độ");
  std::string s;
  for (char32_t cp : {char32_t{'a'}, char32_t{0xE9}, char32_t{0x1EF1}, char32_t{0x1F389}}) append_utf8(s, cp);
  CHECK(s == "aéự🎉");
}

TEST_CASE("spelling_key: one key for old and new tone placement, any case", "[core][fold]") {
  struct Case {
    const char* word;
    const char* key;
  };
  const Case cases[] = {
      {"khóa", "khoa1"}, {"khoá", "khoa1"}, {"KHOÁ", "khoa1"}, {"Khoa", "khoa"},  {"Thời", "thơi2"},
      {"ĐOÀN", "đoan2"}, {"đoán", "đoan1"}, {"thuỷ", "thuy3"}, {"thủy", "thuy3"}, {"hoà", "hoa2"},
      {"hòa", "hoa2"},   {"Nguyễn", "nguyên4"}, {"học", "hoc5"}, {"Ưu", "ưu"},    {"6A1", "6a1"},
      {"kho\xCC\x81" "a", "khoa1"},  // decomposed: o + U+0301
      {"tho\xCC\x9B\xCC\x80i", "thơi2"},  // o + horn + grave
      {"", ""},
  };
  for (const auto& c : cases) {
    INFO(c.word);
    CHECK(wt::spelling_key(c.word) == c.key);
  }
}

TEST_CASE("spelling_parts: the fold, the spelling without tone, the tone, word or not", "[core][fold]") {
  const auto p = wt::spelling_parts(U'Ờ');
  CHECK(p.fold == "O");
  CHECK(p.spelling == "ơ");
  CHECK(p.tone == 2);
  CHECK(p.word);
  CHECK(wt::spelling_parts(U'đ').spelling == "đ");
  CHECK(wt::spelling_parts(0x0323).tone == 5);
  CHECK(wt::spelling_parts(0x0323).spelling.empty());
  CHECK(wt::spelling_parts(0x0323).word);
  CHECK_FALSE(wt::spelling_parts(U'–').word);
  CHECK_FALSE(wt::spelling_parts(0xA0).word);
  CHECK(wt::spelling_parts(U'٣').word);  // a digit of another script
}

// wt::to_nfc (and to_nfc_if_valid) against ICU's NFC normalizer asked
// directly, over the inputs the quick check of scan_utf8_nfc decides by
// itself: every two-byte code point (its bitmap), three-byte code points,
// ASCII runs of every length before and after (its eight-byte skipping), and
// invalid UTF-8 (text.hpp: "invalid UTF-8 sequences become U+FFFD").
#include <catch2/catch.hpp>

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <unicode/utypes.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/text.hpp"

namespace {

const icu::Normalizer2* icu_instance(bool nfc) {
  static const icu::Normalizer2* const instances[2] = {
      [] {
        UErrorCode status = U_ZERO_ERROR;
        const icu::Normalizer2* n = icu::Normalizer2::getNFDInstance(status);
        return U_SUCCESS(status) ? n : nullptr;
      }(),
      [] {
        UErrorCode status = U_ZERO_ERROR;
        const icu::Normalizer2* n = icu::Normalizer2::getNFCInstance(status);
        return U_SUCCESS(status) ? n : nullptr;
      }(),
  };
  return instances[nfc ? 1 : 0];
}

// ICU itself: UTF-8 read with U+FFFD for each invalid sequence, then NFC (or NFD).
std::string icu_normalize(const std::string& text, bool nfc = true) {
  const icu::Normalizer2* normalizer = icu_instance(nfc);
  if (!normalizer) FAIL("no ICU normalizer");
  const icu::UnicodeString src =
      icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  UErrorCode status = U_ZERO_ERROR;
  const icu::UnicodeString out = normalizer->normalize(src, status);
  if (U_FAILURE(status)) FAIL("ICU normalize failed: " << u_errorName(status));
  std::string utf8;
  out.toUTF8String(utf8);
  return utf8;
}

std::string utf8(char32_t cp) {
  std::string s;
  if (cp < 0x80) {
    s += static_cast<char>(cp);
  } else if (cp < 0x800) {
    s += static_cast<char>(0xC0 | (cp >> 6));
    s += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {  // surrogates too, as the invalid bytes they are
    s += static_cast<char>(0xE0 | (cp >> 12));
    s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    s += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    s += static_cast<char>(0xF0 | (cp >> 18));
    s += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    s += static_cast<char>(0x80 | (cp & 0x3F));
  }
  return s;
}

// Well-formed UTF-8 (Unicode 3.9, table 3-7), written out independently of
// wt::is_valid_utf8.
bool well_formed(const std::string& s) {
  size_t i = 0;
  while (i < s.size()) {
    const auto b = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char c = b(i);
    auto cont = [&](size_t k, unsigned char lo = 0x80, unsigned char hi = 0xBF) {
      return k < s.size() && b(k) >= lo && b(k) <= hi;
    };
    if (c < 0x80) {
      i += 1;
    } else if (c >= 0xC2 && c <= 0xDF) {
      if (!cont(i + 1)) return false;
      i += 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      const unsigned char lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
      if (!cont(i + 1, lo, hi) || !cont(i + 2)) return false;
      i += 3;
    } else if (c >= 0xF0 && c <= 0xF4) {
      const unsigned char lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
      if (!cont(i + 1, lo, hi) || !cont(i + 2) || !cont(i + 3)) return false;
      i += 4;
    } else {
      return false;
    }
  }
  return true;
}

std::string show(const std::string& s) {
  static const char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    if (c >= 0x20 && c < 0x7F) {
      out += static_cast<char>(c);
    } else {
      out += "\\x";
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

// to_nfc and to_nfc_if_valid on one text, against ICU; the number of wrong
// answers (each also CHECKed, so that a failure names its text).
size_t check_text(const std::string& text) {
  const std::string want = icu_normalize(text);
  const std::string got = wt::to_nfc(text);
  const bool valid = well_formed(text);
  const std::optional<std::string> if_valid = wt::to_nfc_if_valid(text);
  const bool ok = got == want && well_formed(got) && (valid ? if_valid == want : !if_valid) &&
                  wt::is_valid_utf8(text) == valid;
  if (!ok) {
    INFO("text " << show(text) << "\nICU    " << show(want) << "\nto_nfc " << show(got));
    CHECK(got == want);
    CHECK(well_formed(got));
    CHECK(wt::is_valid_utf8(text) == valid);
    if (valid) {
      CHECK(if_valid == std::optional<std::string>(want));
    } else {
      CHECK_FALSE(if_valid);
    }
  }
  return ok ? 0 : 1;
}

std::string ascii(size_t n, char c = 'x') { return std::string(n, c); }

const std::string kAcute = "\xCC\x81";  // U+0301

}  // namespace

TEST_CASE("to_nfc equals ICU for every two-byte code point, at every alignment", "[core][nfc]") {
  size_t wrong = 0, changed = 0;
  for (char32_t cp = 0x80; cp < 0x800; ++cp) {
    const std::string c = utf8(cp);
    for (size_t k = 0; k <= 9; ++k) {
      const std::string pre = ascii(k, 'p');
      wrong += check_text(pre + c);
      wrong += check_text(pre + "a" + c);
      wrong += check_text(pre + c + kAcute);
      wrong += check_text(pre + c + "q");
      wrong += check_text(pre + "a" + c + ascii(16 - (k % 8), 's'));
      // followed and preceded by characters the quick check passes (é, ệ),
      // so that a scan that stepped over `c` would still find valid NFC
      wrong += check_text(pre + "a" + c + "\xC3\xA9\xE1\xBB\x87");
      wrong += check_text(pre + "\xC3\xA9" + c + "\xC3\xA9");
      if (icu_normalize(pre + "a" + c) != pre + "a" + c) ++changed;
    }
  }
  CHECK(wrong == 0);
  CHECK(changed > 0);  // the combining marks (U+0300...) did compose with "a"
}

TEST_CASE("to_nfc equals ICU for every three-byte code point", "[core][nfc]") {
  size_t wrong = 0;
  for (char32_t cp = 0x800; cp < 0x10000; ++cp) {
    const std::string c = utf8(cp);  // surrogates: invalid bytes
    wrong += check_text(c);
    wrong += check_text("abc" + c);           // inside the first eight bytes
    wrong += check_text("abcdefgh" + c + "i");  // right after a skipped word
    wrong += check_text("a" + c + kAcute);
  }
  CHECK(wrong == 0);
}

TEST_CASE("to_nfc equals ICU on Vietnamese in NFC and NFD at every alignment", "[core][nfc]") {
  const std::vector<std::string> lines = {
      "Trường THCS Nguyễn Du",
      "Tiếng Việt",
      "Thời khóa biểu học kỳ I năm học 2025–2026",
      "ĐẠI HỘI CHI ĐOÀN – Đăng ký hội thảo",
      "Ạ Ả Ã À Á Ấ Ầ Ẩ Ẫ Ậ Ắ Ằ Ẳ Ẵ Ặ Ẹ Ẻ Ẽ Ế Ề Ể Ễ Ệ Ỉ Ị Ọ Ỏ Ố Ồ Ổ Ỗ Ộ Ớ Ờ Ở Ỡ Ợ Ụ Ủ Ứ Ừ Ử Ữ Ự Ỳ Ỵ Ỷ Ỹ",
      "ạ ả ã à á ấ ầ ẩ ẫ ậ ắ ằ ẳ ẵ ặ ẹ ẻ ẽ ế ề ể ễ ệ ỉ ị ọ ỏ ố ồ ổ ỗ ộ ớ ờ ở ỡ ợ ụ ủ ứ ừ ử ữ ự ỳ ỵ ỷ ỹ",
      "ư ơ ă â ê ô đ Ư Ơ Ă Â Ê Ô Đ",
      "Ưu tiên ở đây: “Khoá học” / ‘khóa học’ … 🎉",
      "<p class=\"tin\">Hội giảng chào mừng ngày Nhà giáo Việt Nam 20/11</p>",
  };
  size_t wrong = 0, nfd_differs = 0;
  for (const auto& line : lines) {
    const std::string nfd = icu_normalize(line, false);
    if (nfd != line) ++nfd_differs;
    // Only the NFC of the line itself is taken from ICU here; that the NFD
    // form composes back to it is Unicode's own promise.
    const std::string nfc = icu_normalize(line);
    for (size_t k = 0; k <= 8; ++k) {
      for (size_t m = 0; m <= 8; ++m) {
        const std::string pre = ascii(k, 'p'), post = ascii(m, 's');
        wrong += check_text(pre + line + post);
        wrong += check_text(pre + nfd + post);
        if (wt::to_nfc(pre + nfd + post) != pre + nfc + post) {
          ++wrong;
          INFO("NFD " << show(pre + nfd + post));
          CHECK(wt::to_nfc(pre + nfd + post) == pre + nfc + post);
        }
      }
      // a line cut at every byte: ends inside a character and inside a word
      for (size_t cut = 0; cut <= line.size(); ++cut) wrong += check_text(ascii(k) + line.substr(0, cut));
      for (size_t cut = 0; cut <= nfd.size(); ++cut) wrong += check_text(ascii(k) + nfd.substr(0, cut));
    }
  }
  CHECK(nfd_differs >= 8);
  CHECK(wrong == 0);
}

TEST_CASE("to_nfc equals ICU on texts ending inside the eight-byte window", "[core][nfc]") {
  const std::vector<std::string> tails = {
      kAcute,                  // a combining mark after ASCII: composes
      "e" + kAcute,            // é decomposed
      "\xC3\xA9",              // é
      "\xE1\xBB\x87",          // ệ
      "e\xCC\xA3\xCC\x82",     // ệ decomposed
      "\xE1\xBA\xA1\xCC\x80",  // ạ + combining grave (U+0300: NFC_QC=Maybe): stays ạ̀
      "\xCD\xB4",              // U+0374 GREEK NUMERAL SIGN: NFC_QC=No (singleton)
      "\xCD\x80",              // U+0340 COMBINING GRAVE TONE MARK: NFC_QC=No
      "\xC3",                  // truncated two-byte
      "\xE1\xBB",              // truncated three-byte
      "\xF0\x9F\x8E",          // truncated four-byte
      "\xF0\x9F\x8E\x89",      // 🎉
  };
  size_t wrong = 0;
  for (size_t k = 0; k <= 24; ++k)
    for (const auto& t : tails) {
      wrong += check_text(ascii(k) + t);
      wrong += check_text(ascii(k) + t + "z");
      wrong += check_text(ascii(k) + "Việt" + t);
    }
  CHECK(wrong == 0);
}

TEST_CASE("to_nfc replaces invalid UTF-8 as ICU does, at every alignment", "[core][nfc]") {
  std::vector<std::string> bad = {
      "\x80", "\xBF", "\xC0\x80", "\xC1\xBF", "\xC0\xAF", "\xC2", "\xDF", "\xC2\x41", "\xE0\x80\x80", "\xE0\x9F\xBF",
      "\xE1\x80", "\xED\xA0\x80", "\xED\xBF\xBF", "\xEF\xBF", "\xF0\x80\x80\x80", "\xF0\x8F\xBF\xBF", "\xF4\x90\x80\x80",
      "\xF5\x80\x80\x80", "\xF8\x88\x80\x80\x80", "\xFE", "\xFF", "\xC3\xA9\x80", "\xCC", "\xCC\x81\x81",
  };
  for (int b = 0x80; b <= 0xFF; ++b) bad.push_back(std::string(1, static_cast<char>(b)));  // every lone non-ASCII byte
  size_t wrong = 0, replaced = 0;
  for (const auto& x : bad) {
    REQUIRE_FALSE(well_formed("a" + x + "b"));
    for (size_t k = 0; k <= 9; ++k) {
      const std::string pre = ascii(k);
      for (const std::string& text : {pre + x, pre + x + "z", pre + "a" + x + kAcute, pre + "Việt" + x + "Nam",
                                      pre + x + ascii(8, 'y') + "\xC3\xA9", x + pre + "e" + kAcute}) {
        wrong += check_text(text);
        if (wt::to_nfc(text).find("\xEF\xBF\xBD") != std::string::npos) ++replaced;
      }
    }
  }
  CHECK(wrong == 0);
  CHECK(replaced == bad.size() * 10 * 6);  // every one of them held a U+FFFD
  // as the existing test puts it, written out
  CHECK(wt::to_nfc("a\xFF" "b") == "a\xEF\xBF\xBD" "b");
  CHECK(wt::to_nfc("abcdefgh\xFF") == "abcdefgh\xEF\xBF\xBD");
}

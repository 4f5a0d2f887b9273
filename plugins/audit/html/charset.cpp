// Encoding sniffing (WHATWG order) and conversion with ICU converters (ucnv).
// uchardet lives in charset_detect.cpp.
#include "audit/html/charset.hpp"

#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <memory>
#include <utility>

#include "core/text.hpp"

namespace wt::audit {

namespace {

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

std::string lower_trim(std::string_view s) {
  while (!s.empty() && (is_space(s.front()) || s.front() == '\v')) s.remove_prefix(1);
  while (!s.empty() && (is_space(s.back()) || s.back() == '\v')) s.remove_suffix(1);
  std::string out(s);
  for (char& c : out) c = lower(c);
  return out;
}

struct Label {
  std::string_view label;
  std::string_view name;
};

// The WHATWG Encoding Standard's labels (encodings.json), sorted by label.
constexpr Label kLabels[] = {
    {"866", "ibm866"}, {"ansi_x3.4-1968", "windows-1252"}, {"arabic", "iso-8859-6"},
    {"ascii", "windows-1252"}, {"asmo-708", "iso-8859-6"}, {"big5", "big5"}, {"big5-hkscs", "big5"},
    {"chinese", "gbk"}, {"cn-big5", "big5"}, {"csbig5", "big5"}, {"cseuckr", "euc-kr"},
    {"cseucpkdfmtjapanese", "euc-jp"}, {"csgb2312", "gbk"}, {"csibm866", "ibm866"},
    {"csiso2022jp", "iso-2022-jp"}, {"csiso2022kr", "replacement"}, {"csiso58gb231280", "gbk"},
    {"csiso88596e", "iso-8859-6"}, {"csiso88596i", "iso-8859-6"}, {"csiso88598e", "iso-8859-8"},
    {"csiso88598i", "iso-8859-8-i"}, {"csisolatin1", "windows-1252"}, {"csisolatin2", "iso-8859-2"},
    {"csisolatin3", "iso-8859-3"}, {"csisolatin4", "iso-8859-4"}, {"csisolatin5", "windows-1254"},
    {"csisolatin6", "iso-8859-10"}, {"csisolatin9", "iso-8859-15"}, {"csisolatinarabic", "iso-8859-6"},
    {"csisolatincyrillic", "iso-8859-5"}, {"csisolatingreek", "iso-8859-7"},
    {"csisolatinhebrew", "iso-8859-8"}, {"cskoi8r", "koi8-r"}, {"csksc56011987", "euc-kr"},
    {"csmacintosh", "macintosh"}, {"csshiftjis", "shift_jis"}, {"csunicode", "utf-16le"},
    {"cyrillic", "iso-8859-5"}, {"dos-874", "windows-874"}, {"ecma-114", "iso-8859-6"},
    {"ecma-118", "iso-8859-7"}, {"elot_928", "iso-8859-7"}, {"euc-jp", "euc-jp"}, {"euc-kr", "euc-kr"},
    {"gb18030", "gb18030"}, {"gb2312", "gbk"}, {"gb_2312", "gbk"}, {"gb_2312-80", "gbk"}, {"gbk", "gbk"},
    {"greek", "iso-8859-7"}, {"greek8", "iso-8859-7"}, {"hebrew", "iso-8859-8"},
    {"hz-gb-2312", "replacement"}, {"ibm819", "windows-1252"}, {"ibm866", "ibm866"},
    {"iso-10646-ucs-2", "utf-16le"}, {"iso-2022-cn", "replacement"}, {"iso-2022-cn-ext", "replacement"},
    {"iso-2022-jp", "iso-2022-jp"}, {"iso-2022-kr", "replacement"}, {"iso-8859-1", "windows-1252"},
    {"iso-8859-10", "iso-8859-10"}, {"iso-8859-11", "windows-874"}, {"iso-8859-13", "iso-8859-13"},
    {"iso-8859-14", "iso-8859-14"}, {"iso-8859-15", "iso-8859-15"}, {"iso-8859-16", "iso-8859-16"},
    {"iso-8859-2", "iso-8859-2"}, {"iso-8859-3", "iso-8859-3"}, {"iso-8859-4", "iso-8859-4"},
    {"iso-8859-5", "iso-8859-5"}, {"iso-8859-6", "iso-8859-6"}, {"iso-8859-6-e", "iso-8859-6"},
    {"iso-8859-6-i", "iso-8859-6"}, {"iso-8859-7", "iso-8859-7"}, {"iso-8859-8", "iso-8859-8"},
    {"iso-8859-8-e", "iso-8859-8"}, {"iso-8859-8-i", "iso-8859-8-i"}, {"iso-8859-9", "windows-1254"},
    {"iso-ir-100", "windows-1252"}, {"iso-ir-101", "iso-8859-2"}, {"iso-ir-109", "iso-8859-3"},
    {"iso-ir-110", "iso-8859-4"}, {"iso-ir-126", "iso-8859-7"}, {"iso-ir-127", "iso-8859-6"},
    {"iso-ir-138", "iso-8859-8"}, {"iso-ir-144", "iso-8859-5"}, {"iso-ir-148", "windows-1254"},
    {"iso-ir-149", "euc-kr"}, {"iso-ir-157", "iso-8859-10"}, {"iso-ir-58", "gbk"},
    {"iso8859-1", "windows-1252"}, {"iso8859-10", "iso-8859-10"}, {"iso8859-11", "windows-874"},
    {"iso8859-13", "iso-8859-13"}, {"iso8859-14", "iso-8859-14"}, {"iso8859-15", "iso-8859-15"},
    {"iso8859-2", "iso-8859-2"}, {"iso8859-3", "iso-8859-3"}, {"iso8859-4", "iso-8859-4"},
    {"iso8859-5", "iso-8859-5"}, {"iso8859-6", "iso-8859-6"}, {"iso8859-7", "iso-8859-7"},
    {"iso8859-8", "iso-8859-8"}, {"iso8859-9", "windows-1254"}, {"iso88591", "windows-1252"},
    {"iso885910", "iso-8859-10"}, {"iso885911", "windows-874"}, {"iso885913", "iso-8859-13"},
    {"iso885914", "iso-8859-14"}, {"iso885915", "iso-8859-15"}, {"iso88592", "iso-8859-2"},
    {"iso88593", "iso-8859-3"}, {"iso88594", "iso-8859-4"}, {"iso88595", "iso-8859-5"},
    {"iso88596", "iso-8859-6"}, {"iso88597", "iso-8859-7"}, {"iso88598", "iso-8859-8"},
    {"iso88599", "windows-1254"}, {"iso_8859-1", "windows-1252"}, {"iso_8859-15", "iso-8859-15"},
    {"iso_8859-1:1987", "windows-1252"}, {"iso_8859-2", "iso-8859-2"}, {"iso_8859-2:1987", "iso-8859-2"},
    {"iso_8859-3", "iso-8859-3"}, {"iso_8859-3:1988", "iso-8859-3"}, {"iso_8859-4", "iso-8859-4"},
    {"iso_8859-4:1988", "iso-8859-4"}, {"iso_8859-5", "iso-8859-5"}, {"iso_8859-5:1988", "iso-8859-5"},
    {"iso_8859-6", "iso-8859-6"}, {"iso_8859-6:1987", "iso-8859-6"}, {"iso_8859-7", "iso-8859-7"},
    {"iso_8859-7:1987", "iso-8859-7"}, {"iso_8859-8", "iso-8859-8"}, {"iso_8859-8:1988", "iso-8859-8"},
    {"iso_8859-9", "windows-1254"}, {"iso_8859-9:1989", "windows-1254"}, {"koi", "koi8-r"},
    {"koi8", "koi8-r"}, {"koi8-r", "koi8-r"}, {"koi8-ru", "koi8-u"}, {"koi8-u", "koi8-u"},
    {"koi8_r", "koi8-r"}, {"korean", "euc-kr"}, {"ks_c_5601-1987", "euc-kr"}, {"ks_c_5601-1989", "euc-kr"},
    {"ksc5601", "euc-kr"}, {"ksc_5601", "euc-kr"}, {"l1", "windows-1252"}, {"l2", "iso-8859-2"},
    {"l3", "iso-8859-3"}, {"l4", "iso-8859-4"}, {"l5", "windows-1254"}, {"l6", "iso-8859-10"},
    {"l9", "iso-8859-15"}, {"latin1", "windows-1252"}, {"latin2", "iso-8859-2"}, {"latin3", "iso-8859-3"},
    {"latin4", "iso-8859-4"}, {"latin5", "windows-1254"}, {"latin6", "iso-8859-10"}, {"logical", "iso-8859-8-i"},
    {"mac", "macintosh"}, {"macintosh", "macintosh"}, {"ms932", "shift_jis"}, {"ms_kanji", "shift_jis"},
    {"shift-jis", "shift_jis"}, {"shift_jis", "shift_jis"}, {"sjis", "shift_jis"}, {"sun_eu_greek", "iso-8859-7"},
    {"tis-620", "windows-874"}, {"ucs-2", "utf-16le"}, {"unicode", "utf-16le"}, {"unicode-1-1-utf-8", "utf-8"},
    {"unicode11utf8", "utf-8"}, {"unicode20utf8", "utf-8"}, {"unicodefffe", "utf-16be"}, {"us-ascii", "windows-1252"},
    {"utf-16", "utf-16le"}, {"utf-16be", "utf-16be"}, {"utf-16le", "utf-16le"}, {"utf-8", "utf-8"},
    {"utf8", "utf-8"}, {"visual", "iso-8859-8"}, {"windows-1250", "windows-1250"}, {"windows-1251", "windows-1251"},
    {"windows-1252", "windows-1252"}, {"windows-1253", "windows-1253"}, {"windows-1254", "windows-1254"},
    {"windows-1255", "windows-1255"}, {"windows-1256", "windows-1256"}, {"windows-1257", "windows-1257"},
    {"windows-1258", "windows-1258"}, {"windows-31j", "shift_jis"}, {"windows-874", "windows-874"},
    {"windows-949", "euc-kr"}, {"x-cp1250", "windows-1250"}, {"x-cp1251", "windows-1251"},
    {"x-cp1252", "windows-1252"}, {"x-cp1253", "windows-1253"}, {"x-cp1254", "windows-1254"},
    {"x-cp1255", "windows-1255"}, {"x-cp1256", "windows-1256"}, {"x-cp1257", "windows-1257"},
    {"x-cp1258", "windows-1258"}, {"x-euc-jp", "euc-jp"}, {"x-gbk", "gbk"}, {"x-mac-cyrillic", "x-mac-cyrillic"},
    {"x-mac-roman", "macintosh"}, {"x-mac-ukrainian", "x-mac-cyrillic"}, {"x-sjis", "shift_jis"},
    {"x-unicode20utf8", "utf-8"}, {"x-user-defined", "x-user-defined"}, {"x-x-big5", "big5"},
    // The cpNNNN spellings of the windows code pages.
    {"cp1250", "windows-1250"}, {"cp1251", "windows-1251"}, {"cp1252", "windows-1252"},
    {"cp1253", "windows-1253"}, {"cp1254", "windows-1254"}, {"cp1255", "windows-1255"},
    {"cp1256", "windows-1256"}, {"cp1257", "windows-1257"}, {"cp1258", "windows-1258"},
    {"cp819", "windows-1252"}, {"cp866", "ibm866"},
};

// ICU converter names for WHATWG encodings whose names ICU reads differently.
std::string_view icu_name(std::string_view whatwg) {
  if (whatwg == "iso-8859-8-i") return "ISO-8859-8";
  if (whatwg == "gbk") return "GB18030";  // WHATWG's gbk decoder is gb18030's
  if (whatwg == "big5") return "Big5-HKSCS";
  if (whatwg == "euc-kr") return "windows-949";
  if (whatwg == "shift_jis") return "windows-31j";
  if (whatwg == "x-mac-cyrillic") return "x-mac-cyrillic";
  return whatwg;
}

// The charset= value after position `from` of `s` (HTML "extract a character
// encoding from a meta element"); "" when none.
std::string extract_charset_param(std::string_view s) {
  size_t pos = 0;
  while (true) {
    size_t found = std::string::npos;
    for (size_t i = pos; i + 7 <= s.size(); ++i) {
      if (lower(s[i]) == 'c' && lower_trim(s.substr(i, 7)) == "charset") {
        found = i;
        break;
      }
    }
    if (found == std::string::npos) return "";
    size_t i = found + 7;
    while (i < s.size() && is_space(s[i])) ++i;
    if (i >= s.size() || s[i] != '=') {
      pos = found + 7;
      continue;
    }
    ++i;
    while (i < s.size() && is_space(s[i])) ++i;
    if (i >= s.size()) return "";
    if (s[i] == '"' || s[i] == '\'') {
      const char q = s[i];
      const size_t end = s.find(q, i + 1);
      if (end == std::string::npos) return "";
      return std::string(s.substr(i + 1, end - i - 1));
    }
    size_t end = i;
    while (end < s.size() && !is_space(s[end]) && s[end] != ';') ++end;
    return std::string(s.substr(i, end - i));
  }
}

// "Get an attribute" of the prescan; returns false when there is none.
bool get_attribute(std::string_view b, size_t& i, std::string& name, std::string& value) {
  name.clear();
  value.clear();
  while (i < b.size() && (is_space(b[i]) || b[i] == '/')) ++i;
  if (i >= b.size() || b[i] == '>') return false;
  while (i < b.size()) {
    const char c = b[i];
    if (c == '=' && !name.empty()) {
      ++i;
      break;
    }
    if (is_space(c)) {
      while (i < b.size() && is_space(b[i])) ++i;
      if (i < b.size() && b[i] == '=') {
        ++i;
        break;
      }
      return true;
    }
    if (c == '/' || c == '>') return true;
    name += lower(c);
    ++i;
  }
  while (i < b.size() && is_space(b[i])) ++i;
  if (i >= b.size()) return true;
  if (b[i] == '"' || b[i] == '\'') {
    const char q = b[i++];
    while (i < b.size() && b[i] != q) value += lower(b[i++]);
    if (i < b.size()) ++i;
    return true;
  }
  if (b[i] == '>') return true;
  while (i < b.size() && !is_space(b[i]) && b[i] != '>') value += lower(b[i++]);
  return true;
}

bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

std::string to_utf8_string(const icu::UnicodeString& s) {
  std::string out;
  s.toUTF8String(out);
  return out;
}

size_t count_replacements(std::string_view utf8) {
  size_t n = 0;
  for (size_t pos = utf8.find("\xEF\xBF\xBD"); pos != std::string::npos; pos = utf8.find("\xEF\xBF\xBD", pos + 3)) ++n;
  return n;
}

}  // namespace

std::string_view charset_source_name(CharsetSource source) {
  switch (source) {
    case CharsetSource::Bom: return "bom";
    case CharsetSource::Http: return "http";
    case CharsetSource::Meta: return "meta";
    case CharsetSource::Detected: return "detected";
    case CharsetSource::Default: return "default";
  }
  return "default";
}

std::string canonical_encoding(std::string_view label) {
  const std::string key = lower_trim(label);
  if (key.empty()) return "";
  for (const Label& l : kLabels)
    if (l.label == key) return std::string(l.name);
  return "";
}

std::optional<std::string> charset_from_content_type(std::string_view content_type) {
  // Only parameters after the first ';' count (not "charset" in the type).
  const size_t semi = content_type.find(';');
  if (semi == std::string_view::npos) return std::nullopt;
  std::string name = canonical_encoding(extract_charset_param(content_type.substr(semi + 1)));
  if (name.empty() || name == "replacement" || name == "x-user-defined") return std::nullopt;
  return name;
}

std::optional<std::string> prescan_meta_charset(std::string_view bytes) {
  const std::string_view b = bytes.substr(0, std::min<size_t>(bytes.size(), 1024));
  size_t i = 0;
  std::string name;
  std::string value;
  while (i < b.size()) {
    if (b.compare(i, 4, "<!--") == 0) {
      const size_t end = b.find("-->", i + 2);
      if (end == std::string_view::npos) return std::nullopt;
      i = end + 3;
      continue;
    }
    if (b[i] != '<') {
      ++i;
      continue;
    }
    const bool meta = i + 5 < b.size() && lower_trim(b.substr(i + 1, 4)) == "meta" &&
                      (is_space(b[i + 5]) || b[i + 5] == '/');
    if (meta) {
      i += 6;
      bool got_pragma = false;
      std::optional<bool> need_pragma;
      std::string charset;
      std::string seen;  // attribute names already seen, '\n'-separated
      while (get_attribute(b, i, name, value)) {
        if (seen.find("\n" + name + "\n") != std::string::npos) continue;
        seen += "\n" + name + "\n";
        if (name == "http-equiv") {
          if (value == "content-type") got_pragma = true;
        } else if (name == "content") {
          if (charset.empty()) {
            std::string c = canonical_encoding(extract_charset_param(value));
            if (!c.empty()) {
              charset = c;
              need_pragma = true;
            }
          }
        } else if (name == "charset") {
          charset = canonical_encoding(value);
          need_pragma = false;
        }
      }
      if (!need_pragma || charset.empty()) continue;
      if (*need_pragma && !got_pragma) continue;
      if (charset == "utf-16le" || charset == "utf-16be") charset = "utf-8";
      if (charset == "x-user-defined") charset = "windows-1252";
      if (charset == "replacement") continue;
      return charset;
    }
    if (i + 1 < b.size() && (is_ascii_alpha(b[i + 1]) || (b[i + 1] == '/' && i + 2 < b.size() && is_ascii_alpha(b[i + 2])))) {
      // A start or end tag: skip its name, then its attributes.
      i += (b[i + 1] == '/') ? 2 : 1;
      while (i < b.size() && !is_space(b[i]) && b[i] != '>') ++i;
      while (get_attribute(b, i, name, value)) {
      }
      if (i < b.size()) ++i;
      continue;
    }
    if (i + 1 < b.size() && (b[i + 1] == '!' || b[i + 1] == '/' || b[i + 1] == '?')) {
      const size_t end = b.find('>', i + 1);
      if (end == std::string_view::npos) return std::nullopt;
      i = end + 1;
      continue;
    }
    ++i;
  }
  return std::nullopt;
}

std::optional<std::string> convert_to_utf8(std::string_view bytes, std::string_view encoding) {
  const std::string name = [&] {
    std::string c = canonical_encoding(encoding);
    return c.empty() ? lower_trim(encoding) : c;
  }();
  if (name == "utf-8") return wt::to_nfc(bytes);
  if (name == "replacement") return bytes.empty() ? std::string() : std::string("\xEF\xBF\xBD");
  if (name == "x-user-defined") {
    // ASCII as is, 0x80-0xFF to U+F780-U+F7FF.
    icu::UnicodeString u;
    for (unsigned char c : bytes) u.append(static_cast<UChar>(c < 0x80 ? c : 0xF700 + c));
    return to_utf8_string(u);
  }
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, void (*)(UConverter*)> cnv(ucnv_open(std::string(icu_name(name)).c_str(), &status),
                                                          ucnv_close);
  if (U_FAILURE(status) || !cnv) return std::nullopt;
  // Undecodable bytes become U+FFFD (ICU's default would be U+001A for some code pages).
  ucnv_setToUCallBack(cnv.get(), UCNV_TO_U_CALLBACK_SUBSTITUTE, nullptr, nullptr, nullptr, &status);
  status = U_ZERO_ERROR;
  icu::UnicodeString out;
  std::array<UChar, 8192> buffer{};
  const char* src = bytes.data();
  const char* const end = bytes.data() + bytes.size();
  bool flushed = false;
  while (!flushed) {
    UChar* target = buffer.data();
    status = U_ZERO_ERROR;
    ucnv_toUnicode(cnv.get(), &target, buffer.data() + buffer.size(), &src, end, nullptr, true, &status);
    out.append(buffer.data(), static_cast<int32_t>(target - buffer.data()));
    if (status == U_BUFFER_OVERFLOW_ERROR) continue;
    flushed = true;
  }
  if (U_FAILURE(status)) return std::nullopt;
  // Some converters substitute U+001A for unmappable bytes; show them as U+FFFD.
  out.findAndReplace(icu::UnicodeString(static_cast<UChar>(0x1A)), icu::UnicodeString(static_cast<UChar>(0xFFFD)));
  return wt::to_nfc(to_utf8_string(out));
}

DecodedHtml decode_html(std::string_view bytes, std::string_view content_type) {
  DecodedHtml result;
  std::string encoding;
  std::string_view body = bytes;
  // 1. Byte order mark.
  if (body.substr(0, 3) == "\xEF\xBB\xBF") {
    encoding = "utf-8";
    body.remove_prefix(3);
  } else if (body.substr(0, 2) == "\xFE\xFF") {
    encoding = "utf-16be";
    body.remove_prefix(2);
  } else if (body.substr(0, 2) == "\xFF\xFE") {
    encoding = "utf-16le";
    body.remove_prefix(2);
  }
  if (!encoding.empty()) {
    result.source = CharsetSource::Bom;
  } else if (auto http = charset_from_content_type(content_type)) {
    encoding = *http;
    result.source = CharsetSource::Http;
  } else if (auto meta = prescan_meta_charset(body)) {
    encoding = *meta;
    result.source = CharsetSource::Meta;
  } else if (auto detected = detect_encoding(body)) {
    encoding = *detected;
    result.source = CharsetSource::Detected;
  } else {
    encoding = "utf-8";
    result.source = CharsetSource::Default;
  }

  std::optional<std::string> text = convert_to_utf8(body, encoding);
  if (!text) {  // the detector named an encoding ICU cannot convert
    encoding = "utf-8";
    result.source = CharsetSource::Default;
    text = wt::to_nfc(body);
  }
  result.encoding = encoding;
  result.replacements = count_replacements(*text);

  // Declared UTF-8 that is not: when more than one non-ASCII sequence in ten
  // is invalid, re-read with the meta charset (if the header declared UTF-8)
  // or else the detector's guess.
  if (encoding == "utf-8" && (result.source == CharsetSource::Http || result.source == CharsetSource::Meta) &&
      result.replacements > 0) {
    size_t non_ascii_starts = 0;
    for (unsigned char c : body)
      if (c >= 0x80 && (c & 0xC0) != 0x80) ++non_ascii_starts;
    if (result.replacements * 10 > non_ascii_starts) {
      std::optional<std::string> other;
      CharsetSource other_source = CharsetSource::Detected;
      if (result.source == CharsetSource::Http) {
        other = prescan_meta_charset(body);
        other_source = CharsetSource::Meta;
      }
      if (!other || *other == "utf-8") {
        other = detect_encoding(body);
        other_source = CharsetSource::Detected;
      }
      if (other && *other != "utf-8") {
        if (auto again = convert_to_utf8(body, *other)) {
          result.declared = encoding;
          result.encoding = *other;
          result.source = other_source;
          text = std::move(again);
          result.replacements = count_replacements(*text);
        }
      }
    }
  }
  result.text = std::move(*text);
  return result;
}

}  // namespace wt::audit

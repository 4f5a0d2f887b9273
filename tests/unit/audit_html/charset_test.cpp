#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>

#include "audit/html/charset.hpp"
#include "core/text.hpp"

using namespace wt::audit;

namespace {

std::string fixture(const std::string& name) {
  std::ifstream in(std::string(WT_TEST_FIXTURES) + "/audit/html/" + name, std::ios::binary);
  REQUIRE(in);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

TEST_CASE("WHATWG labels map to encoding names") {
  CHECK(canonical_encoding("latin1") == "windows-1252");
  CHECK(canonical_encoding(" ISO-8859-1 ") == "windows-1252");
  CHECK(canonical_encoding("us-ascii") == "windows-1252");
  CHECK(canonical_encoding("UTF8") == "utf-8");
  CHECK(canonical_encoding("cp1258") == "windows-1258");
  CHECK(canonical_encoding("x-cp1258") == "windows-1258");
  CHECK(canonical_encoding("iso-8859-9") == "windows-1254");
  CHECK(canonical_encoding("gb2312") == "gbk");
  CHECK(canonical_encoding("utf8mb4").empty());
  CHECK(canonical_encoding("").empty());
}

TEST_CASE("Content-Type charset parameter") {
  CHECK(charset_from_content_type("text/html; charset=UTF-8") == "utf-8");
  CHECK(charset_from_content_type("text/html;charset=\"windows-1258\"") == "windows-1258");
  CHECK(charset_from_content_type("text/html; Charset = latin1 ; q=1") == "windows-1252");
  CHECK_FALSE(charset_from_content_type("text/html"));
  CHECK_FALSE(charset_from_content_type("text/html; charset=utf8mb4"));
  CHECK_FALSE(charset_from_content_type(""));
}

TEST_CASE("meta prescan of the first 1024 bytes") {
  CHECK(prescan_meta_charset("<meta charset=\"windows-1258\">") == "windows-1258");
  CHECK(prescan_meta_charset("<!doctype html><META CHARSET=latin1>") == "windows-1252");
  CHECK(prescan_meta_charset("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=cp1258\">") ==
        "windows-1258");
  // content charset without http-equiv does not count.
  CHECK_FALSE(prescan_meta_charset("<meta content=\"text/html; charset=cp1258\">"));
  // The content attribute may come first.
  CHECK(prescan_meta_charset("<meta content='text/html; charset=iso-8859-2' http-equiv='content-type'>") ==
        "iso-8859-2");
  CHECK(prescan_meta_charset("<meta charset=utf-16le>") == "utf-8");
  CHECK(prescan_meta_charset("<meta charset=x-user-defined>") == "windows-1252");
  CHECK_FALSE(prescan_meta_charset("<!-- <meta charset=windows-1258> --><p>x"));
  CHECK_FALSE(prescan_meta_charset("<div title='<meta charset=windows-1258>'>"));
  CHECK(prescan_meta_charset("<!-- c --><meta name=x><meta charset=\"koi8-r\">") == "koi8-r");
  CHECK_FALSE(prescan_meta_charset(std::string(1030, ' ') + "<meta charset=windows-1258>"));
  CHECK_FALSE(prescan_meta_charset("<meta charset=\"utf8mb4\">"));
}

TEST_CASE("windows-1258 with meta charset decodes to NFC") {
  const std::string bytes = fixture("windows1258_meta.html");
  DecodedHtml d = decode_html(bytes);
  CHECK(d.encoding == "windows-1258");
  CHECK(d.source == CharsetSource::Meta);
  CHECK(d.replacements == 0);
  CHECK(wt::to_nfc(d.text) == d.text);
  CHECK(d.text.find("<title>Công khai chất lượng giáo dục</title>") != std::string::npos);
  CHECK(d.text.find("Trường Tiểu học Nguyễn Trãi") != std::string::npos);
}

TEST_CASE("HTTP header charset wins over meta") {
  const std::string bytes = fixture("windows1258_meta.html");
  DecodedHtml d = decode_html(bytes, "text/html; charset=windows-1258");
  CHECK(d.source == CharsetSource::Http);
  CHECK(d.encoding == "windows-1258");
  // A valid but different header charset is obeyed, as browsers do.
  DecodedHtml latin = decode_html("<meta charset=utf-8><p>Tr\xC6\xB0\xE1\xBB\x9Dng", "text/html; charset=iso-8859-1");
  CHECK(latin.source == CharsetSource::Http);
  CHECK(latin.encoding == "windows-1252");
  CHECK(latin.text == "<meta charset=utf-8><p>Tr\xC3\x86\xC2\xB0\xC3\xA1\xC2\xBB\xC2\x9Dng");
}

TEST_CASE("wrong header charset with a meta charset") {
  const std::string bytes = fixture("windows1258_meta.html");
  SECTION("unknown label in the header") {
    DecodedHtml d = decode_html(bytes, "text/html; charset=utf8mb4");
    CHECK(d.source == CharsetSource::Meta);
    CHECK(d.encoding == "windows-1258");
    CHECK(d.text.find("Công khai chất lượng giáo dục") != std::string::npos);
  }
  SECTION("header says UTF-8 but the bytes are not") {
    DecodedHtml d = decode_html(bytes, "text/html; charset=UTF-8");
    CHECK(d.source == CharsetSource::Meta);
    CHECK(d.encoding == "windows-1258");
    CHECK(d.declared == "utf-8");
    CHECK(d.replacements == 0);
    CHECK(d.text.find("Công khai chất lượng giáo dục") != std::string::npos);
  }
}

TEST_CASE("no charset information: uchardet") {
  const std::string expected = fixture("no_charset_utf8.html");
  SECTION("windows-1258 bytes") {
    DecodedHtml d = decode_html(fixture("no_charset_windows1258.html"));
    CHECK(d.source == CharsetSource::Detected);
    CHECK(d.encoding == "windows-1258");
    CHECK(d.text == expected);
  }
  SECTION("UTF-8 bytes") {
    DecodedHtml d = decode_html(expected);
    CHECK(d.source == CharsetSource::Detected);
    CHECK(d.encoding == "utf-8");
    CHECK(d.text == expected);
  }
  SECTION("ASCII only") {
    DecodedHtml d = decode_html("<p>hello</p>");
    CHECK(d.encoding == "utf-8");
    CHECK(d.text == "<p>hello</p>");
  }
  SECTION("empty") {
    DecodedHtml d = decode_html("");
    CHECK(d.source == CharsetSource::Default);
    CHECK(d.encoding == "utf-8");
    CHECK(d.text.empty());
  }
}

TEST_CASE("byte order marks") {
  DecodedHtml u8 = decode_html("\xEF\xBB\xBF<p>Vi\xE1\xBB\x87t", "text/html; charset=windows-1252");
  CHECK(u8.source == CharsetSource::Bom);
  CHECK(u8.encoding == "utf-8");
  CHECK(u8.text == "<p>Vi\xE1\xBB\x87t");
  DecodedHtml le = decode_html(std::string("\xFF\xFE<\0p\0>\0", 8));
  CHECK(le.encoding == "utf-16le");
  CHECK(le.text == "<p>");
  DecodedHtml be = decode_html(std::string("\xFE\xFF\0<\0p\0>", 8));
  CHECK(be.encoding == "utf-16be");
  CHECK(be.text == "<p>");
}

TEST_CASE("invalid UTF-8 becomes U+FFFD") {
  // One bad byte among many valid sequences: kept as UTF-8, the byte replaced.
  const std::string valid = "Trường Tiểu học Nguyễn Trãi thông báo kết quả";
  DecodedHtml d = decode_html("<meta charset=utf-8><p>a\xFF" "b " + valid);
  CHECK(d.encoding == "utf-8");
  CHECK(d.source == CharsetSource::Meta);
  CHECK(d.text == "<meta charset=utf-8><p>a\xEF\xBF\xBD" "b " + valid);
  CHECK(d.replacements == 1);
  CHECK(d.declared.empty());
}

TEST_CASE("decomposed UTF-8 is composed") {
  // "Việt" with e + combining dot below + combining circumflex.
  DecodedHtml d = decode_html("<meta charset=utf-8>Vie\xCC\xA3\xCC\x82t");
  CHECK(d.text == "<meta charset=utf-8>Vi\xE1\xBB\x87t");
}

TEST_CASE("convert_to_utf8") {
  CHECK(convert_to_utf8("caf\xE9", "latin1") == "caf\xC3\xA9");
  CHECK(convert_to_utf8("\x80", "windows-1252") == "\xE2\x82\xAC");
  CHECK_FALSE(convert_to_utf8("x", "no-such-encoding"));
  CHECK(charset_source_name(CharsetSource::Detected) == "detected");
}

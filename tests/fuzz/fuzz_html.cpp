// libFuzzer target: charset sniffing and conversion, then page extraction
// (plugins/audit/html). The input's first line is an HTTP Content-Type value,
// the rest the page's bytes.
// Invariants: decode_html() always yields valid UTF-8 in NFC, a non-empty
// encoding name that convert_to_utf8() knows, and counts its U+FFFD;
// canonical_encoding() is idempotent; a prescanned charset is a canonical
// name; convert_to_utf8() gives valid UTF-8 for any label it accepts;
// extract_page() gives valid UTF-8 NFC strings, headings of level 1..3, and
// respects its text cap.
#include <string>

#include "audit/html/charset.hpp"
#include "audit/html/page_extract.hpp"
#include "core/text.hpp"
#include "fuzz_support.hpp"

using namespace wt::audit;

namespace {

size_t count_fffd(std::string_view s) {
  size_t n = 0;
  for (size_t p = s.find("\xEF\xBF\xBD"); p != std::string_view::npos; p = s.find("\xEF\xBF\xBD", p + 3)) ++n;
  return n;
}

void check_text(std::string_view s) {
  FUZZ_CHECK(wt_fuzz::valid_utf8(s));
  FUZZ_CHECK(wt::to_nfc(s) == s);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input = wt_fuzz::as_text(data, size);
  auto [content_type, bytes] = wt_fuzz::split_line(input);
  content_type = content_type.substr(0, 256);

  const std::string canonical = canonical_encoding(content_type);
  if (!canonical.empty()) FUZZ_CHECK(canonical_encoding(canonical) == canonical);
  if (auto c = charset_from_content_type(content_type)) FUZZ_CHECK(canonical_encoding(*c) == *c);
  if (auto m = prescan_meta_charset(bytes)) FUZZ_CHECK(!m->empty() && canonical_encoding(*m) == *m);
  if (auto d = detect_encoding(bytes)) FUZZ_CHECK(!d->empty());

  // The label as written, whatever it is (ICU aliases included).
  if (auto converted = convert_to_utf8(bytes, content_type)) FUZZ_CHECK(wt_fuzz::valid_utf8(*converted));

  const DecodedHtml decoded = decode_html(bytes, content_type);
  check_text(decoded.text);
  FUZZ_CHECK(!decoded.encoding.empty());
  FUZZ_CHECK(convert_to_utf8("", decoded.encoding).has_value());
  FUZZ_CHECK(decoded.replacements == count_fffd(decoded.text));

  ExtractOptions options;
  options.max_text_bytes = 512;
  options.max_depth = 40;
  options.max_parse_depth = 64;
  options.max_attribute_bytes = 128;
  const PageInfo page = extract_page(decoded.text, options);
  check_text(page.title);
  check_text(page.lang);
  check_text(page.description);
  check_text(page.canonical);
  // Open (tests/fuzz/open/html): the text cap can cut a UTF-8 sequence in two.
  FUZZ_CHECK(wt_fuzz::valid_utf8(page.text) && wt::to_nfc(page.text) == page.text);
  FUZZ_CHECK(page.text.size() <= options.max_text_bytes);
  for (const PageLink& l : page.links) {
    check_text(l.href);
    check_text(l.text);
    FUZZ_CHECK(l.href.size() <= options.max_attribute_bytes);
  }
  for (const PageHeading& h : page.headings) {
    FUZZ_CHECK(h.level >= 1 && h.level <= 3);
    check_text(h.text);
  }
  for (const MetaDate& m : page.meta_dates) {
    check_text(m.name);
    check_text(m.value);
  }
  for (const JsonLdDate& j : page.json_ld_dates) {
    check_text(j.type);
    check_text(j.date_published);
    check_text(j.date_modified);
  }
  FUZZ_CHECK(page.json_ld_invalid <= page.json_ld_blocks);
  for (const TimeValue& t : page.times) {
    check_text(t.datetime);
    check_text(t.text);
    check_text(t.classes);
  }
  return 0;
}

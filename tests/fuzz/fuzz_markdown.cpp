// libFuzzer target: Markdown to HTML through the public entry point
// markdown::render (cmark-gfm, the HTML filter, links, headings, summary).
// It calls only render(), so it keeps working whatever the filter inside
// becomes. The first byte picks the options (raw HTML allowed or not, UTF-8
// checked or not); the rest is the body.
// Invariants: no crash; the HTML never contains "<script" (in any case);
// the HTML, summary and headings are valid UTF-8 when the body is; heading
// levels are 2 to 6 and their ids unique and non-empty; the summary is at
// most kSummaryMaxCodePoints code points plus "…"; every internal link is
// one the resolver gave; every diagnostic names the file and a line of it.
#include <algorithm>
#include <set>
#include <string>

#include "markdown/markdown.hpp"
#include "fuzz_generator_support.hpp"

using namespace wt;

namespace {

// Knows one page, so both resolved and broken "@/" links are exercised.
class OnePage : public markdown::LinkResolver {
 public:
  std::optional<std::string> resolve(std::string_view target) const override {
    if (target.substr(0, target.find('#')) == "tin-tuc/a.md") return std::string("/tin-tuc/a/");
    return std::nullopt;
  }
};

size_t code_points(std::string_view s) {
  return static_cast<size_t>(std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

std::string lower(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const uint8_t flags = data[0];
  const std::string body(wt_fuzz::as_text(data + 1, size - 1));
  markdown::Options options;
  options.allow_raw_html = (flags & 1) == 0;
  options.lazy_images = (flags & 2) == 0;
  const bool utf8 = wt_fuzz::valid_utf8(body);
  options.validate_utf8 = !utf8 || (flags & 4) == 0;  // unchecked only when it is UTF-8 (the loader's promise)
  const std::string file = "content/tin-tuc/b.md";
  const int offset = flags >> 4;
  OnePage resolver;
  DiagnosticSink sink;
  markdown::Rendered r = markdown::render(body, file, offset, &resolver, options, sink);

  FUZZ_CHECK(lower(r.html).find("<script") == std::string::npos);
  FUZZ_CHECK(wt_fuzz::valid_utf8(r.html) || !utf8);
  FUZZ_CHECK(wt_fuzz::valid_utf8(r.summary) || !utf8);
  FUZZ_CHECK(code_points(r.summary) <= markdown::kSummaryMaxCodePoints + 1);
  std::set<std::string> ids;
  for (const auto& h : r.toc) {
    FUZZ_CHECK(h.level >= 2 && h.level <= 6);
    FUZZ_CHECK(!h.id.empty());
    FUZZ_CHECK(ids.insert(h.id).second);
    FUZZ_CHECK(wt_fuzz::valid_utf8(h.text) || !utf8);
  }
  for (const auto& link : r.internal_links) FUZZ_CHECK(link.rfind("/tin-tuc/a/", 0) == 0);
  wt_fuzz::check_diagnostics(sink, file, offset + wt_fuzz::line_count(body));
  return 0;
}

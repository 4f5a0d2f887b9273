// libFuzzer target: a content file's front matter (generator/content/
// front_matter: split at the '---' fences, YAML, the known keys).
// Invariants: no crash; split() either fails with an error or gives YAML
// and body that are the file's own text; parse() returns a page exactly
// when it reported no error, and that page has a title; every diagnostic
// names the file and a line of it.
#include <string>

#include "content/front_matter.hpp"
#include "fuzz_generator_support.hpp"

using namespace wt;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(wt_fuzz::as_text(data, size));
  const std::string file = "content/tin-tuc/a.md";
  const int lines = wt_fuzz::line_count(text);
  DiagnosticSink sink;
  auto doc = content::split_front_matter(text, file, sink);
  FUZZ_CHECK(doc.has_value() == !sink.has_errors());
  if (doc) {
    FUZZ_CHECK(text.find(doc->yaml) != std::string::npos);
    FUZZ_CHECK(text.size() >= doc->body.size() && text.compare(text.size() - doc->body.size(), std::string::npos,
                                                               doc->body) == 0);
    FUZZ_CHECK(doc->body_line_offset >= 2 && doc->body_line_offset <= lines);
    for (bool index : {false, true}) {
      DiagnosticSink page_sink;
      auto fm = content::parse_front_matter(*doc, file, 7 * 60, index, page_sink);
      FUZZ_CHECK(fm.has_value() == !page_sink.has_errors());
      if (fm) FUZZ_CHECK(!fm->title.empty());
      wt_fuzz::check_diagnostics(page_sink, file, lines);
    }
  }
  wt_fuzz::check_diagnostics(sink, file, lines);
  return 0;
}

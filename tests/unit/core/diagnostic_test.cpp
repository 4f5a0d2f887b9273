#include <catch2/catch.hpp>

#include <sstream>

#include "core/diagnostic.hpp"

using namespace wt;

TEST_CASE("core::format_diagnostic prints compiler style", "[core]") {
  Diagnostic d{Severity::Error, "test.date", "'date' is not a valid date", {"content/a.md", 4, 7}};
  CHECK(format_diagnostic(d) == "content/a.md:4:7: error: 'date' is not a valid date");
  d.position.column = 0;
  d.severity = Severity::Warning;
  CHECK(format_diagnostic(d) == "content/a.md:4: warning: 'date' is not a valid date");
  d.position.line = 0;
  CHECK(format_diagnostic(d) == "content/a.md: warning: 'date' is not a valid date");
}

TEST_CASE("core::DiagnosticSink sorts and counts", "[core]") {
  DiagnosticSink sink;
  sink.error({"b.md", 1, 1}, "test.x", "second file");
  sink.warning({"a.md", 9, 1}, "test.x", "later line");
  sink.error({"a.md", 2, 5}, "test.x", "first");
  CHECK(sink.error_count() == 2);
  CHECK(sink.warning_count() == 1);
  std::ostringstream out;
  sink.print(out);
  CHECK(out.str() == "a.md:2:5: error: first\na.md:9:1: warning: later line\nb.md:1:1: error: second file\n");
}

TEST_CASE("core::position_in counts code points", "[core]") {
  std::string text = "title: x\ndate: \"Thứ Hai\" 30/02\n";
  size_t off = text.find("30/02");
  Position p = position_in("f.md", text, off);
  CHECK(p.line == 2);
  CHECK(p.column == 17);
}

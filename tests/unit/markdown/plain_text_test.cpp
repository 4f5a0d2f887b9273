#include <catch2/catch.hpp>

#include "markdown/plain_text.hpp"

using namespace wt::markdown::detail;

TEST_CASE("markdown::collapse_whitespace collapses runs and trims", "[markdown][summary]") {
  CHECK(collapse_whitespace("  Xin \n\t chào\r\n  các em  ") == "Xin chào các em");
  CHECK(collapse_whitespace(" \n ") == "");
  CHECK(collapse_whitespace("") == "");
}

TEST_CASE("markdown::truncate_words cuts at a word boundary in code points", "[markdown][summary]") {
  CHECK(truncate_words("Học sinh", 8) == "Học sinh");          // 8 code points: unchanged
  CHECK(truncate_words("Học sinh giỏi", 8) == "Học sinh…");    // the limit falls on a space
  CHECK(truncate_words("Học sinh giỏi", 10) == "Học sinh…");   // inside "giỏi": back to the space
  CHECK(truncate_words("Trường, lớp", 8) == "Trường…");       // trailing comma dropped
  CHECK(truncate_words("Nghiêngngả", 4) == "Nghi…");            // one long word: cut at the limit
  CHECK(truncate_words("ễễễễễ", 3) == "ễễễ…");                  // never inside a UTF-8 sequence
  CHECK(truncate_words("", 3) == "");
}

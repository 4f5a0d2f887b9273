#include <catch2/catch.hpp>

#include <stdexcept>
#include <string>

#include "core/regex.hpp"

using namespace wt;

TEST_CASE("Regex::full_match gives the groups of a whole match", "[core]") {
  Regex re("([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})");
  auto m = re.full_match("5/9/2025");
  REQUIRE(m);
  CHECK(m->group(0) == "5/9/2025");
  CHECK(m->group(1) == "5");
  CHECK(m->group(3) == "2025");
  CHECK_FALSE(re.full_match("5/9/2025 "));
  CHECK_FALSE(re.full_match("x5/9/2025"));
}

TEST_CASE("Regex::search finds the leftmost match from an offset", "[core]") {
  Regex re("hk([0-9])");
  const std::string text = "tkb-hk1-hk2";
  auto m = re.search(text);
  REQUIRE(m);
  CHECK(m->group(1) == "1");
  CHECK(m->begin(text) == 4);
  CHECK(m->end(text) == 7);
  m = re.search(text, m->end(text));
  REQUIRE(m);
  CHECK(m->group(1) == "2");
  CHECK_FALSE(re.search(text, 9));
  CHECK_FALSE(re.search(text, 100));
}

TEST_CASE("Regex marks groups that took no part in the match", "[core]") {
  Regex re("(a)|(b)");
  auto m = re.full_match("b");
  REQUIRE(m);
  CHECK_FALSE(m->has(1));
  CHECK(m->has(2));
  CHECK(m->group(1).empty());
}

TEST_CASE("Regex reads UTF-8: a Vietnamese letter is one character", "[core]") {
  Regex re("^[a-zđ]$");
  CHECK(re.contains("đ"));
  CHECK_FALSE(re.contains("Đ"));
}

TEST_CASE("Regex::compile returns RE2's words for a bad pattern", "[core]") {
  std::string error;
  CHECK_FALSE(Regex::compile("(a", &error));
  CHECK(error == "missing ): (a");
  CHECK_FALSE(Regex::compile("(?=a)", &error));  // lookahead: RE2 cannot run it
  CHECK(Regex::compile("a+", &error));
  CHECK_THROWS_AS(Regex("(a"), std::logic_error);
}

TEST_CASE("Regex runs over very long input without deep recursion", "[core]") {
  // std::regex recursed once per character here and overflowed the stack.
  const std::string digits(50000, '7');
  CHECK(Regex("-?[0-9]+").full_match(digits));
  const std::string text(50 * 1024, 'a');
  CHECK_FALSE(Regex("^(a|b)*c$").contains(text));
  CHECK(Regex("^(a|aa)+$").full_match(text));
}

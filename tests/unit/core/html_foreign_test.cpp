#include <catch2/catch.hpp>

#include "core/html_foreign.hpp"

TEST_CASE("wt::mask_foreign_roots renames svg and math start tags and keeps the length", "[core]") {
  const std::string html = "<p>a</p><SVG width=1><desc>x</desc></SVG><math>\n<mi>y</mi></math><svg/>";
  std::string masked = wt::mask_foreign_roots(html);
  REQUIRE(masked.size() == html.size());
  CHECK(masked.find("<SVG") == std::string::npos);
  CHECK(masked.find("<math") == std::string::npos);
  CHECK(masked.find("<svg/") == std::string::npos);
  CHECK(masked.find("<s\x01g width=1>") != std::string::npos);
  CHECK(masked.find("<m\x01th>") != std::string::npos);
  CHECK(masked.find("</SVG>") != std::string::npos);  // end tags close the renamed element as they are
}

TEST_CASE("wt::mask_foreign_roots leaves other names alone", "[core]") {
  for (const char* html : {"<svgx>", "<mathematics>", "<sv>", "<", "<s", "text svg math", "<p class=svg>"})
    CHECK(wt::mask_foreign_roots(html) == html);
}

TEST_CASE("wt::unmask_foreign_name names the masked elements only", "[core]") {
  std::string masked = wt::mask_foreign_roots("<svg><math>");
  CHECK(wt::unmask_foreign_name(masked.substr(1, 3)) == std::optional<std::string_view>("svg"));
  CHECK(wt::unmask_foreign_name(masked.substr(6, 4)) == std::optional<std::string_view>("math"));
  CHECK_FALSE(wt::unmask_foreign_name("svg"));
  CHECK_FALSE(wt::unmask_foreign_name("div"));
}

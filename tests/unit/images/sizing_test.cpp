// The widths a photo is published at, and the heights that go with them.
#include <catch2/catch.hpp>

#include "images/sizing.hpp"

using namespace wt::images;

TEST_CASE("images::responsive_widths never enlarges a photo", "[images]") {
  CHECK(responsive_widths(4000) == std::vector<int>{480, 800, 1200, 1600});
  CHECK(responsive_widths(1600) == std::vector<int>{480, 800, 1200, 1600});
  CHECK(responsive_widths(1601) == std::vector<int>{480, 800, 1200, 1600});
  CHECK(responsive_widths(1000) == std::vector<int>{480, 800, 1000});
  CHECK(responsive_widths(800) == std::vector<int>{480, 800});
  CHECK(responsive_widths(481) == std::vector<int>{480, 481});
  CHECK(responsive_widths(480) == std::vector<int>{480});
  CHECK(responsive_widths(300) == std::vector<int>{300});
  CHECK(responsive_widths(1) == std::vector<int>{1});
  CHECK(responsive_widths(0).empty());
}

TEST_CASE("images::scaled_height keeps the aspect ratio, rounded, at least 1", "[images]") {
  CHECK(scaled_height(4000, 3000, 800) == 600);
  CHECK(scaled_height(3000, 4000, 480) == 640);
  CHECK(scaled_height(1000, 333, 480) == 160);  // 159.84
  CHECK(scaled_height(1000, 331, 480) == 159);  // 158.88
  CHECK(scaled_height(10000, 10, 480) == 1);    // 0.48: never 0
  CHECK(scaled_height(0, 10, 480) == 0);
}

TEST_CASE("images::fallback_width is the largest size not over 800", "[images]") {
  CHECK(fallback_width({480, 800, 1200, 1600}) == 800);
  CHECK(fallback_width({480, 700}) == 700);
  CHECK(fallback_width({300}) == 300);
  CHECK(fallback_width({1000}) == 1000);
}

#include <catch2/catch.hpp>

#include "core/date.hpp"

using namespace wt;

TEST_CASE("core::parse_date accepts the documented formats", "[core]") {
  auto a = parse_date("2024-09-05");
  REQUIRE(a);
  CHECK(format_rfc3339(*a) == "2024-09-05T00:00:00+07:00");
  auto b = parse_date("2024-09-05T07:30:00+07:00");
  REQUIRE(b);
  CHECK(format_vn_datetime(*b) == "05/09/2024 07:30");
  auto c = parse_date("05/09/2024 07:30");
  REQUIRE(c);
  CHECK(c->epoch() == b->epoch());
  auto d = parse_date("5/9/2024");
  REQUIRE(d);
  CHECK(format_vn_date(*d) == "05/09/2024");
  auto e = parse_date("2024-09-05T00:30:00Z");
  REQUIRE(e);
  CHECK(e->offset_minutes == 0);
  CHECK(from_epoch(e->epoch(), 420).hour == 7);
  auto f = parse_date("2024-09-05 07:30");
  REQUIRE(f);
  CHECK(f->epoch() == b->epoch());
  CHECK(parse_date("2024-09-05T07:30:00.123+07:00"));
}

TEST_CASE("core::parse_date rejects impossible dates", "[core]") {
  for (const char* bad : {"30/02/2024", "31/04/2025", "2023-02-29", "2024-13-01", "00/01/2024", "hôm qua",
                          "2024-09-05T25:00", "2024/09/05", "05-09-2024", "2024-09-05T07:30+7"}) {
    INFO(bad);
    CHECK_FALSE(parse_date(bad));
  }
  CHECK(parse_date("29/02/2024"));
  CHECK(parse_date("29/02/2000"));
  CHECK_FALSE(parse_date("29/02/1900"));
}

TEST_CASE("core::format dates for feeds and pages", "[core]") {
  auto d = parse_date("2024-09-05T07:30:00+07:00");
  REQUIRE(d);
  CHECK(format_rfc822(*d) == "Thu, 05 Sep 2024 07:30:00 +0700");
  CHECK(format_iso_date(*d) == "2024-09-05");
  CHECK(vn_weekday(*d) == "Thứ Năm");
  CHECK(d->epoch() == 1725496200);
  CHECK(vn_weekday(*parse_date("2026-11-22")) == "Chủ Nhật");
}

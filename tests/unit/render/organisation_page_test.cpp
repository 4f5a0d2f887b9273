// The staff page's view: a phone written with spaces, dots or brackets keeps
// its written form for people, and its tel: address is digits only (with a
// leading +), which the Nu HTML Checker accepts.
#include <catch2/catch.hpp>

#include "data/data_set.hpp"
#include "render/data_views.hpp"

TEST_CASE("data pages: the staff page's tel: addresses are digits only, the phones shown as written", "[render][data]") {
  wt::data::DataSet set;
  set.documents.push_back({wt::data::Kind::Organisation, "data/to-chuc.yaml", nlohmann::json::parse(R"({"leaders": [
      {"name": "Nguyễn Thị Hoa", "title": "Hiệu trưởng", "phone": "0912 486 135"},
      {"name": "Trần Văn Bình", "title": "Phó Hiệu trưởng", "phone": "+84 (211) 3.862.345"},
      {"name": "Lê Văn Cường", "title": "Phó Hiệu trưởng"}]})")});
  const auto pages = wt::render::data_pages(set, {}, 0, 7 * 60, "/");
  const wt::render::DataPage* org = nullptr;
  for (const auto& p : pages)
    if (p.layout == "organisation") org = &p;
  REQUIRE(org);
  const auto& leaders = org->data["org"]["leaders"];
  CHECK(leaders[0]["phone"] == "0912 486 135");
  CHECK(leaders[0]["tel"] == "0912486135");
  CHECK(leaders[1]["tel"] == "+842113862345");
  CHECK(leaders[2]["tel"] == "");
}

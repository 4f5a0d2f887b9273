// PortalReport as JSON: what a shard hands to `portal merge` reads back equal,
// and a damaged report is refused with the field that is wrong.
#include <catch2/catch.hpp>

#include "portal/portal_report.hpp"

using wt::portal::PortalReport;

namespace {
PortalReport sample() {
  PortalReport r;
  r.name = "Cổng thông tin Sở GDĐT Phú Thọ";
  r.province = "Phú Thọ";
  r.base_url = "https://sogd.phutho.gov.vn/";
  r.rubric = "sgd-2025";
  r.posts_used_threshold = 24;
  r.generated_at = 1780000000;
  wt::portal::MemberReport built;
  built.slug = "thcs-nguyen-du";
  built.name = "Trường THCS Nguyễn Du";
  built.school_type = "thcs";
  built.commune = "phường Vĩnh Phúc";
  built.managing_body = "UBND phường Vĩnh Phúc";
  built.url = "https://sogd.phutho.gov.vn/thcs-nguyen-du/";
  built.built = true;
  built.requirements = {{"gioi_thieu", "Giới thiệu", "ok", "content/gioi-thieu/_index.md", ""},
                        {"cong_khai", "Công khai", "stale", "", "chưa có năm học 2026-2027"}};
  built.posts_in_window = 31;
  built.posts_per_week = 2.5;
  built.window_since = "2026-09-05";
  built.window_until = "2026-12-06";
  built.score = {{"3.1a", "Thủ tục hành chính", 2, 4, true}, {"3.1d", "Tin bài dùng trên cổng", 0, 2, false}};
  built.score_total = 71.5;
  built.score_max = 100;
  built.posts_used = {{2025, 26}, {2026, 3}};
  built.latest_post = 1780000000;
  wt::portal::MemberReport failed;
  failed.slug = "mn-hoa-sen";
  failed.name = "mn-hoa-sen";
  failed.diagnostics = {"site.yaml:3:7: error: <script>"};
  r.members = {built, failed};
  return r;
}
}  // namespace

TEST_CASE("a portal report reads back as it was written", "[portal]") {
  PortalReport r = sample();
  std::string error;
  auto back = wt::portal::portal_report_from_json(nlohmann::json::parse(to_json(r).dump()), &error);
  REQUIRE(back);
  CHECK(error.empty());
  CHECK(to_json(*back) == to_json(r));
  CHECK(back->members.size() == 2);
  CHECK(back->members[0].requirements[1].note == "chưa có năm học 2026-2027");
  CHECK(back->members[0].posts_used[0].from_year == 2025);
  CHECK_FALSE(back->members[1].built);
  CHECK(back->members[1].diagnostics.at(0) == "site.yaml:3:7: error: <script>");
}

TEST_CASE("a damaged portal report names the field that is wrong", "[portal]") {
  nlohmann::json j = to_json(sample());
  std::string error;

  auto broken = j;
  broken["members"][0]["posts_used"][1]["count"] = "ba";
  CHECK_FALSE(wt::portal::portal_report_from_json(broken, &error));
  CHECK(error == "members[0].posts_used[1].count must be a whole number");

  broken = j;
  broken["members"][1].erase("built");
  CHECK_FALSE(wt::portal::portal_report_from_json(broken, &error));
  CHECK(error == "members[1].built must be true or false");

  broken = j;
  broken.erase("members");
  CHECK_FALSE(wt::portal::portal_report_from_json(broken, &error));
  CHECK(error == "members must be a list");

  CHECK_FALSE(wt::portal::portal_report_from_json(nlohmann::json::array(), &error));
  CHECK(error == "the report must be an object");

  broken = j;
  broken["members"][0]["requirements"][0] = 7;
  CHECK_FALSE(wt::portal::portal_report_from_json(broken, &error));
  CHECK(error == "members[0].requirements[0] must be an object");
}

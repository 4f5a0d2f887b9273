// The portal's own outputs from a report alone: the CSV of posts used, the
// order of the home page, the sitemap index.
#include <catch2/catch.hpp>

#include "portal/portal_pages.hpp"
#include "portal/posts_csv.hpp"
#include "portal/shard.hpp"

using namespace wt::portal;

namespace {

constexpr int64_t kNow = 1781481600;  // 2026-06-15T00:00:00Z

PortalPost post(const std::string& title, int64_t date, bool portal) {
  PortalPost p;
  p.title = title;
  p.url = "https://x/" + title + "/";
  p.date = date;
  p.portal = portal;
  return p;
}

PortalReport report() {
  PortalReport r;
  r.name = "Cổng";
  r.base_url = "https://so.example.edu.vn/";
  r.generated_at = kNow;
  MemberReport a;
  a.slug = "thcs-a";
  a.name = "Trường THCS A, \"cơ sở 1\"";
  a.commune = "phường Vĩnh Phúc";
  a.school_type = "thcs";
  a.built = true;
  a.url = "https://so.example.edu.vn/thcs-a/";
  a.posts_used = {{2024, 30}, {2025, 2}};
  a.posts = {post("a-portal-old", kNow - 5000, true), post("a-new", kNow - 10, false), post("a-same", kNow - 100, false)};
  MemberReport b;
  b.slug = "mn-b";
  b.name = "Trường Mầm non B";
  b.commune = "xã Tam Dương";
  b.school_type = "mn";
  b.built = true;
  b.host = "mnb.example.edu.vn";
  b.url = "https://mnb.example.edu.vn/";
  b.posts_used = {{2026, 1}};
  b.posts = {post("b-portal-new", kNow - 50, true), post("b-same", kNow - 100, false)};
  MemberReport c;
  c.slug = "th-hong";
  c.name = "th-hong";
  c.commune = "xã Tam Dương";
  c.school_type = "th";
  c.url = "https://so.example.edu.vn/th-hong/";
  r.members = {a, b, c};
  return r;
}

}  // namespace

TEST_CASE("portal::posts_used_csv writes one row per member and year, for Excel", "[portal]") {
  const std::string expected =
      "\xEF\xBB\xBF"
      "Mã trường,Tên trường,Xã/phường,Loại hình,Năm tính (01/6 - 30/5),Từ ngày,Đến ngày,\"Số tin, bài dùng trên Cổng\",Ngưỡng,Đạt\r\n"
      "thcs-a,\"Trường THCS A, \"\"cơ sở 1\"\"\",phường Vĩnh Phúc,thcs,2024-2025,01/06/2024,30/05/2025,30,24,Đạt\r\n"
      "thcs-a,\"Trường THCS A, \"\"cơ sở 1\"\"\",phường Vĩnh Phúc,thcs,2025-2026,01/06/2025,30/05/2026,2,24,Chưa đạt\r\n"
      "thcs-a,\"Trường THCS A, \"\"cơ sở 1\"\"\",phường Vĩnh Phúc,thcs,2026-2027,01/06/2026,30/05/2027,0,24,Chưa đạt\r\n"
      "mn-b,Trường Mầm non B,xã Tam Dương,mn,2024-2025,01/06/2024,30/05/2025,0,24,Chưa đạt\r\n"
      "mn-b,Trường Mầm non B,xã Tam Dương,mn,2025-2026,01/06/2025,30/05/2026,0,24,Chưa đạt\r\n"
      "mn-b,Trường Mầm non B,xã Tam Dương,mn,2026-2027,01/06/2026,30/05/2027,1,24,Chưa đạt\r\n"
      "th-hong,th-hong,xã Tam Dương,th,2024-2025,01/06/2024,30/05/2025,,24,Chưa dựng được website\r\n"
      "th-hong,th-hong,xã Tam Dương,th,2025-2026,01/06/2025,30/05/2026,,24,Chưa dựng được website\r\n"
      "th-hong,th-hong,xã Tam Dương,th,2026-2027,01/06/2026,30/05/2027,,24,Chưa dựng được website\r\n";
  CHECK(posts_used_csv(report()) == expected);
}

TEST_CASE("portal::home_posts puts portal: true first, then the newest, then portal.yaml order", "[portal]") {
  const PortalReport r = report();  // home_posts points into it
  std::vector<std::string> titles;
  for (const auto& c : home_posts(r, 12)) titles.push_back(c.post->title + "@" + c.member->slug);
  CHECK(titles == std::vector<std::string>{"b-portal-new@mn-b", "a-portal-old@thcs-a", "a-new@thcs-a", "a-same@thcs-a",
                                           "b-same@mn-b"});
  CHECK(home_posts(r, 2).size() == 2);
}

TEST_CASE("portal::shard_of is stable and spreads members over every shard", "[portal]") {
  CHECK(shard_of("thcs-a", 3) == shard_of("thcs-a", 3));
  std::vector<int> counts(4, 0);
  for (int i = 0; i < 300; ++i) ++counts[static_cast<size_t>(shard_of("truong-" + std::to_string(i), 3))];
  CHECK(counts[0] == 0);
  for (int k = 1; k <= 3; ++k) CHECK(counts[static_cast<size_t>(k)] > 60);
  std::string why;
  CHECK(parse_shard("2/3", &why)->k == 2);
  CHECK_FALSE(parse_shard("4/3", &why));
  CHECK(why == "should be K/N with 1 <= K <= N <= 10000 (the K-th of N shards), not '4/3'");
  CHECK_FALSE(parse_shard("0/3", &why));
  CHECK_FALSE(parse_shard("1/", &why));
  CHECK_FALSE(parse_shard("a/b", &why));
}

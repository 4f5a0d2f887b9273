// portal::compare_with_audit: the differences the dashboard flags, their
// tolerances at the edges, and their exact Vietnamese text.
#include "portal/dashboard_diff.hpp"

#include <catch2/catch.hpp>

using namespace wt::portal;

namespace {

constexpr int64_t kNow = 1773536400;  // 15/03/2026 08:00 +07:00
constexpr int64_t kDay = 86400;

MemberReport checked() {
  MemberReport m;
  m.built = true;
  m.requirements = {{"news", "Tin tức, sự kiện", "ok", "", ""},
                    {"leaders", "Lãnh đạo", "stale", "", ""},
                    {"timetable", "Thời khóa biểu", "missing", "", ""},
                    {"menu_weekly", "Thực đơn", "not applicable", "", ""},
                    {"tthc_list", "Thủ tục hành chính", "ok", "", ""}};
  m.posts_per_week = 3.0;
  m.score_total = 15, m.score_max = 20;
  return m;
}

AuditSnapshot audited() {
  AuditSnapshot a;
  a.site_url = "https://a.example/";
  a.started = kNow - 10 * kDay;
  a.sections = {{"news", true, ""}, {"leaders", true, ""}, {"timetable", false, ""}, {"menu_weekly", false, ""}};
  a.per_week = 3.0;
  a.total = 15, a.max = 20;
  return a;
}

std::vector<std::string> texts(const std::vector<Difference>& diffs) {
  std::vector<std::string> out;
  for (const auto& d : diffs) out.push_back(d.text);
  return out;
}

}  // namespace

TEST_CASE("portal::compare_with_audit flags nothing when both agree", "[portal][dashboard]") {
  // tthc_list is not in the audit: not compared; menu_weekly is not applicable.
  CHECK(compare_with_audit(checked(), audited(), kNow).empty());
}

TEST_CASE("portal::compare_with_audit flags requirements found on one side only", "[portal][dashboard]") {
  auto a = audited();
  a.sections[0].found = false;  // news: ok in check
  a.sections[1].found = false;  // leaders: stale in check, the page exists
  a.sections[2].found = true;   // timetable: missing in check
  auto diffs = compare_with_audit(checked(), a, kNow);
  REQUIRE(diffs.size() == 3);
  CHECK(diffs[0].kind == DiffKind::CheckOnly);
  CHECK(diffs[0].requirement == "news");
  CHECK(diffs[2].kind == DiffKind::AuditOnly);
  CHECK(diffs[2].requirement == "timetable");
  CHECK(texts(diffs) ==
        std::vector<std::string>{"“Tin tức, sự kiện”: đạt khi kiểm tra, đánh giá trực tuyến không tìm thấy",
                                 "“Lãnh đạo”: đạt khi kiểm tra, đánh giá trực tuyến không tìm thấy",
                                 "“Thời khóa biểu”: đánh giá trực tuyến tìm thấy, kiểm tra báo thiếu"});
}

TEST_CASE("portal::compare_with_audit posts per week: max(0.5, 20 % of the larger)", "[portal][dashboard]") {
  auto m = checked();
  auto a = audited();
  SECTION("small rates: half a post is tolerated") {
    m.posts_per_week = 1.0, a.per_week = 1.5;
    CHECK(compare_with_audit(m, a, kNow).empty());
    a.per_week = 1.51;
    CHECK(texts(compare_with_audit(m, a, kNow)) ==
          std::vector<std::string>{"Bài mỗi tuần: kiểm tra 1, đánh giá trực tuyến 1,51"});
  }
  SECTION("large rates: a fifth of the larger is tolerated") {
    m.posts_per_week = 8.0, a.per_week = 10.0;
    CHECK(compare_with_audit(m, a, kNow).empty());
    a.per_week = 10.1;
    auto diffs = compare_with_audit(m, a, kNow);
    REQUIRE(diffs.size() == 1);
    CHECK(diffs[0].kind == DiffKind::PerWeek);
    CHECK(diffs[0].text == "Bài mỗi tuần: kiểm tra 8, đánh giá trực tuyến 10,1");
  }
}

TEST_CASE("portal::compare_with_audit scores: 10 points of 100, each on its own maximum", "[portal][dashboard]") {
  auto m = checked();
  auto a = audited();
  a.total = 26, a.max = 40;  // 65 % against 75 %: 10 points, tolerated
  CHECK(compare_with_audit(m, a, kNow).empty());
  a.total = 25.5;  // 63.75 %
  CHECK(texts(compare_with_audit(m, a, kNow)) ==
        std::vector<std::string>{"Điểm: kiểm tra 15/20, đánh giá trực tuyến 25,5/40"});
  a.max = 0;  // no score: not compared
  CHECK(compare_with_audit(m, a, kNow).empty());
}

TEST_CASE("portal::compare_with_audit an audit older than 30 days, and a failed crawl", "[portal][dashboard]") {
  auto m = checked();
  auto a = audited();
  a.started = kNow - 30 * kDay;
  CHECK(compare_with_audit(m, a, kNow).empty());
  a.started = kNow - 30 * kDay - 1;
  CHECK(texts(compare_with_audit(m, a, kNow)) ==
        std::vector<std::string>{"Đánh giá trực tuyến đã cũ: 30 ngày trước (quá 30 ngày)"});
  DiffTolerances t;
  t.max_age_days = 60;
  CHECK(compare_with_audit(m, a, kNow, t).empty());

  a = audited();
  a.error = "fetch: timeout";
  a.per_week = 0, a.total = 0;  // not a measure: not compared
  a.sections.clear();
  auto diffs = compare_with_audit(m, a, kNow);
  REQUIRE(diffs.size() == 1);
  CHECK(diffs[0].kind == DiffKind::AuditFailed);
  CHECK(diffs[0].text == "Đánh giá trực tuyến không đo được trang này: fetch: timeout");
}

TEST_CASE("portal::compare_with_audit a member whose build failed is compared on age only", "[portal][dashboard]") {
  MemberReport m;  // built = false, nothing measured
  auto a = audited();
  a.per_week = 9;
  CHECK(compare_with_audit(m, a, kNow).empty());
  a.started = kNow - 45 * kDay;
  CHECK(texts(compare_with_audit(m, a, kNow)) ==
        std::vector<std::string>{"Đánh giá trực tuyến đã cũ: 45 ngày trước (quá 30 ngày)"});
}

TEST_CASE("portal::vn_number writes a decimal comma, two decimals at most", "[portal][dashboard]") {
  CHECK(vn_number(3.5) == "3,5");
  CHECK(vn_number(12) == "12");
  CHECK(vn_number(0.254) == "0,25");
  CHECK(vn_number(3.699) == "3,7");
  CHECK(vn_number(0) == "0");
  CHECK(vn_number(-0.001) == "0");
  CHECK(vn_number(1500.25) == "1500,25");
}

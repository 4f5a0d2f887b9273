#include <catch2/catch.hpp>

#include "compliance/checker.hpp"
#include "core/date.hpp"

using namespace wt;
using namespace wt::compliance;
using namespace wt::regulations;

namespace {

int64_t at(const char* date) { return parse_date(date)->epoch(); }

RuleSet rules() {
  RuleSet set;
  set.id = "test";
  // Built field by field: Requirement and Satisfier grow over time.
  auto req = [](std::string id, std::string name, std::string source, std::string strength,
                std::vector<std::string> applies_to, std::vector<std::pair<std::string, std::vector<std::string>>> sat,
                std::optional<Freshness> freshness = std::nullopt) {
    Requirement r;
    r.id = std::move(id);
    r.name = std::move(name);
    r.source = std::move(source);
    r.strength = std::move(strength);
    r.applies_to = std::move(applies_to);
    for (auto& [type, values] : sat) {
      Satisfier x;
      x.type = type;
      x.values = values;
      r.satisfiers.push_back(std::move(x));
    }
    r.freshness = std::move(freshness);
    return r;
  };
  Freshness weekly;
  weekly.kind = "weekly";
  Freshness three_a_week;
  three_a_week.kind = "posts_per_week";
  three_a_week.per_week = 3;
  Requirement news = req("news", "Tin tức, sự kiện", "TT37 Đ9.2", "law", {}, {{"section", {"tin-tuc", "su-kien"}}});
  Requirement leaders = req("leaders", "Lãnh đạo", "TT37 Đ9.1a", "law", {},
                            {{"data", {"organisation"}}, {"page_words", {"ban giám hiệu"}}});
  Requirement contact = req("contact", "Liên hệ", "TT37 Đ9.1b", "law", {}, {{"site_field", {"address", "phone", "email"}}});
  Requirement schedule = req("work_schedule", "Lịch công tác", "", "province", {}, {{"data", {"work_schedule"}}}, weekly);
  Requirement finance = req("disc_finance", "Công khai tài chính", "TT09 Đ5", "law", {"thcs"}, {{"data", {"disclosures"}}});
  Requirement mn_menu = req("menu_weekly", "Thực đơn", "TT09 Đ15", "law", {"mn"}, {{"page_words", {"thực đơn"}}});
  Requirement freq = req("post_frequency", "Tần suất đăng tin", "", "province", {}, {{"section", {"tin-tuc"}}},
                         three_a_week);
  set.requirements = {news, leaders, contact, schedule, finance, mn_menu, freq};
  return set;
}

SiteFacts facts() {
  SiteFacts f;
  f.school_type = "thcs";
  f.now = at("2026-11-24T10:00:00+07:00");
  f.fields = {{"address", "Số 12 Lê Lợi"}, {"phone", "0211 3862 123"}, {"email", ""}};
  f.sections = {{"tin-tuc", "/tin-tuc/"}};
  f.pages = {{"Ban Giám Hiệu", "/gioi-thieu/ban-giam-hieu/", "content/gioi-thieu/ban-giam-hieu.md", ""}};  // folded by the checker
  f.data.push_back({"work_schedule", "data/lich-cong-tac/2026-11-16.yaml", "/lich-cong-tac/2026-11-16/",
                    {{"week_start", "2026-11-16"}}});
  f.data.push_back({"disclosures", "data/cong-khai/2026-2027.yaml", "/cong-khai/2026-2027/",
                    {{"school_year", "2026-2027"}, {"items", {{{"category", "general"}}}}}});
  for (int i = 0; i < 30; ++i) f.post_dates.push_back(at("2026-09-07") + i * 86400 * 2);
  return f;
}

const Result& result(const Report& r, const std::string& id) {
  for (const auto& x : r.results)
    if (x.id == id) return x;
  FAIL("no result " << id);
  return r.results.front();
}

}  // namespace

TEST_CASE("compliance::check reports each requirement with its evidence", "[compliance]") {
  Report r = check(facts(), {rules()}, nullptr);
  CHECK(result(r, "news").status == Status::Ok);
  CHECK(result(r, "news").urls == std::vector<std::string>{"/tin-tuc/"});
  CHECK(result(r, "leaders").status == Status::Ok);
  CHECK(result(r, "leaders").evidence == "content/gioi-thieu/ban-giam-hieu.md");
  CHECK(result(r, "contact").status == Status::Missing);
  CHECK(result(r, "contact").note == "site.yaml has no email");
  CHECK(result(r, "work_schedule").status == Status::Stale);
  CHECK(result(r, "work_schedule").note == "nothing for the current week (24/11/2026)");
  CHECK(result(r, "disc_finance").status == Status::Missing);
  CHECK(result(r, "disc_finance").note == "the disclosures of 2026-2027 have no item of category 'finance'");
  CHECK(result(r, "menu_weekly").status == Status::NotApplicable);
  CHECK(r.count(Status::Ok) == 2);  // news, leaders (post_frequency is stale: 2.59 a week)
}

TEST_CASE("compliance::posting_window counts the school year so far", "[compliance]") {
  SiteFacts f = facts();
  Posting p = posting_window(f.post_dates, f.now, 420);
  CHECK(p.since == "2026-09-05");
  CHECK(p.until == "2026-11-24");
  CHECK(p.count == 30);
  CHECK(p.per_week == Approx(30.0 / (81.0 / 7.0)).epsilon(0.01));
  // After 31 May the whole window of the school year that just ended counts.
  Posting summer = posting_window({at("2026-05-30")}, at("2026-07-01"), 420);
  CHECK(summer.since == "2025-09-05");
  CHECK(summer.until == "2026-05-31");
  CHECK(summer.count == 1);
}

TEST_CASE("compliance::check flags a low posting frequency as stale", "[compliance]") {
  SiteFacts f = facts();
  f.post_dates.resize(5);
  Report r = check(f, {rules()}, nullptr);
  CHECK(result(r, "post_frequency").status == Status::Stale);
  CHECK(result(r, "post_frequency").note == "0.43 posts per week since 2026-09-05, fewer than 3");
}

TEST_CASE("compliance::check reports placeholders as missing", "[compliance]") {
  SiteFacts f = facts();
  f.placeholders.push_back({"content/gioi-thieu/ban-giam-hieu.md", 7, 3});
  Report r = check(f, {rules()}, nullptr);
  CHECK(result(r, "leaders").status == Status::Missing);
  CHECK(result(r, "leaders").note == "still holds placeholders [CẦN ĐIỀN ...] to replace");
}

TEST_CASE("compliance::check scores a rubric", "[compliance]") {
  Rubric rubric;
  rubric.id = "test-rubric";
  Scorecard card;
  card.for_whom = "school";
  card.applies_to = {"thcs"};
  RubricItem a;
  a.id = "3.1a";
  a.max = 4;
  a.part.measure = "requirements";
  a.part.scoring = "proportional";
  a.part.requirements = {"news", "leaders", "contact", "work_schedule"};
  RubricItem b = a;
  b.id = "3.1b";
  b.part.scoring = "all_or_nothing";
  RubricItem c;
  c.id = "3.1c";
  c.max = 10;
  c.part.measure = "all_of";
  RubricPart posts;
  posts.measure = "posts_per_week";
  posts.min = 3;
  RubricPart visits;
  visits.measure = "visits_per_day";
  visits.input = true;
  visits.when_missing = "skip";
  c.parts = {posts, visits};
  RubricItem d;
  d.id = "3.1d";
  d.max = 5;
  d.part.measure = "posts_to_portal";
  d.part.input = true;
  d.part.when_missing = "zero";
  d.part.thresholds = {{24, 5}};
  card.items = {a, b, c, d};
  rubric.scorecards = {card};
  SiteFacts f = facts();
  for (int i = 0; i < 10; ++i) f.post_dates.push_back(at("2026-11-01") + i * 3600);  // 40 posts: 3.46 a week
  Report r = check(f, {rules()}, &rubric);
  REQUIRE(r.score.size() == 4);
  CHECK(r.score[0].points == Approx(2.0));
  CHECK(r.score[0].evidence == "2/4 requirements ok (missing or stale: contact work_schedule)");
  CHECK(r.score[1].points == Approx(0.0));
  CHECK(r.score[2].points == Approx(10.0));
  CHECK(r.score[2].measured);
  CHECK(r.score[3].measured);  // from the site's portal: true posts (none here)
  CHECK(r.score[3].points == Approx(0.0));
  CHECK(r.total == Approx(12.0));
  CHECK(r.max == Approx(23.0));
  auto j = to_json(r);
  CHECK(j["score"]["total"] == 12.0);
  CHECK(compliance_map(r)["news"] == nlohmann::json::array({"/tin-tuc/"}));
}

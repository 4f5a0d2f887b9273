// The waiting list of `check`: pages with status: review, oldest first, and
// the days each has waited, from a fixed clock.
#include <catch2/catch.hpp>

#include "compliance/checker.hpp"
#include "compliance/waiting_list.hpp"
#include "core/date.hpp"

using namespace wt;
using namespace wt::compliance;

namespace {

int64_t at(const char* date) { return parse_date(date)->epoch(); }

const int64_t kNow = at("2026-11-24T10:00:00+07:00");

std::vector<WaitingFact> facts() {
  return {{"content/tin-tuc/b.md", "Bài B", at("20/11/2026 08:00"), false},
          {"content/tin-tuc/khong-ngay.md", "Không rõ ngày", std::nullopt, false},
          {"content/tin-tuc/a.md", "Bài A", at("01/10/2026"), false},
          {"content/thong-bao/moi.md", "Hôm nay", at("24/11/2026 09:59"), false},
          {"content/thong-bao/sau.md", "Ngày mai", at("25/11/2026"), false},
          {"content/tin-tuc/file.md", "Theo tệp", at("2026-11-23T23:30:00+07:00"), true}};
}

}  // namespace

TEST_CASE("compliance::waiting_list sorts oldest first and counts calendar days", "[compliance][approval]") {
  auto list = waiting_list(facts(), kNow, 7 * 60);
  REQUIRE(list.size() == 6);
  CHECK(list[0].file == "content/tin-tuc/a.md");
  CHECK(list[0].days == 54);
  CHECK(list[0].since == "01/10/2026");
  CHECK(list[0].since_iso == "2026-10-01");
  CHECK(list[0].dated_by == "date");
  CHECK(list[1].file == "content/tin-tuc/b.md");
  CHECK(list[1].days == 4);
  CHECK(list[2].file == "content/tin-tuc/file.md");
  CHECK(list[2].days == 1);  // yesterday 23:30 in the site's time zone, 10 h 30 ago
  CHECK(list[2].dated_by == "file");
  CHECK(list[3].file == "content/thong-bao/moi.md");
  CHECK(list[3].days == 0);
  CHECK(list[4].file == "content/thong-bao/sau.md");
  CHECK(list[4].days == 0);  // dated tomorrow: it has not waited yet
  CHECK(list[5].file == "content/tin-tuc/khong-ngay.md");
  CHECK(list[5].days == -1);
  CHECK(list[5].since == "");
  CHECK(list[5].dated_by == "");
  // Days are counted in the site's time zone: at UTC, 23:30 +07:00 is still the 23rd ...
  CHECK(waiting_list({facts()[5]}, kNow, 0)[0].days == 1);
  // ... and 20/11 08:00 +07:00 is the 20th at 01:00 UTC, while now (03:00 UTC on the 24th) is 4 days on.
  CHECK(waiting_list({facts()[0]}, kNow, 0)[0].days == 4);
  CHECK(waiting_list({}, kNow, 420).empty());
}

TEST_CASE("compliance report shows the waiting list in text and JSON", "[compliance][approval]") {
  SiteFacts f;
  f.now = kNow;
  f.waiting = facts();
  Report r = check(f, {}, nullptr);
  const std::string text = format_text(r);
  const size_t at_list = text.find("\nWaiting for review");
  REQUIRE(at_list != std::string::npos);
  CHECK(text.substr(at_list) ==
        "\nWaiting for review (status: review), oldest first:\n"
        "    54 days  content/tin-tuc/a.md  \"Bài A\"  dated 01/10/2026\n"
        "     4 days  content/tin-tuc/b.md  \"Bài B\"  dated 20/11/2026\n"
        "     1 day   content/tin-tuc/file.md  \"Theo tệp\"  file changed 23/11/2026 (no date in its front matter)\n"
        "     0 days  content/thong-bao/moi.md  \"Hôm nay\"  dated 24/11/2026\n"
        "     0 days  content/thong-bao/sau.md  \"Ngày mai\"  dated 25/11/2026\n"
        "     ? days  content/tin-tuc/khong-ngay.md  \"Không rõ ngày\"  no date in its front matter\n");
  const auto j = to_json(r)["waiting_for_review"];
  REQUIRE(j.size() == 6);
  CHECK(j[0] == nlohmann::json{{"file", "content/tin-tuc/a.md"}, {"title", "Bài A"}, {"since", "2026-10-01"},
                               {"days", 54}, {"dated_by", "date"}});
  CHECK(j[2]["dated_by"] == "file");
  CHECK(j[5] == nlohmann::json{{"file", "content/tin-tuc/khong-ngay.md"}, {"title", "Không rõ ngày"},
                               {"since", nullptr}, {"days", nullptr}, {"dated_by", ""}});
}

TEST_CASE("compliance report without pages waiting says nothing of them", "[compliance][approval]") {
  SiteFacts f;
  f.now = kNow;
  Report r = check(f, {}, nullptr);
  CHECK(format_text(r).find("Waiting for review") == std::string::npos);
  CHECK(to_json(r)["waiting_for_review"] == nlohmann::json::array());
}

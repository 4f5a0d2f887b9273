// The dates a list page shows, read from its cards (issue 14, part 2: the
// crawl fetches first the articles a list dates inside the posting window).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "audit/crawl/listed_dates.hpp"
#include "audit/html/page_extract.hpp"

using wt::audit::card_days;
using wt::audit::extract_page;
using wt::audit::newest_listed_day;

namespace {

constexpr int kTz = 7 * 60;
constexpr int64_t kNow = 1796601600;  // 2026-12-07T00:00:00Z

std::string day_of_link(const wt::audit::PageInfo& page, const std::vector<std::string>& days,
                        const std::string& href) {
  for (size_t i = 0; i < page.links.size(); ++i)
    if (page.links[i].href == href) return days[i];
  return "(no such link)";
}

}  // namespace

TEST_CASE("audit::card_days: the date under each title of a list", "[audit][frontier]") {
  const auto page = extract_page(R"(<!doctype html><html lang="vi"><body>
<nav><a href="/tin-tuc/">Tin tức nhà trường hôm nay</a></nav>
<main><h1>Tin tức</h1>
<article><h3><a href="/a/">Lễ khai giảng năm học mới</a></h3>
<p class="meta"><time datetime="2026-09-05T08:00:00+07:00">05/09/2026</time> Chuyên mục: <a href="/chuyen-muc/x/">Tin tức</a></p>
<p>Sáng nay, toàn trường ...</p></article>
<article><h3><a href="/b/">Hội nghị cha mẹ học sinh</a></h3>
<p>Không có ngày trên thẻ này.</p></article>
<article><h3><a href="/c/">Tổng kết năm học cũ</a></h3><p>Đăng ngày 12/05/2025</p></article>
<article><h3><a href="/d/">Ngày hội đọc sách</a></h3><p>Ngày 24 tháng 4 năm 2026</p>
<p><a href="/d/">Xem thêm</a></p></article>
<p><a href="/e/">Bài viết không có thẻ ngày tháng</a></p>
</main></body></html>)");
  const auto days = card_days(page, kTz, kNow);
  REQUIRE(days.size() == page.links.size());
  CHECK(day_of_link(page, days, "/a/") == "2026-09-05");
  // A card without a date takes none, not the next card's.
  CHECK(day_of_link(page, days, "/b/") == "");
  CHECK(day_of_link(page, days, "/c/") == "2025-05-12");
  CHECK(day_of_link(page, days, "/d/") == "2026-04-24");
  CHECK(day_of_link(page, days, "/e/") == "");
  // A menu link has no card.
  CHECK(day_of_link(page, days, "/tin-tuc/") == "");
  CHECK(newest_listed_day(page, kTz, kNow) == "2026-09-05");
}

TEST_CASE("audit::card_days: a list that prints each date above its title", "[audit][frontier]") {
  const auto page = extract_page(R"(<main><h1>Thông báo</h1>
<div class="item"><span>Thứ Hai, 07/09/2026</span><h4><a href="/a/">Thông báo lịch họp phụ huynh</a></h4></div>
<div class="item"><h4><a href="/b/">Thông báo không ghi ngày</a></h4></div>
<div class="item"><span>15/08/2025</span><h4><a href="/c/">Thông báo tựu trường năm trước</a></h4></div>
</main>)");
  const auto days = card_days(page, kTz, kNow);
  CHECK(day_of_link(page, days, "/a/") == "2026-09-07");
  // The date under b's title is c's, printed above c's title.
  CHECK(day_of_link(page, days, "/b/") == "");
  CHECK(day_of_link(page, days, "/c/") == "2025-08-15");
}

TEST_CASE("audit::card_days: nothing for a page without titles, and no date after today", "[audit][frontier]") {
  const auto empty = extract_page("<p><a href=\"/x\">Xem</a> 05/09/2026</p>");
  CHECK(card_days(empty, kTz, kNow) == std::vector<std::string>{""});
  CHECK(newest_listed_day(extract_page("<p>Không ngày tháng</p>"), kTz, kNow) == "");
  const auto future = extract_page(R"(<main><h3><a href="/f/">Kế hoạch của năm sau</a></h3>
<p><time datetime="2027-09-05">05/09/2027</time></p></main>)");
  CHECK(card_days(future, kTz, kNow) == std::vector<std::string>{""});
  CHECK(newest_listed_day(future, kTz, kNow) == "");
}

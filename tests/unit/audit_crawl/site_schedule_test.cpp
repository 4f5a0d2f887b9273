// Which site of a list starts next (issue 14, part 6): the largest probed
// site first, sizes unknown before the probe.
#include <catch2/catch.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "audit/crawl/site_schedule.hpp"

using wt::audit::SiteSchedule;

namespace {

constexpr std::size_t kLots = std::size_t{1} << 30;

/// Every step next() gives until it gives none, as "crawl 0", "probe 3", "continue 2".
std::vector<std::string> steps(SiteSchedule& s) {
  std::vector<std::string> out;
  while (auto step = s.next()) {
    const char* what = step->action == SiteSchedule::Action::Crawl   ? "crawl "
                       : step->action == SiteSchedule::Action::Probe ? "probe "
                                                                     : "continue ";
    out.push_back(what + std::to_string(step->site));
  }
  return out;
}

using Steps = std::vector<std::string>;

}  // namespace

TEST_CASE("audit::SiteSchedule starts a list no longer than at_once in list order and probes nothing",
          "[audit][schedule]") {
  SiteSchedule s(3, 3, kLots);
  CHECK(steps(s) == Steps{"crawl 0", "crawl 1", "crawl 2"});
  s.ended(1);
  CHECK(steps(s).empty());
  CHECK(s.crawling() == 2);
}

TEST_CASE("audit::SiteSchedule probes the sites that wait, at_once at a time, and starts the largest first",
          "[audit][schedule]") {
  SiteSchedule s(6, 2, kLots);
  CHECK(steps(s) == Steps{"crawl 0", "crawl 1", "probe 2", "probe 3"});
  CHECK(s.probing(2));
  s.probed(2, 5, 100);
  CHECK_FALSE(s.probing(2));
  CHECK(steps(s) == Steps{"probe 4"});
  s.probed(3, 40, 100);
  CHECK(steps(s) == Steps{"probe 5"});
  s.probed(4, std::nullopt, 100);  // no sitemap: its size is unknown
  s.probed(5, 12, 100);
  CHECK(steps(s).empty());  // two crawls already
  s.ended(0);
  CHECK(steps(s) == Steps{"continue 3"});  // 40 pages, though probed after 2
  s.ended(1);
  CHECK(steps(s) == Steps{"continue 5"});
  // Known: 5, 12, 40. The unknown site counts as their median, 12: before 2 (5 pages).
  s.ended(3);
  CHECK(steps(s) == Steps{"continue 4"});
  s.ended(5);
  CHECK(steps(s) == Steps{"continue 2"});
  s.ended(4);
  s.ended(2);
  CHECK(steps(s).empty());
  CHECK(s.crawling() == 0);
}

TEST_CASE("audit::SiteSchedule puts a site of unknown size after the known one of the same estimate",
          "[audit][schedule]") {
  SiteSchedule s(4, 1, kLots);
  CHECK(steps(s) == Steps{"crawl 0", "probe 1"});
  s.probed(1, std::nullopt, 10);
  CHECK(steps(s) == Steps{"probe 2"});
  s.probed(2, 7, 10);
  CHECK(steps(s) == Steps{"probe 3"});
  s.probed(3, 3, 10);
  // Known: 3, 7; the lower median, 3, for site 1: after 2 (7), after 3 (3, known).
  s.ended(0);
  CHECK(steps(s) == Steps{"continue 2"});
  s.ended(2);
  CHECK(steps(s) == Steps{"continue 3"});
  s.ended(3);
  CHECK(steps(s) == Steps{"continue 1"});
}

TEST_CASE("audit::SiteSchedule keeps list order when no size is known", "[audit][schedule]") {
  SiteSchedule s(4, 1, kLots);
  CHECK(steps(s) == Steps{"crawl 0", "probe 1"});
  s.probed(1, std::nullopt, 10);
  CHECK(steps(s) == Steps{"probe 2"});
  s.probed(2, std::nullopt, 10);
  CHECK(steps(s) == Steps{"probe 3"});
  s.probed(3, std::nullopt, 10);
  s.ended(0);
  CHECK(steps(s) == Steps{"continue 1"});
  s.ended(1);
  CHECK(steps(s) == Steps{"continue 2"});
}

TEST_CASE("audit::SiteSchedule stops probing while the probed sites hold max_probed_bytes", "[audit][schedule]") {
  SiteSchedule s(5, 1, 250);
  CHECK(steps(s) == Steps{"crawl 0", "probe 1"});
  s.probed(1, 3, 200);
  CHECK(steps(s) == Steps{"probe 2"});  // 200 held, under 250
  s.probed(2, 4, 100);
  CHECK(steps(s).empty());  // 300 held
  s.ended(0);
  CHECK(steps(s) == Steps{"continue 2", "probe 3"});  // 200 held again
}

TEST_CASE("audit::SiteSchedule gives a free slot to the site probed longest when none waits probed",
          "[audit][schedule]") {
  SiteSchedule s(4, 1, kLots);
  CHECK(steps(s) == Steps{"crawl 0", "probe 1"});
  s.ended(0);  // a site that failed at once, site 1 still being probed
  CHECK(steps(s) == Steps{"continue 1", "probe 2"});
  CHECK_FALSE(s.probing(1));
  s.probed(1, 9, 10);  // the probe of a site already crawled: not parked again
  CHECK(steps(s).empty());
  s.ended(2);  // a probe that left nothing to crawl frees its probe
  CHECK(steps(s) == Steps{"probe 3"});
  s.ended(1);
  CHECK(steps(s) == Steps{"continue 3"});
}

// Which site of a list the crawl starts next (issue 14, part 6): the
// largest first, without knowing sizes beforehand.
//
// A list of sites is crawled at most `at_once` at a time, and the whole run
// lasts at least as long as its largest site: a large site that starts last
// makes everyone wait for it. So, when the list holds more sites than
// `at_once`, the first `at_once` start at once (nothing is known of any yet),
// and the sites that wait are *probed* meanwhile, in list order, at most
// `at_once` at a time: their robots.txt and sitemaps are read, exactly as
// their crawl would read them first (the crawler keeps what it read, so the
// crawl goes on from there and asks for nothing twice). A probed site waits
// with its estimate: the pages its sitemaps list on the site, at most
// max_pages. As a crawl ends, the probed site with the largest estimate
// starts. A site whose sitemaps list no page (none, unreadable, empty) is of
// unknown size: it counts as the median of the estimates known so far (list
// order among such sites when none is known yet), and it goes after the known
// sites of the same estimate: the sites known to be larger than most go
// first, and it goes before those known to be small. When no probed site
// waits, the site probed longest (the lowest index) starts, its probe going
// on as its crawl; when none is being probed either, the next of the list.
//
// Probed sites waiting hold what their probe read (dated URLs, the
// frontier, the seen set, robots.txt): probing stops while they hold
// `max_probed_bytes` in all, and goes on as they start.
//
// Pure bookkeeping, one thread: the crawler asks next() what to do and says
// when a probe ended (probed) or a site ended (ended). Ties go to the list
// order, so the same probe results give the same order.
//
//   SiteSchedule s(seeds.size(), options.sites_at_once, options.max_probed_bytes);
//   while (auto step = s.next()) start(step->site, step->action);
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

namespace wt::audit {

class SiteSchedule {
 public:
  enum class Action {
    Crawl,     ///< Start the site's crawl, robots.txt first (not probed).
    Probe,     ///< Start the site's probe: robots.txt and sitemaps only, no page.
    Continue,  ///< The site was probed (or is being probed): its crawl starts from what the probe read.
  };
  struct Step {
    std::size_t site = 0;
    Action action = Action::Crawl;
  };

  SiteSchedule(std::size_t sites, std::size_t at_once, std::size_t max_probed_bytes);

  /// What to start now; nullopt when nothing may start until a site ends
  /// or a probe ends. Call until nullopt.
  std::optional<Step> next();

  /// The probe of `site` ended and the site waits for its crawl, holding
  /// `bytes`; `estimate`: the pages its sitemaps list (nullopt: unknown).
  void probed(std::size_t site, std::optional<std::size_t> estimate, std::size_t bytes);

  /// The site ended (its crawl, or its probe when nothing is left to crawl:
  /// robots.txt forbids everything, the site is unreachable ...).
  void ended(std::size_t site);

  /// Whether the site's probe is under way (Probe given, probed() not called yet).
  bool probing(std::size_t site) const { return phase_[site] == Phase::Probing; }
  /// Sites crawled now (at most at_once).
  std::size_t crawling() const { return crawling_; }

 private:
  enum class Phase { Waiting, Probing, Probed, Crawling, Ended };
  struct Parked {
    std::size_t site = 0;
    std::optional<std::size_t> estimate;
    std::size_t bytes = 0;
  };

  std::size_t unknown_estimate() const;
  std::optional<std::size_t> best_parked() const;

  std::size_t at_once_;
  std::size_t max_probed_bytes_;
  std::vector<Phase> phase_;
  std::size_t next_ = 0;  ///< The next site of the list not started in any way.
  std::size_t crawling_ = 0;
  std::size_t probing_ = 0;
  std::vector<Parked> parked_;      ///< Probed sites waiting, in the order they were probed.
  std::size_t parked_bytes_ = 0;
  std::vector<std::size_t> known_;  ///< Estimates of every site probed with one, sorted.
};

}  // namespace wt::audit

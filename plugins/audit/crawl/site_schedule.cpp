#include "audit/crawl/site_schedule.hpp"

#include <algorithm>

namespace wt::audit {

SiteSchedule::SiteSchedule(std::size_t sites, std::size_t at_once, std::size_t max_probed_bytes)
    : at_once_(std::max<std::size_t>(1, at_once)), max_probed_bytes_(max_probed_bytes), phase_(sites, Phase::Waiting) {}

std::optional<SiteSchedule::Step> SiteSchedule::next() {
  if (crawling_ < at_once_) {
    std::optional<std::size_t> site;
    if (auto best = best_parked()) {
      site = parked_[*best].site;
      parked_bytes_ -= parked_[*best].bytes;
      parked_.erase(parked_.begin() + static_cast<std::ptrdiff_t>(*best));
    } else if (probing_ > 0) {
      // Nothing probed waits: the site probed longest goes on as its crawl
      // rather than a slot staying idle or the list being skipped.
      site = static_cast<std::size_t>(std::find(phase_.begin(), phase_.end(), Phase::Probing) - phase_.begin());
      --probing_;
    }
    if (site) {
      phase_[*site] = Phase::Crawling;
      ++crawling_;
      return Step{*site, Action::Continue};
    }
    if (next_ < phase_.size()) {
      phase_[next_] = Phase::Crawling;
      ++crawling_;
      return Step{next_++, Action::Crawl};
    }
    return std::nullopt;
  }
  if (next_ < phase_.size() && probing_ < at_once_ && parked_bytes_ < max_probed_bytes_) {
    phase_[next_] = Phase::Probing;
    ++probing_;
    return Step{next_++, Action::Probe};
  }
  return std::nullopt;
}

void SiteSchedule::probed(std::size_t site, std::optional<std::size_t> estimate, std::size_t bytes) {
  if (phase_[site] != Phase::Probing) return;
  phase_[site] = Phase::Probed;
  --probing_;
  parked_.push_back({site, estimate, bytes});
  parked_bytes_ += bytes;
  if (estimate) known_.insert(std::upper_bound(known_.begin(), known_.end(), *estimate), *estimate);
}

void SiteSchedule::ended(std::size_t site) {
  switch (phase_[site]) {
    case Phase::Crawling: --crawling_; break;
    case Phase::Probing: --probing_; break;
    case Phase::Probed:
      for (auto it = parked_.begin(); it != parked_.end(); ++it)
        if (it->site == site) {
          parked_bytes_ -= it->bytes;
          parked_.erase(it);
          break;
        }
      break;
    case Phase::Waiting:
    case Phase::Ended: break;
  }
  phase_[site] = Phase::Ended;
}

std::size_t SiteSchedule::unknown_estimate() const {
  // The lower median: with two known sizes, the smaller one.
  return known_.empty() ? 0 : known_[(known_.size() - 1) / 2];
}

/// The index in parked_ of the site to crawl next: the largest estimate,
/// a known one before an unknown one of the same size, then list order.
std::optional<std::size_t> SiteSchedule::best_parked() const {
  if (parked_.empty()) return std::nullopt;
  const std::size_t unknown = unknown_estimate();
  auto key = [&](const Parked& p) { return p.estimate.value_or(unknown); };
  std::size_t best = 0;
  for (std::size_t i = 1; i < parked_.size(); ++i) {
    const Parked& a = parked_[i];
    const Parked& b = parked_[best];
    if (key(a) != key(b)) {
      if (key(a) > key(b)) best = i;
    } else if (a.estimate.has_value() != b.estimate.has_value()) {
      if (a.estimate) best = i;
    } else if (a.site < b.site) {
      best = i;
    }
  }
  return best;
}

}  // namespace wt::audit

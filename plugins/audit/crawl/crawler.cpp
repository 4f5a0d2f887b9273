#include "audit/crawl/crawler.hpp"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <exception>
#include <future>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <unordered_map>
#include <variant>

#include "core/message_catalog.hpp"
#include "audit/crawl/article_detect.hpp"
#include "audit/crawl/byte_budget.hpp"
#include "audit/crawl/frontier.hpp"
#include "audit/crawl/link_rank.hpp"
#include "audit/crawl/page_facts.hpp"
#include "audit/crawl/page_reader.hpp"
#include "audit/crawl/parse_pool.hpp"
#include "audit/crawl/seen_set.hpp"
#include "audit/crawl/site_schedule.hpp"
#include "audit/dates/publication_date.hpp"
#include "audit/fetch/validators.hpp"
#include "audit/robots/robots_txt.hpp"
#include "audit/sitemap/feed.hpp"
#include "audit/sitemap/sitemap.hpp"
#include "audit/url/scope.hpp"
#include "audit/url/trap_guard.hpp"
#include "audit/url/url.hpp"
#include "core/date.hpp"

namespace wt::audit {
namespace {

PageLimits page_limits(const CrawlOptions& o) {
  PageLimits l;
  l.max_links = o.max_links_per_page;
  l.max_items = o.max_items_per_page;
  l.max_link_text = o.max_link_text;
  l.max_parse_bytes = o.max_parse_bytes;
  l.default_tz = o.default_tz;
  return l;
}

enum class Kind { Robots, Sitemap, Feed, Page };

/// Responses handed to the parse workers and not applied yet (docs/audit.md "Memory").
constexpr std::size_t kMaxPendingResponses = 8;

struct Job {
  size_t site = 0;
  Kind kind = Kind::Page;
  int depth = 0;  ///< Sitemap index depth; a page's links from the home page.
  int rank = 0;   ///< A page's rank in the frontier (link_rank.hpp).
  bool finder = false;  ///< A page that finds pages (finds_pages).
};

int current_year() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  localtime_r(&t, &tm);
  return tm.tm_year + 1900;
}

struct PageDates {
  std::vector<Candidate> candidates;
  bool article = false;
  bool listing = false;
};

struct SiteState {
  explicit SiteState(const CrawlOptions& o) : seen(o.max_seen_urls), frontier(o.max_frontier_bytes) {}
  std::string seed;
  TrapGuard guard{current_year()};
  Robots robots;
  int pages_handled = 0;
  int pages_in_flight = 0;     ///< Page requests given to the client and not handled yet.
  int page_requests = 0;       ///< Page requests answered (each redirect hop counts), for --max-requests.
  bool home_pending = false;   ///< The seed is being fetched: other pages wait for its links.
  int finders_in_flight = 0;   ///< Pages in flight that find pages (the home page, menus, lists).
  int dating_in_flight = 0;    ///< Sitemaps and feeds in flight: they may date waiting pages.
  int sitemaps_queued = 0;
  int feeds_queued = 0;
  int robots_attempts = 0;
  int outstanding = 0;   ///< Requests added and not handled yet: the site is done at 0.
  bool probing = false;  ///< robots.txt and sitemaps only, no page yet (site_schedule.hpp).
  int sitemap_pages = 0;          ///< Pages its sitemaps put in the frontier: the site's estimated size.
  std::size_t robots_bytes = 0;   ///< robots.txt read (its rules are kept).
  bool home_done = false;
  bool stopped = false;  ///< A cap or an error ended the crawl; what still arrives is dropped.
  std::set<std::string> fetched_final;              ///< Final URLs of HTML pages already recorded.
  SeenSet seen;                                     ///< Links enqueue_page has looked at (hashes).
  Frontier frontier;                                ///< Pages waiting, best first (frontier.hpp).
  LinkErrors link_errors;                           ///< Folders where fetches failed (link_rank.hpp).
  std::set<std::string> feeds_seen, sitemaps_seen;
  std::map<std::string, W3cDate> sitemap_lastmod;   ///< By normalised URL.
  std::map<std::string, DateTime> sitemap_news, feed_dates;
  std::map<std::string, PageDates> page_dates;
  std::vector<std::string> order;                   ///< URLs in the order dates were first met.
  std::unordered_map<std::string, PageMemo> recalled;  ///< From an earlier crawl, by URL (CrawlOptions::recall).
  CrawlData data;
};

bool is_html(const Response& r) {
  std::string ct = r.content_type;
  std::transform(ct.begin(), ct.end(), ct.begin(), [](unsigned char c) { return std::tolower(c); });
  if (ct.find("html") != std::string::npos) return true;
  if (!ct.empty()) return false;
  auto p = r.body.find_first_not_of(" \t\r\n");
  return p != std::string::npos && r.body[p] == '<' && r.body.compare(p, 5, "<?xml") != 0;
}

bool looks_binary(const std::string& url) {
  static const char* kExt[] = {".pdf", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".jpg", ".jpeg",
                               ".png", ".gif", ".svg", ".webp", ".zip", ".rar", ".7z", ".mp3", ".mp4",
                               ".avi", ".css", ".js", ".ico", ".woff", ".woff2", ".ttf", ".xml", ".rss",
                               ".json", ".txt", ".gz"};
  std::string path = url.substr(0, url.find_first_of("?#"));
  std::transform(path.begin(), path.end(), path.begin(), [](unsigned char c) { return std::tolower(c); });
  for (const char* e : kExt) {
    std::string_view ext(e);
    if (path.size() > ext.size() && path.compare(path.size() - ext.size(), ext.size(), ext) == 0) return true;
  }
  return false;
}

bool looks_feed(const std::string& url) {
  std::string u = url;
  std::transform(u.begin(), u.end(), u.begin(), [](unsigned char c) { return std::tolower(c); });
  auto ends = [&](std::string_view s) { return u.size() >= s.size() && u.compare(u.size() - s.size(), s.size(), s) == 0; };
  return ends(".rss") || ends("/rss/") || ends("/feed/") || ends("/feed") || ends("/rss") || ends("feed.xml") ||
         ends("atom.xml") || ends("rss.xml") || ends("index.xml");
}

/// What a worker made of a response before the crawl's thread handles it.
struct Parsed {
  std::optional<PageRead> page;
  bool reused = false;             ///< A 304 whose stored facts are `page`.
  std::optional<PageMemo> memo;    ///< A page answered 200 with validators, kept for the next crawl.
  std::optional<Robots> robots;
  std::optional<Sitemap> sitemap;
  std::optional<Feed> feed;
  std::string error;  ///< An exception thrown while parsing ("internal error" of the site).
};

/// The response as robots.txt: its status (0 when none arrived; 310, i.e.
/// unavailable, after too many redirects or a refused one) and rules.
int robots_status(const Response& r) {
  if (r.error == "too many redirects" || r.error == "redirect refused") return 310;
  return r.error.empty() ? static_cast<int>(r.status) : 0;
}

std::optional<PageMemo> memo_of(const Response& r, const PageRead& read);

Parsed parse_response(Kind kind, const Response& r, const CrawlOptions& options, int64_t now, ByteBudget& budget) {
  Parsed out;
  const bool ok = r.error.empty() && r.status == 200;
  switch (kind) {
    case Kind::Robots: {
      RobotsOptions ro;
      ro.max_bytes = options.robots_max_bytes;
      out.robots = robots_from_response(robots_status(r), r.body, ro);
      break;
    }
    case Kind::Sitemap:
      if (ok) out.sitemap = parse_sitemap(r.body, {}, options.default_tz);
      break;
    case Kind::Feed:
      if (ok) out.feed = parse_feed(r.body, {}, options.default_tz);
      break;
    case Kind::Page:
      if (r.error.empty() && r.status == 200 && is_html(r)) {
        out.page = read_page(r, page_limits(options), now, budget);
        out.memo = memo_of(r, *out.page);
      } else if (r.error.empty() && r.status != 304 && is_html(r)) {
        out.page = read_page(r, page_limits(options), now, budget);
      }
      break;
  }
  return out;
}

/// The page's validators, when the server sent a valid one, with its facts:
/// what a conditional recrawl needs. None for a redirected or cut page.
std::optional<PageMemo> memo_of(const Response& r, const PageRead& read) {
  if (r.redirects > 0 || read.cut || !read.url || *read.url != r.requested_url) return std::nullopt;
  PageMemo m;
  m.url = r.requested_url;
  if (const std::string* etag = r.header("etag"); etag && valid_etag(*etag)) m.etag = *etag;
  if (const std::string* lm = r.header("last-modified"); lm && valid_http_date(*lm)) m.last_modified = *lm;
  if (m.etag.empty() && m.last_modified.empty()) return std::nullopt;
  m.facts = write_page_facts(read);
  if (m.facts.size() > kMaxPageFactsBytes) return std::nullopt;
  return m;
}

/// A 304 to a conditional request: the stored facts of the page, read back
/// (nullopt when there are none to read: the answer is then an error page).
std::optional<PageRead> reused_page(const std::string& facts, const CrawlOptions& options) {
  if (facts.empty()) return std::nullopt;
  return read_page_facts(facts, page_limits(options));
}

class Crawler {
 public:
  Crawler(HttpClient& client, const std::vector<std::string>& seeds, const CrawlOptions& options, SiteDone done)
      : client_(client), options_(options), seeds_(seeds), done_(std::move(done)),
        schedule_(seeds.size(), static_cast<std::size_t>(std::max(1, options.sites_at_once)),
                  options.max_probed_bytes),
        parse_budget_(options.parse_budget_bytes) {
    sites_.resize(seeds.size());
  }

  void run() {
    // Every hop of a redirect stays on the site of the request (issue 10).
    client_.set_redirect_check([](const Request& request, const std::string& target) -> std::string {
      if (request.site.empty() || same_site(target, request.site)) return "";
      return "redirect to another site";
    });
    progress_ = options_.progress && isatty(STDERR_FILENO);
    // Pages are parsed on every core while the fetch loop keeps fetching;
    // each response is still handled here, in the order it arrived.
    // One page read here first: ICU's normaliser data is set up on first
    // use, so that happens before the workers start rather than among them.
    warm_up_page_reader();
    // A worker wakes the fetch loop when a page is parsed, unless it was
    // woken already and has not drained the pool since. At most
    // kMaxPendingResponses responses wait to be parsed or applied (a body
    // until it is parsed, then only a page's capped data).
    ParsePool pool(
        ParsePool::default_threads(),
        [this] {
          if (!wake_pending_.exchange(true)) client_.wakeup();
        },
        kMaxPendingResponses);
    pool_ = &pool;
    start_more();
    client_.run([&](Response r) { on_response(std::move(r)); }, std::chrono::hours(24), [&] {
      wake_pending_.store(false);
      return pool.drain() > 0;
    });
    pool.finish();
    pool_ = nullptr;
    // Sites still open (the run ended on its own budget): finished as they are.
    for (size_t i = 0; i < sites_.size(); ++i)
      if (sites_[i]) end_site(i);
    if (progress_) std::fprintf(stderr, "\r\033[K");
  }

 private:
  /// Starts crawls while fewer than sites_at_once are crawled, the largest
  /// probed site first, and probes the sites that wait (site_schedule.hpp).
  void start_more() {
    if (starting_) return;  // called again from end_site() below: the loop goes on
    starting_ = true;
    while (auto step = schedule_.next()) {
      switch (step->action) {
        case SiteSchedule::Action::Crawl: start_site(step->site, false); break;
        case SiteSchedule::Action::Probe: start_site(step->site, true); break;
        case SiteSchedule::Action::Continue: continue_site(step->site); break;
      }
    }
    starting_ = false;
  }

  /// Asks for the site's robots.txt: the first request of its crawl, or of
  /// its probe (robots.txt and sitemaps only: pump() adds no page).
  void start_site(size_t i, bool probe) {
    auto st = std::make_unique<SiteState>(options_);
    auto n = normalize(seeds_[i]);
    st->seed = n ? *n : seeds_[i];
    st->data.seed = st->seed;
    st->probing = probe;
    if (options_.recall && !probe) recall(*st);
    sites_[i] = std::move(st);
    auto u = parse_url(sites_[i]->seed);
    if (!u) {
      end_site(i);  // nothing to fetch
      return;
    }
    Url robots = *u;
    robots.path = "/robots.txt";
    robots.has_query = robots.has_fragment = false;
    Request r{to_string(robots), 100, {}, sites_[i]->seed};
    r.max_body = options_.robots_max_bytes;
    r.truncate_body = true;
    add(i, std::move(r), Kind::Robots);
  }

  /// The crawl of a probed site goes on from what its probe read: the
  /// frontier holds the home page and its sitemaps' pages. A probe still
  /// under way simply goes on as the crawl.
  void continue_site(size_t i) {
    SiteState& st = *sites_[i];
    if (st.outstanding == 0) client_.restart_host_budget(st.seed);  // waited since its probe
    st.probing = false;
    try {
      if (options_.recall) recall(st);
      pump(i);
    } catch (const std::exception& e) {
      fail_site(st, e.what(), st.seed);
    }
    if (st.outstanding == 0) end_site(i);
  }

  /// No request of the site is left: a probe waits for its crawl with its
  /// estimate (site_schedule.hpp), unless nothing is left to crawl (no page
  /// allowed, a cap or an error met); a crawl is over.
  void site_idle(size_t i) {
    SiteState& st = *sites_[i];
    if (!st.probing || st.stopped || st.frontier.empty()) {
      end_site(i);
      return;
    }
    std::optional<std::size_t> estimate;
    if (st.sitemap_pages > 0)
      estimate = static_cast<std::size_t>(std::min(st.sitemap_pages, std::max(1, options_.max_pages)));
    schedule_.probed(i, estimate, held_bytes(st));
    start_more();
  }

  /// What a probed site keeps while it waits, estimated: its dated URLs
  /// (in data.bytes), its frontier (each URL held twice), its seen set and
  /// its robots.txt.
  static std::size_t held_bytes(const SiteState& st) {
    return sizeof(SiteState) + st.data.bytes + 2 * st.frontier.bytes() + st.seen.bytes() + st.robots_bytes;
  }

  /// The pages an earlier crawl kept (CrawlOptions::recall), those that can
  /// be asked for again: on the site, with a valid validator, and facts
  /// that read back as the page of that URL.
  void recall(SiteState& st) {
    std::size_t bytes = 0;
    for (auto& m : options_.recall(st.seed)) {
      const bool validators = (!m.etag.empty() || !m.last_modified.empty()) &&
                              (m.etag.empty() || valid_etag(m.etag)) &&
                              (m.last_modified.empty() || valid_http_date(m.last_modified));
      if (!validators || m.url == st.seed || !same_site(m.url, st.seed)) continue;
      auto read = read_page_facts(m.facts, page_limits(options_));
      if (!read || read->url != m.url) continue;
      bytes += m.url.size() + m.facts.size() + 2 * sizeof(PageMemo);
      if (bytes > options_.max_site_bytes) break;  // the rest is fetched whole
      std::string url = m.url;
      st.recalled.emplace(std::move(url), std::move(m));
    }
  }

  /// The site's crawl is over: its data goes to done_, its state is freed,
  /// and the next site starts.
  void end_site(size_t i) {
    std::unique_ptr<SiteState> st = std::move(sites_[i]);
    schedule_.ended(i);
    CrawlData data;
    try {
      data = finish(*st);
    } catch (const std::exception& e) {
      data = std::move(st->data);
      data.error = SiteError{"internal-error", std::string("internal error: ") + e.what(), "end of the crawl", {}};
    }
    st.reset();
    pages_done_ += data.html_ok;
    done_(i, std::move(data));
    start_more();
  }

  void add(size_t site, Request request, Kind kind, int depth = 0, int rank = 0, bool finder = false) {
    jobs_.emplace(request.url, Job{site, kind, depth, rank, finder});
    ++sites_[site]->outstanding;
    if (kind == Kind::Sitemap || kind == Kind::Feed) ++sites_[site]->dating_in_flight;
    if (kind == Kind::Page) ++sites_[site]->pages_in_flight;
    client_.add(std::move(request));
  }

  void add(size_t site, const std::string& url, Kind kind, int priority, int depth = 0) {
    add(site, Request{url, priority, {}, sites_[site]->seed}, kind, depth);
  }

  /// Counts a cap reached in the site's notes.
  static void note_cap(SiteState& st, const char* cap, long long limit, long long count = 1) {
    for (auto& n : st.data.limits)
      if (n.cap == cap) {
        n.count += count;
        return;
      }
    st.data.limits.push_back({cap, limit, count});
  }

  static void note_refusal(SiteState& st, const std::string& url, const std::string& reason) {
    ++st.data.refused_count;
    if (static_cast<int>(st.data.refused.size()) < kMaxRefusalsKept) st.data.refused.push_back({url, reason});
  }

  /// A per-site cap ends the crawl of the site: nothing more is queued, what
  /// waits is cancelled, and the site fails with what it read so far.
  void stop_site(SiteState& st, const char* cap, long long limit, const std::string& where) {
    note_cap(st, cap, limit);
    if (st.stopped) return;
    st.stopped = true;
    st.frontier.clear();
    if (!st.data.error) {
      st.data.error = SiteError{"cap-reached", describe_cap(st.data.limits.back()), where,
                                {"pages", "sections", "posts", "score"}};
    }
    client_.cancel(st.seed);
  }

  void fail_site(SiteState& st, const std::string& what, const std::string& where) {
    if (!st.data.error)
      st.data.error = SiteError{"internal-error", "internal error: " + what, where, {"pages", "sections", "posts", "score"}};
    if (st.stopped) return;
    st.stopped = true;
    st.frontier.clear();
    client_.cancel(st.seed);
  }

  int max_requests() const {
    return options_.max_requests > 0 ? options_.max_requests : 2 * std::max(0, options_.max_pages);
  }

  /// Pages given to the client at once per site: enough to keep its
  /// connections busy while answers wait for the parse workers, few enough
  /// that a page found meanwhile with a better rank still goes first.
  int window() const { return std::max(1, options_.per_host) + static_cast<int>(kMaxPendingResponses); }

  /// Puts `url`, met in `where` at `depth` links from the home page, in the
  /// site's frontier, unless its fate is sealed. handle() then fetches what
  /// the budgets allow (pump), once every link of the response is in: the
  /// first link of a page must not go before a better one further down.
  bool enqueue_page(size_t site, const std::string& url, const LinkContext& where, int depth) {
    SiteState& st = *sites_[site];
    if (st.stopped) return false;
    if (st.robots.mode == RobotsMode::disallow_all_retry_later) return false;
    // Every page links the menu and the lists again: a URL whose fate is
    // sealed (queued, out of scope, past robots.txt or the trap guard) is
    // not looked at twice; one still waiting moves up when it is met where
    // it ranks better (a menu links a page the sitemap listed first).
    switch (st.seen.insert(url)) {
      case SeenSet::Insert::Present:  // most often fetched already (the menus of every page): not ranked again
        return st.frontier.waiting(url) &&
               st.frontier.improve(url, link_rank(url, where), depth, finds_pages(url, where));
      case SeenSet::Insert::Full:
        stop_site(st, "seen_urls", static_cast<long long>(st.seen.max_entries()), url);
        return false;
      case SeenSet::Insert::Added: break;
    }
    if (!same_site(url, st.seed) || looks_binary(url)) return false;
    if (st.robots.mode == RobotsMode::rules && !allowed(st.robots, options_.user_agent, path_from_url(url))) return false;
    if (st.guard.check(url) != TrapVerdict::Accept) return false;
    // Never more pages wait than the request budget can still fetch.
    const int left = max_requests() - st.page_requests - st.pages_in_flight;
    const auto pushed = st.frontier.push(url, link_rank(url, where), depth, static_cast<std::size_t>(std::max(0, left)),
                                         finds_pages(url, where));
    if (pushed == Frontier::Push::Full) {
      stop_site(st, "frontier", static_cast<long long>(options_.max_frontier_bytes), url);
      return false;
    }
    return pushed == Frontier::Push::Added;
  }

  /// Gives the client the site's best waiting pages while fewer than
  /// window() are in flight, within --max-pages (pages answered 200 and
  /// pages in flight) and --max-requests (page requests answered, each
  /// redirect hop counted, and in flight; robots.txt, sitemaps and feeds
  /// have their own bounds: max_sitemaps, max_feeds).
  void pump(size_t site) {
    SiteState& st = *sites_[site];
    if (st.probing) return;  // robots.txt and sitemaps only
    const auto penalised = [&st](const std::string& u) { return penalty(st, u); };
    while (!st.stopped && !st.home_pending && !st.frontier.empty() && st.pages_in_flight < window()) {
      if (st.data.html_ok + st.pages_in_flight >= options_.max_pages) return;
      if (st.page_requests + st.pages_in_flight >= max_requests()) return;
      int rank = 0;
      const Frontier::Entry* best = st.frontier.top(penalised, &rank);
      if (!best) return;
      if (!best->finder) {
        // A sitemap or feed in flight may date the pages that wait (and so
        // rank them later): only pages that find pages go meanwhile.
        if (st.dating_in_flight > 0) return;
        // While a menu or list page is in flight, the pages it will show
        // may be better than what waits: worse pages only keep the host's
        // connections busy, they are not queued ahead.
        if (st.finders_in_flight > 0 && st.pages_in_flight >= st.finders_in_flight + std::max(1, options_.per_host))
          return;
      }
      auto next = st.frontier.pop(penalised);
      if (next->depth == 0) st.home_pending = true;
      if (next->finder) ++st.finders_in_flight;
      // The client's queue of the host is ordered by priority too: a list
      // page found now overtakes the articles already waiting there.
      Request request{next->url, -rank, {}, st.seed};
      if (auto m = st.recalled.find(next->url); m != st.recalled.end() && next->depth > 0) {
        if (!m->second.etag.empty()) request.headers.emplace_back("If-None-Match", m->second.etag);
        if (!m->second.last_modified.empty())
          request.headers.emplace_back("If-Modified-Since", m->second.last_modified);
      }
      add(site, std::move(request), Kind::Page, next->depth, rank, next->finder);
    }
  }

  /// What a waiting page's rank has gained since it was queued: its
  /// folder's failures (LinkErrors), and a date a feed or a news sitemap
  /// gave it meanwhile (the page would only confirm what is known).
  static int penalty(const SiteState& st, const std::string& url) {
    int p = st.link_errors.penalty(url);
    if (st.feed_dates.count(url) || st.sitemap_news.count(url)) p += kDatedPenalty;
    return p;
  }
  static constexpr int kDatedPenalty = 10;

  /// Whether `d`'s own local day is before CrawlOptions::posts_since.
  bool before_window(const DateTime& d) const {
    if (options_.posts_since.empty()) return false;
    char day[16];
    std::snprintf(day, sizeof day, "%04d-%02d-%02d", d.year, d.month, d.day);
    return day < options_.posts_since;
  }

  /// Which budget left pages unfetched: "max-pages", "max-requests", or ""
  /// when every page found was fetched (or the crawl ended otherwise).
  std::string stopped_by(const SiteState& st) const {
    if (st.frontier.empty() && st.frontier.dropped() == 0) return "";
    if (st.data.html_ok >= options_.max_pages) return "max-pages";
    if (st.page_requests >= max_requests()) return "max-requests";
    return "";
  }

  void enqueue_sitemap(size_t site, const std::string& url, int depth) {
    SiteState& st = *sites_[site];
    auto n = normalize(url);
    if (st.stopped || !n || st.sitemaps_queued >= options_.max_sitemaps || !st.sitemaps_seen.insert(*n).second) return;
    if (!same_site(*n, st.seed)) {
      note_refusal(st, *n, "sitemap on another site");
      return;
    }
    ++st.sitemaps_queued;
    add(site, *n, Kind::Sitemap, 50, depth);
  }

  void enqueue_feed(size_t site, const std::string& url) {
    SiteState& st = *sites_[site];
    auto n = normalize(url);
    if (st.stopped || !n || !same_site(*n, st.seed) || st.feeds_queued >= options_.max_feeds ||
        !st.feeds_seen.insert(*n).second)
      return;
    ++st.feeds_queued;
    add(site, *n, Kind::Feed, 40);
  }

  /// Remembers that `url` has a date (or is a page with dates); false when
  /// the site's dated URLs are at their cap (the site then stops).
  bool note_url(SiteState& st, const std::string& url) {
    if (st.page_dates.count(url) || st.sitemap_news.count(url) || st.feed_dates.count(url) ||
        st.sitemap_lastmod.count(url))
      return true;
    if (st.order.size() >= options_.max_dated_urls) {
      stop_site(st, "dated_urls", static_cast<long long>(options_.max_dated_urls), url);
      return false;
    }
    // A dated URL is kept twice (in order and as a key of a date map), and
    // counts against the site's data like its pages.
    const size_t bytes = 2 * (sizeof(std::string) + url.size()) + 64;
    if (st.data.bytes + bytes > options_.max_site_bytes) {
      stop_site(st, "site_bytes", static_cast<long long>(options_.max_site_bytes), url);
      return false;
    }
    st.data.bytes += bytes;
    st.order.push_back(url);
    return true;
  }

  // Parses a response on a worker, then handles it here, in order.
  void on_response(Response r) {
    auto it = jobs_.find(r.requested_url);
    const Kind kind = it != jobs_.end() ? it->second.kind : Kind::Page;
    const int64_t now = epoch_now();
    // A 304 is read from the facts kept of the page, if any were (and asked
    // about): only on the first hop, the one the conditional headers went to.
    std::string facts;
    if (kind == Kind::Page && r.error.empty() && r.status == 304 && r.redirects == 0 && it != jobs_.end() &&
        sites_[it->second.site]) {
      const auto& recalled = sites_[it->second.site]->recalled;
      if (auto m = recalled.find(r.requested_url); m != recalled.end()) facts = m->second.facts;
    }
    pool_->submit([this, r = std::move(r), kind, now, facts = std::move(facts)]() mutable -> ParsePool::Apply {
      Parsed parsed;
      try {
        if (kind == Kind::Page && r.error.empty() && r.status == 304) {
          parsed.page = reused_page(facts, options_);
          parsed.reused = parsed.page.has_value();
        } else {
          parsed = parse_response(kind, r, options_, now, parse_budget_);
        }
      } catch (const std::exception& e) {
        parsed.error = e.what();
      }
      if (kind == Kind::Page) {
        r.body.clear();  // read: only the parse is kept while the response waits
        r.body.shrink_to_fit();
      }
      return [this, r = std::move(r), parsed = std::move(parsed)]() mutable { handle(std::move(r), parsed); };
    });
  }

  void handle(Response r, Parsed& parsed) {
    auto it = jobs_.find(r.requested_url);
    if (it == jobs_.end()) return;
    Job job = it->second;
    jobs_.erase(it);
    SiteState& st = *sites_[job.site];
    if (r.error != "cancelled") ++st.data.requests;
    if (job.kind == Kind::Sitemap || job.kind == Kind::Feed) --st.dating_in_flight;
    for (const auto& refusal : r.refusals) note_refusal(st, refusal.url, refusal.reason);
    if (job.kind == Kind::Page) {
      ++st.pages_handled;
      --st.pages_in_flight;
      if (job.finder) --st.finders_in_flight;
      if (job.depth == 0) st.home_pending = false;
      if (r.error != "cancelled") {
        st.page_requests += 1 + std::max(0, r.redirects);
        st.link_errors.record(r.requested_url, r.error.empty() && (r.status == 200 || parsed.reused));
      }
    }
    if (r.error.empty() && r.status == 200) {
      ++st.data.bodies.fetched;
      if (job.kind == Kind::Page && parsed.page) ++st.data.bodies.pages;
    }
    if (parsed.reused) ++st.data.bodies.reused;
    // One site's failure is its own: an exception here fails that site only.
    if (!st.stopped && r.error != "cancelled") {
      try {
        if (!parsed.error.empty()) throw std::runtime_error(parsed.error);
        switch (job.kind) {
          case Kind::Robots: on_robots(job.site, r, *parsed.robots); break;
          case Kind::Sitemap: on_sitemap(job.site, r, parsed.sitemap, job.depth); break;
          case Kind::Feed: on_feed(job.site, r, parsed.feed); break;
          case Kind::Page: on_page(job.site, r, parsed, job.depth, job.finder); break;
        }
        pump(job.site);
      } catch (const std::exception& e) {
        fail_site(st, e.what(), r.requested_url);
      }
    }
    if (progress_) show_progress(r.url);
    if (--st.outstanding == 0) site_idle(job.site);
  }

  /// One line, rewritten in place at most ten times a second, short enough
  /// not to wrap: "audit: 24 sites, 412 pages, 37 waiting: <url>".
  void show_progress(const std::string& url) {
    const auto now = std::chrono::steady_clock::now();
    if (now - last_progress_ < std::chrono::milliseconds(100)) return;
    last_progress_ = now;
    int pages = pages_done_;
    for (const auto& s : sites_)
      if (s) pages += s->data.html_ok;
    std::string shown = url.size() > 60 ? url.substr(0, 28) + "..." + url.substr(url.size() - 28) : url;
    const std::string line = std::to_string(sites_.size()) + " sites, " + std::to_string(pages) + " pages, " +
                             std::to_string(client_.pending()) + " waiting: " + shown;
    std::fprintf(stderr, "\r\033[Kaudit: %s", localized("audit.progress", line).c_str());
    std::fflush(stderr);
  }

  void on_robots(size_t site, const Response& r, const Robots& robots) {
    SiteState& st = *sites_[site];
    const int status = robots_status(r);
    st.robots = robots;
    st.robots_bytes = r.body.size();
    st.data.robots_status = status;
    st.data.robots_truncated = r.truncated || robots.stats.truncated;
    // A retry cut by the site's budget keeps the reason of the first failure.
    if (r.error != "host budget exceeded" || st.data.robots_error.empty()) st.data.robots_error = r.error;
    if (st.robots.mode == RobotsMode::disallow_all_retry_later) {
      // RFC 9309 2.3.1.4: a server error means disallow all, for now. Ask
      // again after a back-off (the host is held meanwhile); give up after
      // robots_retries, and report the site as blocked.
      const bool hopeless = r.error == "host not found" || r.error == "bad url" || r.error == "host budget exceeded" ||
                            r.error == "address refused";
      if (!hopeless && st.robots_attempts < options_.robots_retries) {
        Request again{r.requested_url, 100, std::chrono::milliseconds(options_.robots_retry_ms << st.robots_attempts),
                      st.seed};
        again.max_body = options_.robots_max_bytes;
        again.truncate_body = true;
        ++st.robots_attempts;
        add(site, std::move(again), Kind::Robots);
        return;
      }
      st.data.robots_blocked = true;
      return;
    }
    // Crawl-delay (clamped by the parser to 10 s) slows the host down, never
    // speeds it up beyond --delay.
    if (auto cd = crawl_delay(st.robots, options_.user_agent);
        cd && cd->count() > std::max(0L, options_.delay_ms)) {
      client_.set_host_delay(st.seed, *cd);
      st.data.crawl_delay_ms = cd->count();
    }
    auto base = parse_url(st.seed);
    for (const auto& sm : st.robots.sitemaps) enqueue_sitemap(site, sm, 0);
    if (base) {
      Url u = *base;
      u.path = "/sitemap.xml";
      u.has_query = u.has_fragment = false;
      enqueue_sitemap(site, to_string(u), 0);
    }
    enqueue_page(site, st.seed, LinkContext{LinkOrigin::Seed}, 0);
  }

  void on_sitemap(size_t site, const Response& r, const std::optional<Sitemap>& parsed, int depth) {
    SiteState& st = *sites_[site];
    if (!parsed || !parsed->error.empty()) return;
    const Sitemap& sm = *parsed;
    if (st.data.sitemap_url.empty()) st.data.sitemap_url = r.url;
    for (const auto& e : sm.entries) {
      if (st.stopped) return;
      if (sm.kind == SitemapKind::Index) {
        if (depth < 2) enqueue_sitemap(site, e.loc, depth + 1);
        continue;
      }
      auto n = normalize(e.loc);
      if (!n || !same_site(*n, st.seed)) continue;
      if (!note_url(st, *n)) return;
      if (e.publication_date) st.sitemap_news.emplace(*n, e.publication_date->date);
      if (e.lastmod) st.sitemap_lastmod.emplace(*n, *e.lastmod);
      LinkContext where{LinkOrigin::Sitemap};
      where.dated = e.publication_date.has_value();
      // Published before it was last modified: never a post of the window.
      where.stale = !where.dated && e.lastmod && before_window(e.lastmod->date);
      if (enqueue_page(site, *n, where, 1)) ++st.sitemap_pages;
    }
  }

  void on_feed(size_t site, const Response& r, const std::optional<Feed>& feed) {
    SiteState& st = *sites_[site];
    if (!feed || !feed->error.empty()) return;
    for (const auto& item : feed->items) {
      if (st.stopped) return;
      if (item.url.empty()) continue;
      auto n = normalize_link(r.url, item.url);
      if (!n || !same_site(*n, st.seed)) continue;
      if (!note_url(st, *n)) return;
      if (item.date) st.feed_dates.emplace(*n, *item.date);
      LinkContext where{LinkOrigin::Feed};
      where.dated = item.date.has_value();
      enqueue_page(site, *n, where, 1);
    }
  }

  void on_page(size_t site, const Response& r, Parsed& read, int depth, bool finder) {
    SiteState& st = *sites_[site];
    std::optional<PageRead>& parsed = read.page;
    if (!r.error.empty() && static_cast<int>(st.data.failures.size()) < kMaxRefusalsKept)
      st.data.failures.emplace_back(r.requested_url, r.error);
    // A 304 we have no page for brings nothing to read: an error page, never an empty page.
    if (r.error.empty() && r.status == 304 && !read.reused) {
      if (static_cast<int>(st.data.failures.size()) < kMaxRefusalsKept)
        st.data.failures.emplace_back(r.requested_url, "304 Not Modified for a page with no stored facts");
      return;
    }
    if (!parsed || !parsed->url) return;
    const std::string& url = *parsed->url;
    if (url != r.requested_url) {
      // A redirect: record the target once, and keep it out of the frontier.
      if (!same_site(url, st.seed)) return;
      st.seen.insert(url);
      st.guard.check(url);
    }
    if (!st.fetched_final.insert(url).second) return;
    CrawledPage& page = parsed->page;
    if (parsed->links_dropped > 0) note_cap(st, "links_per_page", static_cast<long long>(options_.max_links_per_page));
    if (parsed->items_dropped > 0) note_cap(st, "items_per_page", static_cast<long long>(options_.max_items_per_page));
    if (parsed->cut) note_cap(st, "html_per_page", static_cast<long long>(options_.max_parse_bytes));
    // The page data kept for the analysis has a cap per site.
    const size_t bytes = approx_bytes(page);
    if (st.data.bytes + bytes > options_.max_site_bytes) {
      stop_site(st, "site_bytes", static_cast<long long>(options_.max_site_bytes), url);
      return;
    }
    st.data.bytes += bytes;
    bool home = !st.home_done && url == st.seed;
    if (home) {
      st.home_done = true;
      st.data.home_title = page.title;
    }
    keep_memo(st, r, read);
    if (r.status == 200 || read.reused) {
      ++st.data.html_ok;
      if (home || st.feeds_queued == 0) {
        for (const auto& f : parsed->feeds) enqueue_feed(site, f);
        if (home)
          for (const auto& l : page.links)
            if (looks_feed(l.href)) enqueue_feed(site, l.href);
      }
      // An article or a listing, with its dates (article_detect.hpp). The
      // page is declared a listing here, an article once its date is known
      // (finish).
      ArticleVerdict& v = parsed->verdict;
      if (v.listing) page.kind = PageKind::Listing;
      if ((v.article || v.listing) && note_url(st, url))
        st.page_dates.emplace(url, PageDates{std::move(v.dates), v.article, v.listing});
      // Links of pages answered with an error are not followed (their
      // relative links are what a broken template makes).
      LinkContext where{LinkOrigin::Page};
      where.from_home = depth == 0;
      where.from_listing = v.listing;
      where.from_article = v.article && !v.listing;
      if (v.listing) where.list_url = url;
      // A list whose every date is before the posting window lists no post
      // of it; the card of an article may date it (listed_dates.hpp).
      const bool stale_list = v.listing && !parsed->newest_listed.empty() && !options_.posts_since.empty() &&
                              parsed->newest_listed < options_.posts_since;
      // A menu page that lists no articles (a section): its first links lead to its parts.
      where.from_section = finder && depth > 0 && !v.listing;
      for (size_t i = 0; i < page.links.size(); ++i) {
        if (!parsed->follow[i]) continue;
        where.in_nav = page.links[i].in_nav;
        const std::string* day = i < parsed->card_days.size() ? &parsed->card_days[i] : nullptr;
        where.stale = stale_list;
        where.fresh = false;
        if (day && !day->empty() && !options_.posts_since.empty()) {
          where.stale = *day < options_.posts_since;
          where.fresh = !where.stale;
        }
        if (enqueue_page(site, page.links[i].href, where, depth + 1) && !where.in_nav) ++where.position;
      }
    }
    st.data.pages.push_back(std::move(page));
  }

  /// Keeps what the next conditional crawl needs of this page: its fresh
  /// validators and facts, or, after a 304, the stored ones (with the
  /// validators the 304 renewed). Beyond the site's data cap, nothing.
  void keep_memo(SiteState& st, const Response& r, Parsed& read) {
    std::optional<PageMemo> memo = std::move(read.memo);
    if (read.reused) {
      auto it = st.recalled.find(r.requested_url);
      if (it == st.recalled.end()) return;
      memo = std::move(it->second);
      st.recalled.erase(it);
      if (const std::string* etag = r.header("etag"); etag && valid_etag(*etag)) memo->etag = *etag;
      if (const std::string* lm = r.header("last-modified"); lm && valid_http_date(*lm)) memo->last_modified = *lm;
    }
    if (!memo) return;
    const size_t bytes = memo->url.size() + memo->etag.size() + memo->last_modified.size() + memo->facts.size() +
                         sizeof(PageMemo);
    if (st.data.bytes + bytes > options_.max_site_bytes) return;
    st.data.bytes += bytes;
    st.data.memos.push_back(std::move(*memo));
  }

  static int64_t epoch_now() {
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
  }

  CrawlData finish(SiteState& st) {
    CrawlData& d = st.data;
    d.stopped_by = stopped_by(st);
    // An article: listed in a news sitemap or a feed, or judged one by its
    // page; never a listing. <lastmod> is a modification date, so it neither
    // dates a post nor makes a page one.
    std::map<std::string, std::string> articles;  // URL -> its publication date (yyyy-mm-dd)
    // One article reached under several addresses (NukeViet with and without
    // URL rewriting, a print view) counts once, under the address its pages
    // declare canonical. A canonical that many pages share (a theme pointing
    // every page at the home page) or the home page itself proves nothing.
    std::map<std::string, int> sharing;
    for (const auto& p : d.pages)
      if (!p.canonical.empty() && p.canonical != p.url) ++sharing[p.canonical];
    std::map<std::string, std::string> canonical_of;
    for (const auto& p : d.pages)
      if (!p.canonical.empty() && p.canonical != p.url && p.canonical != st.seed && sharing[p.canonical] <= 3 &&
          same_site(p.canonical, st.seed))
        canonical_of[p.url] = p.canonical;
    std::set<std::string> counted;
    // One article under other addresses with the same article id and the
    // same day (a print view, a tag's copy, the address without URL
    // rewriting): counted once (issue 14: NukeViet counted 2.5 % too many).
    std::map<std::string, std::string> by_token;  // article id -> its day
    for (const auto& url : st.order) {
      auto pd = st.page_dates.find(url);
      bool news = st.sitemap_news.count(url), feed = st.feed_dates.count(url);
      if (is_duplicate_view(url)) continue;  // a print, e-mail or AMP view: never a post of its own
      bool listing = pd != st.page_dates.end() ? pd->second.listing : is_listing_url(url);
      bool article = !listing && (news || feed || (pd != st.page_dates.end() && pd->second.article));
      if (!article) continue;
      std::vector<Candidate> c;
      if (news) c.push_back({DateSource::Sitemap, FoundDate{st.sitemap_news[url], true, 0, ""}});
      if (feed) c.push_back({DateSource::Feed, FoundDate{st.feed_dates[url], st.feed_dates[url].has_time, 0, ""}});
      if (pd != st.page_dates.end()) c.insert(c.end(), pd->second.candidates.begin(), pd->second.candidates.end());
      auto best = best_candidate(c);
      if (!best) continue;
      articles.emplace(url, format_iso_date(best->date.date));
      auto canon = canonical_of.find(url);
      const std::string& key = canon != canonical_of.end() ? canon->second : url;
      if (!counted.insert(key).second) continue;
      if (const std::string token = article_token(key); !token.empty()) {
        const std::string day = format_iso_date(best->date.date);
        auto [it, fresh] = by_token.emplace(token, day);
        if (!fresh && it->second == day) continue;
      }
      d.posts.push_back({key, format_found_date(best->date), std::string(date_source_name(best->source))});
    }
    for (auto& p : d.pages) {
      auto a = articles.find(p.url);
      if (a == articles.end()) continue;
      p.kind = PageKind::Article;
      p.posted = a->second;
    }
    return std::move(d);
  }

  HttpClient& client_;
  CrawlOptions options_;
  const std::vector<std::string>& seeds_;
  SiteDone done_;
  std::vector<std::unique_ptr<SiteState>> sites_;  ///< Null before a site starts (or is probed) and after it ends.
  SiteSchedule schedule_;  ///< Which site starts next: the largest probed first.
  bool starting_ = false;  ///< start_more() is running.
  int pages_done_ = 0;  ///< Pages of the sites already ended (for the progress line).
  std::unordered_multimap<std::string, Job> jobs_;
  ByteBudget parse_budget_;  ///< HTML in the parse workers' trees at once.
  bool progress_ = false;
  std::chrono::steady_clock::time_point last_progress_{};
  ParsePool* pool_ = nullptr;  ///< During run().
  std::atomic<bool> wake_pending_{false};  ///< A worker woke the fetch loop, which has not drained since.
};

}  // namespace

void crawl_sites(HttpClient& client, const std::vector<std::string>& seeds, const CrawlOptions& options,
                 const SiteDone& done) {
  Crawler crawler(client, seeds, options, done);
  crawler.run();
}

std::vector<CrawlData> crawl_sites(HttpClient& client, const std::vector<std::string>& seeds,
                                   const CrawlOptions& options) {
  std::vector<CrawlData> out(seeds.size());
  crawl_sites(client, seeds, options, [&](size_t i, CrawlData data) { out[i] = std::move(data); });
  return out;
}

}  // namespace wt::audit

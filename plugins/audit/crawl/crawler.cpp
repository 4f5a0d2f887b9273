#include "audit/crawl/crawler.hpp"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <future>
#include <map>
#include <optional>
#include <regex>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "audit/analysis/article_detect.hpp"
#include "audit/analysis/contact_facts.hpp"
#include "audit/analysis/dated_documents.hpp"
#include "audit/crawl/parse_pool.hpp"
#include "audit/dates/publication_date.hpp"
#include "audit/html/charset.hpp"
#include "audit/html/page_extract.hpp"
#include "audit/robots/robots_txt.hpp"
#include "audit/sitemap/feed.hpp"
#include "audit/sitemap/sitemap.hpp"
#include "audit/url/scope.hpp"
#include "audit/url/trap_guard.hpp"
#include "audit/url/url.hpp"
#include "core/date.hpp"

namespace wt::audit {
namespace {

// decode_html's text is valid UTF-8: extract_page need not check it again.
ExtractOptions decoded_options() {
  ExtractOptions o;
  o.input_is_utf8 = true;
  return o;
}

enum class Kind { Robots, Sitemap, Feed, Page };

struct Job {
  size_t site = 0;
  Kind kind = Kind::Page;
  int depth = 0;  ///< Sitemap index depth.
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

// contact_facts of the last footer read: the pages of a site share theirs.
struct FooterFacts {
  bool known = false;
  std::string text;
  ContactFacts facts;
  bool unit = false;  ///< It names the school or office.
};

struct SiteState {
  std::string seed;
  TrapGuard guard{current_year()};
  Robots robots;
  int pages_queued = 0;
  int sitemaps_queued = 0;
  int feeds_queued = 0;
  int robots_attempts = 0;
  bool home_done = false;
  std::set<std::string> fetched_final;              ///< Final URLs of HTML pages already recorded.
  std::unordered_set<std::string> settled;          ///< Links enqueue_page will never queue again.
  std::set<std::string> feeds_seen, sitemaps_seen;
  std::map<std::string, W3cDate> sitemap_lastmod;   ///< By normalised URL.
  std::map<std::string, DateTime> sitemap_news, feed_dates;
  std::map<std::string, PageDates> page_dates;
  std::vector<std::string> order;                   ///< URLs in the order dates were first met.
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

/// <link rel="alternate" type="application/rss+xml|atom+xml" href="..."> in the raw HTML.
std::vector<std::string> feed_links(const std::string& html) {
  std::vector<std::string> out;
  static const std::regex type_re(R"(type\s*=\s*["']?application/(rss|atom)\+xml)", std::regex::icase);
  static const std::regex href_re(R"(href\s*=\s*["']([^"']+)["'])", std::regex::icase);
  std::string head = html.substr(0, std::min<size_t>(html.size(), 256 * 1024));
  // Each <link\b[^>]*> tag, found by hand: std::regex tried that pattern at
  // every byte of the page, which cost more than parsing the page.
  auto word = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; };
  for (size_t at = head.find('<'); at != std::string::npos; at = head.find('<', at + 1)) {
    if (head.size() - at < 5 || !std::equal(head.begin() + at + 1, head.begin() + at + 5, "link",
                                            [](char a, char b) { return std::tolower(static_cast<unsigned char>(a)) == b; }))
      continue;
    if (at + 5 < head.size() && word(head[at + 5])) continue;  // \b
    size_t end = head.find('>', at + 5);
    if (end == std::string::npos) break;
    std::string tag = head.substr(at, end - at + 1);
    std::smatch m;
    if (std::regex_search(tag, type_re) && std::regex_search(tag, m, href_re)) out.push_back(m[1].str());
    at = end;
  }
  return out;
}

/// A page's HTML decoded, parsed and read (on a ParsePool worker): all that
/// depends on the response alone, so that the crawl's own thread only keeps
/// its books (parse_page).
struct ParsedHtml {
  DecodedHtml decoded;
  PageInfo info;
  std::optional<std::string> url;                 ///< The final URL normalized; nullopt when it cannot be.
  std::vector<std::optional<std::string>> links;  ///< info.links resolved against `url`.
  CrawledPage page;                               ///< The page as the analysis reads it.
  ArticleVerdict verdict;                         ///< Whether it is an article, and its dates.
};

// What the probes read of a page (audit/analysis/probes.hpp); `footer_facts`
// remembers the facts of the last footer (the same on most pages).
void read_page_facts(const std::string& url, const PageInfo& info, const std::string& encoding, FooterFacts& footer_facts,
                     CrawledPage& page) {
  if (!info.canonical.empty())
    if (auto c = normalize_link(url, info.canonical)) page.canonical = *c;
  page.encoding = encoding;
  page.lang = !info.lang.empty();
  page.language = info.lang.substr(0, info.lang.find_first_of("-_"));
  std::transform(page.language.begin(), page.language.end(), page.language.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  std::string viewport = info.viewport;
  std::transform(viewport.begin(), viewport.end(), viewport.begin(), [](unsigned char c) { return std::tolower(c); });
  viewport.erase(std::remove(viewport.begin(), viewport.end(), ' '), viewport.end());
  page.viewport = viewport.find("width=device-width") != std::string::npos;
  page.dublin_core = static_cast<int>(info.dublin_core);
  page.images = static_cast<int>(info.images);
  page.images_without_alt = static_cast<int>(info.images_without_alt);
  page.author = shows_author_or_source(info);
  page.search_form = info.search_form;
  for (const auto& l : info.links) {
    if (l.href.size() < 8 || !std::equal(l.href.begin(), l.href.begin() + 7, "mailto:", [](char a, char b) {
          return std::tolower(static_cast<unsigned char>(a)) == b;
        }))
      continue;
    std::string mail = l.href.substr(7, l.href.find('?') == std::string::npos ? std::string::npos : l.href.find('?') - 7);
    std::transform(mail.begin(), mail.end(), mail.begin(), [](unsigned char c) { return std::tolower(c); });
    if (mail.find('@') != std::string::npos && std::find(page.emails.begin(), page.emails.end(), mail) == page.emails.end())
      page.emails.push_back(mail);
  }
  // Contact details shown: in the main text or the footer (a mailto: link
  // counts as an e-mail address shown).
  if (!footer_facts.known || footer_facts.text != info.footer_text) {
    footer_facts.known = true;
    footer_facts.text = info.footer_text;
    footer_facts.facts = contact_facts(info.footer_text);
    footer_facts.unit = names_education_unit(info.footer_text);
  }
  const ContactFacts footer = footer_facts.facts;
  // The text is read only for what the footer does not show.
  ContactFacts body;
  if (!footer.address || !footer.phone || (!footer.email && page.emails.empty())) body = contact_facts(info.text);
  page.footer_address = footer.address;
  page.footer_phone = footer.phone;
  page.footer_email = footer.email;
  page.footer_responsible = footer.responsible;
  page.footer_unit = footer_facts.unit;
  page.contact_address = body.address || footer.address;
  page.contact_phone = body.phone || footer.phone;
  page.contact_email = body.email || footer.email || !page.emails.empty();
}

// The HTML response `r` of a page, parsed and read; `now_epoch` dates the
// article test (detect_article). Thread-safe: a worker's caches are its own.
ParsedHtml parse_page(const Response& r, int default_tz, int64_t now_epoch) {
  ParsedHtml p;
  p.decoded = decode_html(r.body, r.content_type);
  p.info = extract_page(p.decoded.text, decoded_options());
  p.url = normalize(r.url);
  if (!p.url) return p;
  const std::string& url = *p.url;
  const PageInfo& info = p.info;
  thread_local LinkNormalizer normalize_links;  // menus: the same links on every page
  thread_local FooterFacts footer;              // and the same footer
  p.links.reserve(info.links.size());
  for (const auto& l : info.links) p.links.push_back(normalize_links(url, l.href));
  p.verdict = detect_article(url, info, default_tz, now_epoch);
  CrawledPage& page = p.page;
  page.url = url;
  page.title = info.title;
  page.status = static_cast<int>(r.status);
  for (const auto& h : info.headings) page.headings.push_back(h.text);
  read_page_facts(url, info, p.decoded.encoding, footer, page);
  page.documents = find_dated_documents(info.text, default_tz, now_epoch);
  // The link texts are not read again: moved, not copied.
  page.links.reserve(info.links.size());
  for (size_t i = 0; i < info.links.size(); ++i)
    if (p.links[i]) page.links.push_back({*p.links[i], std::move(p.info.links[i].text), info.links[i].in_nav});
  return p;
}

class Crawler {
 public:
  Crawler(HttpClient& client, const std::vector<std::string>& seeds, const CrawlOptions& options)
      : client_(client), options_(options) {
    for (const auto& s : seeds) {
      auto n = normalize(s);
      sites_.emplace_back();
      SiteState& st = sites_.back();
      st.seed = n ? *n : s;
      st.data.seed = st.seed;
    }
  }

  std::vector<CrawlData> run() {
    for (size_t i = 0; i < sites_.size(); ++i) {
      auto u = parse_url(sites_[i].seed);
      if (!u) continue;
      Url robots = *u;
      robots.path = "/robots.txt";
      robots.has_query = robots.has_fragment = false;
      add(i, to_string(robots), Kind::Robots, 100);
    }
    progress_ = options_.progress && isatty(STDERR_FILENO);
    // Pages are parsed on every core while the fetch loop keeps fetching;
    // each response is still handled here, in the order it arrived.
    // One page parsed here first: ICU's normaliser data is set up on first
    // use, so that happens before the workers start rather than among them.
    extract_page(decode_html("<title>\xc3\xa9</title>", "text/html; charset=utf-8").text);
    // A worker wakes the fetch loop when a page is parsed, unless it was
    // woken already and has not drained the pool since.
    ParsePool pool(ParsePool::default_threads(), [this] {
      if (!wake_pending_.exchange(true)) client_.wakeup();
    });
    pool_ = &pool;
    client_.run([&](Response r) { on_response(std::move(r)); }, std::chrono::hours(24), [&] {
      wake_pending_.store(false);
      return pool.drain() > 0;
    });
    pool.finish();
    pool_ = nullptr;
    if (progress_) std::fprintf(stderr, "\r\033[K");
    std::vector<CrawlData> out;
    for (auto& st : sites_) out.push_back(finish(st));
    return out;
  }

 private:
  void add(size_t site, const std::string& url, Kind kind, int priority, int depth = 0) {
    jobs_.emplace(url, Job{site, kind, depth});
    client_.add({url, priority});
  }

  void enqueue_page(size_t site, const std::string& href_abs) {
    SiteState& st = sites_[site];
    if (st.pages_queued >= options_.max_pages) return;
    // Every page links the menu and the lists again: a URL whose fate is
    // sealed (out of scope, or past the trap guard) is not looked at twice.
    if (st.settled.count(href_abs)) return;
    auto n = normalize(href_abs);
    if (!n || !same_site(*n, st.seed) || looks_binary(*n)) {
      st.settled.insert(href_abs);
      return;
    }
    if (st.robots.mode == RobotsMode::disallow_all_retry_later) return;
    if (st.robots.mode == RobotsMode::rules && !allowed(st.robots, options_.user_agent, path_from_url(*n))) return;
    st.settled.insert(href_abs);  // the guard accepts a URL once, and its budgets only fill
    if (st.guard.check(*n) != TrapVerdict::Accept) return;
    ++st.pages_queued;
    add(site, *n, Kind::Page, 0);
  }

  void enqueue_sitemap(size_t site, const std::string& url, int depth) {
    SiteState& st = sites_[site];
    auto n = normalize(url);
    if (!n || st.sitemaps_queued >= options_.max_sitemaps || !st.sitemaps_seen.insert(*n).second) return;
    ++st.sitemaps_queued;
    add(site, *n, Kind::Sitemap, 50, depth);
  }

  void enqueue_feed(size_t site, const std::string& url) {
    SiteState& st = sites_[site];
    auto n = normalize(url);
    if (!n || !same_site(*n, st.seed) || st.feeds_queued >= options_.max_feeds || !st.feeds_seen.insert(*n).second)
      return;
    ++st.feeds_queued;
    add(site, *n, Kind::Feed, 40);
  }

  void note_url(SiteState& st, const std::string& url) {
    if (!st.page_dates.count(url) && !st.sitemap_news.count(url) && !st.feed_dates.count(url) &&
        !st.sitemap_lastmod.count(url))
      st.order.push_back(url);
  }

  // Parses a page's HTML on a worker, then handles the response in order.
  void on_response(Response r) {
    auto it = jobs_.find(r.requested_url);
    const bool parse = it != jobs_.end() && it->second.kind == Kind::Page && r.error.empty() && is_html(r);
    const int tz = options_.default_tz;
    const int64_t now = epoch_now();
    pool_->submit([this, r = std::move(r), parse, tz, now]() mutable -> ParsePool::Apply {
      std::optional<ParsedHtml> parsed;
      if (parse) parsed = parse_page(r, tz, now);
      return [this, r = std::move(r), parsed = std::move(parsed)]() mutable {
        handle(std::move(r), parsed ? &*parsed : nullptr);
      };
    });
  }

  void handle(Response r, ParsedHtml* parsed) {
    auto it = jobs_.find(r.requested_url);
    if (it == jobs_.end()) return;
    Job job = it->second;
    jobs_.erase(it);
    SiteState& st = sites_[job.site];
    ++st.data.requests;
    switch (job.kind) {
      case Kind::Robots: on_robots(job.site, r); break;
      case Kind::Sitemap: on_sitemap(job.site, r, job.depth); break;
      case Kind::Feed: on_feed(job.site, r); break;
      case Kind::Page: on_page(job.site, r, parsed); break;
    }
    if (progress_) show_progress(r.url);
  }

  /// One line, rewritten in place at most ten times a second, short enough
  /// not to wrap: "audit: 24 sites, 412 pages, 37 waiting: <url>".
  void show_progress(const std::string& url) {
    const auto now = std::chrono::steady_clock::now();
    if (now - last_progress_ < std::chrono::milliseconds(100)) return;
    last_progress_ = now;
    int pages = 0;
    for (const auto& s : sites_) pages += s.data.html_ok;
    std::string shown = url.size() > 60 ? url.substr(0, 28) + "..." + url.substr(url.size() - 28) : url;
    std::fprintf(stderr, "\r\033[Kaudit: %zu sites, %d pages, %zu waiting: %s", sites_.size(), pages,
                 client_.pending(), shown.c_str());
    std::fflush(stderr);
  }

  void on_robots(size_t site, const Response& r) {
    SiteState& st = sites_[site];
    int status = r.error.empty() ? static_cast<int>(r.status) : 0;
    if (!r.error.empty() && r.error == "too many redirects") status = 310;  // unavailable: allow all
    st.robots = robots_from_response(status, r.body);
    st.data.robots_status = status;
    // A retry cut by the site's budget keeps the reason of the first failure.
    if (r.error != "host budget exceeded" || st.data.robots_error.empty()) st.data.robots_error = r.error;
    if (st.robots.mode == RobotsMode::disallow_all_retry_later) {
      // RFC 9309 2.3.1.4: a server error means disallow all, for now. Ask
      // again after a back-off (the host is held meanwhile); give up after
      // robots_retries, and report the site as blocked.
      const bool hopeless = r.error == "host not found" || r.error == "bad url" || r.error == "host budget exceeded";
      if (!hopeless && st.robots_attempts < options_.robots_retries) {
        Request again{r.requested_url, 100};
        again.hold = std::chrono::milliseconds(options_.robots_retry_ms << st.robots_attempts);
        ++st.robots_attempts;
        jobs_.emplace(again.url, Job{site, Kind::Robots, 0});
        client_.add(std::move(again));
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
    enqueue_page(site, st.seed);
  }

  void on_sitemap(size_t site, const Response& r, int depth) {
    SiteState& st = sites_[site];
    if (!r.error.empty() || r.status != 200) return;
    Sitemap sm = parse_sitemap(r.body, {}, options_.default_tz);
    if (!sm.error.empty()) return;
    if (st.data.sitemap_url.empty()) st.data.sitemap_url = r.url;
    for (const auto& e : sm.entries) {
      if (sm.kind == SitemapKind::Index) {
        if (depth < 2) enqueue_sitemap(site, e.loc, depth + 1);
        continue;
      }
      auto n = normalize(e.loc);
      if (!n || !same_site(*n, st.seed)) continue;
      note_url(st, *n);
      if (e.publication_date) st.sitemap_news.emplace(*n, e.publication_date->date);
      if (e.lastmod) st.sitemap_lastmod.emplace(*n, *e.lastmod);
      enqueue_page(site, *n);
    }
  }

  void on_feed(size_t site, const Response& r) {
    SiteState& st = sites_[site];
    if (!r.error.empty() || r.status != 200) return;
    Feed feed = parse_feed(r.body, {}, options_.default_tz);
    if (!feed.error.empty()) return;
    for (const auto& item : feed.items) {
      if (item.url.empty()) continue;
      auto n = normalize_link(r.url, item.url);
      if (!n || !same_site(*n, st.seed)) continue;
      note_url(st, *n);
      if (item.date) st.feed_dates.emplace(*n, *item.date);
      enqueue_page(site, *n);
    }
  }

  void on_page(size_t site, const Response& r, ParsedHtml* parsed = nullptr) {
    SiteState& st = sites_[site];
    if (!r.error.empty()) st.data.failures.emplace_back(r.requested_url, r.error);
    if (!r.error.empty() || !is_html(r)) return;
    std::optional<ParsedHtml> here;
    if (!parsed) parsed = &here.emplace(parse_page(r, options_.default_tz, epoch_now()));
    if (!parsed->url) return;
    const std::string& url = *parsed->url;
    if (url != r.requested_url) {
      // A redirect: record the target once, and keep it out of the frontier.
      if (!same_site(url, st.seed)) return;
      st.guard.check(url);
    }
    if (!st.fetched_final.insert(url).second) return;
    const PageInfo& info = parsed->info;
    CrawledPage& page = parsed->page;
    bool home = !st.home_done && url == st.seed;
    if (home) {
      st.home_done = true;
      st.data.home_title = info.title;
    }
    if (r.status == 200) {
      ++st.data.html_ok;
      if (home || st.feeds_queued == 0) {
        for (const auto& f : feed_links(parsed->decoded.text))
          if (auto abs = normalize_link(url, f)) enqueue_feed(site, *abs);
        if (home)
          for (const auto& l : page.links)
            if (looks_feed(l.href)) enqueue_feed(site, l.href);
      }
      // An article or a listing, with its dates (article_detect.hpp).
      ArticleVerdict& v = parsed->verdict;
      if (v.article || v.listing) {
        note_url(st, url);
        st.page_dates.emplace(url, PageDates{std::move(v.dates), v.article, v.listing});
      }
      if (!info.nofollow)
        for (size_t i = 0; i < info.links.size(); ++i)
          if (!info.links[i].nofollow && parsed->links[i]) enqueue_page(site, *parsed->links[i]);
    }
    st.data.pages.push_back(std::move(page));
  }

  static int64_t epoch_now() {
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
  }

  CrawlData finish(SiteState& st) {
    CrawlData& d = st.data;
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
    for (const auto& url : st.order) {
      auto pd = st.page_dates.find(url);
      bool news = st.sitemap_news.count(url), feed = st.feed_dates.count(url);
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
      d.posts.push_back({key, format_found_date(best->date), std::string(date_source_name(best->source))});
    }
    for (auto& p : d.pages) {
      auto a = articles.find(p.url);
      p.article = a != articles.end();
      if (p.article) p.posted = a->second;
    }
    return std::move(d);
  }

  HttpClient& client_;
  CrawlOptions options_;
  std::vector<SiteState> sites_;
  std::unordered_multimap<std::string, Job> jobs_;
  bool progress_ = false;
  std::chrono::steady_clock::time_point last_progress_{};
  ParsePool* pool_ = nullptr;  ///< During run().
  std::atomic<bool> wake_pending_{false};  ///< A worker woke the fetch loop, which has not drained since.
};

}  // namespace

std::vector<CrawlData> crawl_sites(HttpClient& client, const std::vector<std::string>& seeds,
                                   const CrawlOptions& options) {
  Crawler crawler(client, seeds, options);
  return crawler.run();
}

std::string guess_school_type(const std::string& title) {
  std::string t = " " + fold_for_match(title) + " ";
  static const std::pair<const char*, const char*> kWords[] = {
      {" mam non ", "mn"},   {" mau giao ", "mn"},  {" thcs ", "thcs"}, {" trung hoc co so ", "thcs"},
      {" thpt ", "thpt"},    {" trung hoc pho thong ", "thpt"},          {" tieu hoc ", "th"},
      {" gdtx ", "gdtx"},    {" giao duc thuong xuyen ", "gdtx"},        {" phong giao duc ", "pgd"},
      {" phong gd ", "pgd"}, {" so giao duc ", "sgd"},                   {" so gd ", "sgd"}};
  for (const auto& [w, type] : kWords)
    if (t.find(w) != std::string::npos) return type;
  return "";
}

SiteResult analyse_site(const CrawlData& data, const AuditSetup& setup, const SiteOverrides& site) {
  SiteResult out;
  out.url = data.seed;
  out.pages = data.html_ok;
  std::string type = !site.school_type.empty() ? site.school_type : setup.school_type;
  out.school_type_source = type.empty() ? "guessed" : "given";
  if (type.empty()) type = guess_school_type(data.home_title);
  out.school_type = type;
  out.crawl.requests = data.requests;
  out.crawl.robots_status = data.robots_status;
  out.crawl.robots_blocked = data.robots_blocked;
  out.crawl.robots_error = data.robots_error;
  out.crawl.crawl_delay_ms = data.crawl_delay_ms;
  // An unknown type must not excuse a site: every requirement of a school
  // (not those of phòng/sở only) then applies.
  auto sections_of = [&](const compliance::RuleSet& rules) {
    auto found = find_sections(data.pages, rules, type, data.seed, SiteFacts{data.sitemap_url});
    if (!type.empty()) return found;
    static const std::vector<std::string> kSchools = {"mn", "th", "thcs", "thpt", "gdtx"};
    for (auto& m : found) {
      if (m.applies) continue;
      for (const auto& q : rules.requirements)
        if (q.id == m.id && std::any_of(kSchools.begin(), kSchools.end(),
                                        [&](const std::string& t) { return q.applies(t); }))
          m.applies = true;
    }
    return found;
  };
  // The rubric's rule set is searched on a second thread meanwhile
  // (find_sections is pure; each call indexes the pages for itself).
  std::future<std::vector<SectionMatch>> rubric_sections;
  if (setup.rubric && setup.rubric_rules)
    rubric_sections = std::async(std::launch::async, [&] { return sections_of(*setup.rubric_rules); });
  if (setup.rules) out.sections = sections_of(*setup.rules);
  out.posts = posting_stats(data.posts, setup.since, setup.until);
  if (setup.rubric) {
    std::vector<SectionMatch> all = out.sections;
    if (rubric_sections.valid())
      for (auto& s : rubric_sections.get())
        if (std::none_of(all.begin(), all.end(), [&](const SectionMatch& m) { return m.id == s.id; }))
          all.push_back(std::move(s));
    out.score = score_site(all, out.posts, *setup.rubric, type, site.inputs);
  }
  return out;
}

std::vector<SiteResult> audit_sites(const std::vector<std::string>& seeds, const AuditSetup& setup,
                                    const CrawlOptions& options, const std::vector<SiteOverrides>& per_site) {
  FetchOptions fo;
  fo.user_agent = options.user_agent;
  fo.ca_file = options.ca_file;
  fo.delay_ms = options.delay_ms;
  fo.concurrency = options.concurrency;
  fo.per_host = options.per_host;
  fo.host_budget = options.site_budget;
  auto client = make_curl_http_client(fo);
  std::vector<SiteResult> out;
  auto data = crawl_sites(*client, seeds, options);
  for (size_t i = 0; i < data.size(); ++i)
    out.push_back(analyse_site(data[i], setup, i < per_site.size() ? per_site[i] : SiteOverrides{}));
  return out;
}

}  // namespace wt::audit

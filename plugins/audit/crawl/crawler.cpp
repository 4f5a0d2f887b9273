#include "audit/crawl/crawler.hpp"

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <map>
#include <optional>
#include <regex>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "audit/dates/publication_date.hpp"
#include "audit/html/charset.hpp"
#include "audit/html/page_extract.hpp"
#include "audit/robots/robots_txt.hpp"
#include "audit/sitemap/feed.hpp"
#include "audit/sitemap/sitemap.hpp"
#include "audit/url/scope.hpp"
#include "audit/url/trap_guard.hpp"
#include "audit/url/url.hpp"

namespace wt::audit {
namespace {

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
};

struct SiteState {
  std::string seed;
  TrapGuard guard{current_year()};
  Robots robots;
  int pages_queued = 0;
  int sitemaps_queued = 0;
  int feeds_queued = 0;
  bool home_done = false;
  std::set<std::string> fetched_final;              ///< Final URLs of HTML pages already recorded.
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
  static const std::regex link_re(R"(<link\b[^>]*>)", std::regex::icase);
  static const std::regex type_re(R"(type\s*=\s*["']?application/(rss|atom)\+xml)", std::regex::icase);
  static const std::regex href_re(R"(href\s*=\s*["']([^"']+)["'])", std::regex::icase);
  std::string head = html.substr(0, std::min<size_t>(html.size(), 256 * 1024));
  for (auto it = std::sregex_iterator(head.begin(), head.end(), link_re); it != std::sregex_iterator(); ++it) {
    std::string tag = it->str();
    std::smatch m;
    if (std::regex_search(tag, type_re) && std::regex_search(tag, m, href_re)) out.push_back(m[1].str());
  }
  return out;
}

bool published_meta(const std::string& name) {
  if (name.find("modified") != std::string::npos || name.find("updated") != std::string::npos) return false;
  return name.find("publish") != std::string::npos || name.find("created") != std::string::npos ||
         name.find("issued") != std::string::npos || name == "pubdate" || name == "dc.date" || name == "date";
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
    client_.run([&](Response r) { on_response(std::move(r)); });
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
    auto n = normalize(href_abs);
    if (!n || !same_site(*n, st.seed) || looks_binary(*n)) return;
    if (st.robots.mode == RobotsMode::disallow_all_retry_later) return;
    if (st.robots.mode == RobotsMode::rules && !allowed(st.robots, options_.user_agent, path_from_url(*n))) return;
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

  void on_response(Response r) {
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
      case Kind::Page: on_page(job.site, r); break;
    }
    if (progress_) {
      int pages = 0;
      for (auto& s : sites_) pages += s.data.html_ok;
      std::fprintf(stderr, "\r\033[Kaudit: %d pages, %zu waiting, %s", pages, client_.pending(), r.url.c_str());
      std::fflush(stderr);
    }
  }

  void on_robots(size_t site, const Response& r) {
    SiteState& st = sites_[site];
    int status = r.error.empty() ? static_cast<int>(r.status) : 0;
    if (!r.error.empty() && r.error == "too many redirects") status = 310;  // unavailable: allow all
    st.robots = robots_from_response(status, r.body);
    if (st.robots.mode == RobotsMode::disallow_all_retry_later) {
      st.data.robots_blocked = true;
      return;
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

  void on_page(size_t site, const Response& r) {
    SiteState& st = sites_[site];
    if (!r.error.empty() || !is_html(r)) return;
    auto final_url = normalize(r.url);
    if (!final_url) return;
    if (*final_url != r.requested_url) {
      // A redirect: record the target once, and keep it out of the frontier.
      if (!same_site(*final_url, st.seed)) return;
      st.guard.check(*final_url);
    }
    if (!st.fetched_final.insert(*final_url).second) return;
    const std::string& url = *final_url;
    DecodedHtml decoded = decode_html(r.body, r.content_type);
    PageInfo info = extract_page(decoded.text);
    CrawledPage page;
    page.url = url;
    page.title = info.title;
    page.status = static_cast<int>(r.status);
    for (const auto& h : info.headings) page.headings.push_back(h.text);
    for (const auto& l : info.links) {
      auto abs = normalize_link(url, l.href);
      if (!abs) continue;
      page.links.push_back({*abs, l.text, l.in_nav});
    }
    bool home = !st.home_done && url == st.seed;
    if (home) {
      st.home_done = true;
      st.data.home_title = info.title;
    }
    if (r.status == 200) {
      ++st.data.html_ok;
      if (home || st.feeds_queued == 0) {
        for (const auto& f : feed_links(decoded.text))
          if (auto abs = normalize_link(url, f)) enqueue_feed(site, *abs);
        if (home)
          for (const auto& l : page.links)
            if (looks_feed(l.href)) enqueue_feed(site, l.href);
      }
      collect_dates(st, url, info);
      if (!info.nofollow)
        for (size_t i = 0; i < info.links.size(); ++i)
          if (!info.links[i].nofollow)
            if (auto abs = normalize_link(url, info.links[i].href)) enqueue_page(site, *abs);
    }
    st.data.pages.push_back(std::move(page));
  }

  void collect_dates(SiteState& st, const std::string& url, const PageInfo& info) {
    PageDates pd;
    bool strong = false;
    for (const auto& m : info.meta_dates)
      if (published_meta(m.name))
        if (auto d = parse_meta_date(m.value, options_.default_tz)) {
          pd.candidates.push_back({DateSource::Meta, *d});
          strong = true;
        }
    for (const auto& j : info.json_ld_dates)
      if (!j.date_published.empty())
        if (auto d = parse_meta_date(j.date_published, options_.default_tz)) {
          pd.candidates.push_back({DateSource::JsonLd, *d});
          strong = true;
        }
    std::set<std::string> distinct;
    std::vector<Candidate> weak;
    for (const auto& t : info.times)
      if (auto d = parse_meta_date(t.datetime, options_.default_tz)) {
        weak.push_back({DateSource::Time, *d});
        distinct.insert(format_iso_date(d->date));
      }
    for (auto& d : find_vietnamese_dates(info.text, options_.default_tz)) {
      distinct.insert(format_iso_date(d.date));
      weak.push_back({DateSource::Text, std::move(d)});
    }
    if (strong || distinct.size() == 1) {
      pd.candidates.insert(pd.candidates.end(), weak.begin(), weak.end());
      pd.article = true;
    }
    if (pd.candidates.empty() && !pd.article) return;
    note_url(st, url);
    st.page_dates.emplace(url, std::move(pd));
  }

  CrawlData finish(SiteState& st) {
    CrawlData& d = st.data;
    for (const auto& url : st.order) {
      auto pd = st.page_dates.find(url);
      bool news = st.sitemap_news.count(url), feed = st.feed_dates.count(url);
      bool article = news || feed || (pd != st.page_dates.end() && pd->second.article);
      if (!article) continue;
      std::vector<Candidate> c;
      if (news) c.push_back({DateSource::Sitemap, FoundDate{st.sitemap_news[url], true, 0, ""}});
      if (feed) c.push_back({DateSource::Feed, FoundDate{st.feed_dates[url], st.feed_dates[url].has_time, 0, ""}});
      if (pd != st.page_dates.end()) c.insert(c.end(), pd->second.candidates.begin(), pd->second.candidates.end());
      // <lastmod> is a modification date: it wins only over <time> and page text.
      bool published = std::any_of(c.begin(), c.end(), [](const Candidate& x) {
        return x.source == DateSource::Sitemap || x.source == DateSource::Feed || x.source == DateSource::Meta ||
               x.source == DateSource::JsonLd;
      });
      if (auto lm = st.sitemap_lastmod.find(url); !published && lm != st.sitemap_lastmod.end())
        c.push_back({DateSource::Sitemap, FoundDate{lm->second.date, lm->second.precision == DatePrecision::Time, 0, ""}});
      auto best = best_candidate(c);
      if (!best) continue;
      d.posts.push_back({url, format_found_date(best->date), std::string(date_source_name(best->source))});
    }
    return std::move(d);
  }

  HttpClient& client_;
  CrawlOptions options_;
  std::vector<SiteState> sites_;
  std::unordered_multimap<std::string, Job> jobs_;
  bool progress_ = false;
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

SiteResult analyse_site(const CrawlData& data, const AuditSetup& setup) {
  SiteResult out;
  out.url = data.seed;
  out.pages = data.html_ok;
  std::string type = setup.school_type.empty() ? guess_school_type(data.home_title) : setup.school_type;
  if (setup.rules) out.sections = find_sections(data.pages, *setup.rules, type);
  out.posts = posting_stats(data.posts, setup.since, setup.until);
  if (setup.rubric) {
    std::vector<SectionMatch> all = out.sections;
    if (setup.rubric_rules)
      for (auto& s : find_sections(data.pages, *setup.rubric_rules, type))
        if (std::none_of(all.begin(), all.end(), [&](const SectionMatch& m) { return m.id == s.id; }))
          all.push_back(std::move(s));
    out.score = score_site(all, out.posts, *setup.rubric, type);
  }
  return out;
}

std::vector<SiteResult> audit_sites(const std::vector<std::string>& seeds, const AuditSetup& setup,
                                    const CrawlOptions& options) {
  FetchOptions fo;
  fo.user_agent = options.user_agent;
  fo.delay_ms = options.delay_ms;
  fo.concurrency = options.concurrency;
  fo.per_host = options.per_host;
  fo.host_budget = options.site_budget;
  auto client = make_curl_http_client(fo);
  std::vector<SiteResult> out;
  for (const auto& d : crawl_sites(*client, seeds, options)) out.push_back(analyse_site(d, setup));
  return out;
}

}  // namespace wt::audit

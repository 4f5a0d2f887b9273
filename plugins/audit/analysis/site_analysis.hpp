// Crawler audit (issue 4, parts 5 and 7), the analysis: from what the crawl
// read of one site (crawled/crawled_site.hpp), which required sections it
// has, how often it posts, and its rubric score. Pure: no network, no files;
// the pages are never read again, and what each page is (an article, a
// listing) is the crawl's verdict. Reports (report/) show the SiteResult.
//
//   auto result = wt::audit::analyse_site(crawl_data, setup);   // all of it, or by part:
//   auto sections = wt::audit::find_sections(pages, tt53, "thpt");
//   auto posts = wt::audit::posting_stats(items, "2024-09-05", "2025-05-31");
//   auto score = wt::audit::score_site(sections, posts, rubric, "thpt", {});
//
// Requirement texts (the rule set's crawler titles and url_words) and page
// texts are compared folded (wt::fold_for_match, core/vietnamese_fold.hpp):
// without diacritics, lower-case, đ→d, punctuation as spaces ("Thoi khoa
// bieu" matches "Thời khoá biểu").
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "audit/crawled/crawled_site.hpp"
#include "regulations/rubric.hpp"
#include "regulations/rule_set.hpp"

namespace wt::audit {

/// Whether one requirement was found, where, and why.
struct SectionMatch {
  std::string id, name;
  bool applies = true;   ///< false: not required of this school type (counts as met when scoring)
  bool found = false;
  std::string url;       ///< The page that satisfied it.
  std::string evidence;  ///< Which text matched: `nav link "Tin tức" matches "tin tức"`.
  int score = 0;         ///< Strength of the best match (see find_sections).
};

/// What the crawl learnt of a site besides its pages, for the probes.
struct SiteFacts {
  std::string sitemap_url;  ///< A sitemap (urlset or index) fetched with 200 and read; "" when none.
  /// The school year whose yearly disclosures are due ("2026-2027",
  /// regulations/school_year.hpp); "" when unknown. A school-year
  /// requirement's evidence is that year's page: a link or page naming
  /// another school year scores 30 less, one naming this year 15 more.
  std::string school_year;
  /// The site's dated posts (from feeds, sitemaps and pages), also those not
  /// fetched: a link to one does not evidence a needs_page requirement.
  std::vector<std::string> post_urls;
};

/// Every requirement of `rules`, in rule-set order. A requirement is found by
/// the best-scoring of: link text (nav +20; exact phrase 100, words inside
/// 60), page title (80 / 50), heading (70 / 40), a URL word in a link target
/// or page URL (45, nav link +20), a probe of the crawled pages that passes
/// (30; probes.hpp; `site_url` is the audited address, default the first
/// page's). Links to pages crawled with a status other than 200 do not
/// count. Requirements with no crawler titles, URL words or known probes are
/// never found (the evidence says so).
std::vector<SectionMatch> find_sections(const std::vector<CrawledPage>& pages, const regulations::RuleSet& rules,
                                        const std::string& school_type, const std::string& site_url = "",
                                        const SiteFacts& facts = {});

/// The sections of two lists of requirements as one (a rule set's and the
/// rubric's): `more`'s ids that `all` lacks are appended; an id in both is
/// required when either list requires it, and found when either found it
/// (the stronger match is kept).
std::vector<SectionMatch> merge_sections(std::vector<SectionMatch> all, const std::vector<SectionMatch>& more);

struct PostingStats {
  int count = 0;       ///< Distinct articles (by URL) with a date.
  int in_window = 0;   ///< Of those, dated since..until inclusive (by their own local date).
  double per_week = 0; ///< in_window / (days in window / 7), days counted inclusively.
  std::string since, until;  ///< "2024-09-05", "2025-05-31"
  std::vector<PostItem> items;  ///< The dated articles, first occurrence of each URL.
};

/// The current school year's window for a day: 5 September to 31 May of the
/// school year that started on the last 5 September.
std::pair<std::string, std::string> default_window(int year, int month, int day);

/// Empty `since`/`until` take default_window(today), today being the local
/// day at `tz_minutes` east of UTC (the site's offset, --timezone): from 5
/// September to 31 May of the school year, or to today while that year is
/// still running (regulations/school_year.hpp, as `check` does).
PostingStats posting_stats(const std::vector<PostItem>& items, std::string since = "", std::string until = "",
                           int tz_minutes = 7 * 60);

/// Values measured outside the site, by rubric measure name
/// ("visits_per_day", "posts_to_portal").
struct ScoreInputs {
  std::map<std::string, double> values;
};

struct ScoreLine {
  std::string id;
  double points = 0, max = 0;
  bool measured = true;  ///< false: a crawl cannot measure it and no input was given
  std::string evidence;
};

struct SiteScore {
  std::string rubric;
  double total = 0, max = 0;
  std::vector<ScoreLine> items;
};

/// Scores with the rubric's scorecard for `school_type` (empty when none),
/// as `webtruong check` does (generator/compliance/checker.cpp): a
/// requirement counts as met when found or not applicable; unknown ids are
/// missing; input measures take their value from `inputs`, else are not
/// measured (all_of skips them when when_missing is skip).
SiteScore score_site(const std::vector<SectionMatch>& sections, const PostingStats& posting,
                     const regulations::Rubric& rubric, const std::string& school_type,
                     const ScoreInputs& inputs = {});

/// How the crawl of one site went, for the auditor (not part of the score).
struct CrawlNotes {
  int requests = 0;             ///< HTTP responses received (robots, sitemaps, feeds, pages).
  std::string stopped_by;       ///< "max-pages" or "max-requests": the budget that left pages unfetched; "" none.
  int robots_status = 0;        ///< Status of /robots.txt (0: no answer).
  std::string robots_error;     ///< Why there was no answer ("connection refused", "timeout"...).
  bool robots_blocked = false;  ///< robots.txt kept failing (5xx or no answer): nothing was crawled.
  bool robots_truncated = false;  ///< robots.txt was longer than 500 KiB: the rest was ignored (RFC 9309 2.5).
  long crawl_delay_ms = 0;      ///< Crawl-delay from robots.txt that slowed the crawl (0: none).
  std::vector<RefusedUrl> refused;  ///< The first refusals, in order (at most kMaxRefusalsKept).
  int refused_count = 0;        ///< All refusals, kept or not.
  std::vector<CapNote> limits;  ///< Caps reached.
  BodyCounts bodies;            ///< Bodies read, and pages a 304 spared (conditional recrawl with --db).
};

struct SiteResult {
  std::string url;
  std::string school_type;         ///< mn, th, thcs, ... ("" when unknown)
  std::string school_type_source;  ///< "given" (--type or the list) or "guessed" (from the home page)
  CrawlNotes crawl;
  int pages = 0;
  std::vector<SectionMatch> sections;
  PostingStats posts;
  SiteScore score;
  std::optional<SiteError> error;  ///< Set when the site failed (see SiteError).
  /// The pages to ask for conditionally next time (kept in the history by
  /// --db); moved here from the crawl by audit_sites, not by analyse_site.
  std::vector<PageMemo> memos;
};

/// What a crawl is measured against. Pointers may be null (no rubric: no
/// score; no rules: no sections).
struct AuditSetup {
  const regulations::RuleSet* rules = nullptr;         ///< Sections reported.
  const regulations::Rubric* rubric = nullptr;
  const regulations::RuleSet* rubric_rules = nullptr;  ///< The rubric's own rule set, if it differs.
  std::string school_type;    ///< Empty: guessed from the home page title (mn, th, thcs, thpt, gdtx, pgd, sgd).
  std::string since, until;   ///< Posting window; empty: the current school year.
  int tz_minutes = 7 * 60;    ///< The sites' offset from UTC (--timezone): which local day today is.
};

/// What one site of a run has of its own (from the --list file and --input).
struct SiteOverrides {
  std::string school_type;  ///< Empty: AuditSetup::school_type, else guessed.
  ScoreInputs inputs;       ///< Values of the rubric's input measures.
};

/// "Trường THCS Nguyễn Du" -> "thcs"; "" when no type word is found.
std::string guess_school_type(const std::string& title);

/// Sections, posting stats and score of one crawled site, with its crawl
/// notes; `error` set from data.error, or "crawl-error" when the site could
/// not be reached or no page could be fetched. An unknown school type holds
/// the site to every requirement of a school.
SiteResult analyse_site(const CrawlData& data, const AuditSetup& setup, const SiteOverrides& site = {});

/// The result of a site whose analysis failed (`what`: the exception's
/// message): its crawl notes, an "internal-error" at "analysis".
SiteResult failed_analysis(const CrawlData& data, const std::string& what);

}  // namespace wt::audit

// Fixture sites with a known truth, for the nginx-served crawl tests.
//
// A fixture is a folder of tests/fixtures/audit/sites/<name>/: the site's
// files, an `nginx.conf` of server directives (locations that map the CMS's
// URLs to the files), and `truth.json`:
//   {"school_type": "thcs", "rule_sets": ["tt37-2020", "tt09-2024"],
//    "pages": 29,                                   // distinct HTML pages answered 200
//    "sections": {"news": "news/", "mobile": ""},   // found, at this URL (path under the base; "": any)
//    "absent": ["metadata_dc"],                     // not found
//    "posts": {"news/a-12.html": "2024-09-05T07:30:00+07:00"},  // exactly these, dated that day
//    "titles": {"news/old-3.html": "Lễ kỷ niệm"}}    // page titles after charset decoding
// Files are copied to the served root with "{{BASE}}" replaced by the base
// URL (sitemaps and feeds need absolute URLs).
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "audit/crawl/crawler.hpp"
#include "regulations/rule_set.hpp"

namespace wt::test {

struct SiteTruth {
  std::string school_type;
  std::vector<std::string> rule_sets;
  int pages = 0;
  std::map<std::string, std::string> sections;  ///< id -> path under the base
  std::vector<std::string> absent;
  std::map<std::string, std::string> posts;     ///< path -> RFC 3339 date
  std::map<std::string, std::string> titles;    ///< path -> title
};

/// Reads `dir`/truth.json (throws std::runtime_error on a malformed file).
SiteTruth load_truth(const std::filesystem::path& dir);

/// Copies the fixture `dir` to `root` (without nginx.conf and truth.json),
/// "{{BASE}}" replaced by `base` in every file.
void copy_fixture(const std::filesystem::path& dir, const std::filesystem::path& root, const std::string& base);

/// The rule sets `ids` of schemas/rules merged into one.
regulations::RuleSet load_rules(const std::vector<std::string>& ids);

/// A fresh temporary directory, removed with the object.
struct TempDir {
  std::filesystem::path path;
  explicit TempDir(const std::string& name);
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
};

/// Crawl options for a loopback server: no delay, no progress line, bounded.
audit::CrawlOptions local_crawl_options();
audit::FetchOptions local_fetch_options();

/// The crawl's posts keyed by path under `base` (date as reported).
std::map<std::string, audit::PostItem> posts_by_path(const audit::CrawlData& data, const std::string& base);

}  // namespace wt::test

// What a crawl keeps of a page to ask for it again conditionally (issue 14,
// part 5): the validators the server sent (ETag, Last-Modified) and the
// facts read from the page (crawl/page_facts.hpp), since a 304 Not Modified
// brings no page to read. The history (report/history.hpp) stores them per
// site; the next crawl with --db sends If-None-Match / If-Modified-Since and,
// on 304, reads the stored facts instead of the page.
//
//   PageMemo m{"https://thcs-a.edu.vn/tin-tuc/a/", "\"5f2-1a\"", "Mon, 07 Dec 2026 01:00:00 GMT", facts_json};
#pragma once

#include <string>
#include <vector>

namespace wt::audit {

struct PageMemo {
  std::string url;            ///< The URL requested and answered 200 without a redirect (normalised).
  std::string etag;           ///< ETag as sent ("" when none); valid_etag (fetch/validators.hpp).
  std::string last_modified;  ///< Last-Modified as sent ("" when none); valid_http_date.
  std::string facts;          ///< The page as read, JSON (crawl/page_facts.hpp).
};

/// How many bodies a crawl read and how many it was spared.
struct BodyCounts {
  int fetched = 0;  ///< Responses read with a body (200): robots.txt, sitemaps, feeds, pages.
  int pages = 0;    ///< Of which HTML pages.
  int reused = 0;   ///< Pages answered 304 Not Modified whose stored facts were read instead.
};

}  // namespace wt::audit

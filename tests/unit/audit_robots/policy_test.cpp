// Our own robots.txt cases beyond the google/robotstxt set: the HTTP status
// policy (RFC 9309 §2.3.1), the 500 KiB cap (§2.5), /robots.txt always
// allowed, group merging, Crawl-delay with its ceiling, Sitemap collection,
// product tokens of full User-Agent headers, and garbage input.
#include <catch2/catch.hpp>

#include "audit/robots/robots_txt.hpp"

#include <random>
#include <string>

using namespace wt::audit;
using std::chrono::milliseconds;

TEST_CASE("status policy", "[robots][status]") {
  CHECK(robots_action(200) == RobotsAction::parse);
  CHECK(robots_action(204) == RobotsAction::parse);
  CHECK(robots_action(301, 0) == RobotsAction::follow_redirect);
  CHECK(robots_action(308, 4) == RobotsAction::follow_redirect);
  CHECK(robots_action(302, 5) == RobotsAction::allow_all);  // more than five hops: unavailable
  CHECK(robots_action(400) == RobotsAction::allow_all);
  CHECK(robots_action(401) == RobotsAction::allow_all);
  CHECK(robots_action(403) == RobotsAction::allow_all);
  CHECK(robots_action(404) == RobotsAction::allow_all);
  CHECK(robots_action(410) == RobotsAction::allow_all);
  CHECK(robots_action(429) == RobotsAction::disallow_all_retry_later);  // slow down, not "no file"
  CHECK(robots_action(500) == RobotsAction::disallow_all_retry_later);
  CHECK(robots_action(503) == RobotsAction::disallow_all_retry_later);
  CHECK(robots_action(0) == RobotsAction::disallow_all_retry_later);  // unreachable
  CHECK(robots_action(999) == RobotsAction::disallow_all_retry_later);

  const std::string body = "User-agent: *\nDisallow: /private/\n";
  const Robots ok = robots_from_response(200, body);
  CHECK(ok.mode == RobotsMode::rules);
  CHECK_FALSE(allowed(ok, "webtruong", "/private/x"));
  CHECK(allowed(ok, "webtruong", "/public"));

  const Robots missing = robots_from_response(404, body);  // body of an error page is ignored
  CHECK(missing.mode == RobotsMode::allow_all);
  CHECK(allowed(missing, "webtruong", "/private/x"));

  const Robots down = robots_from_response(503, "");
  CHECK(down.mode == RobotsMode::disallow_all_retry_later);
  CHECK_FALSE(allowed(down, "webtruong", "/"));
  CHECK(allowed(down, "webtruong", "/robots.txt"));

  CHECK(robots_from_response(0, "").mode == RobotsMode::disallow_all_retry_later);
  CHECK(robots_from_response(301, "").mode == RobotsMode::allow_all);
}

TEST_CASE("/robots.txt is always allowed", "[robots]") {
  const Robots r = parse("User-agent: *\nDisallow: /\n");
  CHECK(allowed(r, "x", "/robots.txt"));
  CHECK(allowed(r, "x", "/robots.txt?x=1"));
  CHECK_FALSE(allowed(r, "x", "/robots.txt.bak"));
  CHECK_FALSE(allowed(r, "x", "/"));
}

TEST_CASE("empty Disallow allows everything", "[robots]") {
  const Robots r = parse("User-agent: *\nDisallow:\n");
  CHECK(allowed(r, "x", "/anything"));
  CHECK(allowed(r, "x", ""));
}

TEST_CASE("groups for the same agent merge, * is only a fallback", "[robots]") {
  const Robots r = parse(
      "User-agent: webtruong\nDisallow: /a/\n\n"
      "User-agent: *\nDisallow: /\n\n"
      "User-agent: WEBTRUONG\nDisallow: /b/\nAllow: /a/ok\n");
  CHECK_FALSE(allowed(r, "Webtruong-audit", "/a/x"));  // token "Webtruong-audit" is another agent
  CHECK_FALSE(allowed(r, "webtruong/0.1 (+https://example.org)", "/a/x"));
  CHECK_FALSE(allowed(r, "webtruong/0.1", "/b/x"));
  CHECK(allowed(r, "webtruong/0.1", "/a/ok"));
  CHECK(allowed(r, "webtruong/0.1", "/c"));  // the * group does not add to a named one
  CHECK_FALSE(allowed(r, "OtherBot", "/c"));
  CHECK(product_token("Webtruong-audit/0.1 (+https://x)") == "Webtruong-audit");
  CHECK(product_token("/x") == "");
}

TEST_CASE("wildcards and anchors", "[robots]") {
  const Robots r = parse(
      "User-agent: *\n"
      "Disallow: /*?nv=*&op=search\n"
      "Disallow: /*.pdf$\n"
      "Disallow: /tmp$x\n"  // a '$' inside a pattern is a literal
      "Disallow: private/\n");  // no leading slash: read as /private/
  CHECK_FALSE(allowed(r, "x", "/index.php?nv=news&op=search&q=a"));
  CHECK(allowed(r, "x", "/index.php?nv=news&op=tin-tuc"));
  CHECK_FALSE(allowed(r, "x", "/uploads/a.pdf"));
  CHECK(allowed(r, "x", "/uploads/a.pdf?download=1"));
  CHECK_FALSE(allowed(r, "x", "/tmp$x/1"));
  CHECK(allowed(r, "x", "/tmp"));
  CHECK_FALSE(allowed(r, "x", "/private/a"));
  // Pathological patterns stay fast (no exponential backtracking).
  const Robots slow = parse("User-agent: *\nDisallow: /*a*a*a*a*a*a*a*a*a*a*b\n");
  CHECK(allowed(slow, "x", "/" + std::string(5000, 'a')));
}

TEST_CASE("percent-encoding is normalised on both sides", "[robots]") {
  const Robots r = parse("User-agent: *\nDisallow: /tin-tức/\nDisallow: /a%2fb\nDisallow: /%7Euser\n");
  CHECK_FALSE(allowed(r, "x", "/tin-t%E1%BB%A9c/bai-1"));
  CHECK_FALSE(allowed(r, "x", "/tin-t%e1%bb%a9c/bai-1"));
  CHECK_FALSE(allowed(r, "x", "/tin-tức/bai-1"));
  CHECK_FALSE(allowed(r, "x", "/a%2Fb"));
  CHECK(allowed(r, "x", "/a/b"));  // %2F is reserved: not the same as '/'
  CHECK_FALSE(allowed(r, "x", "/~user/x"));
  CHECK(normalise_path("/a b") == "/a%20b");
  CHECK(normalise_path("/100%") == "/100%");
}

TEST_CASE("Crawl-delay with a ceiling", "[robots][crawl-delay]") {
  const Robots r = parse(
      "User-agent: slowbot\nCrawl-delay: 2.5\n"
      "User-agent: greedy\nCrawl-delay: 3600\n"
      "User-agent: *\nCrawl-delay: soon\nDisallow: /x\n"
      "User-agent: twice\nCrawl-delay: 1\n\nUser-agent: twice\nCrawl-delay: 4\n");
  CHECK(crawl_delay(r, "slowbot/1.0") == milliseconds(2500));
  CHECK(crawl_delay(r, "greedy") == milliseconds(10'000));  // default ceiling 10 s
  CHECK(crawl_delay(r, "anyone") == std::nullopt);            // unparseable value ignored
  CHECK(crawl_delay(r, "twice") == milliseconds(4000));       // merged groups: the largest
  CHECK_FALSE(allowed(r, "anyone", "/x"));

  RobotsOptions options;
  options.crawl_delay_ceiling = milliseconds(1000);
  CHECK(crawl_delay(parse("User-agent: *\nCrawl-delay: 5\n", options), "x") == milliseconds(1000));
  CHECK(crawl_delay(parse("User-agent: *\nCrawl-delay: 99999999999999999999\n"), "x") == milliseconds(10'000));
}

TEST_CASE("Sitemap lines are collected anywhere, absolute URLs only", "[robots][sitemap]") {
  const Robots r = parse(
      "Sitemap: https://truong.edu.vn/sitemap.xml\n"
      "User-agent: *\n"
      "sitemap: /relative.xml\n"
      "Disallow: /admin\n"
      "SITEMAP:   HTTP://truong.edu.vn/news-sitemap.xml   \n"
      "Sitemap: https://truong.edu.vn/sitemap.xml\n"
      "Sitemap:\n");
  CHECK(r.sitemaps ==
        std::vector<std::string>{"https://truong.edu.vn/sitemap.xml", "HTTP://truong.edu.vn/news-sitemap.xml"});
  CHECK_FALSE(allowed(r, "x", "/admin"));
}

TEST_CASE("only the first 500 KiB are read", "[robots][cap]") {
  std::string text = "User-agent: *\nDisallow: /early\n";
  while (text.size() < 500 * 1024 - 20) text += "# filler comment line\n";
  text.resize(500 * 1024 - 5, '#');
  text += "\nDisallow: /late\n";  // the cap cuts this line: dropped, not read as "/la"
  text += "Disallow: /later\n";
  const Robots r = parse(text);
  CHECK(r.stats.truncated);
  CHECK_FALSE(allowed(r, "x", "/early"));
  CHECK(allowed(r, "x", "/late"));
  CHECK(allowed(r, "x", "/la"));
  CHECK(allowed(r, "x", "/later"));

  RobotsOptions options;
  options.max_bytes = 1 << 20;
  const Robots whole = parse(text, options);
  CHECK_FALSE(whole.stats.truncated);
  CHECK_FALSE(allowed(whole, "x", "/late"));

  // Exactly 500 KiB is read whole.
  std::string exact = "User-agent: *\nDisallow: /x\n";
  exact.resize(500 * 1024, '\n');
  CHECK_FALSE(parse(exact).stats.truncated);
  CHECK_FALSE(allowed(parse(exact), "x", "/x"));
}

TEST_CASE("garbage input is tolerated", "[robots][garbage]") {
  const Robots html = parse("<!DOCTYPE html>\n<html><body><h1>404 Not Found</h1></body></html>\n");
  CHECK(html.groups.empty());
  CHECK(allowed(html, "x", "/anything"));
  CHECK(html.stats.invalid_lines + html.stats.unknown_directives == 2);

  static const char kMixed[] =
      "\x00\x01\x02 garbage\n"
      ":::\n"
      "User-agent: *\r\n"
      "Disallow: /a # comment\r\n"
      "\xFF\xFE\xFD\n"
      "Disallow : /b\n"
      "   Disallow:/c   \n"
      "Disallow /d\n"
      "Allow\n";
  const Robots mixed = parse(std::string_view(kMixed, sizeof kMixed - 1));  // keeps the NUL bytes
  CHECK_FALSE(allowed(mixed, "x", "/a"));
  CHECK_FALSE(allowed(mixed, "x", "/b"));
  CHECK_FALSE(allowed(mixed, "x", "/c"));
  CHECK_FALSE(allowed(mixed, "x", "/d"));
  CHECK(allowed(mixed, "x", "/e"));

  // Random bytes never crash and always give an answer.
  std::mt19937 rng(4);
  const std::string alphabet = "Uu:ser-agntAlowDisSitemapCrawl-dy*$/?#%\r\n \t\xEF\xBB\xBF\x80\xFF" "abc";
  for (int round = 0; round < 300; ++round) {
    std::string text;
    const int len = static_cast<int>(rng() % 400);
    for (int i = 0; i < len; ++i) text += alphabet[rng() % alphabet.size()];
    const Robots r = parse(text);
    (void)allowed(r, "abc", "/a*b$?%zz");
    (void)crawl_delay(r, "");
  }
}

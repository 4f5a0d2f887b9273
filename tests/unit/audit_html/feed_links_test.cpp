// feed_links: the feeds a page announces, read from raw HTML by plain code
// (it replaced two std::regex searches in the crawler, issue 10).
#include <catch2/catch.hpp>

#include "audit/html/feed_links.hpp"

using wt::audit::feed_links;
using wt::audit::tag_attributes;
using Links = std::vector<std::string>;

TEST_CASE("audit::feed_links finds RSS and Atom <link>s, however their attributes are written", "[audit_html]") {
  CHECK(feed_links(R"(<head><link rel="alternate" type="application/rss+xml" title="Tin tức" href="/rss/"></head>)") ==
        Links{"/rss/"});
  CHECK(feed_links("<LINK REL=alternate TYPE='application/atom+xml' HREF='/atom.xml'>") == Links{"/atom.xml"});
  CHECK(feed_links("<link href=/feed/ type=application/rss+xml>") == Links{"/feed/"});  // unquoted, href first
  CHECK(feed_links("<link\ntype = \"Application/RSS+XML; charset=utf-8\"\nhref = \"/a.rss\" />") == Links{"/a.rss"});
  CHECK(feed_links("<link rel=alternate type=application/rss+xml href=/1.rss><p>x</p>"
                   "<link rel=alternate type=application/atom+xml href=/2.atom>") == Links{"/1.rss", "/2.atom"});
  CHECK(feed_links(R"(<link type="application/rss+xml" href="/a" href="/b">)") == Links{"/a"});  // the first wins
}

TEST_CASE("audit::feed_links ignores what is no feed link", "[audit_html]") {
  CHECK(feed_links(R"(<link rel="stylesheet" type="text/css" href="/s.css">)").empty());
  CHECK(feed_links(R"(<linkx type="application/rss+xml" href="/x">)").empty());
  CHECK(feed_links(R"(<a type="application/rss+xml" href="/x">)").empty());
  CHECK(feed_links(R"(<link data-type="application/rss+xml" href="/x">)").empty());
  CHECK(feed_links(R"(<link type="application/rss+xml">)").empty());  // no href
  CHECK(feed_links(R"(<link type="application/rss+xml" href="">)").empty());
  CHECK(feed_links(R"(<link type="application/rss+xml" href="/x")").empty());  // never closed
  CHECK(feed_links("").empty());
  CHECK(feed_links("<").empty());
  CHECK(feed_links("<link").empty());
  // Only the first 256 KiB are read.
  const std::string late = std::string(256 * 1024, ' ') + R"(<link type="application/rss+xml" href="/late">)";
  CHECK(feed_links(late).empty());
}

TEST_CASE("audit::tag_attributes reads names and values as a tokenizer does", "[audit_html]") {
  using Attrs = std::vector<std::pair<std::string, std::string>>;
  CHECK(tag_attributes(R"( A="1" b='2' c=3 d e = "5"/>)") ==
        Attrs{{"a", "1"}, {"b", "2"}, {"c", "3"}, {"d", ""}, {"e", "5"}});
  CHECK(tag_attributes(R"( a="unclosed)") == Attrs{{"a", "unclosed"}});
  CHECK(tag_attributes(R"( ="x" ==' b=1>)") == Attrs{{"b", "1"}});
  CHECK(tag_attributes(">").empty());
  CHECK(tag_attributes("").empty());
}

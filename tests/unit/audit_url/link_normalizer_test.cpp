// wt::audit::LinkNormalizer (url.hpp): the results of normalize_link(base,
// href), with the normal forms of absolute links and root paths remembered by
// scheme and authority, for at most `capacity` links at a time. Every result
// here is compared with normalize_link asked afresh (no cache), and a few with
// the URL written out by hand.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <optional>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "audit/url/url.hpp"

using namespace wt::audit;

namespace {

// An optional URL as text for messages and comparisons ("nullopt" is not a
// possible quoted URL, so equal texts mean equal optionals).
std::string show(const std::optional<std::string>& u) { return u ? "\"" + *u + "\"" : "nullopt"; }

const std::vector<std::string>& bases() {
  static const std::vector<std::string> b = {
      "http://x.vn/",
      "https://y.vn/",
      "http://x.vn:8080/",
      "https://x.vn/",
      "http://www.x.vn/",
      "http://x.vn",
      "http://x.vn/tin-tuc/",
      "http://x.vn/tin-tuc",
      "http://x.vn/tin-tuc/bai-viet.html",
      "http://x.vn/a/b/c/d;p?q",
      "http://x.vn/?page=2",
      "http://x.vn/tin-tuc/?page=2&utm_source=fb",
      "http://x.vn/index.php?language=vi&nv=news&op=thong-bao",
      "https://thcs-a.edu.vn/index.php?nv=news&op=tin-tuc/khai-giang-123.html",
      "https://thcs-a.edu.vn/vi/news/",
      "HTTP://X.VN/Tin-Tuc/",
      "HTTPS://WWW.Y.VN:443/A/",
      "http://X.vn:80/a/",
      "http://x.vn:/a/",
      "http://x.vn:0080/",
      "http://Trường.EDU.vn/gioi-thieu/",
      "http://xn--trng-bva.edu.vn/gioi-thieu/",
      "http://[2001:DB8::1]:8080/a/",
      "http://127.0.0.1:8000/wp/",
      "http://u@x.vn/a/",
      "http://@x.vn/a/",
      "http://u:p@x.vn/a/",
      "http://x.vn/a/;jsessionid=ABC123",
      "http://x.vn/a#top",
      "  http://x.vn/a/b \n",
      "http://x.vn/a\n/b/",
      "\thttps://y.vn/\tc/",
      "http://x.vn/tin%20tuc/",
      "http://x.vn/tin tức/",
      "http://x.vn/%7Euser/",
      "ftp://x.vn/pub/",
      "mailto:a@x.vn",
      "h:/x/y",
      "http:x/y",
      "http:/x/y",
      "/relative/base",
      "",
      "not a url",
      "http://x.vn:abc/",
      "http://x.vn:99999/",
  };
  return b;
}

const std::vector<std::string>& hrefs() {
  static const std::vector<std::string> h = {
      // relative paths and dot segments
      "a", "a/b", "a/", "./", "./a", ".", "..", "../", "../a", "../../a", "../../../../a", "a/./b/../c", "tin-tuc/bai.html",
      "bai-viet.html?id=3", "g;x=1/../y",
      // from the root
      "/", "/a", "/a/", "/A", "/tin-tuc/", "/a/../b", "/./a", "/a/./b/../../c", "/.//g", "/..", "/a:b", "/%7Euser",
      "/a%2fb", "/a%2Fb", "/%41", "/%", "/%zz", "/a b", "/tin-tức", "/a?utm_source=x&nv=news", "/a?utm_medium=a&utm_campaign=b",
      "/a;jsessionid=ABC?x=1", "/a;JSESSIONID=ABC", "/index.php?nv=news&op=abc&PHPSESSID=1", "/index.php?sid=1&nv=news",
      "/index.php?language=vi&nv=news&op=tin-tuc/khai-giang-123.html", "/a?fbclid=xyz", "/a?gclid=1&b=2", "/a?",
      "/a#frag", "/#x", "/a\nb", " /a ", "\t/a", "/a\r\n", "/\\x",
      // query and fragment only
      "?q=1", "?", "?nv=news&op=x", "?utm_source=zalo", "#frag", "#", "?q=1#f",
      // scheme-relative
      "//y.vn/x", "//y.vn", "//Y.VN:80/x", "//x.vn:8080", "//", "///x", "//[::1]/a", "//u@y.vn/a",
      // absolute
      "http://x.vn/a", "https://x.vn/a", "HTTP://X.VN/A", "HtTpS://www.A.vn/./b/../c/", "http://y.vn", "http://y.vn:80",
      "https://y.vn:443/a/../b?utm_source=x#y", "http://x.vn/a#b", "http://user:pw@x.vn/", "http://x.vn:99999/",
      "http://x.vn:abc/", "http://", "http:g", "http:/g", "https:g", "http://[::1]/", "http://Trường.vn/tức",
      "ftp://x.vn/a", "a:b", "1a:b", "a+b.c-d:e", "-a:b",
      // not pages
      "mailto:a@x.vn", "MAILTO:a@x.vn", "javascript:void(0)", "javascript:alert('/x')", "tel:+84123", "data:text/html,x",
      // empty, blank, control characters
      "", " ", "\n", "\t \r\n", "\x01/a", "/a\x7f", "a\nb", "ja\nvascript:x", "ht\ttp://y.vn/a",
  };
  return h;
}

// Asks every (base, href) pair in `order` of a LinkNormalizer and compares
// each answer with normalize_link.
void check_pairs(LinkNormalizer& links, const std::vector<std::pair<size_t, size_t>>& order) {
  for (const auto& [b, h] : order) {
    const std::string& base = bases()[b];
    const std::string& href = hrefs()[h];
    INFO("base " << show(base) << " href " << show(href));
    CHECK(show(links(base, href)) == show(normalize_link(base, href)));
  }
}

std::vector<std::pair<size_t, size_t>> base_major() {
  std::vector<std::pair<size_t, size_t>> v;
  for (size_t b = 0; b < bases().size(); ++b)
    for (size_t h = 0; h < hrefs().size(); ++h) v.emplace_back(b, h);
  return v;
}

std::vector<std::pair<size_t, size_t>> href_major() {
  std::vector<std::pair<size_t, size_t>> v;
  for (size_t h = 0; h < hrefs().size(); ++h)
    for (size_t b = 0; b < bases().size(); ++b) v.emplace_back(b, h);
  return v;
}

}  // namespace

TEST_CASE("LinkNormalizer: a root path keeps each base's scheme and authority", "[audit_url][link_normalizer]") {
  LinkNormalizer links;
  // Written out by hand: a cache keyed by the path alone would answer the first.
  CHECK(show(links("http://x.vn/", "/a")) == show(std::string("http://x.vn/a")));
  CHECK(show(links("https://y.vn/", "/a")) == show(std::string("https://y.vn/a")));
  CHECK(show(links("http://x.vn:8080/", "/a")) == show(std::string("http://x.vn:8080/a")));
  CHECK(show(links("https://x.vn/", "/a")) == show(std::string("https://x.vn/a")));
  CHECK(show(links("http://www.x.vn/tin-tuc/", "/a")) == show(std::string("http://www.x.vn/a")));
  CHECK(show(links("http://u@x.vn/", "/a")) == show(std::string("http://u@x.vn/a")));
  CHECK(show(links("http://x.vn/b/c", "/a")) == show(std::string("http://x.vn/a")));
  CHECK(show(links("ftp://x.vn/", "/a")) == "nullopt");
  CHECK(show(links("not a url", "/a")) == "nullopt");
  CHECK(show(links("http://x.vn/", "/a")) == show(std::string("http://x.vn/a")));
  CHECK(show(links("https://y.vn/", "/a")) == show(std::string("https://y.vn/a")));
  // and the other way round, with a fresh normalizer
  LinkNormalizer again;
  CHECK(show(again("http://x.vn:8080/", "/a")) == show(std::string("http://x.vn:8080/a")));
  CHECK(show(again("https://y.vn/", "/a")) == show(std::string("https://y.vn/a")));
  CHECK(show(again("http://x.vn/", "/a")) == show(std::string("http://x.vn/a")));
  CHECK(show(again("http://x.vn:80/", "/a")) == show(std::string("http://x.vn/a")));
  // equal normal forms of the same origin written differently
  CHECK(show(again("HTTP://X.VN/", "/a")) == show(std::string("http://x.vn/a")));
}

TEST_CASE("LinkNormalizer: relative links, queries and fragments follow the page, not the origin",
          "[audit_url][link_normalizer]") {
  LinkNormalizer links;
  CHECK(show(links("http://x.vn/a/b", "c")) == show(std::string("http://x.vn/a/c")));
  CHECK(show(links("http://x.vn/d/e", "c")) == show(std::string("http://x.vn/d/c")));
  CHECK(show(links("http://x.vn/a/b?p=1", "?q=2")) == show(std::string("http://x.vn/a/b?q=2")));
  CHECK(show(links("http://x.vn/d/e?p=1", "?q=2")) == show(std::string("http://x.vn/d/e?q=2")));
  CHECK(show(links("http://x.vn/a/b?p=1", "#f")) == show(std::string("http://x.vn/a/b?p=1")));
  CHECK(show(links("http://x.vn/d/e?p=3", "#f")) == show(std::string("http://x.vn/d/e?p=3")));
  CHECK(show(links("http://x.vn/a/b", "")) == show(std::string("http://x.vn/a/b")));
  CHECK(show(links("http://x.vn/d/e", "")) == show(std::string("http://x.vn/d/e")));
  CHECK(show(links("http://x.vn/a/b/", "../c")) == show(std::string("http://x.vn/a/c")));
  CHECK(show(links("http://x.vn/d/", "../c")) == show(std::string("http://x.vn/c")));
  CHECK(show(links("http://x.vn/a/", "//y.vn/z")) == show(std::string("http://y.vn/z")));
  CHECK(show(links("https://x.vn/a/", "//y.vn/z")) == show(std::string("https://y.vn/z")));
  // absolute links do not depend on the page at all
  CHECK(show(links("https://x.vn/a/", "HTTP://Y.VN:80/./z?utm_source=a&k=1#t")) == show(std::string("http://y.vn/z?k=1")));
  CHECK(show(links("http://q.vn/", "HTTP://Y.VN:80/./z?utm_source=a&k=1#t")) == show(std::string("http://y.vn/z?k=1")));
  CHECK(show(links("not a url", "HTTP://Y.VN:80/./z")) == "nullopt");  // as resolve_reference: the base must parse
  CHECK(show(links("http://x.vn/", "http:g")) == "nullopt");            // strict RFC 3986: "http:g" stays "http:g"
  CHECK(show(links("http://x.vn/", "/a;jsessionid=1?PHPSESSID=2&nv=news")) == show(std::string("http://x.vn/a?nv=news")));
}

TEST_CASE("LinkNormalizer equals normalize_link for every base and href, in any order",
          "[audit_url][link_normalizer]") {
  SECTION("page by page") {
    LinkNormalizer links;
    check_pairs(links, base_major());
  }
  SECTION("pages in reverse") {
    LinkNormalizer links;
    auto order = base_major();
    std::reverse(order.begin(), order.end());
    check_pairs(links, order);
  }
  SECTION("each href under every base in turn (the base changes at every call)") {
    LinkNormalizer links;
    check_pairs(links, href_major());
    check_pairs(links, base_major());  // now everything is known: answers from the cache
  }
  SECTION("shuffled, twice, with one normalizer") {
    LinkNormalizer links;
    auto order = base_major();
    std::mt19937 rng(20250905);
    std::shuffle(order.begin(), order.end(), rng);
    check_pairs(links, order);
    std::shuffle(order.begin(), order.end(), rng);
    check_pairs(links, order);
  }
}

TEST_CASE("LinkNormalizer stays right past its capacity", "[audit_url][link_normalizer]") {
  SECTION("small capacities") {
    for (size_t capacity : {size_t{0}, size_t{1}, size_t{2}, size_t{3}, size_t{7}, size_t{50}}) {
      INFO("capacity " << capacity);
      LinkNormalizer links(capacity);
      auto order = base_major();
      std::mt19937 rng(static_cast<uint32_t>(capacity) + 1);
      std::shuffle(order.begin(), order.end(), rng);
      check_pairs(links, order);
      check_pairs(links, href_major());
    }
  }
  SECTION("the default capacity (16384), with more distinct links than that") {
    // 3 origins x 7000 root paths + 7000 absolute links = 28000 distinct keys:
    // the cache fills and is forgotten at least once. Every answer is written
    // out here, then asked again in a different order.
    LinkNormalizer links;
    const std::vector<std::pair<std::string, std::string>> origins = {
        {"http://x.vn/tin-tuc/", "http://x.vn"},
        {"https://y.vn/", "https://y.vn"},
        {"http://x.vn:8080/a/b", "http://x.vn:8080"},
    };
    constexpr int kPaths = 7000;
    auto ask_all = [&](bool reverse) {
      size_t wrong = 0;
      for (int k = 0; k < kPaths; ++k) {
        const int i = reverse ? kPaths - 1 - k : k;
        const std::string path = "/p/" + std::to_string(i) + "?utm_source=z&n=" + std::to_string(i % 13);
        const std::string want_path = "/p/" + std::to_string(i) + "?n=" + std::to_string(i % 13);
        for (const auto& [base, origin] : origins) {
          const auto got = links(base, path);
          if (show(got) != show(origin + want_path)) {
            ++wrong;
            INFO("base " << base << " href " << path);
            CHECK(show(got) == show(origin + want_path));
          }
        }
        const std::string absolute = "HTTPS://Z.VN:443/q/" + std::to_string(i) + "/../r";
        const auto got = links(origins[static_cast<size_t>(i) % origins.size()].first, absolute);
        const std::string want = "https://z.vn/q/r";
        if (show(got) != show(want)) {
          ++wrong;
          INFO("href " << absolute);
          CHECK(show(got) == show(want));
        }
      }
      return wrong;
    };
    CHECK(ask_all(false) == 0);
    CHECK(ask_all(true) == 0);
    CHECK(ask_all(false) == 0);
    // and the full table once more, after all that
    check_pairs(links, href_major());
  }
}

namespace {

template <class Rng>
const std::string& pick(Rng& rng, const std::vector<std::string>& v) {
  return v[rng() % v.size()];
}

template <class Rng>
std::string random_path(Rng& rng, bool from_root) {
  static const std::vector<std::string> segments = {
      "a", "b", "tin-tuc", "index.php", "..", ".", "", "bai-viet.html", "%41", "%7e", "%2F", "%", "tức", "b c",
      "A", ";jsessionid=X1", "x;jsessionid=Y", "g:h", "~u", "@", "vi", "news"};
  std::string path = from_root ? "/" : "";
  const int n = static_cast<int>(rng() % 5);
  for (int i = 0; i < n; ++i) {
    if (i > 0) path += "/";
    path += pick(rng, segments);
  }
  if (rng() % 3 == 0) path += "/";
  return path;
}

template <class Rng>
std::string random_query(Rng& rng) {
  static const std::vector<std::string> params = {
      "nv=news", "op=tin-tuc/abc-12.html", "language=vi", "utm_source=fb", "utm_medium=x", "PHPSESSID=abc",
      "sid=1", "fbclid=z", "page=2", "q=a%20b", "q=a+b", "x", "", "k=%7e", "sessionid=9", "ASPSESSIONIDAB=1"};
  std::string q;
  const int n = static_cast<int>(rng() % 4);
  for (int i = 0; i < n; ++i) {
    if (i > 0) q += "&";
    q += pick(rng, params);
  }
  return q;
}

template <class Rng>
std::string random_authority(Rng& rng) {
  static const std::vector<std::string> hosts = {
      "x.vn", "www.x.vn", "X.VN", "y.edu.vn", "Trường.edu.vn", "xn--trng-bva.edu.vn", "[::1]", "[2001:DB8::1]",
      "127.0.0.1", "thcs-a.edu.vn", "", "a_b.vn"};
  static const std::vector<std::string> ports = {"", "", "", ":80", ":443", ":8080", ":", ":0080", ":99999", ":x"};
  static const std::vector<std::string> users = {"", "", "", "", "u@", "@", "u:p@"};
  return pick(rng, users) + pick(rng, hosts) + pick(rng, ports);
}

template <class Rng>
std::string random_absolute(Rng& rng) {
  static const std::vector<std::string> schemes = {"http", "https", "http", "https", "HTTP", "Https", "ftp", "h"};
  std::string url = pick(rng, schemes) + "://" + random_authority(rng) + random_path(rng, true);
  if (rng() % 3 == 0) url += "?" + random_query(rng);
  if (rng() % 5 == 0) url += "#top";
  return url;
}

// Tabs, line breaks and blanks where browsers drop them (and a few elsewhere).
template <class Rng>
std::string sprinkle(Rng& rng, std::string s) {
  static const std::vector<std::string> junk = {"\n", "\t", "\r\n", " ", "\x01"};
  const int n = rng() % 4 == 0 ? static_cast<int>(rng() % 3) + 1 : 0;
  for (int i = 0; i < n; ++i) s.insert(rng() % (s.size() + 1), pick(rng, junk));
  return s;
}

template <class Rng>
std::string random_href(Rng& rng) {
  std::string h;
  switch (rng() % 10) {
    case 0: h = random_absolute(rng); break;
    case 1: h = "//" + random_authority(rng) + random_path(rng, true); break;
    case 2:
    case 3: h = random_path(rng, true); break;
    case 4:
    case 5: h = random_path(rng, false); break;
    case 6: h = "?" + random_query(rng); break;
    case 7: h = "#f"; break;
    case 8: {
      static const std::vector<std::string> odd = {"", " ", "mailto:a@x.vn", "javascript:void(0)", "tel:1", "http:g",
                                                   "a:b", "1a:b", "../", "./", "..", "//", "///x", "/"};
      h = pick(rng, odd);
      break;
    }
    default: h = random_path(rng, rng() % 2 == 0) + "?" + random_query(rng) + (rng() % 2 ? "#x" : ""); break;
  }
  return sprinkle(rng, h);
}

}  // namespace

TEST_CASE("LinkNormalizer equals normalize_link on random bases and links", "[audit_url][link_normalizer]") {
  std::mt19937 rng(0x5EED2025u);
  // Pools, so that links repeat under many bases (the cache answers), and
  // fresh pairs besides.
  std::vector<std::string> base_pool, href_pool;
  for (int i = 0; i < 60; ++i) base_pool.push_back(sprinkle(rng, random_absolute(rng)));
  for (int i = 0; i < 300; ++i) href_pool.push_back(random_href(rng));
  LinkNormalizer big;         // default capacity
  LinkNormalizer small(37);   // forgotten often
  size_t wrong = 0, found = 0, page = 0;
  for (int i = 0; i < 30000; ++i) {
    std::string base, href;
    if (i % 4 == 3) {
      base = sprinkle(rng, random_absolute(rng));
      href = random_href(rng);
    } else {
      // a crawl: several links of a page in a row, then another page
      if (i % 8 == 0) page = rng() % base_pool.size();
      base = base_pool[page];
      href = href_pool[rng() % href_pool.size()];
    }
    const auto want = normalize_link(base, href);
    if (want) ++found;
    for (LinkNormalizer* links : {&big, &small}) {
      const auto got = (*links)(base, href);
      if (show(got) != show(want)) {
        ++wrong;
        INFO("base " << show(base) << " href " << show(href));
        CHECK(show(got) == show(want));
      }
    }
  }
  CHECK(wrong == 0);
  CHECK(found > 10000);  // the pieces make mostly valid links
}

// The crawl's frontier and the ranks of its links (issue 14, part 2).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "audit/crawl/frontier.hpp"
#include "audit/crawl/link_rank.hpp"

using wt::audit::Frontier;
using wt::audit::LinkContext;
using wt::audit::LinkErrors;
using wt::audit::LinkOrigin;
using wt::audit::UrlShape;

namespace {

std::vector<std::string> drain(Frontier& f, const Frontier::Penalty& penalty = {}) {
  std::vector<std::string> out;
  while (auto e = f.pop(penalty)) out.push_back(e->url);
  return out;
}

LinkContext page_link(bool nav, bool home, bool listing) {
  LinkContext c{LinkOrigin::Page};
  c.in_nav = nav;
  c.from_home = home;
  c.from_listing = listing;
  return c;
}

}  // namespace

TEST_CASE("audit::Frontier pops by rank, then depth, then the order pages were met", "[audit][frontier]") {
  Frontier f(1 << 20);
  CHECK(f.push("http://h/c", 30, 2, 100) == Frontier::Push::Added);
  CHECK(f.push("http://h/a", 10, 3, 100) == Frontier::Push::Added);
  CHECK(f.push("http://h/b", 30, 1, 100) == Frontier::Push::Added);
  CHECK(f.push("http://h/d", 30, 1, 100) == Frontier::Push::Added);
  CHECK(f.bytes() == 40);
  CHECK(drain(f) == std::vector<std::string>{"http://h/a", "http://h/b", "http://h/d", "http://h/c"});
  CHECK(f.bytes() == 0);
}

TEST_CASE("audit::Frontier keeps the best pages when it holds as many as can still be fetched", "[audit][frontier]") {
  Frontier f(1 << 20);
  CHECK(f.push("http://h/dead-1", 40, 2, 2) == Frontier::Push::Added);
  CHECK(f.push("http://h/dead-2", 40, 2, 2) == Frontier::Push::Added);
  CHECK(f.push("http://h/dead-3", 40, 2, 2) == Frontier::Push::Dropped);  // no better than the worst
  CHECK(f.push("http://h/page-2", 10, 3, 2) == Frontier::Push::Added);    // pushes dead-2 out
  CHECK(f.dropped() == 2);
  CHECK(f.push("http://h/x", 10, 3, 0) == Frontier::Push::Dropped);       // nothing can be fetched any more
  CHECK(drain(f) == std::vector<std::string>{"http://h/page-2", "http://h/dead-1"});
}

TEST_CASE("audit::Frontier answers Full past its bytes of URLs", "[audit][frontier]") {
  Frontier f(20);
  CHECK(f.push("http://h/0123456789", 10, 1, 100) == Frontier::Push::Added);  // 19 bytes
  CHECK(f.push("http://h/a", 10, 1, 100) == Frontier::Push::Full);
  CHECK(f.size() == 1);
}

TEST_CASE("audit::Frontier puts a page back when its rank grew while it waited", "[audit][frontier]") {
  Frontier f(1 << 20);
  f.push("http://h/tin-tuc/news/a.html", 30, 2, 100);
  f.push("http://h/tin-tuc/news/b.html", 30, 2, 100);
  f.push("http://h/tin-tuc/c.html", 30, 2, 100);
  f.push("http://h/about.html", 40, 1, 100);
  LinkErrors errors;
  errors.record("http://h/tin-tuc/news/x.html", false);
  auto penalty = [&](const std::string& u) { return errors.penalty(u); };
  CHECK(drain(f, penalty) == std::vector<std::string>{"http://h/tin-tuc/c.html", "http://h/about.html",
                                                      "http://h/tin-tuc/news/a.html", "http://h/tin-tuc/news/b.html"});
}

TEST_CASE("audit::LinkErrors penalises folders that failed more often than not", "[audit][frontier]") {
  LinkErrors e;
  CHECK(LinkErrors::folder("http://h/a/b/c.html?x=1#y") == "/a/b/");
  CHECK(LinkErrors::folder("http://h") == "/");
  CHECK(e.penalty("http://h/a/x.html") == 0);
  e.record("http://h/a/1.html", false);
  CHECK(e.penalty("http://h/a/x.html") == LinkErrors::kPenalty);
  CHECK(e.penalty("http://h/a/b/x.html") == 0);  // another folder
  e.record("http://h/a/2.html", true);
  CHECK(e.penalty("http://h/a/x.html") == 0);  // one of each: not worse than not
  e.record("http://h/a/3.html", false);
  CHECK(e.penalty("http://h/a/x.html") == LinkErrors::kPenalty);

  LinkErrors small(1);
  small.record("http://h/a/1.html", false);
  small.record("http://h/b/1.html", false);  // not remembered: the cap
  CHECK(small.penalty("http://h/a/x.html") == LinkErrors::kPenalty);
  CHECK(small.penalty("http://h/b/x.html") == 0);
}

TEST_CASE("audit::url_shape reads lists, tags and searches from the URL", "[audit][frontier]") {
  CHECK(wt::audit::url_shape("http://h/tin-tuc/page-2") == UrlShape::Listing);
  CHECK(wt::audit::url_shape("http://h/news/?page=3") == UrlShape::Listing);
  CHECK(wt::audit::url_shape("http://h/category/tin-tuc/") == UrlShape::Listing);
  CHECK(wt::audit::url_shape("http://h/index.php?nv=news&op=tag/khai-giang") == UrlShape::Tag);
  CHECK(wt::audit::url_shape("http://h/tags/nam-hoc/") == UrlShape::Tag);
  CHECK(wt::audit::url_shape("http://h/tim-kiem/?q=x") == UrlShape::Search);
  CHECK(wt::audit::url_shape("http://h/?s=thi") == UrlShape::Search);
  CHECK(wt::audit::url_shape("http://h/tin-tuc/le-khai-giang-12.html") == UrlShape::Page);
  CHECK(wt::audit::repeats_segment("http://h/tin-tuc/a/tin-tuc/b.html"));
  CHECK_FALSE(wt::audit::repeats_segment("http://h/tin-tuc/a/b.html"));
  CHECK(wt::audit::is_duplicate_view("http://h/news/print/le-khai-giang-12.html"));
  CHECK(wt::audit::is_duplicate_view("http://h/index.php?nv=news&op=print/le-khai-giang-12"));
  CHECK(wt::audit::is_duplicate_view("http://h/bai-viet/?view=print"));
  CHECK_FALSE(wt::audit::is_duplicate_view("http://h/news/tin-tuc/in-an-12.html"));
  CHECK(wt::audit::article_token("http://h/news/tin-tuc/le-khai-giang-12.html") == "le-khai-giang-12");
  CHECK(wt::audit::article_token("http://h/index.php?language=vi&nv=news&op=tin-tuc/le-khai-giang-12") ==
        "le-khai-giang-12");
  CHECK(wt::audit::article_token("http://h/news/print/le-khai-giang-12.html") == "le-khai-giang-12");
  CHECK(wt::audit::article_token("http://h/gioi-thieu/") == "");
  CHECK(wt::audit::article_token("http://h/tin-tuc/bai-viet-moi") == "");
}

TEST_CASE("audit::link_rank: the home page's articles, menus and lists, then the articles they list, then the rest", "[audit][frontier]") {
  using wt::audit::link_rank;
  CHECK(link_rank("http://h/", LinkContext{LinkOrigin::Seed}) == 0);
  CHECK(link_rank("http://h/gioi-thieu/", page_link(true, true, false)) == 15);
  CHECK(link_rank("http://h/tin-tuc/page-2", page_link(false, false, true)) == 10);
  CHECK(link_rank("http://h/tin-tuc/page-2", page_link(false, false, false)) == 20);
  CHECK(link_rank("http://h/lien-he/", page_link(true, false, false)) == 20);
  CHECK(link_rank("http://h/tin-tuc/bai-1.html", page_link(false, false, true)) == 30);
  CHECK(link_rank("http://h/tin-tuc/bai-1.html", page_link(false, true, false)) == 12);
  CHECK(link_rank("http://h/tag/khai-giang/", page_link(false, false, false)) == 35);
  CHECK(link_rank("http://h/tin-tuc/bai-1.html", page_link(false, false, false)) == 40);
  CHECK(link_rank("http://h/tim-kiem/?q=a", page_link(true, true, false)) == 45);
  // A relative link resolved under its own folder again: after the rest.
  CHECK(link_rank("http://h/tin-tuc/tin-tuc/bai-1.html", page_link(false, false, true)) == 60);
  LinkContext sitemap{LinkOrigin::Sitemap};
  CHECK(link_rank("http://h/tin-tuc/bai-1.html", sitemap) == 31);
  sitemap.dated = true;
  CHECK(link_rank("http://h/tin-tuc/bai-1.html", sitemap) == 40);
  CHECK(wt::audit::finds_pages("http://h/", LinkContext{LinkOrigin::Seed}));
  CHECK(wt::audit::finds_pages("http://h/lien-he/", page_link(true, false, false)));
  CHECK(wt::audit::finds_pages("http://h/tin-tuc/page-3", page_link(false, false, false)));
  CHECK_FALSE(wt::audit::finds_pages("http://h/tin-tuc/bai-1.html", page_link(false, true, true)));
  CHECK_FALSE(wt::audit::finds_pages("http://h/tin-tuc/page-3", sitemap));
  LinkContext feed{LinkOrigin::Feed};
  feed.dated = true;
  CHECK(link_rank("http://h/tin-tuc/bai-1.html", feed) == 40);
}

TEST_CASE("audit::Frontier moves a waiting page up when it is met again where it ranks better", "[audit][frontier]") {
  Frontier f(1 << 20);
  f.push("http://h/cong-khai/", 31, 1, 100);   // from the sitemap
  f.push("http://h/tin-tuc/a/", 30, 2, 100);
  f.push("http://h/tin-tuc/b/", 30, 2, 100);
  CHECK(f.waiting("http://h/cong-khai/"));
  CHECK_FALSE(f.waiting("http://h/not-waiting/"));
  CHECK(f.improve("http://h/cong-khai/", 15, 1, true));  // then the home page's menu
  CHECK_FALSE(f.improve("http://h/cong-khai/", 20, 1));  // worse: stays
  CHECK_FALSE(f.improve("http://h/cong-khai/", 15, 1));  // as good: stays
  CHECK_FALSE(f.improve("http://h/not-waiting/", 0, 0));
  CHECK(f.improve("http://h/tin-tuc/b/", 30, 1));        // the same rank, nearer the home page
  auto first = f.pop();
  REQUIRE(first);
  CHECK(first->url == "http://h/cong-khai/");
  CHECK(first->rank == 15);
  CHECK(first->finder);
  CHECK(drain(f) == std::vector<std::string>{"http://h/tin-tuc/b/", "http://h/tin-tuc/a/"});
  CHECK(f.bytes() == 0);
  CHECK_FALSE(f.improve("http://h/tin-tuc/a/", 0, 0));  // popped: gone from the index too
  CHECK_FALSE(f.waiting("http://h/tin-tuc/a/"));
}

TEST_CASE("audit::Frontier keeps a page's penalty when it moves up, and forgets pages pushed out", "[audit][frontier]") {
  Frontier f(1 << 20);
  f.push("http://h/dead/a.html", 30, 2, 2);
  f.push("http://h/ok/b.html", 32, 2, 2);
  LinkErrors errors;
  errors.record("http://h/dead/x.html", false);
  auto penalty = [&](const std::string& u) { return errors.penalty(u); };
  // The penalty is seen (70 for dead/a), then a better link to it: 20 + 40.
  const Frontier::Entry* top = f.top(penalty);
  REQUIRE(top);
  CHECK(top->url == "http://h/ok/b.html");
  CHECK(f.improve("http://h/dead/a.html", 20, 2));
  CHECK(drain(f, penalty) == std::vector<std::string>{"http://h/ok/b.html", "http://h/dead/a.html"});
  // At its cap, a better page pushes the worst out; the worst is no longer found.
  f.push("http://h/1", 40, 1, 1);
  CHECK(f.push("http://h/2", 10, 1, 1) == Frontier::Push::Added);
  CHECK_FALSE(f.improve("http://h/1", 0, 0));
  CHECK(f.improve("http://h/2", 5, 1));
  CHECK(f.size() == 1);
}

TEST_CASE("audit::link_rank: the window, sections, categories of cards and an article's own menus", "[audit][frontier]") {
  using wt::audit::link_rank;
  // An article its card dates inside the window goes before the other
  // articles of a list; one dated before it, or listed by a list whose every
  // date is before it, after every other link but searches.
  LinkContext card = page_link(false, false, true);
  card.list_url = "http://h/tin-tuc/trang/3/";
  card.fresh = true;
  CHECK(link_rank("http://h/tin-tuc/bai-1/", card) == 28);
  card.fresh = false;
  card.stale = true;
  CHECK(link_rank("http://h/tin-tuc/bai-2/", card) == 44);
  // The next page of a stale list: after the articles of fresh lists.
  CHECK(link_rank("http://h/tin-tuc/trang/4/", card) == 30);
  card.stale = false;
  CHECK(link_rank("http://h/tin-tuc/trang/4/", card) == 10);
  // The category of a card: it lists again what the lists show.
  CHECK(link_rank("http://h/chuyen-muc/doan-doi/", card) == 32);
  CHECK(link_rank("http://h/category/news/", page_link(false, true, false)) == 32);
  CHECK(link_rank("http://h/chuyen-muc/doan-doi/", page_link(false, false, false)) == 32);
  // ... but a category's own next page, or a category in a menu, is a list to read.
  LinkContext own = page_link(false, false, true);
  own.list_url = "http://h/chuyen-muc/doan-doi/";
  CHECK(link_rank("http://h/chuyen-muc/doan-doi/trang/2/", own) == 10);
  CHECK(link_rank("http://h/chuyen-muc/doan-doi/", page_link(true, true, false)) == 10);
  // The first five links of a section page that lists nothing, in order.
  LinkContext section = page_link(false, false, false);
  section.from_section = true;
  for (int i = 0; i < 5; ++i) {
    section.position = i;
    CHECK(link_rank("http://h/cong-khai/2026-2027/", section) == 25 + i);
  }
  section.position = 5;
  CHECK(link_rank("http://h/cong-khai/2026-2027/", section) == 40);
  // An article's own menus (previous, next): after the lists' articles.
  LinkContext article = page_link(true, false, false);
  article.from_article = true;
  CHECK(link_rank("http://h/tin-tuc/bai-truoc/", article) == 35);
  // Sitemap entries: after the lists' articles; stale ones (<lastmod> before
  // the window) with the stale; categories with the categories.
  LinkContext sitemap{LinkOrigin::Sitemap};
  CHECK(link_rank("http://h/gioi-thieu/", sitemap) == 31);
  CHECK(link_rank("http://h/chuyen-muc/thong-bao/", sitemap) == 32);
  CHECK(link_rank("http://h/the/khai-giang/", sitemap) == 35);
  sitemap.stale = true;
  CHECK(link_rank("http://h/tin-tuc/bai-cu/", sitemap) == 44);
}

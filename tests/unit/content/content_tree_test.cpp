#include <catch2/catch.hpp>

#include "content/content_tree.hpp"
#include "core/thread_pool.hpp"
#include "support/temp_site.hpp"

using namespace wt;
using namespace wt::content;

namespace {

const char* kSite = R"(
-- content/_index.md --
---
title: Trang chủ
---
Chào mừng.
-- content/tin-tuc/_index.md --
---
title: Tin tức
---
-- content/tin-tuc/b.md --
---
title: Thời khóa biểu
date: 2025-09-10
categories: [Thông báo]
tags: [học kỳ I]
---
-- content/tin-tuc/a.md --
---
title: Thời khoá biểu
date: 2025-09-05
categories: [Thông Báo, Đoàn - Đội]
aliases: [/cu/bai.html, "/tin-cu/"]
---
-- content/tin-tuc/c.md --
---
title: Bản nháp
date: 2025-09-01
draft: true
---
-- content/tin-tuc/d.md --
---
title: Hẹn giờ
date: 2025-09-01
publish_date: 2030-01-01
---
-- content/tin-tuc/e.md --
---
title: Hết hạn
date: 2025-09-02
expiry_date: 2025-10-01
---
-- content/tin-tuc/trang.md --
---
title: Trang
date: 2025-09-03
---
-- content/tin-tuc/le-hoi/index.md --
---
title: Lễ hội
date: 2025-09-04
image: anh.svg
---
-- content/tin-tuc/le-hoi/anh.svg --
<svg xmlns="http://www.w3.org/2000/svg"/>
-- content/gioi-thieu/_index.md --
---
title: Giới thiệu
sort_by: weight
---
-- content/gioi-thieu/lich-su.md --
---
title: Lịch sử
weight: 2
---
-- content/gioi-thieu/su-mang.md --
---
title: Sứ mạng
weight: 1
---
-- content/lien-he.md --
---
title: Liên hệ
---
)";

LoadOptions options_for(const test::TempSite& site) {
  LoadOptions o;
  o.site_dir = site.path();
  o.now = 1767225600;  // 2026-01-01T00:00:00Z
  static ThreadPool pool(2);
  o.pool = &pool;
  return o;
}

}  // namespace

TEST_CASE("content::load_content assembles sections, slugs and filters", "[content]") {
  test::TempSite site(kSite);
  config::SiteConfig cfg;
  cfg.name = "Trường THCS A";
  DiagnosticSink sink;
  auto tree = load_content(options_for(site), cfg, sink);
  REQUIRE(sink.error_count() == 0);

  const Section* news = tree->by_dir.at("tin-tuc");
  REQUIRE(news->pages.size() == 4);
  CHECK(news->sort_by == "date");
  // Newest first; two titles fold to the same slug: source order decides who gets "-2".
  CHECK(news->pages[0]->url == "/tin-tuc/thoi-khoa-bieu-2/");
  CHECK(news->pages[1]->url == "/tin-tuc/thoi-khoa-bieu/");
  CHECK(news->pages[1]->content_path == "tin-tuc/a.md");
  CHECK(news->pages[2]->url == "/tin-tuc/le-hoi/");
  CHECK(news->pages[2]->is_bundle);
  CHECK(news->pages[2]->resources.size() == 1);
  // "trang" is reserved for pagination.
  CHECK(news->pages[3]->url == "/tin-tuc/trang-2/");
  CHECK(news->pages[1]->prev == news->pages[2]);
  CHECK(news->pages[1]->next == news->pages[0]);
  CHECK(tree->skipped_drafts == 1);
  CHECK(tree->skipped_future == 1);
  CHECK(tree->skipped_expired == 1);

  const Section* intro = tree->by_dir.at("gioi-thieu");
  REQUIRE(intro->pages.size() == 2);
  CHECK(intro->pages[0]->fm.title == "Sứ mạng");
  CHECK(tree->root().pages[0]->url == "/lien-he/");
  CHECK(tree->root().index->output_path == "index.html");

  // "Thông báo" and "Thông Báo" are one term, named as first written.
  REQUIRE(tree->categories.terms.size() == 2);
  const Term& tb = tree->categories.terms.at("thong-bao");
  CHECK(tb.name == "Thông Báo");
  CHECK(tb.url == "/chuyen-muc/thong-bao/");
  CHECK(tb.pages.size() == 2);
  CHECK(tree->tags.terms.at("hoc-ky-i").url == "/the/hoc-ky-i/");

  CHECK(tree->dated.size() == 4);
  CHECK(*tree->resolve("tin-tuc/a.md#muc-1") == "/tin-tuc/thoi-khoa-bieu/#muc-1");
  CHECK(*tree->resolve("gioi-thieu/_index.md") == "/gioi-thieu/");
  CHECK(*tree->resolve("tin-tuc/le-hoi/index.md") == "/tin-tuc/le-hoi/");
  CHECK_FALSE(tree->resolve("tin-tuc/c.md"));
  REQUIRE(tree->aliases.size() == 2);
  CHECK(tree->aliases[0].output_path == "cu/bai.html");
  CHECK(tree->aliases[1].output_path == "tin-cu/index.html");
}

TEST_CASE("content::load_content includes drafts and future pages on request", "[content]") {
  test::TempSite site(kSite);
  config::SiteConfig cfg;
  cfg.name = "A";
  DiagnosticSink sink;
  auto opt = options_for(site);
  opt.drafts = opt.future = true;
  auto tree = load_content(opt, cfg, sink);
  CHECK(tree->by_dir.at("tin-tuc")->pages.size() == 6);
}

TEST_CASE("content::alias_output_path keeps aliases inside the output", "[content]") {
  CHECK(alias_output_path("/tin-tuc/bai-cu.html") == "tin-tuc/bai-cu.html");
  CHECK(alias_output_path("/tin-tuc/bai-cu/") == "tin-tuc/bai-cu/index.html");
  CHECK(alias_output_path("tin-tuc/bai-cu") == "tin-tuc/bai-cu/index.html");
  CHECK(alias_output_path("/index.php") == "index.php");
  for (const char* bad : {"", "/", "/../../etc/passwd", "/a/./b", "/a\\b", "/a?b=1", "http://x/y", "/a/..%2f"}) {
    INFO(bad);
    if (std::string(bad) == "/a/..%2f") CHECK(alias_output_path(bad) == "a/..%2f/index.html");
    else CHECK(alias_output_path(bad) == "");
  }
}

TEST_CASE("content::load_content reports unsafe and clashing aliases", "[content]") {
  test::TempSite site(R"(
-- content/a.md --
---
title: A
aliases: ["/../../etc/passwd", "/b/"]
---
-- content/b.md --
---
title: B
---
-- content/c.md --
---
title: C
---
not utf8: )" "\xC3\x28" R"(
)");
  config::SiteConfig cfg;
  cfg.name = "A";
  DiagnosticSink sink;
  auto tree = load_content(options_for(site), cfg, sink);
  std::string out;
  for (const auto& d : sink.sorted()) out += format_diagnostic(d) + "\n";
  CHECK(out ==
        "content/a.md:3:11: error: the alias '/../../etc/passwd' is not a usable web address: write it like "
        "/tin-tuc/bai-cu.html, without '..' or '\\'\n"
        "content/a.md:3:32: error: the alias '/b/' is already the address of content/b.md\n"
        "content/c.md: error: this file is not UTF-8 text: save it again with the UTF-8 encoding\n");
}

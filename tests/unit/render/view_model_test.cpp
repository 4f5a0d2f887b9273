#include <catch2/catch.hpp>

#include "content/content_tree.hpp"
#include "core/thread_pool.hpp"
#include "render/view_model.hpp"
#include "support/temp_site.hpp"

using namespace wt;
using nlohmann::json;

namespace {

struct Fixture {
  test::TempSite site{R"(
-- content/_index.md --
---
title: Trang chủ
---
-- content/tin-tuc/a.md --
---
title: Bài A </script>
date: 2025-09-05T07:30:00+07:00
categories: [Thông báo]
tags: [Khai giảng]
author: Cô Hoa
---
Đoạn đầu.
-- content/tin-tuc/b.md --
---
title: Bài B
date: 2025-09-06
---
-- content/tin-tuc/c.md --
---
title: Bài C
date: 2025-09-07
---
-- content/gioi-thieu/_index.md --
---
title: Giới thiệu
---
)"};
  config::SiteConfig cfg;
  std::unique_ptr<content::ContentTree> tree;
  render::RenderedPages rendered;

  Fixture() {
    cfg.name = "Trường THCS A";
    cfg.short_name = "THCS A";
    cfg.type = "thcs";
    cfg.base_url = "https://a.edu.vn/";
    cfg.pagination = 1;
    cfg.phone = "0211 000";
    DiagnosticSink sink;
    content::LoadOptions opt;
    opt.site_dir = site.path();
    opt.now = 1767225600;
    tree = content::load_content(opt, cfg, sink);
    REQUIRE(sink.error_count() == 0);
    for (const auto& p : tree->pages) rendered[p.get()].summary = "Tóm tắt của " + p->fm.title;
  }
};

}  // namespace

TEST_CASE("render::ViewBuilder page view", "[render]") {
  Fixture f;
  render::ViewBuilder views(f.cfg, *f.tree, f.rendered, "Webtruong test");
  ThreadPool pool(2);
  views.prepare(pool);
  const content::Page* a = f.tree->find("tin-tuc/a.md");
  REQUIRE(a);
  json v = views.page(*a);
  CHECK(v["kind"] == "page");
  CHECK(v["page_title"] == "Bài A </script> | THCS A");
  CHECK(v["canonical"] == "https://a.edu.vn/tin-tuc/bai-a-script/");
  CHECK(v["page"]["date"] == "05/09/2025");
  CHECK(v["page"]["weekday"] == "Thứ Sáu");
  CHECK(v["page"]["categories"] == json::parse(R"([{"name":"Thông báo","url":"/chuyen-muc/thong-bao/"}])"));
  CHECK(v["page"]["tags"][0]["url"] == "/the/khai-giang/");
  CHECK(v["page"]["has_next"] == true);
  CHECK(v["page"]["next"]["title"] == "Bài B");
  CHECK(v["page"]["has_prev"] == false);
  CHECK(v["breadcrumbs"].size() == 3);
  // JSON-LD never closes its <script> element early.
  std::string ld = v["meta"]["jsonld"];
  CHECK(ld.find("</script") == std::string::npos);
  json parsed = json::parse(ld);
  CHECK(parsed["@type"] == "NewsArticle");
  CHECK(parsed["datePublished"] == "2025-09-05T07:30:00+07:00");
  CHECK(parsed["headline"] == "Bài A </script>");
  bool has_dc_date = false;
  for (const auto& m : v["meta"]["dc"])
    if (m["name"] == "DC.date") has_dc_date = m["content"] == "2025-09-05";
  CHECK(has_dc_date);
  // The menu, built from the sections when site.yaml has none, marks the current section.
  bool news_active = false;
  for (const auto& m : v["menu"])
    if (m["url"] == "/tin-tuc/") news_active = m["active"];
  CHECK(news_active);
}

TEST_CASE("render::ViewBuilder home names the school in JSON-LD", "[render]") {
  Fixture f;
  render::ViewBuilder views(f.cfg, *f.tree, f.rendered, "Webtruong test");
  json v = views.home(2);
  json ld = json::parse(v["meta"]["jsonld"].get<std::string>());
  CHECK(ld["@type"] == "School");
  CHECK(ld["name"] == "Trường THCS A");
  CHECK(ld["telephone"] == "0211 000");
  CHECK(v["home"]["latest"].size() == 2);
  CHECK(v["home"]["latest"][0]["title"] == "Bài C");
  CHECK(v["page_title"] == "Trường THCS A");
}

TEST_CASE("render::ViewBuilder paginates sections", "[render]") {
  Fixture f;
  render::ViewBuilder views(f.cfg, *f.tree, f.rendered, "Webtruong test");
  const content::Section& news = *f.tree->by_dir.at("tin-tuc");
  json v = views.section(news, 2, 3);
  CHECK(v["rel_url"] == "/tin-tuc/trang/2/");
  CHECK(v["page_title"] == "Tin tức - Trang 2 | THCS A");
  json pg = v["section"]["pagination"];
  CHECK(pg["show"] == true);
  CHECK(pg["prev_url"] == "/tin-tuc/");
  CHECK(pg["next_url"] == "/tin-tuc/trang/3/");
  CHECK(v["section"]["pages"].size() == 1);
  CHECK(v["section"]["pages"][0]["title"] == "Bài B");
  CHECK(render::ViewBuilder::pager_url("/the/x/", 1) == "/the/x/");
}

TEST_CASE("render::ViewBuilder pagination leaves gaps in long lists", "[render]") {
  Fixture f;
  render::ViewBuilder views(f.cfg, *f.tree, f.rendered, "Webtruong test");
  const content::Section& news = *f.tree->by_dir.at("tin-tuc");
  json pages = views.section(news, 10, 20)["section"]["pagination"]["pages"];
  std::vector<std::string> shown;
  for (const auto& p : pages) shown.push_back(p["gap"].get<bool>() ? "…" : std::to_string(p["number"].get<int>()));
  CHECK(shown == std::vector<std::string>{"1", "…", "8", "9", "10", "11", "12", "…", "20"});
}

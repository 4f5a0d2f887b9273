// The view model of a site under a path (https://sgd.example.vn/thcs-le-loi/):
// every URL templates see is published under /thcs-le-loi/ (ViewBuilder::url),
// absolute URLs under the base URL; rel_url stays site-relative.
#include <catch2/catch.hpp>

#include <filesystem>
#include <functional>

#include "content/content_tree.hpp"
#include "core/base_path.hpp"
#include "core/thread_pool.hpp"
#include "data/data_set.hpp"
#include "render/data_views.hpp"
#include "render/feeds.hpp"
#include "render/view_model.hpp"
#include "support/temp_site.hpp"

namespace fs = std::filesystem;
using namespace wt;
using nlohmann::json;

namespace {

const std::string kBase = "/thcs-le-loi/";

struct Fixture {
  test::TempSite site{R"(
-- content/_index.md --
---
title: Trang chủ
---
-- content/tin-tuc/a.md --
---
title: Bài A
date: 2025-09-05T07:30:00+07:00
categories: [Thông báo]
tags: [Khai giảng]
image: /images/a.jpg
---
-- content/tin-tuc/b/index.md --
---
title: Bài B
date: 2025-09-06
image: anh.jpg
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
-- content/gioi-thieu/lich-su.md --
---
title: Lịch sử
---
)"};
  config::SiteConfig cfg;
  std::unique_ptr<content::ContentTree> tree;
  render::RenderedPages rendered;

  Fixture() {
    cfg.name = "Trường THCS Lê Lợi";
    cfg.short_name = "THCS Lê Lợi";
    cfg.base_url = "https://sgd.example.vn/thcs-le-loi/";
    cfg.logo = "/images/logo.svg";
    cfg.pagination = 1;
    config::MenuEntry news{"Tin tức", "/tin-tuc/", "", 0, {}, {}};
    news.children.push_back({"Bộ GD&ĐT", "https://moet.gov.vn/", "", 0, {}, {}});
    news.children.push_back({"Lịch sử", "", "@/gioi-thieu/lich-su.md", 0, {}, {}});
    cfg.main_menu = {{"Trang chủ", "/", "", 0, {}, {}}, news};
    cfg.footer_menu = {{"Sơ đồ trang", "/so-do-trang/", "", 0, {}, {}}};
    cfg.links = {{"Sở GD&ĐT", "https://vinhphuc.edu.vn/"}, {"Mẫu đơn", "/files/don.pdf"}};
    DiagnosticSink sink;
    content::LoadOptions opt;
    opt.site_dir = site.path();
    opt.now = 1767225600;
    tree = content::load_content(opt, cfg, sink);
    REQUIRE(sink.error_count() == 0);
  }
};

// Every string of `view` that is a root-relative URL, but rel_url.
void collect_root_relative(const json& view, std::vector<std::string>& out) {
  for (auto it = view.begin(); it != view.end(); ++it) {
    if (view.is_object() && it.key() == "rel_url") continue;
    if (it->is_string() && is_root_relative(it->get<std::string>())) out.push_back(*it);
    else if (it->is_structured()) collect_root_relative(*it, out);
  }
}

std::vector<std::string> outside(const json& view) {
  std::vector<std::string> all, out;
  collect_root_relative(view, all);
  for (const auto& u : all)
    if (u.rfind(kBase, 0) != 0) out.push_back(u);
  CHECK(all.size() > 5);  // the check sees URLs
  return out;
}

}  // namespace

TEST_CASE("render::ViewBuilder::url puts site-relative URLs under the base path", "[render][base-path]") {
  Fixture f;
  render::ViewBuilder views(f.cfg, *f.tree, f.rendered, "Webtruong test");
  CHECK(views.base_path() == kBase);
  CHECK(views.url("/") == "/thcs-le-loi/");
  CHECK(views.url("/tin-tuc/") == "/thcs-le-loi/tin-tuc/");
  CHECK(views.url("https://moet.gov.vn/") == "https://moet.gov.vn/");
  CHECK(views.url("#") == "#");
  CHECK(views.absolute("/tin-tuc/") == "https://sgd.example.vn/thcs-le-loi/tin-tuc/");
  CHECK(views.absolute("/") == "https://sgd.example.vn/thcs-le-loi/");
  CHECK(views.absolute("images/a.jpg") == "https://sgd.example.vn/thcs-le-loi/images/a.jpg");

  f.cfg.base_url = "https://thcs.example.vn/";
  render::ViewBuilder root(f.cfg, *f.tree, f.rendered, "Webtruong test");
  CHECK(root.base_path() == "/");
  CHECK(root.url("/tin-tuc/") == "/tin-tuc/");
}

TEST_CASE("render::ViewBuilder views under a path hold no URL outside it", "[render][base-path]") {
  Fixture f;
  render::ViewBuilder views(f.cfg, *f.tree, f.rendered, "Webtruong test");
  ThreadPool pool(2);
  views.prepare(pool);
  const content::Section& news = *f.tree->by_dir.at("tin-tuc");
  const content::Taxonomy& cats = f.tree->categories;
  std::vector<json> all = {views.home(3),
                           views.page(*f.tree->find("tin-tuc/a.md")),
                           views.page(*f.tree->find("tin-tuc/b/index.md")),
                           views.section(news, 2, 3),
                           views.taxonomy(cats),
                           views.term(cats, cats.terms.begin()->second, 1, 1, 10),
                           views.sitemap(),
                           views.not_found(),
                           views.data_page({"documents", "/van-ban/", "Văn bản", "van-ban", {{"Tin", "/tin-tuc/"}}, {}}, "")};
  for (const auto& v : all) {
    INFO(v["kind"]);
    CHECK(outside(v) == std::vector<std::string>{});
  }
}

TEST_CASE("render::ViewBuilder page view under a path", "[render][base-path]") {
  Fixture f;
  render::ViewBuilder views(f.cfg, *f.tree, f.rendered, "Webtruong test");
  ThreadPool pool(2);
  views.prepare(pool);
  json v = views.page(*f.tree->find("tin-tuc/a.md"));
  CHECK(v["rel_url"] == "/tin-tuc/bai-a/");
  CHECK(v["canonical"] == "https://sgd.example.vn/thcs-le-loi/tin-tuc/bai-a/");
  CHECK(v["site"]["base_url"] == "https://sgd.example.vn/thcs-le-loi/");
  CHECK(v["site"]["base_path"] == "/thcs-le-loi/");
  CHECK(v["site"]["logo"] == "/thcs-le-loi/images/logo.svg");
  CHECK(v["feeds"] == json::parse(R"({"rss": "/thcs-le-loi/rss.xml", "atom": "/thcs-le-loi/atom.xml"})"));
  CHECK(v["urls"] == json::parse(R"({"home": "/thcs-le-loi/", "sitemap": "/thcs-le-loi/so-do-trang/",
      "stylesheet": "/thcs-le-loi/css/style.css", "favicon": "/thcs-le-loi/favicon.svg",
      "menu_js": "/thcs-le-loi/js/menu.js", "documents_js": "/thcs-le-loi/js/documents.js",
      "search": "/thcs-le-loi/tim-kiem/", "search_js": "/thcs-le-loi/js/search.js",
      "search_index": "/thcs-le-loi/search/manifest.json"})"));
  CHECK(v["breadcrumbs"][0]["url"] == "/thcs-le-loi/");
  CHECK(v["breadcrumbs"][1]["url"] == "/thcs-le-loi/tin-tuc/");
  CHECK(v["page"]["url"] == "/thcs-le-loi/tin-tuc/bai-a/");
  CHECK(v["page"]["image"]["url"] == "/thcs-le-loi/images/a.jpg");
  CHECK(v["page"]["categories"][0]["url"] == "/thcs-le-loi/chuyen-muc/thong-bao/");
  CHECK(v["page"]["tags"][0]["url"] == "/thcs-le-loi/the/khai-giang/");
  CHECK(v["page"]["next"]["url"] == "/thcs-le-loi/tin-tuc/bai-b/");
  CHECK(v["page"]["section"]["url"] == "/thcs-le-loi/tin-tuc/");
  CHECK(v["links"] == json::parse(R"([{"name": "Sở GD&ĐT", "url": "https://vinhphuc.edu.vn/"},
                                      {"name": "Mẫu đơn", "url": "/thcs-le-loi/files/don.pdf"}])"));
  CHECK(v["footer_menu"][0]["url"] == "/thcs-le-loi/so-do-trang/");
  // The menu: published URLs, and the current section still marked.
  CHECK(v["menu"][0]["url"] == "/thcs-le-loi/");
  CHECK(v["menu"][0]["active"] == false);
  CHECK(v["menu"][1]["url"] == "/thcs-le-loi/tin-tuc/");
  CHECK(v["menu"][1]["active"] == true);
  CHECK(v["menu"][1]["children"][0]["url"] == "https://moet.gov.vn/");
  CHECK(v["menu"][1]["children"][1]["url"] == "/thcs-le-loi/gioi-thieu/lich-su/");
  // Absolute URLs for machines: JSON-LD, Dublin Core, Open Graph.
  json ld = json::parse(v["meta"]["jsonld"].get<std::string>());
  CHECK(ld["url"] == "https://sgd.example.vn/thcs-le-loi/tin-tuc/bai-a/");
  CHECK(ld["image"] == "https://sgd.example.vn/thcs-le-loi/images/a.jpg");
  CHECK(ld["publisher"]["url"] == "https://sgd.example.vn/thcs-le-loi/");
  CHECK(ld["publisher"]["logo"]["url"] == "https://sgd.example.vn/thcs-le-loi/images/logo.svg");
  for (const auto& m : v["meta"]["dc"])
    if (m["name"] == "DC.identifier") CHECK(m["content"] == "https://sgd.example.vn/thcs-le-loi/tin-tuc/bai-a/");

  json bundle = views.page(*f.tree->find("tin-tuc/b/index.md"));
  CHECK(bundle["page"]["image"]["url"] == "/thcs-le-loi/tin-tuc/bai-b/anh.jpg");
  CHECK(json::parse(bundle["meta"]["jsonld"].get<std::string>())["image"] ==
        "https://sgd.example.vn/thcs-le-loi/tin-tuc/bai-b/anh.jpg");

  json home = views.home(3);
  CHECK(home["menu"][0]["active"] == true);
  CHECK(json::parse(home["meta"]["jsonld"].get<std::string>())["url"] == "https://sgd.example.vn/thcs-le-loi/");
}

TEST_CASE("render::ViewBuilder lists and site map under a path", "[render][base-path]") {
  Fixture f;
  render::ViewBuilder views(f.cfg, *f.tree, f.rendered, "Webtruong test");
  json pg = views.section(*f.tree->by_dir.at("tin-tuc"), 2, 3)["section"]["pagination"];
  CHECK(pg["prev_url"] == "/thcs-le-loi/tin-tuc/");
  CHECK(pg["next_url"] == "/thcs-le-loi/tin-tuc/trang/3/");
  CHECK(pg["pages"][1]["url"] == "/thcs-le-loi/tin-tuc/trang/2/");
  views.set_sitemap_extras({{"Văn bản", "/van-ban/"}, {"Lịch sử", "/gioi-thieu/lich-su/"}});
  json map = views.sitemap()["sitemap"]["entries"];
  std::vector<std::string> urls;
  for (const auto& e : map) urls.push_back(e["url"]);
  CHECK(urls == std::vector<std::string>{"/thcs-le-loi/", "/thcs-le-loi/gioi-thieu/", "/thcs-le-loi/gioi-thieu/lich-su/",
                                         "/thcs-le-loi/tin-tuc/", "/thcs-le-loi/van-ban/",
                                         "/thcs-le-loi/chuyen-muc/", "/thcs-le-loi/the/"});
  CHECK(map[4]["level"] == 1);  // counted on the site-relative URL
  CHECK(views.not_found()["canonical"] == "https://sgd.example.vn/thcs-le-loi/404.html");
}

TEST_CASE("render::data_pages and home_data put their URLs under the base path", "[render][base-path]") {
  DiagnosticSink sink;
  data::DataSet data = data::load_data(fs::path(WT_TEST_FIXTURES) / "sites" / "data-pages",
                                       fs::path(WT_SOURCE_DIR) / "schemas", sink);
  REQUIRE(sink.error_count() == 0);
  const int64_t now = 1767225600;
  auto root = render::data_pages(data, {}, now, 420, "/");
  auto under = render::data_pages(data, {}, now, 420, kBase);
  REQUIRE(root.size() == under.size());
  REQUIRE(root.size() > 5);
  auto unprefixed = [](std::string text) {
    for (size_t at = text.find(kBase); at != std::string::npos; at = text.find(kBase, at + 1)) text.replace(at, kBase.size(), "/");
    return text;
  };
  for (size_t i = 0; i < root.size(); ++i) {
    INFO(root[i].url);
    CHECK(under[i].url == root[i].url);  // where the page is written: site-relative
    CHECK(under[i].crumbs == root[i].crumbs);
    CHECK(unprefixed(under[i].data.dump()) == root[i].data.dump());
    std::vector<std::string> all;
    collect_root_relative(under[i].data, all);
    for (const auto& u : all) CHECK(u.rfind(kBase, 0) == 0);
  }
  json home = render::home_data(data, now, 420, kBase);
  CHECK(home["documents_url"] == "/thcs-le-loi/van-ban/");
  CHECK(home["schedule_url"] == "/thcs-le-loi/lich-cong-tac/");
  CHECK(home["documents"][0]["file"] == "/thcs-le-loi/files/a.pdf");
  CHECK(unprefixed(home.dump()) == render::home_data(data, now, 420, "/").dump());
}

TEST_CASE("render::render_robots allows the folder of the sitemap", "[render][base-path]") {
  CHECK(render::render_robots("https://sgd.example.vn/thcs-le-loi/sitemap.xml") ==
        "User-agent: *\nAllow: /thcs-le-loi/\n\nSitemap: https://sgd.example.vn/thcs-le-loi/sitemap.xml\n");
  CHECK(render::render_robots("https://a.edu.vn/sitemap.xml") ==
        "User-agent: *\nAllow: /\n\nSitemap: https://a.edu.vn/sitemap.xml\n");
}

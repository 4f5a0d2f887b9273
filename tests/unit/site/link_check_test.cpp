// site/link_check: links, images, front matter image: and menu urls that
// lead to no output of the plan nor a static file are errors at their place;
// what leads somewhere (pages, sections, feeds, static files with
// Vietnamese names, relative and dot-segment links, a site under a folder)
// is not.
#include <catch2/catch.hpp>

#include <filesystem>
#include <sstream>

#include "core/file_system.hpp"
#include "core/thread_pool.hpp"
#include "output/output_writer.hpp"
#include "site/build.hpp"
#include "support/temp_site.hpp"

namespace fs = std::filesystem;
using namespace wt;

namespace {

struct Built {
  bool ok;
  std::string diagnostics;
};

Built build(const test::TempSite& site) {
  site::BuildOptions opt;
  opt.site_dir = site.path();
  opt.now = 1767225600;
  opt.theme_dirs = {fs::path(WT_SOURCE_DIR) / "themes"};
  output::MemoryWriter writer;
  DiagnosticSink sink;
  ThreadPool pool(2);
  bool ok = site::build_site_to(opt, real_file_system(), pool, writer, sink, nullptr);
  std::ostringstream out;
  sink.print(out);
  return {ok, out.str()};
}

std::string site_with_post(const std::string& base_url, const std::string& body) {
  return "-- site.yaml --\nname: Trường THCS A\ntype: thcs\nbase_url: " + base_url +
         "\n-- content/tin-tuc/_index.md --\n---\ntitle: Tin tức\n---\n"
         "-- content/gioi-thieu/_index.md --\n---\ntitle: Giới thiệu\n---\n"
         "-- static/bieu-mau/Đơn xin chuyển trường.pdf --\n%PDF-1.4\n"
         "-- content/tin-tuc/bai.md --\n---\ntitle: Bài\ndate: 05/09/2025\n---\n" +
         body + "\n";
}

const std::string kGoodLinks =
    "[đơn](/bieu-mau/Đơn%20xin%20chuyển%20trường.pdf), [đơn 2](</bieu-mau/Đơn xin chuyển trường.pdf>), "
    "[mục](../), [giới thiệu](../../gioi-thieu/), [./](./), [trang chủ](/), [rss](/rss.xml), "
    "[sitemap](/sitemap.xml), [neo](#a), [trang 2](/tin-tuc/?page=2#x), [ngoài](https://moet.gov.vn/), "
    "[thư](mailto:a@b.vn), [điện thoại](tel:+842103846123)";

}  // namespace

TEST_CASE("link_check: links that lead somewhere are not errors", "[site][links]") {
  for (const char* base : {"https://thcs-a.edu.vn/", "https://sgd.edu.vn/thcs-a/"}) {
    INFO(base);
    test::TempSite site(site_with_post(base, kGoodLinks));
    Built b = build(site);
    CHECK(b.diagnostics == "");
    CHECK(b.ok);
  }
}

TEST_CASE("link_check: links, images and menu urls that lead nowhere are errors at their place", "[site][links]") {
  for (const char* base : {"https://thcs-a.edu.vn/", "https://sgd.edu.vn/thcs-a/"}) {
    INFO(base);
    test::TempSite site(site_with_post(base, "A [x](../khong-co/) và ![ảnh](anh.png)\n\n[y](/bieu-mau/don.pdf)"));
    site.write("site.yaml", std::string("name: Trường THCS A\ntype: thcs\nbase_url: ") + base +
                                "\nmenus:\n  main:\n    - name: Lịch\n      url: /lich/\n");
    Built b = build(site);
    CHECK_FALSE(b.ok);
    CHECK(b.diagnostics ==
          "content/tin-tuc/bai.md:5:7: error: the link '../khong-co/' leads to no page of the site: correct the "
          "address, or write the page it should lead to\n"
          "content/tin-tuc/bai.md:5:31: error: the image 'anh.png' is not in the site: put the file in static/ (or "
          "beside the page) or correct the address\n"
          "content/tin-tuc/bai.md:7:5: error: the link '/bieu-mau/don.pdf' leads to no page of the site: correct "
          "the address, or write the page it should lead to\n"
          "site.yaml:6:7: error: menu entry 'Lịch' leads to '/lich/', which is no page of the site: correct 'url', "
          "or write the page it should lead to\n");
  }
}

// Whole builds with photos: the page shows a <picture>, every size is
// published, the photo's own address serves the processed photo, a rebuild
// encodes nothing, and hostile photos are errors at the page line.
#include <catch2/catch.hpp>

#include <filesystem>
#include <sstream>

#include "core/file_system.hpp"
#include "core/thread_pool.hpp"
#include "images/codec.hpp"
#include "images/variant_store.hpp"
#include "output/output_writer.hpp"
#include "site/build.hpp"
#include "support/temp_site.hpp"
#include "unit/images/photo_fixtures.hpp"

namespace fs = std::filesystem;
using namespace wt;

namespace {

struct Built {
  bool ok;
  std::string diagnostics;
  std::map<std::string, std::string> files;
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
  return {ok, out.str(), writer.files()};
}

const char* kSite = R"(
-- site.yaml --
name: "Trường THCS Thử"
static_allow: ["so-do.svg"]
-- content/tin-tuc/bai.md --
---
title: Lễ khai giảng
slug: bai
date: 2025-09-05
---
Hình ảnh buổi lễ.

![Học sinh chào cờ](/anh/le.jpg)

![Sơ đồ trường](/so-do.svg)
-- static/so-do.svg --
<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"></svg>
)";

std::string page_of(const Built& b) {
  auto it = b.files.find("tin-tuc/bai/index.html");
  return it == b.files.end() ? "" : it->second;
}

}  // namespace

TEST_CASE("site: a Markdown photo is published as <picture> in every size, and a rebuild encodes nothing",
          "[images][site]") {
  test::TempSite site(kSite);
  site.write("static/anh/le.jpg", test::make_jpeg(600, 900, 6));  // a phone photo, shown 900 × 600
  const size_t before = images::encodes_done();
  Built b = build(site);
  INFO(b.diagnostics);
  REQUIRE(b.ok);
  CHECK(images::encodes_done() - before == 9);  // 480, 800, 900 × AVIF, WebP, JPEG
  for (const char* rel : {"anh/le-480.avif", "anh/le-800.avif", "anh/le-900.avif", "anh/le-480.webp", "anh/le-800.webp",
                          "anh/le-900.webp", "anh/le-480.jpg", "anh/le-800.jpg", "anh/le.jpg"})
    CHECK(b.files.count(rel) == 1);
  CHECK(b.files.count("anh/le-900.jpg") == 0);
  const test::Decoded published = test::decode(b.files.at("anh/le.jpg"));
  CHECK(published.width == 900);
  CHECK(published.height == 600);
  CHECK_FALSE(published.has_exif);  // no EXIF (no GPS) of the phone
  CHECK(test::decode(b.files.at("anh/le-480.avif")).width == 480);
  CHECK(test::decode(b.files.at("anh/le-480.avif")).height == 320);
  const std::string html = page_of(b);
  CHECK(html.find(
            "<p><picture><source type=\"image/avif\" srcset=\"/anh/le-480.avif 480w, /anh/le-800.avif 800w, "
            "/anh/le-900.avif 900w\" sizes=\"(min-width: 50rem) 48rem, 100vw\"><source type=\"image/webp\" "
            "srcset=\"/anh/le-480.webp 480w, /anh/le-800.webp 800w, /anh/le-900.webp 900w\" sizes=\"(min-width: 50rem) "
            "48rem, 100vw\"><img src=\"/anh/le-800.jpg\" srcset=\"/anh/le-480.jpg 480w, /anh/le-800.jpg 800w, "
            "/anh/le.jpg 900w\" sizes=\"(min-width: 50rem) 48rem, 100vw\" width=\"900\" height=\"600\" "
            "alt=\"Học sinh chào cờ\" fetchpriority=\"high\"></picture></p>") != std::string::npos);
  // An SVG is not rasterised: copied as it is (static_allow lists it), its <img> left alone.
  CHECK(html.find("<p><img loading=\"lazy\" src=\"/so-do.svg\" alt=\"Sơ đồ trường\" /></p>") != std::string::npos);
  CHECK(b.files.count("so-do.svg") == 1);

  // Every size is kept in the site's .webtruong-cache/images: a second build encodes nothing.
  CHECK(fs::is_directory(site.path() / images::kVariantCacheDir));
  const size_t after_first = images::encodes_done();
  Built again = build(site);
  REQUIRE(again.ok);
  CHECK(images::encodes_done() == after_first);
  CHECK(again.files == b.files);
}

TEST_CASE("site: a cover photo (image:) is the page's priority photo, Markdown photos are then lazy",
          "[images][site]") {
  test::TempSite site(R"(
-- site.yaml --
name: "Trường THCS Thử"
-- content/tin-tuc/bai/index.md --
---
title: Bài có ảnh bìa
slug: bai
date: 2025-09-05
image: bia.png
image_alt: Cổng trường
---
![Lớp học](lop.png)
)");
  site.write("content/tin-tuc/bai/bia.png", test::make_png(300, 200));
  site.write("content/tin-tuc/bai/lop.png", test::make_png(200, 100));
  Built b = build(site);
  INFO(b.diagnostics);
  REQUIRE(b.ok);
  const std::string html = b.files.at("tin-tuc/bai/index.html");
  CHECK(html.find("<img src=\"/tin-tuc/bai/bia.png\" srcset=\"/tin-tuc/bai/bia.png 300w\" sizes=\"(min-width: 50rem) "
                  "48rem, 100vw\" width=\"300\" height=\"200\" alt=\"Cổng trường\" fetchpriority=\"high\">") !=
        std::string::npos);
  CHECK(html.find("<img src=\"/tin-tuc/bai/lop.png\" srcset=\"/tin-tuc/bai/lop.png 200w\" sizes=\"(min-width: 50rem) "
                  "48rem, 100vw\" width=\"200\" height=\"100\" alt=\"Lớp học\" loading=\"lazy\" decoding=\"async\">") !=
        std::string::npos);
  CHECK(b.files.count("tin-tuc/bai/bia-300.avif") == 1);
  CHECK(b.files.count("tin-tuc/bai/lop-200.webp") == 1);
}

TEST_CASE("site: a photo that is not one, or a decompression bomb, is an error at the page line", "[images][site][hostile]") {
  test::TempSite site(kSite);
  site.write("static/anh/le.jpg", "Đây là văn bản, không phải ảnh");
  Built b = build(site);
  CHECK_FALSE(b.ok);
  CHECK(b.diagnostics ==
        "content/tin-tuc/bai.md:8:21: error: the image static/anh/le.jpg cannot be published: this is not a JPEG, "
        "PNG or WebP image (its first bytes say otherwise)\n");
  CHECK(b.files.empty());

  site.write("static/anh/le.jpg", test::with_frame_size(test::make_jpeg(16, 16), 30000, 30000));
  b = build(site);
  CHECK_FALSE(b.ok);
  CHECK(b.diagnostics ==
        "content/tin-tuc/bai.md:8:21: error: the image static/anh/le.jpg cannot be published: the image is 30000 × "
        "30000 pixels, more than the 50 megapixels a photo may have\n");

  const std::string photo = test::make_jpeg(64, 48);
  site.write("static/anh/le.jpg", photo.substr(0, photo.size() / 2));  // truncated
  b = build(site);
  CHECK_FALSE(b.ok);
  INFO(b.diagnostics);
  CHECK(b.diagnostics.rfind("content/tin-tuc/bai.md:8:21: error: the image static/anh/le.jpg cannot be published: "
                            "cannot read this JPEG image: ",
                            0) == 0);
  CHECK(b.diagnostics.find("Premature end of input file") != std::string::npos);
}

TEST_CASE("site: a photo without alternative text is a warning at its line (an error under --strict)",
          "[images][site][alt]") {
  test::TempSite site(R"(
-- site.yaml --
name: "Trường THCS Thử"
-- content/tin-tuc/bai.md --
---
title: Bài
slug: bai
date: 2025-09-05
image: /anh/le.jpg
---
Ảnh:

![](/anh/le.jpg) và ![ ][ref] và ![Có mô tả](/anh/le.jpg)

[ref]: /anh/le.jpg
)");
  site.write("static/anh/le.jpg", test::make_jpeg(100, 50));
  Built b = build(site);
  CHECK(b.ok);
  CHECK(b.diagnostics ==
        "content/tin-tuc/bai.md:5:1: warning: 'image:' has no 'image_alt:': write what the photo shows, for readers "
        "who cannot see it\n"
        "content/tin-tuc/bai.md:9:1: warning: this image has no alternative text: write what it shows between the "
        "brackets, as in ![Học sinh chào cờ đầu tuần](anh.jpg), for readers who cannot see it\n"
        "content/tin-tuc/bai.md:9:21: warning: this image has no alternative text: write what it shows between the "
        "brackets, as in ![Học sinh chào cờ đầu tuần](anh.jpg), for readers who cannot see it\n");
  site::BuildOptions opt;
  opt.site_dir = site.path();
  opt.now = 1767225600;
  opt.theme_dirs = {fs::path(WT_SOURCE_DIR) / "themes"};
  opt.strict = true;
  output::MemoryWriter writer;
  DiagnosticSink sink;
  ThreadPool pool(2);
  CHECK_FALSE(site::build_site_to(opt, real_file_system(), pool, writer, sink, nullptr));
  CHECK(sink.warning_count() >= 3);
  CHECK(writer.files().empty());
}

namespace {

// Every file of a built folder but its .webtruong/ state.
std::map<std::string, std::string> published(const test::TempSite& site, const std::string& folder) {
  std::map<std::string, std::string> out;
  const fs::path dir = site.path() / folder;
  for (const auto& e : fs::recursive_directory_iterator(dir)) {
    const std::string rel = fs::relative(e.path(), dir).string();
    if (!e.is_regular_file() || rel.rfind(".webtruong", 0) == 0) continue;
    out[rel] = site.read(folder + "/" + rel);
  }
  return out;
}

bool build_into(const test::TempSite& site, const fs::path& out, bool full, site::BuildReport* report) {
  site::BuildOptions opt;
  opt.site_dir = site.path();
  opt.out_dir = out;
  opt.full = full;
  opt.now = 1767225600;
  opt.theme_dirs = {fs::path(WT_SOURCE_DIR) / "themes"};
  DiagnosticSink sink;
  ThreadPool pool(2);
  return site::build_site(opt, real_file_system(), pool, sink, report);
}

}  // namespace

TEST_CASE("site: after a photo changes, an incremental build equals a full one", "[images][site][incremental]") {
  test::TempSite site(kSite);
  site.write("static/anh/le.jpg", test::make_jpeg(300, 200));
  site::BuildReport first, again, full;
  REQUIRE(build_into(site, site.path() / "public", false, &first));
  site.write("static/anh/le.jpg", test::make_jpeg(160, 240));
  REQUIRE(build_into(site, site.path() / "public", false, &again));
  CHECK(again.incremental);
  REQUIRE(build_into(site, site.path() / "full", true, &full));
  const auto a = published(site, "public"), b = published(site, "full");
  CHECK(a == b);
  CHECK(a.count("anh/le-300.avif") == 0);  // the old sizes are gone
  CHECK(a.count("anh/le-160.avif") == 1);
  CHECK(a.at("tin-tuc/bai/index.html").find("width=\"160\" height=\"240\"") != std::string::npos);
}

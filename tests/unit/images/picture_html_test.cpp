// The HTML of a processed photo, exactly, and the rewrite of a page's <img>.
#include <catch2/catch.hpp>

#include "images/image_format.hpp"
#include "images/picture_html.hpp"

using namespace wt;
using namespace wt::images;

namespace {

ImageHeader header(ImageFormat f, int w, int h) {
  ImageHeader x;
  x.format = f;
  x.width = w;
  x.height = h;
  return x;
}

std::string under_thcs(const std::string& u) { return "/thcs" + u; }
std::string same(const std::string& u) { return u; }

}  // namespace

TEST_CASE("images::ImageSet names each size, the largest in the photo's format keeps its address", "[images]") {
  ImageSet set;
  const size_t ai = set.add({"/anh/a.jpg", "anh/a.jpg", "static/anh/a.jpg", "/s/static/anh/a.jpg"},
                                    hash_bytes("a"), header(ImageFormat::Jpeg, 1000, 750));
  std::vector<std::string> rels;
  for (size_t i : set.images()[ai].variants) rels.push_back(set.variants()[i].rel + " " + std::to_string(set.variants()[i].height));
  CHECK(rels == std::vector<std::string>{"anh/a-480.avif 360", "anh/a-800.avif 600", "anh/a-1000.avif 750",
                                         "anh/a-480.webp 360", "anh/a-800.webp 600", "anh/a-1000.webp 750",
                                         "anh/a-480.jpg 360",  "anh/a-800.jpg 600",  "anh/a.jpg 750"});
  const size_t pi = set.add({"/b.png", "b.png", "static/b.png", "/s/static/b.png"}, hash_bytes("b"),
                                    header(ImageFormat::Png, 300, 200));
  const ProcessedImage& p = set.images()[pi];
  CHECK(set.variants()[p.variants.back()].rel == "b.png");
  CHECK(set.variants()[p.variants.back()].format == ImageFormat::Png);
  const size_t wi = set.add({"/c.webp", "c.webp", "static/c.webp", "/s/static/c.webp"}, hash_bytes("c"),
                                    header(ImageFormat::Webp, 300, 200));
  rels.clear();
  for (size_t i : set.images()[wi].variants) rels.push_back(set.variants()[i].rel);
  CHECK(rels == std::vector<std::string>{"c-300.avif", "c.webp", "c-300.jpg"});
  CHECK(set.find("/anh/a.jpg") == &set.images()[ai]);
  CHECK(set.find_rel("b.png") == &set.images()[pi]);
  CHECK(set.add({"/anh/a.jpg", "x", "y", "z"}, hash_bytes("x"), header(ImageFormat::Png, 9, 9)) == ai);  // once per address
  CHECK(set.find("/anh/b.jpg") == nullptr);
}

TEST_CASE("images::picture_html writes every size, width and height, lazy unless first", "[images]") {
  ImageSet set;
  const size_t ai = set.add({"/anh/lễ 1.jpg", "anh/lễ 1.jpg", "static/anh/lễ 1.jpg", "/x"}, hash_bytes("a"),
                                    header(ImageFormat::Jpeg, 1000, 750));
  const ProcessedImage& a = set.images()[ai];
  CHECK(picture_html(a, set, under_thcs, {"Lễ khai giảng", "", false, ""}) ==
        "<picture>"
        "<source type=\"image/avif\" srcset=\"/thcs/anh/l%E1%BB%85%201-480.avif 480w, "
        "/thcs/anh/l%E1%BB%85%201-800.avif 800w, /thcs/anh/l%E1%BB%85%201-1000.avif 1000w\" "
        "sizes=\"(min-width: 50rem) 48rem, 100vw\">"
        "<source type=\"image/webp\" srcset=\"/thcs/anh/l%E1%BB%85%201-480.webp 480w, "
        "/thcs/anh/l%E1%BB%85%201-800.webp 800w, /thcs/anh/l%E1%BB%85%201-1000.webp 1000w\" "
        "sizes=\"(min-width: 50rem) 48rem, 100vw\">"
        "<img src=\"/thcs/anh/l%E1%BB%85%201-800.jpg\" srcset=\"/thcs/anh/l%E1%BB%85%201-480.jpg 480w, "
        "/thcs/anh/l%E1%BB%85%201-800.jpg 800w, /thcs/anh/l%E1%BB%85%201.jpg 1000w\" "
        "sizes=\"(min-width: 50rem) 48rem, 100vw\" width=\"1000\" height=\"750\" alt=\"Lễ khai giảng\" "
        "loading=\"lazy\" decoding=\"async\"></picture>");
  const size_t si = set.add({"/s.png", "s.png", "static/s.png", "/y"}, hash_bytes("s"),
                                    header(ImageFormat::Png, 300, 200));
  const ProcessedImage& s = set.images()[si];
  CHECK(picture_html(s, set, same, {"a &amp; b", "T", true, "x"}) ==
        "<picture><source type=\"image/avif\" srcset=\"/s-300.avif 300w\" sizes=\"(min-width: 50rem) 48rem, 100vw\">"
        "<source type=\"image/webp\" srcset=\"/s-300.webp 300w\" sizes=\"(min-width: 50rem) 48rem, 100vw\">"
        "<img class=\"x\" src=\"/s.png\" srcset=\"/s.png 300w\" sizes=\"(min-width: 50rem) 48rem, 100vw\" "
        "width=\"300\" height=\"200\" alt=\"a &amp; b\" title=\"T\" fetchpriority=\"high\"></picture>");
}

TEST_CASE("images::rewrite_images replaces known photos only, the first gets priority", "[images]") {
  ImageSet set;
  set.add({"/s.png", "s.png", "static/s.png", "/y"}, hash_bytes("s"), header(ImageFormat::Png, 300, 200));
  auto find = [&](const std::string& src) { return set.find(image_address(src, "/tin-tuc/a/", "/")); };
  const std::string html =
      "<p><img src=\"/s.png\" alt=\"Một\" title=\"t\" /> <img src=\"/khac.svg\" alt=\"x\" loading=\"lazy\" />"
      "<img src=\"../../s.png\" alt=\"rel\" /><img src=\"/s.png\" alt=\"Hai\" loading=\"lazy\"></p><imgx>";
  const std::string out = rewrite_images(html, set, find, same, true);
  const std::string pic1 = picture_html(*set.find("/s.png"), set, same, {"Một", "t", true, ""});
  const std::string pic2 = picture_html(*set.find("/s.png"), set, same, {"Hai", "", false, ""});
  CHECK(out == "<p>" + pic1 + " <img src=\"/khac.svg\" alt=\"x\" loading=\"lazy\" /><img src=\"../../s.png\" alt=\"rel\" />" +
                   pic2 + "</p><imgx>");
  CHECK(rewrite_images(html, set, find, same, false).find("fetchpriority") == std::string::npos);
  CHECK(rewrite_images("<img src=\"/s.png", set, find, same, true) == "<img src=\"/s.png");  // unclosed: left alone
}

TEST_CASE("images::image_address resolves what a page's HTML names", "[images]") {
  CHECK(image_address("/anh/a.jpg", "/tin-tuc/a/", "/") == "/anh/a.jpg");
  CHECK(image_address("/thcs/anh/a%20b.jpg?v=1#x", "/tin-tuc/a/", "/thcs/") == "/anh/a b.jpg");
  CHECK(image_address("/anh/a.jpg", "/tin-tuc/a/", "/thcs/").empty());
  CHECK(image_address("a.jpg", "/tin-tuc/a/", "/") == "/tin-tuc/a/a.jpg");
  CHECK(image_address("https://x.vn/a.jpg", "/", "/").empty());
  CHECK(image_address("//x.vn/a.jpg", "/", "/").empty());
  CHECK(image_address("/a&amp;b.jpg", "/", "/") == "/a&b.jpg");
  CHECK(escape_url_path("/a b/ả.jpg") == "/a%20b/%E1%BA%A3.jpg");
}

TEST_CASE("images::sniff knows formats by their first bytes, not their names", "[images]") {
  CHECK(sniff(std::string("\xFF\xD8\xFF\xE0", 4)) == ImageFormat::Jpeg);
  CHECK(sniff(std::string("\x89PNG\r\n\x1A\n", 8)) == ImageFormat::Png);
  CHECK(sniff(std::string("RIFF\x10\0\0\0WEBPVP8 ", 16)) == ImageFormat::Webp);
  CHECK_FALSE(sniff("<svg xmlns=\"http://www.w3.org/2000/svg\"/>"));
  CHECK_FALSE(sniff("GIF89a"));
  CHECK(is_raster_name("a.JPG"));
  CHECK(is_raster_name("a.jpeg"));
  CHECK(is_raster_name("a.webp"));
  CHECK_FALSE(is_raster_name("a.svg"));
  CHECK_FALSE(is_raster_name("a.gif"));
  CHECK_FALSE(is_raster_name("jpg"));
}

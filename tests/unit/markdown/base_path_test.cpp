// A site under a path (markdown::Options::base_path): root-relative links and
// images of Markdown and of raw HTML are put under the path, once; other
// addresses stay as written; with the base path "/" nothing changes.
#include <catch2/catch.hpp>

#include <string>

#include "core/diagnostic.hpp"
#include "markdown/markdown.hpp"

using namespace wt;

namespace {

class Resolver : public markdown::LinkResolver {
 public:
  std::optional<std::string> resolve(std::string_view target) const override {
    if (target.substr(0, target.find('#')) == "tin-tuc/khai-giang.md") return std::string("/tin-tuc/khai-giang/");
    return std::nullopt;
  }
};

markdown::Rendered render(const std::string& body, const std::string& base_path) {
  static const Resolver resolver;
  markdown::Options opt;
  opt.base_path = base_path;
  DiagnosticSink sink;
  auto r = markdown::render(body, "content/a.md", 3, &resolver, opt, sink);
  CHECK(sink.sorted().empty());
  return r;
}

std::string html(const std::string& body) { return render(body, "/thcs-le-loi/").html; }

}  // namespace

TEST_CASE("markdown::render puts root-relative Markdown links and images under the base path", "[markdown][base-path]") {
  CHECK(html("[Tuyển sinh](/tuyen-sinh/) và ![Ảnh](/images/a.jpg)\n") ==
        "<p><a href=\"/thcs-le-loi/tuyen-sinh/\">Tuyển sinh</a> và <img loading=\"lazy\" "
        "src=\"/thcs-le-loi/images/a.jpg\" alt=\"Ảnh\" /></p>\n");
  CHECK(html("[về trang chủ](/)\n") == "<p><a href=\"/thcs-le-loi/\">về trang chủ</a></p>\n");
  CHECK(html("[mẫu đơn][don]\n\n[don]: /files/don.pdf \"Mẫu\"\n") ==
        "<p><a href=\"/thcs-le-loi/files/don.pdf\" title=\"Mẫu\">mẫu đơn</a></p>\n");
  CHECK(html("<https://moet.gov.vn/>, [a](//cdn.vn/x), [b](anh.jpg), [c](#muc), [d](mailto:a@b.vn)\n") ==
        "<p><a href=\"https://moet.gov.vn/\">https://moet.gov.vn/</a>, <a href=\"//cdn.vn/x\">a</a>, "
        "<a href=\"anh.jpg\">b</a>, <a href=\"#muc\">c</a>, <a href=\"mailto:a@b.vn\">d</a></p>\n");
}

TEST_CASE("markdown::render puts resolved @/ links under the base path, internal_links stay site-relative",
          "[markdown][base-path]") {
  auto r = render("[khai giảng](@/tin-tuc/khai-giang.md#chuong-trinh)\n", "/thcs-le-loi/");
  CHECK(r.html == "<p><a href=\"/thcs-le-loi/tin-tuc/khai-giang/#chuong-trinh\">khai giảng</a></p>\n");
  CHECK(r.internal_links == std::vector<std::string>{"/tin-tuc/khai-giang/#chuong-trinh"});
}

TEST_CASE("markdown::render puts root-relative raw HTML addresses under the base path, once", "[markdown][base-path]") {
  // A body with raw HTML goes through the allow-list writer: Markdown links
  // and raw HTML alike are put under the path there, and only there.
  CHECK(html("<b>Chú ý</b>: [đăng ký](/tuyen-sinh/) ![](/images/a.jpg)\n") ==
        "<p><b>Chú ý</b>: <a href=\"/thcs-le-loi/tuyen-sinh/\">đăng ký</a> <img loading=\"lazy\" "
        "src=\"/thcs-le-loi/images/a.jpg\" alt=\"\"></p>\n");
  CHECK(html("<a href=\"/gioi-thieu/\">a</a> <img src=\"/images/b.png\" alt=\"b\"> "
             "<q cite=\"/van-ban/\">c</q>\n") ==
        "<p><a href=\"/thcs-le-loi/gioi-thieu/\">a</a> <img loading=\"lazy\" src=\"/thcs-le-loi/images/b.png\" "
        "alt=\"b\"> <q cite=\"/thcs-le-loi/van-ban/\">c</q></p>\n");
  // As the browser reads them: spaces before, entities, a backslash; another host as written.
  CHECK(html("<a href=\"  /a/\">a</a> <a href=\"&#47;b/\">b</a> <a href=\"\\c/\">c</a> "
             "<a href=\"/&#92;cdn.vn/x\">d</a> <a href=\"//cdn.vn/y\">e</a> <a href=\"f.pdf\">f</a>\n") ==
        "<p><a href=\"/thcs-le-loi/a/\">a</a> <a href=\"/thcs-le-loi/b/\">b</a> <a href=\"/thcs-le-loi/c/\">c</a> "
        "<a href=\"/\\cdn.vn/x\">d</a> <a href=\"//cdn.vn/y\">e</a> <a href=\"f.pdf\">f</a></p>\n");
  CHECK(html("<div>[trang](@/tin-tuc/khai-giang.md)</div>\n\n[trang](@/tin-tuc/khai-giang.md)\n") ==
        "<div>[trang](@/tin-tuc/khai-giang.md)</div>\n<p><a href=\"/thcs-le-loi/tin-tuc/khai-giang/\">trang</a></p>\n");
}

TEST_CASE("markdown::render with the base path / changes nothing", "[markdown][base-path]") {
  for (const char* body :
       {"[a](/tuyen-sinh/) ![b](/images/a.jpg) [c](@/tin-tuc/khai-giang.md)\n",
        "<a href=\"/gioi-thieu/\">a</a> <img src=\" /images/b.png\" alt=\"b\"> [c](/x/)\n"}) {
    INFO(body);
    DiagnosticSink sink;
    static const Resolver resolver;
    auto plain = markdown::render(body, "content/a.md", 0, &resolver, {}, sink);
    CHECK(render(body, "/").html == plain.html);
    CHECK(plain.html.find("thcs") == std::string::npos);
    CHECK(plain.html.find("=\"/") != std::string::npos);
  }
}

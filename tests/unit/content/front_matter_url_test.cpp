// The cover image of a page goes through the scheme allow-list of
// core/url_safety.hpp: it is shown on the page, in lists and in og:image.
#include <catch2/catch.hpp>

#include "content/front_matter.hpp"

using namespace wt;
using namespace wt::content;

namespace {

std::string diagnostics_of(const std::string& text) {
  DiagnosticSink sink;
  auto doc = split_front_matter(text, "content/tin-tuc/a.md", sink);
  if (doc) parse_front_matter(*doc, "content/tin-tuc/a.md", 420, false, sink);
  std::string out;
  for (const auto& d : sink.sorted()) out += format_diagnostic(d) + " [" + d.code + "]\n";
  return out;
}

}  // namespace

TEST_CASE("content::parse_front_matter refuses an image address outside the allow-list", "[content][security]") {
  CHECK(diagnostics_of("---\ntitle: A\nimage: \"javascript:alert(1)\"\n---\n") ==
        "content/tin-tuc/a.md:3:8: error: 'image' cannot be 'javascript:alert(1)': 'javascript:' addresses run "
        "scripts [content.front-matter.url]\n");
  CHECK(diagnostics_of("---\ntitle: A\nimage: \"data:image/svg+xml;base64,PHN2Zz4=\"\n---\n") ==
        "content/tin-tuc/a.md:3:8: error: 'image' cannot be 'data:image/svg+xml;base64,PHN2Zz4=': only PNG, GIF, "
        "JPEG and WebP pictures may be written as 'data:' addresses [content.front-matter.url]\n");
  CHECK(diagnostics_of("---\ntitle: A\nimage: \"&#x6A;avascript:alert(1)\"\n---\n") ==
        "content/tin-tuc/a.md:3:8: error: 'image' cannot be '&#x6A;avascript:alert(1)': 'javascript:' addresses run "
        "scripts [content.front-matter.url]\n");
}

TEST_CASE("content::parse_front_matter takes images beside the page, under static/ or on the web",
          "[content][security]") {
  for (const char* image : {"anh.jpg", "/images/khai-giang.jpg", "https://vinhphuc.edu.vn/a.png",
                            "data:image/png;base64,iVBOR"}) {
    INFO(image);
    CHECK(diagnostics_of(std::string("---\ntitle: A\nimage: \"") + image + "\"\n---\n").empty());
  }
}

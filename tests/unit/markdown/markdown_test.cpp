#include <catch2/catch.hpp>

#include <cctype>
#include <string>
#include <tuple>
#include <vector>

#include "core/diagnostic.hpp"
#include "markdown/markdown.hpp"

using namespace wt;

namespace {

// Knows two pages; drops the fragment like a simple path lookup would.
class FakeResolver : public markdown::LinkResolver {
 public:
  std::optional<std::string> resolve(std::string_view target) const override {
    std::string path(target.substr(0, target.find('#')));
    if (path == "tin-tuc/khai-giang.md") return std::string("/tin-tuc/khai-giang/");
    if (path == "lich.md") return std::string("/lich/");
    return std::nullopt;
  }
};

// Keeps the fragment itself, as the contract example does.
class FragmentResolver : public markdown::LinkResolver {
 public:
  std::optional<std::string> resolve(std::string_view target) const override {
    size_t hash = target.find('#');
    std::string fragment = hash == std::string_view::npos ? "" : std::string(target.substr(hash));
    if (target.substr(0, hash) == "tin-tuc/bai.md") return "/tin-tuc/bai/" + fragment;
    return std::nullopt;
  }
};

markdown::Rendered render(const std::string& src, DiagnosticSink& sink, markdown::Options opt = {},
                          int line_offset = 0) {
  static const FakeResolver resolver;
  return markdown::render(src, "content/tin-tuc/a.md", line_offset, &resolver, opt, sink);
}

std::string render_html(const std::string& src, markdown::Options opt = {}) {
  DiagnosticSink sink;
  return render(src, sink, opt).html;
}

std::vector<std::string> messages(const DiagnosticSink& sink) {
  std::vector<std::string> out;
  for (const auto& d : sink.sorted()) out.push_back(format_diagnostic(d));
  return out;
}

markdown::Options safe_mode() {
  markdown::Options o;
  o.allow_raw_html = false;
  return o;
}

}  // namespace

// ---------------------------------------------------------------- GFM extensions

TEST_CASE("markdown::render renders GFM tables", "[markdown]") {
  CHECK(render_html("| Lớp | Sĩ số |\n|:---|---:|\n| 6A1 | 42 |\n") ==
        "<table>\n<thead>\n<tr>\n<th align=\"left\">Lớp</th>\n<th align=\"right\">Sĩ số</th>\n</tr>\n"
        "</thead>\n<tbody>\n<tr>\n<td data-label=\"Lớp\" align=\"left\">6A1</td>\n<td data-label=\"Sĩ số\" align=\"right\">42</td>\n</tr>\n"
        "</tbody>\n</table>\n");
}

TEST_CASE("markdown::render renders strikethrough", "[markdown]") {
  CHECK(render_html("Hạn nộp ~~thứ Hai~~ thứ Ba.\n") == "<p>Hạn nộp <del>thứ Hai</del> thứ Ba.</p>\n");
}

TEST_CASE("markdown::render autolinks bare URLs", "[markdown]") {
  CHECK(render_html("Xem https://moet.gov.vn/ và www.vinhphuc.edu.vn nhé\n") ==
        "<p>Xem <a href=\"https://moet.gov.vn/\">https://moet.gov.vn/</a> và "
        "<a href=\"http://www.vinhphuc.edu.vn\">www.vinhphuc.edu.vn</a> nhé</p>\n");
}

TEST_CASE("markdown::render renders task lists", "[markdown]") {
  CHECK(render_html("- [x] Nộp học phí\n- [ ] Mua đồng phục\n") ==
        "<ul>\n<li><input type=\"checkbox\" checked=\"\" disabled=\"\" /> Nộp học phí</li>\n"
        "<li><input type=\"checkbox\" disabled=\"\" /> Mua đồng phục</li>\n</ul>\n");
}

TEST_CASE("markdown::render renders footnotes", "[markdown]") {
  std::string html = render_html("Theo Thông tư 37[^1].\n\n[^1]: Thông tư 37/2020/TT-BGDĐT.\n");
  CHECK(html.find("<sup class=\"footnote-ref\"><a href=\"#fn-1\" id=\"fnref-1\"") != std::string::npos);
  CHECK(html.find("Thông tư 37/2020/TT-BGDĐT.") != std::string::npos);
}

TEST_CASE("markdown::render adds loading=lazy to images", "[markdown]") {
  CHECK(render_html("![Lễ khai giảng](anh.jpg \"Sân trường\")\n") ==
        "<p><img loading=\"lazy\" src=\"anh.jpg\" alt=\"Lễ khai giảng\" title=\"Sân trường\" /></p>\n");
  markdown::Options no_lazy;
  no_lazy.lazy_images = false;
  CHECK(render_html("![a](b.png)\n", no_lazy) == "<p><img src=\"b.png\" alt=\"a\" /></p>\n");
  // Raw HTML images get it too, unless they already say how to load.
  CHECK(render_html("<img src=\"a.png\" alt=\"x\">\n\n<img src=\"b.png\" loading=\"eager\">\n") ==
        "<img loading=\"lazy\" src=\"a.png\" alt=\"x\">\n<img src=\"b.png\" loading=\"eager\">\n");
}

// ---------------------------------------------------------------- raw HTML and scripts

TEST_CASE("markdown::render never lets <script> through", "[markdown][security]") {
  const std::vector<std::string> inputs = {
      "<script>alert(1)</script>\n",
      "Chữ <script>alert(1)</script> chữ\n",
      "<SCRIPT src=\"x.js\"></SCRIPT>\n",
      "<div>\n<script>alert(1)</script>\n</div>\n",
      "<svg><script>alert(1)</script></svg>\n",
      "- mục <script>alert(1)</script>\n",
      "> <script>alert(1)</script>\n",
  };
  for (const auto& opt : {markdown::Options{}, safe_mode()}) {
    for (const auto& in : inputs) {
      INFO("allow_raw_html=" << opt.allow_raw_html << " input: " << in);
      DiagnosticSink sink;
      std::string html = render(in, sink, opt).html;
      std::string lower = html;
      for (char& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
      CHECK(lower.find("<script") == std::string::npos);
    }
  }
  CHECK(render_html("<script>alert(1)</script>\n") == "\n");
  CHECK(render_html("Chữ <script>alert(1)</script> chữ\n") == "<p>Chữ  chữ</p>\n");
  CHECK(render_html("<script>alert(1)</script>\n", safe_mode()) == "<!-- raw HTML omitted -->\n");
}

TEST_CASE("markdown::render removes an event handler from inline raw HTML and warns", "[markdown][security]") {
  DiagnosticSink sink;
  auto r = render("Đoạn văn.\n\nẢnh: <img src=\"a.jpg\" onerror=\"alert(1)\"> hết.\n", sink, {}, 3);
  CHECK(r.html == "<p>Đoạn văn.</p>\n<p>Ảnh: <img loading=\"lazy\" src=\"a.jpg\"> hết.</p>\n");
  REQUIRE(sink.warning_count() == 1);
  CHECK(sink.sorted()[0].code == "markdown.raw-html.dropped");
  CHECK(messages(sink) == std::vector<std::string>{
                              "content/tin-tuc/a.md:6:23: warning: removed onerror from <img>: event handlers "
                              "run scripts"});
}

TEST_CASE("markdown::render removes style and handlers from HTML blocks, each at its column",
          "[markdown][security]") {
  DiagnosticSink sink;
  auto r = render("Mở đầu.\n\n<p style=\"color:red\" onmouseover=\"alert('xin chào')\">Rê chuột</p>\n", sink, {}, 10);
  CHECK(r.html == "<p>Mở đầu.</p>\n<p>Rê chuột</p>\n");
  CHECK(messages(sink) ==
        std::vector<std::string>{
            "content/tin-tuc/a.md:13:4: warning: removed style from <p>: the site's security policy blocks inline "
            "styles (the theme gives pages their look)",
            "content/tin-tuc/a.md:13:22: warning: removed onmouseover from <p>: event handlers run scripts"});
}

TEST_CASE("markdown::render keeps harmless raw HTML and removes iframes", "[markdown][security]") {
  DiagnosticSink sink;
  auto r = render("<div class=\"hop\" data-onclick=\"x\">\n<b>Chú ý</b>\n</div>\n\n"
                  "<iframe src=\"https://www.youtube.com/embed/x\"></iframe>\n",
                  sink);
  CHECK(r.html == "<div class=\"hop\">\n<b>Chú ý</b>\n</div>\n\n");
  CHECK(messages(sink) ==
        std::vector<std::string>{
            "content/tin-tuc/a.md:1:18: warning: removed data-onclick from <div>: 'data-onclick' is not one of the "
            "attributes allowed on <div>",
            "content/tin-tuc/a.md:5:1: warning: removed <iframe> and what it holds: pages of other sites and plugins "
            "cannot be embedded (link to them instead)"});
}

TEST_CASE("markdown::render warns about no raw HTML when raw HTML is off", "[markdown][security]") {
  DiagnosticSink sink;
  auto r = render("<img src=x onerror=alert(1)>\n", sink, safe_mode());
  CHECK(r.html == "<!-- raw HTML omitted -->\n");
  CHECK(sink.warning_count() == 0);
}

TEST_CASE("markdown::render drops javascript: link and image URLs in both modes", "[markdown][security]") {
  for (const auto& opt : {markdown::Options{}, safe_mode()}) {
    INFO("allow_raw_html=" << opt.allow_raw_html);
    DiagnosticSink sink;
    auto r = render("[bấm](javascript:alert(1)) [x](&#106;avascript:alert(1)) <JavaScript:alert(1)>\n\n"
                    "![a](javascript:alert(1)) [ok](https://example.com/)\n",
                    sink, opt, 2);
    CHECK(r.html ==
          "<p><a href=\"\">bấm</a> <a href=\"\">x</a> <a href=\"\">JavaScript:alert(1)</a></p>\n"
          "<p><img loading=\"lazy\" src=\"\" alt=\"a\" /> <a href=\"https://example.com/\">ok</a></p>\n");
    auto msgs = messages(sink);
    REQUIRE(msgs.size() == 4);
    CHECK(msgs[0] == "content/tin-tuc/a.md:3:7: warning: link address 'javascript:alert(1)' removed: "
                     "'javascript:' addresses run scripts");
    // Written with an entity: the warning points at the link.
    CHECK(msgs[1] == "content/tin-tuc/a.md:3:28: warning: link address 'javascript:alert(1)' removed: "
                     "'javascript:' addresses run scripts");
    CHECK(msgs[2] == "content/tin-tuc/a.md:3:59: warning: link address 'JavaScript:alert(1)' removed: "
                     "'javascript:' addresses run scripts");
    CHECK(msgs[3] == "content/tin-tuc/a.md:5:6: warning: image address 'javascript:alert(1)' removed: "
                     "'javascript:' addresses run scripts");
  }
}

TEST_CASE("markdown::render allows only http, https, mailto, tel and relative link addresses",
          "[markdown][security]") {
  DiagnosticSink sink;
  auto r = render("[a](https://moet.gov.vn/) [b](mailto:c2@vinhphuc.edu.vn) [c](tel:02113862123) [d](/lich/) "
                  "[e](#muc) [f](ftp://x.vn/a) [g](data:text/html,x) [h](file:///etc/passwd)\n\n"
                  "![i](data:image/png;base64,iVBOR) ![j](data:image/svg+xml,x) ![k](mailto:x@y.vn)\n",
                  sink);
  CHECK(r.html ==
        "<p><a href=\"https://moet.gov.vn/\">a</a> <a href=\"mailto:c2@vinhphuc.edu.vn\">b</a> "
        "<a href=\"tel:02113862123\">c</a> <a href=\"/lich/\">d</a> <a href=\"#muc\">e</a> <a href=\"\">f</a> "
        "<a href=\"\">g</a> <a href=\"\">h</a></p>\n"
        "<p><img loading=\"lazy\" src=\"data:image/png;base64,iVBOR\" alt=\"i\" /> "
        "<img loading=\"lazy\" src=\"\" alt=\"j\" /> <img loading=\"lazy\" src=\"\" alt=\"k\" /></p>\n");
  CHECK(messages(sink) ==
        std::vector<std::string>{
            "content/tin-tuc/a.md:1:105: warning: link address 'ftp://x.vn/a' removed: 'ftp:' is not allowed here "
            "(use http, https, mailto, tel or a path on this site)",
            "content/tin-tuc/a.md:1:123: warning: link address 'data:text/html,x' removed: 'data:' addresses can "
            "hold a whole page with scripts",
            "content/tin-tuc/a.md:1:145: warning: link address 'file:///etc/passwd' removed: 'file:' is not "
            "allowed here (use http, https, mailto, tel or a path on this site)",
            "content/tin-tuc/a.md:3:40: warning: image address 'data:image/svg+xml,x' removed: only PNG, GIF, JPEG "
            "and WebP pictures may be written as 'data:' addresses",
            "content/tin-tuc/a.md:3:67: warning: image address 'mailto:x@y.vn' removed: 'mailto:' is not allowed "
            "here (use http, https or a path on this site)"});
}

// ---------------------------------------------------------------- headings

TEST_CASE("markdown::render gives headings unique ids and demotes h1", "[markdown]") {
  DiagnosticSink sink;
  auto r = render("# Giới thiệu\n\n## Thời khóa biểu\n\n### Giới thiệu\n\n## Giới *thiệu*\n\n"
                  "#### !!!\n\n## Giới thiệu 1\n\nCuối\n=====\n",
                  sink);
  CHECK(r.html ==
        "<h2 id=\"gioi-thieu\">Giới thiệu</h2>\n"
        "<h2 id=\"thoi-khoa-bieu\">Thời khóa biểu</h2>\n"
        "<h3 id=\"gioi-thieu-1\">Giới thiệu</h3>\n"
        "<h2 id=\"gioi-thieu-2\">Giới <em>thiệu</em></h2>\n"
        "<h4 id=\"muc\">!!!</h4>\n"
        "<h2 id=\"gioi-thieu-1-1\">Giới thiệu 1</h2>\n"
        "<h2 id=\"cuoi\">Cuối</h2>\n");
  REQUIRE(r.toc.size() == 7);
  const std::vector<std::tuple<int, std::string, std::string>> expected = {
      {2, "gioi-thieu", "Giới thiệu"},   {2, "thoi-khoa-bieu", "Thời khóa biểu"},
      {3, "gioi-thieu-1", "Giới thiệu"}, {2, "gioi-thieu-2", "Giới thiệu"},
      {4, "muc", "!!!"},                 {2, "gioi-thieu-1-1", "Giới thiệu 1"},
      {2, "cuoi", "Cuối"}};
  for (size_t i = 0; i < expected.size(); ++i) {
    INFO(i);
    CHECK(r.toc[i].level == std::get<0>(expected[i]));
    CHECK(r.toc[i].id == std::get<1>(expected[i]));
    CHECK(r.toc[i].text == std::get<2>(expected[i]));
  }
}

TEST_CASE("markdown::render heading text: code kept, images left out, NFC", "[markdown]") {
  DiagnosticSink sink;
  auto r = render("## Lịch `thi` ![logo](l.png) [học kỳ](https://x.vn) I\n\n## Tie\xCC\x82\xCC\x81ng Vie\xCC\xA3\xCC\x82t\n", sink);
  REQUIRE(r.toc.size() == 2);
  CHECK(r.toc[0].text == "Lịch thi học kỳ I");
  CHECK(r.toc[0].id == "lich-thi-hoc-ky-i");
  CHECK(r.toc[1].text == "Tiếng Việt");
  CHECK(r.toc[1].id == "tieng-viet");
  CHECK(r.html.substr(0, r.html.find('\n') + 1) ==
        "<h2 id=\"lich-thi-hoc-ky-i\">Lịch <code>thi</code> <img loading=\"lazy\" src=\"l.png\" "
        "alt=\"logo\" /> <a href=\"https://x.vn\">học kỳ</a> I</h2>\n");
}

// ---------------------------------------------------------------- internal links

TEST_CASE("markdown::render resolves @/ links and keeps the fragment", "[markdown][links]") {
  DiagnosticSink sink;
  auto r = render("Xem [lễ khai giảng](@/tin-tuc/khai-giang.md) và [tuần 1](@/lich.md#tuan-1).\n\n"
                  "![lịch](@/lich.md)\n",
                  sink);
  CHECK(r.html ==
        "<p>Xem <a href=\"/tin-tuc/khai-giang/\">lễ khai giảng</a> và <a href=\"/lich/#tuan-1\">tuần 1</a>.</p>\n"
        "<p><img loading=\"lazy\" src=\"/lich/\" alt=\"lịch\" /></p>\n");
  CHECK(r.internal_links == std::vector<std::string>{"/tin-tuc/khai-giang/", "/lich/#tuan-1", "/lich/"});
  CHECK(sink.sorted().empty());
}

TEST_CASE("markdown::render does not double a fragment the resolver kept", "[markdown][links]") {
  DiagnosticSink sink;
  FragmentResolver resolver;
  auto r = markdown::render("[a](@/tin-tuc/bai.md#muc-2)\n", "content/x.md", 0, &resolver, {}, sink);
  CHECK(r.html == "<p><a href=\"/tin-tuc/bai/#muc-2\">a</a></p>\n");
  CHECK(r.internal_links == std::vector<std::string>{"/tin-tuc/bai/#muc-2"});
}

TEST_CASE("markdown::render reports every broken @/ link at its place in the file", "[markdown][links]") {
  DiagnosticSink sink;
  auto r = render("Xem [bài cũ](@/tin-tuc/khong-co.md) và\n[lịch](@/lich.md).\n\n"
                  "Thêm: [Đọc](@/tin-tuc/khong-co.md) hoặc [ảnh][r]\n\n[r]: @/anh.md\n",
                  sink, {}, 5);
  CHECK(r.html ==
        "<p>Xem <a href=\"#\">bài cũ</a> và\n<a href=\"/lich/\">lịch</a>.</p>\n"
        "<p>Thêm: <a href=\"#\">Đọc</a> hoặc <a href=\"#\">ảnh</a></p>\n");
  CHECK(r.internal_links == std::vector<std::string>{"/lich/"});
  CHECK(sink.error_count() == 3);
  CHECK(messages(sink) ==
        std::vector<std::string>{
            "content/tin-tuc/a.md:6:14: error: broken internal link: '@/tin-tuc/khong-co.md' does not match any "
            "page in content/",
            "content/tin-tuc/a.md:9:13: error: broken internal link: '@/tin-tuc/khong-co.md' does not match any "
            "page in content/",
            "content/tin-tuc/a.md:11:6: error: broken internal link: '@/anh.md' does not match any page in "
            "content/"});
  for (const auto& d : sink.sorted()) CHECK(d.code == "markdown.link.broken");
}

TEST_CASE("markdown::render without a resolver reports @/ links as broken", "[markdown][links]") {
  DiagnosticSink sink;
  auto r = markdown::render("- [a](@/a.md)\n", "content/x.md", 2, nullptr, {}, sink);
  CHECK(r.html == "<ul>\n<li><a href=\"#\">a</a></li>\n</ul>\n");
  CHECK(messages(sink) == std::vector<std::string>{
                              "content/x.md:3:7: error: broken internal link: '@/a.md' does not match any page "
                              "in content/"});
}

// ---------------------------------------------------------------- summary

TEST_CASE("markdown::render summary is the first top-level paragraph", "[markdown][summary]") {
  DiagnosticSink sink;
  auto r = render("# Tiêu đề\n\n> Trích dẫn\n\nĐây là *đoạn* đầu\ntiên có `mã` và [liên kết](https://x.vn)"
                  "![ảnh](a.jpg).\n\nĐoạn sau.\n",
                  sink);
  CHECK(r.summary == "Đây là đoạn đầu tiên có mã và liên kết.");
}

TEST_CASE("markdown::render summary is the text before <!--more-->", "[markdown][summary]") {
  DiagnosticSink sink;
  auto r = render("Đoạn một.\n\n## Mục\n\n- Ý **đậm**\n- Ý hai\n\n<!--more-->\n\nĐoạn ba.\n", sink);
  CHECK(r.summary == "Đoạn một. Mục Ý đậm Ý hai");
  CHECK(r.html == "<p>Đoạn một.</p>\n<h2 id=\"muc\">Mục</h2>\n<ul>\n<li>Ý <strong>đậm</strong></li>\n"
                  "<li>Ý hai</li>\n</ul>\n<p>Đoạn ba.</p>\n");
  auto safe = render("Trước.\n\n<!--more-->\n\nSau.\n", sink, safe_mode());
  CHECK(safe.summary == "Trước.");
  CHECK(safe.html == "<p>Trước.</p>\n<p>Sau.</p>\n");
  // A marker inside a code block is not a marker.
  auto code = render("Đầu tiên.\n\n```\n<!--more-->\n```\n", sink);
  CHECK(code.summary == "Đầu tiên.");
}

TEST_CASE("markdown::render summary is NFC and cut at a word boundary", "[markdown][summary]") {
  DiagnosticSink sink;
  std::string para;
  for (int i = 0; i < 40; ++i) para += "Nguyễn Du ";  // 10 code points each
  auto r = render(para + "\n", sink);
  std::string expected;
  for (int i = 0; i < 30; ++i) expected += i ? " Nguyễn Du" : "Nguyễn Du";
  CHECK(r.summary == expected + "…");

  auto nfd = render("Tie\xCC\x82\xCC\x81ng Vie\xCC\xA3\xCC\x82t\n", sink);
  CHECK(nfd.summary == "Tiếng Việt");

  std::string word;
  for (int i = 0; i < 350; ++i) word += "ễ";
  auto longword = render(word + "\n", sink);
  std::string cut;
  for (int i = 0; i < 300; ++i) cut += "ễ";
  CHECK(longword.summary == cut + "…");
}

TEST_CASE("markdown::render output is deterministic", "[markdown]") {
  const std::string src = "# A\n\n## A\n\n[x](@/lich.md) [y](@/khong.md)\n\n<b onclick=\"x\">b</b>\n";
  DiagnosticSink s1, s2;
  auto a = render(src, s1);
  auto b = render(src, s2);
  CHECK(a.html == b.html);
  CHECK(a.summary == b.summary);
  CHECK(messages(s1) == messages(s2));
}

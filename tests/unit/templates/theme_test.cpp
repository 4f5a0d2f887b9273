#include <catch2/catch.hpp>

#include <thread>

#include "support/temp_site.hpp"
#include "templates/theme.hpp"

using namespace wt;
using nlohmann::json;
using templates::Theme;
using test::TempSite;

namespace {

std::string diagnostics(const DiagnosticSink& sink) {
  std::string out;
  for (const auto& d : sink.sorted()) out += format_diagnostic(d) + " [" + d.code + "]\n";
  return out;
}

std::string render(const Theme& theme, const std::string& layout, const json& view) {
  DiagnosticSink sink;
  auto html = theme.render(layout, view, sink);
  INFO(diagnostics(sink));
  REQUIRE(html);
  return *html;
}

}  // namespace

TEST_CASE("templates::Theme::load lets the site override the theme file by file", "[templates]") {
  TempSite site(R"(
-- site/layouts/page.mustache --
site page {{> footer}}
-- theme/layouts/page.mustache --
theme page
-- theme/layouts/home.mustache --
theme home {{> footer}}
-- theme/partials/footer.mustache --
theme footer
-- site/partials/footer.mustache --
site footer
)");
  DiagnosticSink sink;
  auto theme = Theme::load({site.path() / "site", site.path() / "theme"}, sink);
  INFO(diagnostics(sink));
  REQUIRE(theme);
  CHECK(theme->has_layout("page"));
  CHECK(theme->has_layout("home"));
  CHECK_FALSE(theme->has_layout("section"));
  CHECK(theme->layout_names() == std::vector<std::string>{"home", "page"});
  CHECK(theme->layout_file("page") == (site.path() / "site" / "layouts" / "page.mustache").string());
  CHECK(render(*theme, "page", json::object()) == "site page site footer\n");
  CHECK(render(*theme, "home", json::object()) == "theme home site footer\n");
}

TEST_CASE("templates::Theme::load inlines partials recursively", "[templates]") {
  TempSite site(R"(
-- t/layouts/page.mustache --
<body>
  {{> header}}
{{#items}}{{> list/item}}{{/items}}
</body>
-- t/partials/header.mustache --
<header>{{> logo}}</header>
-- t/partials/logo.mustache --
<b>{{site.name}}</b>
-- t/partials/list/item.mustache --
[{{name}}]
)");
  DiagnosticSink sink;
  auto theme = Theme::load({site.path() / "t"}, sink);
  INFO(diagnostics(sink));
  REQUIRE(theme);
  json view = {{"site", {{"name", "THCS A"}}}, {"items", {{{"name", "a"}}, {{"name", "b"}}}}};
  CHECK(render(*theme, "page", view) == "<body>\n<header><b>THCS A</b>\n</header>\n[a]\n[b]\n</body>\n");
}

TEST_CASE("templates::Theme::load reports a missing partial at its tag", "[templates]") {
  TempSite site(R"(
-- t/layouts/page.mustache --
<main>
  <p>Tin mới nhất</p> {{> sidebar}}
</main>
)");
  DiagnosticSink sink;
  std::string dir = (site.path() / "t").string();
  CHECK_FALSE(Theme::load({dir}, sink));
  CHECK(diagnostics(sink) == dir +
                                 "/layouts/page.mustache:2:23: error: partial 'sidebar' was not found "
                                 "(there is no partials/sidebar.mustache in the site or the theme) "
                                 "[template.partial.missing]\n");
}

TEST_CASE("templates::Theme::load reports an unclosed section", "[templates]") {
  TempSite site(R"(
-- t/layouts/page.mustache --
<h1>{{page_title}}</h1>
<article>{{#page}}
  {{{content}}}
</article>
)");
  DiagnosticSink sink;
  std::string dir = (site.path() / "t").string();
  CHECK_FALSE(Theme::load({dir}, sink));
  CHECK(diagnostics(sink) == dir +
                                 "/layouts/page.mustache:2:10: error: section 'page' is opened here but "
                                 "never closed [template.syntax]\n");
}

TEST_CASE("templates::Theme::load reports partial cycles and errors in partials", "[templates]") {
  TempSite site(R"(
-- t/layouts/page.mustache --
{{> a}}
-- t/layouts/home.mustache --
{{> broken}}
-- t/partials/a.mustache --
{{> b}}
-- t/partials/b.mustache --
x {{> a}}
-- t/partials/broken.mustache --
{{/x}}
)");
  DiagnosticSink sink;
  std::string dir = (site.path() / "t").string();
  CHECK_FALSE(Theme::load({dir}, sink));
  CHECK(diagnostics(sink) ==
        dir + "/partials/b.mustache:1:3: error: partial 'a' includes itself: a -> b -> a [template.partial.cycle]\n" +
            dir +
            "/partials/broken.mustache:1:1: error: '{{/x}}' closes section 'x', which is not open here "
            "[template.syntax]\n");
}

TEST_CASE("templates::Theme::render escapes {{x}} and not {{{x}}}", "[templates]") {
  TempSite site(R"(
-- t/layouts/page.mustache --
{{x}}|{{{x}}}|{{&x}}
)");
  DiagnosticSink sink;
  auto theme = Theme::load({site.path() / "t"}, sink);
  REQUIRE(theme);
  CHECK(render(*theme, "page", {{"x", "<a href=\"x\">Tom & 'Jerry'</a>"}}) ==
        "&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;|<a href=\"x\">Tom & 'Jerry'</a>|"
        "<a href=\"x\">Tom & 'Jerry'</a>\n");
}

TEST_CASE("templates::Theme::render handles lists, booleans, numbers and null", "[templates]") {
  TempSite site(R"(
-- t/layouts/page.mustache --
{{#items}}<li{{#current}} aria-current="page"{{/current}}>{{n}}:{{name}}</li>{{/items}}{{^items}}none{{/items}}
{{#flag}}yes{{/flag}}{{^flag}}no{{/flag}} {{#nothing}}x{{/nothing}}{{^nothing}}null is false{{/nothing}}
{{count}} {{ratio}} {{page.section.title}} {{#page}}{{title}}/{{section.title}}{{/page}} [{{missing.key}}]
)");
  DiagnosticSink sink;
  auto theme = Theme::load({site.path() / "t"}, sink);
  REQUIRE(theme);
  json view = {
      {"items", {{{"n", 1}, {"name", "Một"}, {"current", true}}, {{"n", 2}, {"name", "Hai"}, {"current", false}}}},
      {"flag", false},
      {"nothing", nullptr},
      {"count", 10000},
      {"ratio", 0.5},
      {"page", {{"title", "Khai giảng"}, {"section", {{"title", "Tin tức"}}}}}};
  CHECK(render(*theme, "page", view) ==
        "<li aria-current=\"page\">1:Một</li><li>2:Hai</li>\n"
        "no null is false\n"
        "10000 0.5 Tin tức Khai giảng/Tin tức []\n");
  view["items"] = json::array();
  view["flag"] = true;
  CHECK(render(*theme, "page", view).rfind("none\nyes ", 0) == 0);
}

TEST_CASE("templates::Theme::render treats empty strings as false and indexes lists", "[templates]") {
  TempSite site(R"(
-- t/layouts/page.mustache --
[{{#author}}Tác giả: {{author}} {{/author}}{{^source}}no source{{/source}}]
{{#links.0}}<ul>{{#links}}<li>{{name}}</li>{{/links}}</ul>{{/links.0}}{{^links.0}}no links{{/links.0}} {{links.1.name}}
{{#tags}}{{.}};{{/tags}}
)");
  DiagnosticSink sink;
  auto theme = Theme::load({site.path() / "t"}, sink);
  REQUIRE(theme);
  json view = {{"author", "Cô Hoa"}, {"source", ""}, {"links", {{{"name", "Sở"}}, {{"name", "Bộ"}}}}, {"tags", {"a", "b"}}};
  CHECK(render(*theme, "page", view) == "[Tác giả: Cô Hoa no source]\n<ul><li>Sở</li><li>Bộ</li></ul> Bộ\na;b;\n");
  view = {{"author", ""}, {"source", "VnExpress"}, {"links", json::array()}};
  CHECK(render(*theme, "page", view) == "[]\nno links \n\n");
}

TEST_CASE("templates::Theme::render reports an unknown layout", "[templates]") {
  TempSite site(R"(
-- t/layouts/page.mustache --
x
)");
  DiagnosticSink sink;
  auto theme = Theme::load({site.path() / "t"}, sink);
  REQUIRE(theme);
  CHECK_FALSE(theme->render("staff", json::object(), sink));
  CHECK(diagnostics(sink) == "error: the theme has no layout 'staff.mustache' [template.layout.missing]\n");
}

TEST_CASE("templates::Theme::render gives identical output from 4 threads", "[templates]") {
  TempSite site(R"(
-- t/layouts/page.mustache --
<ul>{{#items}}<li>{{> item}}</li>{{/items}}</ul>{{#page}}{{{content}}}{{/page}}
-- t/partials/item.mustache --
<a href="{{url}}">{{title}}</a>{{#has_date}} <time>{{date}}</time>{{/has_date}}
)");
  DiagnosticSink sink;
  auto theme = Theme::load({site.path() / "t"}, sink);
  REQUIRE(theme);
  json items = json::array();
  for (int i = 0; i < 50; ++i)
    items.push_back({{"url", "/tin-tuc/" + std::to_string(i) + "/"},
                     {"title", "Tin <" + std::to_string(i) + ">"},
                     {"has_date", i % 2 == 0},
                     {"date", "05/09/2025"}});
  json view = {{"items", items}, {"page", {{"content", "<p>Nội dung</p>"}}}};
  const std::string expected = render(*theme, "page", view);
  CHECK(expected.find("Tin &lt;49&gt;") != std::string::npos);
  std::vector<std::string> results(4);
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 200; ++i) {
        auto html = theme->render("page", view, sink);
        if (!html || *html != expected) return;
      }
      results[t] = expected;
    });
  }
  for (auto& th : threads) th.join();
  for (const auto& r : results) CHECK(r == expected);
  CHECK_FALSE(sink.has_errors());
}

TEST_CASE("templates::Theme::load compiles a theme once per content, and sees every change", "[templates]") {
  TempSite site(R"(
-- t/layouts/page.mustache --
<p>{{> note}}</p>
-- t/partials/note.mustache --
một
)");
  DiagnosticSink sink;
  auto first = Theme::load({site.path() / "t"}, sink);
  auto again = Theme::load({site.path() / "t"}, sink);
  REQUIRE(first);
  REQUIRE(again);
  CHECK(render(*again, "page", json::object()) == "<p>một\n</p>\n");
  // A partial rewritten: the layouts that include it are compiled anew.
  site.write("t/partials/note.mustache", "hai\n");
  auto changed = Theme::load({site.path() / "t"}, sink);
  REQUIRE(changed);
  CHECK(render(*changed, "page", json::object()) == "<p>hai\n</p>\n");
  CHECK(render(*first, "page", json::object()) == "<p>một\n</p>\n");  // a loaded theme does not change
  // The same files found through another folder report that folder's paths.
  std::filesystem::copy(site.path() / "t", site.path() / "u", std::filesystem::copy_options::recursive);
  auto other = Theme::load({site.path() / "u"}, sink);
  REQUIRE(other);
  CHECK(other->layout_file("page") == (site.path() / "u" / "layouts" / "page.mustache").string());
  CHECK_FALSE(sink.has_errors());
  // A broken theme is never kept: each load reports it, and a repair loads.
  site.write("t/partials/note.mustache", "{{#open}}\n");
  DiagnosticSink one, two;
  CHECK_FALSE(Theme::load({site.path() / "t"}, one));
  CHECK_FALSE(Theme::load({site.path() / "t"}, two));
  CHECK(one.has_errors());
  CHECK(diagnostics(one) == diagnostics(two));
  site.write("t/partials/note.mustache", "ba\n");
  DiagnosticSink three;
  auto repaired = Theme::load({site.path() / "t"}, three);
  REQUIRE(repaired);
  CHECK(render(*repaired, "page", json::object()) == "<p>ba\n</p>\n");
}

#include <catch2/catch.hpp>

#include "config/base_url.hpp"
#include "config/site_config.hpp"
#include "regulations/school_type.hpp"

using namespace wt;

namespace {
std::string diagnostics_of(const std::string& text) {
  DiagnosticSink sink;
  config::parse_site_config(text, "site.yaml", sink);
  std::string out;
  for (const auto& d : sink.sorted()) out += format_diagnostic(d) + "\n";
  return out;
}
}  // namespace

TEST_CASE("config::parse_site_config reads a full site.yaml", "[config]") {
  DiagnosticSink sink;
  auto cfg = config::parse_site_config(R"(name: "Trường THCS Nguyễn Du"
type: thcs
base_url: https://thcs.example.edu.vn
timezone: "+07:00"
pagination: 12
menus:
  main:
    - name: Tin tức
      url: /tin-tuc/
      weight: 2
    - name: Giới thiệu
      page: "@/gioi-thieu/_index.md"
      weight: 1
      children:
        - name: Lịch sử
          page: "@/gioi-thieu/lich-su.md"
links:
  - name: Sở GDĐT
    url: https://vinhphuc.edu.vn/
)",
                                       "site.yaml", sink);
  REQUIRE(cfg);
  CHECK(sink.error_count() == 0);
  CHECK(cfg->short_name == "Trường THCS Nguyễn Du");
  CHECK(cfg->base_url == "https://thcs.example.edu.vn/");
  CHECK(cfg->pagination == 12);
  REQUIRE(cfg->main_menu.size() == 2);
  CHECK(cfg->main_menu[0].name == "Giới thiệu");
  CHECK(cfg->main_menu[0].children[0].page == "@/gioi-thieu/lich-su.md");
  CHECK(cfg->links[0].url == "https://vinhphuc.edu.vn/");
  CHECK(regulations::school_type_name(cfg->type) == "Trường Trung học cơ sở");
}

TEST_CASE("config::parse_site_config diagnostics are exact", "[config]") {
  CHECK(diagnostics_of("name: A\ntyp: thcs\n") ==
        "site.yaml:2:1: error: unknown setting 'typ' in site.yaml (did you mean 'type'?)\n");
  CHECK(diagnostics_of("name: A\ntype: daihoc\npagination: mười\n") ==
        "site.yaml:2:7: error: 'type' should be one of mn, th, thcs, thpt, gdtx, pgd, sgd, not 'daihoc'\n"
        "site.yaml:3:13: error: 'pagination' should be a whole number, not \"mười\"\n");
  CHECK(diagnostics_of("type: thcs\n") ==
        "site.yaml:1:1: error: site.yaml has no 'name': write the full name of the school\n");
  CHECK(diagnostics_of("name: A\nbase_url: thcs.edu.vn\ntimezone: GMT+7\n") ==
        "site.yaml:2:11: error: 'base_url' should start with http:// or https://\n"
        "site.yaml:3:11: error: 'timezone' should look like +07:00, not 'GMT+7'\n");
  CHECK(diagnostics_of("name: A\nmenus:\n  main:\n    - nam: X\n      url: /x/\n") ==
        "site.yaml:4:7: error: this menu entry has no 'name'\n"
        "site.yaml:4:7: error: unknown setting 'nam' in a menu entry (did you mean 'name'?)\n");
  // An unclosed '[' is told where it is, not where the parser noticed it (the next line).
  CHECK(diagnostics_of("name: [A\n") ==
        "site.yaml:1:7: error: the list that opens with '[' here is never closed: add ']' at its end\n"
        "    1 | name: [A\n"
        "      |       ^\n");
  // Other mistakes keep the parser's words (the catalog explains them) and show the line.
  CHECK(diagnostics_of("name: A\n  phone: 1\n") ==
        "site.yaml:1:7: error: this is not valid YAML: invalid multiline plain key\n"
        "    1 | name: A\n"
        "      |       ^\n");
}

TEST_CASE("config::normalize_base_url keeps a path and normalises it", "[config][base-url]") {
  struct Case {
    const char* text;
    const char* url;
  };
  const Case ok[] = {
      {"https://thcs.example.vn/", "https://thcs.example.vn/"},
      {"https://thcs.example.vn", "https://thcs.example.vn/"},
      {"HTTPS://THCS.Example.VN", "https://thcs.example.vn/"},
      {"http://127.0.0.1:8080", "http://127.0.0.1:8080/"},
      {"https://sgd.example.vn/thcs-le-loi", "https://sgd.example.vn/thcs-le-loi/"},
      {"https://sgd.example.vn/thcs-le-loi/", "https://sgd.example.vn/thcs-le-loi/"},
      {"https://sgd.example.vn//Truong/thcs-le-loi//", "https://sgd.example.vn/Truong/thcs-le-loi/"},
      {"https://sgd.example.vn/trường-lê-lợi/", "https://sgd.example.vn/tr%C6%B0%E1%BB%9Dng-l%C3%AA-l%E1%BB%A3i/"},
      {"https://sgd.example.vn/a%20b/c(1)/", "https://sgd.example.vn/a%20b/c%281%29/"},
      {"https://sgd.example.vn/100%/", "https://sgd.example.vn/100%25/"},
  };
  for (const auto& c : ok) {
    INFO(c.text);
    std::string why;
    auto url = config::normalize_base_url(c.text, &why);
    REQUIRE(url);
    CHECK(*url == c.url);
    CHECK(why.empty());
  }
}

TEST_CASE("config::normalize_base_url refuses what cannot be a folder of a site", "[config][base-url]") {
  struct Case {
    const char* text;
    const char* why;
  };
  const Case bad[] = {
      {"thcs.edu.vn", "should start with http:// or https://"},
      {"ftp://thcs.edu.vn/", "should start with http:// or https://"},
      {"/thcs-le-loi/", "should start with http:// or https://"},
      {"https://", "has no host name after https://"},
      {"https:///thcs-le-loi/", "has no host name after https://"},
      {"https://sgd.example.vn/thcs-le-loi/?lang=vi",
       "cannot hold a query ('?...'): write the address of the home page, like https://sgd.example.vn/thcs-le-loi/"},
      {"https://sgd.example.vn/thcs-le-loi/#top",
       "cannot hold a fragment ('#...'): write the address of the home page, like https://sgd.example.vn/thcs-le-loi/"},
      {"https://sgd.example.vn/a/../thcs-le-loi/",
       "cannot hold '.' or '..' in its path: write the folder itself, like https://sgd.example.vn/thcs-le-loi/"},
      {"https://sgd.example.vn/a/%2E%2e/", "cannot hold '.' or '..' in its path: write the folder itself, like "
                                           "https://sgd.example.vn/thcs-le-loi/"},
      {"https://sgd.example.vn/./", "cannot hold '.' or '..' in its path: write the folder itself, like "
                                    "https://sgd.example.vn/thcs-le-loi/"},
      {"https://admin:mk@sgd.example.vn/", "cannot hold a user name or a password"},
      {"https://sgd.example.vn/thcs le loi/", "cannot hold a space or a control character"},
      {"https://sgd.example.vn/a\tb/", "cannot hold a space or a control character"},
      {"https://sgd.example.vn\\thcs-le-loi\\", "cannot hold '\\': folders are separated by '/'"},
  };
  for (const auto& c : bad) {
    INFO(c.text);
    std::string why;
    CHECK_FALSE(config::normalize_base_url(c.text, &why));
    CHECK(why == c.why);
  }
}

TEST_CASE("config::parse_site_config reads a base_url with a path", "[config][base-url]") {
  DiagnosticSink sink;
  auto cfg = config::parse_site_config("name: A\nbase_url: https://sgd.example.vn/thcs-le-loi\n", "site.yaml", sink);
  REQUIRE(cfg);
  CHECK(cfg->base_url == "https://sgd.example.vn/thcs-le-loi/");
  CHECK(cfg->base_path() == "/thcs-le-loi/");
  auto root = config::parse_site_config("name: A\nbase_url: https://thcs.example.vn\n", "site.yaml", sink);
  REQUIRE(root);
  CHECK(root->base_path() == "/");
  CHECK(config::SiteConfig{}.base_path() == "/");
  CHECK(sink.error_count() == 0);

  CHECK(diagnostics_of("name: A\nbase_url: \"https://sgd.example.vn/thcs-le-loi/?a=1\"\n") ==
        "site.yaml:2:11: error: 'base_url' cannot hold a query ('?...'): write the address of the home page, like "
        "https://sgd.example.vn/thcs-le-loi/\n");
  CHECK(diagnostics_of("name: A\nbase_url: \"https://sgd.example.vn/#a\"\n") ==
        "site.yaml:2:11: error: 'base_url' cannot hold a fragment ('#...'): write the address of the home page, like "
        "https://sgd.example.vn/thcs-le-loi/\n");
}

TEST_CASE("config::override_base_url replaces base_url with --base-url, normalised", "[config][base-url]") {
  config::SiteConfig cfg;
  DiagnosticSink sink;
  CHECK(config::override_base_url(cfg, "https://sgd.example.vn/thcs-le-loi", sink));
  CHECK(cfg.base_url == "https://sgd.example.vn/thcs-le-loi/");
  CHECK_FALSE(config::override_base_url(cfg, "sgd.example.vn", sink));
  CHECK(cfg.base_url == "https://sgd.example.vn/thcs-le-loi/");
  std::string out;
  for (const auto& d : sink.sorted()) out += format_diagnostic(d) + "\n";
  CHECK(out == "--base-url: error: '--base-url' should start with http:// or https://\n");
}

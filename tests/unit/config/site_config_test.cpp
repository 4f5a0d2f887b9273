#include <catch2/catch.hpp>

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
  CHECK(diagnostics_of("name: [A\n").rfind("site.yaml:2:1: error: this is not valid YAML: ", 0) == 0);
}

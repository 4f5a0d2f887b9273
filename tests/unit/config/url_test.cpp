// Every URL of site.yaml reaches every page: menus, links and the logo go
// through the scheme allow-list of core/url_safety.hpp.
#include <catch2/catch.hpp>

#include "config/site_config.hpp"

using namespace wt;

namespace {

std::string diagnostics_of(const std::string& text) {
  DiagnosticSink sink;
  config::parse_site_config(text, "site.yaml", sink);
  std::string out;
  for (const auto& d : sink.sorted()) out += format_diagnostic(d) + " [" + d.code + "]\n";
  return out;
}

}  // namespace

TEST_CASE("config::parse_site_config refuses menu and link URLs that run script", "[config][security]") {
  CHECK(diagnostics_of("name: A\nmenus:\n  main:\n    - name: Trang chủ\n      url: \"javascript:alert(1)\"\n"
                       "      children:\n        - name: Con\n          url: \" JaVaScRiPt:alert(1)\"\n"
                       "  footer:\n    - name: Tệp\n      url: \"data:text/html,<script>alert(1)</script>\"\n"
                       "links:\n  - name: Sở\n    url: \"vbscript:msgbox(1)\"\n") ==
        "site.yaml:5:12: error: 'url' cannot be 'javascript:alert(1)': 'javascript:' addresses run scripts "
        "[config.url]\n"
        "site.yaml:8:16: error: 'url' cannot be ' JaVaScRiPt:alert(1)': 'javascript:' addresses run scripts "
        "[config.url]\n"
        "site.yaml:11:12: error: 'url' cannot be 'data:text/html,<script>alert(1)</script>': 'data:' addresses can "
        "hold a whole page with scripts [config.url]\n"
        "site.yaml:14:10: error: 'url' cannot be 'vbscript:msgbox(1)': 'vbscript:' addresses run scripts "
        "[config.url]\n");
  CHECK(diagnostics_of("name: A\nlogo: \"data:image/svg+xml,<svg onload=alert(1)>\"\n") ==
        "site.yaml:2:7: error: 'logo' cannot be 'data:image/svg+xml,<svg onload=alert(1)>': only PNG, GIF, JPEG and "
        "WebP pictures may be written as 'data:' addresses [config.url]\n");
  CHECK(diagnostics_of("name: A\nlinks:\n  - name: Sở\n    url: \"java&#x09;script:alert(1)\"\n") ==
        "site.yaml:4:10: error: 'url' cannot be 'java&#x09;script:alert(1)': 'javascript:' addresses run scripts "
        "[config.url]\n");
}

TEST_CASE("config::parse_site_config takes http, https, mailto, tel and site paths", "[config][security]") {
  DiagnosticSink sink;
  auto cfg = config::parse_site_config(
      "name: A\nlogo: /images/logo.svg\nmenus:\n  main:\n    - name: Trang chủ\n      url: /\n"
      "    - name: Thư\n      url: \"mailto:c2@vinhphuc.edu.vn\"\n    - name: Gọi\n      url: \"tel:02113862123\"\n"
      "links:\n  - name: Sở\n    url: \"https://vinhphuc.edu.vn/\"\n  - name: Bộ\n    url: \"http://moet.gov.vn\"\n",
      "site.yaml", sink);
  CHECK(sink.sorted().empty());
  REQUIRE(cfg);
  CHECK(cfg->main_menu.size() == 3);
  CHECK(cfg->links.size() == 2);
}

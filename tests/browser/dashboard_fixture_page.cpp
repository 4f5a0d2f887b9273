// Writes the dashboard of the fixture portal (tests/fixtures/portal-dashboard)
// as the portal publishes it, for the real-browser test (dashboard.test.mjs):
//   OUT/bang-theo-doi/index.html   the page, with the fixture's audit history beside it
//   OUT/css, OUT/js, OUT/favicon.svg   the files the portal copies from the default theme
//                                      (portal/portal_static.hpp: static/ and portal/static/)
// Usage: dashboard_fixture_page OUT   (exit 0, or 1 with the diagnostics)
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "portal/audit_history.hpp"
#include "portal/dashboard.hpp"
#include "portal/portal_static.hpp"
#include "unit/portal/dashboard_fixture.hpp"

namespace fs = std::filesystem;

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: dashboard_fixture_page OUT\n";
    return 2;
  }
  const fs::path out = argv[1];
  std::error_code ec;
  fs::remove_all(out, ec);
  fs::create_directories(out / "bang-theo-doi");
  for (const auto& f : wt::portal::portal_static_files(fs::path(WT_SOURCE_DIR) / "themes/default")) {
    fs::create_directories((out / f.rel).parent_path());
    fs::copy_file(f.source, out / f.rel);
  }

  wt::DiagnosticSink sink;
  const fs::path db = out / "audit.db";
  if (!wt_test::run_sql(db, wt_test::fixture_audit_sql())) {
    std::cerr << "dashboard_fixture_page: cannot write " << db << "\n";
    return 1;
  }
  auto audits = wt::portal::read_latest_audits(db.string(), sink);
  auto theme = wt::templates::Theme::load({fs::path(WT_SOURCE_DIR) / "themes/default"}, sink);
  if (!audits || !theme) {
    sink.print(std::cerr);
    return 1;
  }
  wt::portal::DashboardOptions options;
  options.audits = &*audits;
  auto html = wt::portal::render_dashboard(wt_test::fixture_report(), *theme, options, sink);
  if (!html) {
    sink.print(std::cerr);
    return 1;
  }
  std::ofstream(out / "bang-theo-doi" / "index.html", std::ios::binary) << *html;
  std::cout << "dashboard_fixture_page: wrote " << (out / "bang-theo-doi" / "index.html").string() << "\n";
  return 0;
}

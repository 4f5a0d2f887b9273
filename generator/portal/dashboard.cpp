// portal_chrome and render_dashboard: the frame of the dashboard page and
// its rendering with the theme (dashboard_view.cpp builds the table's view).
#include "portal/dashboard.hpp"

#include "core/base_path.hpp"

namespace wt::portal {

nlohmann::json portal_chrome(const PortalReport& report) {
  const std::string base_path = report.base_url.empty() ? "/" : base_path_of(report.base_url);
  auto url = [&](const char* path) { return under_base_path(path, base_path); };
  std::string base = report.base_url;
  if (!base.empty() && base.back() == '/') base.pop_back();
  const std::string name = report.name.empty() ? "Cổng thông tin" : report.name;
  return {
      {"lang", "vi"},
      {"kind", "dashboard"},
      {"page_title", "Bảng theo dõi - " + name},
      {"site", {{"name", name}, {"short_name", name}, {"province", report.province}, {"base_url", report.base_url}}},
      {"menu", nlohmann::json::array({{{"name", "Trang chủ"}, {"url", url("/")}, {"active", false}},
                                      {{"name", "Bảng theo dõi"}, {"url", url(kDashboardPath)}, {"active", true}}})},
      {"footer_menu", nlohmann::json::array({{{"name", "Trang chủ"}, {"url", url("/")}}})},
      {"links", nlohmann::json::array()},
      {"has_links", false},
      {"canonical", base + kDashboardPath},
      {"rel_url", kDashboardPath},
      {"has_breadcrumbs", false},
      {"meta",
       {{"description", "Tình hình tuân thủ quy định về trang thông tin điện tử của các trường thành viên."},
        {"dc", nlohmann::json::array()},
        {"og", nlohmann::json::array()},
        {"jsonld", ""}}},
      {"feeds", {{"rss", url("/rss.xml")}, {"atom", url("/atom.xml")}}},
      {"urls",
       {{"home", url("/")},
        {"sitemap", url("/sitemap.xml")},
        {"stylesheet", url("/css/style.css")},
        {"favicon", url("/favicon.svg")},
        {"menu_js", url("/js/menu.js")},
        {"dashboard_js", url("/js/dashboard.js")}}},
      {"generator", "Webtruong"}};
}

std::optional<std::string> render_dashboard(const PortalReport& report, const templates::Theme& theme,
                                            const DashboardOptions& options, DiagnosticSink& sink) {
  if (!theme.has_layout(kDashboardLayout)) {
    sink.error({"layouts/portal-dashboard.mustache", 0, 0}, "portal.dashboard.layout",
               "the theme has no layout 'portal-dashboard' for the compliance dashboard");
    return std::nullopt;
  }
  nlohmann::json view = dashboard_view(report, options);
  // The page's own script, whatever frame the portal passed.
  if (view["urls"].is_object() && !view["urls"].contains("dashboard_js"))
    view["urls"]["dashboard_js"] = portal_chrome(report)["urls"]["dashboard_js"];
  return theme.render(kDashboardLayout, view, sink);
}

}  // namespace wt::portal

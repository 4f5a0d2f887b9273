#include "portal/portal_pages.hpp"

#include <algorithm>

#include "core/base_path.hpp"
#include "core/date.hpp"
#include "core/text.hpp"
#include "portal/dashboard.hpp"
#include "portal/portal_search.hpp"
#include "portal/posts_csv.hpp"
#include "regulations/school_type.hpp"
#include "templates/theme.hpp"

using nlohmann::json;

namespace wt::portal {
namespace {

constexpr const char* kGenerator = "Webtruong 0.1.0";

std::vector<CreditedPost> all_posts(const PortalReport& report, bool portal_only) {
  std::vector<CreditedPost> out;
  for (const auto& m : report.members)
    for (const auto& p : m.posts)
      if (!portal_only || p.portal) out.push_back({&p, &m});
  // Stable: equal keys keep portal.yaml order, then the member's own order.
  std::stable_sort(out.begin(), out.end(), [](const CreditedPost& a, const CreditedPost& b) {
    if (a.post->portal != b.post->portal) return a.post->portal;
    return a.post->date > b.post->date;
  });
  return out;
}

// What every portal page shares: the head, header, menu and footer.
class Views {
 public:
  explicit Views(const PortalReport& r) : r_(r), base_(base_path_of(r.base_url)) {}

  std::string url(const std::string& rel) const { return base_ + rel; }
  std::string absolute(const std::string& rel) const { return r_.base_url + rel; }

  json page(const std::string& title, const std::string& rel, const std::string& description,
            const std::string& active) const {
    json menu = json::array();
    for (const auto& [name, to] : {std::pair<std::string, std::string>{"Trang chủ", ""},
                                   {"Tin tức từ các trường", "tin-tuc/"},
                                   {"Danh bạ trường học", "truong-hoc/"},
                                   {"Bảng theo dõi", kDashboardPath + 1}})
      menu.push_back({{"name", name}, {"url", url(to)}, {"active", to == active}, {"has_children", false}});
    json v;
    v["lang"] = "vi";
    v["page_title"] = rel.empty() ? r_.name : title + " - " + r_.name;
    v["canonical"] = absolute(rel);
    v["meta"] = {{"description", description}};
    v["generator"] = kGenerator;
    v["urls"] = {{"home", url("")},
                 {"favicon", url("favicon.svg")},
                 {"stylesheet", url("css/style.css")},
                 {"menu_js", url("js/menu.js")},
                 {"news", url("tin-tuc/")},
                 {"directory", url("truong-hoc/")},
                 {"dashboard", url(kDashboardPath + 1)},
                 {"csv", url(kPostsCsvPath)},
                 {"search", url(kSearchPage)},
                 {"search_index", url(std::string(kSearchDir) + "manifest.json")},
                 {"search_js", url("js/search.js")}};
    v["site"] = {{"name", r_.name}, {"managing_body", r_.province.empty() ? "" : "Tỉnh " + r_.province},
                 {"year", from_epoch(r_.generated_at, 7 * 60).year}};
    v["menu"] = menu;
    v["footer_menu"] = json::array({{{"name", "Danh bạ trường học"}, {"url", url("truong-hoc/")}},
                                    {{"name", "Tin tức từ các trường"}, {"url", url("tin-tuc/")}},
                                    {{"name", "Số tin, bài dùng trên Cổng (CSV)"}, {"url", url(kPostsCsvPath)}}});
    v["links"] = json::array();
    v["title"] = title;
    return v;
  }

  json item(const CreditedPost& c) const {
    return {{"title", c.post->title},     {"url", c.post->url},         {"date", c.post->date_vn},
            {"date_iso", c.post->date_iso}, {"summary", c.post->summary}, {"portal", c.post->portal},
            {"school", c.member->name},   {"school_url", c.member->url}};
  }

 private:
  const PortalReport& r_;
  std::string base_;
};

void render(const templates::Theme& theme, const std::string& layout, const json& view, const std::string& rel,
            std::map<std::string, std::string>& out, DiagnosticSink& sink) {
  if (auto html = theme.render(layout, view, sink)) out[rel] = std::move(*html);
}

json pagination(const Views& views, size_t current, size_t pages) {
  auto page_url = [&](size_t n) { return views.url(n == 1 ? "tin-tuc/" : "tin-tuc/trang/" + std::to_string(n) + "/"); };
  json list = json::array();
  for (size_t n = 1; n <= pages; ++n)
    list.push_back({{"number", n}, {"url", page_url(n)}, {"current", n == current}, {"gap", false}});
  return {{"show", pages > 1},
          {"has_prev", current > 1},
          {"prev_url", current > 1 ? page_url(current - 1) : ""},
          {"has_next", current < pages},
          {"next_url", current < pages ? page_url(current + 1) : ""},
          {"current", current},
          {"pages", list}};
}

void news_pages(const PortalReport& r, const Views& views, const templates::Theme& theme,
                std::map<std::string, std::string>& out, DiagnosticSink& sink) {
  auto posts = all_posts(r, true);
  const size_t pages = std::max<size_t>(1, (posts.size() + kNewsPerPage - 1) / kNewsPerPage);
  for (size_t n = 1; n <= pages; ++n) {
    const std::string rel = n == 1 ? "tin-tuc/" : "tin-tuc/trang/" + std::to_string(n) + "/";
    json v = views.page("Tin tức từ các trường", rel,
                        "Tin, bài các trường gửi lên " + r.name + ", mới nhất trước.", "tin-tuc/");
    json items = json::array();
    for (size_t i = (n - 1) * kNewsPerPage; i < std::min(posts.size(), n * kNewsPerPage); ++i)
      items.push_back(views.item(posts[i]));
    v["posts"] = items;
    v["has_posts"] = !items.empty();
    v["pagination"] = pagination(views, n, pages);
    render(theme, "portal-news", v, rel + "index.html", out, sink);
  }
}

json directory(const PortalReport& r) {
  // managing body -> commune -> schools, each level sorted by name, Vietnamese folded.
  std::map<std::string, std::map<std::string, std::vector<const MemberReport*>>> groups;
  std::map<std::string, std::string> shown;
  auto key = [&](const std::string& s) {
    std::string k = slugify(s) + "\x1f" + s;
    shown[k] = s;
    return k;
  };
  for (const auto& m : r.members)
    groups[key(m.managing_body.empty() ? "Chưa rõ cơ quan quản lý" : m.managing_body)][key(m.commune)].push_back(&m);
  json out = json::array();
  int n = 0;
  for (const auto& [body, communes] : groups) {
    json cs = json::array();
    for (const auto& [commune, members] : communes) {
      json schools = json::array();
      for (const MemberReport* m : members)
        schools.push_back({{"name", m->name},
                           {"url", m->url},
                           {"type", regulations::school_type_name(m->school_type)},
                           {"address", m->address},
                           {"phone", m->phone},
                           {"email", m->email},
                           {"built", m->built}});
      cs.push_back({{"name", shown[commune]}, {"schools", schools}});
    }
    out.push_back({{"name", shown[body]}, {"id", "co_quan_" + std::to_string(++n)}, {"communes", cs}});
  }
  return out;
}

std::string xml_escape(const std::string& s) { return html_escape(s); }

std::string sitemap_index(const PortalReport& r, const Views& views) {
  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";
  out += "  <sitemap><loc>" + xml_escape(views.absolute("sitemap-cong.xml")) + "</loc></sitemap>\n";
  for (const auto& m : r.members)
    if (m.built && m.host.empty())
      out += "  <sitemap><loc>" + xml_escape(m.url + "sitemap.xml") + "</loc></sitemap>\n";
  return out + "</sitemapindex>\n";
}

std::string own_sitemap(const std::vector<std::string>& rels, const Views& views) {
  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";
  for (const auto& rel : rels) out += "  <url><loc>" + xml_escape(views.absolute(rel)) + "</loc></url>\n";
  return out + "</urlset>\n";
}

}  // namespace

std::vector<CreditedPost> home_posts(const PortalReport& report, size_t limit) {
  auto posts = all_posts(report, false);
  if (posts.size() > limit) posts.resize(limit);
  return posts;
}

std::map<std::string, std::string> render_portal_pages(const PortalReport& r, const templates::Theme& theme,
                                                       const std::vector<AuditSnapshot>* audits, DiagnosticSink& sink) {
  std::map<std::string, std::string> out;
  Views views(r);
  json home = views.page("Trang chủ", "", "Tin tức mới nhất và danh bạ các trường học thuộc " + r.name + ".", "");
  json items = json::array();
  for (const auto& c : home_posts(r, kHomePosts)) items.push_back(views.item(c));
  home["posts"] = items;
  home["has_posts"] = !items.empty();
  home["school_count"] = r.members.size();
  render(theme, "portal-home", home, "index.html", out, sink);

  news_pages(r, views, theme, out, sink);

  json dir = views.page("Danh bạ trường học", "truong-hoc/",
                        "Danh bạ các trường học thuộc " + r.name + ": địa chỉ, điện thoại, thư điện tử, website.",
                        "truong-hoc/");
  dir["groups"] = directory(r);
  dir["school_count"] = r.members.size();
  render(theme, "portal-directory", dir, "truong-hoc/index.html", out, sink);

  // The dashboard, in the same frame as the other pages (portal/dashboard.hpp).
  DashboardOptions dashboard;
  dashboard.audits = audits;
  const std::string dashboard_rel = kDashboardPath + 1;
  dashboard.chrome = views.page("Bảng theo dõi", dashboard_rel,
                                "Mức độ đáp ứng yêu cầu của website từng trường thuộc " + r.name + ".", dashboard_rel);
  if (auto page = render_dashboard(r, theme, dashboard, sink)) out[dashboard_rel + "index.html"] = std::move(*page);

  // The results of the portal's one search over all members (portal_search.hpp).
  json found = views.page("Tìm kiếm", kSearchPage,
                          "Tìm trường học và tin, bài của các trường thuộc " + r.name + ".", "");
  render(theme, "portal-search", found, std::string(kSearchPage) + "index.html", out, sink);

  json missing = views.page("Không tìm thấy trang", "404.html", "", "");
  render(theme, "portal-404", missing, "404.html", out, sink);
  if (sink.has_errors()) return {};

  std::vector<std::string> rels;
  for (const auto& [rel, bytes] : out)
    if (rel != "404.html" && rel != std::string(kSearchPage) + "index.html") rels.push_back(rel == "index.html" ? "" : rel.substr(0, rel.size() - 10));
  out["sitemap-cong.xml"] = own_sitemap(rels, views);
  out["sitemap.xml"] = sitemap_index(r, views);
  out["robots.txt"] = "User-agent: *\nAllow: /\nSitemap: " + views.absolute("sitemap.xml") + "\n";
  out[kPostsCsvPath] = posts_used_csv(r);
  return out;
}

}  // namespace wt::portal

#include "serve/cms_routes.hpp"

#include <cctype>

#include "cms/decap_config.hpp"
#include "cms/site_shape.hpp"
#include "core/file_system.hpp"
#include "core/message_catalog.hpp"

namespace wt::serve {
namespace {

constexpr const char* kText = "text/plain; charset=utf-8";
constexpr uint64_t kMaxScriptBytes = 64ull << 20;

Reply reply(int status, const char* type, std::string body) {
  Reply r;
  r.status = status;
  r.content_type = type;
  r.body = std::move(body);
  r.headers.emplace_back("Cache-Control", "no-store");
  r.headers.emplace_back("X-Content-Type-Options", "nosniff");
  return r;
}

// "decap-cms.js", "1077.decap-cms.js": a script of Decap's dist/ folder, a
// plain name (no folder, no dot-name), so nothing else on the disk is reachable.
bool script_name(std::string_view name) {
  if (name.size() < 4 || name.size() > 128 || !name.ends_with(".js") || name[0] == '.') return false;
  for (char c : name)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-' || c == '_')) return false;
  return name.find("..") == std::string_view::npos;
}

}  // namespace

std::optional<Reply> CmsRoutes::answer(std::string_view target, const std::string& site_url) const {
  std::string_view path = target.substr(0, target.find_first_of("?#"));
  if (path == "/admin") {
    Reply r = reply(301, kText, "→ /admin/\n");
    r.headers.emplace_back("Location", "/admin/");
    return r;
  }
  if (!path.starts_with("/admin/")) return std::nullopt;
  path.remove_prefix(7);
  if (path.empty() || path == "index.html")
    return reply(200, "text/html; charset=utf-8", cms::decap_admin_page("decap-cms.js"));
  if (path == "config.yml") {
    DiagnosticSink sink;
    const cms::SiteShape shape = cms::read_site_shape(options_.site_dir, real_file_system(), sink);
    cms::CmsOptions options;
    options.proxy_url = options_.proxy_url;
    options.site_url = site_url;
    auto yaml = cms::decap_config(shape, options_.schemas_dir, options, sink);
    if (!yaml || sink.has_errors()) {
      std::string text;
      for (const auto& d : sink.sorted()) text += format_diagnostic(d) + "\n";
      return reply(500, kText, text);
    }
    return reply(200, "text/yaml; charset=utf-8", std::move(*yaml));
  }
  if (script_name(path)) {
    FileError error;
    std::optional<std::string> script;
    if (!options_.script_dir.empty())
      script = real_file_system().read(options_.script_dir / std::string(path), &error, kMaxScriptBytes);
    if (!script)
      return reply(404, kText,
                   localized("serve.cms", "Decap CMS is not installed with this webtruong (scripts/install-deps.sh "
                                          "installs it): the forms cannot open.") +
                       "\n");
    return reply(200, "text/javascript; charset=utf-8", std::move(*script));
  }
  return reply(404, kText, "Không có trang này (404 Not Found).\n");
}

}  // namespace wt::serve

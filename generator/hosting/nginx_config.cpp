#include "hosting/nginx_config.hpp"

#include <map>
#include <set>
#include <sstream>

#include "hosting/nginx_values.hpp"

namespace fs = std::filesystem;

namespace wt::hosting {
namespace {

// Text types worth compressing (text/html is always compressed once gzip is on).
constexpr const char* kTextTypes =
    "text/css text/plain text/xml application/javascript application/json application/xml "
    "application/rss+xml application/atom+xml image/svg+xml";

// Checks every value of the servers before anything is written: one
// diagnostic per value that cannot be written.
class Checker {
 public:
  explicit Checker(DiagnosticSink& sink) : sink_(sink) {}

  bool run(const std::vector<HostedServer>& servers) {
    std::map<std::string, const HostedServer*> names;  // "listen host"
    for (const auto& s : servers) {
      check_server(s);
      for (const auto& n : s.names) {
        auto [it, fresh] = names.emplace(s.listen + " " + n, &s);
        if (!fresh) error(s.position, "hosting.host.clash", "the host name '" + n + "' is served twice on " + s.listen);
      }
    }
    return ok_;
  }

 private:
  void error(const Position& pos, const std::string& code, const std::string& message) {
    sink_.error(pos, code, message);
    ok_ = false;
  }

  void check_server(const HostedServer& s) {
    std::string why;
    for (const auto& n : s.names)
      if (!check_host_name(n, &why)) error(s.position, "hosting.host", "the host name " + why);
    if (!check_listen(s.listen, &why)) error(s.position, "hosting.listen", "the listen address " + why);
    check_folder(s.root, s.position, "the root folder");
    std::set<std::string> prefixes;
    for (const auto& site : s.sites) {
      if (!prefixes.insert(site.prefix).second)
        error(site.position, "hosting.prefix.clash", "two sites are served at '" + site.prefix + "'");
      check_site(site, s);
    }
  }

  void check_folder(const fs::path& dir, const Position& pos, const std::string& what) {
    std::string why;
    if (!dir.is_absolute())
      error(pos, "hosting.folder", what + " '" + dir.string() + "' is not an absolute path");
    else if (!check_quotable(dir.string(), &why))
      error(pos, "hosting.folder", what + " '" + dir.string() + "' cannot be served by nginx: " + why);
  }

  void check_site(const HostedSite& site, const HostedServer& server) {
    std::string why;
    if (site.prefix.empty() || site.prefix.back() != '/' || !check_address(site.prefix, AddressUse::Location, &why))
      error(site.position, "hosting.prefix",
            "the path '" + site.prefix +
                "' cannot be served by nginx: " + (why.empty() ? "it does not end with '/'" : why));
    check_folder(site.dir, site.position, "the folder of the site at '" + site.prefix + "'");
    if (!site.not_found.empty() && !check_quotable(site.not_found, &why))
      error(site.position, "hosting.not-found",
            "the 404 page '" + site.not_found + "' cannot be served by nginx: " + why);
    if (!check_quotable(site.page_policy.empty() ? "-" : site.page_policy, &why))
      error(site.position, "hosting.policy",
            "the Content-Security-Policy of the pages cannot be sent by nginx: " + why);
    for (const auto& r : site.redirects) check_redirect(r, site, server);
    for (const auto& f : site.static_files) {
      if (!check_quotable(f.path, &why))
        error(f.position, "hosting.static", "the file '" + f.path + "' cannot be served by nginx: " + why);
      check_shadow(f.path, f.position, site, server, "the file '" + f.path + "'");
    }
    for (const auto& f : site.feeds)
      if (!check_quotable(f.path, &why) || !check_quotable(f.type, &why))
        error(site.position, "hosting.feed", "the feed '" + f.path + "' cannot be served by nginx: " + why);
  }

  void check_redirect(const Redirect& r, const HostedSite& site, const HostedServer& server) {
    std::string why;
    if (!check_address(r.from, AddressUse::Location, &why))
      error(r.position, "hosting.alias",
            "the alias '" + r.text + "' cannot be served by nginx: " + why +
                "; write old addresses with letters, digits, '-', '_', '.' and '/'");
    else if (!check_address(r.to, AddressUse::Redirect, &why))
      error(r.position, "hosting.alias", "the alias '" + r.text + "' leads to '" + r.to + "', which " + why);
    else
      check_shadow(r.from, r.position, site, server, "the alias '" + r.text + "' (" + r.from + ")");
  }

  // A path of one site that falls under the longer prefix of another is
  // answered by the other site: never by this one. The prefix without its
  // '/' redirects to the prefix.
  void check_shadow(const std::string& path, const Position& pos, const HostedSite& site, const HostedServer& server,
                    const std::string& what) {
    for (const auto& other : server.sites)
      if (other.prefix.size() > site.prefix.size() && (path.rfind(other.prefix, 0) == 0 || path + "/" == other.prefix))
        error(pos, "hosting.shadowed",
              what + " lies under the site at '" + other.prefix + "' and would never be served");
  }

  DiagnosticSink& sink_;
  bool ok_ = true;
};

std::string header(const char* name, const std::string& value) {
  return std::string("add_header ") + name + " " + in_quotes(value) + " always;";
}

bool has_root_site(const HostedServer& s) {
  for (const auto& site : s.sites)
    if (site.prefix == "/") return true;
  return false;
}

// Where the files of `site` are: nothing to say when they are under the
// server's root at the prefix, else an alias.
std::string files_directive(const HostedSite& site, const HostedServer& server) {
  fs::path expected = (server.root / site.prefix.substr(1)).lexically_normal();
  fs::path dir = (site.dir / "").lexically_normal();
  if ((expected / "").lexically_normal() == dir) return "";
  if (site.prefix == "/") return "root " + in_quotes(site.dir.lexically_normal().string()) + ";";
  return "alias " + in_quotes(dir.string()) + ";";
}

class Writer {
 public:
  std::string text() const { return out_.str(); }

  void file_header() {
    out_ << "# nginx configuration written by Webtruong. Include it in the http { } block of\n"
            "# nginx.conf (e.g. as /etc/nginx/conf.d/webtruong.conf); docs/hosting.md explains it.\n";
  }

  void server(const HostedServer& s) {
    out_ << "\nserver {\n";
    line(1, "listen " + s.listen + ";");
    if (!s.names.empty()) {
      std::string names = "server_name";
      for (const auto& n : s.names) names += " " + n;
      line(1, names + ";");
    }
    line(1, "root " + in_quotes(s.root.lexically_normal().string()) + ";");
    for (const char* d : {"index index.html;", "charset utf-8;", "autoindex off;", "server_tokens off;",
                          "absolute_redirect off;", "gzip on;", "gzip_vary on;", "gzip_min_length 256;"})
      line(1, d);
    line(1, std::string("charset_types ") + kTextTypes + ";");
    line(1, std::string("gzip_types ") + kTextTypes + ";");
    line(1, "# Paths with a segment starting with '.' (.webtruong/: caches, reports) are private.");
    line(1, "location ~ /\\. { return 404; }");
    if (!has_root_site(s)) line(1, "location / { return 404; }");
    for (const auto& site : s.sites) this->site(site, s);
    out_ << "}\n";
  }

 private:
  void line(int depth, const std::string& text) { out_ << std::string(4 * depth, ' ') << text << "\n"; }

  void site(const HostedSite& site, const HostedServer& server) {
    out_ << "\n";
    line(1, "# The site at " + site.prefix);
    if (site.prefix != "/") {
      std::string bare = site.prefix.substr(0, site.prefix.size() - 1);
      line(1, "location = " + in_quotes(bare) + " { return 301 " + in_quotes(site.prefix) + "; }");
    }
    line(1, "location " + in_quotes(site.prefix) + " {");
    if (auto d = files_directive(site, server); !d.empty()) line(2, d);
    line(2, "try_files $uri $uri/ =404;");
    // A folder without index.html is 403 for nginx: answered as not found.
    if (!site.not_found.empty()) line(2, "error_page 403 404 =404 " + in_quotes(site.prefix + site.not_found) + ";");
    if (!site.page_policy.empty()) line(2, header("Content-Security-Policy", site.page_policy));
    line(2, header("X-Content-Type-Options", "nosniff"));
    line(2, header("Cache-Control", kPageCache));
    line(2, "location ~ /\\. { return 404; }");
    for (const auto& r : site.redirects)
      line(2, "location = " + in_quotes(r.from) + " { return 301 " + in_quotes(r.to) + "; }");
    for (const auto& f : site.feeds)
      line(2, "location = " + in_quotes(f.path) + " { types { } default_type " + in_quotes(f.type) + "; }");
    for (const auto& f : site.static_files) {
      line(2, "location = " + in_quotes(f.path) + " {");
      line(3, header("Content-Security-Policy", "sandbox"));
      line(3, header("X-Content-Type-Options", "nosniff"));
      line(3, header("Cache-Control", kStaticCache));
      line(2, "}");
    }
    line(1, "}");
  }

  std::ostringstream out_;
};

}  // namespace

std::optional<std::string> nginx_config(const std::vector<HostedServer>& servers, DiagnosticSink& sink) {
  if (!Checker(sink).run(servers)) return std::nullopt;
  Writer w;
  w.file_header();
  for (const auto& s : servers) w.server(s);
  return w.text();
}

}  // namespace wt::hosting

#include "cli/command_cms.hpp"

#include <sys/stat.h>

#include <filesystem>
#include <iostream>

#include "cms/decap_config.hpp"
#include "cms/site_shape.hpp"
#include "config/site_config.hpp"
#include "core/file_io.hpp"
#include "core/file_system.hpp"
#include "core/installation.hpp"
#include "core/message_catalog.hpp"
#include "plugin/option_parser.hpp"

namespace fs = std::filesystem;

namespace wt::cli {
namespace {

const plugin::OptionParser& parser() {
  static const plugin::OptionParser p(
      "cms", "[SITE_DIR] [options]",
      "Writes SITE_DIR/admin/config.yml and admin/index.html: Decap CMS (or Sveltia CMS)\n"
      "edits the site's posts, pages, fee schedules, disclosures, procedures, timetables\n"
      "and work schedules as forms, with the fields, Vietnamese labels and checks of\n"
      "Webtruong's own schemas. Run it again after adding a section to content/.\n"
      "To edit on this computer: run decap-server in SITE_DIR and `webtruong serve`,\n"
      "then open http://127.0.0.1:8080/admin/ (docs/cms.md). A portal hosting the CMS\n"
      "names its forge with --backend and --repo.",
      {{"--output", "-o", "DIR", "where to write config.yml and index.html (default: SITE_DIR/admin)"},
       {"--print", "", "", "print config.yml to the standard output instead"},
       {"--backend", "", "NAME", "proxy (decap-server on this computer, the default), github, gitlab or gitea"},
       {"--proxy-url", "", "URL", "decap-server's address (default: http://127.0.0.1:8081/api/v1)"},
       {"--repo", "", "OWNER/NAME", "the repository of the site, for github, gitlab and gitea"},
       {"--branch", "", "NAME", "the branch the CMS saves to (default: main)"},
       {"--api-root", "", "URL", "the API of a self-hosted forge, e.g. https://git.sogd.edu.vn/api/v1"},
       {"--script", "", "SRC", "where index.html loads Decap from (default: decap-cms.js, beside it)"}});
  return p;
}

bool http_url(const std::string& url) { return url.starts_with("http://") || url.starts_with("https://"); }

// The admin folder must be a real folder of the site (or not exist yet): a
// link there would make the CMS files land outside the site.
bool usable_folder(const fs::path& dir, std::string* error) {
  struct stat st {};
  if (lstat(dir.c_str(), &st) != 0) {
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec) *error = "cannot create " + dir.string() + ": " + ec.message();
    return !ec;
  }
  if (S_ISLNK(st.st_mode) || !S_ISDIR(st.st_mode)) {
    *error = dir.string() + " is not a folder (a link or a file is there); move it away first";
    return false;
  }
  return true;
}

bool write_one(const fs::path& path, const std::string& text, std::string* error) {
  struct stat st {};
  if (lstat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode)) {
    *error = path.string() + " is not an ordinary file (a link, a folder or a device); move it away first";
    return false;
  }
  return write_file_replacing(path, text, error);
}

}  // namespace

int command_cms(const std::vector<std::string>& args) {
  const auto& p = parser();
  std::string error;
  auto opts = p.parse(args, &error);
  if (!opts) return p.usage_error(error);
  if (opts->help) {
    std::cout << p.usage();
    return 0;
  }
  if (opts->positional.size() > 1) return p.usage_error("only one site folder at a time");
  const fs::path site_dir = opts->positional.empty() ? fs::path(".") : fs::path(opts->positional[0]);

  cms::CmsOptions options;
  options.backend = opts->get("--backend", "proxy");
  if (!cms::known_backend(options.backend))
    return p.usage_error("'--backend' must be proxy, github, gitlab or gitea, not '" + options.backend + "'");
  options.proxy_url = opts->get("--proxy-url", options.proxy_url);
  if (!http_url(options.proxy_url)) return p.usage_error("'--proxy-url' must be an http:// or https:// address");
  options.repo = opts->get("--repo");
  options.branch = opts->get("--branch", "main");
  options.api_root = opts->get("--api-root");
  if (!options.api_root.empty() && !http_url(options.api_root))
    return p.usage_error("'--api-root' must be an http:// or https:// address");
  if (options.backend != "proxy" && options.repo.find('/') == std::string::npos)
    return p.usage_error("'--backend " + options.backend + "' needs '--repo OWNER/NAME'");
  if (options.branch.empty()) return p.usage_error("'--branch' needs a name");
  const std::string script = opts->get("--script", "decap-cms.js");
  if (script.empty()) return p.usage_error("'--script' needs an address");

  DiagnosticSink sink;
  auto config = config::load_site_config(site_dir, sink);
  if (!config) {
    sink.print(std::cerr);
    return 1;
  }
  options.site_url = config->base_url;
  const Installation& inst = installation();
  if (inst.schemas.empty()) {
    std::cerr << "webtruong: " << localized("cli.cms", "Webtruong's schemas were not found in " + inst.share.string())
              << "\n";
    return 1;
  }
  const cms::SiteShape shape = cms::read_site_shape(site_dir, real_file_system(), sink);
  auto yaml = cms::decap_config(shape, inst.schemas, options, sink);
  sink.print(std::cerr);
  if (!yaml || sink.has_errors()) return 1;
  if (opts->has("--print")) {
    std::cout << *yaml;
    return 0;
  }
  const fs::path out = opts->has("--output") ? fs::path(opts->get("--output")) : site_dir / "admin";
  if (!usable_folder(out, &error) || !write_one(out / "config.yml", *yaml, &error) ||
      !write_one(out / "index.html", cms::decap_admin_page(script), &error)) {
    std::cerr << "webtruong: " << localized("cli.write", error) << "\n";
    return 1;
  }
  std::cout << localized("cli.cms", "wrote " + (out / "config.yml").string() + " and index.html: " +
                                        std::to_string(shape.sections.size()) + " sections, " +
                                        std::to_string(shape.single_pages.size()) + " pages, 7 kinds of data")
            << "\n";
  if (options.backend == "proxy")
    std::cout << localized("cli.cms",
                           "to edit: run decap-server in the site folder, then webtruong serve, and open "
                           "http://127.0.0.1:8080/admin/")
              << "\n";
  return 0;
}

}  // namespace wt::cli

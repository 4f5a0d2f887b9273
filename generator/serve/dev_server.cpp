#include "serve/dev_server.hpp"

#include <cstdio>
#include <ostream>

#include "core/installation.hpp"
#include "core/message_catalog.hpp"

namespace fs = std::filesystem;

namespace wt::serve {
namespace {

std::string milliseconds(double seconds) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.0f ms", seconds * 1000);
  return buf;
}

std::string diagnostics_text(const RebuildReport& r) {
  std::string out;
  for (const auto& d : r.diagnostics) out += format_for_terminal(d);
  return out;
}

size_t errors_in(const RebuildReport& r) {
  size_t n = 0;
  for (const auto& d : r.diagnostics) n += d.diagnostic.severity == Severity::Error;
  return n;
}

}  // namespace

DevServer::DevServer(ServeOptions options, std::ostream& log)
    : options_(std::move(options)), log_(log), pool_(options_.jobs > 0 ? options_.jobs : default_jobs()) {}

DevServer::~DevServer() { stop(); }

uint64_t DevServer::builds() const { return builds_.load(); }

bool DevServer::start(std::string* error) {
  std::error_code ec;
  if (!fs::is_directory(options_.site_dir, ec)) {
    if (error) *error = "cannot serve '" + options_.site_dir.string() + "': there is no such folder";
    return false;
  }
  LiveOptions lo;
  lo.site_dir = options_.site_dir;
  lo.theme_dirs = options_.theme_dirs;
  lo.drafts = options_.drafts;
  lo.plugins = options_.plugins;
  lo.now = options_.now;
  // The base URL holds the port: bind first, then build.
  live_ = std::make_unique<LiveSite>(lo, pool_);
  HttpOptions http_options{options_.bind, options_.port};
  if (options_.cms) {
    const Installation& inst = installation();
    CmsRouteOptions co;
    co.site_dir = options_.site_dir;
    co.schemas_dir = inst.schemas;
    co.script_dir = inst.cms_scripts();
    co.proxy_url = options_.cms_proxy_url;
    cms_ = std::make_unique<CmsRoutes>(std::move(co));
    http_options.extra_routes = [this](std::string_view target) { return cms_->answer(target, url_); };
  }
  http_ = std::make_unique<HttpServer>(*live_, std::move(http_options));
  if (!http_->bind(error)) return false;
  url_ = local_base_url(options_.bind, http_->port());
  live_->set_base_url(url_);
  if (options_.cms)
    log_ << "webtruong serve: "
         << localized("serve.log", "forms of the CMS: " + url_ + "admin/ (saved through decap-server at " +
                                       options_.cms_proxy_url + ")")
         << "\n";

  const SiteMirror& mirror = live_->mirror();
  watcher_ = std::make_unique<Watcher>([&mirror](const fs::path& p) { return mirror.ignored(p); });
  if (!watcher_->add_tree(mirror.site_dir(), error)) return false;
  for (const auto& t : mirror.theme_dirs())
    if (fs::is_directory(t)) watcher_->add_tree(t, nullptr);  // a theme being worked on: best effort

  const RebuildReport first = live_->start();
  ++builds_;
  print(first, true);
  http_thread_ = std::thread([this] { http_->run(); });
  build_thread_ = std::thread([this] { build_loop(); });
  started_ = true;
  return true;
}

void DevServer::build_loop() {
  while (!live_->closed()) {
    const ChangeBatch batch = watcher_->wait(std::chrono::milliseconds(1000));
    if (batch.empty()) continue;
    // The search index, rebuilt after the pages went out, gives way to the next save.
    const RebuildReport r = live_->update(batch, [this] { return watcher_->pending(); });
    ++builds_;
    print(r, false);
  }
}

void DevServer::print(const RebuildReport& r, bool first) {
  const std::string text = diagnostics_text(r);
  if (text != last_printed_) log_ << text;
  last_printed_ = text;
  std::string line;
  if (!r.ok) {
    const size_t n = errors_in(r);
    line = "the build failed with " + std::to_string(n) + (n == 1 ? " error" : " errors") + "; every page shows " +
           (n == 1 ? "it" : "them") + " until the next save fixes " + (n == 1 ? "it" : "them");
  } else if (first) {
    line = "built " + std::to_string(r.written) + " files in " + milliseconds(r.seconds);
  } else if (r.changed) {
    line = "rebuilt in " + milliseconds(r.seconds) + ": " + std::to_string(r.rendered) + " rendered, " +
           std::to_string(r.written) + " changed, " + std::to_string(r.removed) + " removed; open pages reload";
  }
  if (!line.empty()) log_ << "webtruong serve: " << localized("serve.log", line) << "\n";
  log_.flush();
}

void DevServer::stop() {
  if (!started_) return;
  started_ = false;
  live_->close();
  watcher_->stop();
  http_->stop();
  if (http_thread_.joinable()) http_thread_.join();
  if (build_thread_.joinable()) build_thread_.join();
}

}  // namespace wt::serve

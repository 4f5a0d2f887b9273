// DevServer: `webtruong serve` put together: the live site in memory
// (serve/live_site.hpp), the watcher of the site folder (serve/watcher.hpp)
// on a builder thread, and the HTTP server (serve/http_server.hpp) on its
// own thread with its pool of workers.
//
// The base URL the site is built with is the server's own address, so
// every link of the preview stays on it; the address is known once the
// port is bound, which is why start() binds before it builds.
//
//   DevServer dev({.site_dir = "site.example", .port = 0}, std::cerr);
//   if (!dev.start(&error)) return 1;
//   std::cout << dev.url();       // "http://127.0.0.1:41237/"
//   ...                           // edits are rebuilt and pushed to open pages
//   dev.stop();
//
// What it prints (to `log`): the address, the diagnostics of each build
// whose diagnostics changed, and one line per rebuild.
#pragma once

#include <atomic>
#include <filesystem>
#include <iosfwd>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "core/thread_pool.hpp"
#include "serve/cms_routes.hpp"
#include "serve/http_server.hpp"
#include "serve/live_site.hpp"
#include "serve/watcher.hpp"

namespace wt::serve {

struct ServeOptions {
  std::filesystem::path site_dir = ".";
  std::string bind = "127.0.0.1";
  int port = 8080;                                ///< 0: a free port
  bool drafts = false;
  int jobs = 0;                                   ///< threads for building; 0: one per core
  std::vector<plugin::Plugin*> plugins;           ///< not owned
  std::vector<std::filesystem::path> theme_dirs;  ///< empty: the installed themes
  int64_t now = 0;                                ///< 0: the clock (tests fix it)
  /// The CMS's forms at /admin/ (serve/cms_routes.hpp), saved through decap-server at cms_proxy_url.
  bool cms = true;
  std::string cms_proxy_url = "http://127.0.0.1:8081/api/v1";
};

class DevServer {
 public:
  DevServer(ServeOptions options, std::ostream& log);
  ~DevServer();
  DevServer(const DevServer&) = delete;
  DevServer& operator=(const DevServer&) = delete;

  /// Binds, builds the site, then serves and watches on threads of its own.
  /// false, with `error`, when the address cannot be bound or the folder
  /// cannot be watched. A site with build errors still starts: its pages
  /// show the errors until they are fixed.
  bool start(std::string* error);
  /// Stops serving and watching; waits for the threads.
  void stop();

  /// "http://127.0.0.1:8080/" (after start()).
  const std::string& url() const { return url_; }
  int port() const { return http_ ? http_->port() : 0; }
  const LiveSite& live() const { return *live_; }
  /// Builds done so far (the first included): tests wait on it.
  uint64_t builds() const;

 private:
  void print(const RebuildReport& report, bool first);
  void build_loop();

  ServeOptions options_;
  std::ostream& log_;
  ThreadPool pool_;
  std::unique_ptr<LiveSite> live_;
  std::unique_ptr<CmsRoutes> cms_;
  std::unique_ptr<HttpServer> http_;
  std::unique_ptr<Watcher> watcher_;
  std::thread http_thread_, build_thread_;
  std::string url_;
  std::string last_printed_;
  std::atomic<uint64_t> builds_{0};
  bool started_ = false;
};

}  // namespace wt::serve

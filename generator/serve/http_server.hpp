// HttpServer: the HTTP side of `webtruong serve`, the one file of
// Webtruong that uses cpp-httplib (Debian's libcpp-httplib-dev). It answers
//
//   GET kReloadScriptPath   the reload script (serve/reload_script.hpp)
//   GET kEventsPath         a Server-Sent Events stream: "event: reload" when the site changed
//   GET what extra_routes answers (the CMS's /admin/, serve/cms_routes.hpp)
//   GET anything else       serve/responder.hpp, from the live site's current snapshot
//
// Threads: cpp-httplib gives each connection one worker thread of its pool
// for as long as the connection lasts, and an open tab's event stream is
// such a connection. So the pool is sized for max_streams streams plus
// kPageWorkers for everything else; a stream beyond max_streams is
// answered at once with only "retry:" (the browser asks again later)
// instead of holding a worker; and every stream ends after stream_lifetime
// (the browser reconnects by itself), or as soon as a write fails, so
// closed tabs give their worker back within a second.
//
// It listens on 127.0.0.1 unless told otherwise. On a loopback address it
// also checks the Host header (127.0.0.1, localhost or [::1] with its
// port), so a web page elsewhere cannot read the preview through a DNS
// name rebound to 127.0.0.1 (answered 403).
//
//   HttpServer http(live, {.bind = "127.0.0.1", .port = 0});
//   if (!http.bind(&error)) ...;   // http.port(): the port it got
//   std::thread t([&] { http.run(); });  ... http.stop(); t.join();
#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "serve/live_site.hpp"
#include "serve/responder.hpp"

namespace wt::serve {

struct HttpOptions {
  std::string bind = "127.0.0.1";
  int port = 8080;  ///< 0: a free port, chosen by the system
  size_t max_streams = 16;                     ///< event streams open at once
  std::chrono::milliseconds stream_lifetime{30'000};  ///< after which a stream ends (the browser reconnects)
  /// Asked first for every GET (the CMS's /admin/): an answer, or nullopt for the site's own pages.
  std::function<std::optional<Reply>(std::string_view target)> extra_routes;
};

class HttpServer {
 public:
  /// Workers for everything but event streams.
  static constexpr size_t kPageWorkers = 8;

  HttpServer(LiveSite& live, HttpOptions options);
  ~HttpServer();
  HttpServer(const HttpServer&) = delete;
  HttpServer& operator=(const HttpServer&) = delete;

  /// Binds the address; false with `error` ("Address already in use").
  bool bind(std::string* error);
  /// The port bound (after bind()).
  int port() const { return port_; }
  /// Answers requests until stop().
  void run();
  /// Stops run() and ends every open stream.
  void stop();
  /// Event streams open now.
  size_t open_streams() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
  int port_ = 0;
};

/// True for 127.0.0.0/8, ::1 and "localhost".
bool is_loopback_address(const std::string& address);

/// "http://127.0.0.1:8080/" ("http://[::1]:8080/"): the base URL pages are built with;
/// a wildcard bind (0.0.0.0, ::) gives 127.0.0.1's.
std::string local_base_url(const std::string& bind, int port);

}  // namespace wt::serve

// A real nginx on 127.0.0.1 for integration tests (issue 4: "nginx from
// Debian, started and stopped by the test").
//
// The constructor writes a config into a fresh temporary prefix (daemon off,
// master_process off, pid, logs and temp paths inside the prefix), picks a
// free port (binds port 0 to learn one; a conflict at start is retried with
// another), runs /usr/sbin/nginx, and returns once the port answers. The
// destructor stops it (SIGTERM, SIGKILL after 3 s, waitpid) and removes the
// prefix. Anything that keeps nginx from serving throws std::runtime_error
// with the reason (nginx missing, a config error with nginx's own message),
// so a test fails with it instead of being skipped.
//
//   wt::test::NginxServer nginx({root, "location /slow/ { limit_rate 8; }"});
//   nginx.base_url() == "http://127.0.0.1:40123/"
#pragma once

#include <sys/types.h>

#include <chrono>
#include <cstddef>
#include <filesystem>
#include <functional>
#include <string>

namespace wt::test {

class NginxServer {
 public:
  struct Options {
    std::filesystem::path root{};  ///< Document root (files may be added after the start).
    std::string server{};          ///< Directives added inside server { } (location blocks ...).
    std::string http{};            ///< Directives added inside http { } (map blocks ...).
    std::string listen{};          ///< Added to the listen directive: "ssl http2" serves HTTPS (base_url says so).
    /// When set, its text (given the port chosen) replaces the harness's own
    /// server { } block: a test that writes its servers (webtruong nginx).
    std::function<std::string(int port)> servers{};
  };

  explicit NginxServer(Options options);
  ~NginxServer();
  NginxServer(const NginxServer&) = delete;
  NginxServer& operator=(const NginxServer&) = delete;

  int port() const { return port_; }
  /// "http://127.0.0.1:PORT/" ("https://..." when listening with ssl)
  std::string base_url() const;
  /// The temporary prefix (config, logs); removed by the destructor.
  const std::filesystem::path& prefix() const { return prefix_; }
  /// Requests answered so far (lines of the access log). nginx logs a
  /// request after sending its response, so a client may be done before the
  /// line is written: this waits up to `settle` for at least `expected` lines.
  std::size_t requests(std::size_t expected = 0, std::chrono::milliseconds settle = std::chrono::milliseconds(2000)) const;

 private:
  bool start_once(const Options& options, std::string& why);
  void stop();

  std::filesystem::path prefix_;
  int port_ = 0;
  pid_t pid_ = -1;
  std::string scheme_ = "http";
};

}  // namespace wt::test

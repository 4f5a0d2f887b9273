// A tiny HTTP/1.1 server for the fetch tests: a thread accepting on
// 127.0.0.1:<ephemeral>, one thread per connection, one request per
// connection (the reply should say "Connection: close"), canned handlers by
// path. Every request is logged with its arrival and finish times.
#pragma once

#include <atomic>
#include <chrono>
#include <cstddef>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

namespace wt::test {

using Clock = std::chrono::steady_clock;

struct HttpRequest {
  std::string method;
  std::string path;
  std::map<std::string, std::string> headers;  ///< Lower-cased names.
  Clock::time_point arrived;
  Clock::time_point finished;
};

class Connection {
 public:
  Connection(int fd, const std::atomic<bool>& stop) : fd_(fd), stop_(stop) {}
  /// Sends all of `data`; false once the peer is gone or the server stops.
  bool send(std::string_view data);
  /// Sleeps up to `ms`, waking early when the server stops; false if it did.
  bool sleep(long ms);
  bool stopping() const { return stop_.load(); }

 private:
  int fd_;
  const std::atomic<bool>& stop_;
};

using Handler = std::function<void(const HttpRequest&, Connection&)>;

class TestServer {
 public:
  TestServer();  ///< On 127.0.0.1, an ephemeral port.
  /// On `address` (another loopback address such as "127.0.0.2" stands for
  /// a forbidden target) and `port` (0: ephemeral). Throws when it cannot bind.
  TestServer(const std::string& address, int port);
  ~TestServer();
  TestServer(const TestServer&) = delete;
  TestServer& operator=(const TestServer&) = delete;

  void on(const std::string& path, Handler handler);
  int port() const { return port_; }
  std::string url(std::string_view path) const;
  std::vector<HttpRequest> requests() const;
  std::vector<HttpRequest> requests(const std::string& path) const;
  /// TCP connections accepted so far (a connection refused at the client's
  /// socket layer never gets here).
  int connections() const { return connections_.load(); }

 private:
  void accept_loop();
  void serve(int fd);

  std::string address_;
  int listen_fd_ = -1;
  int port_ = 0;
  std::atomic<int> connections_{0};
  std::atomic<bool> stop_{false};
  mutable std::mutex mutex_;
  std::map<std::string, Handler> handlers_;
  std::vector<HttpRequest> log_;
  std::vector<std::thread> workers_;
  std::thread acceptor_;
};

/// "HTTP/1.1 <status> X\r\n" + headers + Content-Length + Connection: close + body.
std::string http_response(int status, std::string_view body,
                          const std::vector<std::pair<std::string, std::string>>& headers = {});

/// A gzip member (RFC 1952) holding `text`, deflate with fixed Huffman literals.
std::string gzip_literal(std::string_view text);
/// A gzip member that inflates to `size` zero bytes (~13 bits per 258 bytes).
std::string gzip_zeros(std::size_t size);

/// A loopback port bound but never listening: connecting is refused. The
/// port stays reserved while this object lives, so parallel tests cannot take it.
class RefusedPort {
 public:
  RefusedPort();
  ~RefusedPort();
  RefusedPort(const RefusedPort&) = delete;
  RefusedPort& operator=(const RefusedPort&) = delete;
  int port() const { return port_; }

 private:
  int fd_ = -1;
  int port_ = 0;
};

}  // namespace wt::test

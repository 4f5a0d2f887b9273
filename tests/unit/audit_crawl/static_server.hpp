// A tiny static file server on 127.0.0.1 for crawler tests: one thread, one
// connection at a time, GET -> the file (or a folder's index.html), 404
// otherwise, Content-Type by extension, "Connection: close" on every reply.
#pragma once

#include <atomic>
#include <filesystem>
#include <thread>

namespace wt::test {

class StaticServer {
 public:
  /// Binds an ephemeral port at once (so the port is known before the files exist).
  StaticServer();
  ~StaticServer();
  StaticServer(const StaticServer&) = delete;
  StaticServer& operator=(const StaticServer&) = delete;

  int port() const { return port_; }
  /// Starts serving `root`.
  void start(const std::filesystem::path& root);
  int requests() const { return requests_.load(); }

 private:
  void loop();
  void serve(int fd);

  int listen_fd_ = -1;
  int port_ = 0;
  std::filesystem::path root_;
  std::atomic<bool> stop_{false};
  std::atomic<int> requests_{0};
  std::thread thread_;
};

}  // namespace wt::test

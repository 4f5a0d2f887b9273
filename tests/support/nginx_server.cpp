#include "support/nginx_server.hpp"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>

namespace fs = std::filesystem;

namespace wt::test {
namespace {

constexpr const char* kNginx = "/usr/sbin/nginx";

// A port nobody listens on right now (another process may take it before
// nginx does: start_once then fails with "Address already in use").
int free_port() {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0) throw std::runtime_error("nginx test server: socket() failed");
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  addr.sin_port = 0;
  socklen_t len = sizeof addr;
  if (::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 ||
      ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) != 0) {
    ::close(fd);
    throw std::runtime_error("nginx test server: cannot bind a port on 127.0.0.1");
  }
  ::close(fd);
  return ntohs(addr.sin_port);
}

bool answers(int port) {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0) return false;
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  addr.sin_port = htons(static_cast<uint16_t>(port));
  bool ok = ::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0;
  ::close(fd);
  return ok;
}

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string config(const fs::path& prefix, int port, const NginxServer::Options& o) {
  const std::string p = prefix.string();
  std::ostringstream c;
  c << "daemon off;\nmaster_process off;\nworker_processes 1;\n"
    << "pid " << p << "/nginx.pid;\nerror_log " << p << "/error.log warn;\n"
    << "events { worker_connections 64; }\n"
    << "http {\n"
    << "  access_log " << p << "/access.log;\n"
    << "  client_body_temp_path " << p << "/tmp/body;\n  proxy_temp_path " << p << "/tmp/proxy;\n"
    << "  fastcgi_temp_path " << p << "/tmp/fastcgi;\n  uwsgi_temp_path " << p << "/tmp/uwsgi;\n"
    << "  scgi_temp_path " << p << "/tmp/scgi;\n"
    << "  types { text/html html htm; text/css css; application/javascript js; application/json json;\n"
    << "          application/xml xml; application/rss+xml rss; application/atom+xml atom; text/plain txt;\n"
    << "          image/png png; image/jpeg jpg jpeg; image/svg+xml svg; application/pdf pdf; }\n"
    << "  default_type application/octet-stream;\n"
    << "  sendfile on;\n  keepalive_timeout 5;\n  server_tokens off;\n"
    << o.http << "\n";
  if (o.servers) {
    c << o.servers(port) << "\n}\n";
    return c.str();
  }
  c << "  server {\n"
    << "    listen 127.0.0.1:" << port << (o.listen.empty() ? "" : " " + o.listen) << ";\n    server_name localhost;\n"
    << "    root " << fs::absolute(o.root).string() << ";\n    index index.html;\n"
    << o.server << "\n"
    << "  }\n}\n";
  return c.str();
}

}  // namespace

NginxServer::NginxServer(Options options) {
  if (::access(kNginx, X_OK) != 0)
    throw std::runtime_error(std::string("nginx test server: ") + kNginx +
                             " is missing; install nginx-light (scripts/install-deps.sh)");
  std::string tmpl = (fs::temp_directory_path() / "wt-nginx-XXXXXX").string();
  if (!::mkdtemp(tmpl.data())) throw std::runtime_error("nginx test server: mkdtemp failed");
  prefix_ = tmpl;
  if (options.listen.find("ssl") != std::string::npos) scheme_ = "https";
  fs::create_directories(prefix_ / "tmp");
  std::string why;
  for (int attempt = 0; attempt < 5; ++attempt) {
    if (start_once(options, why)) return;
    if (why.find("Address already in use") == std::string::npos) break;
  }
  fs::remove_all(prefix_);
  throw std::runtime_error("nginx test server did not start: " + why);
}

NginxServer::~NginxServer() {
  stop();
  std::error_code ec;
  fs::remove_all(prefix_, ec);
}

bool NginxServer::start_once(const Options& options, std::string& why) {
  port_ = free_port();
  const fs::path conf = prefix_ / "nginx.conf";
  {
    std::ofstream out(conf);
    out << config(prefix_, port_, options);
  }
  fs::remove(prefix_ / "error.log");
  const std::string prefix_arg = prefix_.string() + "/", conf_arg = conf.string(),
                    log_arg = (prefix_ / "error.log").string(), out_arg = (prefix_ / "stderr.log").string();
  pid_ = ::fork();
  if (pid_ < 0) throw std::runtime_error("nginx test server: fork failed");
  if (pid_ == 0) {
    int fd = ::open(out_arg.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd >= 0) ::dup2(fd, 1), ::dup2(fd, 2);
    const char* argv[] = {"nginx", "-p", prefix_arg.c_str(), "-c", conf_arg.c_str(), "-e", log_arg.c_str(), nullptr};
    ::execv(kNginx, const_cast<char* const*>(argv));
    ::_exit(127);
  }
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
  while (std::chrono::steady_clock::now() < deadline) {
    int status = 0;
    if (::waitpid(pid_, &status, WNOHANG) == pid_) {
      pid_ = -1;
      why = "nginx exited: " + slurp(prefix_ / "stderr.log") + slurp(prefix_ / "error.log");
      return false;
    }
    if (answers(port_)) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  why = "nginx did not answer on port " + std::to_string(port_) + " within 10 s: " + slurp(prefix_ / "error.log");
  stop();
  return false;
}

void NginxServer::stop() {
  if (pid_ <= 0) return;
  ::kill(pid_, SIGTERM);
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(3);
  int status = 0;
  while (::waitpid(pid_, &status, WNOHANG) == 0) {
    if (std::chrono::steady_clock::now() > deadline) {
      ::kill(pid_, SIGKILL);
      ::waitpid(pid_, &status, 0);
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  pid_ = -1;
}

std::string NginxServer::base_url() const { return scheme_ + "://127.0.0.1:" + std::to_string(port_) + "/"; }

std::size_t NginxServer::requests(std::size_t expected, std::chrono::milliseconds settle) const {
  const auto deadline = std::chrono::steady_clock::now() + settle;
  for (;;) {
    std::ifstream in(prefix_ / "access.log");
    std::size_t n = 0;
    for (std::string line; std::getline(in, line);) ++n;
    if (n >= expected || std::chrono::steady_clock::now() >= deadline) return n;
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
}

}  // namespace wt::test

#include "test_server.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <array>
#include <cstdint>
#include <stdexcept>

namespace wt::test {

bool Connection::send(std::string_view data) {
  while (!data.empty()) {
    if (stop_.load()) return false;
    pollfd p{fd_, POLLOUT, 0};
    if (::poll(&p, 1, 50) <= 0) continue;
    const ssize_t n = ::send(fd_, data.data(), data.size(), MSG_NOSIGNAL);
    if (n <= 0) return false;
    data.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

bool Connection::sleep(long ms) {
  const auto end = Clock::now() + std::chrono::milliseconds(ms);
  while (Clock::now() < end) {
    if (stop_.load()) return false;
    std::this_thread::sleep_for(std::min<Clock::duration>(std::chrono::milliseconds(10),
                                                          end - Clock::now()));
  }
  return !stop_.load();
}

TestServer::TestServer() : TestServer("127.0.0.1", 0) {}

TestServer::TestServer(const std::string& address, int port) : address_(address) {
  listen_fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
  if (listen_fd_ < 0) throw std::runtime_error("socket");
  int one = 1;
  ::setsockopt(listen_fd_, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  if (::inet_pton(AF_INET, address.c_str(), &addr.sin_addr) != 1) {
    ::close(listen_fd_);
    throw std::runtime_error("not an IPv4 address: " + address);
  }
  addr.sin_port = htons(static_cast<std::uint16_t>(port));
  if (::bind(listen_fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 ||
      ::listen(listen_fd_, 64) != 0) {
    ::close(listen_fd_);
    throw std::runtime_error("bind/listen on " + address + ":" + std::to_string(port));
  }
  socklen_t len = sizeof addr;
  ::getsockname(listen_fd_, reinterpret_cast<sockaddr*>(&addr), &len);
  port_ = ntohs(addr.sin_port);
  acceptor_ = std::thread([this] { accept_loop(); });
}

TestServer::~TestServer() {
  stop_ = true;
  if (acceptor_.joinable()) acceptor_.join();
  for (auto& w : workers_) {
    if (w.joinable()) w.join();
  }
  ::close(listen_fd_);
}

void TestServer::on(const std::string& path, Handler handler) {
  std::lock_guard lock(mutex_);
  handlers_[path] = std::move(handler);
}

std::string TestServer::url(std::string_view path) const {
  return "http://" + address_ + ":" + std::to_string(port_) + std::string(path);
}

std::vector<HttpRequest> TestServer::requests() const {
  std::lock_guard lock(mutex_);
  return log_;
}

std::vector<HttpRequest> TestServer::requests(const std::string& path) const {
  std::vector<HttpRequest> out;
  for (auto& r : requests()) {
    if (r.path == path) out.push_back(r);
  }
  return out;
}

void TestServer::accept_loop() {
  while (!stop_.load()) {
    pollfd p{listen_fd_, POLLIN, 0};
    if (::poll(&p, 1, 20) <= 0) continue;
    const int fd = ::accept(listen_fd_, nullptr, nullptr);
    if (fd < 0) continue;
    connections_.fetch_add(1);
    std::lock_guard lock(mutex_);
    workers_.emplace_back([this, fd] {
      serve(fd);
      ::close(fd);
    });
  }
}

void TestServer::serve(int fd) {
  std::string head;
  std::array<char, 4096> buf{};
  while (head.find("\r\n\r\n") == std::string::npos) {
    if (stop_.load() || head.size() > 64 * 1024) return;
    pollfd p{fd, POLLIN, 0};
    if (::poll(&p, 1, 20) <= 0) continue;
    const ssize_t n = ::recv(fd, buf.data(), buf.size(), 0);
    if (n <= 0) return;
    head.append(buf.data(), static_cast<std::size_t>(n));
  }
  HttpRequest req;
  req.arrived = Clock::now();
  head.resize(head.find("\r\n\r\n"));
  std::size_t pos = head.find("\r\n");
  const std::string line = head.substr(0, pos);
  const auto sp1 = line.find(' ');
  const auto sp2 = line.find(' ', sp1 + 1);
  if (sp1 == std::string::npos || sp2 == std::string::npos) return;
  req.method = line.substr(0, sp1);
  req.path = line.substr(sp1 + 1, sp2 - sp1 - 1);
  while (pos != std::string::npos && pos < head.size()) {
    const std::size_t start = pos + 2;
    pos = head.find("\r\n", start);
    const std::string h = head.substr(start, pos == std::string::npos ? std::string::npos : pos - start);
    const auto colon = h.find(':');
    if (colon == std::string::npos) continue;
    std::string name = h.substr(0, colon);
    for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    std::string value = h.substr(colon + 1);
    while (!value.empty() && value.front() == ' ') value.erase(0, 1);
    req.headers[name] = value;
  }
  Handler handler;
  std::size_t index = 0;
  {
    std::lock_guard lock(mutex_);
    auto it = handlers_.find(req.path);
    if (it != handlers_.end()) handler = it->second;
    index = log_.size();
    log_.push_back(req);
  }
  Connection conn(fd, stop_);
  if (handler) {
    handler(req, conn);
  } else {
    conn.send(http_response(404, "not found"));
  }
  std::lock_guard lock(mutex_);
  log_[index].finished = Clock::now();
}

std::string http_response(int status, std::string_view body,
                          const std::vector<std::pair<std::string, std::string>>& headers) {
  std::string out = "HTTP/1.1 " + std::to_string(status) + " X\r\n";
  for (const auto& [k, v] : headers) out += k + ": " + v + "\r\n";
  out += "Content-Length: " + std::to_string(body.size()) + "\r\nConnection: close\r\n\r\n";
  out += body;
  return out;
}

namespace {

std::uint32_t crc32_update(std::uint32_t crc, unsigned char byte) {
  static const auto table = [] {
    std::array<std::uint32_t, 256> t{};
    for (std::uint32_t i = 0; i < 256; ++i) {
      std::uint32_t c = i;
      for (int k = 0; k < 8; ++k) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
      t[i] = c;
    }
    return t;
  }();
  return table[(crc ^ byte) & 0xFF] ^ (crc >> 8);
}

class BitWriter {
 public:
  void bits(std::uint32_t value, int count) {  // LSB first (header fields)
    for (int i = 0; i < count; ++i) bit((value >> i) & 1);
  }
  void code(std::uint32_t value, int count) {  // MSB first (Huffman codes)
    for (int i = count - 1; i >= 0; --i) bit((value >> i) & 1);
  }
  void literal(unsigned char c) {
    if (c < 144) code(0x30 + c, 8);
    else code(0x190 + (c - 144), 9);
  }
  std::string finish() {
    if (n_ > 0) out_.push_back(static_cast<char>(cur_));
    return out_;
  }

 private:
  void bit(std::uint32_t b) {
    cur_ |= b << n_;
    if (++n_ == 8) {
      out_.push_back(static_cast<char>(cur_));
      cur_ = 0;
      n_ = 0;
    }
  }
  std::string out_;
  std::uint32_t cur_ = 0;
  int n_ = 0;
};

std::string gzip_wrap(const std::string& deflate, std::uint32_t crc, std::size_t size) {
  std::string out("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff", 10);
  out += deflate;
  for (int i = 0; i < 4; ++i) out.push_back(static_cast<char>((crc >> (8 * i)) & 0xFF));
  for (int i = 0; i < 4; ++i) out.push_back(static_cast<char>((size >> (8 * i)) & 0xFF));
  return out;
}

}  // namespace

std::string gzip_literal(std::string_view text) {
  BitWriter w;
  w.bits(1, 1);  // BFINAL
  w.bits(1, 2);  // fixed Huffman
  std::uint32_t crc = 0xFFFFFFFFu;
  for (char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    w.literal(c);
    crc = crc32_update(crc, c);
  }
  w.code(0, 7);  // end of block
  return gzip_wrap(w.finish(), crc ^ 0xFFFFFFFFu, text.size());
}

std::string gzip_zeros(std::size_t size) {
  BitWriter w;
  w.bits(1, 1);
  w.bits(1, 2);
  std::size_t made = 0;
  std::uint32_t crc = 0xFFFFFFFFu;
  if (size > 0) {
    w.literal(0);
    made = 1;
  }
  while (size - made >= 258) {
    w.code(0xC5, 8);  // length code 285 = 258 bytes
    w.code(0, 5);     // distance code 0 = 1 byte back
    made += 258;
  }
  while (made < size) {
    w.literal(0);
    ++made;
  }
  w.code(0, 7);
  for (std::size_t i = 0; i < size; ++i) crc = crc32_update(crc, 0);
  return gzip_wrap(w.finish(), crc ^ 0xFFFFFFFFu, size);
}

RefusedPort::RefusedPort() {
  fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ::bind(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
  socklen_t len = sizeof addr;
  ::getsockname(fd_, reinterpret_cast<sockaddr*>(&addr), &len);
  port_ = ntohs(addr.sin_port);
}

RefusedPort::~RefusedPort() {
  if (fd_ >= 0) ::close(fd_);
}

}  // namespace wt::test

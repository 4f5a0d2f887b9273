// A small HTTP/1.1 client for the nginx integration test: one GET over
// loopback (Connection: close), any Host and Accept-Encoding, no redirect followed, the raw
// status, headers and body. 127.0.0.1 only; each request gives up after 5 s.
//
//   auto r = wt::test::http_get(port, "sgd.example.vn", "/thcs-le-loi/", {{"Accept-Encoding", "gzip"}});
//   r.status == 200; r.header("content-type") == "text/html; charset=utf-8"
#pragma once

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include <cctype>
#include <map>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace wt::test {

struct HttpResponse {
  int status = 0;
  std::map<std::string, std::string> headers;  ///< names in lower case
  std::string body;

  /// The value of header `name` (lower case), "" when absent.
  std::string header(const std::string& name) const {
    auto it = headers.find(name);
    return it == headers.end() ? "" : it->second;
  }
};

inline std::string http_lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// The body of a chunked response, its chunks joined.
inline std::string dechunk(const std::string& body) {
  std::string out;
  size_t i = 0;
  for (;;) {
    size_t eol = body.find("\r\n", i);
    if (eol == std::string::npos) throw std::runtime_error("chunked body cut short");
    size_t size = std::stoul(body.substr(i, eol - i), nullptr, 16);
    if (size == 0) return out;
    if (eol + 2 + size > body.size()) throw std::runtime_error("chunked body cut short");
    out += body.substr(eol + 2, size);
    i = eol + 2 + size + 2;
  }
}

inline HttpResponse parse_http_response(const std::string& raw) {
  HttpResponse r;
  size_t head_end = raw.find("\r\n\r\n");
  if (head_end == std::string::npos || raw.rfind("HTTP/1.", 0) != 0) throw std::runtime_error("not an HTTP response");
  r.status = std::stoi(raw.substr(9, 3));
  size_t i = raw.find("\r\n") + 2;
  while (i < head_end) {
    size_t eol = raw.find("\r\n", i);
    std::string line = raw.substr(i, eol - i);
    size_t colon = line.find(':');
    if (colon != std::string::npos) {
      size_t v = line.find_first_not_of(' ', colon + 1);
      r.headers[http_lower(line.substr(0, colon))] = v == std::string::npos ? "" : line.substr(v);
    }
    i = eol + 2;
  }
  r.body = raw.substr(head_end + 4);
  if (http_lower(r.header("transfer-encoding")) == "chunked") r.body = dechunk(r.body);
  return r;
}

inline HttpResponse http_get(int port, const std::string& host, const std::string& path,
                             const std::vector<std::pair<std::string, std::string>>& headers = {}) {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0) throw std::runtime_error("socket() failed");
  timeval timeout{5, 0};
  ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
  ::setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, sizeof timeout);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  addr.sin_port = htons(static_cast<uint16_t>(port));
  if (::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
    ::close(fd);
    throw std::runtime_error("cannot connect to 127.0.0.1:" + std::to_string(port));
  }
  std::string request = "GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n";
  for (const auto& [name, value] : headers) request += name + ": " + value + "\r\n";
  request += "\r\n";
  std::string raw;
  bool sent = ::send(fd, request.data(), request.size(), MSG_NOSIGNAL) == static_cast<ssize_t>(request.size());
  char buf[16384];
  for (ssize_t n; sent && (n = ::recv(fd, buf, sizeof buf, 0)) > 0;) raw.append(buf, static_cast<size_t>(n));
  ::close(fd);
  return parse_http_response(raw);
}

}  // namespace wt::test

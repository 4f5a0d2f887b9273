#include "serve/http_server.hpp"

#include <httplib.h>

#include <atomic>
#include <cstdio>
#include <exception>
#include <set>

#include "core/message_catalog.hpp"
#include "serve/reload_script.hpp"
#include "serve/responder.hpp"

namespace wt::serve {
namespace {

using Clock = std::chrono::steady_clock;

constexpr const char* kEventStream = "text/event-stream";

bool is_ipv6(const std::string& a) { return a.find(':') != std::string::npos; }

std::string host_with_port(const std::string& host, int port) {
  return (is_ipv6(host) ? "[" + host + "]" : host) + ":" + std::to_string(port);
}

uint64_t parse_generation(const std::string& text, uint64_t otherwise) {
  if (text.empty() || text.size() > 19 || text.find_first_not_of("0123456789") != std::string::npos) return otherwise;
  return std::stoull(text);
}

void send(httplib::Response& res, const Reply& r) {
  res.status = r.status;
  for (const auto& [name, value] : r.headers) res.set_header(name.c_str(), value);
  res.set_content(r.body, r.content_type.c_str());
}

}  // namespace

bool is_loopback_address(const std::string& a) {
  return a == "localhost" || a == "::1" || a.rfind("127.", 0) == 0;
}

std::string local_base_url(const std::string& bind, int port) {
  const std::string host = (bind == "0.0.0.0" || bind == "::" || bind.empty()) ? "127.0.0.1" : bind;
  return "http://" + host_with_port(host, port) + "/";
}

struct HttpServer::Impl {
  Impl(LiveSite& l, HttpOptions o) : live(l), options(std::move(o)) {}

  LiveSite& live;
  HttpOptions options;
  httplib::Server server;
  std::atomic<size_t> streams{0};
  std::set<std::string> allowed_hosts;  ///< empty: any (a bind that is not loopback)

  void setup(int port);
  void events(const httplib::Request& req, httplib::Response& res);
  bool host_allowed(const httplib::Request& req) const {
    return allowed_hosts.empty() || allowed_hosts.count(req.get_header_value("Host")) > 0;
  }
};

// The routes, the pool and the limits (see the header).
void HttpServer::Impl::setup(int port) {
  if (is_loopback_address(options.bind))
    for (const char* h : {"127.0.0.1", "localhost", "::1"}) allowed_hosts.insert(host_with_port(h, port));
  if (!allowed_hosts.empty()) allowed_hosts.insert(host_with_port(options.bind, port));
  server.new_task_queue = [n = options.max_streams + kPageWorkers] { return new httplib::ThreadPool(n); };
  server.set_keep_alive_timeout(2);
  server.set_read_timeout(5, 0);
  server.set_write_timeout(5, 0);
  server.set_payload_max_length(64 * 1024);
  server.set_pre_routing_handler([this](const httplib::Request& req, httplib::Response& res) {
    if (host_allowed(req)) return httplib::Server::HandlerResponse::Unhandled;
    send(res, {403, "text/plain; charset=utf-8",
                localized("serve.http", "Host not allowed: open the address webtruong serve printed.") + "\n", {}});
    return httplib::Server::HandlerResponse::Handled;
  });
  server.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
    send(res, {500, "text/plain; charset=utf-8", "webtruong serve: internal error\n", {}});
  });
  server.Get(kReloadScriptPath, [](const httplib::Request&, httplib::Response& res) {
    send(res, {200, "text/javascript; charset=utf-8", reload_script(), {{"Cache-Control", "no-store"}}});
  });
  server.Get(kEventsPath, [this](const httplib::Request& req, httplib::Response& res) { events(req, res); });
  server.Get(".*", [this](const httplib::Request& req, httplib::Response& res) {
    if (options.extra_routes)
      if (auto extra = options.extra_routes(req.target)) return send(res, *extra);
    send(res, answer_request(*live.snapshot(), req.target));
  });
}

void HttpServer::Impl::events(const httplib::Request& req, httplib::Response& res) {
  res.set_header("Cache-Control", "no-store");
  if (streams.fetch_add(1) >= options.max_streams) {
    streams.fetch_sub(1);
    res.set_content("retry: 5000\n\n", kEventStream);  // too many tabs: ask again in a while
    return;
  }
  const uint64_t since = parse_generation(req.get_param_value("since"), live.snapshot()->generation);
  const auto deadline = Clock::now() + options.stream_lifetime;
  auto started = std::make_shared<bool>(false);
  res.set_chunked_content_provider(
      kEventStream,
      [this, since, deadline, started](size_t, httplib::DataSink& sink) {
        if (!*started) {
          *started = true;
          const std::string hello = "retry: 1000\n\n";
          return sink.write(hello.data(), hello.size());
        }
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
        const uint64_t now = live.wait_change(since, std::min(left, std::chrono::milliseconds(1000)));
        if (now != since && !live.closed()) {
          const std::string reload = "event: reload\ndata: " + std::to_string(now) + "\n\n";
          if (!sink.write(reload.data(), reload.size())) return false;
          sink.done();
          return true;
        }
        if (live.closed() || Clock::now() >= deadline) {
          sink.done();
          return true;
        }
        const std::string ping = ": ping\n\n";  // finds a closed tab: the write fails
        return sink.write(ping.data(), ping.size());
      },
      [this](bool) { streams.fetch_sub(1); });
}

HttpServer::HttpServer(LiveSite& live, HttpOptions options) : impl_(std::make_unique<Impl>(live, std::move(options))) {}

HttpServer::~HttpServer() = default;

bool HttpServer::bind(std::string* error) {
  const std::string& host = impl_->options.bind;
  int port = impl_->options.port;
  if (port == 0) port = impl_->server.bind_to_any_port(host);
  else if (!impl_->server.bind_to_port(host, port)) port = -1;
  if (port <= 0) {
    if (error) *error = "cannot listen on " + host_with_port(host, impl_->options.port) + " (address in use, or not an address of this machine)";
    return false;
  }
  port_ = port;
  impl_->setup(port);
  return true;
}

void HttpServer::run() { impl_->server.listen_after_bind(); }

void HttpServer::stop() {
  impl_->live.close();
  impl_->server.stop();
}

size_t HttpServer::open_streams() const { return impl_->streams.load(); }

}  // namespace wt::serve

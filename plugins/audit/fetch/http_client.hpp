// HTTP fetching for the crawler audit (issue 4, part 1), behind a narrow
// interface: the crawler sees Request, Response and HttpClient only; the one
// implementation that talks to the network is curl_http_client.cpp (the only
// file that includes libcurl). Tests of the crawler can use a fake client.
//
//   auto client = wt::audit::make_curl_http_client(options);
//   client->add({"https://thcs-a.edu.vn/", 0});
//   client->run([&](wt::audit::Response r) {
//     if (r.error.empty()) client->add({next_link, 0});   // add() from the callback is fine
//   }, std::chrono::minutes(10));
//
// Scheduling: requests wait in one queue per host ("host:port" of the URL),
// highest priority first, first come first served among equals. A request
// starts when fewer than `concurrency` transfers are running in all, fewer
// than `per_host` for its host, and `delay_ms` have passed since the previous
// response from that host finished (and since it started). 429 and 503
// responses are retried (`retries` times) after Retry-After (seconds or an
// HTTP date, capped at `retry_after_cap`) or, without it, after an
// exponential back-off; the whole host waits meanwhile.
//
// Redirects are followed here, not by libcurl (issue 10): each hop (301, 302,
// 303, 307, 308 with a Location) is checked before it is requested: http or
// https only, read the same way by libcurl and by our URL parser, at most
// `max_redirects` hops, and accepted by the RedirectCheck the caller set
// (the crawler's scope: the site's own host). A refused hop ends the request
// with error "redirect refused" and a Refusal naming the target and why.
//
// Every socket is opened by our own callback, which asks the request's
// site's AddressGuard (address_guard.hpp) about the address actually
// connected: cloud metadata, loopback, private, link-local ... addresses
// are refused unless they are the seed's own, whatever DNS answers, and the
// refusal is recorded (error "address refused" when no address was left).
// Proxies come only from FetchOptions::proxy: the proxy environment
// variables (http_proxy, HTTPS_PROXY, ALL_PROXY, NO_PROXY) are ignored.
//
// Nothing here throws on hostile input: every failure ends as a Response
// whose `error` says why.
#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace wt::audit {

struct Request {
  std::string url;
  int priority = 0;  ///< Higher starts first within a host.
  /// Hold the whole host for this long before the request may start (e.g. a
  /// robots.txt answered 5xx, asked again later). 0: no extra wait.
  std::chrono::milliseconds hold{0};
  /// The seed URL of the site this request belongs to: the addresses the
  /// seed's host has are the only non-public ones it may connect to, and
  /// RedirectCheck sees it. Empty: the request's own URL stands for its site.
  std::string site{};
  /// Cap on this request's decompressed body; 0: FetchOptions::max_body.
  std::size_t max_body = 0;
  /// At the cap, keep the first `max_body` bytes and end without an error
  /// (Response::truncated) instead of failing with "body too large".
  bool truncate_body = false;
  /// Extra request headers of the first hop only (a conditional request's
  /// If-None-Match / If-Modified-Since belong to this URL, not to a
  /// redirect's target). A header whose name is not a token or whose value
  /// holds a control character is not sent.
  std::vector<std::pair<std::string, std::string>> headers{};
};

/// Something the fetcher would not do, and why.
struct Refusal {
  std::string url;     ///< The redirect target not requested, or the URL whose connection was refused.
  std::string reason;  ///< "redirect to another site", "cloud metadata address 169.254.169.254" ...
};

struct Header {
  std::string name;   ///< Lower-cased.
  std::string value;  ///< Leading and trailing blanks removed.
};

struct Response {
  std::string requested_url;  ///< Request::url as added.
  std::string url;            ///< Final URL after redirects (the request's when nothing was fetched).
  long status = 0;            ///< Last HTTP status; 0 when no response arrived.
  std::vector<Header> headers;  ///< Of the last response only, in order received.
  std::string body;           ///< Decompressed; may be partial when `error` is set.
  std::string content_type;   ///< As sent, e.g. "text/html; charset=utf-8"; empty if none.
  /// Empty on success (any HTTP status is a success at this level). Otherwise
  /// one of: "timeout", "too many redirects", "body too large", "headers too
  /// large", "connection refused", "host not found", "bad url", "tls error",
  /// "bad content encoding", "truncated body", "empty reply", "host budget
  /// exceeded", "run budget exceeded", "redirect refused", "address refused"
  /// (every address of the host was refused), "cancelled" (HttpClient::cancel),
  /// or libcurl's own message.
  std::string error;
  bool truncated = false;  ///< The body was cut at Request::max_body (truncate_body).
  std::vector<Refusal> refusals;  ///< Redirects and connections refused while fetching it, in order.
  int redirects = 0;  ///< Redirects followed in the last attempt.
  int http_version = 0;  ///< 1 (HTTP/1.x) or 2 (HTTP/2) of the last response; 0 when none arrived.
  int attempts = 0;   ///< 1 + retries made; 0 when never started.
  double seconds = 0;  ///< Duration of the last attempt.

  /// First header with this (lower-case) name, or nullptr.
  const std::string* header(const std::string& lower_name) const;
};

struct FetchOptions {
  std::string user_agent = "Webtruong-audit/0.1 (+https://github.com/webtruong/webtruong)";
  int max_redirects = 10;
  /// Cap on the decompressed body; the transfer is aborted as soon as it is passed.
  std::size_t max_body = 10 * 1024 * 1024;
  double connect_timeout = 10;  ///< Seconds.
  double total_timeout = 30;    ///< Seconds per attempt, redirects included.
  /// Abort a slow drip: fewer than `low_speed_bytes` per second during
  /// `low_speed_seconds` seconds. 0 bytes turns it off.
  long low_speed_bytes = 1024;
  long low_speed_seconds = 10;
  int per_host = 1;      ///< Transfers (and connections) at once per host.
  int concurrency = 8;   ///< Transfers at once in all.
  long delay_ms = 1000;  ///< Politeness delay per host between requests.
  int retries = 2;       ///< Extra attempts after a 429 or 503.
  long retry_backoff_ms = 1000;  ///< Without Retry-After: backoff, 2*backoff, 4*backoff...
  double retry_after_cap = 60;   ///< Seconds; longer Retry-After values are lowered to it.
  /// Wall-clock budget per host in seconds, from its first request (0 = none).
  /// When it is spent, running transfers of the host are cut and its waiting
  /// requests end with "host budget exceeded" without being sent.
  double host_budget = 0;
  bool http2 = true;  ///< HTTP/2 over TLS where the server offers it (ALPN).
  /// CA certificates (PEM) to verify servers with, instead of the system's
  /// (a TLS-inspecting proxy, a test server). Empty: the system's.
  std::string ca_file;
  /// Proxy URL (--proxy) every request goes through. Empty: none, whatever
  /// the proxy environment variables say. With a proxy the sockets go to the
  /// proxy, so only hosts written as IP addresses can be checked.
  std::string proxy;
  /// Test only: CURLOPT_RESOLVE entries ("host:port:address") given to each
  /// transfer as it starts, so a test can give a name to a loopback server
  /// and change its address between requests (DNS that changes its answer).
  std::function<std::vector<std::string>()> test_resolve;
};

class HttpClient {
 public:
  using Callback = std::function<void(Response)>;
  virtual ~HttpClient() = default;

  /// Queues a request; may be called from inside the run() callback.
  virtual void add(Request request) = 0;

  /// Work the caller does beside the transfers (e.g. pages parsed on other
  /// threads): called on run()'s thread at every turn of its loop, where it
  /// may add() requests; returns true while that work may still add some.
  using KeepGoing = std::function<bool()>;

  /// Runs transfers until nothing is queued or running and `keep_going`
  /// (when given) returns false, or until `budget` has passed; calls
  /// `on_response` (on this thread) once per finished request. At the
  /// budget, running transfers end with "run budget exceeded"; requests
  /// still waiting stay queued for a later run(). Returns the number of
  /// responses delivered.
  virtual std::size_t run(const Callback& on_response,
                          std::chrono::milliseconds budget = std::chrono::hours(24),
                          const KeepGoing& keep_going = {}) = 0;

  /// From any thread: a run() waiting for the network turns its loop at
  /// once (calling `keep_going`) instead of at the next network event.
  virtual void wakeup() {}

  /// Requests queued and not yet finished (including retries waiting).
  virtual std::size_t pending() const = 0;

  /// Decides whether a redirect hop may be requested: "" to follow it,
  /// otherwise the reason it is refused. `request` is the request being
  /// fetched (its `site` tells whose scope applies); `target` the absolute
  /// http(s) URL of the hop.
  using RedirectCheck = std::function<std::string(const Request& request, const std::string& target)>;

  /// Ends the queued requests of `site` (Request::site) without sending
  /// them: each is delivered with error "cancelled". Running transfers go
  /// on. Returns how many were cancelled.
  virtual std::size_t cancel(const std::string& site) = 0;

  /// Installs the check every redirect hop must pass (none: any http(s) hop).
  virtual void set_redirect_check(RedirectCheck check) = 0;

  /// Sets the politeness delay of the host of `url` (e.g. robots.txt's
  /// Crawl-delay), replacing FetchOptions::delay_ms for that host only.
  virtual void set_host_delay(const std::string& url, std::chrono::milliseconds delay) = 0;

  /// Starts the host budget (FetchOptions::host_budget) of the host of `url`
  /// again, from its next request: a site probed early and crawled later
  /// (crawl/site_schedule.hpp) has its whole budget for its crawl.
  virtual void restart_host_budget(const std::string& url) = 0;

  /// Convenience: add all, run until idle, return the responses in completion order.
  std::vector<Response> fetch_all(std::vector<Request> requests,
                                  std::chrono::milliseconds budget = std::chrono::hours(24));
};

/// The libcurl (multi interface) implementation.
std::unique_ptr<HttpClient> make_curl_http_client(FetchOptions options = {});

/// Parses a Retry-After value (delta seconds or an HTTP date) into seconds
/// from `now` (Unix time), clamped to [0, cap]; -1 when unusable.
double parse_retry_after(const std::string& value, long long now, double cap);

}  // namespace wt::audit

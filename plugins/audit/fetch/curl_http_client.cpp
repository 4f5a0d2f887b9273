// HttpClient over libcurl's multi interface: the only file of the project that
// includes libcurl. One thread drives every transfer (curl_multi_perform +
// curl_multi_poll); the scheduler below decides which queued request may
// start, so politeness (per-host delay, connections per host, back-off after
// 429/503) lives here and not in libcurl.
#include <curl/curl.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstring>
#include <ctime>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <queue>
#include <string>
#include <utility>
#include <vector>

#include "audit/fetch/address_guard.hpp"
#include "audit/fetch/http_client.hpp"
#include "audit/url/ip_address.hpp"
#include "audit/url/url.hpp"

namespace wt::audit {

namespace {

using Clock = std::chrono::steady_clock;
using Ms = std::chrono::milliseconds;

constexpr std::size_t kMaxHeaderBytes = 256 * 1024;
constexpr std::size_t kMaxHeaders = 500;

std::string trim(std::string_view s) {
  auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!s.empty() && blank(s.front())) s.remove_prefix(1);
  while (!s.empty() && blank(s.back())) s.remove_suffix(1);
  return std::string(s);
}

std::string lower(std::string s) {
  for (auto& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

long to_ms(double seconds) {
  if (!(seconds > 0)) return 0;
  if (seconds > 1e7) return 10'000'000'000L / 1000;  // absurd values: about four months
  return static_cast<long>(std::llround(seconds * 1000.0));
}

/// "host:port" of an http(s) URL, or nullopt when the URL is unusable.
std::optional<std::string> host_key(const std::string& url) {
  if (url.empty() || url.size() > 64 * 1024 || url.find('\0') != std::string::npos) {
    return std::nullopt;
  }
  CURLU* u = curl_url();
  if (!u) return std::nullopt;
  std::optional<std::string> key;
  if (curl_url_set(u, CURLUPART_URL, url.c_str(), 0) == CURLUE_OK) {
    char* scheme = nullptr;
    char* host = nullptr;
    char* port = nullptr;
    if (curl_url_get(u, CURLUPART_SCHEME, &scheme, 0) == CURLUE_OK &&
        curl_url_get(u, CURLUPART_HOST, &host, 0) == CURLUE_OK &&
        curl_url_get(u, CURLUPART_PORT, &port, CURLU_DEFAULT_PORT) == CURLUE_OK) {
      const std::string s = lower(scheme);
      if ((s == "http" || s == "https") && host[0] != '\0') {
        key = lower(host) + ":" + port;
      }
    }
    curl_free(scheme);
    curl_free(host);
    curl_free(port);
  }
  curl_url_cleanup(u);
  return key;
}

struct Pending {
  Request request;
  std::uint64_t seq = 0;
  int attempts = 0;  ///< Attempts already made.
};

struct PendingOrder {
  bool operator()(const Pending& a, const Pending& b) const {
    if (a.request.priority != b.request.priority) return a.request.priority < b.request.priority;
    return a.seq > b.seq;
  }
};

struct Host {
  std::priority_queue<Pending, std::vector<Pending>, PendingOrder> queue;
  int active = 0;
  Clock::time_point next_ok{};
  std::optional<long> delay_ms;  ///< Overrides FetchOptions::delay_ms (Crawl-delay).
  Clock::time_point last_finish{};  ///< When the host's last transfer ended.
  std::optional<Clock::time_point> deadline;  ///< Host budget end, set at its first request.
};

struct SlistFree {
  void operator()(curl_slist* l) const { curl_slist_free_all(l); }
};

struct Transfer {
  CURL* easy = nullptr;
  Pending pending;
  std::string host;
  Response response;
  std::size_t max_body = 0;
  bool truncate_body = false;
  bool too_large = false;
  bool truncated = false;
  bool headers_too_large = false;
  std::size_t header_bytes = 0;
  // The hop being fetched (the request's URL, then each redirect target).
  std::string hop_url;
  std::string hop_host;  ///< Canonical host of hop_url ("" when it does not normalise).
  int hops = 0;          ///< Redirects followed.
  Clock::time_point attempt_start{};
  AddressGuard* guard = nullptr;  ///< The site's addresses (owned by the client).
  bool pinning = false;           ///< This transfer learns the seed's addresses.
  bool through_proxy = false;     ///< Sockets go to the proxy the auditor chose.
  bool socket_refused = false;    ///< The open-socket callback refused an address.
  std::unique_ptr<curl_slist, SlistFree> resolve;  ///< test_resolve entries, while the hop runs.
  std::unique_ptr<curl_slist, SlistFree> first_hop_headers;  ///< Request::headers, for the first hop.
};

/// "Name: value" of Request::headers, those safe to send: the name a token,
/// the value without control characters, both bounded.
curl_slist* header_list(const std::vector<std::pair<std::string, std::string>>& headers) {
  curl_slist* list = nullptr;
  for (const auto& [name, value] : headers) {
    bool ok = !name.empty() && name.size() <= 64 && value.size() <= 1024;
    for (unsigned char c : name) ok = ok && (std::isalnum(c) || c == '-');
    for (unsigned char c : value) ok = ok && c >= 0x20 && c != 0x7f;
    if (!ok) continue;
    curl_slist* next = curl_slist_append(list, (name + ": " + value).c_str());
    if (!next) break;
    list = next;
  }
  return list;
}

std::size_t on_body(char* data, std::size_t size, std::size_t count, void* user) {
  auto* t = static_cast<Transfer*>(user);
  const std::size_t n = size * count;
  const std::size_t room = t->max_body - std::min(t->max_body, t->response.body.size());
  if (n > room) {
    if (t->truncate_body) {
      t->response.body.append(data, room);  // the rest is not read
      t->truncated = true;
    } else {
      t->too_large = true;
    }
    return 0;  // aborts the transfer (CURLE_WRITE_ERROR)
  }
  t->response.body.append(data, n);
  return n;
}

/// The address of a socket libcurl is about to open; nullopt for anything
/// but IPv4 and IPv6.
std::optional<IpAddress> address_of(const curl_sockaddr& a) {
  if (a.family == AF_INET && a.addrlen >= sizeof(sockaddr_in)) {
    const auto* in = reinterpret_cast<const sockaddr_in*>(&a.addr);
    IpAddress out;
    std::memcpy(out.bytes.data(), &in->sin_addr, 4);
    return out;
  }
  if (a.family == AF_INET6 && a.addrlen >= sizeof(sockaddr_in6)) {
    const auto* in6 = reinterpret_cast<const sockaddr_in6*>(&a.addr);
    IpAddress out;
    out.v6 = true;
    std::memcpy(out.bytes.data(), &in6->sin6_addr, 16);
    return out;
  }
  return std::nullopt;
}

/// CURLOPT_OPENSOCKETFUNCTION: the one place where a connection is made,
/// so the check sees the address actually connected, after DNS.
curl_socket_t open_socket(void* user, curlsocktype purpose, curl_sockaddr* a) {
  auto* t = static_cast<Transfer*>(user);
  std::string why;
  auto address = address_of(*a);
  if (purpose != CURLSOCKTYPE_IPCXN) {
    why = "not a TCP connection";
  } else if (!address) {
    why = "not an IP address";
  } else if (!t->through_proxy && t->guard) {
    why = t->guard->check(*address, t->pinning);
  }
  if (!why.empty()) {
    t->socket_refused = true;
    if (t->response.refusals.size() < 16) t->response.refusals.push_back({t->hop_url, why});
    return CURL_SOCKET_BAD;
  }
  return ::socket(a->family, a->socktype | SOCK_CLOEXEC, a->protocol);
}

bool is_redirect(long status) {
  return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

/// The host libcurl reads in `url`, lower-cased; "" when it cannot.
std::string curl_host(const std::string& url) {
  std::string host;
  CURLU* u = curl_url();
  if (!u) return host;
  char* h = nullptr;
  if (curl_url_set(u, CURLUPART_URL, url.c_str(), 0) == CURLUE_OK &&
      curl_url_get(u, CURLUPART_HOST, &h, 0) == CURLUE_OK && h) {
    host = lower(h);
  }
  curl_free(h);
  curl_url_cleanup(u);
  return host;
}

/// Canonical host of an http(s) URL as our parser reads it; "" when it does not normalise.
std::string our_host(const std::string& url) {
  auto n = normalize(url);
  auto u = n ? parse_url(*n) : std::nullopt;
  return u ? u->host : std::string();
}

std::size_t on_header(char* data, std::size_t size, std::size_t count, void* user) {
  auto* t = static_cast<Transfer*>(user);
  const std::size_t n = size * count;
  t->header_bytes += n;
  if (t->header_bytes > kMaxHeaderBytes) {
    t->headers_too_large = true;
    return 0;
  }
  std::string_view line(data, n);
  auto& headers = t->response.headers;
  if (line.substr(0, 5) == "HTTP/") {
    headers.clear();  // a new response (after a redirect or a 1xx)
    return n;
  }
  if (!line.empty() && (line.front() == ' ' || line.front() == '\t')) {
    if (!headers.empty()) {
      const std::string more = trim(line);
      if (!more.empty()) headers.back().value += " " + more;
    }
    return n;
  }
  const auto colon = line.find(':');
  if (colon == std::string_view::npos || colon == 0) return n;  // blank line or garbage
  if (headers.size() >= kMaxHeaders) {
    t->headers_too_large = true;
    return 0;
  }
  headers.push_back({lower(trim(line.substr(0, colon))), trim(line.substr(colon + 1))});
  return n;
}

std::string describe(CURLcode code, const Transfer& t) {
  switch (code) {
    case CURLE_OK: return {};
    case CURLE_OPERATION_TIMEDOUT: return "timeout";
    case CURLE_TOO_MANY_REDIRECTS: return "too many redirects";
    case CURLE_FILESIZE_EXCEEDED: return "body too large";
    case CURLE_WRITE_ERROR:
      if (t.truncated) return {};  // cut where the request asked
      if (t.too_large) return "body too large";
      if (t.headers_too_large) return "headers too large";
      return "write error";
    case CURLE_COULDNT_CONNECT: return t.socket_refused ? "address refused" : "connection refused";
    case CURLE_COULDNT_RESOLVE_HOST: return "host not found";
    case CURLE_URL_MALFORMAT:
    case CURLE_UNSUPPORTED_PROTOCOL: return "bad url";
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE: return "tls error";
    case CURLE_BAD_CONTENT_ENCODING: return "bad content encoding";
    case CURLE_PARTIAL_FILE: return "truncated body";
    case CURLE_GOT_NOTHING: return "empty reply";
    case CURLE_RECV_ERROR:
    case CURLE_SEND_ERROR: return "connection reset";
    default: return curl_easy_strerror(code);
  }
}

void global_init() {
  static std::once_flag once;
  std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

/// Idle connections kept at least (one per host waiting its delay): sites
/// crawled and probed at once with the defaults, with room to spare, well
/// under the usual limit of 1,024 open files.
constexpr long kIdleConnections = 256;

class CurlHttpClient final : public HttpClient {
 public:
  explicit CurlHttpClient(FetchOptions options) : opt_(std::move(options)) {
    global_init();
    opt_.per_host = std::max(1, opt_.per_host);
    opt_.concurrency = std::max(1, opt_.concurrency);
    opt_.max_redirects = std::max(0, opt_.max_redirects);
    opt_.retries = std::max(0, opt_.retries);
    opt_.delay_ms = std::max(0L, opt_.delay_ms);
    multi_ = curl_multi_init();
    if (multi_) {
      curl_multi_setopt(multi_, CURLMOPT_MAX_HOST_CONNECTIONS, static_cast<long>(opt_.per_host));
      // Transfers are capped here (start_eligible: `concurrency` at once),
      // not by libcurl: its cap on connections counts the idle ones too, so
      // with more hosts in rotation than transfers (a province: 100 sites
      // crawled at once over 50 transfers) it closed one host's idle
      // connection to open another's, and nearly every request paid a new
      // handshake, on both sides. Idle connections are kept for kIdleConnections
      // hosts, each waiting its delay to ask again on the same connection.
      curl_multi_setopt(multi_, CURLMOPT_MAXCONNECTS,
                        std::max(static_cast<long>(opt_.concurrency) * 2, kIdleConnections));
      curl_multi_setopt(multi_, CURLMOPT_PIPELINING, static_cast<long>(CURLPIPE_MULTIPLEX));
    }
  }

  ~CurlHttpClient() override {
    for (auto& [easy, t] : active_) {
      if (multi_) curl_multi_remove_handle(multi_, easy);
      curl_easy_cleanup(easy);
    }
    if (multi_) curl_multi_cleanup(multi_);
  }

  void add(Request request) override {
    auto key = host_key(request.url);
    if (!key) {
      Response r;
      r.requested_url = request.url;
      r.url = request.url;
      r.error = "bad url";
      ready_.push_back(std::move(r));
      return;
    }
    Host& host = hosts_[*key];
    if (request.hold.count() > 0) host.next_ok = std::max(host.next_ok, Clock::now() + request.hold);
    host.queue.push(Pending{std::move(request), next_seq_++, 0});
    ++queued_;
  }

  std::size_t pending() const override { return queued_ + active_.size() + ready_.size(); }

  void wakeup() override {
    if (multi_) curl_multi_wakeup(multi_);
  }

  void set_redirect_check(RedirectCheck check) override { redirect_check_ = std::move(check); }

  std::size_t cancel(const std::string& site) override {
    std::size_t n = 0;
    for (auto& [key, host] : hosts_) {
      decltype(host.queue) keep;
      while (!host.queue.empty()) {
        Pending p = host.queue.top();
        host.queue.pop();
        if (p.request.site == site) {
          ready_.push_back(unsent(p, "cancelled"));
          --queued_;
          ++n;
        } else {
          keep.push(std::move(p));
        }
      }
      host.queue = std::move(keep);
    }
    return n;
  }

  void set_host_delay(const std::string& url, Ms delay) override {
    auto key = host_key(url);
    if (!key) return;
    Host& host = hosts_[*key];
    host.delay_ms = std::max(0L, static_cast<long>(delay.count()));
    // Applies from the last response on, like the delay it replaces.
    if (host.last_finish != Clock::time_point{})
      host.next_ok = std::max(host.next_ok, host.last_finish + Ms(*host.delay_ms));
  }

  void restart_host_budget(const std::string& url) override {
    auto key = host_key(url);
    if (!key) return;
    if (auto it = hosts_.find(*key); it != hosts_.end()) it->second.deadline.reset();
  }

  std::size_t run(const Callback& on_response, Ms budget, const KeepGoing& keep_going) override {
    const auto deadline = Clock::now() + budget;
    std::size_t delivered = 0;
    auto deliver = [&] {
      while (!ready_.empty()) {
        std::vector<Response> batch;
        batch.swap(ready_);
        for (auto& r : batch) {
          ++delivered;
          if (on_response) on_response(std::move(r));
        }
      }
    };
    if (!multi_) {
      fail_all_queued("out of memory");
      deliver();
      return delivered;
    }
    for (;;) {
      deliver();
      auto now = Clock::now();
      expire_hosts(now);
      start_eligible(now);
      if (!ready_.empty()) continue;
      bool more = false;
      if (keep_going) {
        // The requests just started go out before the caller's own work,
        // which may take a while; what that work adds starts right after.
        if (!active_.empty()) perform();
        more = keep_going();
        now = Clock::now();
        start_eligible(now);
        if (!ready_.empty()) continue;
      }
      if (active_.empty() && queued_ == 0 && !more) break;
      if (now >= deadline) {
        abort_active("run budget exceeded");
        deliver();
        break;
      }
      perform();
      if (!ready_.empty()) continue;
      now = Clock::now();
      auto wake = std::min(deadline, now + Ms(100));
      if (static_cast<int>(active_.size()) < opt_.concurrency) {
        for (const auto& [key, host] : hosts_) {
          if (!host.queue.empty() && host.active < opt_.per_host) wake = std::min(wake, host.next_ok);
        }
      }
      const auto wait = std::chrono::duration_cast<Ms>(wake - now).count();
      // Returns early on network activity or wakeup(); a wakeup() made
      // before the call is not lost (libcurl keeps it in a socket pair).
      if (wait > 0 || !active_.empty() || more) {
        curl_multi_poll(multi_, nullptr, 0, static_cast<int>(std::clamp<long long>(wait, 0, 100)),
                        nullptr);
      }
    }
    return delivered;
  }

 private:
  /// Moves every transfer along; the finished ones go to ready_ (or back
  /// to their queue, for a retry).
  void perform() {
    int running = 0;
    curl_multi_perform(multi_, &running);
    int left = 0;
    while (CURLMsg* msg = curl_multi_info_read(multi_, &left)) {
      if (msg->msg == CURLMSG_DONE) finish(msg->easy_handle, msg->data.result);
    }
  }

  Response unsent(const Pending& p, const std::string& error) {
    Response r;
    r.requested_url = p.request.url;
    r.url = p.request.url;
    r.error = error;
    r.attempts = p.attempts;
    return r;
  }

  void fail_all_queued(const std::string& error) {
    for (auto& [key, host] : hosts_) {
      while (!host.queue.empty()) {
        ready_.push_back(unsent(host.queue.top(), error));
        host.queue.pop();
        --queued_;
      }
    }
  }

  /// The host budget is spent (with a little slack: libcurl's own timeout,
  /// set to the same deadline, may fire a few milliseconds early).
  static bool spent(const Host& host, Clock::time_point now) {
    return host.deadline && now + Ms(50) >= *host.deadline;
  }

  void expire_hosts(Clock::time_point now) {
    for (auto& [key, host] : hosts_) {
      if (!spent(host, now)) continue;
      while (!host.queue.empty()) {
        ready_.push_back(unsent(host.queue.top(), "host budget exceeded"));
        host.queue.pop();
        --queued_;
      }
    }
  }

  void start_eligible(Clock::time_point now) {
    bool started = true;
    while (started && static_cast<int>(active_.size()) < opt_.concurrency) {
      started = false;
      // Round-robin: resume the scan after the host that started last.
      auto it = hosts_.upper_bound(last_host_);
      for (std::size_t i = 0; i < hosts_.size(); ++i, ++it) {
        if (it == hosts_.end()) it = hosts_.begin();
        Host& host = it->second;
        if (host.queue.empty() || host.active >= opt_.per_host || now < host.next_ok) continue;
        Pending p = host.queue.top();
        host.queue.pop();
        --queued_;
        last_host_ = it->first;
        start(it->first, host, std::move(p), now);
        started = true;
        break;
      }
    }
  }

  void start(const std::string& key, Host& host, Pending p, Clock::time_point now) {
    if (opt_.host_budget > 0 && !host.deadline) {
      host.deadline = now + Ms(to_ms(opt_.host_budget));
    }
    auto t = std::make_unique<Transfer>();
    t->pending = std::move(p);
    t->pending.attempts += 1;
    t->host = key;
    t->max_body = t->pending.request.max_body > 0 ? t->pending.request.max_body : opt_.max_body;
    t->truncate_body = t->pending.request.truncate_body;
    t->response.requested_url = t->pending.request.url;
    t->response.url = t->pending.request.url;
    t->response.attempts = t->pending.attempts;
    t->attempt_start = now;
    t->through_proxy = !opt_.proxy.empty();
    t->guard = &guard_for(t->pending.request);
    CURL* e = curl_easy_init();
    if (!e) {
      t->response.error = "out of memory";
      ready_.push_back(std::move(t->response));
      return;
    }
    t->easy = e;
    curl_easy_setopt(e, CURLOPT_PRIVATE, t.get());
    curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, &on_body);
    curl_easy_setopt(e, CURLOPT_WRITEDATA, t.get());
    curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, &on_header);
    curl_easy_setopt(e, CURLOPT_HEADERDATA, t.get());
    curl_easy_setopt(e, CURLOPT_OPENSOCKETFUNCTION, &open_socket);
    curl_easy_setopt(e, CURLOPT_OPENSOCKETDATA, t.get());
    curl_easy_setopt(e, CURLOPT_USERAGENT, opt_.user_agent.c_str());
    curl_easy_setopt(e, CURLOPT_ACCEPT_ENCODING, "");  // every encoding libcurl can decode
    // Redirects are followed by follow() below, each hop checked first.
    curl_easy_setopt(e, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(e, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
    if (!opt_.ca_file.empty()) curl_easy_setopt(e, CURLOPT_CAINFO, opt_.ca_file.c_str());
    curl_easy_setopt(e, CURLOPT_HTTP_VERSION,
                     opt_.http2 ? CURL_HTTP_VERSION_2TLS : CURL_HTTP_VERSION_1_1);
    curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS, to_ms(opt_.connect_timeout));
    if (opt_.low_speed_bytes > 0 && opt_.low_speed_seconds > 0) {
      curl_easy_setopt(e, CURLOPT_LOW_SPEED_LIMIT, opt_.low_speed_bytes);
      curl_easy_setopt(e, CURLOPT_LOW_SPEED_TIME, opt_.low_speed_seconds);
    }
    curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
    // "" is no proxy at all, whatever http_proxy, HTTPS_PROXY or ALL_PROXY
    // say; with --proxy every host goes through it (NO_PROXY ignored too).
    curl_easy_setopt(e, CURLOPT_PROXY, opt_.proxy.c_str());
    curl_easy_setopt(e, CURLOPT_NOPROXY, "");
    if (!t->pending.request.headers.empty()) {
      t->first_hop_headers.reset(header_list(t->pending.request.headers));
      curl_easy_setopt(e, CURLOPT_HTTPHEADER, t->first_hop_headers.get());
    }
    std::string why;
    if (!begin_hop(*t, t->pending.request.url, now, &why)) {
      curl_easy_cleanup(e);
      t->response.error = why.empty() ? "out of memory" : why;
      ready_.push_back(std::move(t->response));
      return;
    }
    host.active += 1;
    host.next_ok = std::max(host.next_ok, now + Ms(host.delay_ms.value_or(opt_.delay_ms)));
    active_.emplace(e, std::move(t));
  }

  /// The guard of the request's site, one per seed host: sites that share
  /// a host (sub-path sites of a portal, a seed listed twice) share its
  /// addresses, whichever of them connected first.
  AddressGuard& guard_for(const Request& request) {
    const std::string& site = request.site.empty() ? request.url : request.site;
    const std::string host = our_host(site);
    auto it = guards_.find(host);
    if (it == guards_.end()) it = guards_.emplace(host, AddressGuard(site)).first;
    return it->second;
  }

  /// Points the transfer's easy handle at `url` (the request's, or a
  /// redirect target already checked) and adds it to the multi handle, with
  /// what is left of the attempt's time. False with `why` set when the
  /// attempt cannot go on.
  bool begin_hop(Transfer& t, const std::string& url, Clock::time_point now, std::string* why) {
    CURL* e = t.easy;
    t.hop_url = url;
    t.hop_host = our_host(url);
    t.pinning = t.guard->pins(t.hop_host);
    t.response.url = url;
    t.response.body.clear();
    t.response.headers.clear();
    t.response.content_type.clear();
    t.too_large = t.truncated = t.headers_too_large = false;
    t.header_bytes = 0;
    if (t.through_proxy) {
      // The proxy resolves names; an address written in the URL is still ours to judge.
      if (auto a = parse_ip_host(t.hop_host)) {
        std::string refused = t.guard->check(*a, false);
        if (!refused.empty()) {
          t.response.refusals.push_back({url, refused});
          *why = "address refused";
          return false;
        }
      }
    }
    long timeout_ms = to_ms(opt_.total_timeout);
    const long spent = static_cast<long>(std::chrono::duration_cast<Ms>(now - t.attempt_start).count());
    if (timeout_ms > 0) {
      timeout_ms -= spent;
      if (timeout_ms <= 0) {
        *why = "timeout";
        return false;
      }
    }
    const Host& host = hosts_[t.host];
    if (host.deadline) {
      const long left = static_cast<long>(std::chrono::duration_cast<Ms>(*host.deadline - now).count());
      timeout_ms = timeout_ms > 0 ? std::min(timeout_ms, std::max(1L, left)) : std::max(1L, left);
    }
    curl_easy_setopt(e, CURLOPT_URL, url.c_str());
    curl_easy_setopt(e, CURLOPT_TIMEOUT_MS, timeout_ms);
    t.resolve.reset();
    if (opt_.test_resolve) {
      curl_slist* list = nullptr;
      for (const auto& entry : opt_.test_resolve()) list = curl_slist_append(list, entry.c_str());
      t.resolve.reset(list);
    }
    curl_easy_setopt(e, CURLOPT_RESOLVE, t.resolve.get());
    return curl_multi_add_handle(multi_, e) == CURLM_OK;
  }

  /// The next hop of a redirect, or why it may not be requested ("" and
  /// `target` set when it may).
  std::string check_hop(const Transfer& t, const std::string& location_url, std::string* target) {
    auto u = parse_url(location_url);
    std::string scheme = u ? lower(u->scheme) : "";
    if (scheme != "http" && scheme != "https")
      return scheme.empty() ? "redirect to an invalid URL" : "redirect to a " + scheme + ": URL";
    const std::string ours = our_host(location_url);
    if (ours.empty()) return "redirect to an invalid URL";
    // The scope check below reads the URL with our parser, libcurl requests
    // it with its own: they must agree on the host.
    auto theirs = canonical_host(curl_host(location_url));
    if (!theirs || *theirs != ours) return "redirect to an ambiguous URL";
    if (redirect_check_) {
      std::string why = redirect_check_(t.pending.request, location_url);
      if (!why.empty()) return why;
    }
    *target = location_url;
    return "";
  }

  void finish(CURL* easy, CURLcode code) {
    auto found = active_.find(easy);
    if (found == active_.end()) return;
    Transfer& tr = *found->second;
    curl_multi_remove_handle(multi_, easy);
    const auto now = Clock::now();
    Host& host = hosts_[tr.host];

    Response& r = tr.response;
    long status = 0;
    curl_easy_getinfo(easy, CURLINFO_RESPONSE_CODE, &status);
    long version = 0;
    curl_easy_getinfo(easy, CURLINFO_HTTP_VERSION, &version);
    r.http_version = version == CURL_HTTP_VERSION_2_0 ? 2 : version == 0 ? 0 : 1;
    r.status = status;
    char* type = nullptr;
    if (curl_easy_getinfo(easy, CURLINFO_CONTENT_TYPE, &type) == CURLE_OK && type) {
      r.content_type = type;
    }
    r.error = describe(code, tr);
    r.truncated = tr.truncated;
    if (code == CURLE_OPERATION_TIMEDOUT && spent(host, now)) {
      r.error = "host budget exceeded";
    }
    if (tr.pinning) tr.guard->close_pinning();
    if (r.error.empty() && is_redirect(status) && follow(tr, easy, now)) return;

    std::unique_ptr<Transfer> t = std::move(found->second);
    active_.erase(found);
    host.active -= 1;
    host.last_finish = now;
    host.next_ok = std::max(host.next_ok, now + Ms(host.delay_ms.value_or(opt_.delay_ms)));
    r.redirects = t->hops;
    r.seconds = std::chrono::duration<double>(now - t->attempt_start).count();
    curl_easy_cleanup(easy);

    if (r.error.empty() && (r.status == 429 || r.status == 503) &&
        t->pending.attempts <= opt_.retries) {
      double wait = -1;
      if (const std::string* after = r.header("retry-after")) {
        wait = parse_retry_after(*after, static_cast<long long>(std::time(nullptr)),
                                 opt_.retry_after_cap);
      }
      long wait_ms = wait >= 0 ? to_ms(wait)
                               : opt_.retry_backoff_ms << std::min(t->pending.attempts - 1, 16);
      wait_ms = std::min(wait_ms, to_ms(opt_.retry_after_cap));
      host.next_ok = std::max(host.next_ok, now + Ms(wait_ms));
      host.queue.push(std::move(t->pending));
      ++queued_;
      return;
    }
    ready_.push_back(std::move(r));
  }

  /// A 3xx arrived: starts the next hop when it passes check_hop() and the
  /// hop limit (true: the transfer goes on), else says why in the response
  /// (false: the transfer ends). A 3xx without Location is a final answer.
  bool follow(Transfer& t, CURL* easy, Clock::time_point now) {
    Response& r = t.response;
    char* location = nullptr;
    if (curl_easy_getinfo(easy, CURLINFO_REDIRECT_URL, &location) != CURLE_OK || !location || !*location)
      return false;
    const std::string next = location;  // libcurl's copy is gone once the handle is reused
    if (t.hops >= opt_.max_redirects) {
      r.error = "too many redirects";
      return false;
    }
    std::string target;
    const std::string why = check_hop(t, next, &target);
    if (!why.empty()) {
      r.error = "redirect refused";
      r.refusals.push_back({next, why});
      return false;
    }
    ++t.hops;
    curl_easy_setopt(easy, CURLOPT_REFERER, t.hop_url.c_str());
    curl_easy_setopt(easy, CURLOPT_HTTPHEADER, static_cast<curl_slist*>(nullptr));  // first hop only
    std::string error;
    if (begin_hop(t, target, now, &error)) return true;
    r.error = error.empty() ? "out of memory" : error;
    r.status = 0;  // the hop got no answer
    return false;
  }

  void abort_active(const std::string& error) {
    for (auto& [easy, t] : active_) {
      curl_multi_remove_handle(multi_, easy);
      curl_easy_cleanup(easy);
      hosts_[t->host].active -= 1;
      t->response.error = error;
      ready_.push_back(std::move(t->response));
    }
    active_.clear();
  }

  FetchOptions opt_;
  RedirectCheck redirect_check_;
  std::map<std::string, AddressGuard> guards_;  ///< By the host of the site's seed (Request::site, else the URL).
  CURLM* multi_ = nullptr;
  std::map<std::string, Host> hosts_;
  std::string last_host_;
  std::map<CURL*, std::unique_ptr<Transfer>> active_;
  std::vector<Response> ready_;
  std::size_t queued_ = 0;
  std::uint64_t next_seq_ = 0;
};

}  // namespace

double parse_retry_after(const std::string& value, long long now, double cap) {
  const std::string v = trim(value);
  if (v.empty() || v.size() > 200) return -1;
  double seconds = -1;
  if (std::all_of(v.begin(), v.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    long long n = 0;
    const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
    seconds = ec == std::errc() ? static_cast<double>(n) : cap;  // overflow: as long as allowed
  } else {
    global_init();
    const time_t when = curl_getdate(v.c_str(), nullptr);
    if (when == -1) return -1;
    seconds = static_cast<double>(when) - static_cast<double>(now);
  }
  return std::clamp(seconds, 0.0, std::max(0.0, cap));
}

std::unique_ptr<HttpClient> make_curl_http_client(FetchOptions options) {
  return std::make_unique<CurlHttpClient>(std::move(options));
}

}  // namespace wt::audit

// HttpClient over libcurl's multi interface: the only file of the project that
// includes libcurl. One thread drives every transfer (curl_multi_perform +
// curl_multi_poll); the scheduler below decides which queued request may
// start, so politeness (per-host delay, connections per host, back-off after
// 429/503) lives here and not in libcurl.
#include <curl/curl.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <ctime>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <queue>
#include <string>
#include <utility>
#include <vector>

#include "audit/fetch/http_client.hpp"

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

struct Transfer {
  CURL* easy = nullptr;
  Pending pending;
  std::string host;
  Response response;
  std::size_t max_body = 0;
  bool too_large = false;
  bool headers_too_large = false;
  std::size_t header_bytes = 0;
};

std::size_t on_body(char* data, std::size_t size, std::size_t count, void* user) {
  auto* t = static_cast<Transfer*>(user);
  const std::size_t n = size * count;
  if (n > t->max_body - std::min(t->max_body, t->response.body.size())) {
    t->too_large = true;
    return 0;  // aborts the transfer (CURLE_WRITE_ERROR)
  }
  t->response.body.append(data, n);
  return n;
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
      if (t.too_large) return "body too large";
      if (t.headers_too_large) return "headers too large";
      return "write error";
    case CURLE_COULDNT_CONNECT: return "connection refused";
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
      curl_multi_setopt(multi_, CURLMOPT_MAX_TOTAL_CONNECTIONS, static_cast<long>(opt_.concurrency));
      curl_multi_setopt(multi_, CURLMOPT_MAXCONNECTS, static_cast<long>(opt_.concurrency) * 2);
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

  void set_host_delay(const std::string& url, Ms delay) override {
    auto key = host_key(url);
    if (!key) return;
    Host& host = hosts_[*key];
    host.delay_ms = std::max(0L, static_cast<long>(delay.count()));
    // Applies from the last response on, like the delay it replaces.
    if (host.last_finish != Clock::time_point{})
      host.next_ok = std::max(host.next_ok, host.last_finish + Ms(*host.delay_ms));
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
    long timeout_ms = to_ms(opt_.total_timeout);
    if (host.deadline) {
      const long left = static_cast<long>(
          std::chrono::duration_cast<Ms>(*host.deadline - now).count());
      timeout_ms = timeout_ms > 0 ? std::min(timeout_ms, std::max(1L, left)) : std::max(1L, left);
    }
    auto t = std::make_unique<Transfer>();
    t->pending = std::move(p);
    t->pending.attempts += 1;
    t->host = key;
    t->max_body = opt_.max_body;
    t->response.requested_url = t->pending.request.url;
    t->response.url = t->pending.request.url;
    t->response.attempts = t->pending.attempts;
    CURL* e = curl_easy_init();
    if (!e) {
      t->response.error = "out of memory";
      ready_.push_back(std::move(t->response));
      return;
    }
    t->easy = e;
    curl_easy_setopt(e, CURLOPT_URL, t->pending.request.url.c_str());
    curl_easy_setopt(e, CURLOPT_PRIVATE, t.get());
    curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, &on_body);
    curl_easy_setopt(e, CURLOPT_WRITEDATA, t.get());
    curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, &on_header);
    curl_easy_setopt(e, CURLOPT_HEADERDATA, t.get());
    curl_easy_setopt(e, CURLOPT_USERAGENT, opt_.user_agent.c_str());
    curl_easy_setopt(e, CURLOPT_ACCEPT_ENCODING, "");  // every encoding libcurl can decode
    curl_easy_setopt(e, CURLOPT_FOLLOWLOCATION, 1L);
    curl_easy_setopt(e, CURLOPT_MAXREDIRS, static_cast<long>(opt_.max_redirects));
    curl_easy_setopt(e, CURLOPT_AUTOREFERER, 1L);
    curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(e, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
    if (!opt_.ca_file.empty()) curl_easy_setopt(e, CURLOPT_CAINFO, opt_.ca_file.c_str());
    curl_easy_setopt(e, CURLOPT_HTTP_VERSION,
                     opt_.http2 ? CURL_HTTP_VERSION_2TLS : CURL_HTTP_VERSION_1_1);
    curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS, to_ms(opt_.connect_timeout));
    curl_easy_setopt(e, CURLOPT_TIMEOUT_MS, timeout_ms);
    if (opt_.low_speed_bytes > 0 && opt_.low_speed_seconds > 0) {
      curl_easy_setopt(e, CURLOPT_LOW_SPEED_LIMIT, opt_.low_speed_bytes);
      curl_easy_setopt(e, CURLOPT_LOW_SPEED_TIME, opt_.low_speed_seconds);
    }
    curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(e, CURLOPT_NOPROXY, "127.0.0.1,localhost,::1");
    if (curl_multi_add_handle(multi_, e) != CURLM_OK) {
      curl_easy_cleanup(e);
      t->response.error = "out of memory";
      ready_.push_back(std::move(t->response));
      return;
    }
    host.active += 1;
    host.next_ok = std::max(host.next_ok, now + Ms(host.delay_ms.value_or(opt_.delay_ms)));
    active_.emplace(e, std::move(t));
  }

  void finish(CURL* easy, CURLcode code) {
    auto found = active_.find(easy);
    if (found == active_.end()) return;
    std::unique_ptr<Transfer> t = std::move(found->second);
    active_.erase(found);
    curl_multi_remove_handle(multi_, easy);
    const auto now = Clock::now();
    Host& host = hosts_[t->host];
    host.active -= 1;
    host.last_finish = now;
    host.next_ok = std::max(host.next_ok, now + Ms(host.delay_ms.value_or(opt_.delay_ms)));

    Response& r = t->response;
    char* effective = nullptr;
    if (curl_easy_getinfo(easy, CURLINFO_EFFECTIVE_URL, &effective) == CURLE_OK && effective) {
      r.url = effective;
    }
    long status = 0;
    curl_easy_getinfo(easy, CURLINFO_RESPONSE_CODE, &status);
    long version = 0;
    curl_easy_getinfo(easy, CURLINFO_HTTP_VERSION, &version);
    r.http_version = version == CURL_HTTP_VERSION_2_0 ? 2 : version == 0 ? 0 : 1;
    r.status = status;
    long redirects = 0;
    curl_easy_getinfo(easy, CURLINFO_REDIRECT_COUNT, &redirects);
    r.redirects = static_cast<int>(redirects);
    char* type = nullptr;
    if (curl_easy_getinfo(easy, CURLINFO_CONTENT_TYPE, &type) == CURLE_OK && type) {
      r.content_type = type;
    }
    curl_off_t micros = 0;
    curl_easy_getinfo(easy, CURLINFO_TOTAL_TIME_T, &micros);
    r.seconds = static_cast<double>(micros) / 1e6;
    r.error = describe(code, *t);
    if (code == CURLE_OPERATION_TIMEDOUT && spent(host, now)) {
      r.error = "host budget exceeded";
    }
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

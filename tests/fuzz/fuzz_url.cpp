// libFuzzer target: URL parsing, resolution, normalisation, scope and the
// trap guard (plugins/audit/url). The input's first line is a base URL, the
// rest reference lines (hrefs) resolved against it.
// Invariants: parse_uri_reference recomposes to its input (RFC 3986 §5.3);
// a normalised URL is an http(s) URL without fragment that normalises to
// itself; normalize_link is resolve_reference then normalize; resolving
// against an absolute base gives an absolute URL; remove_dot_segments of an
// absolute path leaves no dot segment and is idempotent; same_site is
// reflexive for normalised URLs (in both modes) and symmetric by host;
// scope_path_prefix starts and ends with '/'; the trap guard counts every
// check and returns Duplicate for a URL it accepted before. IP hosts
// (ip_address.hpp, address_policy.hpp): the canonical form of a host is
// canonical and of the same kind and address; an address written back
// parses to itself; an IPv4 address has the class of its IPv4-mapped IPv6
// form; a host that ends in a number is an IPv4 address or invalid.
#include <string>

#include "audit/url/address_policy.hpp"
#include "audit/url/ip_address.hpp"
#include "audit/url/scope.hpp"
#include "audit/url/trap_guard.hpp"
#include "audit/url/url.hpp"
#include "fuzz_support.hpp"

using namespace wt::audit;

namespace {

bool has_dot_segment(std::string_view path) {
  size_t start = 0;
  while (start <= path.size()) {
    size_t end = path.find('/', start);
    if (end == std::string_view::npos) end = path.size();
    std::string_view seg = path.substr(start, end - start);
    if (seg == "." || seg == "..") return true;
    start = end + 1;
  }
  return false;
}

void check_parse(std::string_view text) {
  auto u = parse_uri_reference(text);
  if (!u) return;
  FUZZ_CHECK(to_string(*u) == text);
  if (!u->path.empty() && u->path.front() == '/') {
    const std::string once = remove_dot_segments(u->path);
    FUZZ_CHECK(!has_dot_segment(once));
    FUZZ_CHECK(remove_dot_segments(once) == once);
  }
}

std::optional<std::string> check_normalize(std::string_view text) {
  auto n = normalize(text);
  if (!n) return n;
  auto again = normalize(*n);
  FUZZ_CHECK(again && *again == *n);
  auto u = parse_url(*n);
  FUZZ_CHECK(u);
  FUZZ_CHECK(u->scheme == "http" || u->scheme == "https");
  FUZZ_CHECK(u->has_authority && !u->host.empty());
  FUZZ_CHECK(!u->has_fragment);
  FUZZ_CHECK(!u->path.empty() && u->path.front() == '/');
  FUZZ_CHECK(!has_dot_segment(u->path));
  for (char c : u->host) FUZZ_CHECK(!(c >= 'A' && c <= 'Z'));
  FUZZ_CHECK(same_site(*n, *n));
  FUZZ_CHECK(same_site(*n, *n, ScopeMode::PathPrefix));
  FUZZ_CHECK(same_site(text, *n));
  return n;
}

void check_host(std::string_view host) {
  const ParsedHost p = parse_host(host);
  auto canon = canonical_host(host);
  FUZZ_CHECK(canon.has_value() == (p.kind != HostKind::Invalid));
  if (!canon) return;
  FUZZ_CHECK(canonical_host(*canon) == canon);
  const ParsedHost again = parse_host(*canon);
  FUZZ_CHECK(again.kind == p.kind);
  if (p.kind == HostKind::Name) return;
  FUZZ_CHECK(again.address == p.address);
  FUZZ_CHECK(parse_ip_host(host) == p.address);
  const std::string text = to_string(p.address);
  FUZZ_CHECK(parse_ip_host(p.address.v6 ? "[" + text + "]" : text) == p.address);
  const AddressClass cls = classify(p.address);
  FUZZ_CHECK(!address_class_name(cls).empty());
  if (!p.address.v6) {
    IpAddress mapped;
    mapped.v6 = true;
    mapped.bytes[10] = mapped.bytes[11] = 0xFF;
    for (size_t i = 0; i < 4; ++i) mapped.bytes[12 + i] = p.address.bytes[i];
    FUZZ_CHECK(classify(mapped) == cls);
    FUZZ_CHECK(embedded_ipv4(mapped) == p.address);
  }
}

/// The host of a URL-ish line, as normalize() would look at it.
void check_hosts_of(std::string_view text) {
  check_host(text);
  if (auto u = parse_uri_reference(text); u && u->has_authority) check_host(u->host);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text = wt_fuzz::as_text(data, size);
  auto [base, rest] = wt_fuzz::split_line(text);

  check_parse(text);
  check_parse(base);
  check_hosts_of(base);
  const auto base_norm = check_normalize(base);
  (void)check_normalize(text);
  (void)host_without_www(base);
  const std::string prefix = scope_path_prefix(base);
  FUZZ_CHECK(!prefix.empty() && prefix.front() == '/' && prefix.back() == '/');

  TrapGuard guard(2024);
  TrapLimits tight;
  tight.max_per_pattern = 2;
  tight.max_calendar_urls = 2;
  tight.max_page = 3;
  TrapGuard tight_guard(2024, tight);
  size_t checks[2] = {0, 0};
  auto check_trap = [&](const std::string& url) {
    TrapGuard* guards[2] = {&guard, &tight_guard};
    for (int i = 0; i < 2; ++i) {
      const TrapVerdict v = guards[i]->check(url);
      ++checks[i];
      FUZZ_CHECK(!trap_verdict_name(v).empty());
      if (v == TrapVerdict::Accept) {
        FUZZ_CHECK(guards[i]->check(url) == TrapVerdict::Duplicate);
        ++checks[i];
      }
    }
  };
  if (base_norm) check_trap(*base_norm);

  for (std::string_view href : wt_fuzz::lines(rest, 16)) {
    check_parse(href);
    check_hosts_of(href);
    auto resolved = resolve_reference(base, href);
    if (resolved) {
      auto r = parse_url(*resolved);
      FUZZ_CHECK(r && !r->scheme.empty());
    }
    auto link = normalize_link(base, href);
    FUZZ_CHECK(link == (resolved ? normalize(*resolved) : std::nullopt));
    if (link) {
      (void)check_normalize(*link);
      check_trap(*link);
      if (base_norm) {
        FUZZ_CHECK(same_site(*link, *base_norm) == same_site(*base_norm, *link));
        (void)same_site(*link, *base_norm, ScopeMode::PathPrefix);
      }
    }
    (void)check_normalize(href);
    check_trap(std::string(href));
  }

  // Every check() is counted under exactly one verdict.
  TrapGuard* guards[2] = {&guard, &tight_guard};
  for (int i = 0; i < 2; ++i) {
    size_t total = 0;
    for (size_t v = 0; v < kTrapVerdictCount; ++v) total += guards[i]->count(static_cast<TrapVerdict>(v));
    FUZZ_CHECK(total == checks[i]);
  }
  return 0;
}

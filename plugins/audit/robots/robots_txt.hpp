// robots.txt per RFC 9309 (Robots Exclusion Protocol): a pure parser and
// matcher, text in and decision out, no network. The crawler fetches
// /robots.txt itself, follows at most `max_robots_redirects` (5) redirects,
// maps the final HTTP status through `robots_action()`, and hands the body to
// `parse()` (or builds the result with `robots_from_response()`, which does
// both). Results may be cached for at most 24 hours (RFC 9309 §2.4).
//
//   auto robots = wt::audit::parse(body);
//   wt::audit::allowed(robots, "Webtruong-audit/0.1", "/tin-tuc?page=2");
//   wt::audit::crawl_delay(robots, "Webtruong-audit/0.1");  // clamped
//   robots.sitemaps;                                         // absolute URLs
//
// Matching: the product token of the caller's User-Agent (its leading run of
// [A-Za-z_-]) is compared case-insensitively with the user-agent lines; all
// groups naming it are merged, otherwise all `*` groups are, otherwise
// everything is allowed. Inside the group the longest matching pattern wins
// and Allow wins ties; `*` matches any octets, a final `$` anchors the end.
// Both patterns and paths are percent-normalised before comparison (§2.2.2):
// non-ASCII, control and space octets are encoded, encoded unreserved
// characters (A-Z a-z 0-9 - . _ ~) are decoded, hex digits are upper-cased;
// reserved characters are left as they are. `/robots.txt` is always allowed.
// Nothing here throws; garbage input yields a usable (possibly empty) result.
#pragma once

#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace wt::audit {

/// Parser settings.
struct RobotsOptions {
  /// Only this many leading bytes are read (RFC 9309 §2.5: at least 500 KiB).
  /// When the cap cuts a line, that incomplete line is dropped.
  std::size_t max_bytes = 500 * 1024;
  /// Crawl-delay values above this are lowered to it (Crawl-delay is not in
  /// RFC 9309; it is honoured for politeness, up to this ceiling).
  std::chrono::milliseconds crawl_delay_ceiling{10'000};
};

struct RobotsRule {
  bool allow = false;
  std::string pattern;  ///< Normalised, without the trailing `$`.
  bool anchored = false;  ///< Pattern ended with `$`.
  /// Specificity for longest-match: octets of the normalised pattern as
  /// written (including `*` and `$`).
  std::size_t length = 0;
};

struct RobotsGroup {
  std::vector<std::string> agents;  ///< Lower-cased product tokens, "*" for the global group.
  std::vector<RobotsRule> rules;
  std::optional<std::chrono::milliseconds> crawl_delay;  ///< Already clamped.
};

/// Counts for the audit report (how clean is the site's robots.txt).
struct RobotsStats {
  int lines = 0;               ///< Lines read (a final line without newline counts).
  int directives = 0;          ///< Recognised lines: user-agent, allow, disallow, sitemap, crawl-delay.
  int unknown_directives = 0;  ///< `name: value` lines with an unknown name.
  int invalid_lines = 0;       ///< Non-blank lines that are not `name: value` at all.
  bool truncated = false;      ///< The input was longer than `max_bytes`.
};

/// What the crawler should do with /robots.txt, by HTTP status.
enum class RobotsMode {
  rules,                     ///< 2xx: obey the parsed rules.
  allow_all,                 ///< "Unavailable" (4xx, too many redirects): no restrictions.
  disallow_all_retry_later,  ///< "Unreachable" (5xx, 429, network error): crawl nothing, fetch robots.txt again later.
};

struct Robots {
  RobotsMode mode = RobotsMode::rules;
  std::vector<RobotsGroup> groups;     ///< In file order; the same agent may appear in several.
  std::vector<std::string> sitemaps;   ///< Absolute http(s) URLs, in file order, without duplicates.
  RobotsStats stats;
};

/// Parses robots.txt text (UTF-8, BOM, LF/CRLF/CR tolerated). Never fails.
Robots parse(std::string_view text, const RobotsOptions& options = {});

/// True when `user_agent` may fetch `path_and_query` ("/a/b?c=d", no
/// fragment; "" means "/"). `user_agent` may be a full User-Agent header;
/// only its product token is used.
bool allowed(const Robots& robots, std::string_view user_agent, std::string_view path_and_query);

/// The Crawl-delay of the group that applies to `user_agent`, clamped to the
/// ceiling; nullopt when none is given. For a merged group, the largest.
std::optional<std::chrono::milliseconds> crawl_delay(const Robots& robots, std::string_view user_agent);

// ---- HTTP status policy (RFC 9309 §2.3.1) ----

/// Redirects the caller follows for /robots.txt before treating it as
/// unavailable (RFC 9309 §2.3.1.2: at least five).
inline constexpr int max_robots_redirects = 5;

enum class RobotsAction {
  parse,                     ///< 2xx: parse the body.
  follow_redirect,           ///< 3xx and fewer than max_robots_redirects hops so far: fetch Location.
  allow_all,                 ///< 4xx, or too many redirects: unavailable, crawl everything.
  disallow_all_retry_later,  ///< 5xx, 429, 0 (unreachable) or anything else: crawl nothing, retry later.
};

/// `status` is the final HTTP status, 0 when the server could not be reached
/// (DNS, connect, TLS, timeout). `redirects_followed` counts hops already
/// taken. 429 is treated like 5xx (the server asks us to slow down; RFC 9309
/// lets a crawler be stricter than "allow all").
RobotsAction robots_action(int status, int redirects_followed = 0);

/// The final response turned into a Robots: parsed on 2xx, allow-all or
/// disallow-all otherwise (the mode tells which). Redirects must already
/// have been followed; a 3xx here means the hop limit was hit (allow all).
Robots robots_from_response(int status, std::string_view body, const RobotsOptions& options = {});

// ---- helpers, public for the crawler and tests ----

/// RFC 9309 §2.2.2 percent normalisation (see the header comment). A '%'
/// that starts no escape is kept, or written %25 where decoding would make it
/// start one ("%4%41" -> "%254A"), so normalising twice changes nothing.
std::string normalise_path(std::string_view path);

/// Path, params and query of a URL, without the fragment; "/" when empty.
/// "http://a.b/c?d#e" -> "/c?d", "a.b" -> "/", "//a/b/c" -> "/b/c".
std::string path_from_url(std::string_view url);

/// The product token at the start of a User-Agent ("Foo-Bot/1.2 (x)" -> "Foo-Bot").
std::string_view product_token(std::string_view user_agent);

/// True when `token` is a non-empty run of [A-Za-z_-] (RFC 9309 §2.2.1).
bool is_valid_product_token(std::string_view token);

}  // namespace wt::audit

// URLs as the crawler sees them: an RFC 3986 parser, the reference resolver
// of RFC 3986 §5.2, and the normal form used as the key of the frontier.
// Everything here is pure (no network, no clock) and never throws.
//
// normalize() keeps only http and https URLs and rewrites them to one form:
// scheme and host lower-cased, default port (80 for http, 443 for https)
// dropped, dot segments removed, percent-encoding normalised (escapes of
// unreserved characters decoded, the remaining escapes in upper-case hex,
// raw bytes that may not appear in a URL - spaces, non-ASCII UTF-8 - escaped),
// an empty path made "/", the fragment dropped, session ids (PHPSESSID,
// jsessionid also as the ";jsessionid=" path parameter, sid, sessionid,
// ASPSESSIONID*) and tracking parameters (utm_*, fbclid, gclid) removed.
// The other query parameters keep their order and values, so NukeViet's
// "index.php?language=vi&nv=news&op=..." survives intact.
//
// IP hosts are read as the WHATWG URL Standard reads them (ip_address.hpp):
// "http://2852039166/" and "http://0xA9.0376.43518/" normalise to
// "http://169.254.169.254/", IPv6 literals are compressed, and a host that
// ends in a number without being an IPv4 address ("a.1", "1.2.3.4.5") is
// refused.
//
// IDN hosts are left as given: only ASCII letters are lower-cased, and no
// punycode conversion is done, so "Trường.edu.vn" and its "xn--" form stay
// two different hosts (pages link one way in practice).
//
//   auto u = wt::audit::normalize("HTTP://Example.edu.vn:80/a/./b/../c?utm_source=x&nv=news#top");
//   *u == "http://example.edu.vn/a/c?nv=news"
//   wt::audit::resolve_reference("http://a/b/c/d;p?q", "../g") == "http://a/b/g"
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace wt::audit {

// The five components of RFC 3986 §3, with the authority split. A component
// that is absent differs from one that is present but empty ("http://a?" has
// an empty query), which matters for reference resolution.
struct Url {
  std::string scheme;  ///< Empty for a relative reference.
  bool has_authority = false;
  bool has_userinfo = false;
  std::string userinfo;
  std::string host;  ///< As written; "[...]" kept around IP literals.
  bool has_port = false;
  std::string port;  ///< Digits as written (may be empty: "http://a:/").
  std::string path;
  bool has_query = false;
  std::string query;
  bool has_fragment = false;
  std::string fragment;

  std::string authority() const;
};

// Parses any URI reference (absolute or relative) with the grammar of
// RFC 3986 Appendix B. A would-be scheme that is not ALPHA *(ALPHA / DIGIT /
// "+" / "-" / ".") is read as part of a relative path. Returns nullopt for a
// port that is not all digits.
std::optional<Url> parse_uri_reference(std::string_view text);

// Parses an absolute URL (a scheme is required).
std::optional<Url> parse_url(std::string_view text);

// Recomposes a URL as RFC 3986 §5.3 does; a path starting with "//" and no
// authority is written "/.//..." so that it reads back as a path.
std::string to_string(const Url& url);

// RFC 3986 §5.2.4.
std::string remove_dot_segments(std::string_view path);

// RFC 3986 §5.2.2 (strict: "http:g" against an http base stays "http:g").
Url resolve(const Url& base, const Url& reference);

// Resolves reference text against an absolute base. Leading and trailing
// spaces and control characters, and tabs and line breaks anywhere, are
// removed from the reference first (as browsers do with href values).
// Returns nullopt when base is not absolute or either does not parse.
std::optional<std::string> resolve_reference(std::string_view base, std::string_view reference);

// The normal form described above; nullopt for anything that is not a
// parseable http(s) URL with a valid host (reg-name or [IP literal]).
std::optional<std::string> normalize(std::string_view url);

// resolve_reference() then normalize(): a link found on page `base`.
std::optional<std::string> normalize_link(std::string_view base, std::string_view href);

// normalize_link for the links of many pages (a crawl), with the same
// results, cheaper: the base is parsed once for all the links of a page, and
// the normal form of a link that does not depend on the page's path (an
// absolute URL, or a path from the root such as "/tin-tuc/", which depends
// only on the base's scheme and authority) is remembered, for at most
// `capacity` links at a time (then all are forgotten). Every page repeats its
// menus, so most links are known. Not thread-safe: one per thread.
//
//   LinkNormalizer links;
//   for (const auto& l : page.links) out.push_back(links(page_url, l.href));
class LinkNormalizer {
 public:
  explicit LinkNormalizer(size_t capacity = 16384) : capacity_(capacity) {}

  std::optional<std::string> operator()(std::string_view base, std::string_view href);

 private:
  size_t capacity_;
  bool has_base_ = false;
  std::string base_;            ///< The last base,
  std::optional<Url> parsed_;   ///< parsed as resolve_reference does,
  std::string origin_;          ///< and its scheme and authority ("http://a.vn").
  std::unordered_map<std::string, std::optional<std::string>> known_;  ///< By origin and reference.
};

}  // namespace wt::audit

// URL safety: the one check of where a link or an image may point, applied to
// every URL Webtruong writes into a page (Markdown links and images, the
// attributes of raw HTML, site.yaml menus, links and logo, front matter
// images, the file and web addresses of data files).
//
//   if (auto why = wt::url_refusal(url, wt::UrlUse::Link))
//     sink.error(pos, "config.url", "the address '" + url + "' cannot be used: " + *why);
//
// The check is an allow-list of schemes: http, https, mailto and tel for
// links; http, https and data:image/{png,gif,jpeg,webp} for images; and
// relative URLs (no scheme: a path on this site, "#muc-1", "//host/x") for
// both. The URL is read as a browser's URL parser reads it (WHATWG URL
// standard): leading and trailing C0 controls and spaces are stripped, tabs,
// LF and CR are removed wherever they are, and the scheme is an ASCII letter
// followed by letters, digits, '+', '-' or '.' up to the first ':'. The text
// is judged a second time with HTML character references decoded
// ("&#x000000006a;avascript:", "java&Tab;script&colon;"), the way a browser
// decodes an attribute value, so the verdict does not depend on whether the
// caller's value was already decoded.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace wt {

enum class UrlUse {
  Link,   ///< where a link goes: http, https, mailto, tel, or relative
  Image,  ///< where an image is loaded from: http, https, relative, or data:image/{png,gif,jpeg,webp}
};

/// The scheme of `url` in lower case, as a browser reads it ("https" for
/// " HtTpS://x"), or "" when the URL is relative.
std::string url_scheme(std::string_view url);

/// nullopt when `url` may be used as `use`; otherwise why not, as the end of a
/// sentence a teacher can read ("'javascript:' addresses run scripts").
std::optional<std::string> url_refusal(std::string_view url, UrlUse use);

}  // namespace wt

// The cache validators a server sends (RFC 9110 8.8) and a conditional
// request sends back, checked before they are kept or sent: hostile servers
// (and edited histories) must not put CR, LF or anything else into our
// request headers, nor grow the history without bound.
//
//   if (valid_etag(*r.header("etag"))) memo.etag = *r.header("etag");
#pragma once

#include <cstddef>
#include <string_view>

namespace wt::audit {

inline constexpr std::size_t kMaxValidatorBytes = 256;

/// entity-tag = [ "W/" ] DQUOTE *etagc DQUOTE, etagc = %x21 / %x23-7E
/// (obs-text refused), at most kMaxValidatorBytes.
bool valid_etag(std::string_view value);

/// An IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT"), a real day and time.
bool valid_http_date(std::string_view value);

}  // namespace wt::audit

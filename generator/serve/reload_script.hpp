// The live reload of `webtruong serve`: a small script, served by the dev
// server itself at kReloadScriptPath, and the one <script> element put
// into every HTML page it serves (never into what `webtruong build`
// writes: the build's output does not pass through here).
//
// The script opens a Server-Sent Events stream at kEventsPath, telling the
// server which build the page came from (data-generation); the server
// sends "event: reload" as soon as a later build changed the site (at
// once when that happened before the stream opened), and ends each
// stream after a while so that a worker thread is not held for ever; the
// browser's EventSource then connects again by itself. The theme's
// Content-Security-Policy allows it as it is: the script comes from
// 'self' (no inline script) and the stream is same-origin (default-src
// 'self' covers connect-src).
//
//   std::string page = inject_reload_script(html, snapshot.generation);
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace wt::serve {

/// Where the server answers the script and the stream (no page of a site
/// can be there: output paths starting with '_webtruong/' are the server's).
inline constexpr const char* kReloadScriptPath = "/_webtruong/reload.js";
inline constexpr const char* kEventsPath = "/_webtruong/events";

/// The JavaScript served at kReloadScriptPath.
const std::string& reload_script();

/// The element that loads the script, for a page of build `generation`.
std::string reload_script_tag(uint64_t generation);

/// `html` with reload_script_tag() put before its first "</head>" (any
/// case), else before its first "</body>", else at its end.
std::string inject_reload_script(std::string_view html, uint64_t generation);

}  // namespace wt::serve

// Script checks for raw HTML and link URLs (internal to the markdown module).
//
//   if (detail::raw_html_is_unsafe(literal)) { /* show it escaped, warn */ }
//   if (detail::url_is_dangerous(url)) { /* drop the URL */ }
//
// Both are plain linear scans (no regex); they are deliberately conservative:
// a false alarm only shows the HTML as text, a miss would run a script.
#pragma once

#include <string_view>

namespace wt::markdown::detail {

/// True when raw HTML text could run a script: an event-handler attribute
/// (on\w+ followed by '=' after optional white space, not preceded by a letter,
/// digit, '_' or '-'), a javascript: or vbscript: URL (also when written with
/// character references or tabs/newlines inside, as browsers decode them), or
/// <script, <object, <embed, <form. Case-insensitive.
bool raw_html_is_unsafe(std::string_view html);

/// True when a link or image destination has a scheme that can run code:
/// javascript:, vbscript:, file:, or data: other than data:image/png, gif,
/// jpeg or webp (the same rule as cmark-gfm's safe mode). Leading white space
/// and control characters and embedded tab/CR/LF are ignored, as browsers do.
bool url_is_dangerous(std::string_view url);

}  // namespace wt::markdown::detail

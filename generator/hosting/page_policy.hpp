// The Content-Security-Policy a page declares in its <head>: the theme
// writes it as the first <meta http-equiv="Content-Security-Policy"> of
// partials/head.mustache (docs/contracts.md), and a site's own head partial
// may write another. nginx sends it as a header too, so the policy also
// holds for what a <meta> cannot cover (it must come before anything it
// protects, and frame-ancestors or sandbox are ignored in a <meta>).
//
// A small reader of start tags, not an HTML parser: it reads <meta> tags
// until </head> or <body>, attributes quoted with " or ', or unquoted, and
// decodes the character references a theme would write in a policy
// (&quot; &#39; &apos; &amp; &lt; &gt; and numeric ones).
//
//   auto csp = wt::hosting::page_policy(html);  // "default-src 'self'; ..." or nullopt
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace wt::hosting {

/// The content of the first <meta http-equiv="Content-Security-Policy"> in
/// the head of `html` (http-equiv compared without case), trimmed; nullopt
/// when there is none.
std::optional<std::string> page_policy(std::string_view html);

}  // namespace wt::hosting

// Foreign content (SVG, MathML) kept away from Debian's gumbo 0.10.1, which
// aborts on an assertion for some mixes of SVG or MathML with tables and
// <select> ("<table><svg><td><desc><select></table>"), taking the whole
// process down: a post in a build, every site of an audit.
//
// mask_foreign_roots() renames every "<svg" and "<math" start tag before the
// text is parsed ("<svg" -> "<s\x01g", same length, so byte offsets stay), so
// the parser never enters foreign content; unmask_foreign_name() tells the
// tree's readers which element was which. Pure text, no parser here: the
// markdown module's allow-list and the audit's page reader both use it.
//
//   std::string text = wt::mask_foreign_roots(html);
//   GumboOutput* out = gumbo_parse_with_options(&options, text.data(), text.size());
//   if (auto name = wt::unmask_foreign_name(tag)) { /* "svg" or "math" */ }
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace wt {

/// `html` with every "<svg" and "<math" start tag renamed (case-insensitive,
/// the name ending at white space, '/' or '>'); same length as `html`.
std::string mask_foreign_roots(std::string_view html);

/// "svg" or "math" when `tag` (lower case, as the parser gives an unknown
/// element's name) is one that mask_foreign_roots() renamed.
std::optional<std::string_view> unmask_foreign_name(std::string_view tag);

}  // namespace wt

// Charset of a fetched HTML page and its conversion to UTF-8 NFC.
//
// Pure functions on bytes. The encoding is decided in the WHATWG order
// (crawler-notes.md §5): a byte order mark, the charset of the HTTP
// Content-Type header, the <meta charset> / <meta http-equiv=Content-Type>
// prescan of the first 1024 bytes, detection with uchardet, else UTF-8.
// Labels follow the WHATWG Encoding Standard ("latin1" -> "windows-1252",
// "cp1258" -> "windows-1258"). Conversion uses ICU converters; the result is
// always valid UTF-8 in NFC (windows-1258 text uses combining tone marks),
// undecodable bytes becoming U+FFFD.
//
//   auto d = wt::audit::decode_html(bytes, "text/html; charset=windows-1258");
//   d.encoding == "windows-1258", d.source == CharsetSource::Http, d.text is UTF-8 NFC
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace wt::audit {

/// Where the encoding of a page came from.
enum class CharsetSource { Bom, Http, Meta, Detected, Default };

/// "bom", "http", "meta", "detected", "default".
std::string_view charset_source_name(CharsetSource source);

/// The WHATWG name of an encoding label ("Latin1 " -> "windows-1252",
/// "utf8" -> "utf-8"), case-insensitive, surrounding white space ignored;
/// "" for a label the Encoding Standard does not know.
std::string canonical_encoding(std::string_view label);

/// The charset parameter of a Content-Type value ("text/html; charset="UTF-8"")
/// as its WHATWG name; nullopt when absent or unknown.
std::optional<std::string> charset_from_content_type(std::string_view content_type);

/// The HTML5 prescan ("prescan a byte stream to determine its encoding") of
/// the first 1024 bytes: the WHATWG name from <meta charset> or
/// <meta http-equiv="Content-Type" content="...charset=...">, with utf-16*
/// read as utf-8 and x-user-defined as windows-1252; nullopt when none.
std::optional<std::string> prescan_meta_charset(std::string_view bytes);

/// The encoding uchardet guesses for `bytes`, as a WHATWG name when it has
/// one ("WINDOWS-1258" -> "windows-1258", "ASCII" -> "utf-8"), else the
/// detector's own lower-cased name (e.g. "viscii"); nullopt when it cannot
/// tell. Looks at most at the first 64 KiB.
std::optional<std::string> detect_encoding(std::string_view bytes);

/// `bytes` (no BOM handling) converted from `encoding` (a WHATWG name, or any
/// name ICU knows) to UTF-8 NFC; undecodable bytes become U+FFFD. nullopt when
/// no converter exists for `encoding`.
std::optional<std::string> convert_to_utf8(std::string_view bytes, std::string_view encoding);

struct DecodedHtml {
  std::string text;                 ///< UTF-8, NFC, BOM removed.
  std::string encoding;             ///< WHATWG name of the encoding used, e.g. "windows-1258".
  CharsetSource source = CharsetSource::Default;
  std::string declared;             ///< The declared encoding that was overruled, if any.
  size_t replacements = 0;          ///< U+FFFD in `text` (invalid or unmappable input).
};

/// Decides the encoding of an HTML page and converts it. `content_type` is
/// the HTTP header value ("" when there is none). A page declared UTF-8 whose
/// non-ASCII bytes are more than 10 % invalid is re-read with its meta
/// charset (when the header declared UTF-8) or else the detected encoding;
/// `declared` then keeps "utf-8".
DecodedHtml decode_html(std::string_view bytes, std::string_view content_type = {});

}  // namespace wt::audit

// The values Webtruong writes into an nginx configuration, checked and
// quoted one by one. Host names, paths, alias addresses and header values
// come from user input (site.yaml, front matter, portal.yaml, the command
// line, file names); written as they are, a ';', '{' or newline would end a
// directive and start another (an alias "/a; } server { ..." would add a
// server). So every value is checked against what its kind may hold and
// written in double quotes; what does not fit is refused, never altered.
//
// Inside nginx's double quotes ';', '{', '}', '#' and spaces are plain
// characters; '"' and '\' would end or escape the quote, control
// characters would break lines, and '$' names a variable in root, alias,
// return, error_page and add_header. Those are refused in every value.
// Addresses (alias sources, path prefixes, redirect targets) are held to
// what a URL path normally holds, so an alias such as "/tin;cu/" or
// "/a{b}/" is refused even though quoting would make it harmless.
//
//   std::string why;
//   if (!wt::hosting::check_address("/tin-tuc/bai-cu.html", AddressUse::Location, &why)) ...
//   out << "location = " << wt::hosting::in_quotes("/tin-tuc/bai-cu.html") << " { ... }";
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace wt::hosting {

/// How an address is used: matched against requests (nginx matches the
/// decoded path, so '%' is refused: a literal '%' in an alias would never
/// match), or sent in a Location header (percent escapes allowed).
enum class AddressUse { Location, Redirect };

/// True when `path` can be written as an address: it starts with '/', is
/// valid UTF-8, and holds only letters, digits, bytes of non-ASCII letters
/// and - . _ ~ / ! & ' ( ) * + , = @ (and % for a Redirect). Otherwise
/// false, and `why` says which character is the problem ("';' cannot be
/// written into the nginx configuration").
bool check_address(std::string_view path, AddressUse use, std::string* why);

/// True when `path` (a file's path as published, or a folder of the disk)
/// holds nothing that could leave its quotes: no control character, '"',
/// '\' or '$', and is valid UTF-8. Spaces, ';' and braces are fine in
/// quotes (file names may hold them).
bool check_quotable(std::string_view text, std::string* why);

/// True when `name` is a DNS host name nginx can serve: labels of ASCII
/// letters, digits and '-' (not first or last), 1 to 63 bytes each, joined
/// by '.', at most 253 bytes in all (IDN names in their xn-- form).
bool check_host_name(std::string_view name, std::string* why);

/// True when `listen` is a port (8080), an IPv4 address and port
/// (127.0.0.1:8080), an IPv6 address in brackets and port ([::1]:8080), or
/// a unix socket (unix:/run/webtruong.sock, an absolute path).
bool check_listen(std::string_view listen, std::string* why);

/// `text` in double quotes. Only for text that passed one of the checks.
std::string in_quotes(std::string_view text);

/// The path `encoded` with its %XX escapes decoded, as nginx matches it
/// ("/tr%C6%B0%E1%BB%9Dng/" -> "/trường/"); nullopt when an escape is
/// malformed or decodes to a control character, '\', '"' or '$'.
std::optional<std::string> decode_path(std::string_view encoded);

}  // namespace wt::hosting

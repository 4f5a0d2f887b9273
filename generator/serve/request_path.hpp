// map_request_path: which output of the site a request target names, the
// one place the dev server turns a URL into a file of the build.
//
// The target is taken as the client sent it (percent-encoded, with its
// query) and decoded once here, so "%2e%2e" is "..", and a doubly encoded
// "%252e" stays the three characters "%2e". Refused (403), whatever the
// outputs are: ".." and "." segments, any segment starting with '.'
// (dot-folders: .webtruong/, .git/), a backslash, NUL or another control
// character, a malformed escape, a target not starting with '/'. A path
// ending in '/' names its index.html; a folder named without its '/' is
// redirected to it (as nginx does), so the page's relative links work.
//
//   auto a = map_request_path("/tin-tuc/?trang=2", [&](const std::string& rel) { return files.count(rel); });
//   // a.kind == PathAnswer::Kind::File, a.rel == "tin-tuc/index.html"
#pragma once

#include <functional>
#include <string>
#include <string_view>

namespace wt::serve {

struct PathAnswer {
  enum class Kind { File, Redirect, NotFound, Refused };
  Kind kind = Kind::NotFound;
  std::string rel;       ///< File: the output's path ("tin-tuc/index.html")
  std::string location;  ///< Redirect: where to ("/tin-tuc/"), percent-encoded
};

/// What the request target `target` names, `has(rel)` telling which outputs exist.
PathAnswer map_request_path(std::string_view target, const std::function<bool(const std::string&)>& has);

/// `path` with every byte outside A-Z a-z 0-9 - . _ ~ / percent-encoded.
std::string percent_encode_path(std::string_view path);

}  // namespace wt::serve

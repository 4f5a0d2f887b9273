// The base URL of a site: where its home page is published. A school may
// own a host ("https://thcsnguyendu.vinhphuc.edu.vn/") or live under a path
// of a portal ("https://sgd.example.vn/thcs-le-loi/"); either way every
// internal address of the site starts with the base path
// (core/base_path.hpp), so the URL must be a plain http(s) address of a
// folder: no query, no fragment, no user name, no '.' or '..' segments.
//
//   std::string why;
//   auto url = wt::config::normalize_base_url("HTTPS://sgd.example.vn//thcs-le-loi", &why);
//   // "https://sgd.example.vn/thcs-le-loi/"
//   if (!url) sink.error(pos, "config.base-url", "'base_url' " + why);
//
// site.yaml's base_url and `build --base-url` both go through it.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace wt::config {

/// The base URL as it is used: scheme and host in lower case, empty path
/// segments ("//") dropped, every byte of the path other than a letter, a
/// digit, '-', '.', '_', '~' or a "%XX" escape percent-encoded (a Vietnamese
/// folder name becomes "%E1%BA%..."), and a final '/'. nullopt when `text`
/// cannot be a base URL; `why` then ends a sentence that starts with the
/// setting's name ("should start with http:// or https://").
std::optional<std::string> normalize_base_url(std::string_view text, std::string* why);

}  // namespace wt::config

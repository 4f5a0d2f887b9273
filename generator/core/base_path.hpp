// Sites published under a path of a host. A school hosted by a portal at
// "https://sgd.example.vn/thcs-le-loi/" has the base path "/thcs-le-loi/":
// every address of the site that starts with '/' (written by the theme, the
// view model, Markdown or raw HTML) must start with the base path instead.
// This file holds that one rule, for the render and markdown modules alike.
//
//   wt::base_path_of("https://sgd.example.vn/thcs-le-loi/")       // "/thcs-le-loi/"
//   wt::under_base_path("/tin-tuc/", "/thcs-le-loi/")              // "/thcs-le-loi/tin-tuc/"
//   wt::under_base_path("https://moet.gov.vn/", "/thcs-le-loi/")   // unchanged
//
// A URL is read as a browser's URL parser reads it (as core/url_safety.hpp
// does): leading C0 controls and spaces are skipped, tabs and newlines do not
// count, and '\' is a '/' (http and https are "special" schemes). So
// " /a/", "\a\" and "/\tb" are root-relative too, and "//host/x", "/\host",
// "\\host" are addresses on another host, left as they are.
#pragma once

#include <string>
#include <string_view>

namespace wt {

/// The path of a normalised base URL (config::normalize_base_url):
/// "/thcs-le-loi/" for "https://sgd.example.vn/thcs-le-loi/", "/" for
/// "https://thcs.example.vn/".
std::string base_path_of(std::string_view base_url);

/// True when `url` names a path on the site's own host from its root
/// ("/tin-tuc/", " /a.jpg", "\x"), not another host ("//cdn.example/x").
bool is_root_relative(std::string_view url);

/// `url` as published under `base_path` ("/" or "/thcs-le-loi/"): a
/// root-relative URL gets the base path in front ("/tin-tuc/" ->
/// "/thcs-le-loi/tin-tuc/", "/" -> "/thcs-le-loi/"); anything else (http:,
/// mailto:, "//host/x", "#muc-1", "anh.jpg", "") is returned as it is. With
/// the base path "/" every URL is returned as it is, byte for byte.
std::string under_base_path(std::string_view url, std::string_view base_path);

}  // namespace wt

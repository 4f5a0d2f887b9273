// Helpers for the theme tests of a site under a path: a sample view as the
// view model gives it under a base path, and the root-relative addresses an
// HTML page holds outside that path (written by the theme itself).
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/base_path.hpp"

namespace wt::test {

/// `view` with every root-relative string value put under `base_path`, as the
/// view model does (all but rel_url, which stays site-relative).
inline nlohmann::json under_path(nlohmann::json view, const std::string& base_path) {
  for (auto it = view.begin(); it != view.end(); ++it) {
    if (view.is_object() && it.key() == "rel_url") continue;
    if (it->is_string()) *it = under_base_path(it->get<std::string>(), base_path);
    else if (it->is_structured()) *it = under_path(*it, base_path);
  }
  return view;
}

/// The attribute values of `html` that start with '/' but not with
/// `base_path` ("/css/style.css" written by a layout, say).
inline std::vector<std::string> outside_path(const std::string& html, const std::string& base_path) {
  std::vector<std::string> out;
  for (const char* open : {"=\"/", "='/"}) {
    for (size_t at = html.find(open); at != std::string::npos; at = html.find(open, at + 1)) {
      size_t value = at + 2;
      if (html.compare(value, base_path.size(), base_path) == 0) continue;
      out.push_back(html.substr(value, html.find(open[1], value) - value));
    }
  }
  return out;
}

}  // namespace wt::test

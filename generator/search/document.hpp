// A document of the search index: one page as a reader finds it. A site's
// build makes one per published page and page built from data
// (site/search_outputs.cpp); the portal makes them for all its members, with
// each URL as published, and builds one index over them all.
#pragma once

#include <string>

namespace wt::search {

struct Document {
  std::string url;      ///< as linked to: "/tin-tuc/khai-giang/" (base path included)
  std::string title;    ///< plain text
  std::string date;     ///< dd/mm/yyyy, or empty
  std::string section;  ///< the title of its section, or empty
  std::string excerpt;  ///< plain text shown under the title (a summary), short
  std::string text;     ///< the whole text searched, without the title (plain text)
};

}  // namespace wt::search

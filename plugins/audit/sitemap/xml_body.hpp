// Internal to the sitemap/feed parsers: body decoding and pugixml helpers.
#pragma once

#include <pugixml.hpp>

#include <string>
#include <string_view>

#include "sitemap.hpp"

namespace wt::audit::detail {

/// Inflates (if gzip), checks the size cap and parses with pugixml. On
/// failure returns false and sets `error`. `storage` must outlive `doc`.
bool load_xml(std::string_view body, const XmlLimits& limits, std::string& storage,
              pugi::xml_document& doc, std::string& error);

/// "news:publication_date" -> "publication_date".
std::string_view local_name(const pugi::xml_node& node);
/// "news:publication_date" -> "news"; "" without a prefix.
std::string_view prefix_of(const pugi::xml_node& node);
/// Case-insensitive ASCII comparison.
bool iequals(std::string_view a, std::string_view b);
/// First direct child element whose local name is `name` (case-insensitive).
pugi::xml_node child_named(const pugi::xml_node& node, std::string_view name);
/// Concatenated PCDATA and CDATA of the element, trimmed of XML whitespace.
std::string text_of(const pugi::xml_node& node);
std::string_view trim(std::string_view s);

}  // namespace wt::audit::detail

// feed_links and tag_attributes: see feed_links.hpp.
#include "audit/html/feed_links.hpp"

#include <algorithm>
#include <cctype>

namespace wt::audit {
namespace {

bool iequals_ascii(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

}  // namespace

std::vector<std::pair<std::string, std::string>> tag_attributes(std::string_view tag) {
  std::vector<std::pair<std::string, std::string>> out;
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; };
  auto blank = [&](char c) { return space(c) || c == '/'; };  // between attributes
  size_t i = 0;
  while (i < tag.size() && tag[i] != '>') {
    while (i < tag.size() && blank(tag[i])) ++i;
    size_t name_start = i;
    while (i < tag.size() && !blank(tag[i]) && tag[i] != '=' && tag[i] != '>') ++i;
    std::string name(tag.substr(name_start, i - name_start));
    std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
    while (i < tag.size() && space(tag[i])) ++i;
    std::string value;
    if (i < tag.size() && tag[i] == '=') {
      ++i;
      while (i < tag.size() && space(tag[i])) ++i;
      if (i < tag.size() && (tag[i] == '"' || tag[i] == '\'')) {
        const char quote = tag[i++];
        const size_t end = tag.find(quote, i);
        value = std::string(tag.substr(i, end == std::string_view::npos ? std::string_view::npos : end - i));
        i = end == std::string_view::npos ? tag.size() : end + 1;
      } else {
        const size_t start = i;  // an unquoted value ends at white space or '>' ('/' is part of it)
        while (i < tag.size() && !space(tag[i]) && tag[i] != '>') ++i;
        value = std::string(tag.substr(start, i - start));
      }
    }
    if (!name.empty()) out.emplace_back(std::move(name), std::move(value));
    else if (i < tag.size() && tag[i] != '>') ++i;  // a stray '=' or quote
  }
  return out;
}

std::vector<std::string> feed_links(std::string_view html) {
  std::vector<std::string> out;
  const std::string_view head = html.substr(0, std::min<size_t>(html.size(), 256 * 1024));
  auto word = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; };
  for (size_t at = head.find('<'); at != std::string_view::npos; at = head.find('<', at + 1)) {
    if (head.size() - at < 5 || !iequals_ascii(head.substr(at + 1, 4), "link")) continue;
    if (at + 5 < head.size() && word(head[at + 5])) continue;  // <linkx>
    const size_t end = head.find('>', at + 5);
    if (end == std::string_view::npos) break;
    std::string type, href;
    for (auto& [name, value] : tag_attributes(head.substr(at + 5, end - at - 5))) {
      if (name == "type" && type.empty()) type = value;
      if (name == "href" && href.empty()) href = value;
    }
    std::transform(type.begin(), type.end(), type.begin(), [](unsigned char c) { return std::tolower(c); });
    type.erase(0, type.find_first_not_of(" \t"));
    const bool feed = type.rfind("application/rss+xml", 0) == 0 || type.rfind("application/atom+xml", 0) == 0;
    if (feed && !href.empty()) out.push_back(std::move(href));
    at = end;
  }
  return out;
}

}  // namespace wt::audit

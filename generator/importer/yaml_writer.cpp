#include "importer/yaml_writer.hpp"

#include <cstdio>

namespace wt::importer {

std::string YamlWriter::quote(std::string_view text) {
  std::string out = "\"";
  for (char ch : text) {
    unsigned char c = static_cast<unsigned char>(ch);
    switch (ch) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      case '\r': out += "\\r"; break;
      default:
        if (c < 0x20 || c == 0x7F) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\x%02X", c);
          out += buf;
        } else {
          out += ch;
        }
    }
  }
  return out + "\"";
}

void YamlWriter::field(std::string_view key, std::string_view value, int depth) {
  out_.append(static_cast<size_t>(depth) * 4, ' ');
  out_.append(key).append(": ").append(value).append("\n");
}

void YamlWriter::begin_list(std::string_view key) { out_.append(key).append(":\n"); }

void YamlWriter::item_field(std::string_view key, std::string_view value) {
  out_.append("  - ").append(key).append(": ").append(value).append("\n");
}

}  // namespace wt::importer

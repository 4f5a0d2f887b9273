#include "search/json_text.hpp"

#include <charconv>

namespace wt::search {

void append_json_string(std::string& out, std::string_view text) {
  out += '"';
  for (char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += ch;
    } else if (c < 0x20) {
      static const char kHex[] = "0123456789abcdef";
      out += "\\u00";
      out += kHex[c >> 4];
      out += kHex[c & 15];
    } else {
      out += ch;
    }
  }
  out += '"';
}

void append_number(std::string& out, std::uint64_t v) {
  char buf[24];
  auto r = std::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, r.ptr);
}

void append_deltas(std::string& out, std::span<const std::uint32_t> sorted) {
  out += '[';
  std::uint32_t prev = 0;
  for (std::size_t i = 0; i < sorted.size(); ++i) {
    if (i) out += ',';
    append_number(out, sorted[i] - prev);
    prev = sorted[i];
  }
  out += ']';
}

}  // namespace wt::search

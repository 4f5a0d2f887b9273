// SourceMap lookups and JSON pointer helpers.
#include "data/source_map.hpp"

namespace wt::data {

const SourceLocation* SourceMap::find(const std::string& pointer) const {
  auto it = items_.find(pointer);
  return it == items_.end() ? nullptr : &it->second;
}

Position SourceMap::position(const std::string& pointer) const {
  std::string p = pointer;
  while (true) {
    if (const SourceLocation* loc = find(p)) return loc->value;
    if (p.empty()) return {file_, 1, 1};
    p = pointer_parent(p);
  }
}

Position SourceMap::key_position(const std::string& pointer) const {
  if (const SourceLocation* loc = find(pointer)) return loc->key.line > 0 ? loc->key : loc->value;
  return position(pointer);
}

std::string pointer_child(const std::string& parent, std::string_view key) {
  std::string out = parent;
  out += '/';
  for (char c : key) {
    if (c == '~') out += "~0";
    else if (c == '/') out += "~1";
    else out += c;
  }
  return out;
}

std::string pointer_child(const std::string& parent, size_t index) { return parent + "/" + std::to_string(index); }

std::string pointer_last(const std::string& pointer) {
  size_t slash = pointer.rfind('/');
  if (slash == std::string::npos) return "";
  std::string out;
  for (size_t i = slash + 1; i < pointer.size(); ++i) {
    if (pointer[i] == '~' && i + 1 < pointer.size()) {
      out += pointer[i + 1] == '1' ? '/' : '~';
      ++i;
    } else {
      out += pointer[i];
    }
  }
  return out;
}

std::string pointer_parent(const std::string& pointer) {
  size_t slash = pointer.rfind('/');
  return slash == std::string::npos ? std::string() : pointer.substr(0, slash);
}

}  // namespace wt::data

#include "cms/yaml_writer.hpp"

#include <cctype>

namespace wt::cms {
namespace {

using Json = nlohmann::ordered_json;

std::string scalar(const Json& v) {
  if (v.is_string()) return v.dump(-1, ' ', false, Json::error_handler_t::replace);
  if (v.is_null()) return "null";
  if (v.is_object()) return "{}";  // only reached for empty ones
  if (v.is_array()) return "[]";
  return v.dump();
}

bool plain_key(const std::string& k) {
  if (k.empty()) return false;
  for (unsigned char c : k)
    if (!(std::isalnum(c) || c == '_' || c == '-')) return false;
  return true;
}

std::string key_text(const std::string& k) { return plain_key(k) ? k : Json(k).dump(-1, ' ', false, Json::error_handler_t::replace); }

bool nested(const Json& v) { return (v.is_object() || v.is_array()) && !v.empty(); }

void write_value(const Json& v, int indent, std::string& out);

// The members of an object, each on its own line at `indent`; the first
// line's indentation is already written when `first_inline`.
void write_object(const Json& v, int indent, bool first_inline, std::string& out) {
  bool first = true;
  for (auto it = v.begin(); it != v.end(); ++it) {
    if (!(first && first_inline)) out.append(indent, ' ');
    first = false;
    out += key_text(it.key());
    out += ':';
    if (nested(it.value())) {
      out += '\n';
      write_value(it.value(), it.value().is_array() ? indent : indent + 2, out);
    } else {
      out += ' ';
      out += scalar(it.value());
      out += '\n';
    }
  }
}

void write_array(const Json& v, int indent, std::string& out) {
  for (const auto& item : v) {
    out.append(indent, ' ');
    out += "- ";
    if (item.is_object() && !item.empty()) {
      write_object(item, indent + 2, true, out);
    } else if (item.is_array() && !item.empty()) {
      out += '\n';
      write_array(item, indent + 2, out);
    } else {
      out += scalar(item);
      out += '\n';
    }
  }
}

void write_value(const Json& v, int indent, std::string& out) {
  if (v.is_object() && !v.empty()) return write_object(v, indent, false, out);
  if (v.is_array() && !v.empty()) return write_array(v, indent, out);
  out.append(indent, ' ');
  out += scalar(v);
  out += '\n';
}

}  // namespace

std::string write_yaml(const Json& value) {
  std::string out;
  write_value(value, 0, out);
  return out;
}

}  // namespace wt::cms

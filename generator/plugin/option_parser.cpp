#include "plugin/option_parser.hpp"

#include <algorithm>
#include <iostream>
#include <string_view>

#include "core/message_catalog.hpp"
#include "core/text.hpp"

namespace wt::plugin {
namespace {

/// The columns `text` takes on a terminal: its code points (the bytes that do
/// not continue a UTF-8 sequence), so that Vietnamese help lines up as ASCII does.
size_t columns(std::string_view text) {
  size_t n = 0;
  for (unsigned char c : text) n += (c & 0xC0) != 0x80;
  return n;
}

}  // namespace

std::string ParsedOptions::get(const std::string& name, const std::string& fallback) const {
  auto it = values.find(name);
  return it == values.end() || it->second.empty() ? fallback : it->second.back();
}

std::vector<std::string> ParsedOptions::all(const std::string& name) const {
  auto it = values.find(name);
  return it == values.end() ? std::vector<std::string>{} : it->second;
}

bool ParsedOptions::number(const std::string& name, long min, long max, long* out, std::string* error) const {
  if (!has(name)) return true;
  const std::string v = get(name);
  long n = 0;
  size_t used = 0;
  try {
    n = std::stol(v, &used);
  } catch (...) {
    used = 0;
  }
  if (v.empty() || used != v.size()) {
    *error = "'" + name + "' needs a whole number, not '" + v + "'";
    return false;
  }
  if (n < min || n > max) {
    *error = "'" + name + "' should be between " + std::to_string(min) + " and " + std::to_string(max) +
             ", not " + v;
    return false;
  }
  *out = n;
  return true;
}

OptionParser::OptionParser(std::string command, std::string synopsis, std::string description,
                           std::vector<OptionSpec> options, std::string catalog_code)
    : command_(std::move(command)),
      synopsis_(std::move(synopsis)),
      description_(std::move(description)),
      options_(std::move(options)),
      catalog_code_(std::move(catalog_code)) {}

const OptionSpec* OptionParser::find(const std::string& name) const {
  for (const auto& o : options_)
    if (o.name == name || (!o.short_name.empty() && o.short_name == name)) return &o;
  return nullptr;
}

std::optional<ParsedOptions> OptionParser::parse(const std::vector<std::string>& args, std::string* error) const {
  ParsedOptions out;
  bool options_done = false;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (options_done || a.size() < 2 || a[0] != '-') {
      out.positional.push_back(a);
      continue;
    }
    if (a == "--") {
      options_done = true;
      continue;
    }
    if (a == "-h" || a == "--help") {
      out.help = true;
      continue;
    }
    std::string name = a;
    std::optional<std::string> inline_value;
    if (a.rfind("--", 0) == 0) {
      if (auto eq = a.find('='); eq != std::string::npos) {
        name = a.substr(0, eq);
        inline_value = a.substr(eq + 1);
      }
    } else if (a.size() > 2) {  // -ovalue
      name = a.substr(0, 2);
      inline_value = a.substr(2);
    }
    const OptionSpec* spec = find(name);
    if (!spec) {
      std::vector<std::string> names;
      for (const auto& o : options_) names.push_back(o.name);
      *error = "unknown option '" + name + "'";
      std::string guess = closest_match(name, names);
      if (!guess.empty()) *error += " (did you mean '" + guess + "'?)";
      return std::nullopt;
    }
    std::string value;
    if (spec->value.empty()) {
      if (inline_value) {
        *error = "'" + spec->name + "' takes no value";
        return std::nullopt;
      }
    } else if (inline_value) {
      value = *inline_value;
    } else if (i + 1 < args.size()) {
      value = args[++i];
    } else {
      *error = "'" + name + "' needs " + spec->value;
      return std::nullopt;
    }
    auto& slot = out.values[spec->name];
    if (!slot.empty() && !spec->repeatable) {
      *error = "'" + spec->name + "' is given twice";
      return std::nullopt;
    }
    slot.push_back(std::move(value));
  }
  return out;
}

std::string OptionParser::usage() const {
  // The words in the message language (code "help": core/messages/help.cpp); the
  // synopsis, option names and placeholders are typed as they are, in any language.
  std::string out =
      localized("help", "usage:") + " webtruong " + command_ + (synopsis_.empty() ? "" : " " + synopsis_) + "\n";
  if (!description_.empty()) out += "\n" + localized(catalog_code_, description_) + "\n";
  if (options_.empty()) return out;
  out += "\n";
  std::vector<std::string> left;
  size_t width = 0;
  for (const auto& o : options_) {
    std::string l = o.short_name.empty() ? o.name : o.short_name + ", " + o.name;
    if (!o.value.empty()) l += " " + o.value;
    left.push_back(std::move(l));
  }
  left.push_back("-h, --help");
  for (const auto& l : left) width = std::max(width, columns(l));
  for (size_t i = 0; i < left.size(); ++i) {
    const std::string help =
        i < options_.size() ? localized(catalog_code_, options_[i].help) : localized("help", "print this help");
    // Help text wrapped at 100 columns, continuation lines aligned under it.
    const size_t indent = 2 + width + 2, limit = 100;
    std::string line = "  " + left[i] + std::string(width + 2 - columns(left[i]), ' ');
    size_t col = indent;
    size_t pos = 0;
    while (pos < help.size()) {
      size_t end = help.find(' ', pos);
      if (end == std::string::npos) end = help.size();
      std::string word = help.substr(pos, end - pos);
      if (col > indent && col + 1 + columns(word) > limit) {
        out += line + "\n";
        line = std::string(indent, ' ');
        col = indent;
      } else if (col > indent) {
        line += ' ';
        ++col;
      }
      line += word;
      col += columns(word);
      pos = end + 1;
    }
    out += line + "\n";
  }
  return out;
}

int OptionParser::usage_error(const std::string& message) const {
  // The message in the user's language (catalog code "cli.usage"), then usage() in it too.
  std::cerr << "webtruong " << command_ << ": " << localized("cli.usage", message) << "\n\n" << usage();
  return 2;
}

}  // namespace wt::plugin

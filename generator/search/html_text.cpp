#include "search/html_text.hpp"

#include <algorithm>
#include <array>
#include <cstdint>

#include "core/utf8.hpp"

namespace wt::search {
namespace {

bool is_space(unsigned char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f'; }

// Elements that separate words (block elements, cells, line breaks).
bool separates(std::string_view name) {
  static constexpr std::array<std::string_view, 36> kBlocks = {
      "address", "article", "aside", "blockquote", "br",    "caption", "dd",      "details", "div",
      "dl",      "dt",      "figcaption", "figure", "footer", "h1",    "h2",      "h3",      "h4",
      "h5",      "h6",      "header", "hr",        "img",    "li",    "main",    "nav",     "ol",
      "p",       "pre",     "section", "summary",  "table",  "td",    "th",      "tr",      "ul"};
  return std::find(kBlocks.begin(), kBlocks.end(), name) != kBlocks.end();
}

std::string lower_name(std::string_view html, std::size_t from) {
  std::string name;
  for (std::size_t i = from; i < html.size() && name.size() < 12; ++i) {
    const unsigned char c = static_cast<unsigned char>(html[i]);
    if (!((c | 0x20) >= 'a' && (c | 0x20) <= 'z') && !(c >= '0' && c <= '9')) break;
    name += static_cast<char>(c | 0x20);
  }
  return name;
}

// Decodes the reference at html[i] ('&'); returns the bytes consumed (0: not one).
std::size_t reference(std::string_view html, std::size_t i, std::string& out) {
  const std::size_t semi = html.find(';', i);
  if (semi == std::string_view::npos || semi - i > 10) return 0;
  const std::string_view name = html.substr(i + 1, semi - i - 1);
  static constexpr std::array<std::pair<std::string_view, char32_t>, 8> kNamed = {
      {{"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''}, {"nbsp", ' '}, {"ndash", 0x2013}, {"mdash", 0x2014}}};
  for (const auto& [n, cp] : kNamed)
    if (name == n) {
      append_utf8(out, cp);
      return semi - i + 1;
    }
  if (name.size() < 2 || name[0] != '#') return 0;
  const bool hex = name[1] == 'x' || name[1] == 'X';
  std::uint32_t v = 0;
  const std::string_view digits = name.substr(hex ? 2 : 1);
  if (digits.empty()) return 0;
  for (char c : digits) {
    int d = c >= '0' && c <= '9' ? c - '0' : hex && (c | 0x20) >= 'a' && (c | 0x20) <= 'f' ? (c | 0x20) - 'a' + 10 : -1;
    if (d < 0 || v > 0x10FFFF) return 0;
    v = v * (hex ? 16 : 10) + static_cast<std::uint32_t>(d);
  }
  if (v == 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) v = 0xFFFD;
  append_utf8(out, static_cast<char32_t>(v));
  return semi - i + 1;
}

void space(std::string& out) {
  if (!out.empty() && out.back() != ' ') out += ' ';
}

}  // namespace

std::string html_text(std::string_view html) {
  std::string out;
  out.reserve(html.size());
  std::size_t i = 0;
  while (i < html.size()) {
    const unsigned char c = static_cast<unsigned char>(html[i]);
    if (c == '<') {
      if (html.compare(i, 4, "<!--") == 0) {
        const std::size_t e = html.find("-->", i + 4);
        i = e == std::string_view::npos ? html.size() : e + 3;
        continue;
      }
      const bool closing = i + 1 < html.size() && html[i + 1] == '/';
      const std::string name = lower_name(html, i + (closing ? 2 : 1));
      const std::size_t e = html.find('>', i);
      if (name.empty() || e == std::string_view::npos) {  // a stray '<' is text
        out += '<';
        ++i;
        continue;
      }
      i = e + 1;
      if (!closing && (name == "script" || name == "style")) {
        const std::size_t close = html.find("</" + name, i);
        i = close == std::string_view::npos ? html.size() : close;
        continue;
      }
      if (separates(name)) space(out);
      continue;
    }
    if (c == '&') {
      if (const std::size_t n = reference(html, i, out)) {
        if (out.back() == ' ') {  // &nbsp; is a space like any other
          out.pop_back();
          space(out);
        }
        i += n;
        continue;
      }
    }
    if (is_space(c)) {
      space(out);
      ++i;
      continue;
    }
    out += static_cast<char>(c);
    ++i;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string cut_text(std::string_view text, std::size_t max_code_points) {
  std::size_t count = 0, i = 0, last_space = std::string_view::npos;
  while (i < text.size() && count < max_code_points) {
    if (text[i] == ' ') last_space = i;
    i += decode_utf8(text, i).length;
    ++count;
  }
  if (i >= text.size()) return std::string(text);
  std::size_t cut = last_space != std::string_view::npos && last_space > 0 ? last_space : i;
  std::string out(text.substr(0, cut));
  while (!out.empty() && (out.back() == ' ' || out.back() == ',' || out.back() == ';' || out.back() == ':')) out.pop_back();
  return out + "…";
}

}  // namespace wt::search

#include "serve/error_page.hpp"

#include "core/message_catalog.hpp"
#include "core/message_language.hpp"
#include "core/text.hpp"
#include "serve/reload_script.hpp"

namespace wt::serve {
namespace {

constexpr size_t kMaxLineBytes = 240;

std::string gutter(const ShownDiagnostic& d) { return std::to_string(d.diagnostic.position.line); }

// The caret under column `column` (1-based, code points) of a printable line.
std::string caret(int column) { return std::string(column > 1 ? column - 1 : 0, ' ') + "^"; }

bool has_source(const ShownDiagnostic& d) { return d.diagnostic.position.line > 0 && !d.source_line.empty(); }

}  // namespace

std::string line_of(std::string_view text, int line) {
  if (line < 1) return {};
  size_t start = 0;
  for (int n = 1; n < line; ++n) {
    const size_t nl = text.find('\n', start);
    if (nl == std::string_view::npos) return {};
    start = nl + 1;
  }
  size_t end = text.find('\n', start);
  if (end == std::string_view::npos) end = text.size();
  if (end > start && text[end - 1] == '\r') --end;
  return std::string(text.substr(start, end - start));
}

std::string printable_line(std::string_view line) {
  std::string out;
  for (size_t i = 0; i < line.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(line[i]);
    if (out.size() >= kMaxLineBytes && (c & 0xC0) != 0x80) {
      out += "…";
      break;
    }
    if (c == '\t') out += ' ';
    else if (c < 0x20 || c == 0x7f) out += '?';
    else out += static_cast<char>(c);
  }
  return out;
}

std::string format_for_terminal(const ShownDiagnostic& d) {
  Diagnostic without_source = d.diagnostic;  // the source line is shown below, from d
  without_source.source_line.clear();
  std::string out = format_diagnostic(without_source) + "\n";
  if (!has_source(d)) return out;
  const std::string n = gutter(d);
  out += "    " + n + " | " + d.source_line + "\n";
  if (d.diagnostic.position.column > 0)
    out += "    " + std::string(n.size(), ' ') + " | " + caret(d.diagnostic.position.column) + "\n";
  return out;
}

std::string error_page(const std::vector<ShownDiagnostic>& errors, uint64_t generation) {
  std::string h =
      std::string("<!DOCTYPE html>\n<html lang=\"") + (message_language() == Language::En ? "en" : "vi") +
      "\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'self'; "
      "connect-src 'self'; style-src 'unsafe-inline'\">\n"
      "<title>" + localized("serve.page", "The site could not be built") + ": webtruong serve</title>\n"
      "<style>body{font-family:system-ui,sans-serif;margin:1.5rem;max-width:60rem;color:#1a1a1a}"
      "h1{font-size:1.4rem;color:#a00}li{margin-bottom:1.2rem}.where{font-family:monospace;font-weight:bold}"
      "pre{background:#f4f4f4;padding:.6rem;overflow-x:auto}</style>\n" +
      reload_script_tag(generation) +
      "\n</head>\n<body>\n<main>\n<h1>" + localized("serve.page", "The site could not be built") + "</h1>\n"
      "<p>" +
      localized("serve.page", "Fix the errors below and save the file: this page reloads by itself once the site builds.") +
      "</p>\n<ol>\n";
  for (const auto& e : errors) {
    const Diagnostic& d = e.diagnostic;
    std::string where = format_diagnostic_prefix(d);  // "file:line:col: error: "
    h += "<li>\n<p><span class=\"where\">" + html_escape(where) + "</span>" + html_escape(localized(d.code, d.message));
    if (!d.code.empty()) h += " [" + html_escape(d.code) + "]";
    h += "</p>\n";
    if (has_source(e)) {
      const std::string n = gutter(e);
      h += "<pre>" + html_escape(n + " | " + e.source_line);
      if (d.position.column > 0) h += "\n" + std::string(n.size(), ' ') + " | " + caret(d.position.column);
      h += "</pre>\n";
    }
    h += "</li>\n";
  }
  h += "</ol>\n</main>\n</body>\n</html>\n";
  return h;
}

}  // namespace wt::serve

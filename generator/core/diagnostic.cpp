#include "core/diagnostic.hpp"

#include <algorithm>
#include <ostream>
#include <tuple>

#include "core/message_catalog.hpp"

namespace wt {

std::string format_diagnostic_prefix(const Diagnostic& d) {
  std::string out = d.position.file;
  if (d.position.line > 0) {
    out += ":" + std::to_string(d.position.line);
    if (d.position.column > 0) out += ":" + std::to_string(d.position.column);
  }
  if (!out.empty()) out += ": ";
  switch (d.severity) {
    case Severity::Error: out += "error: "; break;
    case Severity::Warning: out += "warning: "; break;
    case Severity::Note: out += "note: "; break;
  }
  return out;
}

std::string format_diagnostic(const Diagnostic& d) {
  std::string out = format_diagnostic_prefix(d) + localized(d.code, d.message);
  if (!d.source_line.empty() && d.position.line > 0) {
    std::string number = std::to_string(d.position.line);
    std::string gutter(number.size(), ' ');
    // Tabs are kept so that the caret lines up under them.
    out += "\n    " + number + " | " + d.source_line;
    if (d.position.column > 0) {
      out += "\n    " + gutter + " | ";
      int col = 1;
      for (size_t i = 0; i < d.source_line.size() && col < d.position.column; ++i) {
        unsigned char c = static_cast<unsigned char>(d.source_line[i]);
        if ((c & 0xC0) == 0x80) continue;
        out += c == '\t' ? '\t' : ' ';
        ++col;
      }
      out += '^';
    }
  }
  return out;
}

void DiagnosticSink::report(Diagnostic d) {
  audit_translation(d.code, d.message);
  std::lock_guard<std::mutex> lock(mutex_);
  items_.push_back(std::move(d));
}

void DiagnosticSink::error(Position pos, std::string code, std::string message) {
  report({Severity::Error, std::move(code), std::move(message), std::move(pos), {}});
}

void DiagnosticSink::warning(Position pos, std::string code, std::string message) {
  report({Severity::Warning, std::move(code), std::move(message), std::move(pos), {}});
}

void DiagnosticSink::error_in(const std::string& text, Position pos, std::string code, std::string message) {
  std::string line = line_of(text, pos.line);
  report({Severity::Error, std::move(code), std::move(message), std::move(pos), std::move(line)});
}

bool DiagnosticSink::has_errors() const { return error_count() > 0; }

size_t DiagnosticSink::error_count() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return std::count_if(items_.begin(), items_.end(),
                       [](const Diagnostic& d) { return d.severity == Severity::Error; });
}

size_t DiagnosticSink::warning_count() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return std::count_if(items_.begin(), items_.end(),
                       [](const Diagnostic& d) { return d.severity == Severity::Warning; });
}

std::vector<Diagnostic> DiagnosticSink::sorted() const {
  std::vector<Diagnostic> out;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    out = items_;
  }
  std::stable_sort(out.begin(), out.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.position.file, a.position.line, a.position.column, a.message) <
           std::tie(b.position.file, b.position.line, b.position.column, b.message);
  });
  return out;
}

void DiagnosticSink::print(std::ostream& out) const {
  for (const auto& d : sorted()) out << format_diagnostic(d) << "\n";
}

void DiagnosticSink::merge(const DiagnosticSink& other) {
  auto theirs = other.sorted();
  std::lock_guard<std::mutex> lock(mutex_);
  for (auto& d : theirs) items_.push_back(std::move(d));
}

int code_point_column(const std::string& line, size_t byte_col) {
  int col = 1;
  for (size_t i = 0; i < byte_col && i < line.size(); ++i) {
    if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) ++col;
  }
  // A byte offset that lands inside a multi-byte character counts that character once.
  return col;
}

Position position_in(const std::string& file, const std::string& text, size_t offset) {
  Position pos{file, 1, 1};
  size_t line_start = 0;
  for (size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++pos.line;
      line_start = i + 1;
    }
  }
  size_t line_end = text.find('\n', line_start);
  std::string line = text.substr(line_start, line_end == std::string::npos ? std::string::npos
                                                                           : line_end - line_start);
  pos.column = code_point_column(line, offset - line_start);
  return pos;
}

std::string line_of(const std::string& text, int line) {
  if (line <= 0) return "";
  size_t start = 0;
  for (int n = 1; n < line; ++n) {
    start = text.find('\n', start);
    if (start == std::string::npos) return "";
    ++start;
  }
  size_t end = text.find('\n', start);
  std::string out = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
  if (!out.empty() && out.back() == '\r') out.pop_back();
  // A very long line is cut: the caret matters, not the whole line.
  if (out.size() > 200) {
    size_t cut = 200;
    while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;
    out.resize(cut);
    out += "...";
  }
  return out;
}

}  // namespace wt

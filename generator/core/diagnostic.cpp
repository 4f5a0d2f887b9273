#include "core/diagnostic.hpp"

#include <algorithm>
#include <ostream>
#include <tuple>

namespace wt {

std::string format_diagnostic(const Diagnostic& d) {
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
  out += d.message;
  return out;
}

void DiagnosticSink::report(Diagnostic d) {
  std::lock_guard<std::mutex> lock(mutex_);
  items_.push_back(std::move(d));
}

void DiagnosticSink::error(Position pos, std::string code, std::string message) {
  report({Severity::Error, std::move(code), std::move(message), std::move(pos)});
}

void DiagnosticSink::warning(Position pos, std::string code, std::string message) {
  report({Severity::Warning, std::move(code), std::move(message), std::move(pos)});
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

}  // namespace wt

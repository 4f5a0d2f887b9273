// Diagnostics: how every user-input problem travels through Webtruong.
//
// A Diagnostic is a value: severity, a dotted code ("content.front-matter.date"),
// a message written for a teacher, and the Position (file, 1-based line and
// column, columns counted in Unicode code points) where the problem is.
// Modules never throw across their boundary; they report to a DiagnosticSink
// and keep going, so one build lists every error it can find.
//
//   wt::DiagnosticSink sink;
//   sink.error({"content/a.md", 4, 7}, "content.front-matter.date", "...");
//   if (sink.has_errors()) { sink.print(std::cerr); return 1; }
//
// DiagnosticSink is thread-safe: render workers report into one sink.
#pragma once

#include <iosfwd>
#include <mutex>
#include <string>
#include <vector>

namespace wt {

struct Position {
  std::string file;  ///< Path as the user knows it, relative to the site folder.
  int line = 0;      ///< 1-based; 0 when the problem is about the whole file.
  int column = 0;    ///< 1-based, in code points; 0 when unknown.
  bool operator==(const Position&) const = default;
};

enum class Severity { Error, Warning, Note };

struct Diagnostic {
  Severity severity = Severity::Error;
  std::string code;
  std::string message;  ///< In English; printed in the user's language (core/message_catalog.hpp).
  Position position;
  std::string source_line;  ///< The line of the file the position names, when the reporter shows it.
};

/// Renders one diagnostic as "file:line:col: error: message", the message in
/// the process's language (core/message_language.hpp); the words "error",
/// "warning" and "note" stay in English so that editors can jump to them.
/// Line and column are left out when they are 0. A diagnostic that carries
/// its source line gets it on the next lines, with a caret under the column:
///
///   site.yaml:5:9: error: ...
///       5 | menus: [Trang chủ
///         |         ^
std::string format_diagnostic(const Diagnostic& d);
/// The start of format_diagnostic(): "file:line:col: error: ".
std::string format_diagnostic_prefix(const Diagnostic& d);

class DiagnosticSink {
 public:
  void report(Diagnostic d);
  void error(Position pos, std::string code, std::string message);
  void warning(Position pos, std::string code, std::string message);
  /// An error shown with the line of `text` its position names.
  void error_in(const std::string& text, Position pos, std::string code, std::string message);

  bool has_errors() const;
  size_t error_count() const;
  size_t warning_count() const;
  /// All diagnostics, sorted by file, line, column, then message (deterministic
  /// whatever order parallel workers reported them in).
  std::vector<Diagnostic> sorted() const;
  /// Prints sorted() one per line, then nothing else.
  void print(std::ostream& out) const;
  /// Moves every diagnostic of `other` into this sink.
  void merge(const DiagnosticSink& other);

 private:
  mutable std::mutex mutex_;
  std::vector<Diagnostic> items_;
};

/// Column (1-based, in code points) of byte offset `byte_col` (0-based) in `line`.
int code_point_column(const std::string& line, size_t byte_col);

/// Line and column (1-based, code points) of byte offset `offset` in `text`.
Position position_in(const std::string& file, const std::string& text, size_t offset);

/// Line `line` (1-based) of `text`, without its line break ("" when there is none).
std::string line_of(const std::string& text, int line);

}  // namespace wt

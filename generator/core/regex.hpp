// Regular expressions over text that comes from input: the one adapter
// around RE2 (Debian's libre2-dev).
//
//   static const wt::Regex year("([0-9]{4})-([0-9]{4})");
//   if (auto m = year.full_match(text)) use(m->group(1), m->group(2));
//
// RE2 runs in time linear in the text and in bounded memory, without
// recursion, so a 50 KB field or a 50,000-digit number costs microseconds;
// std::regex (whose backtracking recurses once per character) must not be
// used on input, and a test (tests/unit/core/no_std_regex_test.cpp) fails
// when it appears in generator/ or plugins/. The syntax is RE2's (close to
// Perl's, without backreferences or lookaround); patterns and text are
// UTF-8, so [a-zđ] is one character class. Only regex.cpp includes re2.h.
// A Regex is immutable once built, so threads may share one.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace re2 {
class RE2;
}

namespace wt {

/// Where a match is: group 0 is the whole match, then each capturing group
/// in order; a group that took no part in the match is empty and not set.
struct RegexMatch {
  std::vector<std::string_view> groups;
  std::vector<bool> matched;

  std::string_view group(size_t i) const { return i < groups.size() ? groups[i] : std::string_view(); }
  bool has(size_t i) const { return i < matched.size() && matched[i]; }
  /// Byte offset of the whole match in the searched text.
  size_t begin(std::string_view text) const { return static_cast<size_t>(groups[0].data() - text.data()); }
  size_t end(std::string_view text) const { return begin(text) + groups[0].size(); }
};

class Regex {
 public:
  /// Compiles `pattern`; a pattern RE2 cannot read gives nullopt and, when
  /// `error` is not null, RE2's words for what is wrong.
  static std::optional<Regex> compile(std::string_view pattern, std::string* error = nullptr);

  /// For patterns written in our own code: one that does not compile is a
  /// programmer's mistake, thrown as std::logic_error.
  explicit Regex(std::string_view pattern);

  /// The match of the whole of `text`, or nullopt.
  std::optional<RegexMatch> full_match(std::string_view text) const;
  /// The leftmost match in `text` starting at or after byte `from`, or nullopt.
  std::optional<RegexMatch> search(std::string_view text, size_t from = 0) const;
  /// True when the pattern matches somewhere in `text`.
  bool contains(std::string_view text) const { return search(text).has_value(); }
  /// The pattern as given.
  const std::string& pattern() const { return pattern_; }

 private:
  Regex() = default;
  std::optional<RegexMatch> run(std::string_view text, size_t from, bool whole) const;

  std::string pattern_;
  std::shared_ptr<const re2::RE2> re_;
};

}  // namespace wt

// The RE2 adapter: the only file that includes re2.h.
#include "core/regex.hpp"

#include <re2/re2.h>

#include <stdexcept>

namespace wt {

namespace {

std::shared_ptr<const re2::RE2> build(std::string_view pattern) {
  re2::RE2::Options options;
  options.set_log_errors(false);  // errors are returned, never printed
  return std::make_shared<const re2::RE2>(re2::StringPiece(pattern.data(), pattern.size()), options);
}

}  // namespace

std::optional<Regex> Regex::compile(std::string_view pattern, std::string* error) {
  auto re = build(pattern);
  if (!re->ok()) {
    if (error) *error = re->error();
    return std::nullopt;
  }
  Regex r;
  r.pattern_ = std::string(pattern);
  r.re_ = std::move(re);
  return r;
}

Regex::Regex(std::string_view pattern) : pattern_(pattern), re_(build(pattern)) {
  if (!re_->ok()) throw std::logic_error("bad regular expression '" + pattern_ + "': " + re_->error());
}

std::optional<RegexMatch> Regex::full_match(std::string_view text) const { return run(text, 0, true); }

std::optional<RegexMatch> Regex::search(std::string_view text, size_t from) const {
  if (from > text.size()) return std::nullopt;
  return run(text, from, false);
}

std::optional<RegexMatch> Regex::run(std::string_view text, size_t from, bool whole) const {
  const int n = re_->NumberOfCapturingGroups() + 1;
  std::vector<re2::StringPiece> pieces(static_cast<size_t>(n));
  re2::StringPiece piece(text.data(), text.size());
  if (!re_->Match(piece, from, text.size(), whole ? re2::RE2::ANCHOR_BOTH : re2::RE2::UNANCHORED, pieces.data(), n))
    return std::nullopt;
  RegexMatch m;
  for (const auto& p : pieces) {
    m.matched.push_back(p.data() != nullptr);
    m.groups.emplace_back(p.data() ? std::string_view(p.data(), p.size()) : std::string_view());
  }
  return m;
}

}  // namespace wt

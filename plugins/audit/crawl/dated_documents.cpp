// find_dated_documents: numbered documents at the start of a line, dated by
// the first date after them (publication_date.hpp reads the dates).
#include "audit/crawl/dated_documents.hpp"

#include <set>

#include "audit/dates/publication_date.hpp"
#include "core/date.hpp"

namespace wt::audit {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_upper_ascii(char c) { return c >= 'A' && c <= 'Z'; }
bool is_alnum_ascii(char c) { return is_digit(c) || is_upper_ascii(c) || (c >= 'a' && c <= 'z'); }
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; }

constexpr std::string_view kUpperD = "\xC4\x90";  // Đ
constexpr std::string_view kLowerD = "\xC4\x91";  // đ

// Length of a group at s[i] ("KH", "BGDĐT", "GDTrH", "QH15"): letters and
// digits, the first an upper-case letter; 0 when there is none.
size_t group_at(std::string_view s, size_t i) {
  size_t k = i;
  auto letter = [&](bool upper_only) -> size_t {
    if (k < s.size() && (upper_only ? is_upper_ascii(s[k]) : is_alnum_ascii(s[k]))) return 1;
    if (s.substr(k, 2) == kUpperD) return 2;
    if (!upper_only && s.substr(k, 2) == kLowerD) return 2;
    return 0;
  };
  size_t n = letter(true);
  if (n == 0) return 0;
  k += n;
  while (k - i < 24 && (n = letter(false)) > 0) k += n;
  return k - i;
}

// Length of the số ký hiệu that starts `s`, 0 when none does.
size_t number_at(std::string_view s) {
  size_t k = 0;
  while (k < s.size() && k < 6 && is_digit(s[k])) ++k;
  if (k == 0 || k >= s.size() || s[k] != '/') return 0;
  ++k;
  bool year = false;
  if (k + 5 <= s.size() && is_digit(s[k]) && is_digit(s[k + 1]) && is_digit(s[k + 2]) && is_digit(s[k + 3]) &&
      s[k + 4] == '/') {
    year = true;
    k += 5;
  }
  size_t g = group_at(s, k);
  if (g == 0) return 0;
  k += g;
  int dashes = 0;
  while (k + 1 < s.size() && s[k] == '-' && (g = group_at(s, k + 1)) > 0) {
    k += 1 + g;
    ++dashes;
  }
  if (!year && dashes == 0) return 0;
  if (k < s.size() && !is_space(s[k]) && s[k] != ',' && s[k] != ';' && s[k] != '.' && s[k] != ')' && s[k] != ':')
    return 0;  // part of something longer (a URL, a path)
  return k;
}

// The số ký hiệu a line starts with, after an optional label.
std::string_view line_number(std::string_view line) {
  size_t i = 0;
  while (i < line.size() && is_space(line[i])) ++i;
  line.remove_prefix(i);
  for (std::string_view label : {"Số ký hiệu", "Số hiệu", "Số"}) {  // "Số" last: a prefix of the others
    if (line.substr(0, label.size()) == label) {
      std::string_view rest = line.substr(label.size());
      size_t k = 0;
      while (k < rest.size() && (is_space(rest[k]) || rest[k] == ':')) ++k;
      if (k > 0) {
        line = rest.substr(k);
        break;
      }
    }
  }
  const size_t n = number_at(line);
  return line.substr(0, n);
}

}  // namespace

bool is_document_number(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  const size_t n = number_at(s);
  return n > 0 && n == s.size();
}

std::vector<DatedDocument> find_dated_documents(std::string_view text, int default_tz, int64_t now_epoch) {
  // Lines that start with a number: where it is, and where its line ends.
  struct Found {
    std::string_view number;
    size_t after;  // offset just past the number
  };
  std::vector<Found> found;
  for (size_t start = 0; start < text.size();) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = text.substr(start, end - start);
    if (!line.empty()) {
      const std::string_view number = line_number(line);
      if (!number.empty()) found.push_back({number, static_cast<size_t>(number.data() + number.size() - text.data())});
    }
    start = end + 1;
  }
  std::vector<DatedDocument> out;
  std::set<std::string_view> seen;
  for (size_t i = 0; i < found.size(); ++i) {
    const size_t from = found[i].after;
    size_t to = i + 1 < found.size() ? static_cast<size_t>(found[i + 1].number.data() - text.data()) : text.size();
    to = std::min(to, from + 400);
    const auto dates = find_vietnamese_dates(text.substr(from, to - from), default_tz, now_epoch);
    if (dates.empty() || !seen.insert(found[i].number).second) continue;
    out.push_back({std::string(found[i].number), format_iso_date(dates.front().date)});
  }
  return out;
}

}  // namespace wt::audit

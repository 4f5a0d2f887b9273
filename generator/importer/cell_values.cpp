#include "importer/cell_values.hpp"

#include <cctype>
#include <cstdio>

#include "core/date.hpp"
#include "core/regex.hpp"
#include "core/text.hpp"

namespace wt::importer {
namespace {

/// Folded, lower case, dashes unified, spaces collapsed.
std::string folded(std::string_view text) {
  std::string f = fold_diacritics(text);
  std::string out;
  for (size_t i = 0; i < f.size(); ++i) {
    unsigned char c = f[i];
    if (f.compare(i, 3, "\xE2\x80\x93") == 0 || f.compare(i, 3, "\xE2\x80\x94") == 0) {  // – —
      out += '-';
      i += 2;
    } else if (f.compare(i, 2, "\xC2\xA0") == 0) {  // no-break space
      if (!out.empty() && out.back() != ' ') out += ' ';
      ++i;
    } else if (std::isspace(c)) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += static_cast<char>(std::tolower(c));
    }
  }
  return trim(out);
}

std::optional<int> small_number(const std::string& s) {
  if (s.empty() || s.size() > 3) return std::nullopt;
  for (char c : s)
    if (!std::isdigit(static_cast<unsigned char>(c))) return std::nullopt;
  return std::stoi(s);
}

}  // namespace

std::optional<long long> parse_amount(std::string_view text) {
  std::string s = folded(text);
  for (const char* unit : {"vnd", "dong", "d", "d."}) {
    std::string u = unit;
    if (s.size() > u.size() && s.compare(s.size() - u.size(), u.size(), u) == 0) {
      s = trim(s.substr(0, s.size() - u.size()));
      break;
    }
  }
  if (s.rfind("vnd", 0) == 0) s = trim(s.substr(3));
  if (s.empty()) return std::nullopt;
  size_t pos = s.find_first_not_of("0123456789");
  std::string digits;
  if (pos == std::string::npos) {
    digits = s;
  } else {
    char sep = s[pos];
    if (sep != '.' && sep != ',' && sep != ' ') return std::nullopt;
    size_t start = 0, index = 0;
    while (true) {
      size_t end = s.find(sep, start);
      std::string group = s.substr(start, end == std::string::npos ? std::string::npos : end - start);
      bool ok = !group.empty() && group.find_first_not_of("0123456789") == std::string::npos &&
                (index == 0 ? group.size() <= 3 : group.size() == 3);
      if (!ok) return std::nullopt;
      digits += group;
      ++index;
      if (end == std::string::npos) break;
      start = end + 1;
    }
  }
  if (digits.size() > 13) return std::nullopt;
  return std::stoll(digits);
}

std::optional<int> parse_day(std::string_view text) {
  std::string s = folded(text);
  if (s == "cn" || s == "chu nhat" || s == "chunhat") return 8;
  if (s.rfind("thu ", 0) == 0) s = s.substr(4);
  else if (s.size() == 2 && s[0] == 't') s = s.substr(1);
  static const char* kNames[] = {"hai", "ba", "tu", "nam", "sau", "bay"};
  for (int i = 0; i < 6; ++i)
    if (s == kNames[i]) return i + 2;
  auto n = small_number(s);
  if (n && *n >= 2 && *n <= 7) return *n;
  return std::nullopt;
}

std::optional<std::string> parse_session(std::string_view text) {
  std::string s = folded(text);
  if (s.rfind("buoi ", 0) == 0) s = s.substr(5);
  if (s == "sang" || s == "s") return std::string("sang");
  if (s == "chieu" || s == "c") return std::string("chieu");
  return std::nullopt;
}

std::optional<int> parse_period(std::string_view text) {
  std::string s = folded(text);
  if (s.rfind("tiet ", 0) == 0) s = s.substr(5);
  else if (s.size() >= 2 && s[0] == 't' && std::isdigit(static_cast<unsigned char>(s[1]))) s = s.substr(1);
  return small_number(s);
}

std::optional<bool> parse_yes_no(std::string_view text) {
  std::string s = folded(text);
  for (const char* yes : {"x", "co", "yes", "true", "1", "bat buoc", "b/b", "bb"})
    if (s == yes) return true;
  for (const char* no : {"", "khong", "no", "false", "0", "tu nguyen", "thoa thuan", "-"})
    if (s == no) return false;
  return std::nullopt;
}

std::optional<std::string> find_school_year(std::string_view text) {
  std::string s = folded(text);
  static const Regex re(R"((^|[^0-9])((?:19|20)[0-9]{2}) ?[-/] ?((?:19|20)[0-9]{2})($|[^0-9]))");
  for (auto m = re.search(s); m; m = re.search(s, m->end(s) > m->begin(s) ? m->end(s) : m->begin(s) + 1)) {
    int a = std::stoi(std::string(m->group(2))), b = std::stoi(std::string(m->group(3)));
    if (b == a + 1) return std::string(m->group(2)) + "-" + std::string(m->group(3));
  }
  return std::nullopt;
}

std::optional<int> find_semester(std::string_view text) {
  std::string s = folded(text);
  static const Regex re(R"((^|[^a-z])(?:hk|hoc ky|hoc ki|ky|ki) ?(1|2|ii|i)($|[^a-z0-9]))");
  auto m = re.search(s);
  if (!m) return std::nullopt;
  return (m->group(2) == "2" || m->group(2) == "ii") ? 2 : 1;
}

std::optional<std::string> find_effective_date(std::string_view text) {
  std::string s = folded(text);
  static const Regex re(R"(ap dung(?: tu)?(?: ngay)? ?:? ?([0-9]{1,2}/[0-9]{1,2}/[0-9]{4}))");
  auto m = re.search(s);
  if (!m) return std::nullopt;
  return normalise_vn_date(m->group(1));
}

std::optional<std::string> normalise_vn_date(std::string_view text) {
  static const Regex re(R"(([0-9]{1,2})/([0-9]{1,2})/([0-9]{4}))");
  std::string s = trim(text);
  auto m = re.full_match(s);
  if (!m) return std::nullopt;
  int d = std::stoi(std::string(m->group(1))), mo = std::stoi(std::string(m->group(2))),
      y = std::stoi(std::string(m->group(3)));
  if (!is_valid_calendar_date(y, mo, d)) return std::nullopt;
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02d/%02d/%04d", d, mo, y);
  return std::string(buf);
}

std::string day_name(int day) {
  static const char* kNames[] = {"Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"};
  return day >= 2 && day <= 8 ? kNames[day - 2] : "?";
}

}  // namespace wt::importer

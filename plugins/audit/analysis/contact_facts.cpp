#include "audit/analysis/contact_facts.hpp"

#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <string>


namespace wt::audit {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool has_email(std::string_view text) {
  for (size_t at = text.find('@'); at != std::string_view::npos; at = text.find('@', at + 1)) {
    if (at == 0 || !(std::isalnum(static_cast<unsigned char>(text[at - 1])) || text[at - 1] == '.' ||
                     text[at - 1] == '_' || text[at - 1] == '-'))
      continue;
    size_t end = at + 1;
    while (end < text.size() && (std::isalnum(static_cast<unsigned char>(text[end])) || text[end] == '.' ||
                                 text[end] == '-'))
      ++end;
    std::string_view domain = text.substr(at + 1, end - at - 1);
    while (!domain.empty() && domain.back() == '.') domain.remove_suffix(1);
    const size_t dot = domain.rfind('.');
    if (dot != std::string_view::npos && dot > 0 && domain.size() - dot - 1 >= 2) return true;
  }
  return false;
}

}  // namespace

bool has_phone_number(std::string_view text) {
  for (size_t i = 0; i < text.size(); ++i) {
    // A number starts with 0, (0 or +84, and is not glued to a longer number,
    // a date or an amount.
    size_t start;
    if (text[i] == '+' && text.substr(i, 3) == "+84") start = i + 3;
    else if (text[i] == '(' && i + 1 < text.size() && text[i + 1] == '0') start = i + 2;
    else if (text[i] == '0') start = i + 1;
    else continue;
    if (i > 0 && (is_digit(text[i - 1]) || text[i - 1] == '/' || text[i - 1] == '.' || text[i - 1] == ',')) continue;
    // Digits of the national number (after the 0 or +84), groups separated
    // by one space, dot or dash, or ") ".
    int digits = 0;
    size_t j = start;
    char last_sep = 0;
    while (j < text.size()) {
      const char c = text[j];
      if (is_digit(c)) {
        ++digits;
        last_sep = 0;
      } else if ((c == ' ' || c == '.' || c == '-' || c == ')') && (!last_sep || (last_sep == ')' && c == ' '))) {
        last_sep = c;
      } else {
        break;
      }
      ++j;
    }
    // 9 digits for mobiles, 10 for landlines (a 3-digit area code and 7 digits).
    const bool glued = j < text.size() && (text[j] == '/' || is_digit(text[j]));
    if (digits >= 9 && digits <= 10 && !glued) return true;
    i = std::max(i, j == 0 ? i : j - 1);
  }
  return false;
}

namespace {

bool contains_any(std::string_view text, std::initializer_list<std::string_view> needles) {
  for (auto n : needles)
    if (text.find(n) != std::string_view::npos) return true;
  return false;
}

}  // namespace

// Page texts are NFC (decode_html): the Vietnamese words are matched as
// written, in lower and upper case, without their first letter so that
// "Địa chỉ" and "địa chỉ" both match "ịa chỉ"; text typed without
// diacritics the same way ("Dia chi", "DIA CHI"). Plain substring
// searches, no folding of the whole text: this runs on every page.
ContactFacts contact_facts(std::string_view text) {
  ContactFacts f;
  f.address = contains_any(text, {"ịa chỉ", "ỊA CHỈ", "rụ sở", "RỤ SỞ", "ia chi", "Ia chi", "IA CHI", "ia Chi"});
  f.responsible = contains_any(text, {"hịu trách nhiệm", "HỊU TRÁCH NHIỆM", "hụ trách", "HỤ TRÁCH",
                                      "hiu trach nhiem", "HIU TRACH NHIEM", "hu trach", "HU TRACH"});
  f.phone = has_phone_number(text);
  f.email = has_email(text);
  return f;
}

}  // namespace wt::audit

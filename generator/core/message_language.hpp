// The language of what Webtruong says to its user: Vietnamese by default,
// English on request.
//
// The command line decides once, before any work starts:
//
//   wt::set_message_language(wt::language_from_environment());   // LANGUAGE, LC_ALL, LC_MESSAGES, LANG
//   if (auto l = wt::parse_language(value_of_lang_option)) wt::set_message_language(*l);
//
// and format_diagnostic() (core/diagnostic.hpp) then writes every message in
// that language through the message catalog (core/message_catalog.hpp).
// The setting is one per process, like the C locale; it is read, never
// changed, once threads run.
#pragma once

#include <optional>
#include <string_view>

namespace wt {

enum class Language { Vi, En };

/// "vi", "en", and locale names that start with them ("en_US.UTF-8",
/// "vi_VN"); nullopt for anything else.
std::optional<Language> parse_language(std::string_view name);

/// English when the first of LANGUAGE, LC_ALL, LC_MESSAGES and LANG that is
/// set and not empty starts with "en"; Vietnamese otherwise (a teacher's
/// machine often says C.UTF-8 or nothing at all).
Language language_from_environment();

void set_message_language(Language language);
Language message_language();

}  // namespace wt

// The message catalog: the Vietnamese text of every diagnostic and every line
// the commands print, keyed by the English text the code writes.
//
// Code writes its messages in English, as it always has (tests and the
// English output read them as written). Each entry of the catalog pairs a
// message code with an English template and its Vietnamese text; `{}` in
// the template stands for any text (a file name, a value the user wrote),
// and `{1}`, `{2}` ... in the Vietnamese text put those texts back, in any
// order:
//
//   {"config.timezone", "'timezone' should look like +07:00, not '{}'",
//    "'timezone' phải có dạng +07:00, không phải '{1}'"}
//
//   std::optional<std::string> vi = wt::translate_message("config.timezone", d.message);
//
// An entry's code may end in '*' to cover every code that starts with what
// comes before it. The entries live in core/messages/, one file per area
// (messages/README.md says how to add one). A message that no entry
// matches is printed in English: the test suite fails on any such message it
// produces (tests/support/catch_main.cpp), so that none ships untranslated.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace wt {

struct MessageTranslation {
  const char* code;  ///< "config.timezone", or a prefix ending in '*' ("yaml.*").
  const char* en;    ///< The English text with {} for each variable part.
  const char* vi;    ///< The Vietnamese text; {1}..{9} are the variable parts, in order of the English.
};

/// The Vietnamese text of `message` (written under `code`), or nullopt when
/// no entry of the catalog matches it.
std::optional<std::string> translate_message(std::string_view code, std::string_view message);

/// `message` in the process's language (core/message_language.hpp): itself
/// in English, its translation in Vietnamese (itself when the catalog has
/// none). Commands print every line they write to the user through it.
std::string localized(std::string_view code, std::string_view message);

/// Every entry, for the catalog's own tests.
std::span<const MessageTranslation> message_catalog();

/// Called with (code, message) of every message that is reported to a
/// DiagnosticSink or localized() and that the catalog cannot translate,
/// whatever the language; the test suite sets it to fail on untranslated
/// messages. nullptr (the default) costs one load per message.
using UntranslatedHook = void (*)(std::string_view code, std::string_view message);
void set_untranslated_hook(UntranslatedHook hook);
/// Calls the hook when it is set and `message` has no translation.
void audit_translation(std::string_view code, std::string_view message);

}  // namespace wt

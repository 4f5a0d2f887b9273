// The parts of the message catalog (core/message_catalog.hpp), one per
// area of the code; each is a table in its own file of this folder.
#pragma once

#include <span>
#include <vector>

#include "core/message_catalog.hpp"

namespace wt::messages {

std::span<const MessageTranslation> cli();         ///< The commands' own lines: usage, summaries.
std::span<const MessageTranslation> core();        ///< YAML, files, dates, text limits.
std::span<const MessageTranslation> site_input();  ///< site.yaml, content, front matter, data and schemas.
std::span<const MessageTranslation> rendering();   ///< Markdown, the theme, images, output, build, serve.
std::span<const MessageTranslation> portal();      ///< portal, hosting (nginx), import, new, check.
std::span<const MessageTranslation> audit();       ///< The audit plugin.
std::span<const MessageTranslation> yaml_syntax(); ///< The common YAML mistakes (core/yaml_syntax_error.cpp).
std::span<const MessageTranslation> serve();       ///< What `serve` says in the browser and the terminal.
std::span<const MessageTranslation> cms();         ///< `webtruong cms` and the CMS forms served by `serve`.
std::span<const MessageTranslation> help();        ///< The --help texts: every command's, the list of commands.

/// Every part, in the order above.
std::vector<std::span<const MessageTranslation>> catalog_parts();

}  // namespace wt::messages

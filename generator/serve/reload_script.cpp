#include "serve/reload_script.hpp"

#include <algorithm>
#include <cctype>

namespace wt::serve {
namespace {

// Where `needle` (lower case ASCII) first occurs in `text`, any case.
size_t find_ascii_nocase(std::string_view text, std::string_view needle) {
  auto it = std::search(text.begin(), text.end(), needle.begin(), needle.end(), [](char a, char b) {
    return std::tolower(static_cast<unsigned char>(a)) == static_cast<unsigned char>(b);
  });
  return it == text.end() ? std::string_view::npos : static_cast<size_t>(it - text.begin());
}

}  // namespace

const std::string& reload_script() {
  static const std::string script = std::string(R"JS(// webtruong serve: reloads this page when the site is rebuilt.
// Put only into the pages the dev server serves, never into a build's output.
(function () {
  "use strict";
  if (!window.EventSource) return;
  var me = document.currentScript;
  var since = (me && me.getAttribute("data-generation")) || "0";
  var events = new EventSource(")JS") + kEventsPath + R"JS(?since=" + encodeURIComponent(since));
  events.addEventListener("reload", function () {
    events.close();
    window.location.reload();
  });
  // When a stream ends, EventSource opens a new one by itself after the
  // server's "retry:" delay; the server then says at once if a build came between.
})();
)JS";
  return script;
}

std::string reload_script_tag(uint64_t generation) {
  return std::string("<script src=\"") + kReloadScriptPath + "\" data-generation=\"" + std::to_string(generation) +
         "\" defer></script>";
}

std::string inject_reload_script(std::string_view html, uint64_t generation) {
  size_t at = find_ascii_nocase(html, "</head>");
  if (at == std::string_view::npos) at = find_ascii_nocase(html, "</body>");
  if (at == std::string_view::npos) at = html.size();
  std::string out;
  const std::string tag = reload_script_tag(generation);
  out.reserve(html.size() + tag.size());
  out.append(html.substr(0, at));
  out.append(tag);
  out.append(html.substr(at));
  return out;
}

}  // namespace wt::serve

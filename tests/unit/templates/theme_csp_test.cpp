// The default theme carries a written Content-Security-Policy and nothing
// that policy would block: no inline script, no inline style, no event
// handler attribute, in any layout or partial (the audit report templates
// under themes/default/reports are not pages of a site and are not checked).
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

const fs::path kTheme = fs::path(WT_SOURCE_DIR) / "themes" / "default";

std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::vector<fs::path> templates() {
  std::vector<fs::path> out;
  for (const char* dir : {"layouts", "partials"})
    for (const auto& e : fs::recursive_directory_iterator(kTheme / dir))
      if (e.is_regular_file()) out.push_back(e.path());
  return out;
}

// Each "<script" of `text` must load a file (src=) or hold JSON-LD data.
std::vector<std::string> inline_scripts(const std::string& text) {
  std::vector<std::string> found;
  for (size_t at = text.find("<script"); at != std::string::npos; at = text.find("<script", at + 1)) {
    std::string tag = text.substr(at, text.find('>', at) - at + 1);
    // A file of js/, named as the view model gives it (urls.menu_js) or, in a rendered page, as a path.
    bool named = tag.find(" src=\"/js/") != std::string::npos ||
                 (tag.find(" src=\"{{urls.") != std::string::npos && tag.find("_js}}\"") != std::string::npos);
    bool loads_file = named && text.compare(at + tag.size(), 9, "</script>") == 0;
    bool data = tag.find("type=\"application/ld+json\"") != std::string::npos;
    if (!loads_file && !data) found.push_back(tag);
  }
  return found;
}

// " on<letters>=" inside a tag.
bool has_event_handler(const std::string& text) {
  for (size_t at = text.find(" on"); at != std::string::npos; at = text.find(" on", at + 1)) {
    size_t open = text.rfind('<', at), close = text.rfind('>', at);
    if (open == std::string::npos || (close != std::string::npos && close > open)) continue;
    size_t i = at + 3;
    while (i < text.size() && std::isalpha(static_cast<unsigned char>(text[i]))) ++i;
    if (i > at + 3 && i < text.size() && text[i] == '=') return true;
  }
  return false;
}

}  // namespace

TEST_CASE("default theme: the head partial writes the Content-Security-Policy", "[templates][security]") {
  std::string head = read(kTheme / "partials" / "head.mustache");
  const std::string csp =
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; script-src 'self'; "
      "style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'\">";
  size_t at = head.find(csp);
  REQUIRE(at != std::string::npos);
  // Before anything it governs.
  CHECK(at < head.find("<link"));
  CHECK(at < head.find("<script"));
}

TEST_CASE("default theme: no inline script, inline style or event handler in any template",
          "[templates][security]") {
  std::vector<fs::path> files = templates();
  REQUIRE(files.size() > 20);
  for (const fs::path& f : files) {
    std::string text = read(f);
    INFO(f.string());
    CHECK(lower(text).find("style=") == std::string::npos);
    CHECK(lower(text).find("<style") == std::string::npos);
    CHECK(inline_scripts(text).empty());
    CHECK_FALSE(has_event_handler(lower(text)));
    CHECK(lower(text).find("javascript:") == std::string::npos);
  }
}

TEST_CASE("default theme: the checks above find what they look for", "[templates][security]") {
  CHECK(inline_scripts("<script>alert(1)</script>").size() == 1);
  CHECK(inline_scripts("<script src=\"/js/menu.js\" defer>x</script>").size() == 1);
  CHECK(inline_scripts("<script src=\"/js/menu.js\" defer></script>").empty());
  CHECK(inline_scripts("<script src=\"{{urls.menu_js}}\" defer></script>").empty());
  CHECK(inline_scripts("<script src=\"{{urls.menu_js}}\" defer>x</script>").size() == 1);
  CHECK(inline_scripts("<script src=\"{{page.title}}\" defer></script>").size() == 1);
  CHECK(has_event_handler("<div onclick=\"x\">"));
  CHECK_FALSE(has_event_handler("<p>Thi online=tốt</p> <a data-on=\"x\">"));
}

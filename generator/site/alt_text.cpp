#include "site/alt_text.hpp"

#include "core/file_system.hpp"
#include "site/load_site.hpp"

namespace wt::site {
namespace {

constexpr const char* kBody =
    "this image has no alternative text: write what it shows between the brackets, as in "
    "![Học sinh chào cờ đầu tuần](anh.jpg), for readers who cannot see it";
constexpr const char* kCover =
    "'image:' has no 'image_alt:': write what the photo shows, for readers who cannot see it";

}  // namespace

void check_body_alt_text(const content::Page& p, DiagnosticSink& sink) {
  const std::string& b = p.body;
  for (size_t at = b.find("!["); at != std::string::npos; at = b.find("![", at + 2)) {
    size_t i = at + 2;
    while (i < b.size() && (b[i] == ' ' || b[i] == '\t')) ++i;
    if (i + 1 >= b.size() || b[i] != ']' || (b[i + 1] != '(' && b[i + 1] != '[')) continue;
    Position pos = position_in(p.source, b, at);
    pos.line += p.body_line_offset;
    sink.warning(pos, "image.alt-missing", kBody);
  }
}

namespace {

// The line of `image:` in the page's front matter (0 when not found).
int image_line(const LoadedSite& site, const content::Page& p) {
  FileError error;
  auto text = site.files->read(site.request.site_dir / p.source, &error);
  if (!text) return 0;
  int line = 1;
  for (size_t at = 0; at < text->size() && line <= p.body_line_offset + 1; ++line) {
    if (text->compare(at, 6, "image:") == 0) return line;
    const size_t nl = text->find('\n', at);
    if (nl == std::string::npos) break;
    at = nl + 1;
  }
  return 0;
}

}  // namespace

void check_alt_text(const LoadedSite& site, DiagnosticSink& sink) {
  if (!site.tree) return;
  for (const auto& page : site.tree->pages) {
    const content::Page& p = *page;
    check_body_alt_text(p, sink);
    if (!p.fm.image.empty() && p.fm.image_alt.empty()) {
      const int line = image_line(site, p);
      sink.warning({p.source, line, line ? 1 : 0}, "image.alt-missing", kCover);
    }
  }
}

}  // namespace wt::site

// Alt text: every photo a page shows says what it shows, for parents and
// students who use a screen reader (TT 32/2017 Đ18, WCAG 2.1 1.1.1).
//
// A Markdown image with empty brackets (`![](anh.jpg)`, `![ ](anh.jpg)`,
// `![][anh]`) and a front matter `image:` without `image_alt:` are warnings
// at their line, in `check` and `build` alike; `build --strict` refuses them
// like every warning. The Markdown is scanned as text: an image written in
// a code block is reported too (rare; give it an alt).
//
//   check_alt_text(site, sink);   // after the content is loaded
#pragma once

#include "core/diagnostic.hpp"

namespace wt::content {
struct Page;
}

namespace wt::site {

struct LoadedSite;

/// Reports (image.alt-missing) every image of the site's pages without
/// alternative text.
void check_alt_text(const LoadedSite& site, DiagnosticSink& sink);

/// The same for the Markdown body of one page (not its `image:`).
void check_body_alt_text(const content::Page& page, DiagnosticSink& sink);

}  // namespace wt::site

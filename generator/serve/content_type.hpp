// content_type_for: the Content-Type the dev server sends for an output,
// from the extension of its path. Text types carry "charset=utf-8" (every
// page and feed a build writes is UTF-8); what is not in the table is sent
// as application/octet-stream, which a browser downloads and never runs.
//
//   content_type_for("tin-tuc/a/index.html")  // "text/html; charset=utf-8"
#pragma once

#include <string_view>

namespace wt::serve {

/// The Content-Type of the output at `rel` ("css/style.css", "rss.xml").
const char* content_type_for(std::string_view rel);

/// True for the HTML pages the reload script is put into.
bool is_html(std::string_view rel);

}  // namespace wt::serve

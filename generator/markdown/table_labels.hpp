// Column names on the cells of a page's tables, so that a phone can show a
// wide table as stacked rows with each value under its name (internal to
// the markdown module; the theme's CSS reads the attribute).
//
//   html = detail::label_table_cells(std::move(html));
//   // <table><thead><tr><th>Khoản thu</th><th>Mức thu</th></tr></thead>
//   // <tbody><tr><td data-label="Khoản thu">Học phí</td><td data-label="Mức thu">…
//
// The input is HTML this module wrote (cmark-gfm's output, or the allow-list
// writer's): every '<' in it starts a tag, text and attribute values are
// escaped. A table is labelled when it has a <thead>; the names are the text
// of its first header row's cells (tags left out, at most 80 bytes cut at a
// character), and a cell spanning columns (colspan) takes the first one's
// name. Cells of nested tables take their own table's names. A cell that has
// a data-label already keeps it.
#pragma once

#include <string>

namespace wt::markdown::detail {

std::string label_table_cells(std::string html);

}  // namespace wt::markdown::detail

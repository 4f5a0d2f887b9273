#include <catch2/catch.hpp>

#include <string>

#include "core/diagnostic.hpp"
#include "markdown/markdown.hpp"
#include "markdown/table_labels.hpp"

using namespace wt;
using markdown::detail::label_table_cells;

namespace {

std::string render(const std::string& md) {
  DiagnosticSink sink;
  return markdown::render(md, "content/a.md", 0, nullptr, {}, sink).html;
}

}  // namespace

TEST_CASE("markdown: a table's cells carry their column's name for phones", "[markdown][tables]") {
  const std::string html = render(
      "| Khoản thu | Mức thu (đ) | Ghi chú |\n"
      "|---|--:|:-:|\n"
      "| Học phí | 1.500.000 đ | *theo tháng* |\n"
      "| Bảo hiểm \"y tế\" | 884.520 đ | |\n");
  CHECK(html.find("<th>Khoản thu</th>") != std::string::npos);  // the header is unchanged
  CHECK(html.find("<td data-label=\"Khoản thu\">Học phí</td>") != std::string::npos);
  CHECK(html.find("<td data-label=\"Mức thu (đ)\" align=\"right\">1.500.000 đ</td>") != std::string::npos);
  CHECK(html.find("<td data-label=\"Ghi chú\" align=\"center\"><em>theo tháng</em></td>") != std::string::npos);
  CHECK(html.find("<td data-label=\"Khoản thu\">Bảo hiểm &quot;y tế&quot;</td>") != std::string::npos);
}

TEST_CASE("markdown: header names lose their tags and keep their escapes", "[markdown][tables]") {
  const std::string html = render(
      "| **Lớp** `6A` | A &amp; B | <b>x</b> |\n"
      "|---|---|---|\n"
      "| 1 | 2 | 3 |\n");
  CHECK(html.find("<td data-label=\"Lớp 6A\">1</td>") != std::string::npos);
  CHECK(html.find("<td data-label=\"A &amp; B\">2</td>") != std::string::npos);
  CHECK(html.find("<td data-label=\"x\">3</td>") != std::string::npos);
}

TEST_CASE("markdown: tables in raw HTML are labelled too, nested ones by their own header", "[markdown][tables]") {
  const std::string html = render(
      "<table><thead><tr><th colspan=\"2\">Buổi</th><th>Tiết</th></tr></thead>"
      "<tbody><tr><td>Sáng</td><td>Thứ 2</td><td>"
      "<table><thead><tr><th>Môn</th></tr></thead><tbody><tr><td>Toán</td></tr></tbody></table>"
      "</td></tr><tr><td colspan=\"2\">Chiều</td><td data-label=\"x\">5</td></tr></tbody></table>\n");
  CHECK(html.find("<td data-label=\"Buổi\">Sáng</td>") != std::string::npos);
  CHECK(html.find("<td>Thứ 2</td>") != std::string::npos);  // spanned by the first name: none of its own
  CHECK(html.find("<td data-label=\"Môn\">Toán</td>") != std::string::npos);
  CHECK(html.find("<td data-label=\"Tiết\"><table>") != std::string::npos);
  CHECK(html.find("<td data-label=\"Buổi\" colspan=\"2\">Chiều</td>") != std::string::npos);
  // data-label is not on the allow-list: the writer drops what the author wrote, and the
  // cell gets its column's name like any other.
  CHECK(html.find("<td data-label=\"Tiết\">5</td>") != std::string::npos);
}

TEST_CASE("markdown: tables without a header row, and text that only looks like one, are left alone", "[markdown][tables]") {
  CHECK(label_table_cells("<table><tbody><tr><td>a</td></tr></tbody></table>") ==
        "<table><tbody><tr><td>a</td></tr></tbody></table>");
  CHECK(label_table_cells("<p>&lt;table&gt;&lt;td&gt;</p>") == "<p>&lt;table&gt;&lt;td&gt;</p>");
  const std::string code = render("```\n| a | b |\n|---|---|\n| 1 | 2 |\n```\n");
  CHECK(code.find("data-label") == std::string::npos);
  // A cell that names itself keeps its name; a header cell with no text gives none.
  CHECK(label_table_cells("<table><thead><tr><th>A</th><th> </th></tr></thead>"
                          "<tbody><tr><td data-label=\"B\">1</td><td>2</td></tr></tbody></table>") ==
        "<table><thead><tr><th>A</th><th> </th></tr></thead>"
        "<tbody><tr><td data-label=\"B\">1</td><td>2</td></tr></tbody></table>");
  // Cut input (no '>' after the last '<') is copied as it is.
  CHECK(label_table_cells("<table><thead><tr><th>A</th></tr></thead><td") ==
        "<table><thead><tr><th>A</th></tr></thead><td");
}

TEST_CASE("markdown: a long column name is cut at a character, never inside an entity", "[markdown][tables]") {
  std::string name;
  for (int i = 0; i < 30; ++i) name += "Đ&amp;";  // 7 bytes each
  const std::string html = label_table_cells("<table><thead><tr><th>" + name + "</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table>");
  const std::size_t at = html.find("data-label=\"");
  REQUIRE(at != std::string::npos);
  const std::string label = html.substr(at + 12, html.find('"', at + 12) - at - 12);
  REQUIRE(label.size() > 3);
  CHECK(label.substr(label.size() - 3) == "…");
  // 80 bytes would end in the 12th "&amp;" (bytes 79-83): the cut is before its '&', after a whole "Đ".
  const std::string body = label.substr(0, label.size() - 3);
  CHECK(body.size() == 79);
  CHECK(body.substr(body.size() - 2) == "Đ");
}

TEST_CASE("markdown: a table of thousands of columns is labelled in one pass", "[markdown][tables]") {
  // Each header cell once looked for the next table from where it stood: quadratic in the columns.
  std::string head, row;
  for (int i = 0; i < 20000; ++i) {
    head += "<th>c" + std::to_string(i) + "</th>";
    row += "<td>" + std::to_string(i) + "</td>";
  }
  const std::string html = label_table_cells("<table><thead><tr>" + head + "</tr></thead><tbody><tr>" + row +
                                             "</tr></tbody></table><p>after</p>");
  CHECK(html.find("<td data-label=\"c0\">0</td>") != std::string::npos);
  CHECK(html.find("<td data-label=\"c19999\">19999</td>") != std::string::npos);
  CHECK(html.find("<p>after</p>") != std::string::npos);
}

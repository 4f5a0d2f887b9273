// The budget model never under-estimates: for random tag soup, the depth of
// the tree the real parser (gumbo) builds is never above the model's depth.
// (Found while writing it: td/th outside a table, which the parser ignores,
// and gumbo's aborts on SVG in tables, see html_tree_gumbo.cpp.)
#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <vector>

#include "markdown/html_budget.hpp"
#include "markdown/html_tree.hpp"

using namespace wt::markdown::detail;

namespace {

size_t tree_depth(const std::vector<HtmlNode>& nodes) {
  size_t deepest = 0;
  for (const HtmlNode& n : nodes) {
    if (n.kind == HtmlNode::Kind::Element) deepest = std::max(deepest, 1 + tree_depth(n.children));
  }
  return deepest;
}

std::string soup(std::mt19937& rng, size_t tokens) {
  static const std::vector<std::string> kTokens = {
      "<div>", "</div>", "<p>", "</p>", "<b>", "</b>", "<b id=1>", "<b id=2>", "<i>", "</i>", "<a href=x>",
      "</a>", "<span>", "</span>", "<table>", "</table>", "<tr>", "</tr>", "<td>", "</td>", "<th>", "<tbody>",
      "<li>", "</li>", "<ul>", "</ul>", "<ol>", "<dd>", "<dt>", "</dl>", "<dl>", "<em>", "</em>", "<font>",
      "</font>", "<nobr>", "<button>", "</button>", "<svg>", "</svg>", "<g>", "<math>", "<mi>", "<select>",
      "<option>", "<optgroup>", "<caption>", "<colgroup>", "<col>", "<h1>", "<h2>", "</h2>", "<form>",
      "</form>", "<object>", "</object>", "<marquee>", "<template>", "</template>", "<pre>", "<br>", "</br>",
      "<img>", "<hr>", "x", " ", "\n", "<!-- c -->", "<!--", "-->", "<style>", "</style>", "<textarea>",
      "</textarea>", "<script>", "</script>", "<x-a>", "</x-a>", "<s>", "<u>", "<strong>", "</strong>",
      "<small>", "<code>", "</code>", "<address>", "<center>", "</body>", "<html>", "<frameset>", "<noscript>",
      "<title>", "<xmp>", "<plaintext>", "<foreignObject>", "<desc>", "<applet>", "<ruby>", "<rt>", "<rp>"};
  std::string out;
  for (size_t i = 0; i < tokens; ++i) out += kTokens[rng() % kTokens.size()];
  return out;
}

}  // namespace

TEST_CASE("markdown::check_html_budget's model is at least as deep as gumbo's tree", "[markdown][budget]") {
  std::mt19937 rng(20261124);
  for (int round = 0; round < 1500; ++round) {
    std::string html = soup(rng, 40 + rng() % 160);
    size_t real = tree_depth(parse_html_fragment(html));
    if (real < 2) continue;
    // The model's depth must reach real - 1 (a void element, never on the
    // stack, can be the deepest node of the tree).
    HtmlBudget budget;
    budget.max_depth = real - 2;
    budget.max_formatting_work = static_cast<size_t>(-1);
    INFO(html << "\ntree depth " << real);
    CHECK(check_html_budget(html, budget));
  }
}

// FastTree against gumbo: for every page FastTree accepts, its tree must be
// gumbo's (comments aside, adjacent text merged), and extract_page must give
// the same PageInfo with and without it.
#include "audit/html/fast_tree.hpp"

#include <gumbo.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <memory>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "audit/html/charset.hpp"
#include "audit/html/page_extract.hpp"
#include "support/gumbo_tree_dump.hpp"

using namespace wt::audit;
namespace fs = std::filesystem;

namespace {

// Every field of a PageInfo, one per line.
std::string dump(const PageInfo& p) {
  std::ostringstream o;
  o << "title " << p.title << "\nlang " << p.lang << "\ndescription " << p.description << "\ncanonical "
    << p.canonical << "\nnoindex " << p.noindex << p.nofollow << "\n";
  for (const auto& l : p.links) o << "link " << l.href << " | " << l.text << " | " << l.nofollow << l.in_nav << "\n";
  for (const auto& h : p.headings) o << "h" << h.level << " " << h.text << " " << h.linked << "\n";
  for (const auto& m : p.meta_dates) o << "meta " << m.name << " " << m.value << "\n";
  for (const auto& j : p.json_ld_dates) o << "jsonld " << j.type << " " << j.date_published << " " << j.date_modified << "\n";
  o << "jsonld blocks " << p.json_ld_blocks << " invalid " << p.json_ld_invalid << "\n";
  for (const auto& t : p.times) o << "time " << t.datetime << " | " << t.text << " | " << t.classes << "\n";
  o << "text_root " << p.text_root << " truncated " << p.text_truncated << " capped " << p.depth_capped << "\n";
  o << "og " << p.og_type << "\nbody " << p.body_classes << "\n";
  for (const auto& m : p.markers) o << "marker " << m << "\n";
  o << "articles " << p.articles << " pagination " << p.pagination << " cells " << p.table_cells << " p "
    << p.paragraphs << "\nviewport " << p.viewport << "\ndc " << p.dublin_core << " author " << p.author
    << " images " << p.images << "/" << p.images_without_alt << " search " << p.search_form << "\n";
  o << "footer " << p.footer_text << "\ntext " << p.text << "\n";
  return o.str();
}

PageInfo extract(std::string_view html, bool fast) {
  ExtractOptions options;
  options.fast_tree = fast;
  return extract_page(html, options);
}

// The HTML pages of the test fixtures, decoded to UTF-8 as the crawler does.
std::vector<std::pair<std::string, std::string>> fixture_pages() {
  std::vector<std::pair<std::string, std::string>> pages;
  for (const auto& entry : fs::recursive_directory_iterator(WT_TEST_FIXTURES)) {
    if (!entry.is_regular_file() || entry.path().extension() != ".html") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream bytes;
    bytes << in.rdbuf();
    pages.emplace_back(entry.path().string(), decode_html(bytes.str(), "").text);
  }
  return pages;
}

void check_same_as_gumbo(FastTree& tree, const std::string& name, std::string_view html) {
  const GumboNode* document = tree.build(html, 1000);
  if (!document) return;
  INFO(name);
  CHECK(wt_test::dump_tree(document) == wt_test::gumbo_tree(html));
}

}  // namespace

TEST_CASE("FastTree builds gumbo's tree for well-formed pages") {
  const std::vector<std::string> accepted = {
      "<!DOCTYPE html><html lang=vi><head><meta charset=utf-8><title>Trường &amp; lớp</title></head>"
      "<body><p>Xin chào</p></body></html>",
      // Implied html, head, body; implied </p>, </li>, </dd>, </option>.
      "<title>t</title><p>one<p>two<div>three</div><ul><li>a<li>b</ul><dl><dt>x<dd>y<dt>z</dl>",
      "<select name=s><option>1<option selected>2<optgroup label=g><option>3</select>",
      // Tables with an implied tbody, implied cells and rows.
      "<!doctype html><table><tr><td>1<td>2<tr><th>3</table><table><thead><tr><th>h</thead>"
      "<tbody><tr><td><p>x</td></tr></tbody><tfoot><tr><td>f</td></tr></tfoot></table>",
      "<!doctype html><p>text<table><colgroup><col><col></colgroup><caption>c</caption><tr><td>"
      "<table><tr><td>nested</td></tr></table></td></tr></table>",
      // Raw text, RCDATA, the LF after <pre> and <textarea>, scripts anywhere.
      "<head><script>if (a < b && c) { x = '</p>'; }</script><style>p > a { color: red }</style>"
      "<noscript><link rel=stylesheet href=x.css></noscript></head><body><pre>\nline\n</pre>"
      "<textarea>\n&lt;b&gt;</textarea><script type=application/ld+json>{\"a\":1}</script>"
      "<table><tr><script>1</script><td>c</td></tr></table></body>",
      // Character references in text and attributes.
      "<p title='a&quot;b' data-x=\"&#x41;&#66;&eacute;&hellip;\">&copy; 2024 &ndash; R&D &lt;tag&gt; a&b</p>"
      "<a href=\"index.php?nv=news&op=detail&amp;id=2\">NukeViet</a><a href='?a=1&copy=2'>c</a>",
      // Attributes: unquoted, empty, upper case, no space between.
      "<DIV ID=Main Class=\"a b\" hidden data-x= checked><A HREF='/x'title=\"t\">X</A></DIV>",
      // Comments, a lone <, CR LF line ends, end tags gumbo ignores.
      "<!-- c --><html><!-- in html --><body>a < b <!-- x --> c</span></li></body></html>\r\n<!-- end -->",
      "<body><div>x</div></body></html>\n<script>late()</script>",
      // Formatting elements closed in order, headings, forms, void elements.
      "<h1><a href=/>Home</a></h1><p><b><i>bi</i></b> <em>e</em><br><img src=a.png alt=x><hr>"
      "<form action=/search role=search><input type=search name=q><button>Go</button></form>",
      // Unknown elements and the end tags that close them.
      "<body><custom-el><span>x</span></custom-el><o:p></o:p><x-a><x-b>y</x-a>z</body>",
      // gumbo moves the text that ends a form after it.
      "<body><div><form action=/s><input name=q>\n</form>x</div><form><p>in p</form>",
      "<body><form>in form<!-- c --></form><form>after <!-- c -->form</form>",
      // Text waits for the next insertion or pop: a stray end tag does neither.
      "<body><form><input>after</button> the form</form><p>a</span>b</p>",
      // The LF right after <pre> is dropped only when it comes first.
      "<body><pre><!-- c -->\nkept</pre><pre>< \nkept</pre><pre><b>\nkept</b></pre><pre>\n\none dropped</pre>",
      "<!doctype html><body><main><article><header><h2>t</h2></header><section><p>x</section>"
      "<footer>f</footer></article></main><nav><ul><li><a href=a>a</a></li></ul></nav>",
  };
  FastTree tree;
  for (const std::string& html : accepted) {
    INFO(html);
    const GumboNode* document = tree.build(html, 1000);
    INFO(tree.declined());
    REQUIRE(document != nullptr);
    CHECK(wt_test::dump_tree(document) == wt_test::gumbo_tree(html));
    CHECK(dump(extract(html, true)) == dump(extract(html, false)));
  }
}

TEST_CASE("FastTree declines what needs HTML5 error recovery") {
  const std::vector<std::string> declined = {
      "<p><b>bold</p>after",                   // formatting element left open: reopened by gumbo
      "<b><i>x</b></i>",                        // misnested
      "<a href=1><a href=2>x</a></a>",          // nested anchors
      "<table><tr><td>1</td></tr>text</table>", // text a table moves out
      "<table><div>x</div></table>",            // element a table moves out
      "<table><td>x</td></table>",              // cell without a row
      "<p>x</p></p>",                           // </p> without <p>
      "<svg><path d=x /></svg>",                // foreign content
      "<math><mi>x</mi></math>",
      "<template><p>x</template>",
      "<frameset><frame></frameset>",
      std::string("<p>a\0b</p>", 10),         // NUL
      "<p>&notit; &foo;</p>",                   // references outside the table
      "<p>&copy 2024</p>",                      // legacy reference without semicolon
      "<p>&#128;</p>",                          // a C1 reference gumbo maps
      "<!-->",                                  // abrupt comment
      "<p>x<!-- never closed",
      "<script><!-- <script> --></script>",     // script escapes
      "<![CDATA[x]]>",
      "<?xml version=1.0?><p>x",
      "</ p>",
      "<div a\"b=1>x</div>",
      "<body><h1>a<h2>b</h2></h1>",
      "<form><form></form></form>",
      "<html><body><html lang=en>",
      "<p>x<table><tr><td>y</td></tr></table>",  // quirks: <table> stays in <p>
      "<div><span><p>x</div>",                  // end tag across a span? (p closes, span left open)
      "<select><b>x</b></select>",
      "<div id=a id=b class=c>x</div>",         // gumbo glues the name of a repeated attribute to the next
      "<pre>&#10;x</pre>",                       // a reference right after <pre>
  };
  FastTree tree;
  for (const std::string& html : declined) {
    INFO(html);
    CHECK(tree.build(html, 1000) == nullptr);
    CHECK_FALSE(tree.declined().empty());
    CHECK(dump(extract(html, true)) == dump(extract(html, false)));
  }
}

TEST_CASE("FastTree declines nesting deeper than its cap") {
  std::string html = "<!doctype html><body>";
  for (int i = 0; i < 50; ++i) html += "<div>";
  FastTree tree;
  CHECK(tree.build(html, 100) != nullptr);
  CHECK(tree.build(html, 20) == nullptr);
  CHECK(tree.declined() == "nesting deeper than the cap");
}

TEST_CASE("FastTree builds gumbo's tree for every fixture page it accepts") {
  FastTree tree;
  size_t accepted = 0;
  const auto pages = fixture_pages();
  REQUIRE(pages.size() >= 50);
  for (const auto& [name, html] : pages) {
    INFO(name);
    const GumboNode* document = tree.build(html, 1000);
    if (document) {
      ++accepted;
      CHECK(wt_test::dump_tree(document) == wt_test::gumbo_tree(html));
    }
    CHECK(dump(extract(html, true)) == dump(extract(html, false)));
  }
  // The Webtruong, WordPress and NukeViet fixtures are mostly well-formed:
  // the fast path must really be taken, not declined every time.
  CHECK(accepted * 2 >= pages.size());
}

TEST_CASE("FastTree agrees with gumbo on mutated fixture pages") {
  // Pieces of markup pasted at random places of real pages, with a fixed
  // seed: whatever FastTree accepts must be gumbo's tree.
  const std::vector<std::string> pieces = {
      "<b>", "</b>", "<i>", "</i>", "<a href=x>", "</a>", "<p>", "</p>", "<div>", "</div>", "<li>", "</li>",
      "<ul>", "</ul>", "<table>", "</table>", "<tr>", "</tr>", "<td>", "</td>", "<th>", "<tbody>", "</tbody>",
      "<select>", "<option>", "</select>", "<form>", "</form>", "<h2>", "</h2>", "<pre>\n", "</pre>", "<br>",
      "</br>", "<span>", "</span>", "<dd>", "<dt>", "</dl>", "<caption>", "<colgroup>", "<col>", "<html>",
      "<body>", "</body>", "</html>", "<head>", "</head>", "<title>", "</title>", "<script>", "</script>",
      "<style>", "<!--", "-->", "&amp;", "&copy", "&#10;", "&lt", "x", " ", "\n", "<nobr>", "<button>",
      "</button>", "<textarea>", "<noscript>", "</noscript>", "<x-y>", "</x-z>", "<meta name=a>", "<hr>",
      "<em>", "</em>", "<object>", "</object>", "<main>", "</main>", "<optgroup>", "</option>", "<img>",
  };
  std::mt19937 rng(20261124);
  FastTree tree;
  size_t accepted = 0, tried = 0;
  for (const auto& [name, page] : fixture_pages()) {
    if (page.size() > 64 * 1024) continue;
    for (int round = 0; round < 12; ++round) {
      std::string html = page;
      const int edits = 1 + static_cast<int>(rng() % 3);
      for (int e = 0; e < edits; ++e) {
        const size_t at = rng() % (html.size() + 1);
        if (rng() % 4 == 0 && at < html.size()) {
          html.erase(at, 1 + rng() % 8);  // may cut a tag or a UTF-8 sequence: decode again below
        } else {
          html.insert(at, pieces[rng() % pieces.size()]);
        }
      }
      html = decode_html(html, "text/html; charset=utf-8").text;
      ++tried;
      if (tree.build(html, 1000)) ++accepted;
      check_same_as_gumbo(tree, name, html);
    }
  }
  INFO("accepted " << accepted << " of " << tried);
  CHECK(accepted > 0);
  CHECK(accepted < tried);
}

TEST_CASE("FastTree decodes every character reference it knows as gumbo does", "[FastTree]") {
  // Every name of FastTree's two tables, with their semicolons, in text and
  // in an attribute value.
  const std::string refs = "&AElig; &AMP; &Aacute; &Acirc; &Agrave; &Aring; &Atilde; &Auml; &COPY; &Ccedil; &ETH; &Eacute; &Ecirc; &Egrave; &Euml; &GT; &Iacute; &Icirc; &Igrave; &Iuml; &LT; &Ntilde; &Oacute; &Ocirc; &Ograve; &Oslash; &Otilde; &Ouml; &QUOT; &REG; &THORN; &Uacute; &Ucirc; &Ugrave; &Uuml; &Yacute; &aacute; &acirc; &acute; &aelig; &agrave; &amp; &aring; &atilde; &auml; &brvbar; &ccedil; &cedil; &cent; &copy; &curren; &deg; &divide; &eacute; &ecirc; &egrave; &eth; &euml; &frac12; &frac14; &frac34; &gt; &iacute; &icirc; &iexcl; &igrave; &iquest; &iuml; &laquo; &lt; &macr; &micro; &middot; &nbsp; &not; &ntilde; &oacute; &ocirc; &ograve; &ordf; &ordm; &oslash; &otilde; &ouml; &para; &plusmn; &pound; &quot; &raquo; &reg; &sect; &shy; &sup1; &sup2; &sup3; &szlig; &thorn; &times; &uacute; &ucirc; &ugrave; &uml; &uuml; &yacute; &yen; &yuml; &apos; &hellip; &ndash; &mdash; &lsquo; &rsquo; &sbquo; &ldquo; &rdquo; &bdquo; &bull; &trade; &euro; &larr; &uarr; &rarr; &darr; &harr; &dagger; &Dagger; &permil; &lsaquo; &rsaquo; &ensp; &emsp; &thinsp; &zwnj; &zwj; &lrm; &rlm; &minus; &le; &ge; &ne; &prime; &Prime; &oline; &frasl; &hearts; &infin;";
  const std::string html = "<!doctype html><p title=\"" + refs + "\">" + refs + "</p>";
  FastTree tree;
  const GumboNode* document = tree.build(html, 1000);
  INFO(tree.declined());
  REQUIRE(document != nullptr);
  CHECK(wt_test::dump_tree(document) == wt_test::gumbo_tree(html));
}

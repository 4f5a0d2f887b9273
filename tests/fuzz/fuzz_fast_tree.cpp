// libFuzzer target: FastTree against gumbo (plugins/audit/html/fast_tree.hpp).
// The input, made valid UTF-8 as the crawler makes every page, is built by
// FastTree with a small depth cap.
// Invariant: whenever FastTree accepts a page, its tree is gumbo's (comments
// aside, adjacent text merged), and extract_page() gives the same PageInfo
// with and without it (its title, links, headings and text compared).
#include <string>

#include "audit/html/charset.hpp"
#include "audit/html/fast_tree.hpp"
#include "audit/html/page_extract.hpp"
#include "fuzz_support.hpp"
#include "support/gumbo_tree_dump.hpp"

using namespace wt::audit;

namespace {

std::string summary(const PageInfo& p) {
  std::string s = p.title + "\n" + p.text_root + "\n" + p.text + "\n" + p.footer_text + "\n";
  for (const auto& l : p.links) s += l.href + "|" + l.text + "|" + (l.in_nav ? "n" : "-") + "\n";
  for (const auto& h : p.headings) s += std::to_string(h.level) + h.text + "\n";
  for (const auto& m : p.meta_dates) s += m.name + "=" + m.value + "\n";
  s += std::to_string(p.paragraphs) + "/" + std::to_string(p.table_cells) + "/" + std::to_string(p.images);
  return s;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string html = decode_html(wt_fuzz::as_text(data, size), "text/html; charset=utf-8").text;
  static FastTree tree;
  if (const GumboNode* document = tree.build(html, 64)) {
    FUZZ_CHECK(wt_test::dump_tree(document) == wt_test::gumbo_tree(html));
    ExtractOptions options;
    options.max_parse_depth = 64;
    options.max_depth = 40;
    const std::string fast = summary(extract_page(html, options));
    options.fast_tree = false;
    FUZZ_CHECK(fast == summary(extract_page(html, options)));
  } else {
    FUZZ_CHECK(!tree.declined().empty());
  }
  return 0;
}

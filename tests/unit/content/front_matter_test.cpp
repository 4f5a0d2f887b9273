#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <set>

#include "content/front_matter.hpp"
#include "core/file_io.hpp"

using namespace wt;
using namespace wt::content;

namespace {

// Parses `text` as a whole file and returns the diagnostics, one per line.
std::string diagnostics_of(const std::string& text, bool is_index = false) {
  DiagnosticSink sink;
  auto doc = split_front_matter(text, "content/tin-tuc/a.md", sink);
  if (doc) parse_front_matter(*doc, "content/tin-tuc/a.md", 420, is_index, sink);
  std::string out;
  for (const auto& d : sink.sorted()) out += format_diagnostic(d) + "\n";
  return out;
}

}  // namespace

TEST_CASE("content::split_front_matter", "[content]") {
  DiagnosticSink sink;
  auto doc = split_front_matter("---\ntitle: A\n---\nBody\n", "a.md", sink);
  REQUIRE(doc);
  CHECK(doc->yaml == "title: A\n");
  CHECK(doc->body == "Body\n");
  CHECK(doc->body_line_offset == 3);
  auto bom = split_front_matter("\xEF\xBB\xBF---\r\ntitle: A\r\n---\r\nB", "a.md", sink);
  REQUIRE(bom);
  CHECK(bom->body == "B");
  CHECK(sink.error_count() == 0);
}

TEST_CASE("content::parse_front_matter reads every key", "[content]") {
  DiagnosticSink sink;
  auto doc = split_front_matter(
      "---\ntitle: \"Lễ khai giảng\"\ndate: 05/09/2025 07:30\ndraft: false\ncategories: [\"Tin tức\", Thông báo]\n"
      "tags: Khai giảng\naliases: [/cu.html]\nweight: 3\nportal: true\nauthor: Cô Hoa\n---\n",
      "a.md", sink);
  REQUIRE(doc);
  auto fm = parse_front_matter(*doc, "a.md", 420, false, sink);
  REQUIRE(fm);
  CHECK(fm->title == "Lễ khai giảng");
  CHECK(format_rfc3339(*fm->date) == "2025-09-05T07:30:00+07:00");
  CHECK(fm->categories == std::vector<std::string>{"Tin tức", "Thông báo"});
  CHECK(fm->tags == std::vector<std::string>{"Khai giảng"});
  CHECK(fm->aliases == std::vector<std::string>{"/cu.html"});
  CHECK(fm->alias_positions[0].line == 7);
  CHECK(fm->weight == 3);
  CHECK(fm->portal);
  CHECK(fm->author == "Cô Hoa");
}

TEST_CASE("content::parse_front_matter diagnostics are exact", "[content]") {
  CHECK(diagnostics_of("---\ntitle: A\ndate: 30/02/2024\n---\n") ==
        "content/tin-tuc/a.md:3:7: error: 'date' is not a valid date: \"30/02/2024\" (expected a day of the calendar written 05/09/2025 or 2025-09-05, with a time if needed: 05/09/2025 07:30, 2025-09-05T07:30:00+07:00)\n");
  CHECK(diagnostics_of("---\ntitel: A\n---\n") ==
        "content/tin-tuc/a.md:1:1: error: this page has no title: add a line 'title: ...' to its front matter\n"
        "content/tin-tuc/a.md:2:1: error: unknown front matter key 'titel' (did you mean 'title'?)\n");
  CHECK(diagnostics_of("---\ntitle: A\ndraft: maybe\nweight: nhiều\n---\n") ==
        "content/tin-tuc/a.md:3:8: error: 'draft' should be true or false, not \"maybe\"\n"
        "content/tin-tuc/a.md:4:9: error: 'weight' should be a whole number, not \"nhiều\"\n");
  CHECK(diagnostics_of("---\ntitle: [A\n---\n") ==
        "content/tin-tuc/a.md:2:8: error: the list that opens with '[' here is never closed: add ']' at its end\n"
        "    2 | title: [A\n"
        "      |        ^\n");
  CHECK(diagnostics_of("---\ntitle: A\n") ==
        "content/tin-tuc/a.md:1:1: error: the front matter starts with '---' here but has no closing '---' line\n");
  CHECK(diagnostics_of("# Only markdown\n") ==
        "content/tin-tuc/a.md:1:1: error: this page has no front matter: start the file with a line '---', then 'title: ...', then '---'\n");
  CHECK(diagnostics_of("---\ntitle: A\nsort_by: date\n---\n") ==
        "content/tin-tuc/a.md:3:1: error: unknown front matter key 'sort_by' (only allowed in _index.md)\n");
  CHECK(diagnostics_of("---\ntitle: A\nsort_by: date\n---\n", true) == "");
  CHECK(diagnostics_of("---\ntitle: Tiêu đề \"Thứ Hai\"\ndate: 2024-13-01\n---\n") ==
        "content/tin-tuc/a.md:3:7: error: 'date' is not a valid date: \"2024-13-01\" (expected a day of the calendar written 05/09/2025 or 2025-09-05, with a time if needed: 05/09/2025 07:30, 2025-09-05T07:30:00+07:00)\n");
  CHECK(diagnostics_of("---\ntitle: A\nslug: Khai Giảng\n---\n") ==
        "content/tin-tuc/a.md:3:7: error: 'slug' may only hold lower-case letters without accents, digits and '-': try 'khai-giang'\n");
}

TEST_CASE("content::parse_front_matter counts columns in code points", "[content]") {
  CHECK(diagnostics_of("---\ntitle: A\n\"tác giả\": Cô Hoa\n---\n") ==
        "content/tin-tuc/a.md:3:1: error: unknown front matter key 'tác giả'\n");
  CHECK(diagnostics_of("---\ntitle: Ngày hội\nexpiry_date: \"ngày mai\"\n---\n") ==
        "content/tin-tuc/a.md:3:14: error: 'expiry_date' is not a valid date: \"ngày mai\" (expected a day of the calendar written 05/09/2025 or 2025-09-05, with a time if needed: 05/09/2025 07:30, 2025-09-05T07:30:00+07:00)\n");
}

TEST_CASE("schemas/front-matter.schema.json lists exactly the accepted keys", "[content]") {
  auto text = wt::read_file(std::filesystem::path(WT_SOURCE_DIR) / "schemas" / "front-matter.schema.json");
  REQUIRE(text);
  std::set<std::string> schema;
  auto props = nlohmann::json::parse(*text)["properties"];
  for (auto it = props.begin(); it != props.end(); ++it) schema.insert(it.key());
  const auto& code = front_matter_keys();
  CHECK(schema == std::set<std::string>(code.begin(), code.end()));
}

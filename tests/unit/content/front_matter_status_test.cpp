// The approval workflow in front matter: `status`, `draft` and `approved_by`.
#include <catch2/catch.hpp>

#include <string>

#include "content/front_matter.hpp"

using namespace wt;
using namespace wt::content;

namespace {

struct Parsed {
  std::optional<FrontMatter> fm;
  std::string diagnostics;  ///< one per line
};

Parsed parse(const std::string& yaml_lines) {
  DiagnosticSink sink;
  Parsed out;
  auto doc = split_front_matter("---\ntitle: A\n" + yaml_lines + "---\nNội dung.\n", "content/tin-tuc/a.md", sink);
  if (doc) out.fm = parse_front_matter(*doc, "content/tin-tuc/a.md", 420, false, sink);
  for (const auto& d : sink.sorted()) out.diagnostics += format_diagnostic(d) + "\n";
  return out;
}

}  // namespace

TEST_CASE("content::parse_front_matter reads each status value", "[content][approval]") {
  struct Row {
    const char* lines;
    Status status;
    bool draft;
  };
  const Row rows[] = {
      {"", Status::Published, false},
      {"status: published\n", Status::Published, false},
      {"status: review\n", Status::Review, false},
      {"status: draft\n", Status::Draft, false},
      {"status: Published\n", Status::Published, false},
      {"status: REVIEW\n", Status::Review, false},
      {"status: \"đã duyệt\"\n", Status::Published, false},
      {"status: chờ duyệt\n", Status::Review, false},
      {"status: Chờ duyệt\n", Status::Review, false},
      {"status: nháp\n", Status::Draft, false},
      {"status: Nháp\n", Status::Draft, false},
      {"status: Đã duyệt\n", Status::Published, false},
      {"draft: true\n", Status::Draft, true},
      {"draft: false\n", Status::Published, false},
      {"draft: true\nstatus: draft\n", Status::Draft, true},
      {"draft: false\nstatus: review\n", Status::Review, false},
      {"draft: false\nstatus: published\n", Status::Published, false},
  };
  for (const auto& row : rows) {
    INFO(row.lines);
    Parsed p = parse(row.lines);
    CHECK(p.diagnostics == "");
    REQUIRE(p.fm);
    CHECK(p.fm->status == row.status);
    CHECK(p.fm->draft == row.draft);
  }
}

TEST_CASE("content::parse_front_matter keeps where the status is written", "[content][approval]") {
  Parsed p = parse("date: 01/12/2026\nstatus: review\n");
  REQUIRE(p.fm);
  CHECK(p.fm->status_position.line == 4);
  CHECK(p.fm->status_position.column == 9);
  Parsed d = parse("draft: true\n");
  REQUIRE(d.fm);
  CHECK(d.fm->status_position.line == 3);
  Parsed none = parse("");
  REQUIRE(none.fm);
  CHECK(none.fm->status_position.file == "");
}

TEST_CASE("content::parse_front_matter reads approved_by", "[content][approval]") {
  Parsed p = parse("status: published\napproved_by: \"Nguyễn Thị Hoa (Trưởng ban biên tập)\"\n");
  CHECK(p.diagnostics == "");
  REQUIRE(p.fm);
  CHECK(p.fm->approved_by == "Nguyễn Thị Hoa (Trưởng ban biên tập)");
  CHECK(parse("").fm->approved_by == "");
}

TEST_CASE("content::parse_front_matter status errors are exact", "[content][approval]") {
  const std::string accepted =
      "'status' should be draft, review or published (in Vietnamese: nháp, chờ duyệt, đã duyệt), not ";
  CHECK(parse("status: approved\n").diagnostics ==
        "content/tin-tuc/a.md:3:9: error: " + accepted + "\"approved\"\n");
  CHECK(parse("status: \"chờ  duyệt lại\"\n").diagnostics ==
        "content/tin-tuc/a.md:3:9: error: " + accepted + "\"chờ  duyệt lại\"\n");
  CHECK(parse("status: [review]\n").diagnostics == "content/tin-tuc/a.md:3:9: error: " + accepted + "\"a list\"\n");
  CHECK(parse("status:\n").diagnostics == "content/tin-tuc/a.md:3:1: error: " + accepted + "\"\"\n");
  CHECK_FALSE(parse("status: approved\n").fm);
}

TEST_CASE("content::parse_front_matter refuses draft and status that contradict", "[content][approval]") {
  CHECK(parse("draft: true\nstatus: published\n").diagnostics ==
        "content/tin-tuc/a.md:4:9: error: 'draft: true' (line 3) and 'status: published' (line 4) contradict each "
        "other: keep only 'status: published'\n");
  CHECK(parse("status: review\ndraft: true\n").diagnostics ==
        "content/tin-tuc/a.md:3:9: error: 'draft: true' (line 4) and 'status: review' (line 3) contradict each "
        "other: keep only 'status: review'\n");
  CHECK(parse("draft: false\nstatus: nháp\n").diagnostics ==
        "content/tin-tuc/a.md:4:9: error: 'draft: false' (line 3) and 'status: draft' (line 4) contradict each "
        "other: keep only 'status: draft'\n");
  CHECK_FALSE(parse("draft: true\nstatus: published\n").fm);
  // A wrong value is its own error, not also a contradiction.
  CHECK(parse("draft: có\nstatus: published\n").diagnostics ==
        "content/tin-tuc/a.md:3:8: error: 'draft' should be true or false, not \"có\"\n");
}

TEST_CASE("content::parse_front_matter refuses an empty approved_by", "[content][approval]") {
  const std::string empty =
      "error: 'approved_by' is empty: write who approved the page, like \"Nguyễn Thị Hoa (Trưởng ban biên tập)\", "
      "or remove the line\n";
  CHECK(parse("approved_by: \"  \"\n").diagnostics == "content/tin-tuc/a.md:3:14: " + empty);
  CHECK(parse("approved_by: \"\"\n").diagnostics == "content/tin-tuc/a.md:3:14: " + empty);
  CHECK(parse("approved_by: [Cô Hoa]\n").diagnostics ==
        "content/tin-tuc/a.md:3:14: error: 'approved_by' should be a text value\n");
  CHECK(parse("approved_by:\n").diagnostics.find("'approved_by' should be a text value") != std::string::npos);
}

TEST_CASE("content::status_name and parse_status agree", "[content][approval]") {
  for (Status s : {Status::Published, Status::Review, Status::Draft}) CHECK(parse_status(status_name(s)) == s);
  CHECK_FALSE(parse_status(""));
  CHECK_FALSE(parse_status("publish"));
  CHECK(parse_status(" review ") == Status::Review);
}

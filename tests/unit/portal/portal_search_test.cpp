// The portal's one search over all its members (portal/portal_search.hpp,
// portal/member_search.hpp): the documents it is made of, read back from
// the members' own indexes; the member folder a report names, refused when
// it would leave the output; a damaged member index named, not fatal; and
// the index made again only when a member's pages change in what it shows.
// What js/search.js finds in it is portal_search_js_test.js's.
#include <catch2/catch.hpp>

#include <sstream>

#include <nlohmann/json.hpp>

#include "core/file_io.hpp"
#include "portal/member_search.hpp"
#include "portal/portal_build.hpp"
#include "portal/portal_search.hpp"
#include "portal_tree.hpp"
#include "support/temp_site.hpp"

namespace fs = std::filesystem;
using namespace wt;
using namespace wt::portal;

namespace {

struct TempDir {
  fs::path path = test::make_temp_dir("wt-portal-search");
  ~TempDir() { fs::remove_all(path); }
};

using test::working_portal;
using test::write_file;

test::BuiltPortal build(const fs::path& portal, const fs::path& out, bool full = false) {
  test::BuiltPortal b = test::build_portal_at(portal, out, full);
  b.diagnostics = b.members + b.diagnostics;
  return b;
}

// Every document of the index under `search` (its d/N.json chunks).
std::vector<std::vector<std::string>> documents_of(const fs::path& search) {
  auto manifest = nlohmann::json::parse(*read_file(search / "manifest.json"));
  std::vector<std::vector<std::string>> out;
  const size_t n = manifest["n"], c = manifest["c"];
  for (size_t k = 0; k * c < n; ++k)
    for (const auto& row : nlohmann::json::parse(*read_file(search / "d" / (std::to_string(k) + ".json"))))
      out.push_back(row.get<std::vector<std::string>>());
  return out;
}

std::vector<std::string> column(const std::vector<std::vector<std::string>>& docs, size_t i) {
  std::vector<std::string> out;
  for (const auto& d : docs) out.push_back(d.at(i));
  return out;
}

bool holds(const std::vector<std::string>& list, const std::string& s) {
  return std::find(list.begin(), list.end(), s) != list.end();
}

}  // namespace

TEST_CASE("portal::member_folder: the member's folder, never one outside the output", "[portal][search]") {
  MemberReport m;
  m.url = "https://so.example.edu.vn/thcs-a/";
  CHECK(member_folder(m, "https://so.example.edu.vn/") == "www/thcs-a/");
  m.url = "https://other.example/thcs-a/";
  CHECK(member_folder(m, "https://so.example.edu.vn/").empty());  // not under the portal's address
  m.url = "https://so.example.edu.vn/../../etc/";
  CHECK(member_folder(m, "https://so.example.edu.vn/").empty());
  m.url = "https://so.example.edu.vn/a//b/";
  CHECK(member_folder(m, "https://so.example.edu.vn/").empty());
  m.host = "mnb.example.edu.vn";
  CHECK(member_folder(m, "https://so.example.edu.vn/") == "hosts/mnb.example.edu.vn/");
  m.host = "..";
  CHECK(member_folder(m, "https://so.example.edu.vn/").empty());
  m.host = "a\\b";
  CHECK(member_folder(m, "https://so.example.edu.vn/").empty());
}

TEST_CASE("portal::read_member_documents: a member's index read back, and what is wrong with a damaged one",
          "[portal][search]") {
  TempDir tmp;
  const fs::path folder = tmp.path / "m";
  std::string why;
  auto none = read_member_documents(folder, &why);
  REQUIRE(none);
  CHECK(none->empty());  // no index at all: nothing to read, nothing wrong
  CHECK(member_documents_digest(folder).empty());

  write_file(folder / "search/manifest.json", R"({"v":1,"n":3,"c":2,"w":[""],"p":[""]})");
  write_file(folder / "search/d/0.json", R"([["/a/","Tiêu đề A","05/09/2025","Tin tức","Tóm tắt"],["/b/","B","","",""]])");
  write_file(folder / "search/d/1.json", R"([["/c/","C"]])");
  auto docs = read_member_documents(folder, &why);
  REQUIRE(docs);
  REQUIRE(docs->size() == 3);
  CHECK((*docs)[0].title == "Tiêu đề A");
  CHECK((*docs)[0].date == "05/09/2025");
  CHECK((*docs)[0].section == "Tin tức");
  CHECK((*docs)[0].excerpt == "Tóm tắt");
  CHECK((*docs)[2].url == "/c/");
  CHECK((*docs)[2].excerpt.empty());
  const std::string digest = member_documents_digest(folder);
  CHECK(digest.size() == 32);

  SECTION("the digest follows the documents, not the word shards") {
    write_file(folder / "search/manifest.json", R"({"v":1,"n":3,"c":2,"w":["a","b"],"p":[""]})");
    CHECK(member_documents_digest(folder) == digest);
    write_file(folder / "search/d/1.json", R"([["/c/","C đổi"]])");
    CHECK(member_documents_digest(folder) != digest);
  }
  SECTION("a chunk missing") {
    fs::remove(folder / "search/d/1.json");
    CHECK_FALSE(read_member_documents(folder, &why));
    CHECK(why == "search/d/1.json cannot be read");
  }
  SECTION("a chunk that is not a list, or a row without a title") {
    write_file(folder / "search/d/1.json", R"({"x":1})");
    CHECK_FALSE(read_member_documents(folder, &why));
    CHECK(why == "search/d/1.json is not a JSON list");
    write_file(folder / "search/d/1.json", R"([["/c/"]])");
    CHECK_FALSE(read_member_documents(folder, &why));
    CHECK(why == "search/d/1.json holds a document without an address and a title");
  }
  SECTION("counts that do not agree, or that no build writes") {
    write_file(folder / "search/manifest.json", R"({"v":1,"n":4,"c":2})");
    CHECK_FALSE(read_member_documents(folder, &why));
    CHECK(why == "search/manifest.json counts 4 documents, its chunks hold 3");
    write_file(folder / "search/manifest.json", R"({"v":1,"n":3,"c":0})");
    CHECK_FALSE(read_member_documents(folder, &why));
    CHECK(why.find("no usable") != std::string::npos);
    write_file(folder / "search/manifest.json", R"({"v":1,"n":99999999999,"c":2})");
    CHECK_FALSE(read_member_documents(folder, &why));
    write_file(folder / "search/manifest.json", "{not json");
    CHECK_FALSE(read_member_documents(folder, &why));
    CHECK(why == "search/manifest.json is not JSON");
  }
}

TEST_CASE("portal build: one index over every member, schools first, then pages as published", "[portal][search]") {
  TempDir tmp;
  const fs::path portal = working_portal(tmp.path / "portal"), out = tmp.path / "out";
  test::BuiltPortal b = build(portal, out);
  INFO(b.diagnostics);
  REQUIRE(b.ok);
  const auto docs = documents_of(out / "www/search");
  const auto urls = column(docs, 0), titles = column(docs, 1), sections = column(docs, 3);
  REQUIRE(docs.size() > 10);
  // The schools, in portal.yaml order, linked where the portal's pages link them.
  CHECK(std::vector<std::string>(titles.begin(), titles.begin() + 3) ==
        std::vector<std::string>{"Trường THCS A", "Trường Mầm non B", "Trường Tiểu học Hỏng"});
  CHECK(std::vector<std::string>(urls.begin(), urls.begin() + 3) ==
        std::vector<std::string>{"/thcs-a/", "https://mnb.example.edu.vn/", "/th-hong/"});
  CHECK(sections[0] == "Danh bạ trường học");
  CHECK(docs[1][4].find("xã Tam Dương") != std::string::npos);  // commune and managing body in the excerpt
  // Every page of every member, by its address as published; a member's home is its school's entry.
  CHECK(holds(urls, "/thcs-a/tin-tuc/hop-to-chuyen-mon/"));
  CHECK(holds(urls, "https://mnb.example.edu.vn/tin-tuc/thuc-don-tuan/"));
  CHECK(holds(urls, "/th-hong/tin-tuc/tin-dung/"));
  CHECK(std::count(urls.begin(), urls.end(), "/thcs-a/") == 1);
  CHECK_FALSE(holds(titles, "Bản nháp"));  // a draft is in no member's index, so in none of the portal's
  for (size_t i = 3; i < docs.size(); ++i) {
    INFO(urls[i]);
    CHECK((sections[i].rfind("Trường THCS A", 0) == 0 || sections[i].rfind("Trường Mầm non B", 0) == 0 ||
           sections[i].rfind("Trường Tiểu học Hỏng", 0) == 0));
  }
  // Dated pages newest first across members, after the standing ones.
  std::vector<int> days;
  for (const auto& d : docs)
    if (!d[2].empty()) days.push_back(std::stoi(d[2].substr(6, 4) + d[2].substr(3, 2) + d[2].substr(0, 2)));
  CHECK(days.size() >= 5);
  CHECK(std::is_sorted(days.rbegin(), days.rend()));
  size_t first_dated = 0;
  while (docs[first_dated][2].empty()) ++first_dated;
  for (size_t i = first_dated; i < docs.size(); ++i) CHECK_FALSE(docs[i][2].empty());

  // The results page, and the box in every page's header.
  const std::string results = *read_file(out / "www/tim-kiem/index.html");
  CHECK(results.find("data-index=\"/search/manifest.json\"") != std::string::npos);
  CHECK(results.find("<script src=\"/js/search.js\" defer></script>") != std::string::npos);
  CHECK(results.find("href=\"/truong-hoc/\"") != std::string::npos);  // without JavaScript: the directory
  CHECK(fs::is_regular_file(out / "www/js/search.js"));
  for (const char* page : {"index.html", "tin-tuc/index.html", "truong-hoc/index.html", "bang-theo-doi/index.html",
                           "404.html"}) {
    INFO(page);
    CHECK(read_file(out / "www" / page)->find("role=\"search\" aria-label=\"Tìm kiếm trên trang\" action=\"/tim-kiem/\"") !=
          std::string::npos);
  }
  CHECK(read_file(out / "www/sitemap-cong.xml")->find("tim-kiem") == std::string::npos);  // results are not content
}

TEST_CASE("portal build: the index is made again only when a member's pages change in what it shows",
          "[portal][search][incremental]") {
  TempDir tmp;
  const fs::path portal = working_portal(tmp.path / "portal"), out = tmp.path / "out", full = tmp.path / "full";
  REQUIRE(build(portal, out).ok);
  const std::string before = *read_file(out / "www/search/d/0.json");
  const fs::path post = portal / "members/thcs-a/content/tin-tuc/hop-to.md";
  const std::string text = *read_file(post);

  // A paragraph added after the summary: no portal file is rendered.
  write_file(post, text + "\nMột đoạn mới ở cuối bài.\n");
  test::BuiltPortal b = build(portal, out);
  REQUIRE(b.ok);
  CHECK_FALSE(b.result.portal_rendered);

  // A new title: the index has it, as a full build's has.
  std::string renamed = text;
  renamed.replace(renamed.find("Họp tổ chuyên môn"), std::string("Họp tổ chuyên môn").size(), "Sinh hoạt chuyên đề");
  write_file(post, renamed);
  b = build(portal, out);
  REQUIRE(b.ok);
  CHECK(b.result.portal_rendered);
  CHECK(holds(column(documents_of(out / "www/search"), 1), "Sinh hoạt chuyên đề"));
  REQUIRE(build(portal, full, true).ok);
  auto a = test::read_published(out), f = test::read_published(full);
  for (const auto& [rel, bytes] : f)
    if (rel.rfind("www/search/", 0) == 0) {
      INFO(rel);
      CHECK(a[rel] == bytes);
    }
}

TEST_CASE("portal build: a member whose index is damaged is named, the others are searched", "[portal][search]") {
  TempDir tmp;
  const fs::path out = tmp.path / "out";
  PortalReport report;
  report.base_url = "https://so.example.edu.vn/";
  MemberReport a, b;
  a.slug = "a";
  a.name = "Trường A";
  a.url = "https://so.example.edu.vn/a/";
  b.slug = "b";
  b.name = "Trường B";
  b.url = "https://so.example.edu.vn/b/";
  report.members = {a, b};
  write_file(out / "www/a/search/manifest.json", R"({"v":1,"n":4,"c":16})");
  // Only addresses under the member's own path are kept: never another site's.
  write_file(out / "www/a/search/d/0.json", R"([["/a/tin/","Tin của A","02/01/2026","Tin tức",""],)"
                                            R"(["//evil.example/a/","Ngoài","",""],["/b/tin/","Của B","",""],)"
                                            R"(["https://evil.example/a/","Ngoài nữa","",""]])");
  write_file(out / "www/b/search/manifest.json", "{broken");
  DiagnosticSink sink;
  const auto docs = portal_search_documents(report, out, sink);
  REQUIRE(docs.size() == 3);
  CHECK(docs[2].title == "Tin của A");
  CHECK(docs[2].section == "Trường A · Tin tức");
  CHECK(docs[2].text == "Trường A. Tin tức");
  CHECK_FALSE(sink.has_errors());
  std::ostringstream said;
  sink.print(said);
  CHECK(said.str().find("member 'b'") != std::string::npos);
  CHECK(said.str().find("search/manifest.json is not JSON") != std::string::npos);
}

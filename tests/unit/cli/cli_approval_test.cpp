// The approval workflow through the real binary: build leaves out pages
// waiting for review and counts them, --drafts shows them marked, links to
// them are clear errors, and check lists what waits, from a fixed clock.
#include <catch2/catch.hpp>

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>

#include "core/file_io.hpp"
#include "support/temp_site.hpp"

namespace fs = std::filesystem;

namespace {

const std::string kEnv = "SOURCE_DATE_EPOCH=1795489200 ";  // 24/11/2026 10:00 +07:00

struct RunResult {
  int status;
  std::string output;  // stdout and stderr together
};

RunResult run(const std::string& args) {
  std::string cmd = kEnv + std::string(WT_BINARY) + " " + args + " 2>&1";
  FILE* p = popen(cmd.c_str(), "r");
  std::string out;
  std::array<char, 4096> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) out.append(buf.data(), n);
  int st = pclose(p);
  return {WIFEXITED(st) ? WEXITSTATUS(st) : -1, out};
}

// tests/fixtures/sites/basic (one draft: true post) with two posts waiting for review.
fs::path site_with_review(const std::string& name) {
  fs::path dir = wt::test::make_temp_dir("wt-approval-" + name);
  fs::copy(fs::path(WT_TEST_FIXTURES) / "sites" / "basic", dir / "site", fs::copy_options::recursive);
  std::ofstream(dir / "site/content/tin-tuc/cho-duyet.md")
      << "---\ntitle: Bài chờ duyệt\ndate: 20/11/2026 08:00\nstatus: review\n---\nNội dung chờ duyệt.\n";
  std::ofstream(dir / "site/content/tin-tuc/cho-lau.md")
      << "---\ntitle: Bài chờ lâu\ndate: 01/10/2026\nstatus: chờ duyệt\n---\nNội dung.\n";
  return dir;
}

std::string read(const fs::path& file) { return wt::read_file(file).value_or(""); }

}  // namespace

TEST_CASE("cli: build leaves out pages waiting for review and counts them", "[cli][approval]") {
  fs::path dir = site_with_review("build");
  auto r = run("build " + (dir / "site").string() + " -o " + (dir / "out").string());
  INFO(r.output);
  REQUIRE(r.status == 0);
  CHECK(r.output.find("webtruong: left out 1 drafts, 2 waiting for review, 0 scheduled and 0 expired pages\n") !=
        std::string::npos);
  CHECK_FALSE(fs::exists(dir / "out/tin-tuc/bai-cho-duyet/index.html"));
  CHECK_FALSE(fs::exists(dir / "out/tin-tuc/bai-cho-lau/index.html"));
  CHECK_FALSE(fs::exists(dir / "out/tin-tuc/ban-nhap/index.html"));
  for (const auto& e : fs::recursive_directory_iterator(dir / "out")) {
    if (e.path().extension() != ".html") continue;
    INFO(e.path());
    const std::string html = read(e.path());
    CHECK(html.find("preview-banner") == std::string::npos);
    if (html.find("http-equiv=\"refresh\"") == std::string::npos)  // an alias's redirect page is noindex anyway
      CHECK(html.find("noindex") == std::string::npos);
    CHECK(html.find("Bài chờ duyệt") == std::string::npos);
  }
  fs::remove_all(dir);
}

TEST_CASE("cli: build --drafts includes drafts and review pages, marked as previews", "[cli][approval]") {
  fs::path dir = site_with_review("drafts");
  auto r = run("build --drafts " + (dir / "site").string() + " -o " + (dir / "out").string());
  INFO(r.output);
  REQUIRE(r.status == 0);
  CHECK(r.output.find("left out") == std::string::npos);
  const std::string review = read(dir / "out/tin-tuc/bai-cho-duyet/index.html");
  CHECK(review.find("<meta name=\"robots\" content=\"noindex\">") != std::string::npos);
  CHECK(review.find("<div class=\"container\">\n"
                    "<div class=\"preview-banner preview-review\" role=\"note\" aria-label=\"Trang xem trước\">\n"
                    "<p><strong class=\"preview-label\">Chờ duyệt</strong> Trang này đang chờ Ban biên tập duyệt, "
                    "chỉ để xem trước: chưa có trên trang web thật.</p>\n</div>") != std::string::npos);
  const std::string draft = read(dir / "out/tin-tuc/ban-nhap/index.html");
  CHECK(draft.find("<meta name=\"robots\" content=\"noindex\">") != std::string::npos);
  CHECK(draft.find("<strong class=\"preview-label\">Bản nháp — chưa duyệt</strong>") != std::string::npos);
  // A published page of the same preview is the real page: no banner, indexed.
  const std::string published = read(dir / "out/tin-tuc/hoi-giang-chao-mung-ngay-20-11/index.html");
  REQUIRE_FALSE(published.empty());
  CHECK(published.find("preview-banner") == std::string::npos);
  CHECK(published.find("noindex") == std::string::npos);
  // Lists mark them too.
  const std::string list = read(dir / "out/tin-tuc/index.html");
  CHECK(list.find("<span class=\"preview-tag\">Chờ duyệt</span>") != std::string::npos);
  fs::remove_all(dir);
}

TEST_CASE("cli: a link to a page waiting for review is a clear error", "[cli][approval]") {
  fs::path dir = site_with_review("link");
  std::ofstream(dir / "site/content/tin-tuc/lien-ket.md")
      << "---\ntitle: Bài có liên kết\ndate: 21/11/2026\n---\nXem [bài này](@/tin-tuc/cho-duyet.md).\n";
  auto r = run("build " + (dir / "site").string() + " -o " + (dir / "out").string());
  CHECK(r.status == 1);
  CHECK(r.output.find("content/tin-tuc/lien-ket.md:5:15: error: broken internal link: '@/tin-tuc/cho-duyet.md' "
                      "points to a page that is waiting for review (status: review), so it is not published until "
                      "the ban biên tập approves it") != std::string::npos);
  CHECK_FALSE(fs::exists(dir / "out"));
  INFO(r.output);
  fs::remove_all(dir);
}

TEST_CASE("cli: check lists what waits for review, oldest first, as text and JSON", "[cli][approval]") {
  fs::path dir = site_with_review("check");
  auto r = run("check " + (dir / "site").string());
  INFO(r.output);
  const size_t at = r.output.find("\nWaiting for review");
  REQUIRE(at != std::string::npos);
  CHECK(r.output.substr(at) ==
        "\nWaiting for review (status: review), oldest first:\n"
        "    54 days  content/tin-tuc/cho-lau.md  \"Bài chờ lâu\"  dated 01/10/2026\n"
        "     4 days  content/tin-tuc/cho-duyet.md  \"Bài chờ duyệt\"  dated 20/11/2026\n");
  auto j = run("check --format json " + (dir / "site").string());
  CHECK(j.output.find("\"waiting_for_review\": [\n    {\n      \"dated_by\": \"date\",\n      \"days\": 54,\n"
                      "      \"file\": \"content/tin-tuc/cho-lau.md\",\n      \"since\": \"2026-10-01\",\n"
                      "      \"title\": \"Bài chờ lâu\"\n    },") != std::string::npos);
  fs::remove_all(dir);
}

TEST_CASE("cli: approval required warns in check and fails build --strict", "[cli][approval]") {
  fs::path dir = site_with_review("required");
  {
    std::ofstream cfg(dir / "site/site.yaml", std::ios::app);
    cfg << "approval: required\n";
  }
  // Every published page of the fixture lacks approved_by but one.
  fs::path approved = dir / "site/content/tin-tuc/hoi-giang.md";
  std::string text = read(approved);
  text.replace(text.find("---\nHội giảng"), 3, "status: published\napproved_by: \"Nguyễn Văn An (Trưởng ban)\"\n---");
  std::ofstream(approved) << text;
  const std::string warning =
      "content/tin-tuc/hop-phu-huynh.md:1:1: warning: this page is published without 'approved_by', and site.yaml "
      "asks for approval (approval: required): add 'approved_by: \"Họ tên (chức vụ)\"' once the ban biên tập has "
      "approved it, or 'status: review' until then";
  auto check = run("check " + (dir / "site").string());
  CHECK(check.output.find(warning) != std::string::npos);
  CHECK(check.output.find("content/tin-tuc/hoi-giang.md:") == std::string::npos);
  CHECK(run("check --strict " + (dir / "site").string()).status == 1);
  auto plain = run("build " + (dir / "site").string() + " -o " + (dir / "out").string());
  CHECK(plain.status == 0);
  CHECK(plain.output.find(warning) != std::string::npos);
  auto strict = run("build --strict " + (dir / "site").string() + " -o " + (dir / "strict").string());
  CHECK(strict.status == 1);
  CHECK_FALSE(fs::exists(dir / "strict"));
  fs::remove_all(dir);
}

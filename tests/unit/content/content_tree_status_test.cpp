// The approval workflow in the content tree: what is published, what is
// counted as left out, what waits for review, and `approval: required`.
#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <utime.h>

#include <map>

#include "content/content_tree.hpp"
#include "support/temp_site.hpp"

using namespace wt;
using namespace wt::content;

namespace {

const char* kSite = R"txt(
-- content/_index.md --
---
title: Trang chủ
---
Xem [bài chờ duyệt](@/tin-tuc/cho.md).
-- content/tin-tuc/cu.md --
---
title: Bài đã đăng
date: 2026-11-02
status: published
approved_by: "Nguyễn Thị Hoa (Trưởng ban biên tập)"
---
-- content/tin-tuc/khong-status.md --
---
title: Bài không ghi trạng thái
date: 2026-11-03
---
-- content/tin-tuc/cho.md --
---
title: Bài chờ duyệt
date: 20/11/2026 08:00
status: review
---
-- content/tin-tuc/cho-cu.md --
---
title: Bài chờ lâu
date: 2026-10-01
status: chờ duyệt
---
-- content/tin-tuc/khong-ngay.md --
---
title: Bài chờ duyệt không ghi ngày
status: review
---
-- content/tin-tuc/nhap.md --
---
title: Bản nháp
date: 2026-11-04
status: draft
---
-- content/tin-tuc/nhap-cu.md --
---
title: Bản nháp kiểu cũ
date: 2026-11-05
draft: true
---
)txt";

LoadOptions options_for(const test::TempSite& site) {
  LoadOptions o;
  o.site_dir = site.path();
  o.now = 1796601600;  // 2026-12-07T00:00:00Z
  return o;
}

std::string diagnostics_of(const DiagnosticSink& sink) {
  std::string out;
  for (const auto& d : sink.sorted()) out += format_diagnostic(d) + "\n";
  return out;
}

}  // namespace

TEST_CASE("content::load_content leaves out drafts and pages waiting for review, and counts them",
          "[content][approval]") {
  test::TempSite site(kSite);
  config::SiteConfig cfg;
  cfg.name = "A";
  DiagnosticSink sink;
  auto tree = load_content(options_for(site), cfg, sink);
  CHECK(diagnostics_of(sink) == "");
  const Section* news = tree->by_dir.at("tin-tuc");
  REQUIRE(news->pages.size() == 2);
  CHECK(news->pages[0]->fm.title == "Bài không ghi trạng thái");
  CHECK(news->pages[1]->fm.title == "Bài đã đăng");
  CHECK(tree->skipped_drafts == 2);
  CHECK(tree->skipped_review == 3);
  CHECK(tree->unpublished.at("tin-tuc/cho.md") ==
        "is waiting for review (status: review), so it is not published until the ban biên tập approves it");
  CHECK(tree->unpublished.at("tin-tuc/nhap.md") == "is a draft (status: draft), so it is not published");
  CHECK(tree->unpublished.at("tin-tuc/nhap-cu.md") == "is a draft (draft: true), so it is not published");
  CHECK_FALSE(tree->resolve("tin-tuc/cho.md"));
}

TEST_CASE("content::load_content with drafts includes them, their status kept", "[content][approval]") {
  test::TempSite site(kSite);
  config::SiteConfig cfg;
  cfg.name = "A";
  DiagnosticSink sink;
  auto opt = options_for(site);
  opt.drafts = true;
  auto tree = load_content(opt, cfg, sink);
  const Section* news = tree->by_dir.at("tin-tuc");
  REQUIRE(news->pages.size() == 7);
  CHECK(tree->skipped_drafts == 0);
  CHECK(tree->skipped_review == 0);
  CHECK(tree->find("tin-tuc/cho.md")->fm.status == Status::Review);
  CHECK(tree->find("tin-tuc/nhap.md")->fm.status == Status::Draft);
  CHECK(tree->find("tin-tuc/nhap-cu.md")->fm.status == Status::Draft);
  CHECK(tree->find("tin-tuc/cu.md")->fm.status == Status::Published);
  CHECK(tree->waiting.size() == 3);  // the waiting list does not depend on --drafts
}

TEST_CASE("content::load_content lists the pages waiting for review, since their date or file time",
          "[content][approval]") {
  test::TempSite site(kSite);
  // The page without a date waits since its file was last changed.
  const std::string undated = (site.path() / "content/tin-tuc/khong-ngay.md").string();
  struct utimbuf times{1795996800, 1795996800};  // 2026-11-30T00:00:00Z
  REQUIRE(::utime(undated.c_str(), &times) == 0);
  config::SiteConfig cfg;
  cfg.name = "A";
  DiagnosticSink sink;
  auto tree = load_content(options_for(site), cfg, sink);
  REQUIRE(tree->waiting.size() == 3);
  std::map<std::string, WaitingPage> by_source;
  for (const auto& w : tree->waiting) by_source[w.source] = w;
  const WaitingPage& dated = by_source.at("content/tin-tuc/cho.md");
  CHECK(dated.title == "Bài chờ duyệt");
  CHECK(dated.since == 1795136400);  // 2026-11-20T08:00:00+07:00
  CHECK_FALSE(dated.from_file);
  CHECK(by_source.at("content/tin-tuc/cho-cu.md").since == 1790787600);  // 2026-10-01T00:00:00+07:00
  const WaitingPage& file_time = by_source.at("content/tin-tuc/khong-ngay.md");
  CHECK(file_time.since == 1795996800);
  CHECK(file_time.from_file);
}

TEST_CASE("content::load_content with approval required warns of published pages nobody approved",
          "[content][approval]") {
  test::TempSite site(kSite);
  config::SiteConfig cfg;
  cfg.name = "A";
  cfg.approval_required = true;
  DiagnosticSink sink;
  auto tree = load_content(options_for(site), cfg, sink);
  const std::string why =
      ": warning: this page is published without 'approved_by', and site.yaml asks for approval "
      "(approval: required): add 'approved_by: \"Họ tên (chức vụ)\"' once the ban biên tập has approved it, or "
      "'status: review' until then\n";
  CHECK(diagnostics_of(sink) == "content/_index.md:1:1" + why + "content/tin-tuc/khong-status.md:1:1" + why);
  CHECK(sink.error_count() == 0);
  CHECK(tree->by_dir.at("tin-tuc")->pages.size() == 2);  // a warning leaves them published
}

TEST_CASE("content::load_content with approval required points at the status line", "[content][approval]") {
  test::TempSite site(R"(
-- content/a.md --
---
title: A
status: published
---
)");
  config::SiteConfig cfg;
  cfg.name = "A";
  cfg.approval_required = true;
  DiagnosticSink sink;
  load_content(options_for(site), cfg, sink);
  REQUIRE(sink.warning_count() == 1);
  CHECK(sink.sorted()[0].position.line == 3);
  CHECK(sink.sorted()[0].position.column == 9);
  cfg.approval_required = false;
  DiagnosticSink quiet;
  load_content(options_for(site), cfg, quiet);
  CHECK(quiet.warning_count() == 0);
}

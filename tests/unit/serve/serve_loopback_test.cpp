// webtruong serve over loopback, in process: a temporary copy of the basic
// fixture site served on a free port of 127.0.0.1; pages, the 404 page,
// refusals, the reload stream after an edit, a front-matter error shown
// and cleared, and the bound on event streams. Every wait is bounded.
#include <catch2/catch.hpp>

#include <httplib.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <sstream>
#include <thread>

#include "core/file_io.hpp"
#include "core/thread_pool.hpp"
#include "serve/dev_server.hpp"
#include "serve/http_server.hpp"
#include "serve/live_site.hpp"
#include "serve/reload_script.hpp"
#include "support/temp_site.hpp"

namespace fs = std::filesystem;
using namespace wt;
using namespace wt::serve;
using namespace std::chrono_literals;

namespace {

const fs::path kSource = WT_SOURCE_DIR;
constexpr int64_t kNow = 1795000000;  // 18/11/2026

fs::path copy_of_basic() {
  const fs::path dir = test::make_temp_dir("wt-serve");
  fs::copy(kSource / "tests/fixtures/sites/basic", dir / "site", fs::copy_options::recursive);
  return dir;
}

void put(const fs::path& p, const std::string& text) {
  fs::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary | std::ios::trunc) << text;
}

// Waits at most ten seconds for `ok`.
template <typename F>
bool eventually(F ok) {
  const auto end = std::chrono::steady_clock::now() + 10s;
  while (std::chrono::steady_clock::now() < end) {
    if (ok()) return true;
    std::this_thread::sleep_for(10ms);
  }
  return ok();
}

// `text` without the keep-alive comments (": ping"), which come once a
// second while nothing happens: how many depends on the machine's speed.
std::string without_pings(std::string text) {
  for (size_t at; (at = text.find(": ping\n\n")) != std::string::npos;) text.erase(at, 8);
  return text;
}

// An event stream read on a thread of its own, until it ends.
class Stream {
 public:
  Stream(int port, const std::string& target) {
    thread_ = std::thread([this, port, target] {
      httplib::Client cli("127.0.0.1", port);
      cli.set_read_timeout(10, 0);
      cli.Get(target, [this](const char* data, size_t n) {
        std::lock_guard<std::mutex> lock(mutex_);
        text_.append(data, n);
        return true;
      });
      ended_ = true;
    });
  }
  ~Stream() { thread_.join(); }
  std::string text() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return text_;
  }
  bool ended() const { return ended_; }

 private:
  mutable std::mutex mutex_;
  std::string text_;
  std::atomic<bool> ended_{false};
  std::thread thread_;
};

struct Served {
  fs::path dir = copy_of_basic();
  std::ostringstream log;
  std::unique_ptr<DevServer> dev;
  std::unique_ptr<httplib::Client> cli;
  Served() {
    ServeOptions o;
    o.site_dir = dir / "site";
    o.port = 0;
    o.jobs = 2;
    o.theme_dirs = {kSource / "themes"};
    o.now = kNow;
    dev = std::make_unique<DevServer>(o, log);
    std::string error;
    REQUIRE(dev->start(&error));
    cli = std::make_unique<httplib::Client>("127.0.0.1", dev->port());
    cli->set_url_encode(false);
    cli->set_read_timeout(10, 0);
  }
  ~Served() {
    dev.reset();
    fs::remove_all(dir);
  }
  uint64_t generation() const { return dev->live().snapshot()->generation; }
};

}  // namespace

TEST_CASE("serve: pages over loopback, with content types, the 404 page and refusals", "[serve]") {
  Served s;
  CHECK(s.dev->url() == "http://127.0.0.1:" + std::to_string(s.dev->port()) + "/");
  auto home = s.cli->Get("/");
  REQUIRE(home);
  CHECK(home->status == 200);
  CHECK(home->get_header_value("Content-Type") == "text/html; charset=utf-8");
  CHECK(home->body.find(reload_script_tag(s.generation())) != std::string::npos);
  // Links are made for the server's own address.
  CHECK(home->body.find("<link rel=\"canonical\" href=\"" + s.dev->url() + "\">") != std::string::npos);
  CHECK(home->body.find("thunghiem.example.edu.vn") == std::string::npos);

  auto css = s.cli->Get("/css/style.css");
  REQUIRE(css);
  CHECK(css->status == 200);
  CHECK(css->get_header_value("Content-Type") == "text/css; charset=utf-8");
  CHECK(css->body == *read_file(kSource / "themes/default/static/css/style.css"));

  auto missing = s.cli->Get("/khong-co/");
  REQUIRE(missing);
  CHECK(missing->status == 404);
  CHECK(missing->body.find(*s.dev->live().snapshot()->find("404.html")) == std::string::npos);  // script put in
  CHECK(missing->body.find("<title>") != std::string::npos);
  CHECK(missing->body.find(reload_script_tag(s.generation())) != std::string::npos);

  auto folder = s.cli->Get("/tin-tuc");
  REQUIRE(folder);
  CHECK(folder->status == 301);
  CHECK(folder->get_header_value("Location") == "/tin-tuc/");

  for (const char* bad : {"/%2e%2e/%2e%2e/etc/passwd", "/../../etc/passwd", "/.webtruong/cache", "/tin-tuc/%2E%2E/%2E%2E/site.yaml"}) {
    INFO(bad);
    auto r = s.cli->Get(bad);
    REQUIRE(r);
    CHECK(r->status == 403);
  }
  // Nothing was written into the site folder: no public/, no cache.
  CHECK_FALSE(fs::exists(s.dir / "site/public"));
  CHECK_FALSE(fs::exists(s.dir / "site/.webtruong"));
}

TEST_CASE("serve: another Host than the server's own is refused (DNS rebinding)", "[serve]") {
  Served s;
  auto r = s.cli->Get("/", {{"Host", "evil.example:" + std::to_string(s.dev->port())}});
  REQUIRE(r);
  CHECK(r->status == 403);
  auto ok = s.cli->Get("/", {{"Host", "localhost:" + std::to_string(s.dev->port())}});
  REQUIRE(ok);
  CHECK(ok->status == 200);
}

TEST_CASE("serve: an edit is rebuilt, the open stream gets a reload event, the page shows it", "[serve]") {
  Served s;
  const uint64_t before = s.generation();
  auto reload = s.cli->Get(kReloadScriptPath);
  REQUIRE(reload);
  CHECK(reload->get_header_value("Content-Type") == "text/javascript; charset=utf-8");
  CHECK(reload->body == reload_script());

  Stream events(s.dev->port(), std::string(kEventsPath) + "?since=" + std::to_string(before));
  REQUIRE(eventually([&] { return events.text().find("retry: 1000\n\n") == 0; }));
  const fs::path post = s.dir / "site/content/tin-tuc/hop-phu-huynh.md";
  std::string text = *read_file(post);
  put(post, text + "\nThêm: họp lúc 8 giờ ở hội trường B.\n");
  REQUIRE(eventually([&] { return events.ended(); }));
  CHECK(without_pings(events.text()) == "retry: 1000\n\nevent: reload\ndata: " + std::to_string(before + 1) + "\n\n");
  auto page = s.cli->Get("/tin-tuc/hop-phu-huynh-dau-nam/");
  REQUIRE(page);
  CHECK(page->status == 200);
  CHECK(page->body.find("họp lúc 8 giờ ở hội trường B.") != std::string::npos);
  CHECK(page->body.find(reload_script_tag(before + 1)) != std::string::npos);

  // A stream that opens after a build it has not seen reloads at once.
  Stream late(s.dev->port(), std::string(kEventsPath) + "?since=" + std::to_string(before));
  REQUIRE(eventually([&] { return late.ended(); }));
  CHECK(without_pings(late.text()) == "retry: 1000\n\nevent: reload\ndata: " + std::to_string(before + 1) + "\n\n");
}

TEST_CASE("serve: a front-matter error is shown at every address until it is fixed", "[serve]") {
  Served s;
  const fs::path post = s.dir / "site/content/tin-tuc/hop-phu-huynh.md";
  const std::string good = *read_file(post);
  std::string bad = good;
  bad.replace(bad.find("date: 2025-09-20"), 16, "date: 31/02/2025 <b>");
  const uint64_t before = s.generation();
  Stream events(s.dev->port(), std::string(kEventsPath) + "?since=" + std::to_string(before));
  put(post, bad);
  REQUIRE(eventually([&] { return s.dev->live().snapshot()->failed(); }));
  REQUIRE(eventually([&] { return events.ended(); }));
  CHECK(events.text().find("event: reload\n") != std::string::npos);
  for (const char* target : {"/", "/tin-tuc/hop-phu-huynh-dau-nam/", "/khong-co/"}) {
    INFO(target);
    auto r = s.cli->Get(target);
    REQUIRE(r);
    CHECK(r->status == 500);
    CHECK(r->body.find("<span class=\"where\">content/tin-tuc/hop-phu-huynh.md:3:7: error: </span>") != std::string::npos);
    CHECK(r->body.find("<pre>3 | date: 31/02/2025 &lt;b&gt;\n  |       ^</pre>") != std::string::npos);
  }
  const uint64_t failed = s.generation();
  Stream cleared(s.dev->port(), std::string(kEventsPath) + "?since=" + std::to_string(failed));
  REQUIRE(eventually([&] { return cleared.text().find("retry: 1000\n\n") == 0; }));
  put(post, good);
  REQUIRE(eventually([&] { return cleared.ended(); }));
  CHECK(without_pings(cleared.text()) == "retry: 1000\n\nevent: reload\ndata: " + std::to_string(failed + 1) + "\n\n");
  auto page = s.cli->Get("/tin-tuc/hop-phu-huynh-dau-nam/");
  REQUIRE(page);
  CHECK(page->status == 200);
  s.dev->stop();
  const std::string log = s.log.str();
  CHECK(log.find("content/tin-tuc/hop-phu-huynh.md:3:7: error: ") != std::string::npos);
  CHECK(log.find("    3 | date: 31/02/2025 <b>\n      |       ^\n") != std::string::npos);
  CHECK(log.find("webtruong serve: the build failed with 1 error; every page shows it until the next save fixes it\n") !=
        std::string::npos);
}

TEST_CASE("serve: event streams are bounded in number and in time", "[serve]") {
  const fs::path dir = copy_of_basic();
  ThreadPool pool(2);
  LiveOptions lo;
  lo.site_dir = dir / "site";
  lo.theme_dirs = {kSource / "themes"};
  lo.now = kNow;
  LiveSite live(lo, pool);
  REQUIRE(live.start().ok);
  HttpOptions ho;
  ho.port = 0;
  ho.max_streams = 2;
  ho.stream_lifetime = 2500ms;
  HttpServer http(live, ho);
  std::string error;
  REQUIRE(http.bind(&error));
  std::thread serving([&] { http.run(); });
  const std::string target = std::string(kEventsPath) + "?since=" + std::to_string(live.snapshot()->generation);
  {
    Stream a(http.port(), target), b(http.port(), target);
    REQUIRE(eventually([&] { return http.open_streams() == 2; }));
    Stream c(http.port(), target);  // one too many: told to come back later, at once
    REQUIRE(eventually([&] { return c.ended(); }));
    CHECK(c.text() == "retry: 5000\n\n");
    CHECK_FALSE(a.ended());
    // The others end by themselves after their lifetime, with nothing to reload.
    REQUIRE(eventually([&] { return a.ended() && b.ended(); }));
    CHECK(a.text().rfind("retry: 1000\n\n", 0) == 0);
    CHECK(a.text().find("event: reload") == std::string::npos);
    CHECK(eventually([&] { return http.open_streams() == 0; }));
  }
  http.stop();
  serving.join();
  fs::remove_all(dir);
}

TEST_CASE("serve: --drafts shows the pages marked draft, as build --drafts does", "[serve]") {
  const fs::path dir = copy_of_basic();
  ThreadPool pool(2);
  for (const bool drafts : {false, true}) {
    LiveOptions lo;
    lo.site_dir = dir / "site";
    lo.theme_dirs = {kSource / "themes"};
    lo.now = kNow;
    lo.drafts = drafts;
    LiveSite live(lo, pool);
    REQUIRE(live.start().ok);
    INFO("drafts " << drafts);
    CHECK((live.snapshot()->find("tin-tuc/ban-nhap/index.html") != nullptr) == drafts);
  }
  fs::remove_all(dir);
}

TEST_CASE("serve: a rebuild parses and renders again only the post that was edited (the caches stay in memory)",
          "[serve]") {
  const fs::path dir = copy_of_basic();
  ThreadPool pool(2);
  LiveOptions lo;
  lo.site_dir = dir / "site";
  lo.theme_dirs = {kSource / "themes"};
  lo.now = kNow;
  LiveSite live(lo, pool);
  const RebuildReport first = live.start();
  REQUIRE(first.ok);
  CHECK(first.parsed > 3);
  CHECK(first.markdown_rendered > 3);
  const fs::path post = dir / "site/content/tin-tuc/hoi-giang.md";
  auto text = read_file(post);
  REQUIRE(text);
  put(post, *text + "\nMột câu mới về hội giảng.\n");
  const RebuildReport edit = live.update({{post}, false});
  REQUIRE(edit.ok);
  CHECK(edit.parsed == 1);
  CHECK(edit.markdown_rendered == 1);
  const std::string* page = live.snapshot()->find("tin-tuc/hoi-giang-chao-mung-ngay-20-11/index.html");
  REQUIRE(page);
  CHECK(page->find("Một câu mới về hội giảng.") != std::string::npos);
  // Nothing changed: nothing parsed or rendered, whatever was kept or dropped.
  const RebuildReport again = live.update({{post}, false});
  CHECK(again.ok);
  CHECK(again.parsed == 0);
  CHECK(again.markdown_rendered == 0);
  // After a build that failed, the caches still hold the last good build's.
  put(post, "---\ntitle: [\n---\n");
  CHECK_FALSE(live.update({{post}, false}).ok);
  put(post, *text + "\nMột câu mới về hội giảng.\n");
  const RebuildReport fixed = live.update({{post}, false});
  CHECK(fixed.ok);
  CHECK(fixed.parsed == 0);
  CHECK(fixed.markdown_rendered == 0);
  fs::remove_all(dir);
}

namespace {

// The search index's files of a snapshot, by path.
std::map<std::string, std::string> search_files(const Snapshot& s) {
  std::map<std::string, std::string> out;
  for (const auto& [rel, bytes] : s.files)
    if (rel.rfind("search/", 0) == 0) out.emplace(rel, *bytes);
  return out;
}

}  // namespace

TEST_CASE("serve: an edit's pages go out with the last search index, the new index follows without a second reload",
          "[serve]") {
  const fs::path dir = copy_of_basic();
  ThreadPool pool(2);
  LiveOptions lo;
  lo.site_dir = dir / "site";
  lo.theme_dirs = {kSource / "themes"};
  lo.now = kNow;
  LiveSite live(lo, pool);
  REQUIRE(live.start().ok);
  const auto before = live.snapshot();
  const auto index_before = search_files(*before);
  REQUIRE(index_before.count("search/manifest.json") == 1);

  const fs::path post = dir / "site/content/tin-tuc/hoi-giang.md";
  auto text = read_file(post);
  REQUIRE(text);
  put(post, *text + "\nHọc sinh làm mô hình kính vạn hoa quáchxyz.\n");
  const RebuildReport edit = live.update({{post}, false});
  REQUIRE(edit.ok);
  // Only the pages were rendered before open tabs were told: the index's
  // files were not among them.
  CHECK(edit.rendered == 10);  // the post, its section's list and feeds, the home page ...
  CHECK(edit.index_written > 0);
  const auto after = live.snapshot();
  CHECK(after->generation == before->generation + 1);  // one reload for one edit
  const auto index_after = search_files(*after);
  CHECK(index_after != index_before);

  // The index in place is the one a fresh start builds of the edited site.
  {
    LiveSite fresh(lo, pool);
    REQUIRE(fresh.start().ok);
    CHECK(search_files(*fresh.snapshot()) == index_after);
  }
  // Nothing changed since: nothing rendered again, no reload.
  const RebuildReport again = live.update({{post}, false});
  CHECK(again.ok);
  CHECK(again.rendered == 0);
  CHECK_FALSE(again.changed);
  CHECK(live.snapshot()->generation == after->generation);

  // Another save waiting interrupts the index: the pages go out, the old
  // index stays; the next rebuild brings the index up to date.
  put(post, *text + "\nMột câu khác hẳn: đồng hồ mặt trời bằng bìa cứng.\n");
  const RebuildReport interrupted = live.update({{post}, false}, [] { return true; });
  CHECK(interrupted.ok);
  CHECK(interrupted.index_written == 0);
  CHECK(search_files(*live.snapshot()) == index_after);
  const std::string* page = live.snapshot()->find("tin-tuc/hoi-giang-chao-mung-ngay-20-11/index.html");
  REQUIRE(page);
  CHECK(page->find("đồng hồ mặt trời") != std::string::npos);
  const RebuildReport next = live.update({{post}, false});
  CHECK(next.ok);
  CHECK(next.index_written > 0);
  {
    LiveSite fresh(lo, pool);
    REQUIRE(fresh.start().ok);
    CHECK(search_files(*fresh.snapshot()) == search_files(*live.snapshot()));
  }
  fs::remove_all(dir);
}

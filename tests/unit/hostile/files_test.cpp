// Hostile input: files that lead out of the site. Each case is a small site
// an attacker could send (links to /etc/passwd, loops, named pipes, devices,
// titles long enough to break a file name, aliases over generated pages),
// built by the real binary: the exact diagnostics, exit status 1, no hang,
// nothing from outside the site published.
#include <catch2/catch.hpp>

#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "core/file_io.hpp"
#include "support/temp_site.hpp"

namespace fs = std::filesystem;
using wt::test::TempSite;

namespace {

struct Run {
  int status;
  std::string output;  // stderr and stdout together
};

// The binary, killed after 20 s so that a hang fails the test instead of
// stopping the suite (status 137 then). `redirect`: where its output goes.
Run webtruong(const std::string& args, const std::string& redirect = "2>&1") {
  std::string cmd = "timeout -s KILL 20 " + std::string(WT_BINARY) + " " + args + " " + redirect;
  FILE* p = popen(cmd.c_str(), "r");
  std::string out;
  std::array<char, 4096> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) out.append(buf.data(), n);
  int st = pclose(p);
  return {WIFEXITED(st) ? WEXITSTATUS(st) : -1, out};
}

Run build(const TempSite& site) { return webtruong("build -q " + site.path().string()); }

// A folder outside the site, made with mkdtemp, removed at the end.
struct Outside {
  fs::path dir;
  Outside() {
    std::string tmpl = (fs::temp_directory_path() / "wt-outside-XXXXXX").string();
    REQUIRE(::mkdtemp(tmpl.data()) != nullptr);
    dir = fs::canonical(tmpl);
  }
  ~Outside() {
    std::error_code ec;
    fs::remove_all(dir, ec);
  }
};

const char* kSite = R"(
-- site.yaml --
name: "Trường THCS Thử"
-- content/tin-tuc/khai-giang.md --
---
title: Lễ khai giảng
date: 2025-09-05
---
Xin chào.
)";

std::string real(const TempSite& site) { return fs::canonical(site.path()).string(); }

std::string outside_msg(const std::string& file, const std::string& target) {
  return file + ": error: this is a link to '" + target +
         "', outside the site folder; copy what it points to into the site instead\n";
}

const std::string kFailedOne = "webtruong: build failed with 1 error; the previous output was left as it was\n";

std::string failed(int n) {
  return "webtruong: build failed with " + std::to_string(n) + " errors; the previous output was left as it was\n";
}

}  // namespace

TEST_CASE("hostile files: a .md file linking to /etc/passwd is refused, never published", "[hostile][files]") {
  TempSite site(kSite);
  fs::create_symlink("/etc/passwd", site.path() / "content/tin-tuc/mat-khau.md");
  auto r = build(site);
  CHECK(r.status == 1);
  CHECK(r.output == outside_msg("content/tin-tuc/mat-khau.md", "/etc/passwd") + kFailedOne);
  CHECK_FALSE(fs::exists(site.path() / "public"));
}

TEST_CASE("hostile files: a folder of content/ linking out of the site is refused", "[hostile][files]") {
  TempSite site(kSite);
  Outside out;
  std::ofstream(out.dir / "bai.md") << "---\ntitle: Bài ngoài\n---\nroot:x:0:0\n";
  fs::create_symlink(out.dir, site.path() / "content/ngoai");
  auto r = build(site);
  CHECK(r.status == 1);
  CHECK(r.output == outside_msg("content/ngoai", out.dir.string()) + kFailedOne);
  // content/ itself may not be a link out either.
  TempSite other(R"(
-- site.yaml --
name: "Trường THCS Thử"
)");
  fs::create_symlink(out.dir, other.path() / "content");
  r = build(other);
  CHECK(r.status == 1);
  CHECK(r.output == outside_msg("content", out.dir.string()) + kFailedOne);
}

TEST_CASE("hostile files: layouts, partials, data, static and site.yaml linking out are refused", "[hostile][files]") {
  TempSite site(kSite);
  fs::create_directories(site.path() / "layouts");
  fs::create_directories(site.path() / "partials");
  fs::create_directories(site.path() / "data");
  fs::create_directories(site.path() / "static/css");
  fs::create_symlink("/etc/passwd", site.path() / "layouts/page.mustache");
  fs::create_symlink("/etc/passwd", site.path() / "partials/footer.mustache");
  fs::create_symlink("/etc/passwd", site.path() / "data/to-chuc.yaml");
  fs::create_symlink("/etc/passwd", site.path() / "static/css/passwd.css");
  fs::create_symlink("/etc", site.path() / "static/etc");
  auto r = build(site);
  CHECK(r.status == 1);
  CHECK(r.output == outside_msg("data/to-chuc.yaml", "/etc/passwd") +
                        outside_msg("layouts/page.mustache", "/etc/passwd") +
                        outside_msg("partials/footer.mustache", "/etc/passwd") +
                        outside_msg("static/css/passwd.css", "/etc/passwd") + outside_msg("static/etc", "/etc") +
                        failed(5));

  TempSite yaml(R"(
-- content/a.md --
---
title: A
---
)");
  fs::create_symlink("/etc/passwd", yaml.path() / "site.yaml");
  r = build(yaml);
  CHECK(r.status == 1);
  CHECK(r.output == outside_msg("site.yaml", "/etc/passwd") + kFailedOne);
}

TEST_CASE("hostile files: a theme of the site's themes/ linking out is refused", "[hostile][files]") {
  TempSite site(kSite);
  Outside out;
  fs::copy(fs::path(WT_SOURCE_DIR) / "themes/default", out.dir / "default", fs::copy_options::recursive);
  fs::create_directories(site.path() / "themes");
  fs::create_symlink(out.dir / "default", site.path() / "themes/default");
  auto r = build(site);
  CHECK(r.status == 1);
  CHECK(r.output == outside_msg("themes/default", (out.dir / "default").string()) + kFailedOne);
  // Inside the theme, a link out of the site is refused as well.
  TempSite inside(kSite);
  fs::create_directories(inside.path() / "themes");
  fs::copy(fs::path(WT_SOURCE_DIR) / "themes/default", inside.path() / "themes/default", fs::copy_options::recursive);
  fs::remove(inside.path() / "themes/default/layouts/404.mustache");
  fs::create_symlink("/etc/passwd", inside.path() / "themes/default/layouts/404.mustache");
  r = build(inside);
  CHECK(r.status == 1);
  CHECK(r.output == "themes/default/layouts: error: the theme has no layout '404.mustache'\n" +
                        outside_msg("themes/default/layouts/404.mustache", "/etc/passwd") + failed(2));
}

TEST_CASE("hostile files: symlink loops are errors with exit status 1, in build and check", "[hostile][files]") {
  TempSite site(kSite);
  fs::create_symlink("vong-b.md", site.path() / "content/tin-tuc/vong-a.md");
  fs::create_symlink("vong-a.md", site.path() / "content/tin-tuc/vong-b.md");
  fs::create_symlink("..", site.path() / "content/tin-tuc/len");
  fs::create_directories(site.path() / "data");
  fs::create_symlink("lap.yaml", site.path() / "data/lap.yaml");
  const std::string expected =
      "content/tin-tuc/len: error: this link leads back to '" + real(site) +
      "/content', a folder it is inside (a loop)\n"
      "content/tin-tuc/vong-a.md: error: this link is part of a loop of symbolic links\n"
      "content/tin-tuc/vong-b.md: error: this link is part of a loop of symbolic links\n"
      "data/lap.yaml: error: this link is part of a loop of symbolic links\n";
  auto r = build(site);
  CHECK(r.status == 1);
  CHECK(r.output == expected + failed(4));
  r = webtruong("check " + site.path().string(), "2>&1 >/dev/null");  // the diagnostics only
  CHECK(r.status == 1);
  CHECK(r.output == expected);
}

TEST_CASE("hostile files: a named pipe called .md (or in data/, static/, layouts/) never hangs the build",
          "[hostile][files]") {
  TempSite site(kSite);
  fs::create_directories(site.path() / "data");
  fs::create_directories(site.path() / "static");
  fs::create_directories(site.path() / "layouts");
  for (const char* f : {"content/tin-tuc/ong.md", "data/to-chuc.yaml", "static/ong.txt", "layouts/page.mustache"})
    REQUIRE(::mkfifo((site.path() / f).c_str(), 0644) == 0);
  auto r = build(site);
  CHECK(r.status == 1);
  CHECK(r.output ==
        "content/tin-tuc/ong.md: error: this is a named pipe (FIFO), not a file\n"
        "data/to-chuc.yaml: error: this is a named pipe (FIFO), not a file\n"
        "layouts/page.mustache: error: this is a named pipe (FIFO), not a file\n"
        "static/ong.txt: error: this is a named pipe (FIFO), not a file\n" +
            failed(4));
}

TEST_CASE("hostile files: a link to /dev/zero, a device or a socket in the site does not abort the build",
          "[hostile][files]") {
  TempSite site(kSite);
  fs::create_directories(site.path() / "static");
  fs::create_symlink("/dev/zero", site.path() / "static/zero.bin");
  fs::create_symlink("/dev/zero", site.path() / "content/tin-tuc/zero.md");
  std::vector<std::string> lines = {outside_msg("content/tin-tuc/zero.md", "/dev/zero"),
                                    outside_msg("static/zero.bin", "/dev/zero")};
  if (::geteuid() == 0) {
    // A device node inside the site, and a link inside the site to it.
    REQUIRE(::mknod((site.path() / "static/zero-dev").c_str(), S_IFCHR | 0644, makedev(1, 5)) == 0);
    fs::create_symlink("../../static/zero-dev", site.path() / "content/tin-tuc/dev.md");
    lines.push_back("content/tin-tuc/dev.md: error: this is a device, not a file\n");
    lines.push_back("static/zero-dev: error: this is a device, not a file\n");
  }
  // A socket: refused without being connected to.
  int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
  REQUIRE(fd >= 0);
  sockaddr_un addr{};
  addr.sun_family = AF_UNIX;
  const std::string sock = (site.path() / "static/so.sock").string();
  REQUIRE(sock.size() < sizeof addr.sun_path);
  std::copy(sock.begin(), sock.end(), addr.sun_path);
  REQUIRE(::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0);
  ::close(fd);
  lines.push_back("static/so.sock: error: this is a socket, not a file\n");
  std::sort(lines.begin(), lines.end());  // as the sink sorts them: by file
  std::string expected;
  for (const auto& l : lines) expected += l;
  auto r = build(site);
  CHECK(r.status == 1);
  CHECK(r.output == expected + failed(static_cast<int>(lines.size())));
}

TEST_CASE("hostile files: links that stay inside the site are followed", "[hostile][files]") {
  TempSite site(std::string(kSite) + R"(
-- chung/bai-chung.md --
---
title: Bài dùng chung
date: 2025-09-06
---
Nội dung chung.
-- chung/logo.txt --
logo
)");
  fs::create_symlink("../../chung/bai-chung.md", site.path() / "content/tin-tuc/bai-chung.md");
  fs::create_directories(site.path() / "static");
  fs::create_symlink("../chung/logo.txt", site.path() / "static/logo.txt");
  auto r = build(site);
  INFO(r.output);
  CHECK(r.status == 0);
  CHECK(site.read("public/tin-tuc/bai-dung-chung/index.html").find("Nội dung chung.") != std::string::npos);
  CHECK(site.read("public/logo.txt") == "logo\n");
}

TEST_CASE("hostile files: a title longer than a file name builds, its slug cut at a word and unique",
          "[hostile][files]") {
  const std::string title =
      "Trường Trung học cơ sở Nguyễn Du long trọng tổ chức lễ khai giảng năm học 2025-2026 và đón chào các em học "
      "sinh lớp 6 bước vào mái trường mới với nhiều niềm vui, hy vọng và quyết tâm học tập thật tốt";
  auto page = [&](const std::string& t, const std::string& date) {
    return "---\ntitle: \"" + t + "\"\ndate: " + date + "\n---\nNội dung.\n";
  };
  TempSite site(kSite);
  site.write("content/tin-tuc/a.md", page(title + " " + title, "2025-09-05"));  // a slug of 397 bytes
  site.write("content/tin-tuc/b.md", page(title + " " + title, "2025-09-06"));
  site.write("content/tin-tuc/c.md", page(title + " khác hẳn", "2025-09-07"));
  site.write("content/tin-tuc/d.md", page("Bài ngắn", "2025-09-08"));
  auto r = build(site);
  INFO(r.output);
  REQUIRE(r.status == 0);
  const std::string cut =
      "truong-trung-hoc-co-so-nguyen-du-long-trong-to-chuc-le-khai-giang-nam-hoc-2025-2026-va-don-chao-cac-em-hoc-"
      "sinh-lop-6-buoc-vao-mai-truong-moi-voi";  // 145 bytes: the last whole word under 150
  REQUIRE(cut.size() == 145);
  CHECK(fs::exists(site.path() / "public/tin-tuc" / cut / "index.html"));
  CHECK(fs::exists(site.path() / "public/tin-tuc" / (cut + "-2") / "index.html"));
  CHECK(fs::exists(site.path() / "public/tin-tuc" / (cut + "-3") / "index.html"));
  CHECK(fs::exists(site.path() / "public/tin-tuc/bai-ngan/index.html"));  // short slugs are unchanged
}

TEST_CASE("hostile files: an alias over the fee page is an error naming both sources", "[hostile][files]") {
  TempSite site(std::string(kSite) + R"(
-- content/gioi-thieu.md --
---
title: Giới thiệu
aliases: ["/cac-khoan-thu/"]
---
Xin chào.
)");
  fs::create_directories(site.path() / "data/khoan-thu");
  fs::copy_file(fs::path(WT_SOURCE_DIR) / "site.example/data/khoan-thu/2026-2027.yaml",
                site.path() / "data/khoan-thu/2026-2027.yaml");
  auto r = build(site);
  CHECK(r.status == 1);
  CHECK(r.output ==
        "content/gioi-thieu.md:3:11: error: the alias '/cac-khoan-thu/' of content/gioi-thieu.md and the page "
        "'Các khoản thu năm học 2026-2027' built from data/ would both be written to 'cac-khoan-thu/index.html'; "
        "change one of them\n" +
            kFailedOne);
}

TEST_CASE("hostile files: an alias over a section list, a static file over a page: errors naming both",
          "[hostile][files]") {
  TempSite site(std::string(kSite) + R"(
-- content/lien-he.md --
---
title: Liên hệ
aliases: ["/tin-tuc/"]
---
-- static/lien-he/index.html --
<script>alert(1)</script>
-- static/tin-tuc/rss.xml --
<rss/>
-- site.yaml --
name: "Trường THCS Thử"
static_allow: ["lien-he/index.html"]
)");
  auto r = build(site);
  CHECK(r.status == 1);
  CHECK(r.output ==
        "content/lien-he.md:3:11: error: the alias '/tin-tuc/' of content/lien-he.md and the list of the section "
        "content/tin-tuc/ would both be written to 'tin-tuc/index.html'; change one of them\n"
        "static/lien-he/index.html: error: static/lien-he/index.html and content/lien-he.md would both be written "
        "to 'lien-he/index.html'; change one of them\n"
        "static/tin-tuc/rss.xml: error: static/tin-tuc/rss.xml and the feed of the section content/tin-tuc/ would "
        "both be written to 'tin-tuc/rss.xml'; change one of them\n" +
            failed(3));
}

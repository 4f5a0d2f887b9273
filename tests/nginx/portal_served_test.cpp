// Served by a real nginx (issue 12, part 7): a portal's output layout built
// from three small sites, the configuration written by
// hosting::nginx_config_for, Debian's nginx started on 127.0.0.1 with it
// (support/nginx_server: a non-daemon child with its own pid, logs and temp
// folders, stopped at the end of each case whatever happens), and every
// rule fetched over loopback.
//
//   OUT/www/                          the portal's host (sgd.example.vn), root site: fixture basic
//   OUT/www/thcs-le-loi/              a member under a path: fixture subpath
//   OUT/hosts/thunghiem.example.edu.vn/  a member on its own host name: fixture basic
//   OUT/.webtruong/, OUT/www/thcs-le-loi/.webtruong/   private (caches, reports)
#include <catch2/catch.hpp>
#include <zlib.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/file_io.hpp"
#include "core/file_system.hpp"
#include "core/thread_pool.hpp"
#include "hosting/site_hosting.hpp"
#include "nginx/http_get.hpp"
#include "site/build.hpp"
#include "support/nginx_server.hpp"
#include "support/temp_site.hpp"

namespace fs = std::filesystem;
using namespace wt;
using test::http_get;

namespace {

constexpr int64_t kNow = 1767225600;  // 01/01/2026
const std::string kPolicy =
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
    "base-uri 'none'; form-action 'self'";

fs::path fixture(const std::string& name) { return fs::path(WT_TEST_FIXTURES) / "sites" / name; }
std::vector<fs::path> themes() { return {fs::path(WT_SOURCE_DIR) / "themes"}; }

void build(const fs::path& site_dir, const fs::path& out, const std::string& base_url, ThreadPool& pool) {
  site::BuildOptions opt;
  opt.site_dir = site_dir;
  opt.out_dir = out;
  opt.base_url = base_url;
  opt.now = kNow;
  opt.theme_dirs = themes();
  DiagnosticSink sink;
  bool ok = site::build_site(opt, real_file_system(), pool, sink, nullptr);
  std::ostringstream diags;
  sink.print(diags);
  INFO(diags.str());
  REQUIRE(ok);
}

std::string file(const fs::path& p) {
  auto text = read_file(p);
  REQUIRE(text);
  return *text;
}

std::string gunzip(const std::string& data) {
  z_stream z{};
  REQUIRE(inflateInit2(&z, 16 + MAX_WBITS) == Z_OK);
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = static_cast<uInt>(data.size());
  std::string out;
  char buf[16384];
  int rc = Z_OK;
  while (rc == Z_OK) {
    z.next_out = reinterpret_cast<Bytef*>(buf);
    z.avail_out = sizeof buf;
    rc = inflate(&z, Z_NO_FLUSH);
    out.append(buf, sizeof buf - z.avail_out);
  }
  inflateEnd(&z);
  REQUIRE(rc == Z_STREAM_END);
  return out;
}

// The portal's output, built once for every case of this file.
struct Portal {
  fs::path out = test::make_temp_dir("wt-portal-served");
  fs::path www = out / "www", member = out / "www/thcs-le-loi", host = out / "hosts/thunghiem.example.edu.vn";

  Portal() {
    ThreadPool pool(2);
    build(fixture("basic"), www, "https://sgd.example.vn/", pool);
    build(fixture("subpath"), member, "https://sgd.example.vn/thcs-le-loi/", pool);
    build(fixture("basic"), host, "https://thunghiem.example.edu.vn/", pool);
    fs::create_directories(out / ".webtruong");
    fs::create_directories(member / ".webtruong");
    std::ofstream(member / ".webtruong/cache.json") << "{\"secret\": true}";
    std::ofstream(www / ".report.json") << "{}";
  }
  ~Portal() { fs::remove_all(out); }

  std::vector<hosting::ServerSpec> servers(int port) const {
    const std::string listen = "127.0.0.1:" + std::to_string(port);
    hosting::ServerSpec portal{{"sgd.example.vn"}, listen, www, {}, {"portal.yaml", 1, 1}};
    portal.sites.push_back({"/", fixture("basic"), nullptr, www, "https://sgd.example.vn/", {"portal.yaml", 2, 3}});
    portal.sites.push_back({"/thcs-le-loi/", fixture("subpath"), nullptr, member,
                            "https://sgd.example.vn/thcs-le-loi/", {"portal.yaml", 3, 3}});
    hosting::ServerSpec own{{"thunghiem.example.edu.vn"}, listen, host, {}, {"portal.yaml", 4, 1}};
    own.sites.push_back({"/", fixture("basic"), nullptr, host, "https://thunghiem.example.edu.vn/", {"portal.yaml", 5, 3}});
    return {portal, own};
  }

  std::string config(int port) const {
    ThreadPool pool(2);
    DiagnosticSink sink;
    auto text = hosting::nginx_config_for(servers(port), {themes(), kNow}, pool, sink);
    std::ostringstream diags;
    sink.print(diags);
    if (!text) throw std::runtime_error("no configuration: " + diags.str());
    return *text;
  }
};

const Portal& portal() {
  static Portal p;
  return p;
}

test::NginxServer serve(const Portal& p) {
  test::NginxServer::Options o;
  o.root = p.www;
  o.servers = [&p](int port) {
    fs::path conf = p.out / ("nginx-" + std::to_string(port) + ".conf");
    std::ofstream(conf) << p.config(port);
    return "include " + conf.string() + ";";
  };
  return test::NginxServer(std::move(o));
}

}  // namespace

// One case, a section per rule: the portal is built once per process (ctest
// runs each case in a process of its own) and nginx started for each section.
TEST_CASE("nginx serves a portal layout from the generated configuration", "[nginx]") {
  const Portal& p = portal();
  auto nginx = serve(p);
  SECTION("serves each member's pages and feeds from the generated configuration") {
    struct Page {
      std::string host, path;
      fs::path file;
    };
    for (const Page& page : std::vector<Page>{{"sgd.example.vn", "/", p.www / "index.html"},
                                              {"sgd.example.vn", "/thcs-le-loi/", p.member / "index.html"},
                                              {"sgd.example.vn", "/thcs-le-loi/tin-tuc/", p.member / "tin-tuc/index.html"},
                                              {"thunghiem.example.edu.vn", "/", p.host / "index.html"},
                                              {"thunghiem.example.edu.vn", "/tin-tuc/", p.host / "tin-tuc/index.html"}}) {
      INFO(page.host << page.path);
      auto r = http_get(nginx.port(), page.host, page.path);
      CHECK(r.status == 200);
      CHECK(r.header("content-type") == "text/html; charset=utf-8");
      CHECK(r.header("content-security-policy") == kPolicy);
      CHECK(r.header("x-content-type-options") == "nosniff");
      CHECK(r.header("cache-control") == "public, max-age=300");
      CHECK(r.body == file(page.file));
    }
    auto rss = http_get(nginx.port(), "sgd.example.vn", "/thcs-le-loi/rss.xml");
    CHECK(rss.status == 200);
    CHECK(rss.header("content-type") == "application/rss+xml; charset=utf-8");
    CHECK(rss.body == file(p.member / "rss.xml"));
    auto atom = http_get(nginx.port(), "thunghiem.example.edu.vn", "/tin-tuc/atom.xml");
    CHECK(atom.status == 200);
    CHECK(atom.header("content-type") == "application/atom+xml; charset=utf-8");
    auto sitemap = http_get(nginx.port(), "sgd.example.vn", "/thcs-le-loi/sitemap.xml");
    CHECK(sitemap.status == 200);
    CHECK(sitemap.header("cache-control") == "public, max-age=300");
    // The path of a member without its final '/'.
    auto bare = http_get(nginx.port(), "sgd.example.vn", "/thcs-le-loi");
    CHECK(bare.status == 301);
    CHECK(bare.header("location") == "/thcs-le-loi/");
  }
  SECTION("answers a missing page with the 404 page of the member it falls under") {
    struct Missing {
      std::string host, path;
      fs::path page;
    };
    for (const Missing& m : std::vector<Missing>{
             {"sgd.example.vn", "/khong-co/", p.www / "404.html"},
             {"sgd.example.vn", "/thcs-le-loi/khong-co/", p.member / "404.html"},
             {"sgd.example.vn", "/thcs-le-loi/tin-tuc/khong-co.html", p.member / "404.html"},
             {"thunghiem.example.edu.vn", "/khong-co/", p.host / "404.html"},
             // dot-folders and dot-files are private
             {"sgd.example.vn", "/thcs-le-loi/.webtruong/cache.json", p.member / "404.html"},
             {"sgd.example.vn", "/.report.json", p.www / "404.html"},
             {"sgd.example.vn", "/thcs-le-loi/%2Ewebtruong/cache.json", p.member / "404.html"},
             // no listing of a folder without index.html
             {"sgd.example.vn", "/thcs-le-loi/files/", p.member / "404.html"},
             {"thunghiem.example.edu.vn", "/files/", p.host / "404.html"}}) {
      INFO(m.host << m.path);
      auto r = http_get(nginx.port(), m.host, m.path);
      CHECK(r.status == 404);
      CHECK(r.header("content-type") == "text/html; charset=utf-8");
      CHECK(r.body == file(m.page));
      CHECK(r.body.find("secret") == std::string::npos);
    }
    // The two 404 pages differ, so the right one was served.
    CHECK(file(p.www / "404.html") != file(p.member / "404.html"));
  }
  SECTION("redirects each alias with 301 to its page, under the member's path") {
    struct Alias {
      std::string host, path, location;
    };
    for (const Alias& a : std::vector<Alias>{
             {"sgd.example.vn", "/tin-tuc/khai-giang.html", "/tin-tuc/le-khai-giang-nam-hoc-2025-2026/"},
             {"thunghiem.example.edu.vn", "/tin-tuc/khai-giang.html", "/tin-tuc/le-khai-giang-nam-hoc-2025-2026/"},
             {"sgd.example.vn", "/thcs-le-loi/tin-cu/khai-giang/", "/thcs-le-loi/tin-tuc/khai-giang/"},
             {"sgd.example.vn", "/thcs-le-loi/tin-cu/khai-giang", "/thcs-le-loi/tin-tuc/khai-giang/"},
             {"sgd.example.vn", "/thcs-le-loi/tin-cu/khai-giang/index.html", "/thcs-le-loi/tin-tuc/khai-giang/"}}) {
      INFO(a.host << a.path);
      auto r = http_get(nginx.port(), a.host, a.path);
      CHECK(r.status == 301);
      CHECK(r.header("location") == a.location);
      // The target exists.
      CHECK(http_get(nginx.port(), a.host, a.location).status == 200);
    }
  }
  SECTION("serves files from static/ sandboxed, and compresses text when asked") {
    for (const std::string path : {"/thcs-le-loi/files/mau-don.pdf", "/thcs-le-loi/images/logo.png"}) {
      INFO(path);
      auto r = http_get(nginx.port(), "sgd.example.vn", path);
      CHECK(r.status == 200);
      CHECK(r.header("content-security-policy") == "sandbox");
      CHECK(r.header("x-content-type-options") == "nosniff");
      CHECK(r.header("cache-control") == "public, max-age=3600");
      CHECK(r.body == file(p.member / path.substr(std::string("/thcs-le-loi/").size())));
    }
    // A picture beside a page, allowed by static_allow, is sandboxed too.
    auto svg = http_get(nginx.port(), "thunghiem.example.edu.vn", "/tin-tuc/le-khai-giang-nam-hoc-2025-2026/anh.svg");
    CHECK(svg.status == 200);
    CHECK(svg.header("content-security-policy") == "sandbox");

    auto plain = http_get(nginx.port(), "sgd.example.vn", "/thcs-le-loi/");
    CHECK(plain.header("content-encoding").empty());
    auto zipped = http_get(nginx.port(), "sgd.example.vn", "/thcs-le-loi/", {{"Accept-Encoding", "gzip"}});
    CHECK(zipped.status == 200);
    CHECK(zipped.header("content-encoding") == "gzip");
    CHECK(zipped.header("vary") == "Accept-Encoding");
    CHECK(gunzip(zipped.body) == file(p.member / "index.html"));
    auto css = http_get(nginx.port(), "sgd.example.vn", "/thcs-le-loi/css/style.css", {{"Accept-Encoding", "gzip"}});
    CHECK(css.header("content-encoding") == "gzip");
    CHECK(gunzip(css.body) == file(p.member / "css/style.css"));
  }
}

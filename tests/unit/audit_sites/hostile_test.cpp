// Hostile and broken servers, served by nginx on 127.0.0.1 (issue 4,
// "Robustness"): endless redirects, a gzip bomb, a 1 GiB page, a slow drip,
// invalid UTF-8, a robots.txt of binary noise, HTML that never closes its
// tags, and a robots.txt answering 500. The crawl ends within its bounds, its
// memory stays bounded by the body cap, and the result says what happened.
#include <catch2/catch.hpp>

#include <sys/resource.h>
#include <zlib.h>

#include <chrono>
#include <fstream>
#include <map>
#include <random>

#include "audit/crawl/crawler.hpp"
#include "core/text.hpp"
#include "site_truth.hpp"
#include "support/nginx_server.hpp"

namespace fs = std::filesystem;
using wt::test::NginxServer;

namespace {

void write_file(const fs::path& p, const std::string& body) {
  fs::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << body;
}

// Deflates `in` with `flush`, returning what zlib writes.
std::string deflate_chunk(z_stream& s, const std::string& in, int flush) {
  std::string out;
  unsigned char buf[1 << 16];
  s.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  s.avail_in = static_cast<uInt>(in.size());
  do {
    s.next_out = buf;
    s.avail_out = sizeof buf;
    REQUIRE(deflate(&s, flush) != Z_STREAM_ERROR);
    out.append(reinterpret_cast<char*>(buf), sizeof buf - s.avail_out);
  } while (s.avail_out == 0);
  return out;
}

// A gzip file of `mib` MiB of zeros, written without holding them: after a
// full flush deflate starts afresh, so every 1 MiB block of zeros compresses
// to the same bytes; the block is written `mib` times, then the end of the
// stream with the CRC and size of the whole.
void write_gzip_bomb(const fs::path& path, unsigned mib) {
  const std::string zeros(1 << 20, '\0');
  z_stream s{};
  REQUIRE(deflateInit2(&s, 9, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY) == Z_OK);
  const std::string first = deflate_chunk(s, zeros, Z_FULL_FLUSH);  // gzip header + block
  const std::string block = deflate_chunk(s, zeros, Z_FULL_FLUSH);
  REQUIRE(deflate_chunk(s, zeros, Z_FULL_FLUSH) == block);
  std::string end = deflate_chunk(s, "", Z_FINISH);  // last block + trailer of 3 MiB
  deflateEnd(&s);
  REQUIRE(end.size() >= 8);
  uLong one = crc32(0L, reinterpret_cast<const Bytef*>(zeros.data()), static_cast<uInt>(zeros.size()));
  uLong crc = one;
  for (unsigned i = 1; i < mib; ++i) crc = crc32_combine(crc, one, static_cast<z_off_t>(zeros.size()));
  const uint32_t size = static_cast<uint32_t>((static_cast<uint64_t>(mib) << 20) & 0xFFFFFFFFu);
  for (int i = 0; i < 4; ++i) {
    end[end.size() - 8 + i] = static_cast<char>((crc >> (8 * i)) & 0xFF);
    end[end.size() - 4 + i] = static_cast<char>((size >> (8 * i)) & 0xFF);
  }
  std::ofstream out(path, std::ios::binary);
  out << first;
  for (unsigned i = 1; i < mib; ++i) out << block;
  out << end;
}

long max_rss_kib() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss;
}

std::string page(const std::string& title, const std::string& body) {
  return "<!doctype html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body>" +
         body + "</body></html>";
}

}  // namespace

TEST_CASE("hostile servers: the crawl ends in bounded time and memory and says what happened",
          "[audit][sites][nginx][hostile]") {
  wt::test::TempDir tmp("audit-hostile");
  const fs::path root = tmp.path / "hostile", blocked = tmp.path / "blocked";

  // The hostile site.
  write_file(root / "index.html",
             page("Trường THCS Thử Thách",
                  "<nav><a href=\"/loop/\">Vòng lặp</a> <a href=\"/bomb.html\">Bom gzip</a> "
                  "<a href=\"/huge.html\">Trang 1 GiB</a> <a href=\"/drip.html\">Nhỏ giọt</a> "
                  "<a href=\"/bad-utf8.html\">UTF-8 hỏng</a> <a href=\"/deep.html\">Thẻ không đóng</a> "
                  "<a href=\"/ok.html\">Liên hệ</a></nav>"));
  write_file(root / "ok.html", page("Liên hệ", "<main><h1>Liên hệ</h1><p>Điện thoại: 0211 3862 123</p></main>"));
  {
    std::string noise(4096, '\0');
    std::mt19937 rng(4);
    for (char& c : noise) c = static_cast<char>(rng() & 0xFF);
    write_file(root / "robots.txt", noise);
  }
  write_file(root / "bad-utf8.html",
             page("Trang l\xE1\xBB\x97i \xFF\xFE m\xC3\x28 h\xC3\xB3\x61", "<main><h1>Tin \xED\xA0\x80 t\xE1\xBB\xA9\x63</h1>"
                  "<p>N\xE1\xBB\x99i dung \xC0\xAF c\xC3\xB3 byte h\xE1\xBB\x8Fng.</p></main>"));
  {
    std::string deep = "<!doctype html><html><head><title>Sâu</title></head><body>";
    for (int i = 0; i < 100000; ++i) deep += "<div>";
    deep += "Nội dung rất sâu <a href=\"/ok.html\">Liên hệ</a>";
    write_file(root / "deep.html", deep);
  }
  write_file(root / "drip.html", page("Nhỏ giọt", std::string(4096, 'x')));
  write_gzip_bomb(root / "bomb.html", 1100);  // 1.1 GiB of zeros in about 1 MB
  std::ofstream(root / "huge.html").close();
  fs::resize_file(root / "huge.html", 1ULL << 30);  // sparse: 1 GiB of zeros on no disk
  REQUIRE(fs::file_size(root / "bomb.html") < 4 * 1024 * 1024);

  // The site whose robots.txt fails.
  write_file(blocked / "index.html", page("Trường THCS Đóng", "<a href=\"/a.html\">A</a>"));

  NginxServer hostile({root,
                       "location /loop/ { rewrite ^/loop/(.*)$ /loop/a$1 redirect; }\n"
                       "location = /bomb.html { add_header Content-Encoding gzip; }\n"
                       "location = /drip.html { limit_rate 16; }\n",
                       ""});
  NginxServer failing({blocked, "location = /robots.txt { return 500; }", ""});

  wt::audit::FetchOptions fetch = wt::test::local_fetch_options();
  fetch.low_speed_bytes = 1024;  // the drip (16 B/s) is cut after 2 s
  fetch.low_speed_seconds = 2;
  fetch.total_timeout = 10;
  auto options = wt::test::local_crawl_options();
  options.max_pages = 50;

  const long rss_before = max_rss_kib();
  const auto started = std::chrono::steady_clock::now();
  auto client = wt::audit::make_curl_http_client(fetch);
  auto crawled = wt::audit::crawl_sites(*client, {hostile.base_url(), failing.base_url()}, options);
  const auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  const long rss_grew_mib = (max_rss_kib() - rss_before) / 1024;
  INFO("crawl took " << seconds << " s, max RSS grew " << rss_grew_mib << " MiB");
  CHECK(seconds < 30);
  CHECK(rss_grew_mib < 200);  // bodies are capped at 10 MiB decompressed
  REQUIRE(crawled.size() == 2);

  // What happened to each hostile page.
  const auto& site = crawled[0];
  std::map<std::string, std::string> failures;
  for (const auto& [url, why] : site.failures) failures[url.substr(hostile.base_url().size())] = why;
  for (const auto& [url, why] : failures) UNSCOPED_INFO("failed: " << url << ": " << why);
  CHECK(failures["loop/"] == "too many redirects");
  CHECK(failures["bomb.html"] == "body too large");
  CHECK(failures["huge.html"] == "body too large");
  CHECK(failures["drip.html"] == "timeout");
  CHECK_FALSE(site.robots_blocked);  // noise is no rule: everything allowed
  CHECK(site.robots_status == 200);

  std::map<std::string, const wt::audit::CrawledPage*> pages;
  for (const auto& p : site.pages) pages[p.url.substr(hostile.base_url().size())] = &p;
  for (const char* ok : {"", "ok.html", "bad-utf8.html", "deep.html"}) {
    INFO("page /" << ok);
    REQUIRE(pages.count(ok) == 1);
    CHECK(pages[ok]->status == 200);
  }
  CHECK(site.html_ok == 4);
  // Invalid bytes became U+FFFD; the rest of the title survived.
  CHECK(wt::is_valid_utf8(pages["bad-utf8.html"]->title));
  CHECK(pages["bad-utf8.html"]->title.find("\xEF\xBF\xBD") != std::string::npos);
  CHECK(pages["bad-utf8.html"]->title.rfind("Trang lỗi ", 0) == 0);
  CHECK(pages["deep.html"]->title == "Sâu");
  CHECK(hostile.requests() < 40);

  // robots.txt answering 500: asked again once, then nothing crawled, and reported.
  const auto& shut = crawled[1];
  CHECK(shut.robots_blocked);
  CHECK(shut.robots_status == 500);
  CHECK(shut.pages.empty());
  CHECK(shut.html_ok == 0);
  CHECK(failing.requests(2) == 2);
}

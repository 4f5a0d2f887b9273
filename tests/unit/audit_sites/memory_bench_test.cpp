// Peak memory of `webtruong audit` (issue 10, part 2), measured with
// /usr/bin/time -v on the real binary: the hostile case of the issue (50
// pages of 100,000 links each) and an audit of 100 ordinary sites (100
// copies of site.example, each built for its own address and served by its
// own nginx on 127.0.0.1). Hidden benchmarks, not part of `make test`:
//
//   build-test/tests/test_audit_sites "[memory]" -s
//
// It needs /usr/bin/time (Debian's `time`: scripts/install-deps.sh --bench).
// Each prints the command it measured and the figures; docs/audit.md
// ("Memory") quotes them. The checks are the bounds that document states.
#include <catch2/catch.hpp>

#include <cstdio>
#include <fstream>
#include <map>
#include <memory>
#include <regex>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "site_truth.hpp"
#include "support/nginx_server.hpp"

namespace fs = std::filesystem;
using wt::test::NginxServer;

namespace {

struct Measured {
  int status = -1;
  long max_rss_kib = 0;
  std::string wall;  ///< "m:ss.cc" as time prints it
  std::string output;
};

/// Runs `command` under /usr/bin/time -v; its own output is discarded.
Measured measure(const std::string& command) {
  const std::string cmd = "/usr/bin/time -v " + command + " 2>&1 >/dev/null";
  Measured m;
  FILE* p = ::popen(cmd.c_str(), "r");
  REQUIRE(p);
  char buf[4096];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) m.output.append(buf, n);
  const int st = ::pclose(p);
  m.status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
  std::smatch match;
  if (std::regex_search(m.output, match, std::regex(R"(Maximum resident set size \(kbytes\): (\d+))")))
    m.max_rss_kib = std::stol(match[1]);
  if (std::regex_search(m.output, match, std::regex(R"(Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+))")))
    m.wall = match[1];
  return m;
}

void write_file(const fs::path& p, const std::string& body) {
  fs::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << body;
}

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void replace_all(std::string& s, const std::string& from, const std::string& to) {
  for (size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size())) s.replace(at, from.size(), to);
}

}  // namespace

TEST_CASE("memory: 50 pages of 100,000 links each, served on loopback", "[.memory]") {
  wt::test::TempDir tmp("audit-mem-hostile");
  const fs::path root = tmp.path / "site";
  std::string home;
  for (int i = 0; i < 50; ++i) home += "<a href=\"/list-" + std::to_string(i) + ".html\">" + std::to_string(i) + "</a>\n";
  write_file(root / "index.html", "<!doctype html><title>Trường THCS Ngập Liên Kết</title><nav>" + home + "</nav>");
  for (int i = 0; i < 50; ++i) {
    std::string body = "<!doctype html><title>Danh sách " + std::to_string(i) + "</title>\n";
    body.reserve(5'000'000);
    // Every link distinct; on the site and off it in turn.
    for (int j = 0; j < 100'000; ++j) {
      if (j % 2) body += "<a href=\"/p/" + std::to_string(i) + "/" + std::to_string(j) + ".html\">tin " + std::to_string(j) + "</a>\n";
      else body += "<a href=\"http://x" + std::to_string(j) + ".example/" + std::to_string(i) + "\">x</a>\n";
    }
    write_file(root / ("list-" + std::to_string(i) + ".html"), body);
  }
  NginxServer server({root, "", ""});
  const std::string command = std::string(WT_BINARY) + " audit " + server.base_url() +
                              " --delay 0 --budget 600 -q --json " + (tmp.path / "a.json").string();
  const Measured m = measure(command);
  WARN("hostile case: /usr/bin/time -v " << command << "\n  exit " << m.status << ", wall " << m.wall
                                          << ", maximum resident set size " << m.max_rss_kib << " KiB ("
                                          << m.max_rss_kib / 1024 << " MiB)");
  CHECK(m.status == 0);  // the caps reached are per page: noted, not a failure
  CHECK(m.max_rss_kib < 512 * 1024);
  const auto json = nlohmann::json::parse(slurp(tmp.path / "a.json"));
  std::map<std::string, long> caps;
  for (const auto& l : json["sites"][0]["crawl"]["limits"]) caps[l["cap"].get<std::string>()] = l["count"].get<long>();
  WARN("pages " << json["sites"][0]["pages"] << ", limits " << json["sites"][0]["crawl"]["limits"].dump());
  CHECK(caps["links_per_page"] == 50);
  CHECK_FALSE(json["sites"][0].contains("error"));
}

TEST_CASE("memory: 100 ordinary sites (site.example built for each, each served by its nginx)", "[.memory]") {
  wt::test::TempDir tmp("audit-mem-100");
  const fs::path built = tmp.path / "built";
  const std::string placeholder = "http://127.0.0.1:1/";
  const std::string build = std::string(WT_BINARY) + " build " + WT_SOURCE_DIR + "/site.example -o " + built.string() +
                            " --base-url " + placeholder + " -q";
  REQUIRE(std::system(build.c_str()) == 0);
  std::vector<std::unique_ptr<NginxServer>> servers;
  std::string list;
  for (int i = 0; i < 100; ++i) {
    const fs::path root = tmp.path / ("site-" + std::to_string(i));
    fs::create_directories(root);
    servers.push_back(std::make_unique<NginxServer>(NginxServer::Options{root, "", ""}));
    const std::string base = servers.back()->base_url();
    // A copy of the built site, its own address in place of the placeholder.
    for (const auto& e : fs::recursive_directory_iterator(built)) {
      const fs::path to = root / fs::relative(e.path(), built);
      if (e.is_directory()) {
        fs::create_directories(to);
        continue;
      }
      std::string text = slurp(e.path());
      replace_all(text, placeholder, base);
      write_file(to, text);
    }
    list += base + " thcs\n";
  }
  write_file(tmp.path / "sites.txt", list);
  const std::string command = std::string(WT_BINARY) + " audit --list " + (tmp.path / "sites.txt").string() +
                              " --delay 0 --budget 600 -q --json " + (tmp.path / "a.json").string();
  const Measured m = measure(command);
  WARN("100 sites: /usr/bin/time -v " << command << "\n  exit " << m.status << ", wall " << m.wall
                                      << ", maximum resident set size " << m.max_rss_kib << " KiB ("
                                      << m.max_rss_kib / 1024 << " MiB)");
  CHECK(m.status == 0);
  CHECK(m.max_rss_kib < 1024 * 1024);
  const std::string json = slurp(tmp.path / "a.json");
  CHECK(json.find("\"error\"") == std::string::npos);
  // Every copy crawled as far as the one before it.
  std::smatch match;
  std::set<std::string> pages;
  for (auto it = json.cbegin(); std::regex_search(it, json.cend(), match, std::regex(R"re("pages": (\d+))re"));
       it = match[0].second)
    pages.insert(match[1]);
  WARN("pages per site: " << *pages.begin() << (pages.size() > 1 ? " (not all equal)" : ""));
  CHECK(pages.size() == 1);
  CHECK(std::stoi(*pages.begin()) > 200);
}

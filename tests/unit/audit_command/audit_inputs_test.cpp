// plugins/audit/command/audit_inputs: the --list and --input files.
#include <catch2/catch.hpp>

#include <sstream>

#include "audit/command/audit_inputs.hpp"

using namespace wt::audit;

namespace {

// The CSV reader is the host's (PluginHost::read_csv).
const wt::plugin::PluginHost& host() {
  static const auto h = wt::plugin::make_default_host();
  return *h;
}

std::string printed(const wt::DiagnosticSink& sink) {
  std::ostringstream out;
  sink.print(out);
  return out.str();
}

}  // namespace

TEST_CASE("site_key: scheme, case, www, default port and trailing slash do not matter") {
  CHECK(site_key("HTTPS://www.THCS-A.edu.vn:443/") == "thcs-a.edu.vn");
  CHECK(site_key("thcs-a.edu.vn") == "thcs-a.edu.vn");
  CHECK(site_key("http://thcs-a.edu.vn:80") == "thcs-a.edu.vn");
  CHECK(site_key("http://127.0.0.1:8771/") == "127.0.0.1:8771");
  CHECK(site_key("http://portal.edu.vn/thcs-a/?x=1#top") == "portal.edu.vn/thcs-a");
  CHECK(site_key("http://portal.edu.vn/thcs-a") != site_key("http://portal.edu.vn/thcs-b"));
}

TEST_CASE("site list: URL and optional type per line, comments, separators, BOM") {
  wt::DiagnosticSink sink;
  auto sites = read_site_list(
      "\xEF\xBB\xBF# Trường của phòng\n"
      "https://thcs-a.edu.vn/   thcs\n"
      "\n"
      "thpt-b.edu.vn, THPT   # khối THPT\n"
      "http://mn-c.edu.vn/\tmn\r\n"
      "th-d.edu.vn\n",
      "schools.txt", sink);
  CHECK(sink.error_count() == 0);
  REQUIRE(sites.size() == 4);
  CHECK(sites[0].url == "https://thcs-a.edu.vn/");
  CHECK(sites[0].type == "thcs");
  CHECK(sites[1].url == "http://thpt-b.edu.vn");
  CHECK(sites[1].type == "thpt");
  CHECK(sites[2].type == "mn");
  CHECK(sites[3].url == "http://th-d.edu.vn");
  CHECK(sites[3].type.empty());
}

TEST_CASE("site list: a bad type or address names the file, line and column") {
  wt::DiagnosticSink sink;
  auto sites = read_site_list("a.edu.vn thcs\nb.edu.vn  truong\nftp://c.edu.vn\n", "schools.txt", sink);
  CHECK(sites.size() == 1);
  const std::string out = printed(sink);
  CHECK(out.find("schools.txt:2:11: error: unknown school type 'truong' (one of mn, th, thcs, thpt, gdtx, pgd, sgd)") !=
        std::string::npos);
  CHECK(out.find("schools.txt:3:1: error: 'ftp://c.edu.vn' is not a web address") != std::string::npos);
}

TEST_CASE("score inputs: CSV with semicolons and Vietnamese numbers, keyed by site") {
  wt::DiagnosticSink sink;
  auto in = read_score_inputs(
      "url;visits_per_day;posts_to_portal\r\n"
      "https://www.thcs-a.edu.vn/;1.200;24\r\n"
      "thpt-b.edu.vn;350,5;\r\n",
      "inputs.csv", host(), sink);
  REQUIRE(in);
  CHECK(sink.error_count() == 0);
  REQUIRE(in->count("thcs-a.edu.vn"));
  CHECK(in->at("thcs-a.edu.vn").values.at("visits_per_day") == 1200);
  CHECK(in->at("thcs-a.edu.vn").values.at("posts_to_portal") == 24);
  CHECK(in->at("thpt-b.edu.vn").values.at("visits_per_day") == Approx(350.5));
  CHECK(in->at("thpt-b.edu.vn").values.count("posts_to_portal") == 0);  // empty cell: not measured
}

TEST_CASE("score inputs: JSON object per site") {
  wt::DiagnosticSink sink;
  auto in = read_score_inputs(R"({"http://thcs-a.edu.vn/": {"visits_per_day": 310, "posts_to_portal": "30"}})",
                              "inputs.json", host(), sink);
  REQUIRE(in);
  CHECK(in->at("thcs-a.edu.vn").values.at("visits_per_day") == 310);
  CHECK(in->at("thcs-a.edu.vn").values.at("posts_to_portal") == 30);
}

TEST_CASE("score inputs: errors point at the cell") {
  wt::DiagnosticSink sink;
  CHECK_FALSE(read_score_inputs("url,visits_per_day\nthcs-a.edu.vn,nhiều\n", "inputs.csv", host(), sink));
  CHECK(printed(sink).find("inputs.csv:2:15: error: visits_per_day: expected a number, not 'nhiều'") !=
        std::string::npos);

  wt::DiagnosticSink sink2;
  CHECK_FALSE(read_score_inputs("trường,visits_per_day\nthcs-a.edu.vn,3\n", "inputs.csv", host(), sink2));
  CHECK(printed(sink2).find("inputs.csv:1:1: error: the first column should be the site's address") !=
        std::string::npos);

  wt::DiagnosticSink sink3;
  CHECK_FALSE(read_score_inputs("{\"a\": {\"visits_per_day\": 3},\n \"b\": }", "inputs.json", host(), sink3));
  CHECK(printed(sink3).find("inputs.json:2:7: error:") != std::string::npos);
}

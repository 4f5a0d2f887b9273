// portal::site_key and match_audits: which audit belongs to which member.
#include <catch2/catch.hpp>

#include "portal/audit_match.hpp"

using namespace wt::portal;

TEST_CASE("portal::site_key normalises scheme, host, port and trailing slash", "[portal][dashboard]") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"https://sgd.example.vn/thcs-le-loi/", "https://sgd.example.vn/thcs-le-loi"},
      {"https://sgd.example.vn/thcs-le-loi", "https://sgd.example.vn/thcs-le-loi"},
      {"HTTPS://SGD.Example.VN:443/thcs-le-loi/index.html", "https://sgd.example.vn/thcs-le-loi"},
      {"http://sgd.example.vn:80/", "http://sgd.example.vn"},
      {"http://sgd.example.vn", "http://sgd.example.vn"},
      {"http://127.0.0.1:8053/", "http://127.0.0.1:8053"},
      {"https://sgd.example.vn:8443/a/?utm_source=x#top", "https://sgd.example.vn:8443/a"},
      {"https://sgd.example.vn/Thcs/", "https://sgd.example.vn/Thcs"},  // paths keep their case
  };
  for (const auto& [in, out] : cases) {
    INFO(in);
    REQUIRE(site_key(in));
    CHECK(*site_key(in) == out);
  }
  for (const char* bad : {"", "sgd.example.vn/a/", "ftp://sgd.example.vn/", "javascript:alert(1)", "https:///a",
                          "https://user@sgd.example.vn/"}) {
    INFO(bad);
    CHECK_FALSE(site_key(bad));
  }
}

TEST_CASE("portal::match_audits matches members by place, under a path or on their own host", "[portal][dashboard]") {
  PortalReport report;
  for (const char* url : {"https://sgd.example.vn/thcs-le-loi/", "https://thpt.example.edu.vn/",
                          "https://sgd.example.vn/th-a/", "http://sgd.example.vn/thcs-le-loi/", "not a url"}) {
    MemberReport m;
    m.url = url;
    report.members.push_back(m);
  }
  std::vector<AuditSnapshot> audits(5);
  audits[0].site_url = "https://sgd.example.vn/";              // the portal: matches no member under a path
  audits[1].site_url = "https://SGD.example.vn/thcs-le-loi";   // the first member
  audits[2].site_url = "https://thpt.example.edu.vn:443";      // the second
  audits[3].site_url = "https://sgd.example.vn/thcs-le-loi/";  // the first again, newer
  audits[3].started = 100;
  audits[4].site_url = "https://sgd.example.vn/th-a/sub/";  // below a member: not that member
  auto by_member = match_audits(report, audits);
  REQUIRE(by_member.size() == 5);
  CHECK(by_member[0] == &audits[3]);
  CHECK(by_member[1] == &audits[2]);
  CHECK(by_member[2] == nullptr);
  CHECK(by_member[3] == nullptr);  // http is another site than https
  CHECK(by_member[4] == nullptr);
}

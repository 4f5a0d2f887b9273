// portal.yaml: what a valid file gives, and the exact error of each bad field.
#include <catch2/catch.hpp>

#include <sstream>

#include "portal/portal_config.hpp"
#include "support/temp_site.hpp"

using namespace wt;
using namespace wt::portal;

namespace {

const std::string kHead =
    "name: \"Cổng Sở GDĐT Phú Thọ\"\n"
    "province: \"Phú Thọ\"\n"
    "base_url: \"https://phutho.edu.vn\"\n";

std::string errors(const std::string& text, std::optional<PortalConfig>* out = nullptr) {
  DiagnosticSink sink;
  auto cfg = parse_portal_config(text, "portal.yaml", "/p", sink);
  if (out) *out = cfg;
  std::ostringstream s;
  sink.print(s);
  if (!sink.has_errors()) CHECK(cfg.has_value());
  else CHECK_FALSE(cfg.has_value());
  return s.str();
}

std::string member(const std::string& extra) {
  return kHead + "members:\n  - slug: thcs-a\n    source: a\n    commune: \"phường Vĩnh Phúc\"\n    school_type: thcs\n" +
         extra;
}

}  // namespace

TEST_CASE("portal::parse_portal_config reads the portal and its members", "[portal]") {
  std::optional<PortalConfig> cfg;
  CHECK(errors(member("    managing_body: \"UBND phường Vĩnh Phúc\"\n"
                      "  - slug: mn-b\n    source: ../b\n    host: mnb.phutho.edu.vn\n    commune: xã Tam Dương\n"
                      "    school_type: mn\n  - slug: th-c\n    source: c\n    path: /truong-c/\n    commune: x\n"
                      "    school_type: th\n"),
               &cfg) == "");
  REQUIRE(cfg);
  CHECK(cfg->name == "Cổng Sở GDĐT Phú Thọ");
  CHECK(cfg->base_url == "https://phutho.edu.vn/");
  CHECK(cfg->rubric == "vinh-phuc-2016-2017");
  REQUIRE(cfg->members.size() == 3);
  CHECK(cfg->members[0].path == "/thcs-a/");
  CHECK(cfg->members[0].host == "");
  CHECK(cfg->members[0].managing_body == "UBND phường Vĩnh Phúc");
  CHECK(cfg->members[0].source_dir == "/p/a");
  CHECK(cfg->members[1].host == "mnb.phutho.edu.vn");
  CHECK(cfg->members[1].path == "");
  CHECK(cfg->members[1].source_dir == "/b");
  CHECK(cfg->members[2].path == "/truong-c/");
  CHECK(cfg->members[2].position.line == 15);
  CHECK(cfg->hash.size() == 32);
  for (const auto& m : cfg->members) CHECK(m.problems.empty());
}

TEST_CASE("portal::parse_portal_config names every bad field at file:line:col", "[portal]") {
  struct Case {
    std::string text, expected;
  };
  const std::vector<Case> cases = {
      {"name: [a\n",
       "portal.yaml:1:7: error: the list that opens with '[' here is never closed: add ']' at its end\n"
       "    1 | name: [a\n"
       "      |       ^\n"},
      {"- a\n", "portal.yaml:1:1: error: portal.yaml should be a mapping with name, province, base_url and members\n"},
      {kHead + "member: []\n",
       "portal.yaml:1:1: error: portal.yaml has no 'members'\n"
       "portal.yaml:4:1: error: unknown setting 'member' in portal.yaml (did you mean 'members'?)\n"},
      {"province: x\nbase_url: https://a.vn/\nmembers: []\n",
       "portal.yaml:1:1: error: portal.yaml has no 'name'\n"
       "portal.yaml:3:10: error: 'members' should be a list of member sites, each with 'slug' and 'source'\n"},
      {"name: x\nprovince: x\nbase_url: ftp://a.vn/\nmembers: []\n",
       "portal.yaml:3:11: error: 'base_url' should start with http:// or https://\n"
       "portal.yaml:4:10: error: 'members' should be a list of member sites, each with 'slug' and 'source'\n"},
      {"name: x\nprovince: x\nbase_url: https://a.vn/cong/\nmembers: []\n",
       "portal.yaml:3:11: error: 'base_url' should be the root of the portal's host, like https://phutho.edu.vn/, not the "
       "folder '/cong/'\n"
       "portal.yaml:4:10: error: 'members' should be a list of member sites, each with 'slug' and 'source'\n"},
      {member("    colour: blue\n"), "portal.yaml:9:5: error: unknown setting 'colour' in a member\n"},
      {member("    sorce: x\n"), "portal.yaml:9:5: error: unknown setting 'sorce' in a member (did you mean 'source'?)\n"},
      {member("    path: /a/b/\n"),
       "portal.yaml:9:11: error: the path '/a/b/' should be one folder of lower-case letters a-z, digits and '-', like "
       "/thcs-le-loi/\n"},
      {member("    path: /tin-tuc/\n"),
       "portal.yaml:9:11: error: the path '/tin-tuc/' is taken by the portal's own pages; choose another\n"},
      {member("    host: https://a.edu.vn/\n"),
       "portal.yaml:9:11: error: 'https://a.edu.vn/' is not a host name: write it in lower case without http:// or "
       "'/', like thcsleloi.phutho.edu.vn\n"},
      {member("    host: localhost\n"),
       "portal.yaml:9:11: error: 'localhost' is not a host name: write it in lower case without http:// or '/', like "
       "thcsleloi.phutho.edu.vn\n"},
      {member("    host: a.edu.vn\n    path: /a/\n"),
       "portal.yaml:9:11: error: a member has either 'path' or 'host', not both\n"},
      {member("  - slug: THCS B\n    source: b\n    commune: c\n    school_type: cap2\n"),
       "portal.yaml:9:11: error: the slug 'THCS B' should be lower-case letters a-z, digits and '-', like thcs-le-loi\n"
       "portal.yaml:12:18: error: 'cap2' is not a school type; write one of mn, th, thcs, thpt, gdtx, pgd, sgd\n"},
      {member("  - slug: b\n"),
       "portal.yaml:9:5: error: this member has no 'commune'\n"
       "portal.yaml:9:5: error: this member has no 'school_type'\n"
       "portal.yaml:9:5: error: this member has no 'source'\n"},
      {member("  - b\n"),
       "portal.yaml:9:5: error: each member should have 'slug', 'source', 'commune' and 'school_type'\n"},
      {member("    commune: [a]\n"),
       "portal.yaml:9:5: error: the key 'commune' is written twice\n"
       "    9 |     commune: [a]\n"
       "      |     ^\n"},
      {kHead + "rubric: Vinh Phuc\nmembers: []\n",
       "portal.yaml:4:9: error: 'rubric' should name a rubric of schemas/rubrics/, like vinh-phuc-2016-2017\n"
       "portal.yaml:5:10: error: 'members' should be a list of member sites, each with 'slug' and 'source'\n"},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    CHECK(errors(c.text) == c.expected);
  }
}

TEST_CASE("portal::parse_portal_config leaves members that clash unbuilt, not the portal", "[portal]") {
  std::optional<PortalConfig> cfg;
  CHECK(errors(member("  - slug: thcs-a\n    source: b\n    commune: c\n    school_type: th\n"
                      "  - slug: thcs-c\n    source: c\n    path: /thcs-a/\n    commune: c\n    school_type: th\n"
                      "  - slug: h1\n    source: h\n    host: h.edu.vn\n    commune: c\n    school_type: th\n"
                      "  - slug: h2\n    source: h\n    host: h.edu.vn\n    commune: c\n    school_type: th\n"),
               &cfg) == "");
  REQUIRE(cfg);
  REQUIRE(cfg->members.size() == 5);
  CHECK(cfg->members[0].problems.empty());
  CHECK(cfg->members[1].problems == std::vector<std::string>{
                                        "portal.yaml:9:5: error: two members with the slug 'thcs-a': this one ('thcs-a') "
                                        "is not built; the member at portal.yaml:5:5 ('thcs-a') has it"});
  CHECK(cfg->members[2].problems == std::vector<std::string>{
                                        "portal.yaml:13:5: error: two members with the path '/thcs-a/': this one "
                                        "('thcs-c') is not built; the member at portal.yaml:5:5 ('thcs-a') has it"});
  CHECK(cfg->members[3].problems.empty());
  CHECK(cfg->members[4].problems == std::vector<std::string>{
                                        "portal.yaml:23:5: error: two members with the host 'h.edu.vn': this one ('h2') "
                                        "is not built; the member at portal.yaml:18:5 ('h1') has it"});
}

TEST_CASE("portal::load_portal_config marks a member whose source folder is missing", "[portal]") {
  test::TempSite dir("-- portal.yaml --\n" + member("  - slug: b\n    source: thieu\n    commune: c\n    school_type: th\n") +
                     "-- a/site.yaml --\nname: A\n");
  DiagnosticSink sink;
  auto cfg = load_portal_config(dir.path(), sink);
  REQUIRE(cfg);
  CHECK_FALSE(sink.has_errors());
  CHECK(cfg->members[0].problems.empty());
  const std::string file = (dir.path() / "portal.yaml").string();
  CHECK(cfg->members[1].problems ==
        std::vector<std::string>{file + ":10:13: error: the source folder 'thieu' of member 'b' does not exist; the member "
                                        "is not built"});
}

TEST_CASE("portal::load_portal_config says when there is no portal.yaml", "[portal]") {
  test::TempSite dir("-- a.txt --\n");
  DiagnosticSink sink;
  CHECK_FALSE(load_portal_config(dir.path(), sink));
  std::ostringstream s;
  sink.print(s);
  CHECK(s.str() == (dir.path() / "portal.yaml").string() +
                       ": error: cannot read portal.yaml: there is none (a portal folder holds portal.yaml, see "
                       "docs/portal.md)\n");
}

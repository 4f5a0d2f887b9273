// The portal's state file (portal_state.hpp): member reports in their
// compact encoding read back equal, a damaged or foreign file is refused
// with the reason, and a build that finds it damaged builds every member
// again (and still gives a full build's bytes). The member fingerprint's
// racy rule: recently stamped files are covered by their contents.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "core/file_io.hpp"
#include "core/thread_pool.hpp"
#include "portal/member_fingerprint.hpp"
#include "portal/portal_build.hpp"
#include "portal/portal_state.hpp"
#include "portal_tree.hpp"
#include "support/temp_site.hpp"

namespace fs = std::filesystem;
using namespace wt;
using namespace wt::portal;

namespace {

constexpr int64_t kNow = 1781481600;  // 2026-06-15T00:00:00Z
const fs::path kFixture = fs::path(WT_TEST_FIXTURES) / "portals" / "basic";

struct TempDir {
  fs::path path = test::make_temp_dir("wt-portal-state");
  ~TempDir() { fs::remove_all(path); }
};

MemberReport sample_member() {
  MemberReport m;
  m.slug = "thcs-nguyen-du";
  m.name = "Trường THCS Nguyễn Du";
  m.school_type = "thcs";
  m.commune = "phường Vĩnh Phúc";
  m.managing_body = "UBND phường Vĩnh Phúc";
  m.url = "https://so.example.edu.vn/thcs-nguyen-du/";
  m.built = true;
  m.diagnostics = {"site.yaml:3:7: error: x"};
  m.requirements = {{"gioi_thieu", "Giới thiệu", "ok", "content/gioi-thieu/_index.md", ""},
                    {"cong_khai", "Công khai", "stale", "", "chưa có năm học 2026-2027"}};
  m.posts_in_window = 31;
  m.posts_per_week = 2.5;
  m.window_since = "2026-09-05";
  m.window_until = "2026-12-06";
  m.score = {{"3.1a", "Thủ tục hành chính", 2, 4, true}, {"3.1d", "Tin bài dùng trên cổng", 0, 2, false}};
  m.score_total = 71.5;
  m.score_max = 100;
  m.posts_used = {{2025, 26}, {2026, 3}};
  m.latest_post = 1780000000;
  m.host = "thcsnguyendu.example.edu.vn";
  m.address = "1 Hùng Vương";
  m.phone = "0210 3846 123";
  m.email = "c2nguyendu@example.edu.vn";
  m.posts = {{"Khai giảng", "https://x/tin-tuc/khai-giang/", 1780000000, "05/09/2026", "2026-09-05T07:30:00+07:00",
              "Lễ khai giảng", true},
             {"Họp", "https://x/tin-tuc/hop/", 1779000000, "24/05/2026", "2026-05-24T08:00:00+07:00", "", false}};
  return m;
}

PortalState sample_state() {
  PortalState s;
  s.members["www/thcs-nguyen-du/"] = {"thcs-nguyen-du", std::string(32, 'a'), {1234, 1780000000123456789},
                                      {"content/tin-tuc/a.md"}, encode_member_report(sample_member())};
  MemberReport other = sample_member();
  other.slug = "mn-b";
  other.posts.clear();
  s.members["hosts/mnb.example.edu.vn/"] = {"mn-b", std::string(32, 'b'), {9, 8}, {}, encode_member_report(other)};
  return s;
}

std::string why_refused(const std::string& bytes) {
  std::string why;
  CHECK_FALSE(decode_portal_state(bytes, &why));
  return why;
}

void write(const fs::path& file, const std::string& text) {
  fs::create_directories(file.parent_path());
  std::ofstream(file, std::ios::binary) << text;
}

struct Built {
  bool ok = false;
  PortalResult result;
};

Built build(const fs::path& portal, const fs::path& out, bool full = false) {
  PortalBuildOptions opt;
  opt.portal_dir = portal;
  opt.out_dir = out;
  opt.now = kNow;
  opt.full = full;
  opt.theme_dirs = {fs::path(WT_SOURCE_DIR) / "themes"};
  ThreadPool pool(2);
  DiagnosticSink sink;
  std::ostringstream members;
  Built b;
  b.ok = build_portal(opt, pool, sink, members, &b.result);
  return b;
}

}  // namespace

TEST_CASE("portal::encode_member_report reads back equal, and refuses what is not a whole report", "[portal][state]") {
  const MemberReport m = sample_member();
  const std::string bytes = encode_member_report(m);
  auto back = decode_member_report(bytes);
  REQUIRE(back);
  PortalReport a, b;
  a.members = {*back};
  b.members = {m};
  CHECK(to_json(a) == to_json(b));
  CHECK_FALSE(decode_member_report(bytes.substr(0, bytes.size() - 1)));
  CHECK_FALSE(decode_member_report(bytes + "x"));
  CHECK_FALSE(decode_member_report(""));
  std::string other_version = bytes;
  other_version[0] = '\x7f';
  CHECK_FALSE(decode_member_report(other_version));
  // A count larger than the bytes could hold is refused before anything is reserved.
  std::string huge = bytes;
  const size_t diagnostics_count = 4 + (4 + m.slug.size()) + (4 + m.name.size()) + (4 + m.school_type.size()) +
                                   (4 + m.commune.size()) + (4 + m.managing_body.size()) + (4 + m.url.size()) + 1;
  huge.replace(diagnostics_count, 4, std::string("\xff\xff\xff\x7f", 4));
  CHECK_FALSE(decode_member_report(huge));
}

TEST_CASE("portal::decode_portal_state reads back what was written and says why it refuses a file", "[portal][state]") {
  const PortalState s = sample_state();
  const std::string bytes = encode_portal_state(s);
  CHECK(bytes.rfind("webtruong portal state 1\n", 0) == 0);
  std::string why;
  auto back = decode_portal_state(bytes, &why);
  REQUIRE(back);
  CHECK(*back == s);
  CHECK(decode_portal_state(encode_portal_state({}), &why) == PortalState{});

  CHECK(why_refused("webtruong portal state 2\n" + bytes.substr(25)) == "it is not a portal state of this version");
  CHECK(why_refused("") == "it is not a portal state of this version");
  CHECK(why_refused(bytes.substr(0, bytes.size() - 10)) == "it is truncated");
  std::string flipped = bytes;
  flipped[40] ^= 1;
  CHECK(why_refused(flipped) == "its checksum is wrong");
  // A body with a right checksum that does not hold what it says.
  const std::string body = "webtruong portal state 1\n" + std::string("\x05\0\0\0", 4) + "junk";
  CHECK(why_refused(body + "checksum " + hash_bytes(body).hex() + "\n") == "its contents are malformed");
}

TEST_CASE("portal::build_portal: a damaged state file is ignored, every member is built again", "[portal][state]") {
  TempDir tmp;
  const fs::path portal = tmp.path / "portal", out = tmp.path / "out", full = tmp.path / "full";
  fs::copy(kFixture, portal, fs::copy_options::recursive);
  write(portal / "members/th-hong/content/tin-tuc/loi.md", "---\ntitle: Tin đúng\ndate: 28/02/2026\n---\nĐã sửa.\n");
  REQUIRE(build(portal, out).ok);
  CHECK(build(portal, out).result.skipped == 3);
  // One byte changed, its size and modification time kept: the portal's
  // cache still trusts the file, the state file's checksum does not.
  const fs::path state = out / kStatePath;
  const auto mtime = fs::last_write_time(state);
  std::string bytes = *read_file(state);
  bytes[bytes.size() / 2] ^= 1;
  write(state, bytes);
  fs::last_write_time(state, mtime);
  std::string why;
  CHECK_FALSE(read_portal_state(out, &why));
  CHECK(why == "its checksum is wrong");
  Built again = build(portal, out);
  CHECK(again.ok);
  CHECK(again.result.incremental);
  CHECK(again.result.skipped == 0);
  CHECK(read_portal_state(out));
  REQUIRE(build(portal, full, true).ok);
  CHECK(test::read_published(out) == test::read_published(full));
  CHECK(build(portal, out).result.skipped == 3);
}

TEST_CASE("portal::member_fingerprint covers the contents of recently stamped files only", "[portal][state]") {
  TempDir tmp;
  const fs::path site = tmp.path / "site";
  write(site / "site.yaml", "name: x\n");
  write(site / "content/tin-tuc/a.md", "---\ntitle: A\n---\nA.\n");
  write(site / "public/index.html", "ignored\n");
  PortalMember m;
  m.slug = "thcs-a";
  m.source_dir = site;
  PortalConfig portal;
  const int64_t now = wall_clock_ns();
  auto fresh = member_fingerprint(m, "u", portal, "shared", kNow, {}, now);
  REQUIRE(fresh);
  CHECK(fresh->racy == std::vector<std::string>{"content/tin-tuc/a.md", "site.yaml"});
  // An hour later the files are old enough: none is read, unless the kept
  // fingerprint covered its contents.
  const int64_t later = now + int64_t{3600} * 1'000'000'000;
  ContentHash compare;
  auto old = member_fingerprint(m, "u", portal, "shared", kNow, fresh->racy, later, &compare);
  REQUIRE(old);
  CHECK(old->racy.empty());
  CHECK_FALSE(old->hash == fresh->hash);
  CHECK(compare == fresh->hash);  // nothing changed: the kept fingerprint matches
  CHECK(*member_fingerprint(m, "u", portal, "shared", kNow, {}, later) == *old);
  // Output of the member's own build (public/) is not an input.
  write(site / "public/index.html", "changed\n");
  CHECK(member_fingerprint(m, "u", portal, "shared", kNow, {}, later)->hash == old->hash);
  // An edit changes the compared fingerprint; so does another day or entry.
  write(site / "content/tin-tuc/a.md", "---\ntitle: A\n---\nB.\n");
  member_fingerprint(m, "u", portal, "shared", kNow, fresh->racy, later, &compare);
  CHECK_FALSE(compare == fresh->hash);
  CHECK_FALSE(member_fingerprint(m, "u", portal, "shared", kNow + 86400, {}, later)->hash ==
              member_fingerprint(m, "u", portal, "shared", kNow, {}, later)->hash);
  // A name in the kept list that leaves the folder is not read.
  CHECK(member_fingerprint(m, "u", portal, "shared", kNow, {"../x", "/etc/passwd"}, later)->racy.empty());
}

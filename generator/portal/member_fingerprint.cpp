#include "portal/member_fingerprint.hpp"

#include <sys/stat.h>

#include <algorithm>

#include "core/file_io.hpp"
#include "site/load_site.hpp"
#include "site/site_check.hpp"
#include "version/build_info.hpp"

namespace fs = std::filesystem;

namespace wt::portal {
namespace {

constexpr int64_t kVietnamOffset = 7 * 3600;

std::string stat_line(const struct stat& st) {
  return std::to_string(st.st_mode & S_IFMT) + " " + std::to_string(st.st_size) + " " +
         std::to_string(st.st_mtim.tv_sec) + "." + std::to_string(st.st_mtim.tv_nsec) + " " +
         std::to_string(st.st_ctim.tv_sec) + "." + std::to_string(st.st_ctim.tv_nsec) + " " + std::to_string(st.st_ino);
}

// True for what a member's build does not read at the top of its folder:
// its own output (public/) and what builds into it leave beside it.
bool left_out(const fs::path& rel) {
  const std::string top = rel.begin()->string();
  return top == "public" || top.rfind(".public.", 0) == 0;
}

// One line per entry under `dir` (name and stat), sorted; false when the
// tree cannot be listed or holds a link to a folder (what it reads is elsewhere).
bool tree_lines(const fs::path& dir, bool skip_output, std::vector<std::string>& lines) {
  std::error_code ec;
  fs::recursive_directory_iterator it(dir, fs::directory_options::none, ec), end;
  if (ec) return false;
  for (; it != end; it.increment(ec)) {
    if (ec) return false;
    const fs::path rel = it->path().lexically_relative(dir);
    if (skip_output && it.depth() == 0 && left_out(rel)) {
      if (it->is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    struct stat st;
    if (::lstat(it->path().c_str(), &st) != 0) return false;
    if (S_ISLNK(st.st_mode)) {
      if (::stat(it->path().c_str(), &st) != 0) {
        lines.push_back(rel.generic_string() + "\n" + "dangling link");
        continue;
      }
      if (S_ISDIR(st.st_mode)) return false;
    }
    lines.push_back(rel.generic_string() + "\n" + stat_line(st));
  }
  return !ec;
}

ContentHash hash_lines(std::vector<std::string>& lines, HashBuilder& b) {
  std::sort(lines.begin(), lines.end());
  for (const auto& l : lines) b.add(l);
  return b.finish();
}

}  // namespace

std::string shared_inputs_stamp(const std::vector<fs::path>& theme_dirs) {
  HashBuilder b;
  b.add("webtruong portal member 1");
  b.add(version::build_info().id);
  auto dirs = theme_dirs.empty() ? site::default_theme_dirs() : theme_dirs;
  dirs.push_back(site::find_schemas_dir());
  for (const auto& d : dirs) {
    std::vector<std::string> lines;
    b.add(d.string());
    b.add(tree_lines(d, false, lines) ? "listed" : "unlisted");
    std::sort(lines.begin(), lines.end());
    for (const auto& l : lines) b.add(l);
  }
  return b.finish().hex();
}

std::optional<ContentHash> member_fingerprint(const PortalMember& m, const std::string& url, const PortalConfig& portal,
                                              const std::string& shared, int64_t now) {
  HashBuilder b;
  b.add(shared);
  for (const std::string& part : {m.slug, m.source_dir.string(), m.path, m.host, m.commune, m.school_type,
                                  m.managing_body, url, portal.base_url, portal.rubric})
    b.add(part);
  const int64_t local = now + kVietnamOffset;
  b.add(std::to_string(local / 86400 - (local % 86400 < 0 ? 1 : 0)));
  std::vector<std::string> lines;
  if (!tree_lines(m.source_dir, true, lines)) return std::nullopt;
  return hash_lines(lines, b);
}

std::optional<MemberState> read_member_state(const fs::path& folder) {
  auto text = read_regular_file(folder / kMemberStateFile, nullptr, uint64_t{1} << 26);
  if (!text) return std::nullopt;
  auto j = nlohmann::json::parse(*text, nullptr, false);
  if (j.is_discarded() || !j.is_object()) return std::nullopt;
  const auto fp = j.find("fingerprint"), size = j.find("cache_size"), mtime = j.find("cache_mtime_ns"),
             report = j.find("report");
  if (fp == j.end() || !fp->is_string() || size == j.end() || !size->is_number_unsigned() || mtime == j.end() ||
      !mtime->is_number_integer() || report == j.end())
    return std::nullopt;
  std::string error;
  auto r = portal_report_from_json(*report, &error);
  if (!r || r->members.size() != 1) return std::nullopt;
  MemberState s;
  s.fingerprint = fp->get<std::string>();
  s.cache = {size->get<uint64_t>(), mtime->get<int64_t>()};
  s.report = std::move(r->members.front());
  return s;
}

bool write_member_state(const fs::path& folder, const MemberState& state) {
  PortalReport one;
  one.members.push_back(state.report);
  nlohmann::json j;
  j["fingerprint"] = state.fingerprint;
  j["cache_size"] = state.cache.size;
  j["cache_mtime_ns"] = state.cache.mtime_ns;
  j["report"] = to_json(one);
  std::string error;
  return write_file_replacing(folder / kMemberStateFile, j.dump() + "\n", &error);
}

}  // namespace wt::portal

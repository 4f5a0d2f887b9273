#include "portal/member_fingerprint.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <map>
#include <set>

#include "core/file_io.hpp"
#include "site/load_site.hpp"
#include "site/site_check.hpp"
#include "version/build_info.hpp"

namespace fs = std::filesystem;

namespace wt::portal {
namespace {

constexpr int64_t kVietnamOffset = 7 * 3600;

int64_t ns(const struct timespec& t) { return static_cast<int64_t>(t.tv_sec) * 1'000'000'000 + t.tv_nsec; }

// Closes a folder's descriptor when the walk leaves it.
struct Fd {
  int fd;
  explicit Fd(int f) : fd(f) {}
  ~Fd() {
    if (fd >= 0) ::close(fd);
  }
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
};

// Walks a source folder with openat/fstatat: each entry's relative name and
// stat go into the hash, folder by folder in name order; regular files
// stamped at or after `racy_from` are collected for their contents.
class TreeHasher {
 public:
  TreeHasher(HashBuilder& b, int64_t racy_from, bool skip_output) : b_(b), racy_from_(racy_from), skip_(skip_output) {}

  // False when the folder cannot be listed or holds a link to a folder.
  bool walk(int dirfd, const std::string& prefix, bool top) {
    std::vector<std::string> names;
    {
      const int dup = ::dup(dirfd);
      if (dup < 0) return false;
      DIR* d = ::fdopendir(dup);
      if (!d) {
        ::close(dup);
        return false;
      }
      while (const dirent* e = ::readdir(d)) {
        const std::string_view n = e->d_name;
        if (n == "." || n == "..") continue;
        // The member's own output and its photo cache (.webtruong-cache/, written by
        // each build of a member with photos) are not inputs.
        if (top && skip_ && (n == "public" || n.rfind(".public.", 0) == 0 || n == ".webtruong-cache")) continue;
        names.emplace_back(n);
      }
      ::closedir(d);
    }
    std::sort(names.begin(), names.end());
    for (const auto& name : names) {
      struct stat st;
      if (::fstatat(dirfd, name.c_str(), &st, AT_SYMLINK_NOFOLLOW) != 0) return false;
      const std::string rel = prefix + name;
      if (S_ISLNK(st.st_mode)) {
        if (::fstatat(dirfd, name.c_str(), &st, 0) != 0) {
          b_.add(rel);
          b_.add("dangling link");
          continue;
        }
        if (S_ISDIR(st.st_mode)) return false;
      }
      add(rel, st);
      if (S_ISREG(st.st_mode) && std::max(ns(st.st_mtim), ns(st.st_ctim)) >= racy_from_) racy.push_back(rel);
      if (S_ISDIR(st.st_mode)) {
        Fd sub(::openat(dirfd, name.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
        if (sub.fd < 0 || !walk(sub.fd, rel + "/", false)) return false;
      }
    }
    return true;
  }

  std::vector<std::string> racy;

 private:
  void add(const std::string& rel, const struct stat& st) {
    const int64_t fields[] = {static_cast<int64_t>(st.st_mode & S_IFMT), static_cast<int64_t>(st.st_size),
                              ns(st.st_mtim), ns(st.st_ctim), static_cast<int64_t>(st.st_ino)};
    b_.add(rel);
    b_.add(std::string_view(reinterpret_cast<const char*>(fields), sizeof fields));
  }
  HashBuilder& b_;
  int64_t racy_from_;
  bool skip_;
};

bool hash_tree(const fs::path& dir, bool skip_output, int64_t racy_from, HashBuilder& b,
               std::vector<std::string>* racy) {
  Fd fd(::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  if (fd.fd < 0) return false;
  TreeHasher t(b, racy_from, skip_output);
  if (!t.walk(fd.fd, "", true)) return false;
  if (racy) *racy = std::move(t.racy);
  return true;
}

// A name the walk could have made: relative, without "." or ".." steps.
bool safe_relative(const std::string& rel) {
  if (rel.empty() || rel.front() == '/') return false;
  for (size_t at = 0; at <= rel.size();) {
    size_t end = rel.find('/', at);
    if (end == std::string::npos) end = rel.size();
    const std::string_view step(rel.data() + at, end - at);
    if (step.empty() || step == "." || step == "..") return false;
    at = end + 1;
  }
  return true;
}

}  // namespace

int64_t wall_clock_ns() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::system_clock::now().time_since_epoch())
      .count();
}

std::string shared_inputs_stamp(const std::vector<fs::path>& theme_dirs) {
  HashBuilder b;
  b.add("webtruong portal member 2");
  b.add(version::build_info().id);
  auto dirs = theme_dirs.empty() ? site::default_theme_dirs() : theme_dirs;
  dirs.push_back(site::find_schemas_dir());
  for (const auto& d : dirs) {
    b.add(d.string());
    b.add(hash_tree(d, false, INT64_MAX, b, nullptr) ? "listed" : "unlisted");
  }
  return b.finish().hex();
}

std::optional<Fingerprint> member_fingerprint(const PortalMember& m, const std::string& url, const PortalConfig& portal,
                                              const std::string& shared, int64_t now,
                                              const std::vector<std::string>& recheck, int64_t clock_ns,
                                              ContentHash* compare) {
  HashBuilder b;
  b.add(shared);
  for (const std::string& part : {m.slug, m.source_dir.string(), m.path, m.host, m.commune, m.school_type,
                                  m.managing_body, url, portal.base_url, portal.rubric})
    b.add(part);
  const int64_t local = now + kVietnamOffset;
  b.add(std::to_string(local / 86400 - (local % 86400 < 0 ? 1 : 0)));
  Fingerprint fp;
  if (!hash_tree(m.source_dir, true, clock_ns - kRacyMarginNs, b, &fp.racy)) return std::nullopt;
  const ContentHash stats = b.finish();
  // The contents of the racy files, and of those the compared fingerprint covered.
  std::set<std::string> both(fp.racy.begin(), fp.racy.end());
  for (const auto& rel : recheck)
    if (safe_relative(rel)) both.insert(rel);
  std::map<std::string, std::string> contents;
  for (const auto& rel : both) {
    auto bytes = read_regular_file(m.source_dir / rel, nullptr, uint64_t{1} << 30);
    contents[rel] = bytes ? hash_bytes(*bytes).hex() : "unreadable";
  }
  auto with = [&](const auto& files) {
    HashBuilder h;
    h.add(stats);
    h.add("contents");
    for (const auto& rel : files) {
      h.add(rel);
      h.add(contents.at(rel));
    }
    return h.finish();
  };
  fp.hash = with(fp.racy);
  if (compare) *compare = with(both);
  return fp;
}

}  // namespace wt::portal

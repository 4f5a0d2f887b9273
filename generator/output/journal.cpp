#include "output/journal.hpp"

#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "core/content_hash.hpp"
#include "core/file_io.hpp"
#include "output/build_cache.hpp"
#include "output/output_writer.hpp"

namespace fs = std::filesystem;

namespace wt::output {
namespace {

constexpr std::string_view kHeader = "webtruong journal 1\n";
constexpr std::string_view kChecksum = "checksum ";

bool fail(std::string* why, std::string text) {
  if (why) *why = std::move(text);
  return false;
}

bool sync_folder(const fs::path& dir) {
  UniqueFd fd(::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  return fd && ::fsync(fd.get()) == 0;
}

// mkdir -p of the folders between out_dir and `file`.
bool make_parents(const fs::path& out_dir, const std::string& rel) {
  size_t slash = 0;
  while ((slash = rel.find('/', slash + 1)) != std::string::npos) {
    const fs::path dir = out_dir / rel.substr(0, slash);
    if (::mkdir(dir.c_str(), 0755) != 0 && errno != EEXIST) return false;
  }
  return true;
}

// Removes the folders of `rel` that are left empty, deepest first.
void remove_empty_parents(const fs::path& out_dir, std::string rel) {
  for (size_t slash = rel.rfind('/'); slash != std::string::npos; slash = rel.rfind('/')) {
    rel.resize(slash);
    if (::rmdir((out_dir / rel).c_str()) != 0) return;
  }
}

bool apply_step(const fs::path& out_dir, const JournalStep& s, std::string* error) {
  const fs::path target = out_dir / s.rel;
  if (s.op == JournalStep::Op::Remove) {
    if (::unlink(target.c_str()) != 0 && errno != ENOENT)
      return fail(error, "cannot remove '" + s.rel + "': " + std::strerror(errno));
    remove_empty_parents(out_dir, s.rel);
    return true;
  }
  const fs::path from = out_dir / s.from;
  struct stat st;
  if (::lstat(from.c_str(), &st) != 0) return true;  // renamed by the run that was stopped
  if (!make_parents(out_dir, s.rel) || ::rename(from.c_str(), target.c_str()) != 0)
    return fail(error, "cannot put '" + s.rel + "' in place: " + std::strerror(errno));
  return true;
}

bool parse_step(std::string_view line, Journal& j) {
  JournalStep s;
  if (line.substr(0, 7) == "remove ") {
    s.op = JournalStep::Op::Remove;
    s.rel = std::string(line.substr(7));
  } else if (line.substr(0, 7) == "rename ") {
    line.remove_prefix(7);
    const size_t space = line.find(' ');
    if (space == std::string_view::npos) return false;
    s.from = std::string(line.substr(0, space));
    s.rel = std::string(line.substr(space + 1));
    if (s.from.rfind(std::string(kStagingDir) + "/", 0) != 0 || !is_safe_relative_path(s.from)) return false;
  } else {
    return false;
  }
  if (!is_safe_relative_path(s.rel)) return false;
  j.steps.push_back(std::move(s));
  return true;
}

}  // namespace

std::string encode_journal(const Journal& journal) {
  std::string text(kHeader);
  for (const auto& s : journal.steps)
    text += s.op == JournalStep::Op::Remove ? "remove " + s.rel + "\n" : "rename " + s.from + " " + s.rel + "\n";
  text += std::string(kChecksum) + hash_bytes(text).hex() + "\n";
  return text;
}

std::optional<Journal> decode_journal(std::string_view text, std::string* why) {
  if (text.substr(0, kHeader.size()) != kHeader) {
    fail(why, "it is not a journal of this version");
    return std::nullopt;
  }
  const size_t last = text.size() >= 2 ? text.rfind('\n', text.size() - 2) : std::string_view::npos;
  if (text.back() != '\n' || last == std::string_view::npos || text.substr(last + 1, kChecksum.size()) != kChecksum ||
      text.substr(last + 1 + kChecksum.size()) != hash_bytes(text.substr(0, last + 1)).hex() + "\n") {
    fail(why, "its checksum is wrong");
    return std::nullopt;
  }
  Journal j;
  std::string_view rest = text.substr(kHeader.size(), last + 1 - kHeader.size());
  for (size_t line_no = 2; !rest.empty(); ++line_no) {
    const size_t nl = rest.find('\n');
    if (!parse_step(rest.substr(0, nl), j)) {
      fail(why, "it is malformed at line " + std::to_string(line_no));
      return std::nullopt;
    }
    rest.remove_prefix(nl + 1);
  }
  return j;
}

bool write_journal(const fs::path& out_dir, const Journal& journal, std::string* error) {
  const fs::path path = out_dir / kJournalFile;
  const fs::path tmp = out_dir / (std::string(kJournalFile) + ".new");
  const std::string text = encode_journal(journal);
  UniqueFd fd(::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0644));
  if (!fd || !write_all(fd.get(), text) || ::fsync(fd.get()) != 0 || ::close(fd.release()) != 0 ||
      ::rename(tmp.c_str(), path.c_str()) != 0 || !sync_folder(path.parent_path()))
    return fail(error, std::string("cannot write the journal: ") + std::strerror(errno));
  return true;
}

bool apply_journal(const fs::path& out_dir, const Journal& journal, const JournalHook& hook, std::string* error) {
  for (size_t i = 0; i < journal.steps.size(); ++i) {
    if (!apply_step(out_dir, journal.steps[i], error)) return false;
    if (hook && !hook(i + 1)) return fail(error, "stopped after " + std::to_string(i + 1) + " steps");
  }
  return true;
}

void remove_journal(const fs::path& out_dir) {
  ::unlink((out_dir / kJournalFile).c_str());
  sync_folder(out_dir / kStateDir);
}

}  // namespace wt::output

// Journal: the renames and removals that turn an output folder into the
// next build's, written down before the first of them, so that a build
// killed half-way is completed (rolled forward) by the next run.
//
// An incremental build writes each changed file under `.webtruong/tmp/` in
// the output folder, then writes the journal (`.webtruong/journal`: written
// to a temporary name, fsync'ed, renamed into place, its folder fsync'ed),
// then removes the outputs no longer planned, renames each new file into
// place and, last, the new cache over the old one, and removes the journal.
// Every step can be done again: a rename whose source is gone was done, a
// removal of a missing file was done. So apply_journal() on what a killed
// run left gives the folder the complete run would have given.
//
// The text is versioned and closed by a checksum (like output/build_cache):
//
//   webtruong journal 1
//   remove tin-tuc/old/index.html
//   rename .webtruong/tmp/0 tin-tuc/a/index.html
//   rename .webtruong/tmp/cache .webtruong/cache
//   checksum <32 hex>
//
//   wt::output::Journal j;
//   j.steps.push_back({wt::output::JournalStep::Op::Rename, ".webtruong/tmp/0", "index.html"});
//   if (write_journal(out_dir, j, &error) && apply_journal(out_dir, j, {}, &error)) remove_journal(out_dir);
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace wt::output {

/// The journal, relative to the output folder.
inline constexpr const char* kJournalFile = ".webtruong/journal";
/// Where files wait to be renamed into place, relative to the output folder.
inline constexpr const char* kStagingDir = ".webtruong/tmp";

struct JournalStep {
  enum class Op { Rename, Remove };
  Op op = Op::Rename;
  std::string from;  ///< Rename: the file under kStagingDir (relative to the output folder)
  std::string rel;   ///< the output path renamed to or removed
  bool operator==(const JournalStep&) const = default;
};

struct Journal {
  std::vector<JournalStep> steps;  ///< in the order they are applied
  bool operator==(const Journal&) const = default;
};

std::string encode_journal(const Journal& journal);
/// nullopt and `why` when the text is not a whole journal of this version.
std::optional<Journal> decode_journal(std::string_view text, std::string* why);

/// Writes `journal` to out_dir/kJournalFile durably (fsync of the file and
/// of its folder) before returning true.
bool write_journal(const std::filesystem::path& out_dir, const Journal& journal, std::string* error);

/// Test seam: called after each step applied, with the number done so far;
/// returning false stops there, as if the process had been killed.
using JournalHook = std::function<bool(size_t steps_done)>;

/// Applies every step (see above: each may already have been done). Parent
/// folders are made for renames; folders left empty by removals are
/// removed. false with `error` when a step fails, or when the hook stopped it.
bool apply_journal(const std::filesystem::path& out_dir, const Journal& journal, const JournalHook& hook,
                   std::string* error);

/// Removes the journal (after it was applied).
void remove_journal(const std::filesystem::path& out_dir);

}  // namespace wt::output

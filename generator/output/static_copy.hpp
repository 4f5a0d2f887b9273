// Static copying: a file published as it is (a stylesheet, a PDF form, an
// image beside a post) goes from the FileSystem it was found in to the
// OutputWriter. Files on a disk are copied by the writer without passing
// through memory (a DiskWriter may clone or link them); files in memory are
// written from their bytes.
//
//   wt::output::copy_static_file(files, "/site/static/css/a.css", "css/a.css", writer);
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "output/output_writer.hpp"

namespace wt {
class FileSystem;
}

namespace wt::output {

/// No limit on the size of a file published as it is (a video, an archive):
/// it is copied, not parsed. 16 GB guards against a device that never ends.
inline constexpr uint64_t kMaxStaticFileBytes = uint64_t{1} << 34;

/// Copies the file `src` of `files` to `rel` in `writer`. false when it
/// cannot be read or written.
bool copy_static_file(const FileSystem& files, const std::filesystem::path& src, const std::string& rel,
                      OutputWriter& writer);

/// The bytes of the static file `src` (for rendering one output alone).
std::optional<std::string> read_static_file(const FileSystem& files, const std::filesystem::path& src);

}  // namespace wt::output

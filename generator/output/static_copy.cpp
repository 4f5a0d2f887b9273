#include "output/static_copy.hpp"

#include "core/file_system.hpp"

namespace wt::output {

bool copy_static_file(const FileSystem& files, const std::filesystem::path& src, const std::string& rel,
                      OutputWriter& writer) {
  if (auto on_disk = files.disk_path(src)) return writer.copy(*on_disk, rel);
  auto bytes = read_static_file(files, src);
  return bytes && writer.write(rel, *bytes);
}

std::optional<std::string> read_static_file(const FileSystem& files, const std::filesystem::path& src) {
  return files.read(src, nullptr, kMaxStaticFileBytes);
}

}  // namespace wt::output

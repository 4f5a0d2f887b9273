#include "importer/data_file.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <unistd.h>

#include "core/file_io.hpp"

namespace wt::importer {

bool write_data_file(const std::filesystem::path& path, const std::string& text, bool force, DiagnosticSink& sink) {
  namespace fs = std::filesystem;
  const std::string shown = path.string();
  std::error_code ec;
  // "-" (standard output), a device or a named pipe: written to, never
  // replaced by a file (import -o /dev/null, run as root, once did that).
  const auto type = fs::status(path, ec).type();
  if (path == "-" || type == fs::file_type::character || type == fs::file_type::block ||
      type == fs::file_type::fifo || type == fs::file_type::socket) {
    std::string error;
    if (write_file_replacing(path, text, &error)) return true;
    sink.error({shown, 0, 0}, "import.output.write", error);
    return false;
  }
  if (fs::exists(path, ec) && !force) {
    sink.error({shown, 0, 0}, "import.output.exists",
               "this file already exists; add --force to replace it, or choose another with -o");
    return false;
  }
  if (fs::is_directory(path, ec)) {
    sink.error({shown, 0, 0}, "import.output.folder", "this is a folder, not a file");
    return false;
  }
  if (path.has_parent_path()) {
    fs::create_directories(path.parent_path(), ec);
    if (ec) {
      sink.error({shown, 0, 0}, "import.output.folder", "cannot create the folder: " + ec.message());
      return false;
    }
  }
  fs::path tmp = path;
  tmp += ".tmp-" + std::to_string(::getpid());
  std::FILE* f = std::fopen(tmp.c_str(), "wb");
  if (!f) {
    sink.error({shown, 0, 0}, "import.output.write", std::string("cannot write: ") + std::strerror(errno));
    return false;
  }
  bool ok = std::fwrite(text.data(), 1, text.size(), f) == text.size();
  ok = (std::fflush(f) == 0) && ok;
  ok = (::fsync(fileno(f)) == 0) && ok;
  ok = (std::fclose(f) == 0) && ok;
  if (ok && !force) {
    // link() never replaces: a file that appeared meanwhile is still refused.
    bool linked = ::link(tmp.c_str(), path.c_str()) == 0;
    int err = errno;
    fs::remove(tmp, ec);
    if (!linked && err == EEXIST) {
      sink.error({shown, 0, 0}, "import.output.exists",
                 "this file already exists; add --force to replace it, or choose another with -o");
      return false;
    }
    if (linked) return true;
    ok = false;
  } else if (ok) {
    fs::rename(tmp, path, ec);
    ok = !ec;
  }
  if (!ok) {
    fs::remove(tmp, ec);
    sink.error({shown, 0, 0}, "import.output.write", "cannot write this file");
    return false;
  }
  return true;
}

}  // namespace wt::importer

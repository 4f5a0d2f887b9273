// Files in and out: the one place that turns a path into bytes and bytes
// into a file.
//
// Site folders are prepared by strangers, so reading looks at what a path is
// before it opens it: a named pipe would block the build for ever, a device
// such as /dev/zero never ends, and a symbolic link may lead anywhere on the
// machine. check_path() says what a path is once its links are resolved,
// and whether it stays inside an allowed folder; read_regular_file() reads
// regular files only, up to a size limit; read_file_inside() does both.
// Every refusal is a FileError with a code and a message for the user.
//
//   wt::FileError err;
//   auto text = wt::read_file_inside(site / "content/a.md", site_root, &err);
//   if (!text) sink.error({"content/a.md", 0, 0}, err.code, err.message);
//
// write_file_replacing() writes a report or an output file: "-" is the
// standard output, a device or a pipe is written to where it is, and a
// regular file is replaced in one rename, never half written.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace wt {

/// Largest input file read into memory (content, data, templates, site.yaml).
inline constexpr uint64_t kMaxInputFileBytes = 32ull << 20;

struct FileError {
  std::string code;     ///< "file.outside-site", "file.link-loop", "file.special", ...
  std::string message;  ///< for the user: "this is a named pipe (FIFO), not a file"
};

/// What a path is, links resolved.
struct PathCheck {
  enum class Kind { File, Folder, Refused };
  Kind kind = Kind::Refused;
  std::filesystem::path real;  ///< the path with every link resolved (File and Folder)
  bool is_link = false;        ///< the path itself is a symbolic link
  FileError error;             ///< why, when Refused
};

/// The canonical form of `dir` (every link resolved), or `dir` made absolute
/// when it cannot be resolved. Roots given to the functions below are this.
std::filesystem::path real_root(const std::filesystem::path& dir);

/// True when `real` is `root` or lies below it (both canonical).
bool is_inside(const std::filesystem::path& real, const std::filesystem::path& root);

/// Resolves `path` and says whether it is a regular file or a folder inside
/// `root`. Refused: a link leading outside `root` (`root_name` names it in
/// the message: "the site folder"), a link loop, a broken link, a named pipe,
/// socket or device, a path that does not exist. Nothing is opened.
PathCheck check_path(const std::filesystem::path& path, const std::filesystem::path& root,
                     std::string_view root_name = "the site folder");

/// The message and code for a path found by lstat() to be of type `mode`
/// when it is not a regular file or folder ("this is a named pipe (FIFO) ...").
FileError special_file_error(unsigned mode);

/// The bytes of the regular file `path` (links followed), at most
/// `max_bytes` long. Named pipes, devices and sockets are refused before they
/// are opened; a larger file is refused with its size. nullopt and `error`
/// (when not null) on any refusal.
std::optional<std::string> read_regular_file(const std::filesystem::path& path, FileError* error,
                                             uint64_t max_bytes = kMaxInputFileBytes);

/// check_path() then read_regular_file() of the resolved path.
std::optional<std::string> read_file_inside(const std::filesystem::path& path, const std::filesystem::path& root,
                                            FileError* error, uint64_t max_bytes = kMaxInputFileBytes);

/// The file's bytes, or nullopt when it is not a regular file of at most
/// kMaxInputFileBytes or cannot be read. For files Webtruong ships (schemas,
/// rule sets) and for tests.
std::optional<std::string> read_file(const std::filesystem::path& path);

/// A file descriptor, closed when the object goes.
class UniqueFd {
 public:
  explicit UniqueFd(int fd = -1) : fd_(fd) {}
  ~UniqueFd();
  UniqueFd(UniqueFd&& o) noexcept : fd_(o.release()) {}
  UniqueFd& operator=(UniqueFd&& o) noexcept;
  UniqueFd(const UniqueFd&) = delete;
  UniqueFd& operator=(const UniqueFd&) = delete;
  int get() const { return fd_; }
  int release() {
    int fd = fd_;
    fd_ = -1;
    return fd;
  }
  explicit operator bool() const { return fd_ >= 0; }

 private:
  int fd_;
};

/// Opens the regular file `path` for reading, refusing anything else without
/// blocking (see read_regular_file).
UniqueFd open_regular_file(const std::filesystem::path& path, FileError* error);

/// Writes all of `data` to `fd`; false with errno set on failure.
bool write_all(int fd, std::string_view data);

/// Writes `content` to `path`: "-" is the standard output; an existing
/// device, named pipe or terminal is written to in place (never renamed
/// over); otherwise a temporary file beside the target (the target of a
/// link) is renamed over it, so readers never see half a file. false and a
/// message in `error` ("cannot write out.json: Permission denied") on failure.
bool write_file_replacing(const std::filesystem::path& path, std::string_view content, std::string* error);

}  // namespace wt

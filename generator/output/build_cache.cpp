#include "output/build_cache.hpp"

#include <sys/stat.h>

#include <cerrno>
#include <charconv>
#include <cstring>

#include "core/file_io.hpp"
#include "output/output_writer.hpp"

namespace fs = std::filesystem;

namespace wt::output {
namespace {

constexpr std::string_view kHeader = "webtruong build cache 1\n";
constexpr std::string_view kChecksum = "checksum ";

std::optional<ContentHash> parse_hash(std::string_view hex) {
  if (hex.size() != 32) return std::nullopt;
  ContentHash h;
  for (uint64_t* part : {&h.high, &h.low}) {
    std::string_view half = hex.substr(part == &h.high ? 0 : 16, 16);
    for (char c : half)
      if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return std::nullopt;
    std::from_chars(half.data(), half.data() + half.size(), *part, 16);
  }
  return h;
}

template <typename T>
bool parse_number(std::string_view text, T* out) {
  if (text.empty()) return false;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), *out);
  return ec == std::errc() && end == text.data() + text.size();
}

// Splits off the text up to the next space.
std::string_view next_word(std::string_view& line) {
  size_t space = line.find(' ');
  std::string_view word = line.substr(0, space);
  line = space == std::string_view::npos ? std::string_view() : line.substr(space + 1);
  return word;
}

// One output line: "<key> <bytes> <size> <mtime> <path>".
bool parse_output(std::string_view line, BuildCache& cache) {
  auto key = parse_hash(next_word(line));
  auto bytes = parse_hash(next_word(line));
  CachedOutput o;
  if (!key || !bytes || !parse_number(next_word(line), &o.stamp.size) ||
      !parse_number(next_word(line), &o.stamp.mtime_ns))
    return false;
  const std::string rel(line);
  if (!is_safe_relative_path(rel)) return false;
  o.key = *key;
  o.bytes = *bytes;
  return cache.outputs.emplace(rel, o).second;
}

bool fail(std::string* why, std::string text) {
  if (why) *why = std::move(text);
  return false;
}

bool decode_body(std::string_view body, BuildCache& cache, std::string* why) {
  size_t line_no = 1, count = 0;
  auto line_of = [&](std::string_view& rest) {
    size_t nl = rest.find('\n');
    std::string_view line = rest.substr(0, nl);
    rest.remove_prefix(nl + 1);
    ++line_no;
    return line;
  };
  std::string_view rest = body.substr(kHeader.size());
  std::string_view build = line_of(rest);
  if (build.substr(0, 6) != "build " || build.size() == 6)
    return fail(why, "it is malformed at line " + std::to_string(line_no));
  cache.build_id = std::string(build.substr(6));
  std::string_view counted = line_of(rest);
  std::string_view number = next_word(counted);
  if (!parse_number(number, &count) || counted != "outputs")
    return fail(why, "it is malformed at line " + std::to_string(line_no));
  while (!rest.empty()) {
    if (!parse_output(line_of(rest), cache)) return fail(why, "it is malformed at line " + std::to_string(line_no));
  }
  if (cache.outputs.size() != count) return fail(why, "it lists a wrong number of outputs");
  return true;
}

}  // namespace

std::optional<FileStamp> stamp_of(const fs::path& path) {
  struct stat st;
  if (::lstat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return std::nullopt;
  return FileStamp{static_cast<uint64_t>(st.st_size),
                   static_cast<int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec};
}

std::string encode_build_cache(const BuildCache& cache) {
  std::string text(kHeader);
  text += "build " + cache.build_id + "\n" + std::to_string(cache.outputs.size()) + " outputs\n";
  for (const auto& [rel, o] : cache.outputs) {
    text += o.key.hex() + " " + o.bytes.hex() + " " + std::to_string(o.stamp.size) + " " +
            std::to_string(o.stamp.mtime_ns) + " " + rel + "\n";
  }
  text += std::string(kChecksum) + hash_bytes(text).hex() + "\n";
  return text;
}

std::optional<BuildCache> decode_build_cache(std::string_view text, std::string* why) {
  if (text.substr(0, kHeader.size()) != kHeader) {
    fail(why, text.substr(0, 22) == kHeader.substr(0, 22) ? "it was written by another version of the cache format"
                                                           : "it is not a build cache");
    return std::nullopt;
  }
  // The last line is the checksum of everything above it.
  const size_t last = text.size() >= 2 ? text.rfind('\n', text.size() - 2) : std::string_view::npos;
  if (text.empty() || text.back() != '\n' || last == std::string_view::npos ||
      text.substr(last + 1, kChecksum.size()) != kChecksum) {
    fail(why, "it is truncated");
    return std::nullopt;
  }
  const std::string_view body = text.substr(0, last + 1);
  auto sum = parse_hash(text.substr(last + 1 + kChecksum.size(), 32));
  if (!sum || text.size() != last + 1 + kChecksum.size() + 33 || !(*sum == hash_bytes(body))) {
    fail(why, "its checksum is wrong");
    return std::nullopt;
  }
  BuildCache cache;
  if (!decode_body(body, cache, why)) return std::nullopt;
  return cache;
}

std::optional<BuildCache> read_build_cache(const fs::path& out_dir, const std::string& build_id, std::string* why) {
  FileError error;
  auto text = read_regular_file(out_dir / kCacheFile, &error, uint64_t{1} << 31);
  if (!text) {
    fail(why, error.code == "file.missing" ? "there is no build cache" : "it cannot be read: " + error.message);
    return std::nullopt;
  }
  auto cache = decode_build_cache(*text, why);
  if (!cache) return std::nullopt;
  if (cache->build_id != build_id) {
    fail(why, "it was written by another build of webtruong (build " + cache->build_id + ")");
    return std::nullopt;
  }
  for (const auto& [rel, o] : cache->outputs) {
    auto stamp = stamp_of(out_dir / rel);
    if (!stamp) {
      fail(why, "it names '" + rel + "', which is not in the output folder");
      return std::nullopt;
    }
    if (!(*stamp == o.stamp)) {
      fail(why, "the output '" + rel + "' was changed since the last build");
      return std::nullopt;
    }
  }
  return cache;
}

}  // namespace wt::output

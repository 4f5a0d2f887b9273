#include "importer/zip_archive.hpp"

#include <zip.h>

namespace wt::importer {
namespace {

std::string error_text(zip_error_t* err) {
  std::string s = zip_error_strerror(err);
  return s;
}

}  // namespace

std::unique_ptr<ZipArchive> ZipArchive::open(const std::string& bytes, std::string* why) {
  zip_error_t err;
  zip_error_init(&err);
  zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &err);
  if (!src) {
    *why = error_text(&err);
    zip_error_fini(&err);
    return nullptr;
  }
  zip_t* z = zip_open_from_source(src, ZIP_RDONLY, &err);
  if (!z) {
    *why = error_text(&err);
    zip_source_free(src);
    zip_error_fini(&err);
    return nullptr;
  }
  zip_error_fini(&err);
  return std::unique_ptr<ZipArchive>(new ZipArchive(z));
}

ZipArchive::~ZipArchive() { zip_discard(static_cast<zip_t*>(zip_)); }

bool ZipArchive::contains(const std::string& name) const {
  return zip_name_locate(static_cast<zip_t*>(zip_), name.c_str(), 0) >= 0;
}

std::optional<std::string> ZipArchive::read(const std::string& name, size_t max_bytes, std::string* why) const {
  zip_t* z = static_cast<zip_t*>(zip_);
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_stat(z, name.c_str(), 0, &st) != 0) {
    *why = name + " is missing";
    return std::nullopt;
  }
  if ((st.valid & ZIP_STAT_SIZE) && st.size > max_bytes) {
    *why = name + " is larger than " + std::to_string(max_bytes >> 20) + " MiB once unpacked";
    return std::nullopt;
  }
  zip_file_t* f = zip_fopen(z, name.c_str(), 0);
  if (!f) {
    *why = name + " cannot be opened: " + zip_strerror(z);
    return std::nullopt;
  }
  std::string out;
  char buf[65536];
  while (true) {
    zip_int64_t n = zip_fread(f, buf, sizeof buf);
    if (n < 0) {
      *why = name + " is damaged: " + zip_file_strerror(f);
      zip_fclose(f);
      return std::nullopt;
    }
    if (n == 0) break;
    if (out.size() + static_cast<size_t>(n) > max_bytes) {
      *why = name + " is larger than " + std::to_string(max_bytes >> 20) + " MiB once unpacked";
      zip_fclose(f);
      return std::nullopt;
    }
    out.append(buf, static_cast<size_t>(n));
  }
  zip_fclose(f);
  return out;
}

}  // namespace wt::importer

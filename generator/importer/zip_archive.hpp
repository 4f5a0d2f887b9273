// ZipArchive: read-only access to the entries of a zip file held in memory.
// The one file that uses libzip; its errors come back as plain sentences.
//
// Every read is bounded: an entry larger than `max_bytes` once inflated is
// refused, whatever its header claims, so a zip bomb cannot exhaust memory.
//
//   auto zip = wt::importer::ZipArchive::open(bytes, &why);
//   auto xml = zip->read("xl/workbook.xml", 50 << 20, &why);
#pragma once

#include <memory>
#include <optional>
#include <string>

namespace wt::importer {

class ZipArchive {
 public:
  /// The archive in `bytes` (which must outlive it), or nullptr with the reason in `why`.
  static std::unique_ptr<ZipArchive> open(const std::string& bytes, std::string* why);
  ~ZipArchive();
  ZipArchive(const ZipArchive&) = delete;
  ZipArchive& operator=(const ZipArchive&) = delete;

  bool contains(const std::string& name) const;
  /// The inflated entry, or nullopt with the reason in `why` (missing, damaged, too large).
  std::optional<std::string> read(const std::string& name, size_t max_bytes, std::string* why) const;

 private:
  explicit ZipArchive(void* zip) : zip_(zip) {}
  void* zip_;  // zip_t*
};

}  // namespace wt::importer

// VariantStore: encoded variants kept between builds, so a rebuild never
// encodes an unchanged photo again, even a full one (a new webtruong, --full,
// a cache the output folder no longer matches).
//
// A variant is keyed by what its bytes depend on: the photo's content hash,
// the size, the format, the encoder settings and the libvips version
// (variant_key). DiskVariantStore keeps them in the site folder, in
// `.webtruong-cache/images/<key>.<ext>` (a dot-folder: never content, never
// published; a school's .gitignore lists it); each file is written to a
// temporary name and renamed, so a stopped build leaves whole files or
// none. A store that cannot be written only costs time. MemoryVariantStore
// is for sites held in memory (tests, the dev server).
//
// VariantEncoder gives a variant's bytes from the store, or encodes them
// (images/codec.hpp) and stores them; encoded() counts the encodes.
//
// Thread safety: every function may be called from many threads at once.
#pragma once

#include <atomic>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

#include "core/content_hash.hpp"
#include "images/encoder_settings.hpp"
#include "images/image_set.hpp"

namespace wt {
class FileSystem;
}

namespace wt::images {

/// Where DiskVariantStore keeps variants, relative to the site folder.
inline constexpr const char* kVariantCacheDir = ".webtruong-cache/images";

class VariantStore {
 public:
  virtual ~VariantStore() = default;
  virtual std::optional<std::string> get(const std::string& name) const = 0;
  virtual void put(const std::string& name, const std::string& bytes) = 0;
};

class MemoryVariantStore : public VariantStore {
 public:
  std::optional<std::string> get(const std::string& name) const override;
  void put(const std::string& name, const std::string& bytes) override;

 private:
  mutable std::mutex mutex_;
  std::map<std::string, std::string> files_;
};

class DiskVariantStore : public VariantStore {
 public:
  explicit DiskVariantStore(std::filesystem::path dir) : dir_(std::move(dir)) {}
  std::optional<std::string> get(const std::string& name) const override;
  void put(const std::string& name, const std::string& bytes) override;

 private:
  std::filesystem::path dir_;
  std::atomic<unsigned> serial_{0};
};

/// The store's name of `variant` of `image`: "<32 hex digits>.webp".
std::string variant_key(const ProcessedImage& image, const Variant& variant, const EncoderSettings& settings);

class VariantEncoder {
 public:
  VariantEncoder(std::shared_ptr<VariantStore> store, EncoderSettings settings = {})
      : store_(std::move(store)), settings_(settings) {}

  /// The bytes of `variant`; nullopt with `why` set when the photo cannot be
  /// read or encoded (corrupt, gone, refused).
  std::optional<std::string> bytes(const ProcessedImage& image, const Variant& variant, const FileSystem& files,
                                   std::string* why);
  /// How many variants this encoder encoded (not found in the store).
  size_t encoded() const { return encoded_; }
  const EncoderSettings& settings() const { return settings_; }

 private:
  std::shared_ptr<VariantStore> store_;
  EncoderSettings settings_;
  std::atomic<size_t> encoded_{0};
};

}  // namespace wt::images

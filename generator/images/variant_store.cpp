#include "images/variant_store.hpp"

#include <fstream>
#include <sstream>
#include <thread>

#include "core/file_io.hpp"
#include "core/file_system.hpp"

namespace wt::images {

std::optional<std::string> MemoryVariantStore::get(const std::string& name) const {
  std::lock_guard lock(mutex_);
  auto it = files_.find(name);
  if (it == files_.end()) return std::nullopt;
  return it->second;
}

void MemoryVariantStore::put(const std::string& name, const std::string& bytes) {
  std::lock_guard lock(mutex_);
  files_[name] = bytes;
}

std::optional<std::string> DiskVariantStore::get(const std::string& name) const {
  FileError error;
  auto bytes = read_regular_file(dir_ / name, &error, kMaxImageBytes);
  if (!bytes || bytes->empty()) return std::nullopt;
  return bytes;
}

void DiskVariantStore::put(const std::string& name, const std::string& bytes) {
  std::error_code ec;
  std::filesystem::create_directories(dir_, ec);
  if (ec) return;
  const std::filesystem::path tmp =
      dir_ / (name + ".tmp-" + std::to_string(serial_++) + "-" +
              std::to_string(std::hash<std::thread::id>()(std::this_thread::get_id())));
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return;
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out.good()) {
      out.close();
      std::filesystem::remove(tmp, ec);
      return;
    }
  }
  std::filesystem::rename(tmp, dir_ / name, ec);
  if (ec) std::filesystem::remove(tmp, ec);
}

std::string variant_key(const ProcessedImage& image, const Variant& variant, const EncoderSettings& settings) {
  HashBuilder b;
  b.add(image.hash);
  b.add(std::to_string(variant.width) + "x" + std::to_string(variant.height));
  b.add(extension(variant.format));
  b.add(settings.describe());
  b.add(codec_version());
  return b.finish().hex() + "." + extension(variant.format);
}

std::optional<std::string> VariantEncoder::bytes(const ProcessedImage& image, const Variant& variant,
                                                 const FileSystem& files, std::string* why) {
  const std::string key = variant_key(image, variant, settings_);
  if (auto kept = store_->get(key)) return kept;
  FileError error;
  auto source = files.read(image.in.src, &error, kMaxImageBytes);
  if (!source) {
    *why = error.message;
    return std::nullopt;
  }
  if (hash_bytes(*source) != image.hash) {
    *why = "the file changed while the site was being built";
    return std::nullopt;
  }
  auto out = encode(*source, {variant.format, variant.width, variant.height, settings_}, why);
  if (!out) return std::nullopt;
  ++encoded_;
  store_->put(key, *out);
  return out;
}

}  // namespace wt::images

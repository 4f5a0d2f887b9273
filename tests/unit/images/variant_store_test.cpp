// The variant cache: a variant is encoded once, then read from the store,
// on disk or in memory; its key changes with the photo and the settings.
#include <catch2/catch.hpp>

#include <filesystem>

#include "core/file_system.hpp"
#include "images/variant_store.hpp"
#include "support/temp_site.hpp"
#include "unit/images/photo_fixtures.hpp"

namespace fs = std::filesystem;
using namespace wt;
using namespace wt::images;

namespace {

struct Photo {
  MemoryFileSystem files;
  ImageSet set;
  explicit Photo(const std::string& bytes) {
    files.add("/s/static/a.jpg", bytes);
    std::string why;
    set.add({"/a.jpg", "a.jpg", "static/a.jpg", "/s/static/a.jpg"}, hash_bytes(bytes), *read_header(bytes, &why));
  }
  const ProcessedImage& image() const { return set.images()[0]; }
};

}  // namespace

TEST_CASE("images::VariantEncoder encodes each variant once, then reads the store", "[images][cache]") {
  Photo photo(test::make_jpeg(600, 400));
  auto store = std::make_shared<MemoryVariantStore>();
  VariantEncoder first(store);
  std::string why;
  std::vector<std::string> bytes;
  for (const Variant& v : photo.set.variants()) bytes.push_back(*first.bytes(photo.image(), v, photo.files, &why));
  CHECK(first.encoded() == photo.set.variants().size());
  CHECK(first.encoded() == 6);  // 480 and 600, in AVIF, WebP, JPEG
  VariantEncoder second(store);
  for (size_t i = 0; i < photo.set.variants().size(); ++i)
    CHECK(*second.bytes(photo.image(), photo.set.variants()[i], photo.files, &why) == bytes[i]);
  CHECK(second.encoded() == 0);
  // Other settings are other variants.
  EncoderSettings other;
  other.avif_effort = 3;
  CHECK(variant_key(photo.image(), photo.set.variants()[0], other) !=
        variant_key(photo.image(), photo.set.variants()[0], {}));
  VariantEncoder third(store, other);
  CHECK(third.bytes(photo.image(), photo.set.variants()[0], photo.files, &why));
  CHECK(third.encoded() == 1);
}

TEST_CASE("images::DiskVariantStore keeps variants between processes", "[images][cache]") {
  const fs::path dir = test::make_temp_dir("wt-variants");
  Photo photo(test::make_jpeg(300, 200));
  std::string why;
  const Variant& v = photo.set.variants().back();
  {
    VariantEncoder enc(std::make_shared<DiskVariantStore>(dir / kVariantCacheDir));
    REQUIRE(enc.bytes(photo.image(), v, photo.files, &why));
    CHECK(enc.encoded() == 1);
  }
  const std::string name = variant_key(photo.image(), v, {});
  CHECK(fs::exists(dir / kVariantCacheDir / name));
  CHECK(name.size() == 32 + 4);  // hex key + ".jpg"
  VariantEncoder again(std::make_shared<DiskVariantStore>(dir / kVariantCacheDir));
  REQUIRE(again.bytes(photo.image(), v, photo.files, &why));
  CHECK(again.encoded() == 0);
  // The photo changed under the build: refused, not encoded from other bytes.
  photo.files.add("/s/static/a.jpg", test::make_jpeg(300, 201));
  VariantEncoder changed(std::make_shared<MemoryVariantStore>());
  CHECK_FALSE(changed.bytes(photo.image(), v, photo.files, &why));
  CHECK(why == "the file changed while the site was being built");
  fs::remove_all(dir);
}

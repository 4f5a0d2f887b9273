// The libvips adapter: EXIF orientation, stripping, formats, and hostile
// files (each refused with a clear reason, never a crash or an unbounded
// allocation). Photos are made at test time (photo_fixtures.hpp).
#include <catch2/catch.hpp>

#include "images/codec.hpp"
#include "unit/images/photo_fixtures.hpp"

using namespace wt;
using namespace wt::images;

TEST_CASE("images::read_header turns the size by the EXIF orientation", "[images]") {
  std::string why;
  auto plain = read_header(test::make_jpeg(40, 20), &why);
  REQUIRE(plain);
  CHECK(plain->format == ImageFormat::Jpeg);
  CHECK(plain->width == 40);
  CHECK(plain->height == 20);
  CHECK(plain->orientation == 1);
  auto turned = read_header(test::make_jpeg(40, 20, 6), &why);
  REQUIRE(turned);
  CHECK(turned->orientation == 6);
  CHECK(turned->width == 20);
  CHECK(turned->height == 40);
}

TEST_CASE("images::encode rotates by EXIF, then strips every metadata", "[images]") {
  const std::string photo = test::make_jpeg(40, 20, 6);  // stored: dark left half; shown turned 90° clockwise
  REQUIRE(test::decode(photo).has_exif);
  std::string why;
  auto out = encode(photo, {ImageFormat::Jpeg, 20, 40, {}}, &why);
  REQUIRE(out);
  const test::Decoded d = test::decode(*out);
  CHECK(d.width == 20);
  CHECK(d.height == 40);
  CHECK(d.top < 60);      // the stored left half is on top
  CHECK(d.bottom > 190);
  CHECK_FALSE(d.has_exif);
  CHECK_FALSE(d.has_icc);
  CHECK_FALSE(d.has_orientation);
  // Shrunk to the size asked, exactly.
  auto small = encode(photo, {ImageFormat::Jpeg, 10, 20, {}}, &why);
  REQUIRE(small);
  CHECK(test::decode(*small).width == 10);
  CHECK(test::decode(*small).height == 20);
}

TEST_CASE("images::encode leaves no colour profile or photo metadata in any format", "[images]") {
  // libvips 8.14's WebP saver kept the sRGB profile the thumbnail attaches
  // (6.9 KB in a 1x1 WebP) although asked to strip.
  std::string why;
  for (const std::string& photo : {test::make_jpeg(40, 20, 6), test::make_png(20, 10, true)}) {
    for (ImageFormat f : {ImageFormat::Webp, ImageFormat::Jpeg, ImageFormat::Png, ImageFormat::Avif}) {
      INFO(static_cast<int>(f));
      auto out = encode(photo, {f, 10, 10, {}}, &why);
      REQUIRE(out);
      const test::Decoded d = test::decode(*out);
      CHECK_FALSE(d.has_icc);
      CHECK(out->find("ICCP") == std::string::npos);
      CHECK(out->size() < 2000);  // a 10x10 image, without a profile
    }
  }
}

TEST_CASE("images::encode writes AVIF, WebP, JPEG and PNG", "[images]") {
  std::string why;
  const std::string photo = test::make_jpeg(64, 48);
  auto avif = encode(photo, {ImageFormat::Avif, 32, 24, {}}, &why);
  REQUIRE(avif);
  CHECK(avif->substr(4, 8) == "ftypavif");
  auto webp = encode(photo, {ImageFormat::Webp, 32, 24, {}}, &why);
  REQUIRE(webp);
  CHECK(sniff(*webp) == ImageFormat::Webp);
  auto png = encode(test::make_png(20, 10, true), {ImageFormat::Png, 20, 10, {}}, &why);
  REQUIRE(png);
  CHECK(sniff(*png) == ImageFormat::Png);
  CHECK(test::decode(*png).bands == 4);  // transparency kept
  auto jpeg = encode(test::make_png(20, 10, true), {ImageFormat::Jpeg, 20, 10, {}}, &why);
  REQUIRE(jpeg);
  CHECK(test::decode(*jpeg).bands == 3);  // flattened on white
  CHECK(encode(photo, {ImageFormat::Jpeg, 32, 24, {}}, &why) == encode(photo, {ImageFormat::Jpeg, 32, 24, {}}, &why));
}

TEST_CASE("images::encode never enlarges", "[images]") {
  std::string why;
  CHECK_FALSE(encode(test::make_jpeg(40, 20), {ImageFormat::Jpeg, 80, 40, {}}, &why));
  CHECK(why == "cannot enlarge a 40 × 20 image to 80 × 40");
}

TEST_CASE("images: a file named .jpg that is not an image is refused by its bytes", "[images][hostile]") {
  std::string why;
  CHECK_FALSE(read_header("Đây không phải ảnh", &why));
  CHECK(why == "this is not a JPEG, PNG or WebP image (its first bytes say otherwise)");
  CHECK_FALSE(read_header("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>", &why));
  CHECK(why == "this is not a JPEG, PNG or WebP image (its first bytes say otherwise)");
  CHECK_FALSE(read_header("", &why));
  CHECK_FALSE(encode("GIF89a", {ImageFormat::Jpeg, 1, 1, {}}, &why));
  CHECK(why == "this is not a JPEG, PNG or WebP image (its first bytes say otherwise)");
}

TEST_CASE("images: a decompression bomb is refused before its pixels are decoded", "[images][hostile]") {
  const std::string bomb = test::with_frame_size(test::make_jpeg(16, 16), 30000, 30000);
  CHECK(bomb.size() < 2000);
  std::string why;
  CHECK_FALSE(read_header(bomb, &why));
  CHECK(why == "the image is 30000 × 30000 pixels, more than the 50 megapixels a photo may have");
  CHECK_FALSE(encode(bomb, {ImageFormat::Jpeg, 480, 480, {}}, &why));
  CHECK(why == "the image is 30000 × 30000 pixels, more than the 50 megapixels a photo may have");
  // Just under the cap is read (its header only).
  auto ok = read_header(test::with_frame_size(test::make_jpeg(16, 16), 7000, 7000), &why);
  REQUIRE(ok);
  CHECK(ok->width == 7000);
}

TEST_CASE("images: a corrupt or truncated JPEG is an error, not a grey photo", "[images][hostile]") {
  const std::string photo = test::make_jpeg(64, 48);
  std::string why;
  // libvips may see the cut when it reads the header, or when it decodes.
  const std::string cut = photo.substr(0, photo.size() / 2);
  CHECK_FALSE(encode(cut, {ImageFormat::Jpeg, 32, 24, {}}, &why));
  const bool named = why.rfind("cannot read this JPEG image: ", 0) == 0 ||
                     why.rfind("cannot decode or encode this image as JPEG: ", 0) == 0;
  CHECK(named);
  CHECK(why.find("Premature end of input file") != std::string::npos);
  CHECK_FALSE(read_header(photo.substr(0, 40), &why));
  CHECK(why.rfind("cannot read this JPEG image: ", 0) == 0);
}

TEST_CASE("images: a PNG with a huge ICC profile does not publish it", "[images][hostile]") {
  const std::string png = test::make_png(20, 10, false, 16u << 20);  // 16 MB of zeros, a few KB compressed
  CHECK(png.size() < 100'000);
  std::string why;
  auto h = read_header(png, &why);
  REQUIRE(h);
  CHECK(h->width == 20);
  auto out = encode(png, {ImageFormat::Png, 20, 10, {}}, &why);
  REQUIRE(out);  // a profile that is not one is not applied
  CHECK_FALSE(test::decode(*out).has_icc);
  CHECK(out->size() < 10'000);
}

TEST_CASE("images: a file over the size cap is not read", "[images][hostile]") {
  std::string big(kMaxImageBytes + 1, '\0');
  big.replace(0, 3, "\xFF\xD8\xFF");
  std::string why;
  CHECK_FALSE(read_header(big, &why));
  CHECK(why == "the file is larger than 64 MB");
}

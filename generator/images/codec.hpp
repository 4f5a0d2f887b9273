// Codec: reading and encoding photos, the one place libvips is used
// (images/vips_codec.cpp; its errors stop there and come back as text).
//
// Hostile files are bounded before anything is decoded: a file over
// kMaxImageBytes is not read, the format is taken from the first bytes
// (images/image_format.hpp) and only the JPEG, PNG or WebP loader of
// libvips sees them (libvips' untrusted loaders are blocked), a header
// announcing more than kMaxPixels pixels is refused before its pixels are
// decoded (a decompression bomb: 30,000 × 30,000 pixels in a few KB), and a
// decoding error (a truncated or corrupt photo) is an error, not a grey
// image. libvips keeps no operation cache and runs one thread per encode:
// the build's thread pool encodes several photos at once, so memory stays
// about (threads × one photo shrunk on load).
//
// Encoding turns the photo by its EXIF orientation, shrinks it to exactly
// the size asked (never more than it has: images/sizing.hpp), converts it to
// sRGB and strips every metadata (EXIF with its GPS position, XMP, ICC):
// nothing of a teacher's phone is published but the pixels.
//
//   std::string why;
//   auto h = wt::images::read_header(bytes, &why);   // nullopt: why says it
//   auto webp = wt::images::encode(bytes, {ImageFormat::Webp, 800, 600, settings}, &why);
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "images/encoder_settings.hpp"
#include "images/image_format.hpp"

namespace wt::images {

/// Photos over this many pixels (width × height) are refused unread.
inline constexpr int64_t kMaxPixels = 50'000'000;
/// Image files over this size are refused unread.
inline constexpr uint64_t kMaxImageBytes = 64ull << 20;

struct ImageHeader {
  ImageFormat format = ImageFormat::Jpeg;
  int width = 0, height = 0;  ///< as shown: after the EXIF orientation
  int orientation = 1;        ///< EXIF orientation, 1..8 (1: as stored)
  bool has_alpha = false;
};

/// Reads what the photo says of itself without decoding its pixels; checks
/// the format and the pixel cap. nullopt with `why` set when it is refused.
std::optional<ImageHeader> read_header(std::string_view bytes, std::string* why);

struct EncodeRequest {
  ImageFormat to = ImageFormat::Jpeg;
  int width = 0, height = 0;  ///< exactly, after orientation
  EncoderSettings settings;
};

/// The photo turned, shrunk, stripped and encoded; nullopt with `why` set
/// when it cannot be read (corrupt, refused) or encoded.
std::optional<std::string> encode(std::string_view bytes, const EncodeRequest& request, std::string* why);

/// How many encode() calls of this process produced an image (tests and
/// benchmarks count them: a rebuild of an unchanged site encodes nothing).
size_t encodes_done();

/// "libvips 8.14.1": part of every variant's cache key.
std::string codec_version();

}  // namespace wt::images

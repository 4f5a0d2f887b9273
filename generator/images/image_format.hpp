// ImageFormat: the raster formats the build processes (JPEG, PNG, WebP in;
// AVIF, WebP and a JPEG or PNG fallback out), recognised by their first
// bytes, never by the file name: a ".jpg" that is really an SVG, a PDF or
// text is refused, and no other libvips loader ever sees the bytes.
//
//   auto f = wt::images::sniff(bytes);              // nullopt: not JPEG, PNG or WebP
//   bool ours = wt::images::is_raster_name("a.JPG");  // true: a photo the build may process
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace wt::images {

enum class ImageFormat { Jpeg, Png, Webp, Avif };

/// "jpg", "png", "webp", "avif": the extension of files written in it.
const char* extension(ImageFormat f);
/// "image/jpeg", ...: the type of a <source> element.
const char* mime_type(ImageFormat f);
/// "JPEG", "PNG", "WebP", "AVIF": for messages.
const char* format_name(ImageFormat f);

/// The format the first bytes of `bytes` announce (JPEG, PNG or WebP).
std::optional<ImageFormat> sniff(std::string_view bytes);

/// True when a file of this name (.jpg .jpeg .png .webp, any case) is a
/// photo or picture the build processes. SVG and GIF are not: they are
/// copied as they are, under the static rules.
bool is_raster_name(std::string_view name);

}  // namespace wt::images

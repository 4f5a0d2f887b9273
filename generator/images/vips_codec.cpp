// The one file that includes libvips (images/codec.hpp says what it does).
//
// libvips is not linked: it is loaded (dlopen) the first time a photo is
// read. Linked, it and the hundred libraries it needs were loaded and
// relocated at the start of every process (about 40 ms of each `webtruong`
// run, most of which never touch a photo). Its header gives the types and
// each function's signature; WT_VIPS_SONAME (generator/CMakeLists.txt) is
// the library the build was made against.
#include <dlfcn.h>
#include <vips/vips.h>

#include <atomic>
#include <mutex>
#include <string>
#include <vector>

#include "images/codec.hpp"

namespace wt::images {
namespace {

std::atomic<size_t> encodes{0};

void ignore_log(const gchar*, GLogLevelFlags, const gchar*, gpointer) {}

// Every function of libvips (and of GLib, through it) this file calls.
#define WT_VIPS_FUNCTIONS(X)                                                                                      \
  X(vips_version) X(vips_init) X(vips_concurrency_set) X(vips_cache_set_max) X(vips_cache_set_max_mem)            \
  X(vips_cache_set_max_files) X(vips_block_untrusted_set) X(g_log_set_handler) X(vips_error_buffer_copy) X(g_free) \
  X(g_object_unref) X(vips_jpegload_buffer) X(vips_pngload_buffer) X(vips_webpload_buffer) X(vips_image_get_typeof) \
  X(vips_image_get_int) X(vips_image_map) X(vips_image_remove) X(vips_copy) X(vips_jpegsave_buffer)                \
  X(vips_pngsave_buffer) X(vips_webpsave_buffer) X(vips_heifsave_buffer) X(vips_image_get_width)                   \
  X(vips_image_get_height) X(vips_image_hasalpha) X(vips_thumbnail_buffer) X(vips_array_double_newv)              \
  X(vips_flatten) X(vips_area_unref) X(vips_version_string)

// libvips as loaded: a pointer per function, or why it could not be.
struct Vips {
#define WT_VIPS_POINTER(name) decltype(&::name) name = nullptr;
  WT_VIPS_FUNCTIONS(WT_VIPS_POINTER)
#undef WT_VIPS_POINTER
  std::string missing;  ///< "" when loaded and started
};

// libvips once per process, bounded: no operation cache (a build reads each
// photo once or twice), one worker thread per operation (the build's pool
// runs encodes side by side), untrusted loaders (ImageMagick, PDF, SVG ...)
// blocked, its warnings not printed (errors come back as text).
Vips load_vips() {
  Vips v;
  void* lib = dlopen(WT_VIPS_SONAME, RTLD_NOW | RTLD_LOCAL);
  if (!lib) {
    const char* e = dlerror();
    v.missing = std::string("libvips cannot be loaded (") + (e ? e : WT_VIPS_SONAME) +
                "): install it (apt-get install libvips42)";
    return v;
  }
#define WT_VIPS_RESOLVE(name)                                                 \
  v.name = reinterpret_cast<decltype(v.name)>(dlsym(lib, #name));             \
  if (!v.name) {                                                              \
    v.missing = std::string("libvips (" WT_VIPS_SONAME ") has no ") + #name; \
    return v;                                                                 \
  }
  WT_VIPS_FUNCTIONS(WT_VIPS_RESOLVE)
#undef WT_VIPS_RESOLVE
  // What VIPS_INIT checks: the library is of the major version of the header.
  if (v.vips_version(0) != VIPS_MAJOR_VERSION) {
    v.missing = "libvips " + std::to_string(v.vips_version(0)) + " is installed; this webtruong needs libvips " +
                std::to_string(VIPS_MAJOR_VERSION);
    return v;
  }
  if (v.vips_init("webtruong") != 0) {
    v.missing = "libvips did not start";
    return v;
  }
  v.vips_concurrency_set(1);
  v.vips_cache_set_max(0);
  v.vips_cache_set_max_mem(0);
  v.vips_cache_set_max_files(0);
  v.vips_block_untrusted_set(TRUE);
  v.g_log_set_handler("VIPS", static_cast<GLogLevelFlags>(G_LOG_LEVEL_WARNING | G_LOG_LEVEL_MESSAGE), ignore_log,
                      nullptr);
  return v;
}

const Vips& vips() {
  static const Vips v = load_vips();
  return v;
}

// What libvips said went wrong, on one line, and the error buffer cleared.
std::string vips_failure(const char* fallback) {
  char* text = vips().vips_error_buffer_copy();
  std::string why = text ? text : "";
  vips().g_free(text);
  while (!why.empty() && (why.back() == '\n' || why.back() == ' ')) why.pop_back();
  for (char& c : why)
    if (c == '\n') c = ';';
  return why.empty() ? fallback : why;
}

struct ImageRef {
  VipsImage* p = nullptr;
  ImageRef() = default;
  ImageRef(const ImageRef&) = delete;
  ImageRef& operator=(const ImageRef&) = delete;
  ~ImageRef() {
    if (p) vips().g_object_unref(p);
  }
};

// The image's header, read by the loader of `format` only (no pixels yet).
bool load_header(std::string_view b, ImageFormat format, ImageRef& out) {
  void* data = const_cast<char*>(b.data());
  switch (format) {
    case ImageFormat::Jpeg:
      return vips().vips_jpegload_buffer(data, b.size(), &out.p, "access", VIPS_ACCESS_SEQUENTIAL, "fail_on",
                                  VIPS_FAIL_ON_ERROR, nullptr) == 0;
    case ImageFormat::Png:
      return vips().vips_pngload_buffer(data, b.size(), &out.p, "access", VIPS_ACCESS_SEQUENTIAL, "fail_on",
                                 VIPS_FAIL_ON_ERROR, nullptr) == 0;
    case ImageFormat::Webp:
      return vips().vips_webpload_buffer(data, b.size(), &out.p, "access", VIPS_ACCESS_SEQUENTIAL, "fail_on",
                                  VIPS_FAIL_ON_ERROR, nullptr) == 0;
    case ImageFormat::Avif: return false;
  }
  return false;
}

int orientation_of(VipsImage* im) {
  int o = 1;
  if (vips().vips_image_get_typeof(im, VIPS_META_ORIENTATION) && vips().vips_image_get_int(im, VIPS_META_ORIENTATION, &o) == 0 &&
      o >= 1 && o <= 8)
    return o;
  return 1;
}

// Drops every metadata block: libvips 8.14's WebP saver writes the sRGB
// profile the thumbnail attaches (6.9 KB a file) whatever "strip" says.
// The pixels are sRGB already, which browsers assume without a profile.
void* collect_metadata(VipsImage*, const char* name, GValue*, void* names) {
  static_cast<std::vector<std::string>*>(names)->push_back(name);
  return nullptr;
}

bool strip_metadata(VipsImage* im) {
  std::vector<std::string> names;
  vips().vips_image_map(im, collect_metadata, &names);
  for (const auto& name : names) {
    const bool photo_metadata = name == VIPS_META_ICC_NAME || name == VIPS_META_EXIF_NAME ||
                                name == VIPS_META_XMP_NAME || name == VIPS_META_IPTC_NAME ||
                                name == VIPS_META_PHOTOSHOP_NAME || name == VIPS_META_ORIENTATION ||
                                name.rfind("exif-", 0) == 0 || name.rfind("iptc-", 0) == 0;
    if (photo_metadata && !vips().vips_image_remove(im, name.c_str())) return false;
  }
  return true;
}

bool save(VipsImage* source, const EncodeRequest& r, std::string& out) {
  ImageRef copy;
  if (vips().vips_copy(source, &copy.p, nullptr) != 0 || !strip_metadata(copy.p)) return false;
  VipsImage* im = copy.p;
  void* buf = nullptr;
  size_t len = 0;
  const EncoderSettings& s = r.settings;
  int rc = -1;
  switch (r.to) {
    case ImageFormat::Jpeg:
      rc = vips().vips_jpegsave_buffer(im, &buf, &len, "Q", s.jpeg_quality, "strip", TRUE, "optimize_coding", TRUE,
                                "interlace", TRUE, nullptr);
      break;
    case ImageFormat::Png:
      rc = vips().vips_pngsave_buffer(im, &buf, &len, "compression", s.png_compression, "strip", TRUE, nullptr);
      break;
    case ImageFormat::Webp:
      rc = vips().vips_webpsave_buffer(im, &buf, &len, "Q", s.webp_quality, "effort", s.webp_effort, "strip", TRUE, nullptr);
      break;
    case ImageFormat::Avif:
      rc = vips().vips_heifsave_buffer(im, &buf, &len, "Q", s.avif_quality, "effort", s.avif_effort, "compression",
                                VIPS_FOREIGN_HEIF_COMPRESSION_AV1, "strip", TRUE, nullptr);
      break;
  }
  if (rc != 0) return false;
  out.assign(static_cast<const char*>(buf), len);
  vips().g_free(buf);
  return true;
}

}  // namespace

std::optional<ImageHeader> read_header(std::string_view bytes, std::string* why) {
  if (!vips().missing.empty()) {
    *why = vips().missing;
    return std::nullopt;
  }
  if (bytes.size() > kMaxImageBytes) {
    *why = "the file is larger than " + std::to_string(kMaxImageBytes >> 20) + " MB";
    return std::nullopt;
  }
  auto format = sniff(bytes);
  if (!format) {
    *why = "this is not a JPEG, PNG or WebP image (its first bytes say otherwise)";
    return std::nullopt;
  }
  ImageRef im;
  if (!load_header(bytes, *format, im)) {
    *why = std::string("cannot read this ") + format_name(*format) + " image: " + vips_failure("unreadable header");
    return std::nullopt;
  }
  ImageHeader h;
  h.format = *format;
  const int64_t w = vips().vips_image_get_width(im.p), ht = vips().vips_image_get_height(im.p);
  if (w <= 0 || ht <= 0 || w * ht > kMaxPixels) {
    *why = "the image is " + std::to_string(w) + " × " + std::to_string(ht) + " pixels, more than the " +
           std::to_string(kMaxPixels / 1'000'000) + " megapixels a photo may have";
    return std::nullopt;
  }
  h.orientation = orientation_of(im.p);
  const bool swap = h.orientation >= 5;
  h.width = static_cast<int>(swap ? ht : w);
  h.height = static_cast<int>(swap ? w : ht);
  h.has_alpha = vips().vips_image_hasalpha(im.p);
  return h;
}

std::optional<std::string> encode(std::string_view bytes, const EncodeRequest& r, std::string* why) {
  auto header = read_header(bytes, why);
  if (!header) return std::nullopt;
  if (r.width <= 0 || r.height <= 0 || r.width > header->width || r.height > header->height + 1) {
    *why = "cannot enlarge a " + std::to_string(header->width) + " × " + std::to_string(header->height) +
           " image to " + std::to_string(r.width) + " × " + std::to_string(r.height);
    return std::nullopt;
  }
  ImageRef thumb;
  const char* load_options = "fail_on=error";
  if (vips().vips_thumbnail_buffer(const_cast<char*>(bytes.data()), bytes.size(), &thumb.p, r.width, "height", r.height,
                            "size", VIPS_SIZE_FORCE, "export_profile", "srgb", "option_string", load_options,
                            nullptr) != 0) {
    *why = std::string("cannot decode this ") + format_name(header->format) + " image: " +
           vips_failure("decoding failed");
    return std::nullopt;
  }
  VipsImage* im = thumb.p;
  ImageRef flat;
  if (r.to == ImageFormat::Jpeg && vips().vips_image_hasalpha(im)) {  // JPEG has no transparency: on white
    VipsArrayDouble* white = vips().vips_array_double_newv(3, 255.0, 255.0, 255.0);
    const int rc = vips().vips_flatten(im, &flat.p, "background", white, nullptr);
    vips().vips_area_unref(VIPS_AREA(white));
    if (rc != 0) {
      *why = "cannot flatten this image: " + vips_failure("flatten failed");
      return std::nullopt;
    }
    im = flat.p;
  }
  std::string out;
  if (!save(im, r, out)) {
    *why = std::string("cannot decode or encode this image as ") + format_name(r.to) + ": " +
           vips_failure("encoding failed");
    return std::nullopt;
  }
  ++encodes;
  return out;
}

size_t encodes_done() { return encodes; }

std::string codec_version() {
  // "encoder 2": every metadata block dropped before saving. Raise it when
  // what an encode writes changes, so cached variants are made again.
  if (!vips().missing.empty()) return "no libvips: " + vips().missing;
  return std::string("libvips ") + vips().vips_version_string() + ", encoder 2";
}

}  // namespace wt::images

#include "images/picture_html.hpp"

#include <cctype>
#include <string_view>
#include <utility>
#include <vector>

#include "images/sizing.hpp"

namespace wt::images {
namespace {

std::string srcset(const ProcessedImage& image, const ImageSet& set, ImageFormat f, const UrlMapper& to_url) {
  std::string out;
  for (int w : image.widths) {
    const Variant* v = set.variant(image, f, w);
    if (!v) continue;
    if (!out.empty()) out += ", ";
    out += to_url("/" + escape_url_path(v->rel)) + " " + std::to_string(w) + "w";
  }
  return out;
}

struct Attribute {
  std::string name, value;  ///< value as written (still escaped)
};

// The attributes of the tag starting at html[at] ("<img ..."), and where it
// ends (after '>'); npos when it does not end.
size_t parse_tag(const std::string& html, size_t at, std::vector<Attribute>& attrs) {
  size_t i = at + 4;  // after "<img"
  const size_t n = html.size();
  while (i < n) {
    while (i < n && (std::isspace(static_cast<unsigned char>(html[i])) || html[i] == '/')) ++i;
    if (i >= n) return std::string::npos;
    if (html[i] == '>') return i + 1;
    size_t start = i;
    while (i < n && !std::isspace(static_cast<unsigned char>(html[i])) && html[i] != '=' && html[i] != '>' &&
           html[i] != '/')
      ++i;
    Attribute a;
    a.name = html.substr(start, i - start);
    for (char& c : a.name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (i < n && html[i] == '=') {
      ++i;
      if (i < n && (html[i] == '"' || html[i] == '\'')) {
        const char q = html[i++];
        const size_t end = html.find(q, i);
        if (end == std::string::npos) return std::string::npos;
        a.value = html.substr(i, end - i);
        i = end + 1;
      } else {
        start = i;
        while (i < n && !std::isspace(static_cast<unsigned char>(html[i])) && html[i] != '>') ++i;
        a.value = html.substr(start, i - start);
      }
    }
    attrs.push_back(std::move(a));
  }
  return std::string::npos;
}

const std::string* find_attr(const std::vector<Attribute>& attrs, std::string_view name) {
  for (const auto& a : attrs)
    if (a.name == name) return &a.value;
  return nullptr;
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

std::string picture_html(const ProcessedImage& image, const ImageSet& set, const UrlMapper& to_url,
                         const PictureOptions& o) {
  std::string out = "<picture>";
  for (ImageFormat f : published_formats(image)) {
    if (f == image.fallback) continue;
    out += "<source type=\"" + std::string(mime_type(f)) + "\" srcset=\"" + srcset(image, set, f, to_url) +
           "\" sizes=\"" + kArticleSizes + "\">";
  }
  const Variant* fallback = set.variant(image, image.fallback, fallback_width(image.widths));
  out += "<img";
  if (!o.img_class.empty()) out += " class=\"" + o.img_class + "\"";
  out += " src=\"" + (fallback ? to_url("/" + escape_url_path(fallback->rel)) : std::string()) + "\"";
  out += " srcset=\"" + srcset(image, set, image.fallback, to_url) + "\" sizes=\"" + kArticleSizes + "\"";
  out += " width=\"" + std::to_string(image.width()) + "\" height=\"" + std::to_string(image.height()) + "\"";
  out += " alt=\"" + o.alt + "\"";
  if (!o.title.empty()) out += " title=\"" + o.title + "\"";
  out += o.priority ? " fetchpriority=\"high\"" : " loading=\"lazy\" decoding=\"async\"";
  out += "></picture>";
  return out;
}

std::string escape_url_path(const std::string& path) {
  static const char* kHex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : path) {
    if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

std::string decode_src(const std::string& raw) {
  std::string text;  // character references undone
  for (size_t i = 0; i < raw.size(); ++i) {
    if (raw[i] == '&') {
      static const std::pair<std::string_view, char> kRefs[] = {
          {"&amp;", '&'}, {"&quot;", '"'}, {"&#39;", '\''}, {"&lt;", '<'}, {"&gt;", '>'}};
      bool done = false;
      for (const auto& [ref, c] : kRefs) {
        if (raw.compare(i, ref.size(), ref) == 0) {
          text += c;
          i += ref.size() - 1;
          done = true;
          break;
        }
      }
      if (done) continue;
    }
    text += raw[i];
  }
  std::string out;  // percent-encoding undone
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 2 < text.size() && hex_value(text[i + 1]) >= 0 && hex_value(text[i + 2]) >= 0) {
      out += static_cast<char>(hex_value(text[i + 1]) * 16 + hex_value(text[i + 2]));
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
}

std::string image_address(const std::string& src, const std::string& page_url, const std::string& base_path) {
  std::string url = decode_src(src);
  url = url.substr(0, url.find_first_of("?#"));
  if (url.empty() || url.rfind("//", 0) == 0 || url.find(':') != std::string::npos) return "";
  if (url[0] == '/') {
    if (url.rfind(base_path, 0) != 0) return "";
    return "/" + url.substr(base_path.size());
  }
  return page_url + url;  // beside the page (a bundle): page addresses end with '/'
}

std::string rewrite_images(const std::string& html, const ImageSet& set,
                           const std::function<const ProcessedImage*(const std::string&)>& find, const UrlMapper& to_url,
                           bool priority_first) {
  std::string out;
  size_t pos = 0;
  bool first = true;
  for (size_t at = html.find("<img"); at != std::string::npos; at = html.find("<img", at + 4)) {
    if (at + 4 < html.size() && !std::isspace(static_cast<unsigned char>(html[at + 4]))) continue;
    std::vector<Attribute> attrs;
    const size_t end = parse_tag(html, at, attrs);
    if (end == std::string::npos) break;
    const std::string* src = find_attr(attrs, "src");
    const ProcessedImage* image = src ? find(*src) : nullptr;
    if (!image) continue;
    PictureOptions o;
    if (const std::string* alt = find_attr(attrs, "alt")) o.alt = *alt;
    if (const std::string* title = find_attr(attrs, "title")) o.title = *title;
    if (const std::string* cls = find_attr(attrs, "class")) o.img_class = *cls;
    o.priority = priority_first && first;
    first = false;
    out.append(html, pos, at - pos);
    out += picture_html(*image, set, to_url, o);
    pos = end;
    at = end - 4;
  }
  if (pos == 0) return html;
  out.append(html, pos, std::string::npos);
  return out;
}

std::vector<std::string> image_sources(const std::string& html) {
  std::vector<std::string> out;
  const ImageSet none;
  rewrite_images(html, none, [&](const std::string& src) -> const ProcessedImage* {
    out.push_back(src);
    return nullptr;
  }, [](const std::string& u) { return u; }, false);
  return out;
}

}  // namespace wt::images

#include "site/site_images.hpp"

#include <mutex>
#include <optional>

#include "core/file_system.hpp"
#include "core/parallel.hpp"
#include "images/picture_html.hpp"
#include "site/load_site.hpp"

namespace wt::site {
namespace {

// Where the page's source names `url` (its Markdown image), or the page file.
Position reference_of(const content::Page& p, const std::string& url) {
  std::string name = url.substr(url.rfind('/') + 1);
  for (const std::string& needle : {url, name}) {
    if (needle.empty()) continue;
    size_t at = p.body.find(needle);
    if (at == std::string::npos) continue;
    Position pos = position_in(p.source, p.body, at);
    pos.line += p.body_line_offset;
    return pos;
  }
  return {p.source, 0, 0};
}

struct Use {
  size_t file;      ///< in site.static_files
  Position where;   ///< the first page line that shows it
};

}  // namespace

SiteImages find_site_images(const LoadedSite& site, ThreadPool& pool, DiagnosticSink& sink) {
  SiteImages out;
  std::map<std::string, size_t> static_by_url;
  for (size_t i = 0; i < site.static_files.size(); ++i)
    if (images::is_raster_name(site.static_files[i].rel)) static_by_url["/" + site.static_files[i].rel] = i;
  if (static_by_url.empty()) return out;

  const std::string base = site.cfg.base_path();
  std::map<size_t, Use> used;  // by static file: ordered, so the set is the same every build
  std::map<const content::Page*, std::vector<size_t>> files_of;
  for (const auto& page : site.tree->pages) {
    const content::Page* p = page.get();
    std::vector<std::string> urls;
    if (!p->fm.image.empty()) urls.push_back(p->fm.image[0] == '/' ? p->fm.image : p->url + p->fm.image);
    if (auto r = site.rendered.find(p); r != site.rendered.end())
      for (const auto& src : images::image_sources(r->second.html))
        urls.push_back(images::image_address(src, p->url, base));
    for (const auto& url : urls) {
      auto it = static_by_url.find(url);
      if (it == static_by_url.end()) continue;
      files_of[p].push_back(it->second);
      used.try_emplace(it->second, Use{it->second, reference_of(*p, url)});
    }
  }

  std::vector<Use> todo;
  for (const auto& [file, use] : used) todo.push_back(use);
  struct Probed {
    ContentHash hash;
    std::optional<images::ImageHeader> header;
  };
  std::vector<Probed> probed(todo.size());
  parallel_for(pool, todo.size(), [&](size_t i) {
    const StaticFile& f = site.static_files[todo[i].file];
    FileError error;
    auto bytes = site.files->read(f.src, &error, images::kMaxImageBytes);
    std::string why;
    if (bytes) {
      probed[i].hash = hash_bytes(*bytes);
      probed[i].header = images::read_header(*bytes, &why);
    } else {
      why = error.message;
    }
    if (!probed[i].header) sink.error(todo[i].where, "image.unusable", "the image " + f.source + " cannot be published: " + why);
  });

  std::map<size_t, size_t> image_of;  // static file -> image
  for (size_t i = 0; i < todo.size(); ++i) {
    if (!probed[i].header) continue;
    const StaticFile& f = site.static_files[todo[i].file];
    image_of[todo[i].file] = out.set.add({"/" + f.rel, f.rel, f.source, f.src}, probed[i].hash, *probed[i].header);
  }
  for (const auto& [page, files] : files_of) {
    std::vector<size_t>& mine = out.by_page[page];
    for (size_t f : files)
      if (auto it = image_of.find(f); it != image_of.end()) mine.push_back(it->second);
  }
  return out;
}

}  // namespace wt::site

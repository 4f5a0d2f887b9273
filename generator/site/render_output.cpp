#include "site/render_output.hpp"

#include "output/static_copy.hpp"
#include "render/site_feeds.hpp"
#include "render/site_files.hpp"
#include "site/search_outputs.hpp"

namespace wt::site {
namespace {

// The view model of a templated output.
nlohmann::json view_of(const LoadedSite& site, const PlannedOutput& o) {
  const render::ViewBuilder& views = *site.views;
  switch (o.kind) {
    case OutputKind::Page: return views.page(*o.page);
    case OutputKind::SectionList: return views.section(*o.section, o.page_no, o.total_pages);
    case OutputKind::Taxonomy: return views.taxonomy(*o.taxonomy);
    case OutputKind::Term: return views.term(*o.taxonomy, *o.term, o.page_no, o.total_pages, site.cfg.pagination);
    case OutputKind::Home: return views.home(site.cfg.home_latest);
    case OutputKind::SiteMap: return views.sitemap();
    case OutputKind::NotFound: return views.not_found();
    case OutputKind::SearchPage: return views.search_page();
    case OutputKind::DataPage: {
      const render::DataPage& p = site.data_pages[o.index];
      std::string intro;
      auto sec = site.tree->by_dir.find(p.url.substr(1, p.url.size() - 2));
      if (sec != site.tree->by_dir.end() && sec->second->index)
        if (auto it = site.rendered.find(sec->second->index); it != site.rendered.end()) intro = it->second.html;
      return views.data_page(p, intro);
    }
    default: return nlohmann::json();
  }
}

}  // namespace

bool is_templated(OutputKind kind) {
  switch (kind) {
    case OutputKind::Page:
    case OutputKind::SectionList:
    case OutputKind::Taxonomy:
    case OutputKind::Term:
    case OutputKind::DataPage:
    case OutputKind::Home:
    case OutputKind::SiteMap:
    case OutputKind::SearchPage:
    case OutputKind::NotFound: return true;
    default: return false;
  }
}

std::optional<std::string> render_output(const LoadedSite& site, const PlannedOutput& o, DiagnosticSink& sink) {
  if (is_templated(o.kind)) return site.theme->render(o.layout, view_of(site, o), sink);
  const render::ViewBuilder& views = *site.views;
  switch (o.kind) {
    case OutputKind::Feed: {
      auto feed = o.section ? render::section_feed(site.cfg, *o.section) : render::site_feed(site.cfg, *site.tree);
      return render::feed_xml(feed, o.feed_format, site.cfg, views);
    }
    case OutputKind::Sitemap: return render::sitemap_xml(*site.tree, site.data_page_urls, views);
    case OutputKind::Robots: return render::robots_txt(views);
    case OutputKind::Compliance: return site.compliance_map.dump(2) + "\n";
    case OutputKind::Alias: return render::redirect_page(*o.page, views);
    case OutputKind::Static: return output::read_static_file(*site.files, site.static_files[o.index].src);
    case OutputKind::SearchIndex: {
      if (!o.search_index) return std::nullopt;
      auto it = o.search_index->files.find(o.rel.substr(std::string(kSearchIndexDir).size()));
      if (it == o.search_index->files.end()) return std::nullopt;
      return it->second;
    }
    case OutputKind::Image: {
      const images::Variant& v = site.images.set.variants()[o.index];
      const images::ProcessedImage& img = site.images.set.images()[v.image];
      std::string why;
      auto bytes = site.image_encoder->bytes(img, v, *site.files, &why);
      if (!bytes) sink.error({img.in.source, 0, 0}, "image.unusable", "the image " + img.in.source + " cannot be published: " + why);
      return bytes;
    }
    default: return std::nullopt;
  }
}

}  // namespace wt::site

// The machine-readable files every site has besides its pages: sitemap.xml
// (every page, section, taxonomy and term, and the section-level pages
// built from data) and robots.txt (which names the sitemap), and the small
// page an alias (an old address of a page) redirects from.
//
//   std::string xml = wt::render::sitemap_xml(tree, data_page_urls, views);
#pragma once

#include <string>
#include <vector>

#include "content/content_tree.hpp"
#include "render/view_model.hpp"

namespace wt::render {

/// sitemap.xml of the site. `data_page_urls`: the addresses of the pages
/// built from data ("/cong-khai/"); those that are also a content section
/// are listed once, as the section.
std::string sitemap_xml(const content::ContentTree& tree, const std::vector<std::string>& data_page_urls,
                        const ViewBuilder& views);

/// robots.txt: allows the folder of the site ("/", or its base path) and
/// names sitemap.xml.
std::string robots_txt(const ViewBuilder& views);

/// The page left at an alias: it sends the browser on to `target` at once
/// (meta refresh), names it as canonical and asks not to be indexed.
std::string redirect_page(const content::Page& target, const ViewBuilder& views);

}  // namespace wt::render

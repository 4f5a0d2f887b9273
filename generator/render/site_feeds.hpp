// The feeds of a site: RSS and Atom of the whole site (its dated pages,
// newest first) and of each dated section, from the content tree. The XML
// itself is written by feeds.hpp from plain values; this file decides what
// goes in: which pages, their absolute URLs and summaries, the feed's title.
//
//   wt::render::SiteFeed feed = wt::render::site_feed(cfg, tree);
//   std::string rss = wt::render::feed_xml(feed, wt::render::FeedFormat::Rss, cfg, views);
#pragma once

#include <string>
#include <vector>

#include "config/site_config.hpp"
#include "content/content_tree.hpp"
#include "render/view_model.hpp"

namespace wt::render {

enum class FeedFormat { Rss, Atom };

/// What one feed is about: the site or a section, and its pages, newest first.
struct SiteFeed {
  std::string title;
  std::string rel_base;                      ///< "/" or the section's URL "/tin-tuc/"
  std::vector<const content::Page*> pages;  ///< every dated page; the feed shows feed_limit of them
  const content::Section* section = nullptr;  ///< nullptr: the whole site
};

/// The feed of the whole site.
SiteFeed site_feed(const config::SiteConfig& cfg, const content::ContentTree& tree);

/// The feed of a section (not the root) sorted by date; empty `pages` when
/// it has no dated page, and then it has no feed.
SiteFeed section_feed(const config::SiteConfig& cfg, const content::Section& section);

/// File name of a feed: "rss.xml" or "atom.xml".
const char* feed_file_name(FeedFormat format);

/// The pages a feed shows: the first cfg.feed_limit of feed.pages.
std::vector<const content::Page*> feed_shown(const config::SiteConfig& cfg, const SiteFeed& feed);

/// The XML of one feed.
std::string feed_xml(const SiteFeed& feed, FeedFormat format, const config::SiteConfig& cfg, const ViewBuilder& views);

}  // namespace wt::render

#include "render/site_feeds.hpp"

#include "render/feeds.hpp"

namespace wt::render {

SiteFeed site_feed(const config::SiteConfig& cfg, const content::ContentTree& tree) {
  return {cfg.name, "/", tree.dated, nullptr};
}

SiteFeed section_feed(const config::SiteConfig& cfg, const content::Section& section) {
  SiteFeed feed{section.title + " | " + cfg.short_name, section.url, {}, &section};
  for (const content::Page* p : section.pages)
    if (p->has_date()) feed.pages.push_back(p);
  return feed;
}

const char* feed_file_name(FeedFormat format) { return format == FeedFormat::Rss ? "rss.xml" : "atom.xml"; }

std::vector<const content::Page*> feed_shown(const config::SiteConfig& cfg, const SiteFeed& feed) {
  std::vector<const content::Page*> shown;
  for (size_t i = 0; i < feed.pages.size() && static_cast<int>(i) < cfg.feed_limit; ++i) shown.push_back(feed.pages[i]);
  return shown;
}

std::string feed_xml(const SiteFeed& feed, FeedFormat format, const config::SiteConfig& cfg, const ViewBuilder& views) {
  FeedInfo info;
  info.title = feed.title;
  info.description = cfg.description;
  info.site_url = views.absolute(feed.rel_base);
  info.author = cfg.name;
  info.feed_url = views.absolute(feed.rel_base + feed_file_name(format));
  std::vector<FeedEntry> entries;
  for (const content::Page* p : feed_shown(cfg, feed)) {
    FeedEntry e;
    e.title = p->fm.title;
    e.url = views.absolute(p->url);
    e.summary = views.summary_of(*p);
    e.author = p->fm.author;
    e.published = *p->fm.date;
    e.updated = p->fm.updated;
    e.categories = p->fm.categories;
    entries.push_back(std::move(e));
  }
  return format == FeedFormat::Rss ? render_rss(info, entries) : render_atom(info, entries);
}

}  // namespace wt::render

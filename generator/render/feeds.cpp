#include "render/feeds.hpp"

#include <pugixml.hpp>

#include <sstream>

#include "core/base_path.hpp"

namespace wt::render {
namespace {

std::string to_string(const pugi::xml_document& doc) {
  std::ostringstream out;
  doc.save(out, "  ", pugi::format_indent, pugi::encoding_utf8);
  return out.str();
}

void text_child(pugi::xml_node parent, const char* name, const std::string& value) {
  parent.append_child(name).text().set(value.c_str());
}

pugi::xml_node declaration(pugi::xml_document& doc) {
  auto decl = doc.append_child(pugi::node_declaration);
  decl.append_attribute("version") = "1.0";
  decl.append_attribute("encoding") = "utf-8";
  return decl;
}

}  // namespace

std::string render_rss(const FeedInfo& info, const std::vector<FeedEntry>& entries) {
  pugi::xml_document doc;
  declaration(doc);
  auto rss = doc.append_child("rss");
  rss.append_attribute("version") = "2.0";
  rss.append_attribute("xmlns:atom") = "http://www.w3.org/2005/Atom";
  rss.append_attribute("xmlns:dc") = "http://purl.org/dc/elements/1.1/";
  auto channel = rss.append_child("channel");
  text_child(channel, "title", info.title);
  text_child(channel, "link", info.site_url);
  text_child(channel, "description", info.description.empty() ? info.title : info.description);
  text_child(channel, "language", info.language);
  text_child(channel, "generator", "Webtruong");
  if (!entries.empty()) text_child(channel, "lastBuildDate", format_rfc822(entries.front().published));
  auto self = channel.append_child("atom:link");
  self.append_attribute("href") = info.feed_url.c_str();
  self.append_attribute("rel") = "self";
  self.append_attribute("type") = "application/rss+xml";
  for (const auto& e : entries) {
    auto item = channel.append_child("item");
    text_child(item, "title", e.title);
    text_child(item, "link", e.url);
    auto guid = item.append_child("guid");
    guid.append_attribute("isPermaLink") = "true";
    guid.text().set(e.url.c_str());
    text_child(item, "pubDate", format_rfc822(e.published));
    if (!e.author.empty()) text_child(item, "dc:creator", e.author);
    for (const auto& c : e.categories) text_child(item, "category", c);
    if (!e.summary.empty()) text_child(item, "description", e.summary);
  }
  return to_string(doc);
}

std::string render_atom(const FeedInfo& info, const std::vector<FeedEntry>& entries) {
  pugi::xml_document doc;
  declaration(doc);
  auto feed = doc.append_child("feed");
  feed.append_attribute("xmlns") = "http://www.w3.org/2005/Atom";
  feed.append_attribute("xml:lang") = info.language.c_str();
  text_child(feed, "title", info.title);
  if (!info.description.empty()) text_child(feed, "subtitle", info.description);
  auto alt = feed.append_child("link");
  alt.append_attribute("href") = info.site_url.c_str();
  auto self = feed.append_child("link");
  self.append_attribute("href") = info.feed_url.c_str();
  self.append_attribute("rel") = "self";
  text_child(feed, "id", info.feed_url);
  std::optional<DateTime> latest;
  for (const auto& e : entries) {
    const DateTime& d = e.updated ? *e.updated : e.published;
    if (!latest || d.epoch() > latest->epoch()) latest = d;
  }
  std::string updated = latest ? format_rfc3339(*latest) : "1970-01-01T00:00:00+00:00";
  text_child(feed, "updated", updated);
  auto author = feed.append_child("author");
  text_child(author, "name", info.author.empty() ? info.title : info.author);
  auto gen = feed.append_child("generator");
  gen.text().set("Webtruong");
  for (const auto& e : entries) {
    auto entry = feed.append_child("entry");
    text_child(entry, "title", e.title);
    auto link = entry.append_child("link");
    link.append_attribute("href") = e.url.c_str();
    link.append_attribute("rel") = "alternate";
    text_child(entry, "id", e.url);
    text_child(entry, "published", format_rfc3339(e.published));
    text_child(entry, "updated", format_rfc3339(e.updated ? *e.updated : e.published));
    if (!e.author.empty()) {
      auto a = entry.append_child("author");
      text_child(a, "name", e.author);
    }
    for (const auto& c : e.categories) entry.append_child("category").append_attribute("term") = c.c_str();
    if (!e.summary.empty()) {
      auto summary = entry.append_child("summary");
      summary.append_attribute("type") = "text";
      summary.text().set(e.summary.c_str());
    }
  }
  return to_string(doc);
}

std::string render_sitemap(const std::vector<SitemapEntry>& entries) {
  pugi::xml_document doc;
  declaration(doc);
  auto set = doc.append_child("urlset");
  set.append_attribute("xmlns") = "http://www.sitemaps.org/schemas/sitemap/0.9";
  for (const auto& e : entries) {
    auto url = set.append_child("url");
    text_child(url, "loc", e.url);
    if (e.lastmod) text_child(url, "lastmod", format_rfc3339(*e.lastmod));
  }
  return to_string(doc);
}

std::string render_robots(const std::string& sitemap_url) {
  std::string folder = base_path_of(std::string_view(sitemap_url).substr(0, sitemap_url.rfind('/') + 1));
  return "User-agent: *\nAllow: " + folder + "\n\nSitemap: " + sitemap_url + "\n";
}

}  // namespace wt::render

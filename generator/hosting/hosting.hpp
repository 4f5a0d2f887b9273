// What is hosted where: the description an nginx configuration is written
// from (hosting/nginx_config.hpp), made from built sites by
// hosting/site_hosting.hpp or, for a portal, from portal.yaml.
//
// A server answers for one or more host names on one listen address and
// serves files from a root folder. Under it live sites, each at a path
// prefix ("/" for the site at the host's root, "/thcs-le-loi/" for a member
// under a path of the portal's host), each with the files a build knows
// about: its own 404 page, the old addresses (aliases) that redirect to its
// pages, the files copied from static/, and the Content-Security-Policy its
// pages declare. Every value here may come from user input and is checked
// when the configuration is written, at `position`.
//
//   HostedServer s{.names = {"sgd.example.vn"}, .listen = "80", .root = "/srv/portal/www"};
//   s.sites.push_back({.prefix = "/thcs-le-loi/", .dir = "/srv/portal/www/thcs-le-loi"});
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "core/diagnostic.hpp"

namespace wt::hosting {

/// An old address of a page, answered with 301.
struct Redirect {
  std::string from;   ///< the path requests name, decoded: "/thcs-le-loi/tin-tuc/bai-cu.html"
  std::string to;     ///< the Location sent, a path as URLs write it: "/thcs-le-loi/tin-tuc/bai-moi/"
  std::string text;   ///< the alias as written: "/tin-tuc/bai-cu.html"
  Position position;  ///< where the alias is written (front matter)
};

/// A file copied from static/ (or a theme's static/, or beside a page).
struct StaticPath {
  std::string path;   ///< as requests name it, decoded: "/thcs-le-loi/files/mau-don.pdf"
  Position position;  ///< where it comes from ("static/files/mau-don.pdf")
};

/// A feed, sent with its own media type (nginx's types map .xml to text/xml).
struct FeedPath {
  std::string path;  ///< decoded: "/thcs-le-loi/tin-tuc/rss.xml"
  std::string type;  ///< "application/rss+xml", "application/atom+xml"
};

struct HostedSite {
  std::string prefix = "/";   ///< decoded, starting and ending with '/'
  std::filesystem::path dir;  ///< its files; the server's root + prefix, or anywhere else (served with alias)
  std::string not_found;      ///< its 404 page under the prefix ("404.html"); "" for none
  std::vector<Redirect> redirects;
  std::vector<StaticPath> static_files;
  std::vector<FeedPath> feeds;
  std::string page_policy;  ///< the Content-Security-Policy of its pages; "" for none
  Position position;        ///< where the site is named (portal.yaml, the command line)
};

struct HostedServer {
  std::vector<std::string> names;  ///< host names (server_name); empty: any
  std::string listen = "80";       ///< port, ADDRESS:PORT, [IPv6]:PORT or unix:/path
  std::filesystem::path root;      ///< absolute
  std::vector<HostedSite> sites;   ///< at most one per prefix
  Position position;
};

}  // namespace wt::hosting

// The nginx configuration of what is hosted (hosting/hosting.hpp): one
// server { } per HostedServer, one location per site under it, written for
// the http { } block of nginx.conf (/etc/nginx/conf.d/).
//
// What each server and site gets (docs/hosting.md says why):
//   - index.html, try_files $uri $uri/ =404, autoindex off, charset utf-8;
//   - the site's own 404 page for anything under its prefix (error_page);
//   - 301 from each alias to its page (exact locations), and from the
//     prefix without its final '/' to the prefix;
//   - 404 for every path with a segment that starts with '.' (.webtruong/
//     caches and reports, dot-files), whichever site it falls under;
//   - on pages: the Content-Security-Policy they declare, nosniff, and
//     Cache-Control kPageCache; on files from static/: "sandbox" as their
//     Content-Security-Policy (a file opened directly cannot run script on
//     the school's origin), nosniff, and Cache-Control kStaticCache;
//   - gzip for text types, server_tokens off, relative redirects.
//
// Every value is checked (hosting/nginx_values.hpp); what cannot be
// written safely is an error at the value's position (an alias at its
// front matter's line and column) and no configuration is returned.
//
//   DiagnosticSink sink;
//   auto text = wt::hosting::nginx_config(servers, sink);
//   if (!text) { sink.print(std::cerr); return 1; }
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.hpp"
#include "hosting/hosting.hpp"

namespace wt::hosting {

/// Cache-Control of pages, feeds, sitemaps and robots.txt: browsers and
/// proxies may keep them 5 minutes (news shows within 5 minutes of a build).
inline constexpr const char* kPageCache = "public, max-age=300";
/// Cache-Control of files from static/: one hour. Their names carry no
/// content hash (a teacher replaces a PDF under the same name), so nothing
/// is cached for long or marked immutable.
inline constexpr const char* kStaticCache = "public, max-age=3600";

/// The configuration text, or nullopt with every problem reported to `sink`.
std::optional<std::string> nginx_config(const std::vector<HostedServer>& servers, DiagnosticSink& sink);

}  // namespace wt::hosting

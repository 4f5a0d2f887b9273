// answer_request: what the dev server answers a GET of a page or file of
// the site, from one Snapshot of the live site (serve/live_site.hpp):
// independent of the HTTP library, so it is tested without a socket.
//
//   a page or file of the last build     200, its content type; HTML pages get the reload script
//   a folder named without its '/'       301 to it with the '/'
//   nothing at that address              404, the site's own 404.html (with the script) when it has one
//   ".." or a dot-name, a bad escape     403
//   while the latest build has errors    500, the error page, whatever the address
//
// Every answer says `Cache-Control: no-store` (an edit must show at once)
// and `X-Content-Type-Options: nosniff`.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "serve/live_site.hpp"

namespace wt::serve {

struct Reply {
  int status = 200;
  std::string content_type;
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;  ///< besides Content-Type
};

/// The answer to a GET of `target` (as the client sent it: "/tin-tuc/?trang=2").
Reply answer_request(const Snapshot& snapshot, std::string_view target);

}  // namespace wt::serve

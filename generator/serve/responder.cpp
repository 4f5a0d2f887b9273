#include "serve/responder.hpp"

#include "serve/content_type.hpp"
#include "serve/reload_script.hpp"
#include "serve/request_path.hpp"

namespace wt::serve {
namespace {

constexpr const char* kHtml = "text/html; charset=utf-8";
constexpr const char* kText = "text/plain; charset=utf-8";

Reply with_common_headers(Reply r) {
  r.headers.emplace_back("Cache-Control", "no-store");
  r.headers.emplace_back("X-Content-Type-Options", "nosniff");
  return r;
}

Reply file_reply(const Snapshot& s, const std::string& rel, const std::string& bytes, int status) {
  Reply r;
  r.status = status;
  r.content_type = content_type_for(rel);
  if (is_html(rel)) {
    r.body = inject_reload_script(bytes, s.generation);
  } else {
    r.body = bytes;
    // An SVG opened on its own runs no script and loads nothing.
    if (r.content_type == std::string("image/svg+xml"))
      r.headers.emplace_back("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox");
  }
  return r;
}

Reply not_found(const Snapshot& s) {
  if (const std::string* page = s.find("404.html")) return file_reply(s, "404.html", *page, 404);
  Reply r;
  r.status = 404;
  r.content_type = kText;
  r.body = "Không có trang này (404 Not Found).\n";
  return r;
}

}  // namespace

Reply answer_request(const Snapshot& s, std::string_view target) {
  const PathAnswer where = map_request_path(target, [&](const std::string& rel) { return s.find(rel) != nullptr; });
  if (where.kind == PathAnswer::Kind::Refused) {
    Reply r;
    r.status = 403;
    r.content_type = kText;
    r.body = "Địa chỉ này không được phép (403 Forbidden).\n";
    return with_common_headers(std::move(r));
  }
  if (s.failed()) {
    Reply r;
    r.status = 500;
    r.content_type = kHtml;
    r.body = s.error_html;
    return with_common_headers(std::move(r));
  }
  switch (where.kind) {
    case PathAnswer::Kind::File: return with_common_headers(file_reply(s, where.rel, *s.find(where.rel), 200));
    case PathAnswer::Kind::Redirect: {
      Reply r;
      r.status = 301;
      r.content_type = kText;
      r.body = "→ " + where.location + "\n";
      r.headers.emplace_back("Location", where.location);
      return with_common_headers(std::move(r));
    }
    default: return with_common_headers(not_found(s));
  }
}

}  // namespace wt::serve

// Sites published under a path of a portal (issue 11, part 7): built with a
// base_url like https://sgd.example.vn/thcs-le-loi/, every internal reference
// of the output (pages, feeds, sitemap, robots.txt, JSON-LD, CSS, scripts,
// compliance.json) must start with /thcs-le-loi/ (or the base URL) and name a
// file of the output. Two goldens fix the bytes: fixture 'basic' built under
// the path (tests/golden/basic-subpath) and fixture 'subpath', whose own
// site.yaml has the path (tests/golden/subpath). WT_UPDATE_GOLDEN=1 rewrites them.
#include <catch2/catch.hpp>
#include <gumbo.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include <nlohmann/json.hpp>

#include "core/base_path.hpp"
#include "core/file_io.hpp"
#include "core/file_system.hpp"
#include "core/thread_pool.hpp"
#include "output/output_writer.hpp"
#include "site/build.hpp"
#include "support/html_check.hpp"
#include "support/temp_site.hpp"

namespace fs = std::filesystem;
using namespace wt;
using Files = std::map<std::string, std::string>;

namespace {

constexpr int64_t kFixedNow = 1767225600;  // 2026-01-01T00:00:00Z
const std::string kBaseUrl = "https://sgd.example.vn/thcs-le-loi/";

Files build_in_memory(const fs::path& site_dir, const std::string& base_url, int64_t now = kFixedNow) {
  site::BuildOptions opt;
  opt.site_dir = site_dir;
  opt.base_url = base_url;
  opt.now = now;
  opt.theme_dirs = {fs::path(WT_SOURCE_DIR) / "themes"};
  output::MemoryWriter writer;
  DiagnosticSink sink;
  ThreadPool pool(2);
  bool ok = site::build_site_to(opt, real_file_system(), pool, writer, sink, nullptr);
  std::ostringstream diags;
  sink.print(diags);
  INFO(diags.str());
  REQUIRE(ok);
  CHECK(sink.warning_count() == 0);
  return writer.files();
}

Files fixture(const std::string& name, const std::string& base_url) {
  return build_in_memory(fs::path(WT_TEST_FIXTURES) / "sites" / name, base_url);
}

Files read_tree(const fs::path& dir) {
  Files out;
  if (!fs::is_directory(dir)) return out;
  for (const auto& e : fs::recursive_directory_iterator(dir))
    if (e.is_regular_file()) out[fs::relative(e.path(), dir).generic_string()] = *read_file(e.path());
  return out;
}

void check_golden(const Files& files, const std::string& name) {
  fs::path golden = fs::path(WT_SOURCE_DIR) / "tests" / "golden" / name;
  if (std::getenv("WT_UPDATE_GOLDEN")) {
    fs::remove_all(golden);
    for (const auto& [rel, content] : files) {
      fs::create_directories((golden / rel).parent_path());
      std::ofstream(golden / rel, std::ios::binary) << content;
    }
    WARN("golden files rewritten: " << golden);
    return;
  }
  Files expected = read_tree(golden);
  std::vector<std::string> missing, extra;
  for (const auto& [rel, c] : expected)
    if (!files.count(rel)) missing.push_back(rel);
  for (const auto& [rel, c] : files)
    if (!expected.count(rel)) extra.push_back(rel);
  CHECK(missing == std::vector<std::string>{});
  CHECK(extra == std::vector<std::string>{});
  for (const auto& [rel, content] : expected) {
    auto it = files.find(rel);
    if (it == files.end()) continue;
    INFO("file: " << rel);
    CHECK(it->second == content);
  }
}

// ---- The scan of a whole output ----------------------------------------------

std::string trimmed(const std::string& s) {
  size_t b = 0, e = s.size();
  while (b < e && static_cast<unsigned char>(s[b]) <= 0x20) ++b;
  while (e > b && static_cast<unsigned char>(s[e - 1]) <= 0x20) --e;
  return s.substr(b, e - b);
}

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

bool starts_with(const std::string& s, const std::string& prefix) { return s.rfind(prefix, 0) == 0; }

std::string percent_decoded(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size() && std::isxdigit(static_cast<unsigned char>(s[i + 1])) &&
        std::isxdigit(static_cast<unsigned char>(s[i + 2]))) {
      out += static_cast<char>(std::stoi(s.substr(i + 1, 2), nullptr, 16));
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

// A value that is an address whatever attribute or key holds it.
bool looks_like_url(const std::string& raw) {
  std::string s = trimmed(raw);
  if (s.empty() || s.find_first_of(" \t\n\r") != std::string::npos) return false;
  std::string l = lower(s);
  return starts_with(l, "http://") || starts_with(l, "https://") || s[0] == '/' || s[0] == '\\';
}

// Every reference of every file of an output (.html, .xml, .svg, .txt, .css,
// .js, .json) that leaves the site's path, or names no file of the output.
class ReferenceScan {
 public:
  ReferenceScan(const Files& files, const std::string& base_url) : files_(files), base_url_(base_url) {
    base_path_ = base_path_of(base_url);
    origin_ = lower(base_url.substr(0, base_url.size() - base_path_.size() + 1));  // "https://sgd.example.vn/"
    host_ = origin_.substr(origin_.find("//") + 2);
    host_.pop_back();
    for (const auto& [rel, text] : files) scan_file(rel, text);
  }

  std::vector<std::string> problems;
  size_t checked = 0;

 private:
  void scan_file(const std::string& rel, const std::string& text) {
    std::string ext = fs::path(rel).extension().string();
    if (ext == ".html") html(rel, text);
    else if (ext == ".xml" || ext == ".svg") xml(rel, text);
    else if (ext == ".txt") txt(rel, text);
    else if (ext == ".css") css(rel, text, "CSS");
    else if (ext == ".js") js(rel, text);
    else if (ext == ".json") json_text(rel, text);
  }

  void check(const std::string& rel, const std::string& raw, const std::string& where) {
    std::string url = trimmed(raw);
    std::string l = lower(url);
    if (url.empty() || url[0] == '#' || starts_with(l, "mailto:") || starts_with(l, "tel:") || starts_with(l, "data:"))
      return;
    if (starts_with(l, "http://") || starts_with(l, "https://")) {
      std::string host = l.substr(l.find("//") + 2);
      host = host.substr(0, host.find_first_of("/?#"));
      if (host != host_) return;  // another site
      ++checked;
      if (!starts_with(url, base_url_)) return outside(rel, url, where);
      return resolve(rel, url, "/" + url.substr(base_url_.size()), where);
    }
    if (starts_with(url, "//") || starts_with(url, "\\\\") || starts_with(url, "/\\") || starts_with(url, "\\/")) {
      std::string host = l.substr(2, l.find_first_of("/\\?#", 2) - 2);
      if (host == host_) {
        ++checked;
        outside(rel, url, where);  // nothing of the site is written this way
      }
      return;
    }
    size_t colon = url.find(':');
    if (colon != std::string::npos && colon < url.find_first_of("/?#")) return;  // another scheme
    ++checked;
    if (is_root_relative(url)) {
      if (!starts_with(url, base_path_)) return outside(rel, url, where);
      return resolve(rel, url, url.substr(base_path_.size() - 1), where);
    }
    // Relative to the file: it must stay inside the output.
    std::string path = url.substr(0, url.find_first_of("?#"));
    if (path.empty()) return resolve(rel, url, "/" + rel, where);
    std::vector<std::string> segments;
    std::stringstream dir(fs::path(rel).parent_path().generic_string()), parts(path);
    for (std::string seg; std::getline(dir, seg, '/');)
      if (!seg.empty()) segments.push_back(seg);
    for (std::string seg; std::getline(parts, seg, '/');) {
      if (seg == "..") {
        if (segments.empty()) return outside(rel, url, where);  // above the site's folder
        segments.pop_back();
      } else if (!seg.empty() && seg != ".") {
        segments.push_back(seg);
      }
    }
    std::string site_path;
    for (const auto& seg : segments) site_path += "/" + seg;
    resolve(rel, url, site_path + (path.back() == '/' ? "/" : ""), where);
  }

  void outside(const std::string& rel, const std::string& url, const std::string& where) {
    problems.push_back(rel + ": " + where + " '" + url + "' is outside " + base_path_);
  }

  // `site_path` ("/tin-tuc/a/#x") must name a file of the output.
  void resolve(const std::string& rel, const std::string& url, std::string site_path, const std::string& where) {
    site_path = percent_decoded(site_path.substr(0, site_path.find_first_of("?#")));
    std::string file = site_path.substr(1);
    if (file.empty() || file.back() == '/') file += "index.html";
    if (files_.count(file) || files_.count(file + "/index.html")) return;
    problems.push_back(rel + ": " + where + " '" + url + "' names no file of the output");
  }

  void html(const std::string& rel, const std::string& text) {
    GumboOutput* out = gumbo_parse_with_options(&kGumboDefaultOptions, text.data(), text.size());
    walk(rel, out->root);
    gumbo_destroy_output(&kGumboDefaultOptions, out);
  }

  static std::string text_of(const GumboElement& el) {
    std::string s;
    for (unsigned i = 0; i < el.children.length; ++i) {
      auto* c = static_cast<const GumboNode*>(el.children.data[i]);
      if (c->type == GUMBO_NODE_TEXT || c->type == GUMBO_NODE_CDATA || c->type == GUMBO_NODE_WHITESPACE)
        s += c->v.text.text;
    }
    return s;
  }

  void walk(const std::string& rel, const GumboNode* node) {
    if (node->type != GUMBO_NODE_ELEMENT) return;
    const GumboElement& el = node->v.element;
    std::string tag = gumbo_normalized_tagname(el.tag);
    const GumboAttribute* http_equiv = gumbo_get_attribute(&el.attributes, "http-equiv");
    bool refresh = http_equiv && lower(http_equiv->value) == "refresh";
    for (unsigned i = 0; i < el.attributes.length; ++i) {
      auto* a = static_cast<const GumboAttribute*>(el.attributes.data[i]);
      std::string name = a->name, value = a->value, where = "<" + tag + " " + name + ">";
      if (name == "href" || name == "src" || name == "action" || name == "formaction" || name == "poster" ||
          name == "cite" || name == "data" || name == "background" || name == "longdesc" || name == "manifest") {
        check(rel, value, where);
      } else if (name == "srcset" || name == "imagesrcset") {
        std::stringstream candidates(value);
        for (std::string c; std::getline(candidates, c, ',');) check(rel, trimmed(c).substr(0, trimmed(c).find(' ')), where);
      } else if (name == "style") {
        css(rel, value, where);
      } else if (name == "content" && refresh) {
        size_t u = lower(value).find("url=");
        if (u != std::string::npos) check(rel, value.substr(u + 4), "<meta refresh>");
      } else if (looks_like_url(value)) {
        check(rel, value, where);
      }
    }
    if (el.tag == GUMBO_TAG_SCRIPT) {
      const GumboAttribute* type = gumbo_get_attribute(&el.attributes, "type");
      if (type && std::string(type->value) == "application/ld+json") json_text(rel, text_of(el));
      else js(rel, text_of(el));
    } else if (el.tag == GUMBO_TAG_STYLE) {
      css(rel, text_of(el), "<style>");
    }
    for (unsigned i = 0; i < el.children.length; ++i) walk(rel, static_cast<const GumboNode*>(el.children.data[i]));
  }

  // url(...) and @import "..." of a style sheet.
  void css(const std::string& rel, const std::string& text, const std::string& where) {
    for (size_t at = text.find("url("); at != std::string::npos; at = text.find("url(", at + 4)) {
      size_t end = text.find(')', at);
      std::string v = trimmed(text.substr(at + 4, end - at - 4));
      if (!v.empty() && (v[0] == '"' || v[0] == '\'')) v = v.substr(1, v.size() - 2);
      check(rel, v, where + " url()");
    }
    for (size_t at = text.find("@import"); at != std::string::npos; at = text.find("@import", at + 7)) {
      size_t q = text.find_first_of("\"'", at);
      if (q == std::string::npos || text.compare(at + 7, 5, " url(") == 0) continue;
      check(rel, text.substr(q + 1, text.find(text[q], q + 1) - q - 1), where + " @import");
    }
  }

  // String literals of a script that start with '/' (a URL the script builds).
  void js(const std::string& rel, const std::string& text) {
    for (size_t i = 0; i + 1 < text.size(); ++i) {
      char q = text[i];
      if ((q != '\'' && q != '"' && q != '`') || (text[i + 1] != '/' && text[i + 1] != '\\')) continue;
      size_t end = text.find(q, i + 1);
      if (end == std::string::npos) break;
      std::string literal = text.substr(i + 1, end - i - 1);
      if (looks_like_url(literal)) check(rel, literal, "script string");
      i = end;
    }
  }

  // Attribute values and element texts of an XML file that are addresses.
  void xml(const std::string& rel, const std::string& text) {
    auto decoded = [](std::string s) {
      for (size_t at = s.find("&amp;"); at != std::string::npos; at = s.find("&amp;", at + 1)) s.replace(at, 5, "&");
      return s;
    };
    for (size_t at = text.find("=\""); at != std::string::npos; at = text.find("=\"", at + 2)) {
      std::string v = decoded(text.substr(at + 2, text.find('"', at + 2) - at - 2));
      if (looks_like_url(v)) check(rel, v, "XML attribute");
    }
    for (size_t at = text.find('>'); at != std::string::npos; at = text.find('>', at + 1)) {
      std::string v = decoded(text.substr(at + 1, text.find('<', at + 1) - at - 1));
      if (looks_like_url(v)) check(rel, v, "XML text");
    }
  }

  // "Key: value" lines (robots.txt).
  void txt(const std::string& rel, const std::string& text) {
    std::stringstream lines(text);
    for (std::string line; std::getline(lines, line);) {
      size_t colon = line.find(':');
      if (colon == std::string::npos) continue;
      std::string v = trimmed(line.substr(colon + 1));
      if (looks_like_url(v)) check(rel, v, trimmed(line.substr(0, colon)) + ":");
    }
  }

  void json_text(const std::string& rel, const std::string& text) {
    auto j = nlohmann::json::parse(text, nullptr, false);
    if (j.is_discarded()) return problems.push_back(rel + ": JSON that does not parse");
    json_value(rel, j, "");
  }

  void json_value(const std::string& rel, const nlohmann::json& j, const std::string& key) {
    if (j.is_string()) {
      if (looks_like_url(j.get<std::string>())) check(rel, j.get<std::string>(), "JSON \"" + key + "\"");
    } else if (j.is_object()) {
      for (auto it = j.begin(); it != j.end(); ++it) json_value(rel, it.value(), it.key());
    } else if (j.is_array()) {
      for (const auto& e : j) json_value(rel, e, key);
    }
  }

  const Files& files_;
  std::string base_url_, base_path_, origin_, host_;
};

std::string joined(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& l : lines) out += l + "\n";
  return out;
}

// The scan finds nothing outside the path, and the link check of every page
// (every href and src resolves to a file, #fragments to an id) passes.
void check_whole_output(const Files& files, size_t min_references) {
  ReferenceScan scan(files, kBaseUrl);
  INFO(joined(scan.problems));
  CHECK(scan.problems.empty());
  CHECK(scan.checked >= min_references);

  fs::path dir = test::make_temp_dir("wt-subpath");
  for (const auto& [rel, content] : files) {
    fs::create_directories((dir / rel).parent_path());
    std::ofstream(dir / rel, std::ios::binary) << content;
  }
  auto report = test::check_html_site(dir, kBaseUrl, "/thcs-le-loi/");
  INFO(joined(report.problems));
  CHECK(report.problems.empty());
  CHECK(report.links_checked > 0);
  fs::remove_all(dir);
}

}  // namespace

TEST_CASE("site under a path: the scan finds every kind of reference outside the path", "[site][subpath]") {
  const Files bad = {
      {"index.html",
       "<!DOCTYPE html><html lang=\"vi\"><head>"
       "<link rel=\"stylesheet\" href=\"/css/style.css\">"
       "<meta http-equiv=\"refresh\" content=\"0; url=/tin-tuc/\">"
       "<meta property=\"og:image\" content=\"https://sgd.example.vn/images/a.png\">"
       "<script type=\"application/ld+json\">{\"@id\": \"https://sgd.example.vn/#school\", \"logo\": \"/logo.svg\"}</script>"
       "<style>body { background: url('/images/bg.png') }</style>"
       "</head><body><h1>A</h1>"
       "<a href=\"/thcs-le-loi/\">ok</a> <a href=\"https://moet.gov.vn/\">ok</a> <a href=\"mailto:a@b.vn\">ok</a>"
       "<a href=\"#a\">ok</a> <a href=\"css/style.css\">ok</a>"
       "<a href=\" /gioi-thieu/\">x</a> <img src=\"/images/a.png\" srcset=\"/thcs-le-loi/css/style.css 1x, /b.png 2x\">"
       "<a href=\"//sgd.example.vn/x/\">x</a> <a href=\"../../../x/\">x</a> <a href=\"/thcs-le-loi/khong-co/\">x</a>"
       "<form action=\"/tim-kiem/\"></form> <div style=\"background: url(/c.png)\" data-href=\"/d/\"></div>"
       "<script>fetch('/api/tim-kiem.json')</script>"
       "</body></html>"},
      {"css/style.css", "@import \"/theme.css\";\n.a { background: url(/images/x.png) }\n.b { background: url(a.png) }"},
      {"js/a.js", "var u = '/tim-kiem/' + q; var r = /[a-z]/g;"},
      {"sitemap.xml", "<urlset><url><loc>https://sgd.example.vn/tin-tuc/</loc></url>"
                      "<url><loc>https://sgd.example.vn/thcs-le-loi/</loc></url></urlset>"},
      {"rss.xml", "<rss><channel><link>https://sgd.example.vn/</link>"
                  "<atom:link href=\"https://sgd.example.vn/rss.xml\" rel=\"self\"/></channel></rss>"},
      {"robots.txt", "User-agent: *\nAllow: /\n\nSitemap: https://sgd.example.vn/sitemap.xml\n"},
      {"compliance.json", "{\"site\": {\"url\": \"/\"}, \"ok\": \"https://sgd.example.vn/thcs-le-loi/\"}"},
  };
  ReferenceScan scan(bad, kBaseUrl);
  const std::vector<std::string> expected = {
      "compliance.json: JSON \"url\" '/' is outside /thcs-le-loi/",
      "css/style.css: CSS url() '/images/x.png' is outside /thcs-le-loi/",
      "css/style.css: CSS url() 'a.png' names no file of the output",
      "css/style.css: CSS @import '/theme.css' is outside /thcs-le-loi/",
      "index.html: <link href> '/css/style.css' is outside /thcs-le-loi/",
      "index.html: <meta refresh> '/tin-tuc/' is outside /thcs-le-loi/",
      "index.html: <meta content> 'https://sgd.example.vn/images/a.png' is outside /thcs-le-loi/",
      "index.html: JSON \"@id\" 'https://sgd.example.vn/#school' is outside /thcs-le-loi/",
      "index.html: JSON \"logo\" '/logo.svg' is outside /thcs-le-loi/",
      "index.html: <style> url() '/images/bg.png' is outside /thcs-le-loi/",
      "index.html: <a href> '/gioi-thieu/' is outside /thcs-le-loi/",
      "index.html: <img src> '/images/a.png' is outside /thcs-le-loi/",
      "index.html: <img srcset> '/b.png' is outside /thcs-le-loi/",
      "index.html: <a href> '//sgd.example.vn/x/' is outside /thcs-le-loi/",
      "index.html: <a href> '../../../x/' is outside /thcs-le-loi/",
      "index.html: <a href> '/thcs-le-loi/khong-co/' names no file of the output",
      "index.html: <form action> '/tim-kiem/' is outside /thcs-le-loi/",
      "index.html: <div style> url() '/c.png' is outside /thcs-le-loi/",
      "index.html: <div data-href> '/d/' is outside /thcs-le-loi/",
      "index.html: script string '/api/tim-kiem.json' is outside /thcs-le-loi/",
      "js/a.js: script string '/tim-kiem/' is outside /thcs-le-loi/",
      "robots.txt: Allow: '/' is outside /thcs-le-loi/",
      "robots.txt: Sitemap: 'https://sgd.example.vn/sitemap.xml' is outside /thcs-le-loi/",
      "rss.xml: XML attribute 'https://sgd.example.vn/rss.xml' is outside /thcs-le-loi/",
      "rss.xml: XML text 'https://sgd.example.vn/' is outside /thcs-le-loi/",
      "sitemap.xml: XML text 'https://sgd.example.vn/tin-tuc/' is outside /thcs-le-loi/",
  };
  std::vector<std::string> got = scan.problems, want = expected;
  std::sort(got.begin(), got.end());
  std::sort(want.begin(), want.end());
  CHECK(got == want);
}

TEST_CASE("site under a path: fixture 'basic' built with --base-url matches its golden output", "[site][subpath][golden]") {
  Files files = fixture("basic", kBaseUrl);
  check_golden(files, "basic-subpath");
  check_whole_output(files, 400);
  // Under the path, the same files as at the root, and only the addresses differ.
  Files root = fixture("basic", "");
  CHECK(files.size() == root.size());
  for (const auto& [rel, content] : root) CHECK(files.count(rel));
  CHECK(files.at("robots.txt") ==
        "User-agent: *\nAllow: /thcs-le-loi/\n\nSitemap: https://sgd.example.vn/thcs-le-loi/sitemap.xml\n");
  CHECK(files.at("css/style.css") == root.at("css/style.css"));
  // Only the addresses differ: taking the path out again gives the root build, byte for byte.
  auto replaced = [](std::string text, const std::string& from, const std::string& to) {
    for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
      text.replace(at, from.size(), to);
    return text;
  };
  for (const auto& [rel, content] : fixture("basic", "https://sgd.example.vn/")) {
    INFO("file: " << rel);
    CHECK(replaced(files.at(rel), "/thcs-le-loi/", "/") == content);
  }
}

TEST_CASE("site under a path: fixture 'subpath' (base_url with a path in site.yaml) matches its golden output",
          "[site][subpath][golden]") {
  Files files = fixture("subpath", "");
  check_golden(files, "subpath");
  check_whole_output(files, 400);
  const std::string& post = files.at("tin-tuc/hop-phu-huynh-dau-nam/index.html");
  for (const char* s : {"<a href=\"/thcs-le-loi/van-ban/\">văn bản</a>",      // raw HTML
                        // a photo (site/site_images.hpp): a <picture> under the path
                        "<img src=\"/thcs-le-loi/images/logo.png\" srcset=\"/thcs-le-loi/images/logo.png 1w\"",
                        "<a href=\"//cdn.example.vn/lich.pdf\">lịch</a>",    // another host: as written
                        "<blockquote cite=\"/thcs-le-loi/gioi-thieu/\">"})
    CHECK(post.find(s) != std::string::npos);
  const std::string& about = files.at("gioi-thieu/index.html");
  for (const char* s : {"src=\"/thcs-le-loi/images/logo.png\"",  // Markdown image
                        "<a href=\"/thcs-le-loi/tin-tuc/khai-giang/#chuong-trinh\">tin khai giảng</a>",  // @/ link
                        "<a href=\"/thcs-le-loi/\">trang chủ</a>"})
    CHECK(about.find(s) != std::string::npos);
  CHECK(files.at("index.html").find("<a href=\"/thcs-le-loi/files/mau-don.pdf\">mẫu đơn</a>") != std::string::npos);
  CHECK(files.at("tin-cu/khai-giang/index.html").find("content=\"0; url=/thcs-le-loi/tin-tuc/khai-giang/\"") !=
        std::string::npos);
}

TEST_CASE("site under a path: fixture 'data-pages' has nothing outside the path", "[site][subpath]") {
  check_whole_output(fixture("data-pages", kBaseUrl), 300);
}

TEST_CASE("site under a path: site.example has nothing outside the path", "[site][subpath][example]") {
  // Built at today's date, as site_example_test.cpp does (its posts and data are dated).
  check_whole_output(build_in_memory(fs::path(WT_SOURCE_DIR) / "site.example", kBaseUrl, 0), 10000);
}

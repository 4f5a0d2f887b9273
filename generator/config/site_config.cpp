#include "config/site_config.hpp"

#include "config/base_url.hpp"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <sstream>

#include "core/base_path.hpp"
#include "core/file_io.hpp"
#include "core/text.hpp"
#include "core/url_safety.hpp"
#include "core/yaml_document.hpp"
#include "core/yaml_position.hpp"
#include "core/yaml_syntax_error.hpp"
#include "regulations/school_type.hpp"

namespace wt::config {
namespace {

using Kind = yaml::Node::Kind;

const std::vector<std::string> kTopKeys = {
    "name", "short_name", "type", "address", "phone", "email", "province", "managing_body",
    "responsible", "base_url", "description", "logo", "language", "timezone", "theme", "rules",
    "rubric", "pagination", "home_latest", "feed_limit", "menus", "links", "static_allow", "approval"};
const std::vector<std::string> kMenuKeys = {"name", "url", "page", "weight", "children"};

// Reads site.yaml nodes and reports problems at their position.
class Reader {
 public:
  Reader(const std::string& file, DiagnosticSink& sink) : file_(file), sink_(sink) {}

  Position at(const yaml::Node& n) const { return yaml_position(file_, n); }

  void error(const yaml::Node& n, const std::string& code, const std::string& msg) {
    sink_.error(at(n), code, msg);
    ok_ = false;
  }

  bool string(const yaml::Node& n, const std::string& key, std::string& out) {
    if (n.kind != Kind::Scalar) {
      error(n, "config.type", "'" + key + "' should be a text value");
      return false;
    }
    out = to_nfc(n.scalar);
    return true;
  }

  // A URL every page will show: the scheme allow-list of core/url_safety.hpp.
  void url(const yaml::Node& n, const std::string& key, std::string& out, UrlUse use) {
    if (!string(n, key, out)) return;
    if (auto why = url_refusal(out, use)) {
      error(n, "config.url", "'" + key + "' cannot be '" + out + "': " + *why);
    }
  }

  void integer(const yaml::Node& n, const std::string& key, int& out, int min, int max) {
    std::optional<int> v = yaml::to_int(n);
    if (!v) {
      error(n, "config.type", "'" + key + "' should be a whole number, not \"" +
                                  (n.kind == Kind::Scalar ? n.scalar : std::string("a list")) + "\"");
      return;
    }
    if (*v < min || *v > max) {
      error(n, "config.range", "'" + key + "' should be between " + std::to_string(min) + " and " +
                                   std::to_string(max) + ", not " + std::to_string(*v));
      return;
    }
    out = *v;
  }

  void unknown_key(const yaml::Node& key_node, const std::string& key,
                   const std::vector<std::string>& known, const std::string& where) {
    std::string msg = "unknown setting '" + key + "'" + where;
    std::string guess = closest_match(key, known);
    if (!guess.empty()) msg += " (did you mean '" + guess + "'?)";
    error(key_node, "config.unknown-key", msg);
  }

  std::vector<MenuEntry> menu(const yaml::Node& list, const std::string& name) {
    std::vector<MenuEntry> out;
    if (list.kind != Kind::Sequence) {
      error(list, "config.type", "menu '" + name + "' should be a list of entries");
      return out;
    }
    for (const auto& item : list.items) {
      if (item.kind != Kind::Mapping) {
        error(item, "config.type", "each menu entry needs 'name' and 'url' or 'page'");
        continue;
      }
      MenuEntry e;
      e.position = at(item);
      for (const auto& kv : item.pairs) {
        const std::string& k = kv.first.scalar;
        if (k == "name") string(kv.second, k, e.name);
        else if (k == "url") url(kv.second, k, e.url, UrlUse::Link);
        else if (k == "page") string(kv.second, k, e.page);
        else if (k == "weight") integer(kv.second, k, e.weight, -100000, 100000);
        else if (k == "children") e.children = menu(kv.second, name);
        else unknown_key(kv.first, k, kMenuKeys, " in a menu entry");
      }
      if (e.name.empty()) error(item, "config.menu.name", "this menu entry has no 'name'");
      if (e.url.empty() && e.page.empty() && e.children.empty())
        error(item, "config.menu.target", "menu entry '" + e.name + "' needs a 'url' or a 'page'");
      out.push_back(std::move(e));
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const MenuEntry& a, const MenuEntry& b) { return a.weight < b.weight; });
    return out;
  }

  // static_allow: paths of static files that may carry script, as published
  // ("bieu-mau/don.html") or under the site folder ("static/bieu-mau/don.html"),
  // with the wildcards * ? [...] of a shell, which do not cross '/'.
  void static_allow(const yaml::Node& list, std::vector<std::string>& out) {
    if (list.kind != Kind::Sequence) {
      error(list, "config.type", "'static_allow' should be a list of file paths, like [\"bieu-mau/don.html\"]");
      return;
    }
    for (const auto& item : list.items) {
      std::string path;
      if (!string(item, "static_allow", path)) continue;
      bool dots = ("/" + path + "/").find("/../") != std::string::npos ||
                  ("/" + path + "/").find("/./") != std::string::npos;
      if (path.empty() || path[0] == '/' || dots || path.find('\\') != std::string::npos) {
        error(item, "config.static-allow",
              "'" + path + "' is not a path inside the site: write it as the file is published, like "
              "bieu-mau/don.html, without a leading '/' or '..'");
        continue;
      }
      out.push_back(path);
    }
  }

  bool ok() const { return ok_; }

 private:
  const std::string& file_;
  DiagnosticSink& sink_;
  bool ok_ = true;
};

bool parse_timezone(const std::string& s, int& minutes) {
  if (s.size() != 6 || (s[0] != '+' && s[0] != '-') || s[3] != ':') return false;
  if (!isdigit(s[1]) || !isdigit(s[2]) || !isdigit(s[4]) || !isdigit(s[5])) return false;
  int h = (s[1] - '0') * 10 + (s[2] - '0'), m = (s[4] - '0') * 10 + (s[5] - '0');
  if (h > 14 || m > 59) return false;
  minutes = (s[0] == '-' ? -1 : 1) * (h * 60 + m);
  return true;
}

}  // namespace

const std::vector<std::string>& site_config_keys() { return kTopKeys; }

std::optional<SiteConfig> parse_site_config(const std::string& text, const std::string& file,
                                            DiagnosticSink& sink) {
  yaml::ParseError yaml_error;
  std::optional<yaml::Node> root = yaml::parse(text, &yaml_error);
  if (!root) {
    report_yaml_syntax_error(sink, {file, text, "config.yaml", "this is not valid YAML: "}, yaml_error);
    return std::nullopt;
  }
  if (root->kind != Kind::Mapping) {
    sink.error({file, 1, 1}, "config.yaml", "site.yaml should be a list of settings like 'name: ...'");
    return std::nullopt;
  }
  SiteConfig cfg;
  cfg.file = file;
  cfg.text = text;
  Reader r(file, sink);
  for (const auto& kv : root->pairs) {
    const std::string& key = kv.first.scalar;
    const yaml::Node& v = kv.second;
    cfg.key_positions[key] = r.at(v);
    if (key == "name") r.string(v, key, cfg.name);
    else if (key == "short_name") r.string(v, key, cfg.short_name);
    else if (key == "type") {
      if (r.string(v, key, cfg.type) && !regulations::is_school_type(cfg.type))
        r.error(v, "config.type", "'type' should be one of " + regulations::school_type_list() + ", not '" +
                                      cfg.type + "'");
    } else if (key == "address") r.string(v, key, cfg.address);
    else if (key == "phone") r.string(v, key, cfg.phone);
    else if (key == "email") r.string(v, key, cfg.email);
    else if (key == "province") r.string(v, key, cfg.province);
    else if (key == "managing_body") r.string(v, key, cfg.managing_body);
    else if (key == "responsible") r.string(v, key, cfg.responsible);
    else if (key == "base_url") {
      std::string text, why;
      if (r.string(v, key, text)) {
        if (auto url = normalize_base_url(text, &why)) cfg.base_url = std::move(*url);
        else r.error(v, "config.base-url", "'base_url' " + why);
      }
    } else if (key == "description") r.string(v, key, cfg.description);
    else if (key == "logo") r.url(v, key, cfg.logo, UrlUse::Image);
    else if (key == "language") r.string(v, key, cfg.language);
    else if (key == "timezone") {
      std::string tz;
      if (r.string(v, key, tz) && !parse_timezone(tz, cfg.timezone_minutes))
        r.error(v, "config.timezone", "'timezone' should look like +07:00, not '" + tz + "'");
    } else if (key == "theme") r.string(v, key, cfg.theme);
    else if (key == "rules") r.string(v, key, cfg.rules);
    else if (key == "rubric") r.string(v, key, cfg.rubric);
    else if (key == "pagination") r.integer(v, key, cfg.pagination, 1, 1000);
    else if (key == "home_latest") r.integer(v, key, cfg.home_latest, 0, 100);
    else if (key == "feed_limit") r.integer(v, key, cfg.feed_limit, 1, 10000);
    else if (key == "approval") {
      std::string mode;
      if (r.string(v, key, mode)) {
        if (mode == "required" || mode == "off") cfg.approval_required = mode == "required";
        else r.error(v, "config.approval", "'approval' should be required or off, not '" + mode + "'");
      }
    }
    else if (key == "menus") {
      if (v.kind != Kind::Mapping) {
        r.error(v, "config.type", "'menus' should hold 'main' and/or 'footer' lists");
        continue;
      }
      for (const auto& m : v.pairs) {
        const std::string& mk = m.first.scalar;
        if (mk == "main") cfg.main_menu = r.menu(m.second, mk);
        else if (mk == "footer") cfg.footer_menu = r.menu(m.second, mk);
        else r.unknown_key(m.first, mk, {"main", "footer"}, " in 'menus'");
      }
    } else if (key == "links") {
      if (v.kind != Kind::Sequence) {
        r.error(v, "config.type", "'links' should be a list of {name, url}");
        continue;
      }
      for (const auto& l : v.items) {
        Link link;
        const yaml::Node* name = yaml::find(l, "name");
        const yaml::Node* url = yaml::find(l, "url");
        if (name && url) {
          r.string(*name, "name", link.name);
          r.url(*url, "url", link.url, UrlUse::Link);
          cfg.links.push_back(link);
        } else {
          r.error(l, "config.type", "each link needs a 'name' and a 'url'");
        }
      }
    } else if (key == "static_allow") {
      r.static_allow(v, cfg.static_allow);
    } else {
      r.unknown_key(kv.first, key, kTopKeys, " in site.yaml");
    }
  }
  if (cfg.name.empty()) {
    sink.error({file, 1, 1}, "config.name", "site.yaml has no 'name': write the full name of the school");
    return std::nullopt;
  }
  if (cfg.short_name.empty()) cfg.short_name = cfg.name;
  if (!r.ok()) return std::nullopt;
  return cfg;
}

std::string SiteConfig::base_path() const { return base_path_of(base_url); }

bool override_base_url(SiteConfig& cfg, const std::string& url, DiagnosticSink& sink) {
  std::string why;
  auto normalized = normalize_base_url(url, &why);
  if (!normalized) {
    sink.error({"--base-url", 0, 0}, "config.base-url", "'--base-url' " + why);
    return false;
  }
  cfg.base_url = std::move(*normalized);
  return true;
}

std::optional<SiteConfig> load_site_config(const std::filesystem::path& site_dir, DiagnosticSink& sink) {
  FileError error;
  auto text = read_file_inside(site_dir / "site.yaml", real_root(site_dir), &error);
  if (!text && (error.code == "file.missing" || error.code == "file.read")) {
    sink.error({"site.yaml", 0, 0}, "config.missing",
               "cannot read site.yaml in '" + site_dir.string() + "': is this a Webtruong site folder?");
    return std::nullopt;
  }
  if (!text) {
    sink.error({"site.yaml", 0, 0}, error.code, error.message);
    return std::nullopt;
  }
  return parse_site_config(*text, "site.yaml", sink);
}

}  // namespace wt::config

#include "config/site_config.hpp"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <sstream>

#include "core/text.hpp"
#include "core/yaml_position.hpp"

namespace wt::config {
namespace {

const std::vector<std::string> kTopKeys = {
    "name", "short_name", "type", "address", "phone", "email", "province", "managing_body",
    "responsible", "base_url", "description", "logo", "language", "timezone", "theme", "rules",
    "rubric", "pagination", "home_latest", "feed_limit", "menus", "links"};
const std::vector<std::string> kSchoolTypes = {"mn", "th", "thcs", "thpt", "gdtx", "pgd", "sgd"};
const std::vector<std::string> kMenuKeys = {"name", "url", "page", "weight", "children"};

// Reads site.yaml nodes and reports problems at their position.
class Reader {
 public:
  Reader(const std::string& text, const std::string& file, DiagnosticSink& sink)
      : text_(text), file_(file), sink_(sink) {}

  Position at(const YAML::Node& n) const {
    auto m = n.Mark();
    return yaml_position(file_, text_, m.line, m.column);
  }

  void error(const YAML::Node& n, const std::string& code, const std::string& msg) {
    sink_.error(at(n), code, msg);
    ok_ = false;
  }

  bool string(const YAML::Node& n, const std::string& key, std::string& out) {
    if (!n.IsScalar()) {
      error(n, "config.type", "'" + key + "' should be a text value");
      return false;
    }
    out = to_nfc(n.Scalar());
    return true;
  }

  void integer(const YAML::Node& n, const std::string& key, int& out, int min, int max) {
    try {
      int v = n.as<int>();
      if (v < min || v > max) {
        error(n, "config.range", "'" + key + "' should be between " + std::to_string(min) + " and " +
                                     std::to_string(max) + ", not " + std::to_string(v));
        return;
      }
      out = v;
    } catch (const YAML::Exception&) {
      error(n, "config.type", "'" + key + "' should be a whole number, not \"" +
                                  (n.IsScalar() ? n.Scalar() : std::string("a list")) + "\"");
    }
  }

  void unknown_key(const YAML::Node& key_node, const std::string& key,
                   const std::vector<std::string>& known, const std::string& where) {
    std::string msg = "unknown setting '" + key + "'" + where;
    std::string guess = closest_match(key, known);
    if (!guess.empty()) msg += " (did you mean '" + guess + "'?)";
    error(key_node, "config.unknown-key", msg);
  }

  std::vector<MenuEntry> menu(const YAML::Node& list, const std::string& name) {
    std::vector<MenuEntry> out;
    if (!list.IsSequence()) {
      error(list, "config.type", "menu '" + name + "' should be a list of entries");
      return out;
    }
    for (const auto& item : list) {
      if (!item.IsMap()) {
        error(item, "config.type", "each menu entry needs 'name' and 'url' or 'page'");
        continue;
      }
      MenuEntry e;
      e.position = at(item);
      for (const auto& kv : item) {
        std::string k = kv.first.Scalar();
        if (k == "name") string(kv.second, k, e.name);
        else if (k == "url") string(kv.second, k, e.url);
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

  bool ok() const { return ok_; }

 private:
  const std::string& text_;
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

std::string school_type_name(const std::string& type) {
  if (type == "mn") return "Trường Mầm non";
  if (type == "th") return "Trường Tiểu học";
  if (type == "thcs") return "Trường Trung học cơ sở";
  if (type == "thpt") return "Trường Trung học phổ thông";
  if (type == "gdtx") return "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên";
  if (type == "pgd") return "Phòng Giáo dục và Đào tạo";
  if (type == "sgd") return "Sở Giáo dục và Đào tạo";
  return "";
}

std::optional<SiteConfig> parse_site_config(const std::string& text, const std::string& file,
                                            DiagnosticSink& sink) {
  size_t open_quote = find_unclosed_quote(text);
  if (open_quote != std::string::npos) {
    sink.error(position_in(file, text, open_quote), "config.yaml",
               std::string("the quote ") + text[open_quote] + " that starts here is never closed: add the closing " +
                   text[open_quote] + " at the end of the value");
    return std::nullopt;
  }
  YAML::Node root;
  try {
    root = YAML::Load(text);
  } catch (const YAML::ParserException& e) {
    sink.error(yaml_position(file, text, e.mark.line, e.mark.column), "config.yaml",
               "this is not valid YAML: " + e.msg);
    return std::nullopt;
  }
  if (!root.IsMap()) {
    sink.error({file, 1, 1}, "config.yaml", "site.yaml should be a list of settings like 'name: ...'");
    return std::nullopt;
  }
  SiteConfig cfg;
  Reader r(text, file, sink);
  for (const auto& kv : root) {
    const std::string key = kv.first.Scalar();
    const YAML::Node& v = kv.second;
    if (key == "name") r.string(v, key, cfg.name);
    else if (key == "short_name") r.string(v, key, cfg.short_name);
    else if (key == "type") {
      if (r.string(v, key, cfg.type) &&
          std::find(kSchoolTypes.begin(), kSchoolTypes.end(), cfg.type) == kSchoolTypes.end())
        r.error(v, "config.type", "'type' should be one of mn, th, thcs, thpt, gdtx, pgd, sgd, not '" +
                                      cfg.type + "'");
    } else if (key == "address") r.string(v, key, cfg.address);
    else if (key == "phone") r.string(v, key, cfg.phone);
    else if (key == "email") r.string(v, key, cfg.email);
    else if (key == "province") r.string(v, key, cfg.province);
    else if (key == "managing_body") r.string(v, key, cfg.managing_body);
    else if (key == "responsible") r.string(v, key, cfg.responsible);
    else if (key == "base_url") {
      if (r.string(v, key, cfg.base_url)) {
        if (cfg.base_url.rfind("http://", 0) != 0 && cfg.base_url.rfind("https://", 0) != 0)
          r.error(v, "config.base-url", "'base_url' should start with http:// or https://");
        if (cfg.base_url.empty() || cfg.base_url.back() != '/') cfg.base_url += '/';
      }
    } else if (key == "description") r.string(v, key, cfg.description);
    else if (key == "logo") r.string(v, key, cfg.logo);
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
    else if (key == "menus") {
      if (!v.IsMap()) {
        r.error(v, "config.type", "'menus' should hold 'main' and/or 'footer' lists");
        continue;
      }
      for (const auto& m : v) {
        std::string mk = m.first.Scalar();
        if (mk == "main") cfg.main_menu = r.menu(m.second, mk);
        else if (mk == "footer") cfg.footer_menu = r.menu(m.second, mk);
        else r.unknown_key(m.first, mk, {"main", "footer"}, " in 'menus'");
      }
    } else if (key == "links") {
      if (!v.IsSequence()) {
        r.error(v, "config.type", "'links' should be a list of {name, url}");
        continue;
      }
      for (const auto& l : v) {
        Link link;
        if (l.IsMap() && l["name"] && l["url"]) {
          r.string(l["name"], "name", link.name);
          r.string(l["url"], "url", link.url);
          cfg.links.push_back(link);
        } else {
          r.error(l, "config.type", "each link needs a 'name' and a 'url'");
        }
      }
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

std::optional<SiteConfig> load_site_config(const std::filesystem::path& site_dir, DiagnosticSink& sink) {
  std::ifstream in(site_dir / "site.yaml", std::ios::binary);
  if (!in) {
    sink.error({"site.yaml", 0, 0}, "config.missing",
               "cannot read site.yaml in '" + site_dir.string() + "': is this a Webtruong site folder?");
    return std::nullopt;
  }
  std::stringstream ss;
  ss << in.rdbuf();
  return parse_site_config(ss.str(), "site.yaml", sink);
}

}  // namespace wt::config

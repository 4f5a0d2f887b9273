#include "portal/portal_config.hpp"

#include <algorithm>
#include <map>

#include "config/base_url.hpp"
#include "core/base_path.hpp"
#include "core/content_hash.hpp"
#include "core/file_io.hpp"
#include "core/text.hpp"
#include "core/yaml_document.hpp"
#include "core/yaml_position.hpp"
#include "core/yaml_syntax_error.hpp"
#include "regulations/school_type.hpp"
#include "site/site_check.hpp"

namespace fs = std::filesystem;

namespace wt::portal {
namespace {

using Kind = yaml::Node::Kind;

const std::vector<std::string> kTopKeys = {"name", "province", "base_url", "rubric", "members"};
const std::vector<std::string> kMemberKeys = {"slug",    "source",      "path",         "host",
                                              "commune", "school_type", "managing_body"};

bool is_slug(const std::string& s) {
  if (s.empty() || s.size() > 100 || s.front() == '-' || s.back() == '-') return false;
  return std::all_of(s.begin(), s.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; });
}

// A DNS host name: labels of a-z, 0-9 and '-', 1 to 63 bytes, not starting
// or ending with '-', at least two of them, 253 bytes in all.
bool is_host_name(const std::string& h) {
  if (h.empty() || h.size() > 253 || h.find('.') == std::string::npos) return false;
  size_t start = 0;
  while (start <= h.size()) {
    size_t end = h.find('.', start);
    if (end == std::string::npos) end = h.size();
    std::string label = h.substr(start, end - start);
    if (label.empty() || label.size() > 63 || !is_slug(label)) return false;
    start = end + 1;
  }
  return true;
}

std::string position_text(const Position& p) {
  return p.file + ":" + std::to_string(p.line) + ":" + std::to_string(p.column);
}

class Reader {
 public:
  Reader(const std::string& file, DiagnosticSink& sink) : file_(file), sink_(sink) {}

  Position at(const yaml::Node& n) const { return yaml_position(file_, n); }

  void error(const yaml::Node& n, const std::string& code, const std::string& msg) {
    sink_.error(at(n), code, msg);
    ok_ = false;
  }

  bool text(const yaml::Node& n, const std::string& key, std::string& out) {
    if (n.kind != Kind::Scalar || n.scalar.empty()) {
      error(n, "portal.type", "'" + key + "' should be a text value");
      return false;
    }
    out = to_nfc(n.scalar);
    return true;
  }

  void unknown_key(const yaml::Node& key_node, const std::vector<std::string>& known, const std::string& where) {
    std::string msg = "unknown setting '" + key_node.scalar + "'" + where;
    std::string guess = closest_match(key_node.scalar, known);
    if (!guess.empty()) msg += " (did you mean '" + guess + "'?)";
    error(key_node, "portal.unknown-key", msg);
  }

  void top(const yaml::Node& root, PortalConfig& cfg) {
    const yaml::Node* members = nullptr;
    for (const auto& [k, v] : root.pairs) {
      const std::string& key = k.scalar;
      if (key == "name") text(v, key, cfg.name);
      else if (key == "province") text(v, key, cfg.province);
      else if (key == "base_url") base_url(v, cfg);
      else if (key == "rubric") {
        if (text(v, key, cfg.rubric) && !is_slug(cfg.rubric))
          error(v, "portal.rubric", "'rubric' should name a rubric of schemas/rubrics/, like vinh-phuc-2016-2017");
        cfg.rubric_position = at(v);
      } else if (key == "members") members = &v;
      else unknown_key(k, kTopKeys, " in portal.yaml");
    }
    for (const char* key : {"name", "province", "base_url"})
      if (!yaml::find(root, key)) error(root, "portal.missing", std::string("portal.yaml has no '") + key + "'");
    if (!members) {
      error(root, "portal.missing", "portal.yaml has no 'members'");
      return;
    }
    if (members->kind != Kind::Sequence || members->items.empty()) {
      error(*members, "portal.type", "'members' should be a list of member sites, each with 'slug' and 'source'");
      return;
    }
    for (const auto& item : members->items) member(item, cfg);
  }

  void base_url(const yaml::Node& v, PortalConfig& cfg) {
    std::string raw;
    cfg.base_url_position = at(v);
    if (!text(v, "base_url", raw)) return;
    std::string why;
    auto url = config::normalize_base_url(raw, &why);
    if (!url) return error(v, "portal.base-url", "'base_url' " + why);
    // OUT/www/ is the root of the portal's host (docs/portal.md).
    if (base_path_of(*url) != "/")
      return error(v, "portal.base-url",
                   "'base_url' should be the root of the portal's host, like https://phutho.edu.vn/, not the folder '" +
                       base_path_of(*url) + "'");
    cfg.base_url = *url;
  }

  void member(const yaml::Node& item, PortalConfig& cfg) {
    if (item.kind != Kind::Mapping) {
      error(item, "portal.type", "each member should have 'slug', 'source', 'commune' and 'school_type'");
      return;
    }
    PortalMember m;
    m.position = at(item);
    const yaml::Node *path = nullptr, *host = nullptr;
    for (const auto& [k, v] : item.pairs) {
      const std::string& key = k.scalar;
      if (key == "slug") {
        if (text(v, key, m.slug) && !is_slug(m.slug))
          error(v, "portal.slug",
                "the slug '" + m.slug + "' should be lower-case letters a-z, digits and '-', like thcs-le-loi");
      } else if (key == "source") {
        text(v, key, m.source);
        m.source_position = at(v);
      }
      else if (key == "path") path = &v;
      else if (key == "host") host = &v;
      else if (key == "commune") text(v, key, m.commune);
      else if (key == "school_type") {
        if (text(v, key, m.school_type) && !regulations::is_school_type(m.school_type))
          error(v, "portal.school-type",
                "'" + m.school_type + "' is not a school type; write one of " + regulations::school_type_list());
      } else if (key == "managing_body") text(v, key, m.managing_body);
      else unknown_key(k, kMemberKeys, " in a member");
    }
    for (const char* key : {"slug", "source", "commune", "school_type"})
      if (!yaml::find(item, key)) error(item, "portal.missing", std::string("this member has no '") + key + "'");
    if (path && host) error(*host, "portal.host", "a member has either 'path' or 'host', not both");
    else if (host) host_name(*host, m);
    else if (path) member_path(*path, m);
    else if (is_slug(m.slug)) m.path = "/" + m.slug + "/";
    cfg.members.push_back(std::move(m));
  }

  void host_name(const yaml::Node& v, PortalMember& m) {
    if (!text(v, "host", m.host)) return;
    if (!is_host_name(m.host))
      error(v, "portal.host",
            "'" + m.host + "' is not a host name: write it in lower case without http:// or '/', like "
            "thcsleloi.phutho.edu.vn");
  }

  void member_path(const yaml::Node& v, PortalMember& m) {
    std::string raw;
    if (!text(v, "path", raw)) return;
    std::string seg = raw;
    if (!seg.empty() && seg.front() == '/') seg.erase(0, 1);
    if (!seg.empty() && seg.back() == '/') seg.pop_back();
    if (!is_slug(seg)) {
      error(v, "portal.path",
            "the path '" + raw + "' should be one folder of lower-case letters a-z, digits and '-', like /thcs-le-loi/");
      return;
    }
    const auto& reserved = reserved_paths();
    if (std::find(reserved.begin(), reserved.end(), seg) != reserved.end()) {
      error(v, "portal.path", "the path '" + raw + "' is taken by the portal's own pages; choose another");
      return;
    }
    m.path = "/" + seg + "/";
  }

  bool ok() const { return ok_; }

 private:
  const std::string& file_;
  DiagnosticSink& sink_;
  bool ok_ = true;
};

// A slug, path or host already taken by an earlier member: this member is
// not built (the earlier one is), and the error names both.
void find_clashes(PortalConfig& cfg) {
  std::map<std::string, const PortalMember*> slugs, places;
  for (auto& m : cfg.members) {
    auto clash = [&](const std::string& what, const PortalMember& first) {
      std::string msg = "two members with " + what + ": this one ('" + m.slug + "') is not built; the member at " +
                        position_text(first.position) + " ('" + first.slug + "') has it";
      m.problems.push_back(format_diagnostic({Severity::Error, "portal.member.clash", msg, m.position, {}}));
    };
    if (auto [it, fresh] = slugs.emplace(m.slug, &m); !fresh) {
      clash("the slug '" + m.slug + "'", *it->second);
      continue;
    }
    const std::string place = m.host.empty() ? "the path '" + m.path + "'" : "the host '" + m.host + "'";
    if (auto [it, fresh] = places.emplace(place, &m); !fresh) clash(place, *it->second);
  }
}

}  // namespace

const std::vector<std::string>& reserved_paths() {
  static const std::vector<std::string> k = {"tin-tuc", "truong-hoc", "bao-cao", "bang-theo-doi",
                                             "css",     "js",         "images",  "trang",
                                             "search",  "tim-kiem"};
  return k;
}

std::optional<PortalConfig> parse_portal_config(const std::string& text, const std::string& file,
                                                const fs::path& portal_dir, DiagnosticSink& sink) {
  yaml::ParseError err;
  auto root = yaml::parse(text, &err);
  if (!root) {
    report_yaml_syntax_error(sink, {file, text, "portal.syntax", ""}, err);
    return std::nullopt;
  }
  if (root->kind != Kind::Mapping) {
    sink.error({file, root->line + 1, root->column}, "portal.type",
               "portal.yaml should be a mapping with name, province, base_url and members");
    return std::nullopt;
  }
  PortalConfig cfg;
  Reader reader(file, sink);
  reader.top(*root, cfg);
  if (!reader.ok()) return std::nullopt;
  for (auto& m : cfg.members) m.source_dir = (portal_dir / m.source).lexically_normal();
  find_clashes(cfg);
  cfg.hash = hash_bytes(text).hex();
  return cfg;
}

std::optional<PortalConfig> load_portal_config(const fs::path& portal_dir, DiagnosticSink& sink) {
  const fs::path file = portal_dir / "portal.yaml";
  const std::string shown = file.lexically_normal().string();
  auto text = read_file(file);
  if (!text) {
    sink.error({shown, 0, 0}, "portal.read",
               "cannot read portal.yaml: " + std::string(fs::exists(file) ? "it is not a readable file" : "there is none") +
                   " (a portal folder holds portal.yaml, see docs/portal.md)");
    return std::nullopt;
  }
  auto cfg = parse_portal_config(*text, shown, portal_dir, sink);
  if (!cfg) return cfg;
  const fs::path schemas = site::find_schemas_dir();
  if (!schemas.empty() && !fs::is_regular_file(schemas / "rubrics" / (cfg->rubric + ".yaml"))) {
    Position p = cfg->rubric_position.file.empty() ? Position{shown, 0, 0} : cfg->rubric_position;
    sink.error(p, "portal.rubric", "there is no rubric '" + cfg->rubric + "' in " + (schemas / "rubrics").string());
    return std::nullopt;
  }
  for (auto& m : cfg->members) {
    std::error_code ec;
    if (!m.problems.empty() || fs::is_regular_file(m.source_dir / "site.yaml", ec)) continue;
    std::string msg = "the source folder '" + m.source + "' of member '" + m.slug + "' " +
                      (fs::is_directory(m.source_dir, ec) ? "has no site.yaml" : "does not exist") +
                      "; the member is not built";
    m.problems.push_back(format_diagnostic({Severity::Error, "portal.member.source", msg, m.source_position, {}}));
  }
  return cfg;
}

}  // namespace wt::portal

#include "compliance/site_facts.hpp"

#include "config/site_config.hpp"
#include "content/content_tree.hpp"
#include "core/vietnamese_fold.hpp"
#include "data/data_set.hpp"

namespace wt::compliance {
namespace {

/// True when `pos` is on a YAML comment line ("# Thay mọi [CẦN ĐIỀN: ...]"): an explanation, not a placeholder.
bool on_comment_line(const std::string& text, size_t pos) {
  size_t start = text.rfind('\n', pos);
  start = start == std::string::npos ? 0 : start + 1;
  while (start < pos && (text[start] == ' ' || text[start] == '\t')) ++start;
  return start < text.size() && text[start] == '#';
}

void find_placeholders(const std::string& file, const std::string& text, int line_offset, std::vector<Position>& out,
                       bool yaml = false) {
  size_t pos = 0;
  while ((pos = text.find(kPlaceholderMarker, pos)) != std::string::npos) {
    if (yaml && on_comment_line(text, pos)) {
      pos += 1;
      continue;
    }
    Position p = position_in(file, text, pos);
    p.line += line_offset;
    out.push_back(p);
    pos += 1;
  }
}

}  // namespace

std::string fold_title(const std::string& title) { return fold_text(title, {.lower = true}); }

std::string data_url(const std::string& kind, const nlohmann::json& value, const std::string& file) {
  if (kind == "organisation") return "/to-chuc/";
  if (kind == "documents") return "/van-ban/";
  if (kind == "disclosures") return "/cong-khai/" + value.value("school_year", "") + "/";
  if (kind == "fees") return "/cac-khoan-thu/" + value.value("school_year", "") + "/";
  if (kind == "timetables") return "/thoi-khoa-bieu/";
  if (kind == "work_schedule") return "/lich-cong-tac/" + value.value("week_start", "") + "/";
  if (kind == "procedures") {
    std::string stem = file.substr(file.rfind('/') + 1);
    stem = stem.substr(0, stem.rfind('.'));
    return "/thu-tuc-hanh-chinh/" + stem + "/";
  }
  return "/";
}

SiteFacts gather_facts(const config::SiteConfig& cfg, const content::ContentTree& tree, const data::DataSet* data,
                       int64_t now) {
  SiteFacts f;
  f.school_type = cfg.type;
  f.now = now;
  f.timezone_minutes = cfg.timezone_minutes;
  f.fields = {{"name", cfg.name},       {"address", cfg.address},           {"phone", cfg.phone},
              {"email", cfg.email},     {"managing_body", cfg.managing_body}, {"responsible", cfg.responsible},
              {"province", cfg.province}, {"base_url", cfg.base_url}};
  f.config_file = cfg.file;
  f.field_positions = cfg.key_positions;
  find_placeholders(cfg.file, cfg.text, 0, f.placeholders, true);
  for (const auto& s : tree.sections)
    if (s->parent) f.sections[s->slug] = s->url;
  for (const auto& p : tree.pages) {
    const bool post = !p->is_section_index && p->has_date();
    f.pages.push_back({p->fm.title, p->url, p->source, fold_title(p->fm.title), post});
    if (post) {
      f.post_dates.push_back(p->fm.date->epoch());
      f.posts.push_back({p->source, !p->fm.author.empty(), !p->fm.source.empty(), p->fm.portal});
      if (p->fm.portal) f.portal_post_dates.push_back(p->fm.date->epoch());
    }
    for (size_t at = p->body.find("![]("); at != std::string::npos; at = p->body.find("![](", at + 1)) {
      Position pos = position_in(p->source, p->body, at);
      pos.line += p->body_line_offset;
      f.images_without_alt.push_back(pos);
    }
    find_placeholders(p->source, p->fm.title, 0, f.placeholders);
    find_placeholders(p->source, p->body, p->body_line_offset, f.placeholders);
  }
  for (const auto& w : tree.waiting) f.waiting.push_back({w.source, w.title, w.since, w.from_file});
  if (data) {
    for (const auto& d : data->documents) {
      std::string kind = data::kind_id(d.kind);
      f.data.push_back({kind, d.file, data_url(kind, d.value, d.file), d.value});
      if (d.value.dump().find(kPlaceholderMarker) == std::string::npos) continue;
      const size_t before = f.placeholders.size();
      find_placeholders(d.file, d.text, 0, f.placeholders, !d.file.ends_with(".csv"));
      if (f.placeholders.size() == before) f.placeholders.push_back({d.file, 0, 0});  // written with escapes
    }
  }
  std::string links;
  for (const auto& l : cfg.links) links += (links.empty() ? "" : ", ") + l.name;
  f.fields["links"] = links;
  if (f.images_without_alt.empty()) f.features.insert("alt_text");
  // The default theme is written to WCAG 2.1 AA (contrast, landmarks, focus,
  // skip link); another theme has to show it.
  if (cfg.theme == "default") f.features.insert("wcag");
  // What every Webtruong build publishes.
  for (const char* feature : {"sitemap", "feeds", "dublin_core", "mobile", "unicode", "print"})
    f.features.insert(feature);
  return f;
}

}  // namespace wt::compliance

#include "cms/site_shape.hpp"

#include <algorithm>
#include <optional>

#include "content/front_matter.hpp"

namespace wt::cms {
namespace {

constexpr int kMaxDepth = 8;  // content/a/b/c/...: deeper folders get no form of their own

bool markdown_name(const std::string& name) { return name.size() > 3 && name.ends_with(".md"); }

// The sections whose pages the build makes from data/ (render/data_views.cpp).
bool data_page(const std::string& folder) {
  for (const char* f : {"cong-khai", "thu-tuc-hanh-chinh", "thoi-khoa-bieu", "lich-cong-tac", "van-ban", "cac-khoan-thu"})
    if (folder == f) return true;
  return false;
}

// The front matter of a page, when it reads. `check` and `build` report a
// page that does not; a form only needs its title.
std::optional<content::FrontMatter> read_front_matter(const std::filesystem::path& file, const std::string& shown,
                                                      const FileSystem& files) {
  FileError error;
  auto text = files.read(file, &error, kMaxInputFileBytes);
  if (!text) return std::nullopt;
  DiagnosticSink quiet;
  auto doc = content::split_front_matter(*text, shown, quiet);
  if (!doc) return std::nullopt;
  return content::parse_front_matter(*doc, shown, 7 * 60, true, quiet);
}

void walk(const std::filesystem::path& dir, const std::string& rel, int depth, const FileSystem& files,
          DiagnosticSink& sink, SiteShape& shape) {
  std::vector<ListedEntry> entries;
  std::string error;
  if (!files.list(dir, &entries, &error)) {
    sink.error({"content/" + rel, 0, 0}, "cms.list", "cannot list this folder: " + error);
    return;
  }
  std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
  ContentSection section;
  section.folder = rel;
  section.title = rel.substr(rel.rfind('/') == std::string::npos ? 0 : rel.rfind('/') + 1);
  bool has_pages = false, only_index = true;
  for (const auto& e : entries)  // a page bundle (index.md and its photos) is a page, not a section
    if (!rel.empty() && e.name == "index.md" && e.status.type == EntryStatus::Type::File) return;
  for (const auto& e : entries) {
    if (e.name.empty() || e.name[0] == '.') continue;
    if (e.status.type == EntryStatus::Type::File && markdown_name(e.name)) {
      if (rel.empty()) {
        auto fm = read_front_matter(dir / e.name, "content/" + e.name, files);
        shape.single_pages.push_back({e.name, fm && !fm->title.empty() ? fm->title : e.name});
        continue;
      }
      has_pages = true;
      if (e.name != "_index.md") only_index = false;
      if (e.name == "_index.md") {
        section.has_index = true;
        if (auto fm = read_front_matter(dir / e.name, "content/" + rel + "/_index.md", files)) {
          if (!fm->title.empty()) section.title = fm->title;
          section.dated = fm->sort_by.empty() || fm->sort_by == "date";
        }
      }
    }
  }
  if (!rel.empty() && has_pages) {
    if (only_index && data_page(rel))  // its list is made from data/: the intro is one page, the rest is the data's form
      shape.single_pages.push_back({rel + "/_index.md", section.title});
    else
      shape.sections.push_back(section);
  }
  if (depth >= kMaxDepth) return;
  for (const auto& e : entries) {
    if (e.name.empty() || e.name[0] == '.' || e.status.type != EntryStatus::Type::Folder) continue;
    walk(dir / e.name, rel.empty() ? e.name : rel + "/" + e.name, depth + 1, files, sink, shape);
  }
}

}  // namespace

SiteShape read_site_shape(const std::filesystem::path& site_dir, const FileSystem& files, DiagnosticSink& sink) {
  SiteShape shape;
  const auto content = site_dir / "content";
  if (files.status(content).type != EntryStatus::Type::Folder) return shape;
  walk(content, "", 0, files, sink, shape);
  std::sort(shape.sections.begin(), shape.sections.end(),
            [](const auto& a, const auto& b) { return a.folder < b.folder; });
  return shape;
}

}  // namespace wt::cms

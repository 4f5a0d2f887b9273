#include "content/content_tree.hpp"

#include <sys/stat.h>

#include <algorithm>
#include <map>
#include <set>

#include "core/file_io.hpp"
#include "core/file_system.hpp"
#include "core/file_walk.hpp"
#include "core/parallel.hpp"
#include "core/text.hpp"
#include "content/parsed_file.hpp"

namespace fs = std::filesystem;

namespace wt::content {
namespace {

// URL segments the generator itself uses at the root of every site.
const std::set<std::string> kReservedRoot = {"chuyen-muc", "the", "so-do-trang", "trang", "css", "js"};

bool ignored_name(const std::string& name) {
  return name.empty() || name[0] == '.' || name.back() == '~' || name[0] == '#';
}

// Title of a section folder that has no _index.md: the usual Vietnamese
// name of the common sections, else the folder name made readable.
std::string humanize(const std::string& dir_name) {
  static const std::map<std::string, std::string> kKnown = {
      {"tin-tuc", "Tin tức"}, {"thong-bao", "Thông báo"}, {"gioi-thieu", "Giới thiệu"},
      {"tuyen-sinh", "Tuyển sinh"}, {"van-ban", "Văn bản"}, {"lien-he", "Liên hệ"},
      {"cong-khai", "Công khai"}, {"thu-tuc-hanh-chinh", "Thủ tục hành chính"},
      {"thoi-khoa-bieu", "Thời khóa biểu"}, {"lich-cong-tac", "Lịch công tác"},
      {"bieu-mau", "Biểu mẫu"}, {"hoi-dap", "Hỏi đáp"}, {"su-kien", "Sự kiện"},
      {"hoat-dong", "Hoạt động"}, {"tai-lieu", "Tài liệu"}, {"thu-vien", "Thư viện"},
      {"doan-doi", "Đoàn - Đội"}, {"chuyen-mon", "Chuyên môn"}, {"ke-hoach", "Kế hoạch"}};
  auto it = kKnown.find(dir_name);
  if (it != kKnown.end()) return it->second;
  std::string s = dir_name;
  std::replace(s.begin(), s.end(), '-', ' ');
  std::replace(s.begin(), s.end(), '_', ' ');
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s;
}

// A file found by discovery, before parsing.
struct Found {
  fs::path file;  ///< as found under content/
  fs::path real;  ///< links resolved: read from here
  std::string content_path;
  std::string section_dir;
  bool is_index = false;
  bool is_bundle = false;
  std::vector<fs::path> resources;
};

class Loader {
 public:
  Loader(const LoadOptions& opt, const config::SiteConfig& cfg, DiagnosticSink& sink)
      : opt_(opt), cfg_(cfg), sink_(sink), tree_(std::make_unique<ContentTree>()) {}

  std::unique_ptr<ContentTree> run() {
    auto root = std::make_unique<Section>();
    root->url = "/";
    tree_->by_dir[""] = root.get();
    tree_->sections.push_back(std::move(root));
    FolderWalker walk(files(), opt_.site_dir, sink_);
    const size_t errors_before = sink_.error_count();
    if (auto top = walk.top(opt_.site_dir / "content", "content")) {
      walk.descend(*top, [&] { discover(walk, walk.list(*top, ignored_name), "", tree_->sections.front().get()); });
    } else if (sink_.error_count() == errors_before) {
      sink_.error({"content", 0, 0}, "content.missing", "the site has no content/ folder");
    }
    parse_all();
    assemble_sections(tree_->root());
    build_taxonomies();
    build_dated();
    check_aliases();
    return std::move(tree_);
  }

 private:
  // `entries`: the listing of the folder `rel` under content/, whose section is `section`.
  void discover(FolderWalker& walk, const std::vector<WalkEntry>& entries, const std::string& rel, Section* section) {
    for (const auto& e : entries) {
      std::string name = e.path.filename().string();
      std::string child_rel = rel.empty() ? name : rel + "/" + name;
      if (e.is_folder) {
        walk.descend(e, [&] { discover_folder(walk, e, child_rel, rel, section); });
      } else if (name == "_index.md") {
        found_.push_back({e.path, e.real, child_rel, rel, true, false, {}});
      } else if (e.path.extension() == ".md") {
        found_.push_back({e.path, e.real, child_rel, rel, false, false, {}});
      } else {
        section->files.push_back(e.path);
      }
    }
  }

  // A folder of content/: a page bundle when it holds index.md, else a section.
  void discover_folder(FolderWalker& walk, const WalkEntry& folder, const std::string& child_rel,
                       const std::string& rel, Section* section) {
    std::vector<WalkEntry> entries = walk.list(folder, ignored_name);
    auto index = std::find_if(entries.begin(), entries.end(), [](const WalkEntry& e) {
      return !e.is_folder && e.path.filename() == "index.md";
    });
    if (index != entries.end()) {
      Found f{index->path, index->real, child_rel + "/index.md", rel, false, true, {}};
      collect_resources(walk, entries, f.resources);
      found_.push_back(std::move(f));
      return;
    }
    const std::string name = folder.path.filename().string();
    auto sub = std::make_unique<Section>();
    sub->dir = child_rel;
    sub->parent = section;
    sub->slug = cap_slug(slugify(name));
    if (sub->slug.empty()) {
      sink_.error({"content/" + child_rel, 0, 0}, "content.section.name",
                  "the folder name '" + name + "' has no letters or digits to make a web address");
      return;
    }
    Section* raw = sub.get();
    section->subsections.push_back(raw);
    tree_->by_dir[child_rel] = raw;
    tree_->sections.push_back(std::move(sub));
    discover(walk, entries, child_rel, raw);
  }

  // Every file of a bundle but its index.md files, in path order.
  void collect_resources(FolderWalker& walk, const std::vector<WalkEntry>& entries, std::vector<fs::path>& out) {
    for (const auto& e : entries) {
      if (!e.is_folder) {
        if (e.path.filename() != "index.md") out.push_back(e.path);
        continue;
      }
      for (const auto& f : walk.files(e, ignored_name))
        if (f.path.filename() != "index.md") out.push_back(f.path);
    }
    std::sort(out.begin(), out.end());
  }

  void parse_all() {
    std::vector<std::unique_ptr<Page>> parsed(found_.size());
    auto parse = [&](size_t i) { parsed[i] = parse_one(found_[i]); };
    if (opt_.pool) {
      parallel_for(*opt_.pool, found_.size(), parse);
    } else {
      for (size_t i = 0; i < found_.size(); ++i) parse(i);
    }
    for (size_t i = 0; i < parsed.size(); ++i) {
      auto& p = parsed[i];
      if (!p) continue;
      if (!p->valid) {
        tree_->unpublished[p->content_path] = "has errors in its own front matter";
        tree_->invalid.push_back(std::move(p));
        continue;
      }
      note_approval(*p);
      if (!published(*p)) continue;
      Section* s = tree_->by_dir[found_[i].section_dir];
      if (p->is_section_index) {
        s->index = p.get();
        p->section = s;
      } else {
        p->section = s;
        s->pages.push_back(p.get());
      }
      tree_->by_content_path[p->content_path] = p.get();
      tree_->pages.push_back(std::move(p));
    }
  }

  std::unique_ptr<Page> parse_one(const Found& f) {
    std::string source = "content/" + f.content_path;
    FileError error;
    auto parsed = opt_.parsed_files
                      ? opt_.parsed_files->parse(files(), f.real, source, cfg_.timezone_minutes, f.is_index, &error)
                      : read_and_parse(files(), f.real, source, cfg_.timezone_minutes, f.is_index, &error);
    if (!parsed) {
      sink_.error({source, 0, 0}, error.code, error.message);
      return nullptr;
    }
    for (const auto& d : parsed->diagnostics) sink_.report(d);
    if (!parsed->split) return nullptr;
    auto page = std::make_unique<Page>();
    page->valid = parsed->valid;
    page->source = source;
    page->content_path = f.content_path;
    page->file = f.file;
    page->is_section_index = f.is_index;
    page->is_bundle = f.is_bundle;
    page->fm = parsed->fm;
    page->body = parsed->body;
    page->body_line_offset = parsed->body_line_offset;
    page->resources = f.resources;
    return page;
  }

  // Review pages join the waiting list; with `approval: required` in
  // site.yaml, a published page names who approved it.
  void note_approval(const Page& p) {
    if (p.fm.status == Status::Review) {
      WaitingPage w{p.source, p.fm.title, std::nullopt, false};
      if (p.fm.date) {
        w.since = p.fm.date->epoch();
      } else if (auto t = modified_time(p.file)) {
        w.since = *t;
        w.from_file = true;
      }
      tree_->waiting.push_back(std::move(w));
    }
    if (cfg_.approval_required && p.fm.status == Status::Published && p.fm.approved_by.empty()) {
      const Position at = !p.fm.status_position.file.empty() ? p.fm.status_position : Position{p.source, 1, 1};
      sink_.warning(at, "content.approval.missing",
                    "this page is published without 'approved_by', and site.yaml asks for approval "
                    "(approval: required): add 'approved_by: \"Họ tên (chức vụ)\"' once the ban biên tập has "
                    "approved it, or 'status: review' until then");
    }
  }

  // When the file of `file` was last changed, for a page waiting without a
  // date; nullopt for files that are not on a disk.
  std::optional<int64_t> modified_time(const fs::path& file) const {
    auto disk = files().disk_path(file);
    struct stat st {};
    if (!disk || ::stat(disk->c_str(), &st) != 0) return std::nullopt;
    return static_cast<int64_t>(st.st_mtime);
  }

  bool published(const Page& p) {
    for (const auto* d : {&p.fm.date, &p.fm.publish_date, &p.fm.expiry_date})
      if (*d && d->value().epoch() > opt_.now) tree_->next_change = std::min(tree_->next_change, d->value().epoch());
    if (p.fm.status == Status::Draft && !opt_.drafts) {
      ++tree_->skipped_drafts;
      tree_->unpublished[p.content_path] = p.fm.draft ? "is a draft (draft: true), so it is not published"
                                                      : "is a draft (status: draft), so it is not published";
      return false;
    }
    if (p.fm.status == Status::Review && !opt_.drafts) {
      ++tree_->skipped_review;
      tree_->unpublished[p.content_path] =
          "is waiting for review (status: review), so it is not published until the ban biên tập approves it";
      return false;
    }
    const auto& pub = p.fm.publish_date ? p.fm.publish_date : p.fm.date;
    if (pub && pub->epoch() > opt_.now && !opt_.future) {
      ++tree_->skipped_future;
      tree_->unpublished[p.content_path] =
          "is scheduled for " + format_vn_datetime(*pub) + ", so it is not published yet";
      return false;
    }
    if (p.fm.expiry_date && p.fm.expiry_date->epoch() <= opt_.now && !opt_.expired) {
      ++tree_->skipped_expired;
      tree_->unpublished[p.content_path] =
          "expired on " + format_vn_datetime(*p.fm.expiry_date) + ", so it is no longer published";
      return false;
    }
    return true;
  }

  static bool newer_first(const Page* a, const Page* b) {
    int64_t da = a->fm.date ? a->fm.date->epoch() : INT64_MIN;
    int64_t db = b->fm.date ? b->fm.date->epoch() : INT64_MIN;
    if (da != db) return da > db;
    return a->content_path < b->content_path;
  }

  void assemble_sections(Section& s) {
    if (s.index) {
      s.title = s.index->fm.title;
      s.weight = s.index->fm.weight;
      s.sort_by = s.index->fm.sort_by;
      s.paginate = s.index->fm.paginate;
    } else {
      s.title = s.parent ? humanize(s.dir.substr(s.dir.rfind('/') + 1)) : cfg_.name;
    }
    if (s.paginate <= 0) s.paginate = cfg_.pagination;
    if (s.parent) s.url = s.parent->url + s.slug + "/";
    if (s.sort_by.empty()) {
      bool any_dated = std::any_of(s.pages.begin(), s.pages.end(), [](const Page* p) { return p->has_date(); });
      s.sort_by = any_dated ? "date" : "weight";
    }
    // Slugs: unique within the section, in source order (pages are in source order here).
    std::set<std::string> taken = {"trang"};
    if (!s.parent) taken.insert(kReservedRoot.begin(), kReservedRoot.end());
    for (Section* sub : s.subsections) {
      if (!taken.insert(sub->slug).second) {
        sink_.error({"content/" + sub->dir, 0, 0}, "content.section.clash",
                    "the folder '" + sub->dir + "' would have the web address " + s.url + sub->slug +
                        "/ which is already used; rename the folder");
      }
    }
    for (Page* p : s.pages) {
      std::string base = !p->fm.slug.empty() ? p->fm.slug : slugify(p->fm.title);
      if (base.empty()) {
        std::string stem = p->is_bundle ? fs::path(p->content_path).parent_path().filename().string()
                                        : fs::path(p->content_path).stem().string();
        base = slugify(stem);
      }
      if (base.empty()) base = "bai";
      // Over kMaxSlugBytes: cut at a word; a number keeps it unique, within the limit too.
      std::string slug = cap_slug(base);
      for (int n = 2; !taken.insert(slug).second; ++n) {
        std::string suffix = "-" + std::to_string(n);
        slug = cap_slug(base, kMaxSlugBytes - suffix.size()) + suffix;
      }
      p->slug = slug;
      p->url = s.url + slug + "/";
      p->output_path = p->url.substr(1) + "index.html";
    }
    if (s.index) {
      s.index->slug = s.slug;
      s.index->url = s.url;
      s.index->output_path = s.url.substr(1) + "index.html";
    }
    if (s.sort_by == "date") {
      std::stable_sort(s.pages.begin(), s.pages.end(), newer_first);
      for (size_t i = 0; i < s.pages.size(); ++i) {
        if (!s.pages[i]->has_date()) continue;
        if (i + 1 < s.pages.size() && s.pages[i + 1]->has_date()) s.pages[i]->prev = s.pages[i + 1];
        if (i > 0) s.pages[i]->next = s.pages[i - 1];
      }
    } else if (s.sort_by == "weight") {
      std::stable_sort(s.pages.begin(), s.pages.end(), [](const Page* a, const Page* b) {
        if (a->fm.weight != b->fm.weight) return a->fm.weight < b->fm.weight;
        return a->fm.title < b->fm.title;
      });
    } else {
      std::stable_sort(s.pages.begin(), s.pages.end(),
                       [](const Page* a, const Page* b) { return a->fm.title < b->fm.title; });
    }
    for (Section* sub : s.subsections) assemble_sections(*sub);
    std::stable_sort(s.subsections.begin(), s.subsections.end(), [](const Section* a, const Section* b) {
      if (a->weight != b->weight) return a->weight < b->weight;
      return a->title < b->title;
    });
  }

  void add_terms(Taxonomy& tax, Page* p, const std::vector<std::string>& names) {
    std::set<std::string> seen;
    for (const auto& name : names) {
      std::string slug = tax.slug_of(name);
      if (slug.empty()) {
        sink_.warning(p->fm.title_position.file.empty() ? Position{p->source, 0, 0} : Position{p->source, 0, 0},
                      "content.taxonomy.empty", "the " + tax.name + " '" + name + "' has no letters or digits; left out");
        continue;
      }
      if (!seen.insert(slug).second) continue;
      Term& t = tax.terms[slug];
      if (t.name.empty()) {
        t.name = name;
        t.slug = slug;
        t.url = tax.url + slug + "/";
      }
      t.pages.push_back(p);
    }
  }

  // Term slugs over kMaxSlugBytes are cut at a word and numbered when two
  // would meet, never taking a slug another term has whole.
  static void cut_long_slugs(Taxonomy& tax, const std::vector<std::string>& names) {
    std::set<std::string> taken, long_ones;
    for (const auto& n : names) {
      std::string s = slugify(n);
      (s.size() > kMaxSlugBytes ? long_ones : taken).insert(s);
    }
    for (const auto& full : long_ones) {
      std::string slug = cap_slug(full);
      for (int n = 2; !taken.insert(slug).second; ++n) {
        std::string suffix = "-" + std::to_string(n);
        slug = cap_slug(full, kMaxSlugBytes - suffix.size()) + suffix;
      }
      tax.cut_slugs[full] = slug;
    }
  }

  void build_taxonomies() {
    std::vector<std::string> categories, tags;
    for (auto& p : tree_->pages) {
      if (p->is_section_index) continue;
      categories.insert(categories.end(), p->fm.categories.begin(), p->fm.categories.end());
      tags.insert(tags.end(), p->fm.tags.begin(), p->fm.tags.end());
    }
    cut_long_slugs(tree_->categories, categories);
    cut_long_slugs(tree_->tags, tags);
    for (auto& p : tree_->pages) {
      if (p->is_section_index) continue;
      add_terms(tree_->categories, p.get(), p->fm.categories);
      add_terms(tree_->tags, p.get(), p->fm.tags);
    }
    for (Taxonomy* tax : {&tree_->categories, &tree_->tags})
      for (auto& [slug, term] : tax->terms) std::stable_sort(term.pages.begin(), term.pages.end(), newer_first);
  }

  void build_dated() {
    for (auto& p : tree_->pages)
      if (!p->is_section_index && p->has_date()) tree_->dated.push_back(p.get());
    std::stable_sort(tree_->dated.begin(), tree_->dated.end(), newer_first);
  }

  void check_aliases() {
    std::map<std::string, const Page*> outputs;
    for (auto& p : tree_->pages) outputs[p->output_path] = p.get();
    for (auto& p : tree_->pages) {
      for (size_t i = 0; i < p->fm.aliases.size(); ++i) {
        const std::string& a = p->fm.aliases[i];
        Position pos = i < p->fm.alias_positions.size() ? p->fm.alias_positions[i] : Position{p->source, 0, 0};
        std::string out = alias_output_path(a);
        if (out.empty()) {
          sink_.error(pos, "content.alias.unsafe",
                      "the alias '" + a + "' is not a usable web address: write it like /tin-tuc/bai-cu.html, "
                      "without '..' or '\\'");
          continue;
        }
        auto [it, inserted] = outputs.emplace(out, p.get());
        if (!inserted) {
          sink_.error(pos, "content.alias.clash",
                      "the alias '" + a + "' is already the address of " + it->second->source);
          continue;
        }
        tree_->aliases.push_back({out, p.get(), pos, a});
      }
    }
  }

  const FileSystem& files() const { return opt_.files ? *opt_.files : real_file_system(); }

  const LoadOptions& opt_;
  const config::SiteConfig& cfg_;
  DiagnosticSink& sink_;
  std::unique_ptr<ContentTree> tree_;
  std::vector<Found> found_;
};

}  // namespace

std::string alias_output_path(const std::string& alias) {
  std::string a = trim(alias);
  if (a.empty()) return "";
  for (unsigned char c : a)
    if (c < 0x20 || c == 0x7f || c == '\\' || c == '?' || c == '#' || c == ':') return "";
  if (a[0] != '/') a = "/" + a;
  std::vector<std::string> segs;
  size_t start = 1;
  while (start <= a.size()) {
    size_t slash = a.find('/', start);
    std::string seg = a.substr(start, slash == std::string::npos ? std::string::npos : slash - start);
    if (seg == "." || seg == "..") return "";
    if (!seg.empty()) segs.push_back(seg);
    if (slash == std::string::npos) break;
    start = slash + 1;
  }
  if (segs.empty()) return "";
  std::string out;
  for (size_t i = 0; i < segs.size(); ++i) out += (i ? "/" : "") + segs[i];
  const std::string& last = segs.back();
  bool is_file = a.back() != '/' && (last.size() > 5 && (last.ends_with(".html") || last.ends_with(".htm")));
  if (a.back() != '/' && (last.ends_with(".php") || last.ends_with(".aspx") || last.ends_with(".asp"))) is_file = true;
  return is_file ? out : out + "/index.html";
}

const Page* ContentTree::find(const std::string& content_path) const {
  auto it = by_content_path.find(content_path);
  if (it != by_content_path.end()) return it->second;
  std::string dir = content_path;
  while (!dir.empty() && dir.back() == '/') dir.pop_back();
  auto s = by_dir.find(dir);
  if (s != by_dir.end() && s->second->index) return s->second->index;
  return nullptr;
}

std::optional<std::string> ContentTree::resolve(const std::string& target) const {
  std::string path = target, fragment;
  size_t hash = path.find('#');
  if (hash != std::string::npos) {
    fragment = path.substr(hash);
    path = path.substr(0, hash);
  }
  if (const Page* p = find(path)) return p->url + fragment;
  std::string dir = path;
  if (dir.ends_with("/_index.md")) dir = dir.substr(0, dir.size() - 10);
  else if (dir == "_index.md") dir = "";
  while (!dir.empty() && dir.back() == '/') dir.pop_back();
  auto s = by_dir.find(dir);
  if (s != by_dir.end()) return s->second->url + fragment;
  return std::nullopt;
}

std::unique_ptr<ContentTree> load_content(const LoadOptions& opt, const config::SiteConfig& cfg,
                                          DiagnosticSink& sink) {
  return Loader(opt, cfg, sink).run();
}

}  // namespace wt::content

// The kainjow mustache adapter: the only file that includes it.
//
// Thread safety: kainjow's mustache::render() is not const, but with what we
// give it, it writes nothing in the template object. It only writes its
// error_message_ when a partial or a lambda fails, and neither exists here:
// partials are inlined as text at load time (and ViewContext::get_partial
// finds nothing), and view data holds no lambdas. Every render gets its own
// context and line buffer, so one compiled layout is shared by all threads.
#include "templates/theme.hpp"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <map>
#include <mutex>
#include <set>
#include <sstream>

#include <kainjow/mustache.hpp>

#include "core/content_hash.hpp"
#include "core/file_io.hpp"
#include "core/file_system.hpp"
#include "core/file_walk.hpp"
#include "templates/partials.hpp"
#include "templates/template_scan.hpp"

namespace fs = std::filesystem;
using nlohmann::json;

namespace wt::templates {

namespace mst = kainjow::mustache;
using Data = mst::data;

struct Theme::Impl {
  struct Layout {
    std::string file;
    std::unique_ptr<mst::mustache> compiled;
    size_t size_hint = 0;  ///< bytes of static text, to reserve the output
    std::vector<fs::path> sources;  ///< the layout's file and its partials' files, as found
  };
  std::map<std::string, Layout> layouts;
};

namespace {

// --- view data --------------------------------------------------------------

// nlohmann::json -> kainjow data, moving every converted child into place
// (kainjow's own set()/push_back() would copy each subtree again per level).
Data to_data(const json& j) {
  switch (j.type()) {
    case json::value_t::object: {
      Data d(Data::type::object);
      for (auto it = j.begin(); it != j.end(); ++it) d[it.key()] = to_data(it.value());
      return d;
    }
    case json::value_t::array: {
      Data d(Data::type::list);
      // list_value() is const only in the accessor: the vector is owned by d.
      auto& items = const_cast<mst::list&>(d.list_value());
      items.reserve(j.size());  // kainjow's move is not noexcept: growing would copy
      for (const auto& e : j) items.push_back(to_data(e));
      return d;
    }
    case json::value_t::string: {
      // An empty string counts as false (as in mustache.js), so a theme can
      // write {{#page.author}}...{{/page.author}}; {{x}} still prints "".
      const auto& s = j.get_ref<const std::string&>();
      return s.empty() ? Data(false) : Data(s);
    }
    case json::value_t::boolean:
      return Data(j.get<bool>());
    case json::value_t::number_integer:
      return Data(std::to_string(j.get<int64_t>()));
    case json::value_t::number_unsigned:
      return Data(std::to_string(j.get<uint64_t>()));
    case json::value_t::number_float:
      return Data(j.dump());
    default:
      return Data(false);  // null, binary, discarded
  }
}

// Name lookup over a stack of data, as the Mustache spec says: "a.b.c"
// finds "a" through the stack, then "b" and "c" inside it only. A number
// picks a list element (as in mustache.js): {{#links.0}}<ul>...</ul>{{/links.0}}
// shows a wrapper only when the list is not empty. Cheaper than
// kainjow's default context, which splits dotted names with a stringstream
// and inserts at the front of a vector on every section.
class ViewContext final : public mst::basic_context<std::string> {
 public:
  explicit ViewContext(const Data* root) {
    stack_.reserve(16);
    stack_.push_back(root);
  }
  void push(const Data* data) override { stack_.push_back(data); }
  void pop() override { stack_.pop_back(); }

  const Data* get(const std::string& name) const override {
    if (name.size() == 1 && name[0] == '.') return stack_.back();
    size_t dot = name.find('.');
    if (dot == std::string::npos) return find_in_stack(name);
    const Data* d = find_in_stack(name.substr(0, dot));
    while (d && dot != std::string::npos) {
      size_t next = name.find('.', dot + 1);
      d = child(*d, name.substr(dot + 1, next == std::string::npos ? std::string::npos : next - dot - 1));
      dot = next;
    }
    return d;
  }
  // Partials were inlined at load time; never let data act as one.
  const Data* get_partial(const std::string&) const override { return nullptr; }

 private:
  static const Data* child(const Data& d, const std::string& key) {
    if (!d.is_list()) return d.get(key);
    if (key.empty() || key.size() > 9 || key.find_first_not_of("0123456789") != std::string::npos) return nullptr;
    size_t i = std::stoul(key);
    return i < d.list_value().size() ? &d.list_value()[i] : nullptr;
  }
  const Data* find_in_stack(const std::string& key) const {
    for (auto it = stack_.rbegin(); it != stack_.rend(); ++it)
      if (const Data* v = (*it)->get(key)) return v;
    return nullptr;
  }
  std::vector<const Data*> stack_;
};

// The "stream" kainjow writes into: appends to one string.
struct StringOut {
  std::string& out;
  StringOut& operator<<(const std::string& s) {
    out += s;
    return *this;
  }
};

std::string escape_html(const std::string& s) {
  std::string out;
  out.reserve(s.size() + 16);
  size_t run = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    const char* rep = nullptr;
    switch (s[i]) {
      case '&':
        rep = "&amp;";
        break;
      case '<':
        rep = "&lt;";
        break;
      case '>':
        rep = "&gt;";
        break;
      case '"':
        rep = "&quot;";
        break;
      case '\'':
        rep = "&#39;";
        break;
      default:
        continue;
    }
    out.append(s, run, i - run);
    out += rep;
    run = i + 1;
  }
  out.append(s, run, std::string::npos);
  return out;
}

// --- loading ----------------------------------------------------------------

// A template file: where it is shown (diagnostics) and read (links resolved).
struct FoundFile {
  std::string shown;
  fs::path real;
  fs::path found;  ///< dir/kind/rel: the path a build's inputs name
};

// name -> file, for one kind ("layouts" or "partials"); earlier dirs win.
// Nothing outside roots[i] is taken from dirs[i] (FolderWalker).
std::map<std::string, FoundFile> find_files(const FileSystem& files_in, const std::vector<fs::path>& dirs,
                                            const std::vector<fs::path>& roots, const char* kind,
                                            DiagnosticSink& sink) {
  std::map<std::string, FoundFile> files;
  for (size_t i = 0; i < dirs.size(); ++i) {
    const fs::path& dir = dirs[i];
    const bool in_site = i < roots.size() && !roots[i].empty();
    FolderWalker walk(files_in, in_site ? roots[i] : dir, sink, in_site ? "the site folder" : "the theme folder");
    fs::path root = dir / kind;
    auto top = walk.top(root, root.string());
    if (!top) continue;
    std::map<std::string, FoundFile> here;
    for (const auto& f : walk.files(*top, skip_dot_names)) {
      fs::path rel(f.rel);
      if (rel.extension() != ".mustache") continue;
      std::string name =
          rel.parent_path().empty() ? rel.stem().string() : (rel.parent_path() / rel.stem()).generic_string();
      here.emplace(name, FoundFile{(root / rel).string(), f.real, root / rel});
    }
    for (auto& [name, file] : here) files.emplace(name, file);  // keeps the earlier dir's file
  }
  return files;
}

std::optional<SourceFile> read_source(const FileSystem& files, const FoundFile& found, DiagnosticSink& sink) {
  const std::string& path = found.shown;
  FileError error;
  auto text = files.read(found.real, &error);
  if (!text) {
    sink.error({path, 0, 0}, error.code == "file.read" ? "template.read" : error.code,
               error.code == "file.read" ? "could not read this template file" : error.message);
    return std::nullopt;
  }
  SourceFile f{path, std::move(*text), {}};
  if (f.text.rfind("\xEF\xBB\xBF", 0) == 0) f.text.erase(0, 3);  // a BOM would be output as text
  f.scan = scan_template(f.text);
  if (f.scan.error)
    sink.error(position_in(path, f.text, f.scan.error->offset), "template.syntax", f.scan.error->message);
  return f;
}

size_t static_text_size(const SourceFile& f, const std::string& expanded) {
  size_t tags = 0;
  for (const Tag& t : f.scan.tags) tags += t.end - t.begin;
  return expanded.size() > tags ? expanded.size() - tags : expanded.size();
}

// The names of the partials `file` includes, directly or through others.
void partials_used(const SourceFile& file, const std::map<std::string, SourceFile>& partials,
                   std::set<std::string>& out) {
  for (const Tag& tag : file.scan.tags) {
    if (tag.kind != TagKind::Partial || out.count(tag.name)) continue;
    auto it = partials.find(tag.name);
    if (it == partials.end()) continue;
    out.insert(tag.name);
    partials_used(it->second, partials, out);
  }
}

// Everything a compiled theme is made of: each file's name, paths and text.
std::string theme_key(const std::map<std::string, SourceFile>& partials, const std::map<std::string, fs::path>& partial_paths,
                      const std::map<std::string, SourceFile>& layouts, const std::map<std::string, fs::path>& layout_paths) {
  HashBuilder b;
  b.add("webtruong theme 1");
  for (const auto* group : {&partials, &layouts}) {
    const auto& paths = group == &partials ? partial_paths : layout_paths;
    b.add(group == &partials ? "partials" : "layouts");
    for (const auto& [name, file] : *group) {
      auto p = paths.find(name);
      for (const std::string& part : {name, file.path, p == paths.end() ? std::string() : p->second.string(), file.text})
        b.add(part);
    }
  }
  return b.finish().hex();
}

}  // namespace

std::optional<Theme> Theme::load(const std::vector<fs::path>& dirs, DiagnosticSink& sink,
                                 const std::vector<fs::path>& roots) {
  return load(real_file_system(), dirs, sink, roots);
}

std::optional<Theme> Theme::load(const FileSystem& files, const std::vector<fs::path>& dirs, DiagnosticSink& sink,
                                 const std::vector<fs::path>& roots) {
  bool ok = true;
  std::map<std::string, SourceFile> partials, layouts;
  std::map<std::string, fs::path> partial_paths, layout_paths;
  for (auto& [name, path] : find_files(files, dirs, roots, "partials", sink)) {
    partial_paths[name] = path.found;
    auto f = read_source(files, path, sink);
    if (!f)
      ok = false;
    else {
      if (f->scan.error) ok = false;
      partials.emplace(name, std::move(*f));
    }
  }
  for (auto& [name, path] : find_files(files, dirs, roots, "layouts", sink)) {
    layout_paths[name] = path.found;
    auto f = read_source(files, path, sink);
    if (!f)
      ok = false;
    else {
      if (f->scan.error) ok = false;
      layouts.emplace(name, std::move(*f));
    }
  }

  // Themes compiled in this process, by what they were compiled from: a
  // portal builds hundreds of members with one theme, and compiling its
  // layouts (partials inlined, mustache parsed) was 6 % of a portal build.
  // A compiled theme is immutable and shared; one that failed is never kept.
  static std::mutex compiled_mutex;
  static std::map<std::string, std::shared_ptr<const Impl>> compiled;
  std::string key;
  if (ok) {
    key = theme_key(partials, partial_paths, layouts, layout_paths);
    std::lock_guard<std::mutex> lock(compiled_mutex);
    if (auto it = compiled.find(key); it != compiled.end()) return Theme(it->second);
  }
  auto impl = std::make_shared<Impl>();
  PartialInliner inliner(partials, sink);
  for (auto& [name, file] : layouts) {
    auto text = inliner.expand(file);
    if (!text) {
      ok = false;
      continue;
    }
    auto compiled = std::make_unique<mst::mustache>(squeeze_whitespace(*text));
    if (!compiled->is_valid()) {
      // The files passed our own checks, so this is rare (e.g. a section opened
      // in one partial and closed in another).
      sink.error(
          {file.path, 0, 0}, "template.syntax",
          "layout '" + name + "' could not be compiled after inlining its partials: " + compiled->error_message());
      ok = false;
      continue;
    }
    compiled->set_custom_escape(escape_html);
    std::set<std::string> used;
    partials_used(file, partials, used);
    std::vector<fs::path> sources = {layout_paths[name]};
    for (const auto& p : used) sources.push_back(partial_paths[p]);
    std::sort(sources.begin(), sources.end());
    impl->layouts[name] =
        Impl::Layout{file.path, std::move(compiled), static_text_size(file, *text), std::move(sources)};
  }
  if (!ok) return std::nullopt;
  {
    std::lock_guard<std::mutex> lock(compiled_mutex);
    if (compiled.size() >= 16) compiled.clear();  // a few themes; files rewritten while a server runs
    compiled.emplace(key, impl);
  }
  return Theme(std::move(impl));
}

bool Theme::has_layout(const std::string& name) const { return impl_->layouts.count(name) > 0; }

std::vector<std::string> Theme::layout_names() const {
  std::vector<std::string> names;
  for (const auto& [name, layout] : impl_->layouts) names.push_back(name);
  return names;
}

const std::vector<fs::path>& Theme::layout_sources(const std::string& name) const {
  static const std::vector<fs::path> kNone;
  auto it = impl_->layouts.find(name);
  return it == impl_->layouts.end() ? kNone : it->second.sources;
}

std::string Theme::layout_file(const std::string& name) const {
  auto it = impl_->layouts.find(name);
  return it == impl_->layouts.end() ? std::string() : it->second.file;
}

std::optional<std::string> Theme::render(const std::string& name, const json& view, DiagnosticSink& sink) const {
  auto it = impl_->layouts.find(name);
  if (it == impl_->layouts.end()) {
    sink.error({}, "template.layout.missing", "the theme has no layout '" + name + ".mustache'");
    return std::nullopt;
  }
  const Impl::Layout& layout = it->second;
  try {
    Data data = to_data(view);
    ViewContext ctx(&data);
    std::string html;
    html.reserve(layout.size_hint * 2 + 4096);
    StringOut out{html};
    layout.compiled->render(ctx, out);
    if (!layout.compiled->is_valid()) {
      sink.error({layout.file, 0, 0}, "template.render",
                 "layout '" + name + "' could not be rendered: " + layout.compiled->error_message());
      return std::nullopt;
    }
    return html;
  } catch (const std::exception& e) {
    sink.error({layout.file, 0, 0}, "template.render", "layout '" + name + "' could not be rendered: " + e.what());
    return std::nullopt;
  }
}

}  // namespace wt::templates

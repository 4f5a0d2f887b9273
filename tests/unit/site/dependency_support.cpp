#include "dependency_support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <sstream>
#include <utility>

#include "output/output_writer.hpp"
#include "site/build.hpp"
#include "site/plan_inputs.hpp"
#include "site/validate.hpp"

namespace fs = std::filesystem;

namespace wt::test {
namespace {

// 18/11/2026 11:06 UTC: the work schedule of that week is the current one;
// three posts are scheduled after it and one is a draft.
constexpr int64_t kNow = 1795000000;

bool starts_with(const std::string& s, const std::string& prefix) { return s.rfind(prefix, 0) == 0; }

// Leaves `input` out of the own inputs of the output at `rel`, or, with
// `rel` empty, out of every output and list of `plan`.
void forget_input(site::BuildPlan& plan, const std::string& input, const std::string& rel) {
  auto drop = [&](std::vector<std::string>& v) { v.erase(std::remove(v.begin(), v.end(), input), v.end()); };
  for (auto& o : plan.outputs) {
    if (!rel.empty()) {
      if (o.rel == rel) drop(o.inputs);
      continue;
    }
    drop(o.inputs);
    if (o.shared_inputs) {
      auto shared = *o.shared_inputs;
      drop(shared);
      o.shared_inputs = std::make_shared<const std::vector<std::string>>(std::move(shared));
    }
  }
  if (rel.empty())
    for (auto& [name, list] : plan.lists) drop(list.sources);
}

}  // namespace

ExampleSite::ExampleSite()
    : site_dir_(fs::path(WT_SOURCE_DIR) / "site.example"), theme_dir_(fs::path(WT_SOURCE_DIR) / "themes" / "default") {
  files_.add_from_disk(site_dir_);
  files_.add_from_disk(theme_dir_);
  // A build of site.example into its own public/ is no input.
  std::vector<std::string> out;
  for (const auto& [path, bytes] : files_.files())
    if (starts_with(path, (site_dir_ / "public/").string())) out.push_back(path);
  for (const auto& p : out) files_.remove(p);
}

std::vector<fs::path> ExampleSite::files_below(const fs::path& dir) const {
  std::vector<fs::path> out;
  const std::string prefix = (dir / "").lexically_normal().string();
  for (const auto& [path, bytes] : files_.files())
    if (starts_with(path, prefix)) out.emplace_back(path);
  return out;
}

std::string ExampleSite::rel(const fs::path& path) const {
  const std::string site = (site_dir_ / "").lexically_normal().string();
  const fs::path& dir = starts_with(path.string(), site) ? site_dir_ : theme_dir_;
  return path.lexically_relative(dir).generic_string();
}

void ExampleSite::forget(const std::string& input, const std::string& rel) {
  REQUIRE(!base_);
  forgotten_.emplace_back(input, rel);
}

// The phases of site::build_site_to (site/build.hpp), one by one, so that
// the loaded site and its plan outlive the build.
MemoryBuild ExampleSite::build() {
  MemoryBuild b;
  DiagnosticSink sink;
  site::LoadRequest request;
  request.site_dir = site_dir_;
  request.now = kNow;
  request.theme_dirs = {theme_dir_.parent_path()};
  b.site = site::load_site(request, files_, pool_, sink);
  if (b.site->config_ok) {
    site::validate_site(*b.site, false, sink);
    if (b.site->theme_ok && site::plan_build(*b.site, b.plan, sink)) {
      for (const auto& [input, rel] : forgotten_) forget_input(b.plan, input, rel);
      output::MemoryWriter writer;
      site::render_and_write(*b.site, b.plan, pool_, writer, {}, sink);
      b.bytes = writer.files();
      site::InputHashes hashes(*b.site, b.plan);
      for (const auto& o : b.plan.outputs) b.keys[o.rel] = hashes.output_key(o);
    }
  }
  std::ostringstream diags;
  sink.print(diags);
  b.diagnostics = diags.str();
  b.ok = !sink.has_errors() && !b.bytes.empty();
  return b;
}

const MemoryBuild& ExampleSite::base() {
  if (!base_) {
    base_ = std::make_unique<MemoryBuild>(build());
    INFO(base_->diagnostics);
    REQUIRE(base_->ok);
  }
  return *base_;
}

EditCheck ExampleSite::check_edit(const Edit& edit) {
  const MemoryBuild& before = base();
  INFO("input: " << edit.input);
  const std::optional<std::string> original = files_.get(edit.path);
  REQUIRE(original);
  const std::string edited = edit.change(*original);
  REQUIRE(edited != *original);
  files_.add(edit.path, edited);
  MemoryBuild after = build();
  files_.add(edit.path, *original);
  INFO(after.diagnostics);
  REQUIRE(after.ok);

  EditCheck c;
  c.direct = before.plan.direct_dependents(edit.input).size();
  for (const auto& [rel, bytes] : after.bytes) {
    auto old = before.bytes.find(rel);
    if (old == before.bytes.end()) {
      ++c.appeared;
      continue;
    }
    const bool same_key = before.keys.at(rel) == after.keys.at(rel);
    if (!same_key) ++c.keys_changed;
    if (old->second == bytes) continue;
    ++c.changed;
    const site::PlannedOutput* o1 = before.plan.find(rel);
    const site::PlannedOutput* o2 = after.plan.find(rel);
    if (!before.plan.depends_on(*o1, edit.input) && !after.plan.depends_on(*o2, edit.input)) c.unlisted.push_back(rel);
    if (same_key) c.same_key.push_back(rel);
  }
  return c;
}

std::string edit_markdown(const std::string& text) {
  std::string out = text;
  size_t title = out.find("\ntitle:");
  if (title != std::string::npos) {
    size_t eol = out.find('\n', title + 1);
    size_t end = out[eol - 1] == '"' ? eol - 1 : eol;
    out.insert(end, " sửa");
  }
  // The body starts after the closing fence of the front matter.
  size_t fence = out.find("\n---", 3);
  if (fence != std::string::npos) {
    size_t body = out.find('\n', fence + 1);
    if (body != std::string::npos) out.insert(body + 1, "\nĐoạn mở đầu đã sửa.\n\n");
  }
  return out;
}

std::function<std::string(const std::string&)> edit_markdown_in_place(const std::string& slug) {
  return [slug](const std::string& text) {
    std::string out = edit_markdown(text);
    size_t title = out.find("\ntitle:");
    if (title != std::string::npos) out.insert(out.find('\n', title + 1) + 1, "slug: \"" + slug + "\"\n");
    return out;
  };
}

std::string edit_publish(const std::string& text) {
  const size_t fence = text.find("\n---", 3);
  std::istringstream in(text.substr(0, fence));
  std::string out, line;
  while (std::getline(in, line)) {
    if (starts_with(line, "draft:")) continue;
    if (starts_with(line, "date:") || starts_with(line, "publish_date:"))
      line = line.substr(0, line.find(':')) + ": \"2026-11-02T08:00:00+07:00\"";
    out += line + "\n";
  }
  out.pop_back();
  return out + text.substr(fence);
}

std::string edit_yaml_text(const std::string& text) {
  size_t at = 0, last = std::string::npos;
  while ((at = text.find(": \"", at)) != std::string::npos) {
    size_t line = text.rfind('\n', at);
    size_t close = text.find('"', at + 3);
    if (close == std::string::npos) break;
    std::string value = text.substr(at + 3, close - at - 3);
    bool comment = text.find('#', line == std::string::npos ? 0 : line) < at;
    if (!comment && value.find(' ') != std::string::npos && value.find('\n') == std::string::npos) last = close;
    at = close;
  }
  std::string out = text;
  if (last != std::string::npos) out.insert(last, " sửa");
  return out;
}

std::string edit_template(const std::string& text) { return text + "<!-- sửa -->\n"; }

std::string edit_append_line(const std::string& text) { return text + "\n<!-- sửa -->\n"; }

namespace {

// Where the block of the top-level `key` starts and ends in site.yaml:
// its line, and the lines under it that are indented, empty or comments.
// npos when site.yaml does not set it.
std::pair<size_t, size_t> config_block(const std::string& text, const std::string& key) {
  size_t start = starts_with(text, key + ":") ? 0 : text.find("\n" + key + ":");
  if (start == std::string::npos) return {start, start};
  if (start > 0) ++start;
  size_t end = text.find('\n', start);
  while (end != std::string::npos && end + 1 < text.size()) {
    char c = text[end + 1];
    if (c != ' ' && c != '\n') break;
    end = text.find('\n', end + 1);
  }
  return {start, end == std::string::npos ? text.size() : end + 1};
}

}  // namespace

std::string set_config_key(const std::string& text, const std::string& key, const std::string& value) {
  auto [start, end] = config_block(text, key);
  const std::string line = key + ": " + value + "\n";
  if (start == std::string::npos) return text + (text.empty() || text.back() == '\n' ? "" : "\n") + line;
  return text.substr(0, start) + line + text.substr(end);
}

std::string edit_config_block(const std::string& text, const std::string& key,
                              const std::function<std::string(const std::string&)>& change) {
  auto [start, end] = config_block(text, key);
  if (start == std::string::npos) return text;
  return text.substr(0, start) + change(text.substr(start, end - start)) + text.substr(end);
}

}  // namespace wt::test

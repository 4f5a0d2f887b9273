#include "incremental_support.hpp"

#include <sstream>

#include "core/file_io.hpp"
#include "output/output_writer.hpp"
#include "support/temp_site.hpp"

namespace fs = std::filesystem;

namespace wt::test {
namespace {

const fs::path kRoot = "/wt-incremental-test";
const fs::path kSource = WT_SOURCE_DIR;

}  // namespace

SmallSite::SmallSite() : root_(kRoot) {
  MemoryFileSystem disk;
  const fs::path basic = kSource / "tests/fixtures/sites/basic";
  const fs::path data = kSource / "tests/fixtures/sites/data-pages";
  disk.add_from_disk(basic);
  for (const auto& [path, bytes] : disk.files()) files_.add(root_ / "site" / fs::path(path).lexically_relative(basic), bytes);
  for (const char* rel : {"data/van-ban.csv", "data/to-chuc.yaml", "data/thu-tuc/xin-hoc-lai.yaml", "static/files/a.pdf",
                          "content/van-ban/_index.md"})
    files_.add(root_ / "site" / rel, *read_file(data / rel));
  MemoryFileSystem theme;
  theme.add_from_disk(kSource / "themes/default");
  for (const auto& [path, bytes] : theme.files())
    files_.add(root_ / "themes/default" / fs::path(path).lexically_relative(kSource / "themes/default"), bytes);
  // A layout and a partial of the site's own, over the theme's.
  put("layouts/page.mustache", *read_file(kSource / "themes/default/layouts/page.mustache"));
  put("partials/footer.mustache", *read_file(kSource / "themes/default/partials/footer.mustache"));
}

void SmallSite::put(const std::string& rel, std::string text) { files_.add(root_ / "site" / rel, std::move(text)); }
void SmallSite::remove(const std::string& rel) { files_.remove(root_ / "site" / rel); }
bool SmallSite::has(const std::string& rel) const { return files_.get(root_ / "site" / rel).has_value(); }
std::string SmallSite::get(const std::string& rel) const { return *files_.get(root_ / "site" / rel); }

std::vector<std::string> SmallSite::below(const std::string& rel, const std::string& ext) const {
  const std::string prefix = (root_ / "site" / rel).string() + "/";
  std::vector<std::string> out;
  for (const auto& [path, bytes] : files_.files())
    if (path.rfind(prefix, 0) == 0 && path.size() > ext.size() && path.compare(path.size() - ext.size(), ext.size(), ext) == 0)
      out.push_back(fs::path(path).lexically_relative(root_ / "site").string());
  return out;
}

site::BuildOptions SmallSite::options(const fs::path& out) const {
  site::BuildOptions opt;
  opt.site_dir = root_ / "site";
  opt.out_dir = out;
  opt.theme_dirs = {root_ / "themes"};
  opt.now = 1795000000;  // 18/11/2026
  return opt;
}

bool SmallSite::build_to_disk(const fs::path& out, ThreadPool& pool, site::BuildReport* report,
                              const std::function<void(site::BuildOptions&)>& adjust) {
  site::BuildOptions opt = options(out);
  if (adjust) adjust(opt);
  DiagnosticSink sink;
  const bool ok = site::build_site(opt, files_, pool, sink, report);
  std::ostringstream text;
  sink.print(text);
  diagnostics_ = text.str();
  return ok;
}

std::map<std::string, std::string> SmallSite::build_in_memory(ThreadPool& pool) const {
  output::MemoryWriter writer;
  DiagnosticSink sink;
  if (!site::build_site_to(options(""), files_, pool, writer, sink, nullptr)) return {};
  return writer.files();
}

OutputFolder::OutputFolder() : root_(make_temp_dir("wt-incremental")), out_(root_ / "public") {}

OutputFolder::~OutputFolder() {
  std::error_code ec;
  fs::remove_all(root_, ec);
}

std::map<std::string, OutputFolder::File> OutputFolder::snapshot() const {
  std::map<std::string, File> out;
  if (!fs::exists(out_)) return out;
  for (auto it = fs::recursive_directory_iterator(out_); it != fs::recursive_directory_iterator(); ++it) {
    const std::string rel = it->path().lexically_relative(out_).string();
    if (rel == output::kStateDir) {
      it.disable_recursion_pending();
      continue;
    }
    if (rel == output::DiskWriter::kMarker || !it->is_regular_file()) continue;
    out[rel] = {*read_file(it->path()), *output::stamp_of(it->path())};
  }
  return out;
}

std::map<std::string, std::string> OutputFolder::bytes_of(const std::map<std::string, File>& files) {
  std::map<std::string, std::string> out;
  for (const auto& [rel, f] : files) out[rel] = f.bytes;
  return out;
}

}  // namespace wt::test

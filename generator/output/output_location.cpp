#include "output/output_location.hpp"

#include "core/file_io.hpp"

namespace fs = std::filesystem;

namespace wt::output {

fs::path resolved_path(const fs::path& path) {
  std::error_code ec;
  fs::path abs = fs::absolute(path, ec);
  if (ec) abs = path;
  fs::path real = fs::weakly_canonical(abs, ec);
  if (ec) real = abs.lexically_normal();
  if (!real.has_filename() && real.has_parent_path() && real != real.root_path()) real = real.parent_path();
  return real;
}

bool check_output_location(const fs::path& out_dir, const fs::path& site_dir, DiagnosticSink& sink) {
  const fs::path out = resolved_path(out_dir);
  const fs::path site = resolved_path(site_dir);
  const std::string shown = out_dir.string();
  if (out == site) {
    sink.error({shown, 0, 0}, "output.location",
               "the output folder cannot be the site folder itself: every build replaces it; use " +
                   (site_dir / "public").string() + " (the default)");
    return false;
  }
  if (is_inside(site, out)) {
    sink.error({shown, 0, 0}, "output.location",
               "the output folder holds the site folder '" + site_dir.string() +
                   "': every build replaces it; use " + (site_dir / "public").string() + " (the default)");
    return false;
  }
  for (const char* read : {"content", "data", "static", "layouts", "partials", "themes"}) {
    const fs::path sub = resolved_path(site / read);
    if (is_inside(out, sub) || is_inside(out, site / read)) {
      sink.error({shown, 0, 0}, "output.location",
                 std::string("the output folder is inside ") + read +
                     "/ of the site, which the build reads; use " + (site_dir / "public").string() +
                     " (the default) or a folder outside " + read + "/");
      return false;
    }
  }
  return true;
}

}  // namespace wt::output

#include "site/validate.hpp"

namespace wt::site {
namespace {

void check_page_layouts(const LoadedSite& site, DiagnosticSink& sink) {
  if (!site.theme) return;
  for (auto& p : site.tree->pages) {
    if (!p->fm.layout.empty() && !site.theme->has_layout(p->fm.layout))
      sink.error(p->source.empty() ? Position{} : Position{p->source, 0, 0}, "template.layout.missing",
                 "'layout: " + p->fm.layout + "' names a layout the theme does not have");
  }
}

// With --strict, whatever the regulations find missing or stale fails the build.
void check_strict_compliance(const LoadedSite& site, DiagnosticSink& sink) {
  if (!site.compliance) return;
  for (const auto& r : site.compliance->results) {
    if (r.status != compliance::Status::Missing && r.status != compliance::Status::Stale) continue;
    sink.error(r.where.file.empty() ? Position{site.cfg.file, 0, 0} : r.where,
               "compliance." + std::string(compliance::status_name(r.status)),
               "requirement '" + r.id + "' (" + r.name + ") is " + compliance::status_name(r.status) +
                   (r.note.empty() ? "" : ": " + r.note));
  }
}

}  // namespace

bool build_failed(const DiagnosticSink& sink, bool strict) {
  return sink.has_errors() || (strict && sink.warning_count() > 0);
}

void validate_site(const LoadedSite& site, bool strict, DiagnosticSink& sink) {
  if (!site.config_ok) return;
  check_page_layouts(site, sink);
  render::check_menus(site.cfg, *site.tree, sink);
  if (strict) check_strict_compliance(site, sink);
}

}  // namespace wt::site

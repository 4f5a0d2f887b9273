#include "site/page_update.hpp"

#include <algorithm>

#include "content/parsed_file.hpp"
#include "core/date.hpp"
#include "core/file_system.hpp"
#include "core/placeholder.hpp"
#include "images/picture_html.hpp"
#include "site/alt_text.hpp"
#include "site/link_check.hpp"
#include "site/markdown_cache.hpp"
#include "site/tree_resolver.hpp"

namespace wt::site {
namespace {

bool same_local_day(int64_t a, int64_t b, int tz_minutes) {
  const DateTime x = from_epoch(a, tz_minutes), y = from_epoch(b, tz_minutes);
  return x.year == y.year && x.month == y.month && x.day == y.day;
}

// One page's new body, checked, before anything is changed.
struct NewBody {
  content::Page* page = nullptr;
  std::string body;
  markdown::Rendered rendered;
};

// The page's new body when the edit of its file is one update_page_bodies
// takes (see the header), else nullopt.
std::optional<NewBody> read_new_body(const LoadedSite& site, const BuildPlan& plan, const std::string& source) {
  const content::ContentTree& tree = *site.tree;
  auto at = tree.by_content_path.find(source.rfind("content/", 0) == 0 ? source.substr(8) : std::string());
  if (at == tree.by_content_path.end() || at->second->source != source) return std::nullopt;
  content::Page* page = at->second;
  if (!page->valid || site.rendered.find(page) == site.rendered.end()) return std::nullopt;

  FileError error;
  const int tz = site.cfg.timezone_minutes;
  auto parsed = site.request.parsed_files
                    ? site.request.parsed_files->parse(*site.files, page->file, source, tz, page->is_section_index, &error)
                    : content::read_and_parse(*site.files, page->file, source, tz, page->is_section_index, &error);
  if (!parsed || !parsed->split || !parsed->valid || !parsed->diagnostics.empty()) return std::nullopt;
  if (!(parsed->fm == page->fm) || parsed->body_line_offset != page->body_line_offset) return std::nullopt;

  // What the compliance report reads of a body: placeholders, images
  // without alternative text (and check_alt_text's warnings).
  if (holds_placeholder(page->body) || holds_placeholder(parsed->body)) return std::nullopt;
  content::Page edited = *page;
  edited.body = parsed->body;
  DiagnosticSink found;
  check_body_alt_text(edited, found);
  if (!found.sorted().empty()) return std::nullopt;

  std::vector<std::string> targets;
  TreeResolver resolver(tree, &targets);
  const markdown::Options mo = markdown_options(site);
  NewBody out{page, parsed->body, {}};
  if (MarkdownCache* md = site.request.markdown_cache)
    out.rendered = md->render(md->key(out.body, source, page->body_line_offset, mo), out.body, source,
                              page->body_line_offset, &resolver, mo, found);
  else
    out.rendered = markdown::render(out.body, source, page->body_line_offset, &resolver, mo, found);
  if (!found.sorted().empty()) return std::nullopt;

  // The same pages linked with "@/" (they are inputs of its outputs) and the
  // same images (each is planned in its sizes).
  std::sort(targets.begin(), targets.end());
  targets.erase(std::unique(targets.begin(), targets.end()), targets.end());
  auto links = site.links.find(page);
  if (targets != (links == site.links.end() ? std::vector<std::string>{} : links->second)) return std::nullopt;
  const markdown::Rendered& before = site.rendered.at(page);
  if (out.rendered.internal_links != before.internal_links) return std::nullopt;
  if (images::image_sources(out.rendered.html) != images::image_sources(before.html)) return std::nullopt;

  // Plain links lead to outputs of the plan (a new one is checked as a full build would).
  check_page_links(site, plan, edited, out.rendered.html, found);
  if (!found.sorted().empty()) return std::nullopt;
  return out;
}

}  // namespace

std::optional<std::vector<std::string>> update_page_bodies(LoadedSite& site, const BuildPlan& plan,
                                                           const std::vector<std::string>& sources, int64_t now) {
  if (!site.config_ok || !site.tree || !site.views || sources.empty()) return std::nullopt;
  if (now < site.now || now >= site.tree->next_change || !same_local_day(site.now, now, site.cfg.timezone_minutes))
    return std::nullopt;
  std::vector<NewBody> edits;
  for (const auto& source : sources) {
    auto edit = read_new_body(site, plan, source);
    if (!edit) return std::nullopt;
    edits.push_back(std::move(*edit));
  }
  std::vector<std::string> inputs;
  for (auto& e : edits) {
    e.page->body = std::move(e.body);
    site.rendered[e.page] = std::move(e.rendered);
    site.views->forget(*e.page);
    inputs.push_back("file:" + e.page->source);
  }
  std::sort(inputs.begin(), inputs.end());
  inputs.erase(std::unique(inputs.begin(), inputs.end()), inputs.end());
  return inputs;
}

}  // namespace wt::site

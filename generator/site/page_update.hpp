// update_page_bodies: a loaded site brought up to date in place with edits
// that changed only the Markdown body of published pages, the dev server's
// common case (a teacher rewording a post), so that the rebuild after it
// neither loads nor plans the site again: it renders the outputs that depend
// on those files (render_changed.hpp, render_dependents).
//
// An edit is taken only when it provably leaves everything else as a full
// load would make it: the file is a published page of the site, its front
// matter parses to the same values (positions included), and its new body
// renders without a diagnostic, links to the same pages with "@/", shows
// the same images, has no image without alternative text and no
// [CẦN ĐIỀN] placeholder (both feed the compliance report), and every plain
// link it has leads to an output of the plan. The time must not have moved
// past a day or an instant at which a page is published or withdrawn
// (ContentTree::next_change): the site keeps the time it was loaded at.
// Anything else (a page added or removed, a date changed, a broken link, a
// data file or a template edited) is refused, with nothing changed: the
// caller then builds the whole site as usual, which reports what there is
// to report.
//
//   auto inputs = update_page_bodies(site, plan, {"content/tin-tuc/a.md"}, now);
//   if (!inputs) { /* full rebuild */ }
//   else render_dependents(site, plan, hashes, *inputs, states, pool, writer, sink, &change);
//
// The caller also makes sure that the build the site comes from reported
// nothing about these files (its warnings would change with the text).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "site/build_plan.hpp"
#include "site/load_site.hpp"

namespace wt::site {

/// Updates the pages of `sources` ("content/tin-tuc/a.md", relative to the
/// site folder), read again through site.files, when the edit is one of
/// those above; returns the inputs that changed ("file:content/tin-tuc/a.md"),
/// or nullopt, with the site untouched, when the whole site must be built.
/// `now` is the time of the rebuild.
std::optional<std::vector<std::string>> update_page_bodies(LoadedSite& site, const BuildPlan& plan,
                                                           const std::vector<std::string>& sources, int64_t now);

}  // namespace wt::site

// analyse_site: the analysis of one crawled site, part by part (sections,
// posts, score), with the crawl's own notes carried over.
#include <algorithm>
#include <ctime>
#include <future>

#include "audit/analysis/site_analysis.hpp"
#include "core/vietnamese_fold.hpp"
#include "regulations/school_type.hpp"
#include "regulations/school_year.hpp"

namespace wt::audit {
namespace {

CrawlNotes notes_of(const CrawlData& data) {
  CrawlNotes n;
  n.requests = data.requests;
  n.stopped_by = data.stopped_by;
  n.robots_status = data.robots_status;
  n.robots_blocked = data.robots_blocked;
  n.robots_error = data.robots_error;
  n.crawl_delay_ms = data.crawl_delay_ms;
  n.robots_truncated = data.robots_truncated;
  n.refused = data.refused;
  n.refused_count = data.refused_count;
  n.limits = data.limits;
  n.bodies = data.bodies;
  return n;
}

// find_sections; for an unknown type, every requirement of a school (not
// those of phòng or sở only) applies: an unknown type must not excuse a site.
std::vector<SectionMatch> sections_of(const CrawlData& data, const regulations::RuleSet& rules,
                                      const std::string& type, int tz_minutes) {
  SiteFacts facts;
  facts.sitemap_url = data.sitemap_url;
  facts.school_year = regulations::due_school_year(static_cast<int64_t>(std::time(nullptr)), tz_minutes);
  for (const auto& p : data.posts) facts.post_urls.push_back(p.url);
  auto found = find_sections(data.pages, rules, type, data.seed, facts);
  if (!type.empty()) return found;
  const auto& schools = regulations::types_of_schools();
  for (auto& m : found) {
    if (m.applies) continue;
    for (const auto& q : rules.requirements)
      if (q.id == m.id && std::any_of(schools.begin(), schools.end(), [&](const std::string& t) { return q.applies(t); }))
        m.applies = true;
  }
  return found;
}

}  // namespace

std::vector<SectionMatch> merge_sections(std::vector<SectionMatch> all, const std::vector<SectionMatch>& more) {
  for (const auto& s : more) {
    auto it = std::find_if(all.begin(), all.end(), [&](const SectionMatch& m) { return m.id == s.id; });
    if (it == all.end()) {
      all.push_back(s);
      continue;
    }
    it->applies = it->applies || s.applies;
    if (s.found && (!it->found || s.score > it->score)) {
      it->found = true;
      it->url = s.url;
      it->evidence = s.evidence;
      it->score = s.score;
    } else if (!it->found && it->evidence.rfind("không áp dụng", 0) == 0 && s.applies) {
      it->evidence = s.evidence;  // required by the other list: say why it was not found
    }
  }
  return all;
}

namespace {

// `first`, with the sections of `more` whose id it lacks.
std::vector<SectionMatch> with_missing(std::vector<SectionMatch> first, const std::vector<SectionMatch>& more) {
  for (const auto& s : more)
    if (std::none_of(first.begin(), first.end(), [&](const SectionMatch& m) { return m.id == s.id; }))
      first.push_back(s);
  return first;
}

}  // namespace

std::string guess_school_type(const std::string& title) {
  const std::string t = " " + fold_for_match(title) + " ";
  static const std::pair<const char*, const char*> kWords[] = {
      {" mam non ", "mn"},   {" mau giao ", "mn"},  {" thcs ", "thcs"}, {" trung hoc co so ", "thcs"},
      {" thpt ", "thpt"},    {" trung hoc pho thong ", "thpt"},          {" tieu hoc ", "th"},
      {" gdtx ", "gdtx"},    {" giao duc thuong xuyen ", "gdtx"},        {" phong giao duc ", "pgd"},
      {" phong gd ", "pgd"}, {" so giao duc ", "sgd"},                   {" so gd ", "sgd"}};
  for (const auto& [w, type] : kWords)
    if (t.find(w) != std::string::npos) return type;
  return "";
}

SiteResult analyse_site(const CrawlData& data, const AuditSetup& setup, const SiteOverrides& site) {
  SiteResult out;
  out.url = data.seed;
  out.pages = data.html_ok;
  std::string type = !site.school_type.empty() ? site.school_type : setup.school_type;
  out.school_type_source = type.empty() ? "guessed" : "given";
  if (type.empty()) type = guess_school_type(data.home_title);
  out.school_type = type;
  out.crawl = notes_of(data);
  out.error = data.error ? data.error : crawl_failure(data);
  // The rubric's rule set is searched on a second thread meanwhile
  // (find_sections is pure; each call indexes the pages for itself).
  std::future<std::vector<SectionMatch>> rubric_sections;
  if (setup.rubric && setup.rubric_rules)
    rubric_sections = std::async(std::launch::async, [&] { return sections_of(data, *setup.rubric_rules, type, setup.tz_minutes); });
  // Rule sets given together may name one requirement each (disclosure_section
  // is in TT 37 and TT 09): one section per id, or reports show it twice.
  if (setup.rules) out.sections = merge_sections({}, sections_of(data, *setup.rules, type, setup.tz_minutes));
  out.posts = posting_stats(data.posts, setup.since, setup.until, setup.tz_minutes);
  if (setup.rubric) {
    // The rubric names requirements of its own rule set: those decide its
    // score (found, or not required of this type there), the others fill in.
    // The sections reported are the rule sets' and the rubric's together.
    if (rubric_sections.valid()) {
      std::vector<SectionMatch> of_rubric = rubric_sections.get();
      out.score = score_site(with_missing(of_rubric, out.sections), out.posts, *setup.rubric, type, site.inputs);
      out.sections = merge_sections(std::move(out.sections), of_rubric);
    } else {
      out.score = score_site(out.sections, out.posts, *setup.rubric, type, site.inputs);
    }
  }
  return out;
}

SiteResult failed_analysis(const CrawlData& data, const std::string& what) {
  SiteResult r;
  r.url = data.seed;
  r.pages = data.html_ok;
  r.crawl.requests = data.requests;
  r.crawl.refused = data.refused;
  r.crawl.refused_count = data.refused_count;
  r.crawl.limits = data.limits;
  r.crawl.bodies = data.bodies;
  r.error = SiteError{"internal-error", "internal error: " + what, "analysis", {"pages"}};
  return r;
}

}  // namespace wt::audit

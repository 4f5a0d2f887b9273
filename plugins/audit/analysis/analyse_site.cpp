// analyse_site: the analysis of one crawled site, part by part (sections,
// posts, score), with the crawl's own notes carried over.
#include <algorithm>
#include <future>

#include "audit/analysis/site_analysis.hpp"
#include "core/vietnamese_fold.hpp"
#include "regulations/school_type.hpp"

namespace wt::audit {
namespace {

CrawlNotes notes_of(const CrawlData& data) {
  CrawlNotes n;
  n.requests = data.requests;
  n.robots_status = data.robots_status;
  n.robots_blocked = data.robots_blocked;
  n.robots_error = data.robots_error;
  n.crawl_delay_ms = data.crawl_delay_ms;
  n.robots_truncated = data.robots_truncated;
  n.refused = data.refused;
  n.refused_count = data.refused_count;
  n.limits = data.limits;
  return n;
}

// find_sections; for an unknown type, every requirement of a school (not
// those of phòng or sở only) applies: an unknown type must not excuse a site.
std::vector<SectionMatch> sections_of(const CrawlData& data, const regulations::RuleSet& rules,
                                      const std::string& type) {
  auto found = find_sections(data.pages, rules, type, data.seed, SiteFacts{data.sitemap_url});
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

// The rule sets' sections, with those only the rubric's rule set names.
std::vector<SectionMatch> with_rubric_sections(std::vector<SectionMatch> all, std::vector<SectionMatch> rubric) {
  for (auto& s : rubric)
    if (std::none_of(all.begin(), all.end(), [&](const SectionMatch& m) { return m.id == s.id; }))
      all.push_back(std::move(s));
  return all;
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
    rubric_sections = std::async(std::launch::async, [&] { return sections_of(data, *setup.rubric_rules, type); });
  if (setup.rules) out.sections = sections_of(data, *setup.rules, type);
  out.posts = posting_stats(data.posts, setup.since, setup.until);
  if (setup.rubric) {
    auto all = rubric_sections.valid() ? with_rubric_sections(out.sections, rubric_sections.get()) : out.sections;
    out.score = score_site(all, out.posts, *setup.rubric, type, site.inputs);
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
  r.error = SiteError{"internal-error", "internal error: " + what, "analysis", {"pages"}};
  return r;
}

}  // namespace wt::audit

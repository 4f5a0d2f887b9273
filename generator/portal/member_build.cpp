#include "portal/member_build.hpp"

#include <algorithm>

#include "compliance/posts_used.hpp"
#include "core/date.hpp"
#include "core/diagnostic.hpp"
#include "core/file_system.hpp"
#include "core/message_catalog.hpp"
#include "core/placeholder.hpp"
#include "core/thread_pool.hpp"
#include "output/build_cache.hpp"
#include "portal/member_fingerprint.hpp"
#include "portal/member_search.hpp"
#include "site/build.hpp"
#include "site/load_site.hpp"
#include "site/site_check.hpp"

namespace wt::portal {
namespace {

std::vector<std::string> formatted(const DiagnosticSink& sink) {
  std::vector<std::string> out;
  for (const auto& d : sink.sorted())
    if (d.severity == Severity::Error) out.push_back(format_diagnostic(d));
  return out;
}

// The check's results, flattened into the dashboard's model.
void add_compliance(const compliance::Report& c, MemberReport& r) {
  for (const auto* list : {&c.results, &c.rubric_results})
    for (const auto& x : *list)
      r.requirements.push_back({x.id, x.name, compliance::status_name(x.status), x.evidence, x.note});
  r.posts_in_window = c.posting.count;
  r.posts_per_week = c.posting.per_week;
  r.window_since = c.posting.since;
  r.window_until = c.posting.until;
  for (const auto& s : c.score) r.score.push_back({s.id, s.name, s.points, s.max, s.measured});
  r.score_total = c.total;
  r.score_max = c.max;
}

PortalPost portal_post(const content::Page& p, const std::string& base_url, int tz) {
  PortalPost out;
  out.title = p.fm.title;
  out.url = base_url + (p.url.empty() ? "" : p.url.substr(1));
  out.date = p.fm.date->epoch();
  DateTime d = from_epoch(out.date, tz);
  out.date_vn = format_vn_date(d);
  out.date_iso = format_rfc3339(d);
  out.summary = p.fm.summary.empty() ? p.fm.description : p.fm.summary;
  out.portal = p.fm.portal;
  return out;
}

// What the portal's pages and the CSV need of the member's posts: every
// `portal: true` post, then its newest others.
void add_posts(const site::LoadedSite& site, const std::string& base_url, MemberReport& r) {
  const int tz = site.cfg.timezone_minutes;
  std::vector<int64_t> portal_dates;
  std::vector<PortalPost> others;
  for (const content::Page* p : site.tree->dated) {  // newest first
    if (p->is_section_index) continue;
    if (r.latest_post == 0) r.latest_post = p->fm.date->epoch();
    if (p->fm.portal) {
      portal_dates.push_back(p->fm.date->epoch());
      r.posts.push_back(portal_post(*p, base_url, tz));
    } else if (others.size() < kPortalOtherPosts) {
      others.push_back(portal_post(*p, base_url, tz));
    }
  }
  r.posts.insert(r.posts.end(), others.begin(), others.end());
  for (const auto& y : compliance::posts_used_by_year(portal_dates, tz)) r.posts_used.push_back({y.from_year, y.count});
}

// The member as its build loaded it (the content and data `check` reads),
// checked against the portal's rubric.
bool gather_report(const site::LoadedSite* site, const PortalConfig& portal, const MemberOptions& opt,
                   const std::string& base_url, MemberReport& r, DiagnosticSink& sink) {
  if (!site || !site->config_ok || !site->tree) return false;
  config::SiteConfig cfg = site->cfg;
  cfg.rubric = portal.rubric;
  auto regs = site::load_site_regulations(cfg, site->schemas_dir, sink);
  if (!regs) return false;
  add_compliance(site::check_site(cfg, *site->tree, &site->data, *regs, opt.now), r);
  add_posts(*site, base_url, r);
  r.name = cfg.name;
  // The directory never shows a placeholder of `new` as a school's contact.
  auto shown = [](const std::string& v) { return holds_placeholder(v) ? std::string() : v; };
  if (r.managing_body.empty()) r.managing_body = shown(cfg.managing_body);
  r.address = shown(cfg.address);
  r.phone = shown(cfg.phone);
  r.email = shown(cfg.email);
  return true;
}

}  // namespace

std::string member_prefix(const PortalMember& m) {
  return m.host.empty() ? "www" + m.path : "hosts/" + m.host + "/";
}

std::string member_url(const PortalMember& m, const PortalConfig& portal) {
  return m.host.empty() ? portal.base_url + m.path.substr(1) : "https://" + m.host + "/";
}

MemberReport build_member(const PortalMember& m, const PortalConfig& portal, const MemberOptions& opt, ThreadPool& pool,
                          const std::filesystem::path& folder, MemberBuildInfo* info, const MemberStateEntry* kept) {
  MemberBuildInfo ignored;
  if (!info) info = &ignored;
  MemberReport r;
  r.slug = m.slug;
  r.name = m.slug;
  r.school_type = m.school_type;
  r.commune = m.commune;
  r.managing_body = m.managing_body;
  r.host = m.host;
  r.url = member_url(m, portal);
  if (!m.problems.empty()) {
    r.diagnostics = m.problems;
    return r;
  }
  // Taken before the build reads anything: an edit made while it runs
  // gives another fingerprint next time.
  static const std::vector<std::string> none;
  ContentHash now_hash;
  const auto fingerprint = member_fingerprint(m, r.url, portal, opt.shared, opt.now, kept && !opt.full ? kept->racy : none,
                                              wall_clock_ns(), &now_hash);
  if (!opt.full && fingerprint && kept && kept->slug == m.slug && !kept->fingerprint.empty() &&
      kept->fingerprint == now_hash.hex()) {
    auto cache = output::stamp_of(folder / output::kCacheFile);
    auto report = cache && *cache == kept->cache ? decode_member_report(kept->report) : std::nullopt;
    if (report && report->built && report->slug == m.slug) {
      info->skipped = true;
      info->state = *kept;
      return std::move(*report);
    }
  }
  site::BuildOptions b;
  b.site_dir = m.source_dir;
  b.out_dir = folder;
  b.base_url = r.url;
  b.now = opt.now;
  b.theme_dirs = opt.theme_dirs;
  b.full = opt.full;
  DiagnosticSink sink;
  MemberReport facts = r;
  bool gathered = false;
  b.loaded = [&](const site::LoadedSite& site) { gathered = gather_report(&site, portal, opt, r.url, facts, sink); };
  site::BuildReport built;
  std::error_code ec;
  std::filesystem::create_directories(folder.parent_path(), ec);
  bool ok = site::build_site(b, real_file_system(), pool, sink, &built);
  ok = ok && !sink.has_errors() && gathered;
  if (!ok || sink.has_errors()) {
    r.diagnostics = formatted(sink);
    if (r.diagnostics.empty()) r.diagnostics.push_back("error: " + localized("portal.member", "the build of '" + m.slug + "' failed"));
    return r;
  }
  facts.built = true;
  facts.search_digest = member_documents_digest(folder);
  info->incremental = built.incremental;
  info->files = built.files;
  if (fingerprint) {
    info->state.slug = m.slug;
    info->state.fingerprint = fingerprint->hash.hex();
    info->state.racy = fingerprint->racy;
    info->state.cache = output::stamp_of(folder / output::kCacheFile).value_or(output::FileStamp());
    info->state.report = encode_member_report(facts);
  }
  return facts;
}

}  // namespace wt::portal

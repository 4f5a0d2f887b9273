#include "portal/portal_build.hpp"

#include <algorithm>
#include <map>
#include <ostream>
#include <set>

#include "config/base_url.hpp"
#include "core/clock.hpp"
#include "core/file_io.hpp"
#include "core/message_catalog.hpp"
#include "core/parallel.hpp"
#include "core/thread_pool.hpp"
#include "output/output_location.hpp"
#include "output/build_cache.hpp"
#include "output/incremental_writer.hpp"
#include "output/output_writer.hpp"
#include "portal/member_fingerprint.hpp"
#include "portal/member_build.hpp"
#include "portal/audit_history.hpp"
#include "portal/portal_pages.hpp"
#include "portal/portal_search.hpp"
#include "portal/portal_state.hpp"
#include "portal/portal_static.hpp"
#include "regulations/rubric.hpp"
#include "site/load_site.hpp"
#include "site/site_check.hpp"
#include "templates/theme.hpp"
#include "version/build_info.hpp"

namespace fs = std::filesystem;

namespace wt::portal {
namespace {

// Copies every regular file under `from` to `prefix` + its relative path
// (links and special files are left out). False when a copy failed.
bool copy_tree(const fs::path& from, const std::string& prefix, output::OutputWriter& writer) {
  std::error_code ec;
  if (!fs::is_directory(fs::symlink_status(from, ec))) return true;
  std::vector<fs::path> files;
  for (fs::recursive_directory_iterator it(from, ec), end; !ec && it != end; it.increment(ec))
    if (it->is_regular_file(ec) && !it->is_symlink(ec)) files.push_back(it->path());
  std::sort(files.begin(), files.end());
  bool ok = !ec;
  for (const auto& f : files) ok = writer.copy(f, prefix + fs::relative(f, from).generic_string()) && ok;
  return ok;
}

// The theme the portal's pages are rendered with: "default" of the
// installed themes (or of `dirs`).
std::optional<templates::Theme> portal_theme(const std::vector<fs::path>& dirs, DiagnosticSink& sink, fs::path* found) {
  *found = portal_theme_dir(dirs);
  if (!found->empty()) return templates::Theme::load({*found}, sink);
  sink.error({"portal", 0, 0}, "portal.theme", "the default theme was not found among the installed themes");
  return std::nullopt;
}

// The rubric's 3.1d threshold: the least posts that score (24 in Vĩnh Phúc's).
int posts_used_threshold(const std::string& rubric) {
  const fs::path schemas = site::find_schemas_dir();
  if (schemas.empty()) return 24;
  DiagnosticSink quiet;
  auto r = regulations::load_rubric(schemas / "rubrics" / (rubric + ".yaml"), quiet);
  if (!r) return 24;
  if (const auto* card = r->for_type("thcs"))
    for (const auto& item : card->items)
      if (item.part.measure == "posts_to_portal" && !item.part.thresholds.empty())
        return static_cast<int>(item.part.thresholds.front().first);
  return 24;
}

// The portal's theme, loaded before any member is built: a portal whose
// pages cannot be rendered changes nothing.
struct PortalTheme {
  fs::path dir;
  templates::Theme theme;
};

std::optional<PortalTheme> load_portal_theme(const std::vector<fs::path>& theme_dirs, DiagnosticSink& sink) {
  fs::path dir;
  auto theme = portal_theme(theme_dirs, sink, &dir);
  if (!theme) return std::nullopt;
  return PortalTheme{dir, std::move(*theme)};
}

// What the portal itself publishes, by path in OUT: its report and, given
// a theme, its pages, its search over the members found in `root` (the
// output being made) and the theme's static files under www/.
std::optional<std::map<std::string, std::string>> portal_outputs(const PortalReport& report, const PortalTheme* theme,
                                                                 const std::optional<std::vector<AuditSnapshot>>& audits,
                                                                 const fs::path& root, ThreadPool* pool,
                                                                 DiagnosticSink& sink) {
  std::map<std::string, std::string> out;
  out[kReportPath] = to_json(report).dump(1) + "\n";
  if (!theme) return out;
  auto pages = render_portal_pages(report, theme->theme, audits ? &*audits : nullptr, sink);
  if (pages.empty()) return std::nullopt;
  // The theme's static/ and portal/static/ (js/dashboard.js: the portal's alone).
  for (const auto& f : portal_static_files(theme->dir)) {
    auto bytes = read_file(f.source);
    if (!bytes) {
      sink.error({f.source.string(), 0, 0}, "portal.theme", "cannot read the theme's static file");
      return std::nullopt;
    }
    out["www/" + f.rel] = std::move(*bytes);
  }
  for (auto& [rel, bytes] : pages) out["www/" + rel] = std::move(bytes);
  for (auto& [rel, bytes] : portal_search_files(report, root, pool, sink))
    out[std::string("www/") + kSearchDir + rel] = std::move(bytes);
  return out;
}

std::string portal_build_id() { return version::build_info().id; }

// The key of the portal's own files (its pages, the theme's static files,
// portal_report.json): a hash of everything they are made from, the
// members' reports (in their compact encoding), the report's own fields,
// the audits shown on the dashboard and the themes (in `shared`). An
// incremental build whose key is the one its cache holds renders nothing.
ContentHash portal_key(const PortalReport& report, const std::vector<std::string>& member_bytes, bool pages,
                       const std::string& shared, const std::optional<std::vector<AuditSnapshot>>& audits) {
  HashBuilder b;
  b.add("webtruong portal files 1");
  b.add(shared);
  b.add(pages ? "pages" : "report only");
  PortalReport head = report;
  head.members.clear();
  b.add(to_json(head).dump());
  for (const auto& bytes : member_bytes) b.add(bytes);
  b.add(audits ? "audits" : "no audits");
  if (audits)
    for (const auto& a : *audits) {
      const double nums[] = {static_cast<double>(a.crawl_id), static_cast<double>(a.started), static_cast<double>(a.pages),
                             static_cast<double>(a.posts), static_cast<double>(a.in_window), a.per_week, a.total, a.max};
      for (const std::string* s : {&a.site_url, &a.started_at, &a.error}) b.add(*s);
      b.add(std::string_view(reinterpret_cast<const char*>(nums), sizeof nums));
      for (const auto& sec : a.sections) {
        b.add(sec.id);
        b.add(sec.found ? "found" : "not found");
        b.add(sec.url);
      }
      b.add("end of audit");
    }
  return b.finish();
}

// A full build: every output written into the new folder (the portal's
// files under `key`, the state file), with the cache the next incremental
// build starts from.
bool write_all(const std::map<std::string, std::string>& outputs, const ContentHash& key, const std::string& state,
               output::DiskWriter& writer) {
  output::BuildCache cache;
  cache.build_id = portal_build_id();
  bool ok = true;
  for (const auto& [rel, bytes] : outputs) {
    ok = writer.write(rel, bytes) && ok;
    cache.outputs[rel] = {key, hash_bytes(bytes), writer.stamp(rel).value_or(output::FileStamp())};
  }
  if (!state.empty()) {
    ok = writer.write(kStatePath, state) && ok;
    const ContentHash h = hash_bytes(state);
    cache.outputs[kStatePath] = {h, h, writer.stamp(kStatePath).value_or(output::FileStamp())};
  }
  return ok && writer.write(output::kCacheFile, output::encode_build_cache(cache));
}

// True when the previous build's portal files were made under `key`: they
// are the files this build would render.
bool portal_files_unchanged(const output::BuildCache& previous, const ContentHash& key) {
  bool any = false;
  for (const auto& [rel, o] : previous.outputs) {
    if (rel == kStatePath) continue;
    if (!(o.key == key)) return false;
    any = true;
  }
  return any;
}

// An incremental build: only the outputs whose bytes changed are written,
// those no longer made and `removals` are removed, all under the journal.
// `outputs` null: the portal's files are those of `previous` (same key).
// `rewrite_state`: the state file is written even when the cache says it
// holds these bytes (it was found damaged).
bool write_changes(const std::map<std::string, std::string>* outputs, const ContentHash& key, const std::string& state,
                   const output::BuildCache& previous, const std::vector<std::string>& removals,
                   output::IncrementalWriter& writer, size_t* written, bool rewrite_state) {
  output::BuildCache next;
  next.build_id = previous.build_id;
  auto put = [&](const std::string& rel, const std::string& bytes, const ContentHash& k) {
    const ContentHash h = hash_bytes(bytes);
    auto it = previous.outputs.find(rel);
    if (it != previous.outputs.end() && it->second.bytes == h && !(rewrite_state && rel == kStatePath)) {
      next.outputs[rel] = {k, h, it->second.stamp};
      return true;
    }
    if (!writer.write(rel, bytes)) return false;
    if (rel != kStatePath) ++*written;
    next.outputs[rel] = {k, h, writer.stamp(rel).value_or(output::FileStamp())};
    return true;
  };
  if (outputs) {
    for (const auto& [rel, bytes] : *outputs)
      if (!put(rel, bytes, key)) return false;
  } else {
    for (const auto& [rel, o] : previous.outputs)
      if (rel != kStatePath) next.outputs[rel] = o;
  }
  if (!state.empty() && !put(kStatePath, state, hash_bytes(state))) return false;
  for (const auto& [rel, o] : previous.outputs)
    if (!next.outputs.count(rel)) writer.remove(rel);
  for (const auto& rel : removals) writer.remove(rel);
  if (next == previous && removals.empty() && !rewrite_state) {
    writer.abort();
    return true;
  }
  return writer.commit(output::encode_build_cache(next));
}

// Every file of the member folders in `out` that no member of this build
// publishes any more (removed from portal.yaml, moved to another path or
// host): "hosts/<host>/...", and "www/<path>/..." of a folder a member's
// build marked (the portal's own folders are not).
std::vector<std::string> stale_member_files(const fs::path& out, const std::set<std::string>& prefixes) {
  std::vector<std::string> files;
  for (const std::string top : {"www", "hosts"}) {
    std::error_code ec;
    for (fs::directory_iterator it(out / top, ec), end; !ec && it != end; it.increment(ec)) {
      const std::string name = it->path().filename().string();
      const std::string prefix = top + "/" + name + "/";
      std::error_code type_ec;
      if (name.empty() || name[0] == '.' || prefixes.count(prefix) || it->is_symlink(type_ec) ||
          !it->is_directory(type_ec))
        continue;
      if (top == "www" && !fs::is_regular_file(fs::symlink_status(it->path() / output::DiskWriter::kMarker, type_ec)))
        continue;
      for (fs::recursive_directory_iterator f(it->path(), type_ec), fend; !type_ec && f != fend; f.increment(type_ec))
        if (!f->is_directory(type_ec) || f->is_symlink(type_ec))
          files.push_back(prefix + fs::relative(f->path(), it->path()).generic_string());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

void print_member(const MemberReport& m, std::ostream& out, bool previous_kept) {
  for (const auto& d : m.diagnostics) out << m.slug << ": " << d << "\n";
  std::string line = "member '" + m.slug + "' was not built";
  if (previous_kept) line += "; its previous pages stay published";
  out << "webtruong: " << localized("portal.member", line) << "\n";
}

}  // namespace

bool build_portal(const PortalBuildOptions& options, ThreadPool& pool, DiagnosticSink& sink, std::ostream& members_out,
                  PortalResult* result) {
  PortalResult local;
  PortalResult& res = result ? *result : local;
  auto cfg = load_portal_config(options.portal_dir, sink);
  if (!cfg) return false;
  // The audit history is read first: a --db that is not one builds nothing.
  std::optional<std::vector<AuditSnapshot>> audits;
  if (!options.db.empty() && !(audits = read_latest_audits(options.db.string(), sink))) return false;
  if (!options.base_url.empty()) cfg->base_url = options.base_url;
  // So is the theme of the portal's pages: without it no member is touched.
  std::optional<PortalTheme> theme;
  if (!options.shard && !(theme = load_portal_theme(options.theme_dirs, sink))) return false;
  res.config_ok = true;
  const fs::path out_dir = options.out_dir.empty() ? options.portal_dir / "public" : options.out_dir;
  const fs::path previous = output::resolved_path(out_dir);

  PortalReport& report = res.report;
  report.name = cfg->name;
  report.province = cfg->province;
  report.base_url = cfg->base_url;
  report.rubric = cfg->rubric;
  report.posts_used_threshold = posts_used_threshold(cfg->rubric);
  report.generated_at = options.now ? options.now : now_seconds();
  report.config_hash = cfg->hash;
  report.shard = options.shard ? options.shard->text() : "";
  for (const auto& m : cfg->members) report.all_members.push_back(m.slug);

  std::vector<const PortalMember*> mine;
  for (const auto& m : cfg->members)
    if (!options.shard || in_shard(m.slug, *options.shard)) mine.push_back(&m);

  // Incremental when OUT holds the cache of a portal build of this
  // webtruong; otherwise (or --full) a new folder swapped in whole.
  output::IncrementalWriter changes(out_dir, sink, {options.portal_dir, options.after_commit_step});
  std::optional<output::BuildCache> cache;
  if (options.full) {
    res.full_reason = "a full build was asked for";
  } else {
    switch (changes.begin()) {
      case output::IncrementalWriter::Begin::Failed: return false;
      case output::IncrementalWriter::Begin::NoOutput: res.full_reason = "there is no previous output"; break;
      case output::IncrementalWriter::Begin::Ready:
        cache = output::read_build_cache(changes.out_dir(), portal_build_id(), &res.full_reason);
        if (!cache) changes.abort();
        break;
    }
  }
  res.incremental = cache.has_value();
  output::DiskWriterOptions wo;
  wo.site_dir = options.portal_dir;
  output::DiskWriter whole(out_dir, sink, wo);
  if (!res.incremental && !whole.begin()) return false;
  const fs::path root = res.incremental ? changes.out_dir() : whole.staging_dir();

  MemberOptions mo;
  mo.now = report.generated_at;
  mo.theme_dirs = options.theme_dirs;
  mo.full = !res.incremental;
  mo.shared = shared_inputs_stamp(options.theme_dirs);
  // What the previous build kept of its members: one file, ignored whole when damaged.
  PortalState kept;
  bool state_refused = false;  // the file is there but not readable: written again whatever the cache says
  if (res.incremental) {
    if (auto s = read_portal_state(changes.out_dir())) kept = std::move(*s);
    else state_refused = cache->outputs.count(kStatePath) > 0;
  }
  report.members.resize(mine.size());
  std::vector<MemberBuildInfo> infos(mine.size());
  parallel_for(pool, mine.size(), [&](size_t i) {
    const std::string prefix = member_prefix(*mine[i]);
    auto k = kept.members.find(prefix);
    report.members[i] = build_member(*mine[i], *cfg, mo, pool, root / prefix, &infos[i],
                                     k == kept.members.end() ? nullptr : &k->second);
  });
  PortalState next_state;
  std::vector<std::string> member_bytes(mine.size());
  for (size_t i = 0; i < mine.size(); ++i) {
    MemberStateEntry& e = infos[i].state;
    if (e.slug.empty()) {
      member_bytes[i] = encode_member_report(report.members[i]);
      continue;
    }
    member_bytes[i] = e.report;
    next_state.members[member_prefix(*mine[i])] = std::move(e);
  }
  const std::string state_bytes = encode_portal_state(next_state);
  const ContentHash key = portal_key(report, member_bytes, theme.has_value(), mo.shared, audits);

  bool ok = true;
  std::set<std::string> published, prefixes;  // folders a member of this build was written to; of all its members
  for (size_t i = 0; i < mine.size(); ++i) {
    prefixes.insert(member_prefix(*mine[i]));
    if (report.members[i].built) published.insert(member_prefix(*mine[i]));
  }
  for (size_t i = 0; i < mine.size(); ++i) {
    const MemberReport& m = report.members[i];
    if (m.built) {
      ++res.built;
      if (infos[i].skipped) ++res.skipped;
      continue;
    }
    ++res.failed;
    ok = false;
    // Nothing is lost: what was published of it last time stays published
    // (in place when incremental, copied into the new folder otherwise).
    const std::string prefix = member_prefix(*mine[i]);
    const bool kept = !published.count(prefix) && fs::is_directory(previous / prefix);
    if (kept && !res.incremental) copy_tree(previous / prefix, prefix, whole);
    print_member(m, members_out, kept);
  }
  if (!res.incremental) {
    res.portal_rendered = true;
    auto outputs = portal_outputs(report, theme ? &*theme : nullptr, audits, root, &pool, sink);
    if (!outputs || !write_all(*outputs, key, state_bytes, whole) || sink.has_errors()) {
      whole.abort();
      return false;
    }
    res.written = whole.commit();
    return ok && res.written;
  }
  // The portal's files are rendered only when what they are made of changed.
  std::optional<std::map<std::string, std::string>> outputs;
  if (!portal_files_unchanged(*cache, key)) {
    res.portal_rendered = true;
    outputs = portal_outputs(report, theme ? &*theme : nullptr, audits, root, &pool, sink);
    if (!outputs || sink.has_errors()) {
      changes.abort();
      return false;
    }
  }
  res.written = write_changes(outputs ? &*outputs : nullptr, key, state_bytes, *cache,
                              stale_member_files(changes.out_dir(), prefixes), changes, &res.portal_files, state_refused);
  res.output_partly_changed = !res.written && changes.journal_pending();
  return ok && res.written;
}

namespace {

struct ShardInput {
  fs::path dir;
  PortalReport report;
  Shard shard;
};

std::optional<ShardInput> read_shard(const fs::path& dir, DiagnosticSink& sink) {
  const std::string shown = (dir / kReportPath).string();
  auto text = read_file(dir / kReportPath);
  if (!text) {
    sink.error({shown, 0, 0}, "portal.merge.read", "cannot read the shard's report: is this the output of 'webtruong portal build --shard K/N'?");
    return std::nullopt;
  }
  auto j = nlohmann::json::parse(*text, nullptr, false);
  std::string error;
  auto report = j.is_discarded() ? std::nullopt : portal_report_from_json(j, &error);
  if (!report) {
    sink.error({shown, 0, 0}, "portal.merge.report",
               "the shard's report is damaged: " + (error.empty() ? std::string("it is not JSON") : error));
    return std::nullopt;
  }
  std::string why;
  auto shard = parse_shard(report->shard, &why);
  if (!shard) {
    sink.error({shown, 0, 0}, "portal.merge.shard", "this is not the output of a shard ('portal build --shard K/N')");
    return std::nullopt;
  }
  return ShardInput{dir, std::move(*report), *shard};
}

// The shards are of one portal.yaml and cover each of its members once.
bool check_shards(const std::vector<ShardInput>& shards, DiagnosticSink& sink) {
  const ShardInput& first = shards.front();
  const std::string where = (first.dir / kReportPath).string();
  std::set<int> ks;
  for (const auto& s : shards) {
    const std::string at = (s.dir / kReportPath).string();
    if (s.report.config_hash != first.report.config_hash || s.report.all_members != first.report.all_members) {
      sink.error({at, 0, 0}, "portal.merge.portal", "this shard was built from another portal.yaml than " + where);
      return false;
    }
    if (s.shard.n != first.shard.n || !ks.insert(s.shard.k).second) {
      sink.error({at, 0, 0}, "portal.merge.shard",
                 "shard " + s.shard.text() + " does not fit: the shards must be 1/N to N/N, each once");
      return false;
    }
  }
  if (static_cast<int>(ks.size()) != first.shard.n) {
    std::string missing;
    for (int k = 1; k <= first.shard.n; ++k)
      if (!ks.count(k)) missing += (missing.empty() ? "" : ", ") + std::to_string(k) + "/" + std::to_string(first.shard.n);
    sink.error({where, 0, 0}, "portal.merge.missing", "shards missing: " + missing);
    return false;
  }
  std::map<std::string, int> seen;
  for (const auto& s : shards)
    for (const auto& m : s.report.members) ++seen[m.slug];
  std::map<std::string, int> expected;
  for (const auto& slug : first.report.all_members) ++expected[slug];
  if (seen != expected) {
    sink.error({where, 0, 0}, "portal.merge.members", "the shards do not hold every member of portal.yaml exactly once");
    return false;
  }
  return true;
}

}  // namespace

bool merge_portal(const std::vector<fs::path>& shard_dirs, const fs::path& out_dir, const std::vector<fs::path>& theme_dirs,
                  DiagnosticSink& sink, PortalResult* result, const fs::path& db) {
  PortalResult local;
  PortalResult& res = result ? *result : local;
  std::optional<std::vector<AuditSnapshot>> audits;
  if (!db.empty() && !(audits = read_latest_audits(db.string(), sink))) return false;
  std::vector<ShardInput> shards;
  for (const auto& d : shard_dirs)
    if (auto s = read_shard(d, sink)) shards.push_back(std::move(*s));
  if (sink.has_errors() || shards.empty() || !check_shards(shards, sink)) return false;
  res.config_ok = true;

  PortalReport& report = res.report;
  report = shards.front().report;
  report.shard.clear();
  report.members.clear();
  std::multimap<std::string, const MemberReport*> by_slug;
  for (const auto& s : shards) {
    report.generated_at = std::max(report.generated_at, s.report.generated_at);
    for (const auto& m : s.report.members) by_slug.emplace(m.slug, &m);
  }
  // portal.yaml's order (members that share a slug keep their shard's order).
  for (const auto& slug : report.all_members) {
    auto it = by_slug.find(slug);
    report.members.push_back(*it->second);
    by_slug.erase(it);
  }
  for (const auto& m : report.members) (m.built ? res.built : res.failed)++;

  auto theme = load_portal_theme(theme_dirs, sink);
  if (!theme) return false;
  output::DiskWriter writer(out_dir, sink, {});
  if (!writer.begin()) return false;
  bool ok = true;
  for (const auto& s : shards)
    for (const char* top : {"www", "hosts"}) ok = copy_tree(s.dir / top, std::string(top) + "/", writer) && ok;
  auto outputs = portal_outputs(report, &*theme, audits, writer.staging_dir(), nullptr, sink);
  std::vector<std::string> member_bytes;
  for (const auto& m : report.members) member_bytes.push_back(encode_member_report(m));
  const ContentHash key = portal_key(report, member_bytes, true, shared_inputs_stamp(theme_dirs), audits);
  ok = outputs && write_all(*outputs, key, "", writer) && ok;
  if (!ok || sink.has_errors()) {
    writer.abort();
    return false;
  }
  res.written = writer.commit();
  return res.written && res.failed == 0;
}

}  // namespace wt::portal

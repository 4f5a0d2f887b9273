#include "compliance/checker.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

#include "core/date.hpp"
#include "core/regex.hpp"
#include "core/text.hpp"
#include "regulations/school_year.hpp"

using nlohmann::json;

namespace wt::compliance {

using regulations::Freshness;
using regulations::Requirement;
using regulations::Rubric;
using regulations::RubricItem;
using regulations::RubricPart;
using regulations::RuleSet;
using regulations::Satisfier;
using regulations::Scorecard;

namespace {

// A rule set's `matches` (our own schemas/rules files, RE2 syntax) against a
// site.yaml value; a pattern that does not compile is our mistake (thrown).
bool matches(const std::string& pattern, const std::string& value) { return Regex(pattern).contains(value); }

const std::map<std::string, std::string> kDisclosureCategory = {
    {"disc_general", "general"}, {"disc_finance", "finance"},   {"disc_staff", "staff"},
    {"disc_facilities", "facilities"}, {"disc_quality", "quality"}, {"disc_plan", "plan"},
    {"disc_results", "results"}, {"disc_annual_report", "annual_report"}};

using regulations::due_school_year;  // regulations/school_year.hpp: the rule the audit shares

class Checker {
 public:
  Checker(const SiteFacts& facts, Report& report) : f_(facts), report_(report) {}

  Result evaluate(const Requirement& q, const std::string& rule_set) {
    Result r{q.id, q.name, rule_set, q.source, Status::Missing, "", {}, "", {}};
    if (!q.applies(f_.school_type)) {
      r.status = Status::NotApplicable;
      r.note = "does not apply to this school type";
      return r;
    }
    for (const auto& s : q.satisfiers) {
      if (satisfy(s, q.needs_page, r)) {
        r.status = Status::Ok;
        break;
      }
    }
    if (r.status == Status::Ok) {
      auto cat = kDisclosureCategory.find(q.id);
      if (cat != kDisclosureCategory.end()) disclosure_category(cat->second, q, r);
    }
    if (r.status == Status::Ok && has_placeholder(r.evidence)) {
      r.status = Status::Missing;
      r.note = "still holds placeholders " + std::string(kPlaceholderMarker) + " ...] to replace";
    }
    if (r.status == Status::Ok && q.freshness) freshness(*q.freshness, r);
    if (r.status == Status::Missing && r.note.empty()) r.note = missing_note(q);
    if (r.status == Status::Missing || r.status == Status::Stale) r.where = where_to_fix(q, r);
    return r;
  }

 private:
  // site.yaml's fields are checked one by one (site_field), not the whole file.
  bool has_placeholder(const std::string& file) const {
    if (file.empty() || file == f_.config_file) return false;
    return std::any_of(f_.placeholders.begin(), f_.placeholders.end(),
                       [&](const Position& p) { return p.file == file; });
  }

  bool satisfy(const Satisfier& s, bool needs_page, Result& r) {
    if (s.type == "section") {
      for (const auto& v : s.values) {
        auto it = f_.sections.find(v);
        if (it != f_.sections.end()) {
          r.evidence = "content/" + v + "/";
          r.urls = {it->second};
          return true;
        }
      }
    } else if (s.type == "data") {
      for (const auto& v : s.values) {
        for (const auto& d : f_.data) {
          if (d.kind != v) continue;
          if (r.evidence.empty()) r.evidence = d.file;
          if (std::find(r.urls.begin(), r.urls.end(), d.url) == r.urls.end()) r.urls.push_back(d.url);
        }
        if (!r.evidence.empty()) return true;
      }
    } else if (s.type == "page_words") {
      for (const auto& w : s.values) {
        std::string fw = fold_title(w);
        for (const auto& p : f_.pages) {
          if (needs_page && p.post) continue;  // a news post's title names a topic, not a page of the site
          const std::string& title = p.folded_title.empty() ? fold_title(p.title) : p.folded_title;
          if (title.find(fw) != std::string::npos) {
            r.evidence = p.source;
            r.urls = {p.url};
            return true;
          }
        }
      }
    } else if (s.type == "site_field") {
      std::vector<std::string> empty;
      for (const auto& v : s.values) {
        auto it = f_.fields.find(v);
        if (it == f_.fields.end() || trim(it->second).empty()) empty.push_back(v);
        else if (it->second.find(kPlaceholderMarker) != std::string::npos) {
          r.note = "site.yaml '" + v + "' still holds a placeholder " + std::string(kPlaceholderMarker) +
                   " ...] to replace";
          return false;
        } else if (!s.matches.empty() && !matches(s.matches, it->second)) {
          r.note = "site.yaml '" + v + "' (" + it->second + ") is not of the required form";
          return false;
        }
      }
      if (empty.empty() && !s.values.empty()) {
        r.evidence = "site.yaml";
        r.urls = {"/"};
        return true;
      }
      std::string list;
      for (const auto& e : empty) list += (list.empty() ? "" : ", ") + e;
      r.note = "site.yaml has no " + list;
    } else if (s.type == "post_field" || s.type == "post_flag") {
      // post_field: most posts (4 in 5) carry one of the fields; post_flag: at least one post has it.
      size_t with = 0;
      for (const auto& p : f_.posts) {
        bool has = false;
        for (const auto& v : s.values)
          has = has || (v == "author" && p.has_author) || (v == "source" && p.has_source) || (v == "portal" && p.portal);
        if (has) ++with;
      }
      bool ok = s.type == "post_flag" ? with > 0 : !f_.posts.empty() && with * 5 >= f_.posts.size() * 4;
      if (ok) {
        r.evidence = std::to_string(with) + " of " + std::to_string(f_.posts.size()) + " posts";
        r.urls = {"/"};
        return true;
      }
      std::string list;
      for (const auto& v : s.values) list += (list.empty() ? "" : " or ") + v;
      r.note = std::to_string(with) + " of " + std::to_string(f_.posts.size()) + " posts have " + list;
    } else if (s.type == "feature") {
      for (const auto& v : s.values) {
        if (f_.features.count(v)) {
          r.evidence = "built by Webtruong (" + v + ")";
          r.urls = {"/"};
          return true;
        }
      }
    }
    return false;
  }

  const DataFact* disclosure_of(const std::string& year) const {
    for (const auto& d : f_.data)
      if (d.kind == "disclosures" && d.value.value("school_year", "") == year) return &d;
    return nullptr;
  }

  void disclosure_category(const std::string& category, const Requirement& q, Result& r) {
    std::string year = due_school_year(f_.now, f_.timezone_minutes, "30/06");
    const DataFact* d = disclosure_of(year);
    if (!d) {
      r.status = Status::Stale;
      r.note = "no disclosures for the school year " + year + " (data/cong-khai/" + year + ".yaml)";
      return;
    }
    for (const auto& item : d->value.value("items", json::array())) {
      if (item.value("category", "") == category) {
        r.evidence = d->file;
        r.urls = {d->url};
        return;
      }
    }
    r.status = Status::Missing;
    r.evidence = d->file;
    r.note = "the disclosures of " + year + " have no item of category '" + category + "'";
  }

  void freshness(const Freshness& fr, Result& r) {
    if (fr.kind == "weekly") {
      int64_t week = 7 * 86400;
      for (const auto& d : f_.data) {
        if (d.kind != "work_schedule") continue;
        auto start = parse_date(d.value.value("week_start", ""), f_.timezone_minutes);
        if (start && start->epoch() <= f_.now && f_.now < start->epoch() + week) {
          r.evidence = d.file;
          r.urls = {d.url};
          return;
        }
      }
      r.status = Status::Stale;
      r.note = "nothing for the current week (" + format_vn_date(from_epoch(f_.now, f_.timezone_minutes)) + ")";
    } else if (fr.kind == "school_year_deadline") {
      std::string year = due_school_year(f_.now, f_.timezone_minutes, fr.deadline);
      if (!disclosure_of(year)) {
        r.status = Status::Stale;
        r.note = "nothing for the school year " + year + ", due before " + (fr.deadline.empty() ? "30/06" : fr.deadline);
      }
    } else if (fr.kind == "posts_per_week" && fr.per_week > 0) {
      if (report_.posting.per_week + 1e-9 < fr.per_week) {
        r.status = Status::Stale;
        char buf[160];
        std::snprintf(buf, sizeof buf, "%.2f posts per week since %s, fewer than %.0f", report_.posting.per_week,
                      report_.posting.since.c_str(), fr.per_week);
        r.note = buf;
      }
    }
  }

  /// Where the user fixes `r`: the placeholder still in its evidence, the
  /// site.yaml line of the field it needs (the file when the field is not
  /// written), the section folder or data folder it asks for, or the file
  /// that is out of date.
  Position where_to_fix(const Requirement& q, const Result& r) const {
    if (!r.evidence.empty() && r.evidence != f_.config_file)
      for (const Position& p : f_.placeholders)
        if (p.file == r.evidence) return p;
    if (r.status == Status::Stale && !r.evidence.empty() && r.evidence != f_.config_file) return {r.evidence, 0, 0};
    for (const auto& s : q.satisfiers) {
      if (s.type == "site_field") {
        for (const auto& v : s.values) {
          auto value = f_.fields.find(v);
          const bool fine = value != f_.fields.end() && !trim(value->second).empty() &&
                            value->second.find(kPlaceholderMarker) == std::string::npos;
          if (fine) continue;
          auto at = f_.field_positions.find(v);
          return at != f_.field_positions.end() ? at->second : Position{f_.config_file, 0, 0};
        }
      }
      if (s.type == "section" && !s.values.empty()) return {"content/" + s.values.front() + "/", 0, 0};
      if (s.type == "data") return {"data/", 0, 0};
    }
    return {f_.config_file, 0, 0};
  }

  std::string missing_note(const Requirement& q) const {
    for (const auto& s : q.satisfiers) {
      if (s.type == "section" && !s.values.empty()) return "add a section content/" + s.values.front() + "/";
      if (s.type == "data" && !s.values.empty()) return "add data of kind '" + s.values.front() + "' under data/";
    }
    for (const auto& s : q.satisfiers)
      if (s.type == "feature" && !s.values.empty() && s.values.front() == "alt_text" && !f_.images_without_alt.empty()) {
        const Position& p = f_.images_without_alt.front();
        return std::to_string(f_.images_without_alt.size()) + " images have no alternative text, first at " + p.file + ":" +
               std::to_string(p.line) + ":" + std::to_string(p.column);
      }
    return "nothing on the site satisfies it";
  }

  const SiteFacts& f_;
  Report& report_;
};

// How one part of a rubric item scores: a fraction of its points (or the
// points of a threshold), whether it was measured, and the evidence.
struct PartScore {
  double fraction = 0;
  double points = -1;  ///< >= 0 when thresholds decide the points directly
  bool measured = true;
  bool skipped = false;
  std::string evidence;
};

const Result* find_result(const Report& report, const std::string& id) {
  for (const auto* list : {&report.results, &report.rubric_results})
    for (const auto& r : *list)
      if (r.id == id) return &r;
  return nullptr;
}

PartScore score_part(const RubricPart& part, const Report& report) {
  PartScore s;
  if (part.measure == "requirements") {
    size_t ok = 0;
    std::string missing;
    for (const auto& id : part.requirements) {
      const Result* r = find_result(report, id);
      if (r && (r->status == Status::Ok || r->status == Status::NotApplicable)) ++ok;
      else missing += " " + id;
    }
    size_t n = part.requirements.size();
    s.evidence = std::to_string(ok) + "/" + std::to_string(n) + " requirements ok";
    if (!missing.empty()) s.evidence += " (missing or stale:" + missing + ")";
    if (n == 0) return s;
    if (part.scoring == "all_or_nothing") s.fraction = ok == n ? 1 : 0;
    else s.fraction = static_cast<double>(ok) / static_cast<double>(n);
  } else if (part.measure == "posts_per_week") {
    double v = report.posting.per_week;
    char buf[128];
    std::snprintf(buf, sizeof buf, "%.2f posts per week (%d posts from %s to %s)", v, report.posting.count,
                  report.posting.since.c_str(), report.posting.until.c_str());
    s.evidence = buf;
    if (!part.thresholds.empty()) {
      s.points = 0;
      for (const auto& [min, points] : part.thresholds)
        if (v + 1e-9 >= min) s.points = std::max(s.points, points);
    } else {
      s.fraction = v + 1e-9 >= part.min ? 1 : 0;
    }
  } else if (part.measure == "posts_to_portal") {
    // The site's own `portal: true` posts of the current year: what the sở
    // portal publishes of it (a portal build) or an upper estimate (check).
    const PostsUsed& u = report.posts_used;
    s.evidence = std::to_string(u.count) + " posts marked portal: true from " + u.since + " to " + u.until;
    double v = u.count;
    if (!part.thresholds.empty()) {
      s.points = 0;
      for (const auto& [min, points] : part.thresholds)
        if (v + 1e-9 >= min) s.points = std::max(s.points, points);
    } else {
      s.fraction = v + 1e-9 >= part.min ? 1 : 0;
    }
  } else {
    // Measured outside the site: visits per day.
    s.measured = false;
    s.skipped = part.when_missing == "skip";
    s.evidence = (part.note.empty() ? part.measure : part.note) + ": not measured (no input given)";
  }
  return s;
}

ScoreItem score_item(const RubricItem& item, const Report& report) {
  ScoreItem out{item.id, item.text.empty() ? item.label : item.text, 0, item.max, true, ""};
  if (item.part.measure == "all_of") {
    bool all = true, any_measured = false;
    for (const auto& part : item.parts) {
      PartScore p = score_part(part, report);
      out.evidence += (out.evidence.empty() ? "" : "; ") + p.evidence;
      if (p.skipped) continue;
      if (!p.measured) {
        all = false;
        continue;
      }
      any_measured = true;
      bool pass = p.points >= 0 ? p.points > 0 : p.fraction >= 1;
      all = all && pass;
    }
    out.measured = any_measured;
    out.points = all && any_measured ? item.max : 0;
    return out;
  }
  PartScore p = score_part(item.part, report);
  out.evidence = p.evidence;
  out.measured = p.measured;
  if (!p.measured) return out;
  out.points = p.points >= 0 ? std::min(item.max, p.points) : item.max * p.fraction;
  return out;
}

}  // namespace

const char* status_name(Status s) {
  switch (s) {
    case Status::Ok: return "ok";
    case Status::Missing: return "missing";
    case Status::Stale: return "stale";
    case Status::NotApplicable: return "not applicable";
  }
  return "";
}

size_t Report::count(Status s) const {
  return static_cast<size_t>(std::count_if(results.begin(), results.end(), [&](const Result& r) { return r.status == s; }));
}

Posting posting_window(const std::vector<int64_t>& post_dates, int64_t now, int tz) {
  // The window of the school year, in local days (regulations/school_year.hpp,
  // the rule the audit shares): a post counts by its own local day, and the
  // days run from 5 September to the window's last day, both included.
  const auto window = regulations::school_year_window(now, tz);
  Posting p;
  p.since = window.since;
  p.until = window.until;
  auto first = parse_date(window.since, tz), last = parse_date(window.until, tz);
  const int64_t from = first ? first->epoch() : 0;
  const int64_t to = std::min(last ? last->epoch() + 86400 - 1 : now, now);
  for (int64_t d : post_dates)
    if (d >= from && d <= to) ++p.count;
  double days = std::max(1.0, std::round(static_cast<double>((last ? last->epoch() : from) - from) / 86400.0) + 1);
  p.weeks = days / 7.0;
  p.per_week = static_cast<double>(p.count) / p.weeks;
  return p;
}

Report check(const SiteFacts& facts, const std::vector<RuleSet>& rule_sets, const Rubric* rubric,
             const RuleSet* rubric_rules) {
  Report report;
  report.school_type = facts.school_type;
  report.placeholders = facts.placeholders;
  report.waiting = waiting_list(facts.waiting, facts.now, facts.timezone_minutes);
  report.posting = posting_window(facts.post_dates, facts.now, facts.timezone_minutes);
  report.posts_used = posts_used_now(facts.portal_post_dates, facts.now, facts.timezone_minutes);
  Checker checker(facts, report);
  std::map<std::string, bool> seen;
  for (const auto& set : rule_sets) {
    report.rule_sets.push_back(set.id);
    for (const auto& q : set.requirements) {
      if (seen[q.id]) continue;  // the same requirement in two rule sets is checked once
      seen[q.id] = true;
      report.results.push_back(checker.evaluate(q, set.id));
    }
  }
  if (rubric) {
    report.rubric = rubric->id;
    // Requirements the rubric names from its own rule set (e.g. tt53-2012).
    if (rubric_rules)
      for (const auto& q : rubric_rules->requirements)
        if (!seen[q.id]) {
          seen[q.id] = true;
          report.rubric_results.push_back(checker.evaluate(q, rubric_rules->id));
        }
    if (const Scorecard* card = rubric->for_type(facts.school_type)) {
      for (const auto& item : card->items) {
        ScoreItem s = score_item(item, report);
        report.total += s.points;
        report.max += s.max;
        report.score.push_back(std::move(s));
      }
    }
  }
  return report;
}

}  // namespace wt::compliance

// The differences the dashboard flags between what a member's build says of
// it (`check`, in MemberReport) and what the latest audit of its live site
// found (AuditSnapshot). The rules, with the tolerances written down:
//
//  - a requirement `check` has (ok, or stale: the page exists but is old)
//    that the audit did not find, and one the audit found that `check`
//    reports missing; requirements either side does not list, or "not
//    applicable", are not compared;
//  - posts per week differing by more than max(0.5, 20 % of the larger):
//    the two count over windows that rarely end on the same day, so half a
//    post a week is noise, and a fifth of a busy school's rate too;
//  - scores differing by more than 10 points of a hundred, each score taken
//    as a share of its own maximum (the audit may score by another rubric);
//  - an audit more than 30 days older than the dashboard (a month of posts
//    and changes it has not seen);
//  - an audit whose crawl of the site failed (its figures are not a measure).
// A member whose build failed is compared on the age and failure only.
//
//   auto diffs = compare_with_audit(member, audit, report.generated_at);
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "portal/audit_history.hpp"
#include "portal/portal_report.hpp"

namespace wt::portal {

struct DiffTolerances {
  double per_week_posts = 0.5;  ///< posts a week always tolerated
  double per_week_share = 0.2;  ///< share of the larger rate tolerated
  double score_points = 10;     ///< points of 100 tolerated between the two scores
  int max_age_days = 30;        ///< an older audit is flagged
};

enum class DiffKind {
  CheckOnly,    ///< ok (or stale) in check, not found by the audit
  AuditOnly,    ///< found by the audit, missing in check
  PerWeek,      ///< posts per week beyond the tolerance
  Score,        ///< score beyond the tolerance
  OldAudit,     ///< the audit is older than max_age_days
  AuditFailed,  ///< the audit's crawl of the site failed
};

struct Difference {
  DiffKind kind = DiffKind::CheckOnly;
  std::string requirement;  ///< the requirement id, for CheckOnly and AuditOnly
  std::string text;         ///< what the dashboard shows, in Vietnamese
};

/// The differences between `member` and its latest `audit`, in the order of
/// the rules above (requirements in the member's order). `now` is unix seconds.
std::vector<Difference> compare_with_audit(const MemberReport& member, const AuditSnapshot& audit, int64_t now,
                                           const DiffTolerances& tolerances = {});

/// "3,5" / "12" / "0,25": a number as Vietnamese writes it (decimal comma),
/// at most two decimals, trailing zeros dropped.
std::string vn_number(double value);

}  // namespace wt::portal

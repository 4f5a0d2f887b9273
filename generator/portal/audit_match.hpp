// Which audit belongs to which member: a member is matched to the audited
// site whose URL names the same place as the member's home page. Scheme and
// host compare without case, a default port (:80 for http, :443 for https)
// is the same as none, the path compares exactly except that a trailing '/'
// (or "/index.html") does not count; query and fragment are ignored. So a
// member published under a path ("https://sgd.example.vn/thcs-le-loi/")
// matches the audit of that path ("https://SGD.example.vn/thcs-le-loi"), and
// never the audit of the portal's own home page.
//
//   std::vector<const AuditSnapshot*> by_member = match_audits(report, audits);
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "portal/audit_history.hpp"
#include "portal/portal_report.hpp"

namespace wt::portal {

/// "HTTPS://Sgd.example.vn:443/thcs/" -> "https://sgd.example.vn/thcs"; nullopt
/// for what is not an http or https URL with a host.
std::optional<std::string> site_key(std::string_view url);

/// For each member of `report` (same order), its audit in `audits`, or nullptr.
std::vector<const AuditSnapshot*> match_audits(const PortalReport& report, const std::vector<AuditSnapshot>& audits);

}  // namespace wt::portal

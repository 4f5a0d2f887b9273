// Working days between two dates, for the regulations that give a delay in
// working days (NĐ 43/2011 Đ17.1c: documents posted within 10 working days
// of issue; the probe `dated_documents`, probes.hpp).
//
//   wt::audit::working_days_between("2024-09-05", "2024-09-09") == 2
#pragma once

#include <optional>
#include <string_view>

namespace wt::audit {

/// Working days (Monday to Friday; public holidays not known) from `from` to
/// `to` (yyyy-mm-dd): 0 the same day, 1 the next working day; negative when
/// `to` is before `from`; nullopt for a date that cannot be read.
std::optional<int> working_days_between(std::string_view from, std::string_view to);

}  // namespace wt::audit

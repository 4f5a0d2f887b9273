// The seven kinds of structured data and where each lives under data/.
//
//   wt::data::kind_for_path("cong-khai/2025-2026.yaml")  == Kind::Disclosures
//   wt::data::kind_id(Kind::WorkSchedule)               == "work_schedule"
//
// A kind is decided by the file's place alone (docs/data.md); kind_id() is
// also the schema's name: schemas/data/<kind_id>.schema.json.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace wt::data {

enum class Kind { Organisation, Disclosures, Procedures, Fees, Timetables, WorkSchedule, Documents };

inline constexpr std::array<Kind, 7> kAllKinds = {Kind::Organisation, Kind::Disclosures, Kind::Procedures,
                                                   Kind::Fees,         Kind::Timetables,  Kind::WorkSchedule,
                                                   Kind::Documents};

/// "organisation", "disclosures", ..., as in docs/data.md.
std::string kind_id(Kind kind);

/// The kind of a file given by its path relative to data/ ("thu-tuc/a.yaml"),
/// or nullopt when that place holds no kind (or the extension does not fit).
std::optional<Kind> kind_for_path(std::string_view path_in_data);

/// The places where data files may live, for the "unknown file" warning.
std::string expected_places();

/// True for kinds that may be written as CSV (fees, timetables, documents).
bool allows_csv(Kind kind);

}  // namespace wt::data

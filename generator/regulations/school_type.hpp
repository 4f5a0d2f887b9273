// The kinds of unit the regulations speak of: mầm non (mn), tiểu học (th),
// THCS (thcs), THPT (thpt), GDNN-GDTX (gdtx), and the offices above them,
// phòng (pgd) and sở (sgd) GDĐT. site.yaml's `type`, the audit's --type and
// --list, the rule sets' applies_to and the rubrics' scorecards all name
// these.
//
//   wt::regulations::is_school_type("thcs")      == true
//   wt::regulations::school_type_name("thcs")    == "Trường Trung học cơ sở"
#pragma once

#include <string>
#include <vector>

namespace wt::regulations {

/// mn, th, thcs, thpt, gdtx, pgd, sgd.
const std::vector<std::string>& school_types();

/// The types of schools (not of offices): mn, th, thcs, thpt, gdtx.
const std::vector<std::string>& types_of_schools();

/// One of school_types().
bool is_school_type(const std::string& type);

/// A school rather than an office (pgd, sgd); an unknown type ("") counts as
/// a school, so that it never excuses a school's requirement.
bool is_school(const std::string& type);

/// "mn, th, thcs, thpt, gdtx, pgd, sgd", for messages.
std::string school_type_list();

/// Vietnamese name of a type: "thcs" -> "Trường Trung học cơ sở"; "" when unknown.
std::string school_type_name(const std::string& type);

}  // namespace wt::regulations

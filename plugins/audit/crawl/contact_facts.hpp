// What contact details a piece of page text shows: an address ("Địa chỉ:"),
// a phone number (Vietnamese: 0xx or +84, 9 to 11 digits, spaces, dots,
// dashes or brackets between), an e-mail address, and who is responsible
// ("chịu trách nhiệm", "phụ trách"). Pure; NFC text is expected, and text
// typed without diacritics ("Dia chi") counts too.
//
//   auto c = wt::audit::contact_facts("Địa chỉ: số 12 Lê Lợi. ĐT: 0211 3862 123. Email: c2a@phutho.edu.vn");
//   c.address && c.phone && c.email  // true
#pragma once

#include <string_view>

namespace wt::audit {

struct ContactFacts {
  bool address = false;
  bool phone = false;
  bool email = false;
  bool responsible = false;
};

ContactFacts contact_facts(std::string_view text);

/// A Vietnamese phone number somewhere in `text`.
bool has_phone_number(std::string_view text);

/// Whether `text` names an education unit: "Trường" followed by a kind of
/// school (mầm non, mẫu giáo, tiểu học, THCS, THPT, trung học, phổ thông, liên
/// cấp, PTDTNT ...), "Phòng Giáo dục" / "Phòng GD", "Sở Giáo dục" / "Sở GD",
/// "Trung tâm GDTX" / "Trung tâm Giáo dục", with or without diacritics. A
/// bare "nhà trường" (the school) is not a name.
bool names_education_unit(std::string_view text);

}  // namespace wt::audit

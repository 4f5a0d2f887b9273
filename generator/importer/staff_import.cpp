#include "importer/staff_import.hpp"

#include "core/text.hpp"
#include "importer/header_match.hpp"
#include "importer/yaml_writer.hpp"

namespace wt::importer {
namespace {

const std::vector<ColumnSpec> kSpecs = {
    {"name", {"ho-ten", "ho-va-ten", "ten", "ho-ten-can-bo", "ho-va-ten-can-bo", "ho-ten-giao-vien", "can-bo"}},
    {"title", {"chuc-vu", "chuc-danh", "chuc-vu-chuc-danh"}},
    {"phone", {"dien-thoai", "so-dien-thoai", "sdt", "dt", "di-dong", "so-dt", "dien-thoai-di-dong"}},
    {"email", {"email", "e-mail", "thu-dien-tu", "mail", "dia-chi-email"}},
    {"duties", {"nhiem-vu", "nhiem-vu-duoc-giao", "phan-cong", "phu-trach", "phan-cong-nhiem-vu", "cong-viec"}},
    {"unit", {"to", "to-chuyen-mon", "bo-phan", "don-vi", "to-bo-phan", "to-cm"}},
    {"ignored", {"stt", "tt"}},
};

struct Unit {
  std::string name, head, deputy;
  size_t members = 0;
};

bool looks_like_email(const std::string& s) {
  size_t at = s.find('@');
  return at != std::string::npos && at > 0 && s.find('@', at + 1) == std::string::npos &&
         s.find('.', at) != std::string::npos && s.back() != '.' && s.find(' ') == std::string::npos;
}

}  // namespace

std::optional<ImportedFile> import_staff(const Sheet& sheet, const ImportHints&, DiagnosticSink& sink) {
  auto header = find_header(sheet, kSpecs, {"name", "title"});
  if (!header) {
    sink.error({sheet.file, 0, 0}, "import.staff.header",
               "no header row found: a staff list needs at least the columns 'Họ tên' and 'Chức vụ'");
    return std::nullopt;
  }
  const Header& h = *header;
  auto col = [&](const std::string& f) { return h.columns.count(f) ? h.columns.at(f) : SIZE_MAX; };
  auto get = [&](size_t r, const std::string& f) { return h.columns.count(f) ? trim(sheet.at(r, col(f))) : ""; };
  YamlWriter leaders;
  size_t leader_count = 0, people = 0;
  std::vector<Unit> units;
  for (size_t r = h.row + 1; r < sheet.rows.size(); ++r) {
    bool blank = true;
    for (const auto& cell : sheet.rows[r]) blank = blank && trim(cell).empty();
    if (blank) continue;
    std::string name = get(r, "name"), title = get(r, "title"), phone = get(r, "phone"), email = get(r, "email");
    std::string duties = get(r, "duties"), unit = get(r, "unit");
    if (name.empty()) {
      sink.error(sheet.where(r, col("name")), "import.staff.name", "this row has no name ('Họ tên')");
      continue;
    }
    ++people;
    if (phone.size() == 9 && phone.find_first_not_of("0123456789") == std::string::npos && phone[0] != '0')
      phone = "0" + phone;
    if (!email.empty() && !looks_like_email(email))
      sink.error(sheet.where(r, col("email")), "import.staff.email", "'" + email + "' is not an email address");
    std::string unit_key = header_key(unit), title_key = header_key(title);
    bool board = unit_key == "ban-giam-hieu" || unit_key == "bgh";
    if (title_key.find("hieu-truong") != std::string::npos || board) {
      if (phone.empty())
        sink.error(sheet.where(r, col("phone") == SIZE_MAX ? col("name") : col("phone")), "import.staff.phone",
                   "the leader '" + name + "' has no phone number (TT 37 asks for the phone and email of each leader)");
      if (email.empty())
        sink.error(sheet.where(r, col("email") == SIZE_MAX ? col("name") : col("email")), "import.staff.email",
                   "the leader '" + name + "' has no email (TT 37 asks for the phone and email of each leader)");
      if (title.empty())
        sink.error(sheet.where(r, col("title")), "import.staff.title", "the leader '" + name + "' has no title ('Chức vụ')");
      leaders.item_field("name", YamlWriter::quote(name));
      leaders.field("title", YamlWriter::quote(title), 1);
      leaders.field("phone", YamlWriter::quote(phone), 1);
      leaders.field("email", YamlWriter::quote(email), 1);
      if (!duties.empty()) leaders.field("duties", YamlWriter::quote(duties), 1);
      ++leader_count;
    }
    if (unit.empty() || board) continue;
    Unit* u = nullptr;
    for (auto& existing : units)
      if (existing.name == unit) u = &existing;
    if (!u) u = &units.emplace_back(Unit{unit, "", "", 0});
    ++u->members;
    if (title_key.find("to-pho") != std::string::npos && u->deputy.empty()) u->deputy = name;
    if (title_key.find("to-truong") != std::string::npos) {
      if (u->head.empty()) u->head = name;
      else
        sink.warning(sheet.where(r, col("title")), "import.staff.head",
                     "'" + unit + "' already has a head (" + u->head + "); '" + name + "' is counted as a member");
    }
  }
  if (leader_count == 0 && !sink.has_errors())
    sink.error({sheet.file, 0, 0}, "import.staff.leaders",
               "no one in this list is Hiệu trưởng or Phó Hiệu trưởng; the organisation page needs at least one leader");
  if (sink.has_errors()) return std::nullopt;
  std::string out = "leaders:\n" + leaders.text();
  if (!units.empty()) {
    YamlWriter y;
    y.begin_list("units");
    for (const auto& u : units) {
      y.item_field("name", YamlWriter::quote(u.name));
      if (!u.head.empty()) y.field("head", YamlWriter::quote(u.head), 1);
      if (!u.deputy.empty()) y.field("deputy", YamlWriter::quote(u.deputy), 1);
      y.field("members", std::to_string(u.members), 1);
    }
    out += y.text();
  }
  return ImportedFile{"to-chuc.yaml", out, people};
}

}  // namespace wt::importer

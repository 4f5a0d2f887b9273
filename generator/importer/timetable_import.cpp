#include "importer/timetable_import.hpp"

#include <algorithm>
#include <map>
#include <tuple>

#include "core/text.hpp"
#include "importer/cell_values.hpp"
#include "importer/header_match.hpp"
#include "importer/yaml_writer.hpp"

namespace wt::importer {
namespace {

const std::vector<ColumnSpec> kSpecs = {
    {"class", {"lop", "ten-lop", "lop-hoc"}},
    {"day", {"thu", "ngay", "thu-ngay", "ngay-trong-tuan", "thu-trong-tuan"}},
    {"session", {"buoi", "ca", "buoi-hoc"}},
    {"period", {"tiet", "tiet-hoc", "tiet-thu", "tiet-so"}},
    {"subject", {"mon", "mon-hoc", "ten-mon", "ten-mon-hoc"}},
    {"teacher", {"giao-vien", "gv", "giao-vien-day", "ho-ten-giao-vien", "gvbm", "giao-vien-bo-mon"}},
    {"room", {"phong", "phong-hoc"}},
    {"ignored", {"stt", "tt"}},
};

struct Lesson {
  std::string cls, session, subject, teacher, room;
  int day = 0, period = 0;
  size_t class_order = 0, row = 0, col = 0;
};

struct Parsed {
  std::string subject, teacher, room;
  bool ok = true;
};

/// "Toán - Nguyễn Văn An - P.201", "Toán\nAn", "Toán (An)", "Toán (An, P.201)".
Parsed parse_lesson(const std::string& text) {
  std::string s = text;
  for (const char* dash : {" \xE2\x80\x93 ", " \xE2\x80\x94 ", " - "}) {
    size_t p;
    while ((p = s.find(dash)) != std::string::npos) s.replace(p, std::string(dash).size(), "\n");
  }
  std::vector<std::string> parts;
  size_t start = 0;
  while (true) {
    size_t nl = s.find('\n', start);
    std::string part = trim(s.substr(start, nl == std::string::npos ? std::string::npos : nl - start));
    if (!part.empty()) parts.push_back(part);
    if (nl == std::string::npos) break;
    start = nl + 1;
  }
  Parsed out;
  if (parts.size() == 1 && parts[0].back() == ')' && parts[0].find('(') != std::string::npos) {
    size_t open = parts[0].rfind('(');
    std::string inside = parts[0].substr(open + 1, parts[0].size() - open - 2);
    parts = {trim(parts[0].substr(0, open))};
    size_t comma = inside.find(',');
    parts.push_back(trim(inside.substr(0, comma)));
    if (comma != std::string::npos) parts.push_back(trim(inside.substr(comma + 1)));
  }
  if (parts.empty() || parts.size() > 3) {
    out.ok = false;
    return out;
  }
  out.subject = parts[0];
  if (parts.size() > 1) out.teacher = parts[1];
  if (parts.size() > 2) out.room = parts[2];
  return out;
}

/// A day or session column: empty cells carry the value of the row above;
/// a bad value is reported once, not on every row it was merged over.
struct Carried {
  std::string text;
  size_t row = 0, col = 0;
  std::string last_bad;
};

class Importer {
 public:
  Importer(const Sheet& sheet, const ImportHints& hints, DiagnosticSink& sink)
      : sheet_(sheet), hints_(hints), sink_(sink) {}

  std::optional<ImportedFile> run() {
    bool list = true;
    auto header = find_header(sheet_, kSpecs, {"class", "day", "period", "subject"});
    if (!header) {
      list = false;
      header = find_header(sheet_, kSpecs, {"day", "period"});
    }
    if (!header) {
      sink_.error({sheet_.file, 0, 0}, "import.timetable.header",
                  "no header row found: a timetable needs columns 'Thứ' and 'Tiết', and either one column per "
                  "class or columns 'Lớp' and 'Môn'");
      return std::nullopt;
    }
    h_ = *header;
    title_ = title_text(sheet_, h_.row);
    if (!list) {
      for (size_t c : h_.unmatched) classes_.push_back(c);
      if (classes_.empty()) {
        sink_.error(sheet_.where(h_.row, h_.columns.at("day")), "import.timetable.header",
                    "this header row has 'Thứ' and 'Tiết' but no class columns (such as '6A1') and no 'Lớp' column");
        return std::nullopt;
      }
    }
    std::string default_session =
        title_.empty() || header_key(title_).find("buoi-chieu") == std::string::npos ? "sang" : "chieu";
    Carried day, session, cls;
    for (size_t r = h_.row + 1; r < sheet_.rows.size(); ++r) {
      bool blank = true;
      for (const auto& cell : sheet_.rows[r]) blank = blank && trim(cell).empty();
      if (blank) continue;
      row_ = r;
      carry(day, r, "day");
      carry(session, r, "session");
      if (list) carry(cls, r, "class");
      bool lessons = false;
      if (list) lessons = !trim(cell(r, "subject")).empty();
      else
        for (size_t c : classes_) lessons = lessons || !trim(sheet_.at(r, c)).empty();
      if (!lessons) continue;

      std::optional<int> d = parse_day(day.text);
      if (!d) bad(day, "the day '" + day.text + "' is not a day of the week (Thứ 2 to Thứ 7, or Chủ nhật)",
                  day.text.empty() ? "this row has lessons but no day ('Thứ')" : "");
      std::optional<std::string> s = std::string(default_session);
      if (h_.columns.count("session")) {
        s = parse_session(session.text);
        if (!s) bad(session, "the session '" + session.text + "' is neither 'Sáng' nor 'Chiều'",
                    session.text.empty() ? "this row has lessons but no session ('Buổi')" : "");
      }
      size_t pc = h_.columns.at("period");
      std::string ptext = trim(sheet_.at(r, pc));
      std::optional<int> p = parse_period(ptext);
      if (!p || *p < 1 || *p > 5) {
        sink_.error(sheet_.where(r, pc), "import.timetable.period",
                    ptext.empty() ? "this row has lessons but no period ('Tiết')"
                                  : "the period '" + ptext + "' is not a number from 1 to 5");
        p.reset();
      }
      if (!d || !s || !p) continue;
      if (list) {
        list_lesson(r, cls, *d, *s, *p);
      } else {
        for (size_t i = 0; i < classes_.size(); ++i) grid_lesson(r, i, *d, *s, *p);
      }
    }
    check_clashes();
    auto meta = metadata();
    if (sink_.has_errors() || !meta) return std::nullopt;
    if (lessons_.empty()) {
      sink_.error({sheet_.file, 0, 0}, "import.timetable.empty", "this timetable has no lessons under its header row");
      return std::nullopt;
    }
    return write(*meta);
  }

 private:
  struct Meta {
    std::string school_year, effective;
    int semester = 0;
  };

  const std::string& cell(size_t r, const std::string& field) const {
    static const std::string kEmpty;
    auto it = h_.columns.find(field);
    return it == h_.columns.end() ? kEmpty : sheet_.at(r, it->second);
  }

  void carry(Carried& c, size_t r, const std::string& field) {
    auto it = h_.columns.find(field);
    if (it == h_.columns.end()) return;
    c.col = it->second;
    std::string text = trim(sheet_.at(r, it->second));
    if (text.empty()) return;
    c.text = text;
    c.row = r;
    c.col = it->second;
  }

  void bad(Carried& c, const std::string& message, const std::string& empty_message) {
    if (!empty_message.empty()) {
      sink_.error(sheet_.where(row_, c.col), "import.timetable.missing", empty_message);
      return;
    }
    if (c.last_bad == c.text + "@" + std::to_string(c.col)) return;
    c.last_bad = c.text + "@" + std::to_string(c.col);
    sink_.error(sheet_.where(c.row, c.col), "import.timetable.value", message);
  }

  void grid_lesson(size_t r, size_t i, int day, const std::string& session, int period) {
    size_t c = classes_[i];
    std::string text = trim(sheet_.at(r, c));
    if (text.empty()) return;
    Parsed p = parse_lesson(text);
    if (!p.ok) {
      sink_.error(sheet_.where(r, c), "import.timetable.lesson",
                  "cannot tell subject, teacher and room apart in '" + text +
                      "'; write 'Môn - Giáo viên' or 'Môn - Giáo viên - Phòng'");
      return;
    }
    add({trim(sheet_.at(h_.row, c)), session, p.subject, p.teacher, p.room, day, period, i, r, c});
  }

  void list_lesson(size_t r, const Carried& cls, int day, const std::string& session, int period) {
    size_t sc = h_.columns.at("subject");
    std::string subject = trim(sheet_.at(r, sc)), teacher = trim(cell(r, "teacher")), room = trim(cell(r, "room"));
    if (cls.text.empty()) {
      sink_.error(sheet_.where(r, h_.columns.at("class")), "import.timetable.class", "this lesson has no class ('Lớp')");
      return;
    }
    if (!h_.columns.count("teacher")) {
      Parsed p = parse_lesson(subject);
      subject = p.subject, teacher = p.teacher;
      if (room.empty()) room = p.room;
    }
    auto it = std::find(class_names_.begin(), class_names_.end(), cls.text);
    size_t order = static_cast<size_t>(it - class_names_.begin());
    if (it == class_names_.end()) class_names_.push_back(cls.text);
    add({cls.text, session, subject, teacher, room, day, period, order, r, sc});
  }

  std::string slot(const Lesson& l) const {
    return day_name(l.day) + ", buổi " + (l.session == "sang" ? "sáng" : "chiều") + ", tiết " +
           std::to_string(l.period);
  }

  void add(Lesson l) {
    for (const auto& o : lessons_) {
      if (o.cls == l.cls && o.day == l.day && o.session == l.session && o.period == l.period) {
        sink_.error(sheet_.where(l.row, l.col), "import.timetable.duplicate",
                    "class " + l.cls + " already has a lesson at " + slot(l) + " (" + sheet_.cell_name(o.row, o.col) +
                        ")");
        return;
      }
    }
    lessons_.push_back(std::move(l));
  }

  void check_clashes() {
    std::map<std::tuple<std::string, int, std::string, int>, size_t> first;
    for (size_t i = 0; i < lessons_.size(); ++i) {
      const Lesson& l = lessons_[i];
      if (l.teacher.empty()) continue;
      auto [it, inserted] = first.emplace(std::make_tuple(l.teacher, l.day, l.session, l.period), i);
      if (inserted) continue;
      const Lesson& o = lessons_[it->second];
      std::string both = "the teacher '" + l.teacher + "' has two lessons at " + slot(l) + ": ";
      sink_.error(sheet_.where(o.row, o.col), "import.timetable.clash",
                  both + o.cls + " (here) and " + l.cls + " (" + sheet_.cell_name(l.row, l.col) + ")");
      sink_.error(sheet_.where(l.row, l.col), "import.timetable.clash",
                  both + o.cls + " (" + sheet_.cell_name(o.row, o.col) + ") and " + l.cls + " (here)");
    }
  }

  std::optional<Meta> metadata() {
    std::string where = title_ + "\n" + sheet_.name + "\n" + hints_.file_stem;
    Meta m;
    bool ok = true;
    if (!hints_.school_year.empty()) m.school_year = hints_.school_year;
    else if (auto y = find_school_year(where)) m.school_year = *y;
    else ok = missing("the school year", "--school-year 2025-2026");
    if (hints_.semester) m.semester = hints_.semester;
    else if (auto s = find_semester(where)) m.semester = *s;
    else ok = missing("the semester", "--semester 1 (or 2)");
    if (!hints_.effective.empty()) m.effective = hints_.effective;
    else if (auto e = find_effective_date(title_)) m.effective = *e;
    else ok = missing("the start date ('Áp dụng từ ngày ...')", "--effective DD/MM/YYYY");
    if (!ok) return std::nullopt;
    return m;
  }

  bool missing(const std::string& what, const std::string& flag) {
    sink_.error({sheet_.file, 0, 0}, "import.timetable.meta",
                "cannot tell " + what + " from the sheet's title or the file name; give " + flag);
    return false;
  }

  ImportedFile write(const Meta& m) {
    std::stable_sort(lessons_.begin(), lessons_.end(), [](const Lesson& a, const Lesson& b) {
      return std::make_tuple(a.class_order, a.day, a.session != "sang", a.period) <
             std::make_tuple(b.class_order, b.day, b.session != "sang", b.period);
    });
    YamlWriter y;
    y.field("school_year", YamlWriter::quote(m.school_year));
    y.field("semester", std::to_string(m.semester));
    y.field("effective", m.effective);
    y.begin_list("entries");
    for (const auto& l : lessons_) {
      y.item_field("class", YamlWriter::quote(l.cls));
      y.field("day", std::to_string(l.day), 1);
      y.field("session", l.session, 1);
      y.field("period", std::to_string(l.period), 1);
      y.field("subject", YamlWriter::quote(l.subject), 1);
      if (!l.teacher.empty()) y.field("teacher", YamlWriter::quote(l.teacher), 1);
      if (!l.room.empty()) y.field("room", YamlWriter::quote(l.room), 1);
    }
    return {"thoi-khoa-bieu/hk" + std::to_string(m.semester) + "-" + m.school_year + ".yaml", y.text(),
            lessons_.size()};
  }

  const Sheet& sheet_;
  const ImportHints& hints_;
  DiagnosticSink& sink_;
  Header h_;
  std::string title_;
  size_t row_ = 0;
  std::vector<size_t> classes_;
  std::vector<std::string> class_names_;
  std::vector<Lesson> lessons_;
};

}  // namespace

std::optional<ImportedFile> import_timetable(const Sheet& sheet, const ImportHints& hints, DiagnosticSink& sink) {
  return Importer(sheet, hints, sink).run();
}

}  // namespace wt::importer

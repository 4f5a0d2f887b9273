// Semantic checks and normalisation of data files.
#include "data/semantic_checks.hpp"

#include "core/file_system.hpp"

#include <cctype>
#include <map>

#include "core/date.hpp"
#include "core/regex.hpp"
#include "core/text.hpp"
#include "core/url_safety.hpp"

namespace wt::data {

namespace {

struct Day {
  int year = 0, month = 0, day = 0;
  DateTime as_datetime() const {
    DateTime d;
    d.year = year;
    d.month = month;
    d.day = day;
    return d;
  }
  long long serial() const { return (as_datetime().epoch() + 7 * 3600) / 86400; }  // days since 1970-01-01
};

// The value of a group of at most 4 ASCII digits.
int number(std::string_view digits) {
  int n = 0;
  for (char c : digits) n = n * 10 + (c - '0');
  return n;
}

// dd/mm/yyyy (one-digit day or month allowed) or yyyy-mm-dd, calendar not checked.
std::optional<Day> split_day(const std::string& text) {
  static const Regex vn("([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})");
  static const Regex iso("([0-9]{4})-([0-9]{2})-([0-9]{2})");
  if (auto m = vn.full_match(text)) return Day{number(m->group(3)), number(m->group(2)), number(m->group(1))};
  if (auto m = iso.full_match(text)) return Day{number(m->group(1)), number(m->group(2)), number(m->group(3))};
  return std::nullopt;
}

std::optional<Day> valid_day(const nlohmann::json& v) {
  if (!v.is_string()) return std::nullopt;
  auto d = split_day(v.get<std::string>());
  if (!d || !is_valid_calendar_date(d->year, d->month, d->day)) return std::nullopt;
  return d;
}

// "a/../b", "..", "%2e%2e/x" (a browser decodes the dots before it resolves).
bool has_dot_dot_segment(std::string_view path) {
  size_t start = 0;
  while (start <= path.size()) {
    size_t end = path.find_first_of("/\\", start);
    if (end == std::string_view::npos) end = path.size();
    std::string segment(path.substr(start, end - start));
    for (auto& c : segment) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (segment == ".." || segment == ".%2e" || segment == "%2e." || segment == "%2e%2e") return true;
    start = end + 1;
  }
  return false;
}

std::string file_name(const std::string& file) {
  size_t slash = file.rfind('/');
  return slash == std::string::npos ? file : file.substr(slash + 1);
}

std::string file_stem(const std::string& file) {
  std::string name = file_name(file);
  size_t dot = name.rfind('.');
  return dot == std::string::npos ? name : name.substr(0, dot);
}

class Checker {
 public:
  Checker(const std::string& file, nlohmann::json& value, const SchemaJson& schema, const SourceMap& map,
          const FileSystem& files, const std::filesystem::path& site_dir, DiagnosticSink& sink)
      : file_(file), value_(value), schema_(schema), map_(map), files_(files), site_dir_(site_dir), sink_(sink) {}

  // Dates, school years and file addresses, wherever the schema puts them.
  void walk(nlohmann::json& v, const SchemaJson* s, const std::string& pointer) {
    if (!s) return;
    if (v.is_object() && s->contains("properties")) {
      for (auto it = v.begin(); it != v.end(); ++it) {
        if ((*s)["properties"].contains(it.key()))
          walk(it.value(), &(*s)["properties"][it.key()], pointer_child(pointer, it.key()));
      }
      return;
    }
    if (v.is_array() && s->contains("items")) {
      for (size_t i = 0; i < v.size(); ++i) walk(v[i], &(*s)["items"], pointer_child(pointer, i));
      return;
    }
    if (!v.is_string()) return;
    const std::string what = keyword(s, "x-what");
    const std::string text = v.get<std::string>();
    if (what == "date") {
      auto d = split_day(text);
      if (!d) return;  // the validator reported the pattern
      if (!is_valid_calendar_date(d->year, d->month, d->day)) {
        error(pointer, "data.date",
              field_label(schema_, pointer) + " is not a valid date: \"" + text + "\" (expected dd/mm/yyyy)");
        return;
      }
      v = format_iso_date(d->as_datetime());
    } else if (what == "school year") {
      static const Regex re("([0-9]{4})-([0-9]{4})");
      auto m = re.full_match(text);
      if (m && number(m->group(2)) != number(m->group(1)) + 1) {
        error(pointer, "data.school-year",
              field_label(schema_, pointer) + " \"" + text + "\" should be two consecutive years, e.g. \"" +
                  std::string(m->group(1)) + "-" + std::to_string(number(m->group(1)) + 1) + "\"");
      }
    } else if ((what == "file address" || what == "web address") && address_ok(pointer, s, text, what) &&
               text[0] == '/') {
      std::string rel = text.substr(1);
      size_t cut = rel.find_first_of("?#");
      if (cut != std::string::npos) rel = rel.substr(0, cut);
      if (has_dot_dot_segment(rel)) {
        // Never looked up: whether a file outside static/ exists is not the
        // site's business, and a browser would not ask for it either.
        error(pointer, "data.file-outside",
              field_label(schema_, pointer) + " \"" + text +
                  "\" goes up a folder with '..': write the address of a file in static/, e.g. /files/bieu-mau.pdf");
      } else if (!files_.is_file(site_dir_ / "static" / rel)) {
        error(pointer, "data.file-missing",
              field_label(schema_, pointer) + " \"" + text + "\" does not exist: there is no static/" + rel);
      }
    }
  }

  // A file or web address: the scheme allow-list of every URL a page shows
  // (core/url_safety.hpp), then the shape the field asks for: an http(s)
  // address, or (a file address) a path under the site.
  bool address_ok(const std::string& pointer, const SchemaJson* s, const std::string& text, const std::string& what) {
    if (auto why = url_refusal(text, UrlUse::Link)) {
      error(pointer, "data.url", field_label(schema_, pointer) + " \"" + text + "\" cannot be used: " + *why);
      return false;
    }
    bool web = (text.rfind("http://", 0) == 0 && text.size() > 7) || (text.rfind("https://", 0) == 0 && text.size() > 8);
    bool path = what == "file address" && text.size() > 1 && text[0] == '/' && text[1] != '/';
    if ((web || path) && text.find_first_of(" \t\r\n") == std::string::npos) return true;
    error(pointer, "data.url",
          field_label(schema_, pointer) + " is not a valid " + what + ": \"" + text + "\" (expected " +
              keyword(s, "x-expected") + ")");
    return false;
  }

  void school_year_matches_name(bool required) {
    if (!value_.contains("school_year") || !value_["school_year"].is_string()) return;
    const std::string year = value_["school_year"].get<std::string>();
    static const Regex re("[0-9]{4}-[0-9]{4}");
    const std::string stem = file_stem(file_);
    auto m = re.search(stem);
    if (!m) {
      if (required)
        error("", "data.file-name",
              "the file name should be the school year, e.g. " + year + "." + file_name(file_).substr(stem.size() + 1));
      return;
    }
    if (m->group(0) != year) {
      error("/school_year", "data.school-year",
            field_label(schema_, "/school_year") + " is \"" + year + "\" but the file is named " + file_name(file_) +
                ": they should match");
    }
  }

  void disclosures() {
    school_year_matches_name(true);
    if (!value_.contains("items") || !value_["items"].is_array()) return;
    for (size_t i = 0; i < value_["items"].size(); ++i) {
      const auto& item = value_["items"][i];
      if (item.is_object() && !item.contains("text") && !item.contains("file")) {
        std::string p = pointer_child("/items", i);
        error(p, "data.disclosure.empty",
              "this disclosure has neither " + key_label(subschema_at(schema_, p), "text") + " nor " +
                  key_label(subschema_at(schema_, p), "file") + ": give one or both");
      }
    }
  }

  void procedures() {
    const auto& level = value_.contains("level") ? value_["level"] : nlohmann::json();
    if (!level.is_number_integer() || level.get<int>() < 2) return;
    bool has_forms = value_.contains("forms") && value_["forms"].is_array() && !value_["forms"].empty();
    if (!has_forms) {
      error("/level", "data.procedure.forms",
            "this procedure is at level " + std::to_string(level.get<int>()) + " (" +
                description_of(subschema_at(schema_, "/level")) + ") but has no " + key_label(&schema_, "forms") +
                ": from level 2 on, at least one form must be offered for download");
    }
  }

  void timetables() {
    school_year_matches_name(false);
    static const Regex hk("hk([0-9])");
    const std::string stem = file_stem(file_);
    auto m = hk.search(stem);
    if (m && value_.contains("semester") && value_["semester"].is_number_integer() &&
        value_["semester"].get<int>() != number(m->group(1))) {
      error("/semester", "data.timetable.semester",
            field_label(schema_, "/semester") + " is " + value_["semester"].dump() + " but the file is named " +
                file_name(file_) + ": they should match");
    }
    if (!value_.contains("entries") || !value_["entries"].is_array()) return;
    struct Seen {
      std::string cls, subject;
      int line;
    };
    std::map<std::string, Seen> by_teacher, by_class;
    const auto& entries = value_["entries"];
    for (size_t i = 0; i < entries.size(); ++i) {
      const auto& e = entries[i];
      if (!e.is_object()) continue;
      auto str = [&](const char* k) {
        return e.contains(k) && e[k].is_string() ? to_nfc(trim(e[k].get<std::string>())) : std::string();
      };
      if (!e.contains("day") || !e["day"].is_number_integer() || !e.contains("period") ||
          !e["period"].is_number_integer())
        continue;
      const std::string cls = str("class"), teacher = str("teacher"), session = str("session");
      if (cls.empty() || session.empty()) continue;
      const std::string when = e["day"].dump() + "|" + session + "|" + e["period"].dump();
      const std::string p = pointer_child("/entries", i);
      const int line = map_.position(p).line;
      auto [slot, fresh] = by_class.emplace(cls + "|" + when, Seen{cls, str("subject"), line});
      if (!fresh) {
        error(pointer_child(p, "class"), "data.timetable.duplicate",
              cls + " already has " + (slot->second.subject.empty() ? "a lesson" : slot->second.subject) +
                  " at this time (line " + std::to_string(slot->second.line) + ")");
        continue;
      }
      if (teacher.empty()) continue;
      auto [busy, free] = by_teacher.emplace(teacher + "|" + when, Seen{cls, "", line});
      if (!free) {
        error(pointer_child(p, "teacher"), "data.timetable.teacher-conflict",
              "'" + teacher + "' already teaches " + busy->second.cls + " at this time (line " +
                  std::to_string(busy->second.line) + ")");
      }
    }
  }

  void work_schedule() {
    auto start = value_.contains("week_start") ? valid_day(value_["week_start"]) : std::nullopt;
    if (!start) return;
    const std::string label = field_label(schema_, "/week_start");
    const std::string shown = format_vn_date(start->as_datetime());
    long long first = start->serial();
    if ((first + 4) % 7 != 1) {  // 1970-01-01 was a Thursday
      error("/week_start", "data.week.monday",
            label + " " + shown + " is a " + vn_weekday(start->as_datetime()) +
                ", not a Monday (Thứ Hai): a week starts on its Monday");
      return;
    }
    const std::string iso = format_iso_date(start->as_datetime());
    if (file_stem(file_) != iso) {
      error("/week_start", "data.week.file-name",
            label + " is " + shown + " but the file is named " + file_name(file_) + ": it should be " + iso +
                file_name(file_).substr(file_stem(file_).size()));
    }
    if (!value_.contains("items") || !value_["items"].is_array()) return;
    Day last_day;
    DateTime last = from_epoch(start->as_datetime().epoch() + 6 * 86400, 7 * 60);
    last_day = {last.year, last.month, last.day};
    for (size_t i = 0; i < value_["items"].size(); ++i) {
      const auto& item = value_["items"][i];
      if (!item.is_object() || !item.contains("date")) continue;
      auto d = valid_day(item["date"]);
      if (!d) continue;
      long long s = d->serial();
      if (s < first || s > first + 6) {
        std::string p = pointer_child(pointer_child("/items", i), "date");
        error(p, "data.week.date",
              field_label(schema_, p) + " " + format_vn_date(d->as_datetime()) + " is not in the week from " + shown +
                  " to " + format_vn_date(last_day.as_datetime()));
      }
    }
  }

 private:
  void error(const std::string& pointer, const char* code, std::string message) {
    sink_.error(map_.position(pointer), code, std::move(message));
  }

  const std::string& file_;
  nlohmann::json& value_;
  const SchemaJson& schema_;
  const SourceMap& map_;
  const FileSystem& files_;
  const std::filesystem::path& site_dir_;
  DiagnosticSink& sink_;
};

}  // namespace

void check_semantics(Kind kind, const std::string& file, nlohmann::json& value, const SchemaJson& schema,
                     const SourceMap& map, const FileSystem& files, const std::filesystem::path& site_dir,
                     DiagnosticSink& sink) {
  Checker c(file, value, schema, map, files, site_dir, sink);
  switch (kind) {
    case Kind::Disclosures: c.disclosures(); break;
    case Kind::Procedures: c.procedures(); break;
    case Kind::Fees: c.school_year_matches_name(true); break;
    case Kind::Timetables: c.timetables(); break;
    case Kind::WorkSchedule: c.work_schedule(); break;
    case Kind::Organisation:
    case Kind::Documents: break;
  }
  // Last, as it rewrites dates to yyyy-mm-dd.
  c.walk(value, &schema, "");
}

void check_semantics(Kind kind, const std::string& file, nlohmann::json& value, const SchemaJson& schema,
                     const SourceMap& map, const std::filesystem::path& site_dir, DiagnosticSink& sink) {
  check_semantics(kind, file, value, schema, map, real_file_system(), site_dir, sink);
}

}  // namespace wt::data

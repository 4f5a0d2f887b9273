#include "render/data_views.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "core/base_path.hpp"
#include "core/date.hpp"
#include "core/text.hpp"

using nlohmann::json;

namespace wt::render {
namespace {

// Folder names for the pages of a list of names (classes, teachers): the
// slug, cut at a word to kMaxSlugBytes, numbered "-2", "-3"... when two
// names give the same slug or a name gives none ("Nguyễn Văn A" and "Nguyen
// Van A"; "???"), so that every name keeps a page of its own. Names come in
// sorted order, so the numbers do not move from build to build.
class FolderNames {
 public:
  explicit FolderNames(std::string fallback) : fallback_(std::move(fallback)) {}

  std::string operator()(std::string_view name) {
    std::string base = cap_slug(slugify(name));
    if (base.empty()) base = fallback_;
    std::string slug = base;
    for (int n = 2; !taken_.insert(slug).second; ++n) {
      const std::string suffix = "-" + std::to_string(n);
      slug = cap_slug(base, kMaxSlugBytes - suffix.size()) + suffix;
    }
    return slug;
  }

 private:
  std::string fallback_;
  std::set<std::string> taken_;
};

using data::Kind;

const std::map<std::string, std::string> kCategoryNames = {
    {"general", "Thông tin chung về cơ sở giáo dục"},
    {"finance", "Công khai thu, chi tài chính"},
    {"staff", "Đội ngũ nhà giáo, cán bộ quản lý và nhân viên"},
    {"facilities", "Cơ sở vật chất và tài liệu học tập"},
    {"quality", "Kết quả đánh giá, kiểm định chất lượng"},
    {"plan", "Kế hoạch hoạt động giáo dục"},
    {"results", "Kết quả hoạt động giáo dục"},
    {"annual_report", "Báo cáo thường niên"}};
const char* kCategoryOrder[] = {"general", "finance", "staff", "facilities", "quality", "plan", "results", "annual_report"};

std::string vn(const std::string& iso) {
  auto d = parse_date(iso);
  return d ? format_vn_date(*d) : iso;
}

std::string str(const json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return "";
  if (it->is_string()) return it->get<std::string>();
  return it->dump();
}

std::string file_format(const std::string& file) {
  size_t dot = file.rfind('.');
  if (dot == std::string::npos || file.find('/', dot) != std::string::npos) return "";
  std::string ext = file.substr(dot + 1);
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  return ext;
}

std::string stem_of(const std::string& file) {
  std::string name = file.substr(file.rfind('/') + 1);
  return name.substr(0, name.rfind('.'));
}

json strings(const json& j, const char* key) {
  json out = json::array();
  auto it = j.find(key);
  if (it == j.end()) return out;
  if (it->is_string()) out.push_back(*it);
  else if (it->is_array())
    for (const auto& e : *it) out.push_back(e.is_string() ? e.get<std::string>() : e.dump());
  return out;
}

// ---- organisation ---------------------------------------------------------

// "0912 486 135" -> "0912486135", "+84 (24) 3.869" -> "+84243869": a tel: address
// holds no spaces or punctuation (the Nu HTML Checker refuses them).
std::string tel_digits(const std::string& phone) {
  std::string out;
  for (char c : phone)
    if ((c >= '0' && c <= '9') || (c == '+' && out.empty())) out += c;
  return out;
}

DataPage organisation_page(const data::Document& d) {
  json leaders = json::array(), units = json::array();
  for (const auto& l : d.value.value("leaders", json::array()))
    leaders.push_back({{"name", str(l, "name")}, {"title", str(l, "title")}, {"phone", str(l, "phone")},
                       {"tel", tel_digits(str(l, "phone"))},
                       {"email", str(l, "email")}, {"duties", str(l, "duties")}});
  for (const auto& u : d.value.value("units", json::array()))
    units.push_back({{"name", str(u, "name")}, {"head", str(u, "head")}, {"members", str(u, "members")},
                     {"duties", str(u, "duties")}});
  return {"organisation", "/to-chuc/", "Tổ chức, nhân sự", "to-chuc", {},
          {{"org", {{"leaders", leaders}, {"has_units", !units.empty()}, {"units", units}}}}};
}

// ---- disclosures -----------------------------------------------------------

// Last day (ISO) for the disclosures of a school year: 30/06 of its first year.
std::string deadline_of(const std::string& school_year) { return school_year.substr(0, 4) + "-06-30"; }

DataPage disclosure_page(const data::Document& d, const std::vector<ChecklistEntry>& checklist, std::string_view base,
                         int* missing_out) {
  std::string year = str(d.value, "school_year");
  std::map<std::string, json> by_category;
  std::map<std::string, bool> on_time;
  for (const auto& item : d.value.value("items", json::array())) {
    std::string cat = str(item, "category"), date = str(item, "date"), text = str(item, "text"), file = str(item, "file");
    json i = {{"title", str(item, "title")}, {"date", vn(date)}, {"date_iso", date},
              {"has_text", !text.empty()}, {"text", "<p>" + html_escape(text) + "</p>"},
              {"has_file", !file.empty()}, {"file", under_base_path(file, base)},
              {"file_name", file.substr(file.rfind('/') + 1)}};
    by_category[cat].push_back(i);
    if (date <= deadline_of(year)) on_time[cat] = true;
    else on_time.emplace(cat, false);
  }
  json categories = json::array();
  for (const char* cat : kCategoryOrder) {
    if (!by_category.count(cat)) continue;
    categories.push_back({{"id", cat}, {"name", kCategoryNames.at(cat)}, {"items", by_category[cat]}});
  }
  json list = json::array();
  int missing = 0;
  for (const auto& c : checklist) {
    std::string status = !by_category.count(c.category) ? "missing" : (on_time[c.category] ? "ok" : "late");
    if (status != "ok") ++missing;
    std::string text = status == "ok" ? "Đã công khai" : status == "late" ? "Công khai muộn" : "Chưa công khai";
    list.push_back({{"id", c.category}, {"name", c.name}, {"status", status}, {"status_text", text}, {"source", c.source}});
  }
  *missing_out = missing;
  return {"disclosures", "/cong-khai/" + year + "/", "Công khai năm học " + year, "",
          {{"Công khai", "/cong-khai/"}},
          {{"disclosure", {{"school_year", year}, {"categories", categories}, {"checklist", list}, {"complete", missing == 0}}}}};
}

// ---- procedures ------------------------------------------------------------

DataPage procedure_page(const data::Document& d, std::string_view base) {
  const json& v = d.value;
  std::string url = "/thu-tuc-hanh-chinh/" + stem_of(d.file) + "/";
  int level = v.value("level", 0);
  json forms = json::array();
  for (const auto& f : v.value("forms", json::array()))
    forms.push_back({{"name", str(f, "name")}, {"file", under_base_path(str(f, "file"), base)},
                     {"format", file_format(str(f, "file"))}});
  std::string requirements = str(v, "requirements");
  json p = {{"name", str(v, "name")}, {"code", str(v, "code")}, {"level", level},
            {"level_text", "Mức độ " + std::to_string(level)}, {"field", str(v, "field")},
            {"steps", strings(v, "steps")}, {"methods", strings(v, "methods")}, {"documents", strings(v, "documents")},
            {"time_limit", str(v, "time_limit")}, {"applicants", str(v, "applicants")},
            {"handling_body", str(v, "handling_body")}, {"result", str(v, "result")}, {"fees", str(v, "fees")},
            {"has_forms", !forms.empty()}, {"forms", forms}, {"requirements", requirements},
            {"legal_basis", strings(v, "legal_basis")}, {"has_online", !str(v, "online_url").empty()},
            {"online_url", str(v, "online_url")}};
  return {"procedure", url, str(v, "name"), "", {{"Thủ tục hành chính", "/thu-tuc-hanh-chinh/"}}, {{"procedure", p}}};
}

// ---- fees ------------------------------------------------------------------

DataPage fees_page(const data::Document& d, const std::vector<std::string>& years, const std::string& url,
                   std::string_view base) {
  const json& v = d.value;
  std::string year = str(v, "school_year");
  std::string default_basis = str(v, "legal_basis");
  json groups = json::array();
  long long total = 0;
  for (bool mandatory : {true, false}) {
    json rows = json::array();
    long long group_total = 0;
    int n = 0;
    for (const auto& item : v.value("items", json::array())) {
      if (item.value("mandatory", false) != mandatory) continue;
      long long amount = item.value("amount", 0LL);
      int months = item.value("months", 0);
      long long yearly = months > 0 ? amount * months : amount;
      group_total += yearly;
      std::string basis = str(item, "legal_basis");
      rows.push_back({{"number", ++n}, {"item", str(item, "item")}, {"amount", format_vnd(amount)},
                      {"unit", str(item, "unit")}, {"payer", str(item, "payer")},
                      {"months", months > 0 ? json(months) : json("")}, {"yearly", format_vnd(yearly)},
                      {"legal_basis", basis == default_basis ? "" : basis}, {"note", str(item, "note")}});
    }
    if (rows.empty()) continue;
    total += group_total;
    groups.push_back({{"name", mandatory ? "Các khoản thu bắt buộc" : "Các khoản thu thỏa thuận, tự nguyện"},
                      {"rows", rows}, {"total_yearly", format_vnd(group_total)}});
  }
  json year_links = json::array();
  for (const auto& y : years)
    year_links.push_back(
        {{"school_year", y}, {"url", under_base_path("/cac-khoan-thu/" + y + "/", base)}, {"current", y == year}});
  return {"fees", url, "Các khoản thu năm học " + year, "cac-khoan-thu",
          url == "/cac-khoan-thu/" ? std::vector<std::pair<std::string, std::string>>{}
                                   : std::vector<std::pair<std::string, std::string>>{{"Các khoản thu", "/cac-khoan-thu/"}},
          {{"fees", {{"school_year", year}, {"legal_basis", default_basis}, {"years", year_links}, {"groups", groups},
                     {"total_yearly", format_vnd(total)}}}}};
}

// ---- timetables --------------------------------------------------------------

std::vector<DataPage> timetable_pages(const data::Document& d, std::string_view base) {
  const json& v = d.value;
  static const json kNone = json::array();
  const json& entries = v.contains("entries") ? v["entries"] : kNone;
  std::set<int> days;
  std::map<std::string, int> max_period;  // session -> periods
  std::set<std::string> classes;
  std::map<std::string, int> teachers;  // -> periods taught
  for (const auto& e : entries) {
    days.insert(e.value("day", 2));
    std::string session = str(e, "session");
    max_period[session] = std::max(max_period[session], e.value("period", 1));
    classes.insert(str(e, "class"));
    if (std::string t = str(e, "teacher"); !t.empty()) ++teachers[t];
  }
  static const char* kDays[] = {"", "", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"};
  json day_list = json::array();
  for (int day : days) day_list.push_back({{"name", kDays[std::clamp(day, 2, 8)]}});
  std::string effective = vn(str(v, "effective"));
  std::string year = str(v, "school_year");
  json meta = {{"school_year", year}, {"semester", v.value("semester", 1)}, {"effective", effective}};

  // Entries by (class or teacher, session, period, day), so each grid cell is one lookup.
  std::map<std::string, const json*> by_class, by_teacher;
  auto key = [](const std::string& who, const std::string& session, int period, int day) {
    return who + "|" + session + "|" + std::to_string(period) + "|" + std::to_string(day);
  };
  for (const auto& e : entries) {
    std::string session = str(e, "session");
    int period = e.value("period", 0), day = e.value("day", 0);
    by_class[key(str(e, "class"), session, period, day)] = &e;
    if (!str(e, "teacher").empty()) by_teacher[key(str(e, "teacher"), session, period, day)] = &e;
  }
  // One grid: for each session, period and day, the lesson of `who`. Built
  // in place, moving each part into the next (a site has a grid per class
  // and per teacher: copies of them made a build of site.example slower).
  auto grid = [&](const std::string& title, const std::string& who, bool for_teacher) {
    const auto& index = for_teacher ? by_teacher : by_class;
    json sessions = json::array();
    for (const char* session : {"sang", "chieu"}) {
      auto max = max_period.find(session);
      if (max == max_period.end()) continue;
      json periods = json::array();
      for (int period = 1; period <= max->second; ++period) {
        json cells = json::array();
        for (int day : days) {
          json cell = json::object();
          auto found = index.find(key(who, session, period, day));
          const json* e = found != index.end() ? found->second : nullptr;
          cell["empty"] = e == nullptr;
          cell["subject"] = e ? str(*e, "subject") : "";
          cell["detail"] = e ? (for_teacher ? str(*e, "class") : str(*e, "teacher")) : "";
          cell["room"] = e ? str(*e, "room") : "";
          cells.push_back(std::move(cell));
        }
        json row = json::object();
        row["period"] = period;
        row["cells"] = std::move(cells);
        periods.push_back(std::move(row));
      }
      json s = json::object();
      s["name"] = std::string(session) == "sang" ? "Buổi sáng" : "Buổi chiều";
      s["periods"] = std::move(periods);
      sessions.push_back(std::move(s));
    }
    json t = meta;
    t["title"] = title;
    t["index_url"] = under_base_path("/thoi-khoa-bieu/", base);
    t["days"] = day_list;
    t["sessions"] = std::move(sessions);
    json data = json::object();
    data["timetable"] = std::move(t);
    return data;
  };

  std::vector<DataPage> pages;
  json class_links = json::array(), teacher_links = json::array();
  FolderNames class_folder("lop"), teacher_folder("giao-vien");
  for (const auto& c : classes) {
    std::string url = "/thoi-khoa-bieu/lop/" + class_folder(c) + "/";
    class_links.push_back({{"name", c}, {"url", under_base_path(url, base)}});
    pages.push_back({"timetable", url, "Thời khóa biểu lớp " + c, "", {{"Thời khóa biểu", "/thoi-khoa-bieu/"}},
                     grid("Thời khóa biểu lớp " + c, c, false)});
  }
  for (const auto& [t, count] : teachers) {
    std::string url = "/thoi-khoa-bieu/giao-vien/" + teacher_folder(t) + "/";
    teacher_links.push_back({{"name", t}, {"url", under_base_path(url, base)}, {"periods", count}});
    pages.push_back({"timetable", url, "Thời khóa biểu giáo viên " + t, "", {{"Thời khóa biểu", "/thoi-khoa-bieu/"}},
                     grid("Thời khóa biểu giáo viên " + t, t, true)});
  }
  json index = meta;
  index["classes"] = class_links;
  index["teachers"] = teacher_links;
  pages.insert(pages.begin(), DataPage{"timetable_index", "/thoi-khoa-bieu/", "Thời khóa biểu", "thoi-khoa-bieu", {},
                                       {{"timetable", index}}});
  return pages;
}

// ---- work schedule -------------------------------------------------------------

json schedule_view(const data::Document& d, const std::string& prev, const std::string& next, bool current, int tz,
                   std::string_view base) {
  std::string start = str(d.value, "week_start");
  auto s = parse_date(start, tz);
  json days = json::array();
  for (int i = 0; i < 7 && s; ++i) {
    DateTime day = from_epoch(s->epoch() + i * 86400, tz);
    std::string iso = format_iso_date(day);
    json items = json::array();
    for (const auto& it : d.value.value("items", json::array()))
      if (str(it, "date") == iso)
        items.push_back({{"time", str(it, "time")}, {"content", str(it, "content")}, {"location", str(it, "location")},
                         {"participants", str(it, "participants")}, {"lead", str(it, "lead")}});
    if (i >= 5 && items.empty()) continue;  // the weekend only when something happens
    days.push_back({{"date", format_vn_date(day)}, {"weekday", vn_weekday(day)}, {"has_items", !items.empty()}, {"items", items}});
  }
  std::string end = s ? format_vn_date(from_epoch(s->epoch() + 6 * 86400, tz)) : "";
  return {{"title", "Lịch công tác tuần từ " + vn(start) + " đến " + end}, {"week_start", vn(start)}, {"week_end", end},
          {"is_current", current}, {"has_prev", !prev.empty()}, {"prev_url", under_base_path(prev, base)},
          {"has_next", !next.empty()}, {"next_url", under_base_path(next, base)}, {"days", days}};
}

// ---- documents ---------------------------------------------------------------------

json document_item(const json& doc, std::string_view base) {
  std::string date = str(doc, "date"), file = str(doc, "file");
  return {{"number", str(doc, "number")}, {"date", vn(date)}, {"date_iso", date},
          {"year", date.size() >= 4 ? std::atoi(date.substr(0, 4).c_str()) : 0}, {"issuer", str(doc, "issuer")},
          {"type", str(doc, "type")}, {"summary", str(doc, "summary")}, {"effective", vn(str(doc, "effective"))},
          {"file", under_base_path(file, base)}, {"format", file_format(file)}};
}

std::vector<json> sorted_documents(const data::DataSet& data, std::string_view base) {
  std::vector<json> docs;
  for (const data::Document* d : data.of(Kind::Documents))
    for (const auto& doc : d->value.value("documents", json::array())) docs.push_back(document_item(doc, base));
  std::stable_sort(docs.begin(), docs.end(), [](const json& a, const json& b) {
    return a["date_iso"].get<std::string>() > b["date_iso"].get<std::string>();
  });
  return docs;
}

// The work schedule shown as current: the week holding `now`, else the latest before it.
const data::Document* current_week(const std::vector<const data::Document*>& weeks, int64_t now, int tz) {
  const data::Document* best = nullptr;
  for (const data::Document* w : weeks) {
    auto s = parse_date(str(w->value, "week_start"), tz);
    if (s && s->epoch() <= now) best = w;
  }
  return best ? best : (weeks.empty() ? nullptr : weeks.front());
}

// The files of `docs`, given to the pages made from them: pages[from...].
void set_sources(std::vector<DataPage>& pages, size_t from, const std::vector<const data::Document*>& docs) {
  std::vector<std::string> files;
  for (const data::Document* d : docs) files.push_back(d->file);
  std::sort(files.begin(), files.end());
  for (size_t i = from; i < pages.size(); ++i) pages[i].sources = files;
}

}  // namespace

std::vector<DataPage> data_pages(const data::DataSet& data, const std::vector<ChecklistEntry>& checklist, int64_t now,
                                 int tz, const std::string& base_path) {
  const std::string_view base = base_path;
  std::vector<DataPage> pages;
  for (const data::Document* d : data.of(Kind::Organisation)) {
    pages.push_back(organisation_page(*d));
    set_sources(pages, pages.size() - 1, {d});
  }

  auto disclosures = data.of(Kind::Disclosures);
  size_t first = pages.size();
  if (!disclosures.empty()) {
    json years = json::array();
    for (auto it = disclosures.rbegin(); it != disclosures.rend(); ++it) {
      int missing = 0;
      DataPage p = disclosure_page(**it, checklist, base, &missing);
      size_t count = (*it)->value.value("items", json::array()).size();
      years.push_back({{"school_year", p.data["disclosure"]["school_year"]}, {"url", under_base_path(p.url, base)},
                       {"count", count},
                       {"missing", missing}, {"complete", missing == 0}});
      pages.push_back(std::move(p));
    }
    pages.push_back({"disclosures_index", "/cong-khai/", "Công khai", "cong-khai", {}, {{"disclosures", {{"years", years}}}}});
    set_sources(pages, first, disclosures);
    for (size_t i = first; i < pages.size(); ++i) pages[i].uses_checklist = true;
  }

  auto procedures = data.of(Kind::Procedures);
  first = pages.size();
  if (!procedures.empty()) {
    json items = json::array();
    for (const data::Document* d : procedures) {
      DataPage p = procedure_page(*d, base);
      const json& pr = p.data["procedure"];
      items.push_back({{"name", pr["name"]}, {"url", under_base_path(p.url, base)}, {"level", pr["level"]},
                       {"level_text", pr["level_text"]},
                       {"field", pr["field"]}, {"code", pr["code"]}});
      pages.push_back(std::move(p));
    }
    pages.push_back({"procedures", "/thu-tuc-hanh-chinh/", "Thủ tục hành chính", "thu-tuc-hanh-chinh", {},
                     {{"procedures", {{"items", items}}}}});
    set_sources(pages, first, procedures);
  }

  auto fees = data.of(Kind::Fees);
  first = pages.size();
  if (!fees.empty()) {
    std::vector<std::string> years;
    for (auto it = fees.rbegin(); it != fees.rend(); ++it) years.push_back(str((*it)->value, "school_year"));
    for (const data::Document* d : fees)
      pages.push_back(fees_page(*d, years, "/cac-khoan-thu/" + str(d->value, "school_year") + "/", base));
    pages.push_back(fees_page(*fees.back(), years, "/cac-khoan-thu/", base));
    set_sources(pages, first, fees);
  }

  auto timetables = data.of(Kind::Timetables);
  first = pages.size();
  if (!timetables.empty()) {
    // The timetable in force: the latest effective date not after today.
    const data::Document* current = timetables.front();
    for (const data::Document* t : timetables) {
      std::string eff = str(t->value, "effective");
      auto e = parse_date(eff, tz);
      if (!e || e->epoch() <= now) {
        if (str(t->value, "effective") >= str(current->value, "effective")) current = t;
      }
    }
    auto tp = timetable_pages(*current, base);
    pages.insert(pages.end(), std::make_move_iterator(tp.begin()), std::make_move_iterator(tp.end()));
    set_sources(pages, first, timetables);  // the one in force depends on them all
  }

  auto weeks = data.of(Kind::WorkSchedule);
  first = pages.size();
  if (!weeks.empty()) {
    const data::Document* cur = current_week(weeks, now, tz);
    for (size_t i = 0; i < weeks.size(); ++i) {
      std::string prev = i > 0 ? "/lich-cong-tac/" + str(weeks[i - 1]->value, "week_start") + "/" : "";
      std::string next = i + 1 < weeks.size() ? "/lich-cong-tac/" + str(weeks[i + 1]->value, "week_start") + "/" : "";
      json view = schedule_view(*weeks[i], prev, next, weeks[i] == cur, tz, base);
      std::string url = "/lich-cong-tac/" + str(weeks[i]->value, "week_start") + "/";
      pages.push_back({"work_schedule", url, view["title"], "", {{"Lịch công tác", "/lich-cong-tac/"}}, {{"schedule", view}}});
      if (weeks[i] == cur) pages.push_back({"work_schedule", "/lich-cong-tac/", view["title"], "lich-cong-tac", {}, {{"schedule", view}}});
    }
    set_sources(pages, first, weeks);
  }

  if (!data.of(Kind::Documents).empty()) {
    auto docs = sorted_documents(data, base);
    std::set<std::string> issuers, types;
    std::set<int, std::greater<int>> years;
    for (const auto& d : docs) {
      issuers.insert(d["issuer"].get<std::string>());
      if (!d["type"].get<std::string>().empty()) types.insert(d["type"].get<std::string>());
      years.insert(d["year"].get<int>());
    }
    pages.push_back({"documents", "/van-ban/", "Văn bản", "van-ban", {},
                     {{"documents", {{"count", docs.size()}, {"items", docs}, {"issuers", issuers}, {"types", types},
                                     {"years", years}}}}});
    set_sources(pages, pages.size() - 1, data.of(Kind::Documents));
  }
  return pages;
}

json home_data(const data::DataSet& data, int64_t now, int tz, const std::string& base_path) {
  const std::string_view base = base_path;
  auto url = [&](const std::string& rel) { return under_base_path(rel, base); };
  json h = json::object();
  auto weeks = data.of(Kind::WorkSchedule);
  h["has_schedule"] = !weeks.empty();
  h["schedule_url"] = url("/lich-cong-tac/");
  auto docs = sorted_documents(data, base);
  if (docs.size() > 5) docs.resize(5);
  h["has_documents"] = !docs.empty();
  h["documents"] = docs;
  h["documents_url"] = url("/van-ban/");
  auto disclosures = data.of(Kind::Disclosures);
  h["has_disclosures"] = !disclosures.empty();
  if (!disclosures.empty()) {
    std::string year = str(disclosures.back()->value, "school_year");
    h["disclosure_url"] = url("/cong-khai/" + year + "/");
    h["disclosure_year"] = year;
  }
  h["has_timetable"] = !data.of(Kind::Timetables).empty();
  h["timetable_url"] = url("/thoi-khoa-bieu/");
  h["has_fees"] = !data.of(Kind::Fees).empty();
  h["fees_url"] = url("/cac-khoan-thu/");
  auto procedures = data.of(Kind::Procedures);
  h["has_procedures"] = !procedures.empty();
  h["procedures_url"] = url("/thu-tuc-hanh-chinh/");
  h["procedure_count"] = procedures.size();
  return h;
}

}  // namespace wt::render

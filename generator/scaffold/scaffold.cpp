#include "scaffold/scaffold.hpp"

#include "core/file_io.hpp"
#include "core/file_walk.hpp"
#include "core/installation.hpp"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>

#include "core/date.hpp"
#include "core/text.hpp"

namespace fs = std::filesystem;

namespace wt::scaffold {
namespace {

constexpr int kTimezone = 7 * 60;  // a new site starts at +07:00
constexpr const char* kMarker = "[CẦN ĐIỀN";

bool is_text_file(const fs::path& p) {
  std::string ext = p.extension().string();
  return ext == ".md" || ext == ".yaml" || ext == ".yml" || ext == ".txt" || ext == ".json" || ext == ".csv";
}

std::string read_all(const fs::path& p) {
  FileError error;
  auto bytes = read_regular_file(p, &error);
  if (!bytes) throw std::runtime_error("cannot read " + p.string() + ": " + error.message);
  return std::move(*bytes);
}

// "Trường THCS Nguyễn Du" -> "thcsnguyendu"; "Tỉnh Vĩnh Phúc" -> "vinhphuc".
std::string host_label(const std::string& text, std::initializer_list<const char*> prefixes) {
  std::string s = slugify(text);
  for (const char* p : prefixes) {
    std::string pre = std::string(p) + "-";
    if (s.rfind(pre, 0) == 0) s = s.substr(pre.size());
  }
  s.erase(std::remove(s.begin(), s.end(), '-'), s.end());
  return s;
}

// Names the folder that was looked for: the one given, else the installed one.
std::string packs_not_found(const fs::path& packs) {
  fs::path where = packs;
  if (where.empty() && !installation().share.empty()) where = installation().share / "content" / "scaffold";
  std::string msg = "the site packs (content/scaffold/) were not found";
  if (!where.empty()) msg += " in " + where.string();
  return msg + "; set WEBTRUONG_CONTENT to the content/ folder";
}

}  // namespace

const std::vector<std::string>& site_types() {
  static const std::vector<std::string> types = {"mn", "th", "thcs", "thpt", "gdtx", "sgd"};
  return types;
}

std::string type_name(const std::string& type) {
  static const std::map<std::string, std::string> names = {
      {"mn", "Trường mầm non"},
      {"th", "Trường tiểu học"},
      {"thcs", "Trường trung học cơ sở"},
      {"thpt", "Trường trung học phổ thông"},
      {"gdtx", "Trung tâm giáo dục thường xuyên"},
      {"sgd", "Sở Giáo dục và Đào tạo"}};
  auto it = names.find(type);
  return it == names.end() ? "" : it->second;
}

fs::path find_packs_dir() { return installation().scaffold(); }

std::vector<std::string> packs_for(const std::string& type) {
  if (type == "sgd") return {"common", "sgd"};
  return {"common", "truong", type};
}

std::map<std::string, std::string> variables(const Options& opt) {
  const int64_t day = 86400;
  DateTime today = from_epoch(opt.now, kTimezone);
  // Days since 1970-01-01 (a Thursday) in site time, then back to the Monday.
  int64_t days = (opt.now + kTimezone * 60) / day;
  if ((opt.now + kTimezone * 60) % day < 0) --days;
  int64_t monday_days = days - ((days + 3) % 7 + 7) % 7;
  DateTime monday = from_epoch(monday_days * day, 0);
  // The school year whose disclosures are due: from 1 July on, the one starting this year.
  int start = today.month >= 7 ? today.year : today.year - 1;
  std::map<std::string, std::string> v;
  v["name"] = opt.name;
  v["type"] = opt.type;
  v["type_name"] = type_name(opt.type);
  v["today"] = format_iso_date(today);
  v["today_vn"] = format_vn_date(today);
  v["monday"] = format_iso_date(monday);
  v["year"] = std::to_string(today.year);
  v["school_year"] = std::to_string(start) + "-" + std::to_string(start + 1);
  v["province"] = opt.province.empty() ? "[CẦN ĐIỀN: tỉnh, thành phố]" : opt.province;
  std::string url = opt.base_url;
  if (url.empty()) {
    std::string prov = opt.province.empty() ? "tinh" : host_label(opt.province, {"tinh", "thanh-pho"});
    if (opt.type == "sgd") url = "https://" + prov + ".edu.vn/";
    else url = "https://" + host_label(opt.name, {"truong", "trung-tam"}) + "." + prov + ".edu.vn/";
  }
  if (!url.empty() && url.back() != '/') url += '/';
  v["base_url"] = url;
  static const std::map<std::string, std::string> entry = {
      {"mn", "trẻ vào nhà trẻ, mẫu giáo"}, {"th", "học sinh vào lớp 1"},  {"thcs", "học sinh vào lớp 6"},
      {"thpt", "học sinh vào lớp 10"},      {"gdtx", "học viên lớp 10 giáo dục thường xuyên"},
      {"sgd", "vào các lớp đầu cấp trên địa bàn tỉnh"}};
  v["entry_grade"] = entry.count(opt.type) ? entry.at(opt.type) : "";
  v["leader_title"] = opt.type == "sgd" || opt.type == "gdtx" ? "Giám đốc" : "Hiệu trưởng";
  v["deputy_title"] = opt.type == "sgd" || opt.type == "gdtx" ? "Phó Giám đốc" : "Phó Hiệu trưởng";
  return v;
}

std::string substitute(std::string_view text, const std::map<std::string, std::string>& vars) {
  std::string out;
  out.reserve(text.size());
  size_t i = 0;
  while (i < text.size()) {
    size_t open = text.find("{{", i);
    if (open == std::string_view::npos) break;
    size_t close = text.find("}}", open + 2);
    if (close == std::string_view::npos) break;
    std::string key(trim(text.substr(open + 2, close - open - 2)));
    auto it = vars.find(key);
    out.append(text.substr(i, open - i));
    if (it != vars.end()) out += it->second;
    else out.append(text.substr(open, close + 2 - open));
    i = close + 2;
  }
  out.append(text.substr(i));
  return out;
}

bool create_site(const fs::path& dir, const Options& opt, DiagnosticSink& sink, Created* out) {
  const std::string shown = dir.string();
  if (type_name(opt.type).empty()) {
    sink.error({shown, 0, 0}, "new.type", "unknown school type '" + opt.type + "'");
    return false;
  }
  if (trim(opt.name).empty()) {
    sink.error({shown, 0, 0}, "new.name", "the school needs a name, e.g. \"Trường THCS Nguyễn Du\"");
    return false;
  }
  std::error_code ec;
  if (fs::exists(dir, ec)) {
    if (!fs::is_directory(dir, ec)) {
      sink.error({shown, 0, 0}, "new.exists", "'" + shown + "' already exists and is not a folder");
      return false;
    }
    if (!fs::is_empty(dir, ec)) {
      sink.error({shown, 0, 0}, "new.exists",
                 "the folder '" + shown + "' already exists and is not empty: choose a new folder, nothing was written");
      return false;
    }
  }
  fs::path packs = opt.packs_dir.empty() ? find_packs_dir() : opt.packs_dir;
  if (packs.empty() || !fs::is_directory(packs, ec)) {
    sink.error({shown, 0, 0}, "new.packs", packs_not_found(packs));
    return false;
  }
  // Which file comes from which pack: a later pack replaces an earlier one's file.
  auto vars = variables(opt);
  std::map<std::string, fs::path> files;
  for (const auto& pack : packs_for(opt.type)) {
    fs::path root = packs / pack;
    if (!fs::is_directory(root)) {
      sink.error({root.string(), 0, 0}, "new.packs", "the site pack '" + pack + "' is missing");
      return false;
    }
    // Links stay inside the pack; pipes, devices and unreadable folders are errors.
    FolderWalker walk(root, sink, "the site pack");
    const size_t errors_before = sink.error_count();
    if (auto top = walk.top(root, root.string()))
      for (const auto& f : walk.files(*top, [](const std::string&) { return false; })) files[substitute(f.rel, vars)] = f.real;
    if (sink.error_count() != errors_before) return false;
  }
  fs::path parent = dir.has_parent_path() ? dir.parent_path() : fs::path(".");
  fs::create_directories(parent, ec);
  std::random_device rd;
  fs::path tmp = parent / ("." + dir.filename().string() + ".new-" + std::to_string(rd() % 1000000));
  fs::remove_all(tmp, ec);
  Created created;
  try {
    for (const auto& [rel, src] : files) {
      fs::path target = tmp / rel;
      fs::create_directories(target.parent_path());
      std::string text = read_all(src);
      if (is_text_file(src)) text = substitute(text, vars);
      std::ofstream o(target, std::ios::binary);
      o << text;
      if (!o) throw std::runtime_error("cannot write " + target.string());
      created.files.push_back(rel);
      if (text.find(kMarker) != std::string::npos) created.placeholder_files.push_back(rel);
    }
    if (fs::exists(dir)) fs::remove(dir);  // empty, checked above
    fs::rename(tmp, dir);
  } catch (const std::exception& e) {
    fs::remove_all(tmp, ec);
    sink.error({shown, 0, 0}, "new.write", std::string("cannot write the new site: ") + e.what());
    return false;
  }
  if (out) *out = std::move(created);
  return true;
}

}  // namespace wt::scaffold

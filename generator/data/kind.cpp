// Kind names and the data/ layout of docs/data.md.
#include "data/kind.hpp"

namespace wt::data {

std::string kind_id(Kind kind) {
  switch (kind) {
    case Kind::Organisation: return "organisation";
    case Kind::Disclosures: return "disclosures";
    case Kind::Procedures: return "procedures";
    case Kind::Fees: return "fees";
    case Kind::Timetables: return "timetables";
    case Kind::WorkSchedule: return "work_schedule";
    case Kind::Documents: return "documents";
  }
  return "";
}

bool allows_csv(Kind kind) { return kind == Kind::Fees || kind == Kind::Timetables || kind == Kind::Documents; }

namespace {

// Splits "dir/stem.ext" into its folder ("" at the top), stem and extension.
struct PathParts {
  std::string dir, stem, ext;
};

std::optional<PathParts> split(std::string_view path) {
  PathParts p;
  size_t slash = path.rfind('/');
  std::string_view name = path;
  if (slash != std::string_view::npos) {
    p.dir = std::string(path.substr(0, slash));
    name = path.substr(slash + 1);
  }
  size_t dot = name.rfind('.');
  if (dot == std::string_view::npos || dot == 0) return std::nullopt;
  p.stem = std::string(name.substr(0, dot));
  p.ext = std::string(name.substr(dot + 1));
  return p;
}

}  // namespace

std::optional<Kind> kind_for_path(std::string_view path_in_data) {
  auto p = split(path_in_data);
  if (!p) return std::nullopt;
  std::optional<Kind> kind;
  if (p->dir.empty()) {
    if (p->stem == "to-chuc") kind = Kind::Organisation;
    if (p->stem == "van-ban") kind = Kind::Documents;
  } else if (p->dir == "cong-khai") {
    kind = Kind::Disclosures;
  } else if (p->dir == "thu-tuc") {
    kind = Kind::Procedures;
  } else if (p->dir == "khoan-thu") {
    kind = Kind::Fees;
  } else if (p->dir == "thoi-khoa-bieu") {
    kind = Kind::Timetables;
  } else if (p->dir == "lich-cong-tac") {
    kind = Kind::WorkSchedule;
  }
  if (!kind) return std::nullopt;
  if (p->ext == "yaml" || p->ext == "yml" || p->ext == "json") return kind;
  if (p->ext == "csv" && allows_csv(*kind)) return kind;
  return std::nullopt;
}

std::string expected_places() {
  return "data/to-chuc.yaml, data/cong-khai/<năm học>.yaml, data/thu-tuc/<tên>.yaml, "
         "data/khoan-thu/<năm học>.yaml or .csv, data/thoi-khoa-bieu/<tên>.yaml or .csv, "
         "data/lich-cong-tac/<yyyy-mm-dd>.yaml, data/van-ban.yaml or .csv (YAML files may also be .yml or .json)";
}

}  // namespace wt::data

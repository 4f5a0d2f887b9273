#include "regulations/school_type.hpp"

#include <algorithm>

namespace wt::regulations {
namespace {

struct TypeName {
  const char* type;
  const char* name;
};

constexpr TypeName kTypes[] = {
    {"mn", "Trường Mầm non"},
    {"th", "Trường Tiểu học"},
    {"thcs", "Trường Trung học cơ sở"},
    {"thpt", "Trường Trung học phổ thông"},
    {"gdtx", "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên"},
    {"pgd", "Phòng Giáo dục và Đào tạo"},
    {"sgd", "Sở Giáo dục và Đào tạo"},
};

}  // namespace

const std::vector<std::string>& school_types() {
  static const std::vector<std::string> all = [] {
    std::vector<std::string> v;
    for (const auto& t : kTypes) v.emplace_back(t.type);
    return v;
  }();
  return all;
}

const std::vector<std::string>& types_of_schools() {
  static const std::vector<std::string> schools = [] {
    std::vector<std::string> v;
    for (const auto& t : school_types())
      if (is_school(t)) v.push_back(t);
    return v;
  }();
  return schools;
}

bool is_school_type(const std::string& type) {
  const auto& all = school_types();
  return std::find(all.begin(), all.end(), type) != all.end();
}

bool is_school(const std::string& type) { return type != "pgd" && type != "sgd"; }

std::string school_type_list() {
  std::string out;
  for (const auto& t : school_types()) out += (out.empty() ? "" : ", ") + t;
  return out;
}

std::string school_type_name(const std::string& type) {
  for (const auto& t : kTypes)
    if (type == t.type) return t.name;
  return "";
}

}  // namespace wt::regulations

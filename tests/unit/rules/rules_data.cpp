#include "rules_data.hpp"

#include <algorithm>
#include <functional>
#include <regex>
#include <stdexcept>

#include "core/file_io.hpp"

namespace wt::rules_test {

const std::vector<std::string>& section10_ids() {
  // docs/regulations.md §10, first column, top to bottom.
  static const std::vector<std::string> kIds = {
      "intro_structure", "intro_history", "mission_vision", "leaders", "school_council", "contact",
      "footer_owner", "email_directory", "news", "post_frequency", "posts_to_so", "legal_docs",
      "legal_docs_timely", "directives", "work_schedule", "law_propaganda", "plans_strategy",
      "procurement", "annual_financial_report", "tthc_list", "tthc_level2", "forms_section", "faq_howto",
      "online_admission", "admission_info", "consultation", "qa_feedback", "disclosure_section",
      "disc_general", "disc_finance", "disc_staff", "disc_facilities", "disc_quality", "disc_plan",
      "disc_results", "disc_annual_report", "disc_deadline", "disc_retention", "menu_weekly",
      "mn_month_week_plan", "timetable", "student_results", "metadata_dc", "search", "sitemap",
      "print_share", "links", "source_attrib", "english_info", "domain_edu_vn", "https", "ipv6", "mobile",
      "a11y_basic", "a11y_wcag", "unicode", "editorial_board", "member_portal"};
  return kIds;
}

const std::set<std::string>& school_types() {
  static const std::set<std::string> kTypes = {"mn", "th", "thcs", "thpt", "gdtx", "pgd", "sgd"};
  return kTypes;
}

std::filesystem::path rules_dir() { return std::filesystem::path(WT_SOURCE_DIR) / "schemas" / "rules"; }
std::filesystem::path rubrics_dir() { return std::filesystem::path(WT_SOURCE_DIR) / "schemas" / "rubrics"; }

std::vector<std::filesystem::path> yaml_files(const std::filesystem::path& dir) {
  std::vector<std::filesystem::path> out;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.is_regular_file() && entry.path().extension() == ".yaml") out.push_back(entry.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

nlohmann::json to_json(const yaml::Node& node) {
  switch (node.kind) {
    case yaml::Node::Kind::Null:
      return nullptr;
    case yaml::Node::Kind::Sequence: {
      auto out = nlohmann::json::array();
      for (const auto& item : node.items) out.push_back(to_json(item));
      return out;
    }
    case yaml::Node::Kind::Mapping: {
      auto out = nlohmann::json::object();
      for (const auto& [key, value] : node.pairs) out[key.scalar] = to_json(value);
      return out;
    }
    case yaml::Node::Kind::Scalar:
      break;
  }
  if (node.quoted) return node.scalar;
  static const std::regex kTrue("true|True|TRUE"), kFalse("false|False|FALSE");
  static const std::regex kDecimal(R"([-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?)");
  if (std::regex_match(node.scalar, kTrue)) return true;
  if (std::regex_match(node.scalar, kFalse)) return false;
  if (auto n = yaml::to_int(node)) return *n;
  if (std::regex_match(node.scalar, kDecimal)) return std::stod(node.scalar);
  return node.scalar;
}

DataFile load_data_file(const std::filesystem::path& path, std::string* error) {
  DataFile file{path, path.stem().string(), {}, nullptr};
  auto text = wt::read_file(path);
  if (!text) {
    *error = path.string() + ": cannot be read";
    return file;
  }
  yaml::ParseError parse_error;
  auto root = yaml::parse(*text, &parse_error);
  if (!root) {
    *error = path.string() + ":" + std::to_string(parse_error.line + 1) + ":" +
             std::to_string(parse_error.byte_column + 1) + ": " + parse_error.message;
    return file;
  }
  file.yaml = std::move(*root);
  file.json = to_json(file.yaml);
  return file;
}

nlohmann::json load_json(const std::filesystem::path& path) {
  auto text = wt::read_file(path);
  if (!text) throw std::runtime_error(path.string() + ": cannot be read");
  return nlohmann::json::parse(*text);
}

namespace {

std::map<std::string, DataFile> load_all(const std::filesystem::path& dir) {
  std::map<std::string, DataFile> out;
  for (const auto& path : yaml_files(dir)) {
    std::string error;
    DataFile file = load_data_file(path, &error);
    if (!error.empty()) throw std::runtime_error(error);
    out.emplace(file.stem, std::move(file));
  }
  return out;
}

}  // namespace

const std::map<std::string, DataFile>& rule_sets() {
  static const std::map<std::string, DataFile> kSets = load_all(rules_dir());
  return kSets;
}

const std::map<std::string, DataFile>& rubrics() {
  static const std::map<std::string, DataFile> kRubrics = load_all(rubrics_dir());
  return kRubrics;
}

std::map<std::string, nlohmann::json> effective_requirements(const std::string& rule_set_id) {
  std::map<std::string, nlohmann::json> out;
  std::vector<std::string> stack;
  std::function<void(const std::string&)> add = [&](const std::string& id) {
    if (std::find(stack.begin(), stack.end(), id) != stack.end()) {
      throw std::runtime_error("rule set '" + id + "' includes itself");
    }
    auto it = rule_sets().find(id);
    if (it == rule_sets().end()) throw std::runtime_error("unknown rule set '" + id + "'");
    stack.push_back(id);
    for (const auto& r : it->second.json.value("requirements", nlohmann::json::array())) {
      out.emplace(r.value("id", ""), r);  // the first writer (the including set) wins
    }
    for (const auto& inc : it->second.json.value("includes", nlohmann::json::array())) add(inc.get<std::string>());
    stack.pop_back();
  };
  add(rule_set_id);
  return out;
}

}  // namespace wt::rules_test

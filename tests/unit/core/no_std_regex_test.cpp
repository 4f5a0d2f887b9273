// No std::regex in generator/ or plugins/ (issue 9): its backtracking
// recurses once per character, so a long input overflows the stack. Text
// from input goes through wt::Regex (core/regex.hpp, RE2) or plain code.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

// `text` with // and /* */ comments blanked (string literals are kept as
// they are; a "//" inside one only hides the rest of that line).
std::string without_comments(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    if (text.compare(i, 2, "//") == 0) {
      while (i < text.size() && text[i] != '\n') ++i;
    } else if (text.compare(i, 2, "/*") == 0) {
      size_t end = text.find("*/", i + 2);
      end = end == std::string::npos ? text.size() : end + 2;
      for (; i < end; ++i)
        if (text[i] == '\n') out += '\n';
    } else {
      out += text[i++];
    }
  }
  return out;
}

std::vector<std::string> std_regex_uses(const std::filesystem::path& root) {
  static const char* kNeedles[] = {"<regex>", "std::regex", "std::basic_regex", "std::wregex", "std::smatch",
                                   "std::cmatch", "std::sregex", "std::regex_match", "std::regex_search",
                                   "std::regex_replace"};
  std::vector<std::string> found;
  for (const char* dir : {"generator", "plugins"}) {
    for (const auto& entry : std::filesystem::recursive_directory_iterator(root / dir)) {
      const std::string ext = entry.path().extension().string();
      if (!entry.is_regular_file() || (ext != ".cpp" && ext != ".hpp" && ext != ".h" && ext != ".cc")) continue;
      std::ifstream in(entry.path(), std::ios::binary);
      std::ostringstream buffer;
      buffer << in.rdbuf();
      std::istringstream code(without_comments(buffer.str()));
      std::string line;
      for (int n = 1; std::getline(code, line); ++n) {
        for (const char* needle : kNeedles) {
          if (line.find(needle) != std::string::npos) {
            found.push_back(std::filesystem::relative(entry.path(), root).generic_string() + ":" + std::to_string(n) +
                            ": " + needle);
            break;
          }
        }
      }
    }
  }
  return found;
}

}  // namespace

TEST_CASE("no std::regex in generator/ or plugins/: use wt::Regex (RE2) or plain code", "[core]") {
  const auto uses = std_regex_uses(WT_SOURCE_DIR);
  std::string list;
  for (const auto& u : uses) list += u + "\n";
  INFO(list);
  CHECK(uses.empty());
}

TEST_CASE("the std::regex scan ignores comments", "[core]") {
  CHECK(without_comments("a // std::regex\nb /* <regex>\n */ c") == "a \nb \n c");
}

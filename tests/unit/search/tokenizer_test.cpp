#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "search/tokenizer.hpp"

using wt::search::tokenize;
using wt::search::WordList;

namespace {

struct Row {
  std::string word, fold, spelling;
};

// tests/unit/search/words.tsv: the table js/search.js is tested on too.
std::vector<Row> word_table() {
  std::ifstream in(std::string(WT_SOURCE_DIR) + "/tests/unit/search/words.tsv");
  REQUIRE(in);
  std::vector<Row> rows;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream cells(line);
    Row r;
    std::getline(cells, r.word, '\t');
    std::getline(cells, r.fold, '\t');
    std::getline(cells, r.spelling, '\t');
    rows.push_back(r);
  }
  return rows;
}

std::vector<std::string> folds(std::string_view text) {
  WordList w;
  tokenize(text, w);
  std::vector<std::string> out;
  for (size_t i = 0; i < w.size(); ++i) out.emplace_back(w.fold(i));
  return out;
}

std::vector<std::string> spellings(std::string_view text) {
  WordList w;
  tokenize(text, w);
  std::vector<std::string> out;
  for (size_t i = 0; i < w.size(); ++i) out.emplace_back(w.spelling(i));
  return out;
}

}  // namespace

TEST_CASE("search::tokenize reads each word of the shared table as js/search.js does", "[search]") {
  const auto rows = word_table();
  REQUIRE(rows.size() == 38);
  for (const auto& r : rows) {
    INFO(r.word);
    WordList w;
    tokenize(r.word, w);
    REQUIRE(w.size() == 1);
    CHECK(w.fold(0) == r.fold);
    CHECK(w.spelling(0) == r.spelling);
  }
}

TEST_CASE("search::tokenize splits at anything but letters, digits and marks", "[search]") {
  CHECK(folds("Thời khoá-biểu, lớp 6A1 (năm 2025–2026)!") ==
        std::vector<std::string>{"thoi", "khoa", "bieu", "lop", "6a1", "nam", "2025", "2026"});
  CHECK(spellings("THỜI KHÓA BIỂU") == std::vector<std::string>{"thơi2", "khoa1", "biêu3"});
  CHECK(folds("").empty());
  CHECK(folds(" .,;-- ").empty());
  CHECK(folds("a\u00a0b\u200bc") == std::vector<std::string>{"a", "b", "c"});  // no-break and zero-width spaces
  CHECK(folds("đường\tĐi\nĐến") == std::vector<std::string>{"duong", "di", "den"});
}

TEST_CASE("search::tokenize: invalid UTF-8 separates words, and long words are cut", "[search]") {
  CHECK(folds("ab\xff" "cd\xc3") == std::vector<std::string>{"ab", "cd"});
  const std::string longer(60, 'a');
  CHECK(folds(longer + " b") == std::vector<std::string>{std::string(wt::search::kMaxWordBytes, 'a'), "b"});
  // 14 times "ờ" (3 bytes each): cut at 39 bytes, never inside a code point.
  std::string wide;
  for (int i = 0; i < 14; ++i) wide += "ờ";
  CHECK(folds(wide) == std::vector<std::string>{std::string(13, 'o')});
}

TEST_CASE("search::tokenize: a mark alone after a space is no word", "[search]") {
  CHECK(folds("a \u0301 b") == std::vector<std::string>{"a", "b"});
  CHECK(spellings("a \u0301 b") == std::vector<std::string>{"a", "b"});
}

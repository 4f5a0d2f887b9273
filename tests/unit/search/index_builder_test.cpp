#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "core/thread_pool.hpp"
#include "search/index_builder.hpp"

using nlohmann::json;
using wt::search::build_index;
using wt::search::Document;
using wt::search::IndexFiles;
using wt::search::IndexOptions;

namespace {

std::vector<Document> sample_docs() {
  return {
      {"/tkb/", "Thời khóa biểu", "10/01/2025", "Tin tức", "Lịch học mới.", "Lịch học mới áp dụng từ tuần 20."},
      {"/cu/", "Thông báo", "05/01/2025", "Tin tức", "", "Thời khoá biểu của khối 6; thời gian học."},
      {"/doan/", "Đoàn trường", "", "", "Đoàn viên", "Các đoàn viên và dự đoán."},
  };
}

json file(const IndexFiles& f, const std::string& rel) {
  auto it = f.files.find(rel);
  REQUIRE(it != f.files.end());
  return json::parse(it->second);
}

// The entry of `key` in the shards of `dir` ("w" or "p"), found as js/search.js finds it.
json entry(const IndexFiles& f, const std::string& dir, const std::string& key) {
  const json m = file(f, "manifest.json");
  const auto& prefixes = m[dir];
  int best = -1;
  for (size_t i = 0; i < prefixes.size(); ++i) {
    const std::string p = prefixes[i];
    if (key.rfind(p, 0) == 0 && (best < 0 || p.size() > prefixes[best].get<std::string>().size())) best = static_cast<int>(i);
  }
  REQUIRE(best >= 0);
  const json shard = file(f, dir + "/" + std::to_string(best) + ".json");
  return shard.contains(key) ? shard[key] : json();
}

}  // namespace

TEST_CASE("search::build_index: manifest, words with their spellings, titles", "[search]") {
  const IndexFiles f = build_index(sample_docs(), {}, nullptr);
  const json m = file(f, "manifest.json");
  CHECK(m["v"] == 1);
  CHECK(m["n"] == 3);
  CHECK(m["c"] == 16);
  CHECK(f.documents == 3);
  // "khoa": old and new tone placement are one spelling, in docs 0 and 1; in the title of 0.
  CHECK(entry(f, "w", "khoa") == json::parse(R"({"t":[0],"v":{"khoa1":[0,1]}})"));
  // "doan": two spellings (Đoàn, đoàn in 2; đoán in 2), in the title of 2.
  CHECK(entry(f, "w", "doan") == json::parse(R"({"t":[2],"v":{"đoan1":[2],"đoan2":[2]}})"));
  // Delta-coded lists: "thoi" in docs 0 and 1.
  CHECK(entry(f, "w", "thoi") == json::parse(R"({"t":[0],"v":{"thơi2":[0,1]}})"));
  CHECK(entry(f, "w", "hoc") == json::parse(R"({"v":{"hoc5":[0,1]}})"));
  CHECK(entry(f, "w", "khong-co").is_null());
}

TEST_CASE("search::build_index: pairs of neighbouring words with their positions", "[search]") {
  const IndexFiles f = build_index(sample_docs(), {}, nullptr);
  // "thời khoá" at word 0 of the text of doc 1, "thời gian" at word 6; in the title of doc 0 at 0.
  CHECK(entry(f, "p", "thoi khoa") == json::parse(R"({"b":[1,1,0],"t":[0,1,0]})"));
  CHECK(entry(f, "p", "khoa bieu") == json::parse(R"({"b":[1,1,1],"t":[0,1,1]})"));
  CHECK(entry(f, "p", "thoi gian") == json::parse(R"({"b":[1,1,6]})"));
  // No pair across the title and the text: "bieu lich" (title of 0, then its text) is not one.
  CHECK(entry(f, "p", "bieu lich").is_null());
}

TEST_CASE("search::build_index: documents in chunks, strings escaped", "[search]") {
  auto docs = sample_docs();
  docs[2].title = "Dấu \"ngoặc\" \\ <b>";
  IndexOptions opt;
  opt.docs_per_chunk = 2;
  const IndexFiles f = build_index(docs, opt, nullptr);
  CHECK(file(f, "d/0.json") == json::parse(R"([["/tkb/","Thời khóa biểu","10/01/2025","Tin tức","Lịch học mới."],
                                                ["/cu/","Thông báo","05/01/2025","Tin tức",""]])"));
  CHECK(file(f, "d/1.json")[0][1] == "Dấu \"ngoặc\" \\ <b>");
  CHECK(f.files.count("d/2.json") == 0);
}

TEST_CASE("search::build_index: shards are split by prefix when over the cap", "[search]") {
  std::vector<Document> docs;
  for (int i = 0; i < 300; ++i)
    docs.push_back({"/" + std::to_string(i) + "/", "Bài " + std::to_string(i), "", "", "",
                    "thời khoá biểu tuần " + std::to_string(i % 7) + " học sinh lớp " + std::to_string(i % 5)});
  IndexOptions opt;
  opt.word_shard_postings = 400;
  opt.pair_shard_postings = 400;
  const IndexFiles f = build_index(docs, opt, nullptr);
  const json m = file(f, "manifest.json");
  CHECK(m["w"].size() > 3);
  CHECK(m["p"].size() > 3);
  // Every word and pair is in exactly the shard the lookup rule gives.
  CHECK(entry(f, "w", "thoi")["v"]["thơi2"].size() == 300);
  CHECK(entry(f, "w", "3")["v"]["3"].size() == 94);  // tuần 3 (43) or lớp 3 (60), both in 9
  CHECK(entry(f, "p", "lop 4")["b"].size() == 60 * 3);
  size_t shards = 0;
  for (const auto& [rel, bytes] : f.files) shards += rel[0] == 'w' || rel[0] == 'p';
  CHECK(shards == m["w"].size() + m["p"].size());
}

TEST_CASE("search::build_index gives the same bytes on one thread and on several", "[search]") {
  std::vector<Document> docs;
  for (int i = 0; i < 500; ++i)
    docs.push_back({"/" + std::to_string(i) + "/", "Tin " + std::to_string(i % 13), "", "", "",
                    "Đoàn đội " + std::to_string(i % 11) + " khoá học " + std::to_string(i % 3) + " thời khóa biểu"});
  wt::ThreadPool pool(3);
  const IndexFiles one = build_index(docs, {}, nullptr);
  const IndexFiles many = build_index(docs, {}, &pool);
  CHECK(one.files == many.files);
}

TEST_CASE("search::build_index: each written form of a word (case, NFD, tone placement) is one word", "[search]") {
  // The index folds each written form once and looks it up after that: the
  // forms must still land on their word and spelling, and a lone mark (no
  // word) must neither take a position nor break a pair.
  const std::vector<Document> docs = {
      {"/a/", "", "", "", "", "Khoá khoá KHÓA kho\u0301a \u0301 khoa"},
      {"/b/", "KHOÁ", "", "", "", "khoá khoa"},
  };
  const IndexFiles f = build_index(docs, {}, nullptr);
  CHECK(entry(f, "w", "khoa") == json::parse(R"({"t":[1],"v":{"khoa":[0,1],"khoa1":[0,1]}})"));
  // Positions 0 to 3 in doc 0 (the mark is skipped: "khóa khoa" is 3), 0 in doc 1.
  CHECK(entry(f, "p", "khoa khoa") == json::parse(R"({"b":[0,4,0,1,1,1,1,1,0]})"));
}

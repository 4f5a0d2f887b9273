#include <catch2/catch.hpp>

#include <atomic>
#include <string>
#include <thread>
#include <vector>

#include "markdown/cmark_env.hpp"
#include "markdown/markdown.hpp"

using namespace wt;

namespace {

class Resolver : public markdown::LinkResolver {
 public:
  std::optional<std::string> resolve(std::string_view target) const override {
    if (target.substr(0, target.find('#')) == "lich.md") return std::string("/lich/");
    return std::nullopt;
  }
};

std::vector<std::string> corpus() {
  std::vector<std::string> docs;
  for (int i = 0; i < 24; ++i) {
    std::string d = "# Bài " + std::to_string(i) + "\n\n";
    for (int k = 0; k < 20; ++k) {
      d += "Đoạn ~~cũ~~ **mới** www.example" + std::to_string(k) + ".vn và https://moet.gov.vn/" +
           std::to_string(i) + " [lịch](@/lich.md#t" + std::to_string(k) + ") `mã` ~gạch~\n\n";
      if (k % 5 == 0) d += "## Mục " + std::to_string(k % 3) + "\n\n| a | b |\n|---|---|\n| ~~" +
                           std::to_string(k) + "~~ | www.x.vn |\n\n- [x] xong\n- [ ] chưa\n\n";
      if (k % 7 == 0) d += "<span onclick=\"x\">ấn</span> [h](@/khong-co.md)\n\n";
    }
    docs.push_back(std::move(d));
  }
  return docs;
}

struct Result {
  std::string html, summary;
  size_t toc = 0, links = 0;
  bool operator==(const Result& o) const {
    return html == o.html && summary == o.summary && toc == o.toc && links == o.links;
  }
};

Result render_one(const std::string& doc, DiagnosticSink& sink) {
  static const Resolver resolver;
  auto r = markdown::render(doc, "content/a.md", 3, &resolver, {}, sink);
  return {std::move(r.html), std::move(r.summary), r.toc.size(), r.internal_links.size()};
}

}  // namespace

TEST_CASE("markdown::render gives identical output from 4 threads at once", "[markdown][threads]") {
  const auto docs = corpus();
  std::vector<Result> expected;
  DiagnosticSink single;
  for (const auto& d : docs) expected.push_back(render_one(d, single));
  // The single-thread run itself must have used the extensions.
  REQUIRE(expected[0].html.find("<del>cũ</del>") != std::string::npos);
  REQUIRE(expected[0].html.find("<a href=\"http://www.example0.vn\">") != std::string::npos);

  constexpr int kThreads = 4;
  constexpr int kRounds = 15;
  std::atomic<int> mismatches{0};
  DiagnosticSink shared;
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int round = 0; round < kRounds; ++round) {
        for (size_t i = 0; i < docs.size(); ++i) {
          size_t k = (i + static_cast<size_t>(t) * 7) % docs.size();  // threads work on different docs
          if (!(render_one(docs[k], shared) == expected[k])) ++mismatches;
        }
      }
    });
  }
  for (auto& th : threads) th.join();
  CHECK(mismatches.load() == 0);
  CHECK(shared.error_count() == single.error_count() * kThreads * kRounds);
  CHECK(shared.warning_count() == single.warning_count() * kThreads * kRounds);
}

TEST_CASE("markdown: cmark-gfm parses run in parallel (special-character override active)",
          "[markdown][threads]") {
  CHECK(markdown::detail::parses_in_parallel());
}

// Slugs longer than kMaxSlugBytes are cut after a whole word and stay
// unique; shorter ones never change (no published address moves).
#include <catch2/catch.hpp>

#include "content/content_tree.hpp"
#include "core/text.hpp"
#include "support/temp_site.hpp"

using namespace wt;
using namespace wt::content;

namespace {

std::string words(int n, const std::string& word) {
  std::string out;
  for (int i = 0; i < n; ++i) out += (i ? "-" : "") + word;
  return out;
}

std::unique_ptr<ContentTree> load(const test::TempSite& site, DiagnosticSink& sink) {
  LoadOptions o;
  o.site_dir = site.path();
  o.now = 1767225600;
  config::SiteConfig cfg;
  cfg.name = "Trường THCS Thử";
  return load_content(o, cfg, sink);
}

}  // namespace

TEST_CASE("wt::cap_slug cuts after the last whole word that fits", "[content][slug]") {
  struct Case {
    std::string in;
    size_t max;
    std::string out;
  };
  const std::string w148 = words(29, "abcd") + "-xyz";  // 29*5-1 + 4 = 148 bytes
  for (const Case& c : std::vector<Case>{
           {"mot-hai-ba", 8, "mot-hai"},
           {"mot-hai-ba", 10, "mot-hai-ba"},       // fits: unchanged
           {"mot-hai-ba", 7, "mot-hai"},           // the cut falls on the dash
           {"mothaiba", 5, "motha"},               // one long word: cut at the limit
           {"", 150, ""},
           {w148, 150, w148},
           {w148 + "-dai", 150, w148},
           {words(40, "abcd"), 150, words(30, "abcd")},  // 149 bytes
       }) {
    INFO(c.in << " / " << c.max);
    CHECK(cap_slug(c.in, c.max) == c.out);
    CHECK(cap_slug(c.in, c.max).size() <= c.max);
  }
  CHECK(kMaxSlugBytes == 150);
}

TEST_CASE("content::load_content cuts long page and term slugs and keeps them unique", "[content][slug]") {
  const std::string title = "Hội nghị cán bộ công chức viên chức năm học mới của nhà trường";  // a 62-byte slug
  const std::string long_title = title + " " + title + " " + title + " " + title;           // 251 bytes
  const std::string cut = "hoi-nghi-can-bo-cong-chuc-vien-chuc-nam-hoc-moi-cua-nha-truong-hoi-nghi-can-bo-cong-chuc-"
                          "vien-chuc-nam-hoc-moi-cua-nha-truong-hoi-nghi-can-bo-cong";  // 146 bytes
  REQUIRE(cut.size() == 146);
  auto page = [](const std::string& t, const std::string& tag) {
    return "---\ntitle: \"" + t + "\"\ndate: 2025-09-05\ntags: [\"" + tag + "\"]\n---\n";
  };
  test::TempSite site(R"(
-- content/tin-tuc/_index.md --
---
title: Tin tức
---
)");
  site.write("content/tin-tuc/a.md", page(long_title, long_title));
  site.write("content/tin-tuc/b.md", page(long_title + " lần hai", long_title + " khác"));
  site.write("content/tin-tuc/c.md", page(title, cut));  // a short tag whose slug is the cut of the long ones
  DiagnosticSink sink;
  auto tree = load(site, sink);
  INFO(sink.sorted().size());
  REQUIRE_FALSE(sink.has_errors());
  auto slug_of = [&](const std::string& path) { return tree->by_content_path.at(path)->slug; };
  CHECK(slug_of("tin-tuc/a.md") == cut);
  CHECK(slug_of("tin-tuc/b.md") == cut + "-2");
  CHECK(slug_of("tin-tuc/c.md") == slugify(title));  // short: unchanged
  // Terms: the short one keeps its whole slug; the two long ones are cut and numbered.
  const Taxonomy& tags = tree->tags;
  REQUIRE(tags.terms.size() == 3);
  CHECK(tags.terms.count(cut));
  CHECK(tags.terms.at(cut).name == cut);
  CHECK(tags.slug_of(long_title) == cut + "-2");
  CHECK(tags.slug_of(long_title + " khác") == cut + "-3");
  for (const auto& [slug, term] : tags.terms) CHECK(slug.size() <= kMaxSlugBytes);
}

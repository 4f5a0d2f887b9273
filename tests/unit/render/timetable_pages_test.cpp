// The pages of a timetable: one per class and one per teacher, each in a
// folder of its own, whatever the names are (long, alike once folded, or
// without a letter).
#include <catch2/catch.hpp>

#include <filesystem>
#include <set>
#include <string>

#include "core/text.hpp"
#include "data/data_set.hpp"
#include "render/data_views.hpp"
#include "support/temp_site.hpp"

namespace fs = std::filesystem;
using namespace wt;

TEST_CASE("render::data_pages: every class and teacher has a folder of its own, under 150 bytes", "[render][data]") {
  const std::string long_name(40, 'x');
  const std::string longer = "Nguyễn " + std::string(200, 'a') + " Văn " + std::string(30, 'b');
  test::TempSite site(
      "-- data/thoi-khoa-bieu/hk1-2025-2026.csv --\n"
      "class,day,session,period,subject,teacher,room\n"
      "6A1,2,sang,1,Toán,Nguyễn Văn An,P.101\n"
      "6A2,2,sang,1,Toán,Nguyen Van An,P.102\n"
      "6A3,2,sang,1,Toán,\"" + longer + "\",P.103\n"
      "6A4,2,sang,1,Toán,\"" + longer + " B\",P.104\n"
      "6A5,2,sang,1,Toán,???,P.105\n");
  DiagnosticSink sink;
  data::DataSet data = data::load_data(site.path(), fs::path(WT_SOURCE_DIR) / "schemas", sink);
  INFO(sink.error_count());
  REQUIRE(sink.error_count() == 0);
  auto pages = render::data_pages(data, {}, 1767225600, 420, "/");
  std::set<std::string> urls, teacher_urls;
  for (const auto& p : pages) {
    CHECK(urls.insert(p.url).second);  // no two pages at one address
    const std::string prefix = "/thoi-khoa-bieu/giao-vien/";
    if (p.url.rfind(prefix, 0) != 0) continue;
    teacher_urls.insert(p.url);
    const std::string folder = p.url.substr(prefix.size(), p.url.size() - prefix.size() - 1);
    CHECK(!folder.empty());
    CHECK(folder.size() <= kMaxSlugBytes);
  }
  // Sorted names: "???", then the two long ones, "Nguyen Van An", "Nguyễn Văn An".
  const std::string cut = cap_slug(slugify(longer));
  CHECK(teacher_urls == std::set<std::string>{
                            "/thoi-khoa-bieu/giao-vien/giao-vien/",
                            "/thoi-khoa-bieu/giao-vien/" + cut + "/",
                            "/thoi-khoa-bieu/giao-vien/" + cap_slug(slugify(longer), kMaxSlugBytes - 2) + "-2/",
                            "/thoi-khoa-bieu/giao-vien/nguyen-van-an/",
                            "/thoi-khoa-bieu/giao-vien/nguyen-van-an-2/",
                        });
}

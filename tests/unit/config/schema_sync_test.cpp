// The JSON Schemas in schemas/ document the same keys the code accepts.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <set>

#include "config/site_config.hpp"
#include "core/file_io.hpp"

namespace fs = std::filesystem;
using namespace wt;

namespace {
std::set<std::string> schema_keys(const std::string& file) {
  auto text = read_file(fs::path(WT_SOURCE_DIR) / "schemas" / file);
  REQUIRE(text);
  auto j = nlohmann::json::parse(*text);
  std::set<std::string> keys;
  for (auto it = j["properties"].begin(); it != j["properties"].end(); ++it) keys.insert(it.key());
  return keys;
}
}  // namespace

TEST_CASE("schemas/site.schema.json lists exactly the keys site.yaml accepts", "[config]") {
  const auto& code = config::site_config_keys();
  CHECK(schema_keys("site.schema.json") == std::set<std::string>(code.begin(), code.end()));
}

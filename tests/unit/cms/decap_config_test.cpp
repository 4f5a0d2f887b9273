// The forms of Decap CMS made from our schemas and a site's content folders:
// every schema key becomes a field with the schema's rules, the YAML written
// reads back as the same value whatever the text holds, and the site's
// sections, pages and seven kinds of data each get their collection.
#include <catch2/catch.hpp>

#include <functional>
#include <set>

#include "cms/decap_config.hpp"
#include "cms/schema_fields.hpp"
#include "cms/site_shape.hpp"
#include "cms/yaml_writer.hpp"
#include "core/file_system.hpp"
#include "core/file_io.hpp"
#include "data/yaml_loader.hpp"

#include <unistd.h>

#include <map>

namespace fs = std::filesystem;
using wt::cms::Json;

namespace {

const fs::path kSchemas = fs::path(WT_SOURCE_DIR) / "schemas";

// The YAML read back by the loader the build uses for data files.
nlohmann::json read_back(const std::string& yaml) {
  wt::DiagnosticSink sink;
  auto parsed = wt::data::load_yaml("config.yml", yaml, sink);
  INFO(yaml);
  REQUIRE(parsed);
  REQUIRE_FALSE(sink.has_errors());
  return parsed->value;
}

Json schema_file(const std::string& rel) {
  wt::FileError error;
  auto text = wt::real_file_system().read(kSchemas / rel, &error, 1 << 20);
  REQUIRE(text);
  return Json::parse(*text);
}

const Json* field_named(const Json& fields, const std::string& name) {
  for (const auto& f : fields)
    if (f.contains("name") && f["name"] == name) return &f;
  return nullptr;
}

wt::cms::SiteShape example_shape() {
  wt::DiagnosticSink sink;
  auto shape = wt::cms::read_site_shape(fs::path(WT_SOURCE_DIR) / "site.example", wt::real_file_system(), sink);
  REQUIRE_FALSE(sink.has_errors());
  return shape;
}

}  // namespace

TEST_CASE("write_yaml: what it writes reads back as the same value, whatever the strings hold", "[cms]") {
  Json v;
  v["plain"] = "Tin tức";
  v["quotes"] = "a \"b\" 'c' # d: e";
  v["lines"] = "một\nhai\r\nba\ttab";
  v["template"] = "{{title}} ({{date | date('DD/MM/YYYY')}})";
  v["regex"] = "^([0-9]{1,2}/[0-9]{1,2}/[0-9]{4}|\\d{4})$";
  v["looks like other types"] = Json::array({"true", "null", "2026-2027", "07:30", "0912", "- x", "[a]", "~"});
  v["numbers"] = Json::array({0, -3, 1500000, 2.5});
  v["flags"] = Json::array({true, false});
  v["empty"] = Json::object();
  v["none"] = Json::array();
  v["nested"] = Json::array({Json{{"a", Json::array({Json{{"b", 1}}, "c"})}, {"d", Json::array({Json::array({1, 2})})}}});
  v["control \x01 key:"] = "\x02";
  const std::string yaml = wt::cms::write_yaml(v);
  CHECK(read_back(yaml) == nlohmann::json::parse(v.dump()));
  CHECK(yaml.find("plain: \"Tin tức\"\n") != std::string::npos);  // Vietnamese stays readable
}

TEST_CASE("decap_field: the rules of the fee schema become the rules of its form", "[cms]") {
  const Json schema = schema_file("data/fees.schema.json");
  std::string error;
  auto fields = wt::cms::decap_fields(schema, &error);
  REQUIRE(fields);
  const Json* year = field_named(*fields, "school_year");
  REQUIRE(year);
  CHECK((*year)["label"] == "Năm học");
  CHECK((*year)["widget"] == "string");
  CHECK((*year)["required"] == true);
  CHECK((*year)["pattern"][0] == "^[0-9]{4}-[0-9]{4}$");
  CHECK((*year)["pattern"][1].get<std::string>().find("yyyy-yyyy") != std::string::npos);
  const Json* note = field_named(*fields, "note");
  REQUIRE(note);
  CHECK((*note)["required"] == false);

  const Json* items = field_named(*fields, "items");
  REQUIRE(items);
  CHECK((*items)["widget"] == "list");
  CHECK((*items)["min"] == 1);
  const Json* amount = field_named((*items)["fields"], "amount");
  REQUIRE(amount);
  CHECK((*amount)["widget"] == "number");
  CHECK((*amount)["value_type"] == "int");
  CHECK((*amount)["min"] == 0);
  CHECK((*amount)["hint"] == "Đơn vị: đồng");
  const Json* months = field_named((*items)["fields"], "months");
  REQUIRE(months);
  CHECK((*months)["max"] == 12);
  CHECK((*months)["required"] == false);
  const Json* mandatory = field_named((*items)["fields"], "mandatory");
  REQUIRE(mandatory);
  CHECK((*mandatory)["widget"] == "boolean");
  CHECK((*mandatory)["default"] == false);
  CHECK((*mandatory)["required"] == false);  // Decap would refuse to save an older file without it
}

TEST_CASE("decap_field: enums, dates, times, lists of words and files", "[cms]") {
  std::string error;
  auto select = wt::cms::decap_field(
      "session", Json::parse(R"({"type":"string","enum":["sang","chieu"],"x-enum-labels":["Sáng","Chiều"],"description":"Buổi"})"),
      true, &error);
  REQUIRE(select);
  CHECK((*select)["widget"] == "select");
  CHECK((*select)["options"] == Json::parse(R"([{"label":"Sáng","value":"sang"},{"label":"Chiều","value":"chieu"}])"));

  auto date = wt::cms::decap_field(
      "date", Json::parse(R"({"type":"string","x-what":"date","x-expected":"dd/mm/yyyy","pattern":"^x$"})"), false, &error);
  REQUIRE(date);
  CHECK((*date)["widget"] == "datetime");
  CHECK((*date)["format"] == "DD/MM/YYYY");
  CHECK((*date)["time_format"] == false);
  CHECK_FALSE(date->contains("pattern"));  // the picker writes the format; a pattern on it would refuse its own value

  auto words = wt::cms::decap_field("steps", Json::parse(R"({"type":"array","minItems":2,"description":"Các bước",
      "items":{"type":"string","minLength":1,"description":"Bước"}})"), true, &error);
  REQUIRE(words);
  CHECK((*words)["widget"] == "list");
  CHECK((*words)["min"] == 2);
  CHECK((*words)["field"]["widget"] == "string");
  CHECK((*words)["field"]["label"] == "Bước");

  auto file = wt::cms::decap_field("file", Json::parse(R"({"type":"string","x-widget":"file"})"), false, &error);
  REQUIRE(file);
  CHECK((*file)["widget"] == "file");

  auto strings = wt::cms::decap_field(
      "tags", Json::parse(R"({"oneOf":[{"type":"array","items":{"type":"string"}},{"type":"string"}],"description":"Thẻ"})"),
      false, &error);
  REQUIRE(strings);
  CHECK((*strings)["widget"] == "list");
  CHECK((*strings)["label"] == "Thẻ");
}

TEST_CASE("decap_field: a shape no form can hold is an error naming the key", "[cms]") {
  std::string error;
  CHECK_FALSE(wt::cms::decap_field("x", Json::parse(R"({"description":"no type"})"), true, &error));
  CHECK(error.find("'x'") != std::string::npos);
  CHECK_FALSE(wt::cms::decap_field("y", Json::parse(R"({"oneOf":[{"type":"string"},{"type":"integer"}]})"), true, &error));
  CHECK(error.find("'y'") != std::string::npos);
  CHECK_FALSE(wt::cms::decap_fields(Json::parse(R"({"type":"object"})"), &error));
}

TEST_CASE("decap_fields: every key of every data schema has its field, at every depth", "[cms]") {
  for (const char* kind : {"organisation", "disclosures", "procedures", "fees", "timetables", "work_schedule", "documents"}) {
    INFO(kind);
    const Json schema = schema_file(std::string("data/") + kind + ".schema.json");
    std::string error;
    auto fields = wt::cms::decap_fields(schema, &error);
    INFO(error);
    REQUIRE(fields);
    // Walks the schema and the fields side by side.
    std::function<void(const Json&, const Json&)> same_keys = [&](const Json& object_schema, const Json& fields) {
      std::set<std::string> from_schema, from_form;
      for (auto it = object_schema["properties"].begin(); it != object_schema["properties"].end(); ++it) {
        from_schema.insert(it.key());
        const Json* f = field_named(fields, it.key());
        REQUIRE(f);
        const bool required = object_schema.contains("required") &&
                              std::find(object_schema["required"].begin(), object_schema["required"].end(), it.key()) !=
                                  object_schema["required"].end();
        CHECK((*f)["required"] == (required && (*f)["widget"] != "boolean"));
        const Json& sub = it.value();
        if (sub.value("type", "") == "object") same_keys(sub, (*f)["fields"]);
        if (sub.value("type", "") == "array" && sub["items"].value("type", "") == "object")
          same_keys(sub["items"], (*f)["fields"]);
      }
      for (const auto& f : fields) from_form.insert(f["name"].get<std::string>());
      CHECK(from_schema == from_form);
    };
    same_keys(schema, *fields);
  }
}

TEST_CASE("read_site_shape: sections with their titles, pages at the top, bundles and dot-folders skipped", "[cms]") {
  wt::MemoryFileSystem files;
  files.add("/s/content/_index.md", "---\ntitle: Trang chủ\n---\n");
  files.add("/s/content/lien-he.md", "---\ntitle: Liên hệ\n---\n");
  files.add("/s/content/tin-tuc/_index.md", "---\ntitle: Tin tức – sự kiện\n---\n");
  files.add("/s/content/tin-tuc/a.md", "---\ntitle: A\n---\n");
  files.add("/s/content/tin-tuc/bai-co-anh/index.md", "---\ntitle: B\n---\n");
  files.add("/s/content/tin-tuc/bai-co-anh/anh.jpg", "x");
  files.add("/s/content/gioi-thieu/_index.md", "---\ntitle: Giới thiệu\nsort_by: weight\n---\n");
  files.add("/s/content/gioi-thieu/to-chuc/co-cau.md", "---\ntitle: C\n---\n");
  files.add("/s/content/.git/x.md", "---\ntitle: hidden\n---\n");
  files.add("/s/content/anh/chi-co-anh.jpg", "x");
  files.add("/s/content/hong/_index.md", "---\ntitle: [unclosed\n---\n");
  files.add("/s/content/hong/x.md", "---\ntitle: X\n---\n");
  files.add("/s/content/thoi-khoa-bieu/_index.md", "---\ntitle: Thời khóa biểu\n---\n");
  files.add("/s/content/thong-bao/_index.md", "---\ntitle: Thông báo\n---\n");
  wt::DiagnosticSink sink;
  auto shape = wt::cms::read_site_shape("/s", files, sink);
  CHECK_FALSE(sink.has_errors());
  REQUIRE(shape.sections.size() == 5);
  CHECK(shape.sections[0].folder == "gioi-thieu");
  CHECK(shape.sections[0].title == "Giới thiệu");
  CHECK_FALSE(shape.sections[0].dated);
  CHECK(shape.sections[1].folder == "gioi-thieu/to-chuc");
  CHECK(shape.sections[1].title == "to-chuc");
  CHECK(shape.sections[2].folder == "hong");
  CHECK(shape.sections[2].title == "hong");  // a broken _index.md: build reports it; the form keeps the folder name
  CHECK(shape.sections[3].folder == "thong-bao");  // only its _index.md so far: posts are made in the CMS
  CHECK(shape.sections[4].folder == "tin-tuc");
  CHECK(shape.sections[4].title == "Tin tức – sự kiện");
  CHECK(shape.sections[4].dated);
  REQUIRE(shape.single_pages.size() == 3);
  CHECK(shape.single_pages[2].file == "thoi-khoa-bieu/_index.md");
  CHECK(shape.single_pages[0].file == "_index.md");
  CHECK(shape.single_pages[0].title == "Trang chủ");
  CHECK(shape.single_pages[1].file == "lien-he.md");
  CHECK(shape.single_pages[1].title == "Liên hệ");
}

TEST_CASE("decap_config: site.example's forms, read back as the CMS reads them", "[cms]") {
  wt::DiagnosticSink sink;
  wt::cms::CmsOptions options;
  options.site_url = "https://thcs-nguyendu.example.vn/";
  auto yaml = wt::cms::decap_config(example_shape(), kSchemas, options, sink);
  REQUIRE(yaml);
  CHECK_FALSE(sink.has_errors());
  const auto config = read_back(*yaml);
  CHECK(config["locale"] == "vi");
  CHECK(config["backend"]["name"] == "proxy");
  CHECK(config["backend"]["proxy_url"] == "http://127.0.0.1:8081/api/v1");
  CHECK(config["site_url"] == "https://thcs-nguyendu.example.vn/");
  CHECK(config["slug"]["encoding"] == "ascii");
  CHECK(config["slug"]["clean_accents"] == true);

  std::set<std::string> names;
  std::map<std::string, nlohmann::json> by_name;
  for (const auto& c : config["collections"]) {
    CHECK(names.insert(c["name"].get<std::string>()).second);
    by_name[c["name"]] = c;
    if (c.contains("folder")) CHECK(fs::is_directory(fs::path(WT_SOURCE_DIR) / "site.example" / c["folder"].get<std::string>()));
  }
  REQUIRE(by_name.count("tin-tuc"));
  const auto& news = by_name["tin-tuc"];
  CHECK(news["folder"] == "content/tin-tuc");
  CHECK(news["label"] == "Tin tức - Sự kiện");  // the title of content/tin-tuc/_index.md
  CHECK(news["format"] == "frontmatter");
  nlohmann::json date, status, body;
  for (const auto& f : news["fields"]) {
    if (f["name"] == "date") date = f;
    if (f["name"] == "status") status = f;
    if (f["name"] == "body") body = f;
  }
  CHECK(date["widget"] == "datetime");
  CHECK(date["required"] == true);
  CHECK(status["default"] == "review");
  CHECK(body["widget"] == "markdown");
  REQUIRE(by_name.count("trang"));
  // _index.md, hoi-dap.md, lien-he.md, and the intros of the four sections made from data.
  REQUIRE(by_name["trang"]["files"].size() == 7);
  CHECK(by_name["trang"]["files"][2]["file"] == "content/lien-he.md");
  CHECK(by_name["trang"]["files"][2]["label"] == "Liên hệ");
  CHECK(by_name["trang"]["files"][4]["file"] == "content/thoi-khoa-bieu/_index.md");
  CHECK(by_name["trang"]["files"][4]["label"] == "Thời khóa biểu (lời giới thiệu)");
  CHECK(by_name.count("thoi-khoa-bieu") == 0);  // no collection of posts where the build lists data
  CHECK(by_name.count("thong-bao") == 1);
  for (const char* data : {"du-lieu-to-chuc", "du-lieu-van-ban", "du-lieu-cong-khai", "du-lieu-khoan-thu", "du-lieu-thu-tuc",
                           "du-lieu-thoi-khoa-bieu", "du-lieu-lich-cong-tac"}) {
    INFO(data);
    CHECK(by_name.count(data) == 1);
  }
  CHECK(by_name["du-lieu-khoan-thu"]["folder"] == "data/khoan-thu");
  CHECK(by_name["du-lieu-khoan-thu"]["format"] == "yml");
  CHECK(by_name["du-lieu-khoan-thu"]["label"] == "Các khoản thu theo năm học");
  CHECK(by_name["du-lieu-van-ban"]["files"][0]["file"] == "data/van-ban.yaml");
}

TEST_CASE("decap_config: hosted backends name their repository, and hostile titles stay text", "[cms]") {
  wt::cms::SiteShape shape;
  shape.sections.push_back({"tin-tuc", "\"}\n- name: x\nbackend: {name: github} # {{", true, true});
  wt::cms::CmsOptions options;
  options.backend = "gitea";
  options.repo = "sogd/thcs-a";
  options.api_root = "https://git.sogd.edu.vn/api/v1";
  wt::DiagnosticSink sink;
  auto yaml = wt::cms::decap_config(shape, kSchemas, options, sink);
  REQUIRE(yaml);
  const auto config = read_back(*yaml);
  CHECK(config["backend"] == nlohmann::json::parse(
                                 R"({"name":"gitea","repo":"sogd/thcs-a","api_root":"https://git.sogd.edu.vn/api/v1","branch":"main"})"));
  CHECK(config["collections"][0]["label"] == shape.sections[0].title);
  CHECK(config["collections"].size() == 1 + 7);
}

TEST_CASE("decap_config: a content folder named like a data form is an error, not two collections", "[cms]") {
  wt::cms::SiteShape shape;
  shape.sections.push_back({"du-lieu-khoan-thu", "X", true, false});
  wt::DiagnosticSink sink;
  CHECK_FALSE(wt::cms::decap_config(shape, kSchemas, {}, sink));
  REQUIRE(sink.has_errors());
  CHECK(sink.sorted()[0].code == "cms.name");
}

TEST_CASE("decap_config: a missing or broken schema is an error naming its file", "[cms]") {
  auto dir = fs::temp_directory_path() / ("wt-cms-schemas-" + std::to_string(::getpid()));
  fs::create_directories(dir / "data");
  {
    wt::DiagnosticSink sink;
    CHECK_FALSE(wt::cms::decap_config({}, dir, {}, sink));
    REQUIRE(sink.has_errors());
    CHECK(sink.sorted()[0].position.file.find("front-matter.schema.json") != std::string::npos);
  }
  fs::copy_file(kSchemas / "front-matter.schema.json", dir / "front-matter.schema.json");
  wt::write_file_replacing(dir / "data" / "organisation.schema.json", "{\"type\": \"object\", \"properties\": {\"x\": 1}}", nullptr);
  {
    wt::DiagnosticSink sink;
    CHECK_FALSE(wt::cms::decap_config({}, dir, {}, sink));
    REQUIRE(sink.has_errors());
    CHECK(sink.sorted()[0].position.file.find("organisation.schema.json") != std::string::npos);
    CHECK(sink.sorted()[0].code == "cms.schema");
  }
  fs::remove_all(dir);
}

TEST_CASE("decap_admin_page: the script's address is an attribute value, whatever it holds", "[cms]") {
  const std::string page = wt::cms::decap_admin_page("x\"><script>alert(1)</script>");
  CHECK(page.find("<script>alert") == std::string::npos);
  CHECK(page.find("src=\"x&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\"") != std::string::npos);
  CHECK(page.find("rel=\"cms-config-url\"") != std::string::npos);
  CHECK(page.find("<html lang=\"vi\">") != std::string::npos);
}

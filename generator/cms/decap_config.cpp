#include "cms/decap_config.hpp"

#include <array>
#include <set>

#include "cms/schema_fields.hpp"
#include "cms/yaml_writer.hpp"
#include "core/file_system.hpp"
#include "data/kind.hpp"

namespace wt::cms {
namespace {

// Where each kind of data lives (data/kind.cpp) and how a new file is named.
struct DataForm {
  data::Kind kind;
  const char* place;      ///< a folder under data/, or a file for the kinds kept in one file
  bool one_file;
  const char* slug;       ///< the file name of a new entry (folder kinds)
  const char* identifier; ///< the field that names an entry in the list
};

constexpr std::array<DataForm, 7> kDataForms = {{
    {data::Kind::Organisation, "to-chuc.yaml", true, "", ""},
    {data::Kind::Documents, "van-ban.yaml", true, "", ""},
    {data::Kind::Disclosures, "cong-khai", false, "{{school_year}}", "school_year"},
    {data::Kind::Fees, "khoan-thu", false, "{{school_year}}", "school_year"},
    {data::Kind::Procedures, "thu-tuc", false, "{{slug}}", "name"},
    {data::Kind::Timetables, "thoi-khoa-bieu", false, "hk{{semester}}-{{school_year}}", "school_year"},
    // The file of a week is named by its Monday, yyyy-mm-dd (data/semantic_checks.cpp).
    {data::Kind::WorkSchedule, "lich-cong-tac", false, "{{week_start}}", "week_start"},
}};

// A front matter key, the label the form shows and how it is edited.
struct PageField {
  const char* key;
  const char* label;   ///< "" keeps the schema's description
  const char* widget;  ///< "" lets the schema decide
  const char* hint;
};

// The keys a teacher fills in, in the form's order; the others (slug,
// layout, weight, aliases ...) stay as they are in the file.
constexpr PageField kPostFields[] = {
    {"title", "Tiêu đề", "", ""},
    {"date", "Ngày đăng", "", ""},
    {"summary", "Tóm tắt", "text", "Một hai câu hiện trong danh sách bài và khi chia sẻ"},
    {"image", "Ảnh đại diện", "image", "Ảnh chụp bằng điện thoại được thu nhỏ khi dựng trang"},
    {"image_alt", "Mô tả ảnh", "", "Bắt buộc khi có ảnh: người không xem được ảnh sẽ nghe câu này"},
    {"categories", "Chuyên mục", "", ""},
    {"tags", "Thẻ", "", ""},
    {"author", "Tác giả", "", ""},
    {"source", "Nguồn tin", "", ""},
    {"portal", "Gửi bài lên cổng thông tin của Sở", "", ""},
    {"status", "Trạng thái duyệt", "", "Bài chỉ được đăng khi người duyệt chọn 'Đã duyệt' và ghi tên mình"},
    {"approved_by", "Người duyệt", "", "Họ tên và chức vụ, ví dụ: Nguyễn Thị Hoa (Trưởng ban biên tập)"},
};
constexpr PageField kPageFields[] = {
    {"title", "Tiêu đề", "", ""},
    {"description", "Mô tả ngắn", "text", "Hiện trong kết quả tìm kiếm"},
};

// The date and time of a post as front matter takes it: 2026-12-07T08:30:00+07:00.
constexpr const char* kPostDateFormat = "YYYY-MM-DDTHH:mm:ssZ";

class ConfigMaker {
 public:
  ConfigMaker(const std::filesystem::path& schemas_dir, DiagnosticSink& sink) : schemas_(schemas_dir), sink_(sink) {}

  std::optional<Json> read_schema(const std::filesystem::path& rel) {
    const auto path = schemas_ / rel;
    FileError error;
    auto text = real_file_system().read(path, &error, kMaxInputFileBytes);
    if (!text) {
      sink_.error({path.string(), 0, 0}, "cms.schema", "cannot read this schema: " + error.message);
      return std::nullopt;
    }
    Json schema = Json::parse(*text, nullptr, false);
    if (schema.is_discarded() || !schema.is_object()) {
      sink_.error({path.string(), 0, 0}, "cms.schema", "this schema is not a JSON object");
      return std::nullopt;
    }
    return schema;
  }

  void fail(const std::filesystem::path& rel, const std::string& why) {
    sink_.error({(schemas_ / rel).string(), 0, 0}, "cms.schema", "no form can be made from this schema: " + why);
  }

  // One field of a page, from the front matter schema with our label.
  std::optional<Json> page_field(const Json& fm_schema, const PageField& f, bool required) {
    const Json& props = fm_schema.at("properties");
    if (!props.contains(f.key)) {
      fail("front-matter.schema.json", std::string("it has no '") + f.key + "' key");
      return std::nullopt;
    }
    Json schema = props.at(f.key);
    if (schema.contains("$ref")) {  // "#/$defs/date" and "#/$defs/strings"
      std::string ref = schema["$ref"].get<std::string>();
      const std::string prefix = "#/$defs/";
      if (!ref.starts_with(prefix) || !fm_schema.contains("$defs") || !fm_schema["$defs"].contains(ref.substr(prefix.size()))) {
        fail("front-matter.schema.json", "'" + std::string(f.key) + "' refers to " + ref + ", which it does not define");
        return std::nullopt;
      }
      Json target = fm_schema["$defs"][ref.substr(prefix.size())];
      if (schema.contains("description")) target["description"] = schema["description"];
      schema = target;
    }
    if (*f.widget) schema["x-widget"] = f.widget;
    std::string error;
    auto field = decap_field(f.key, schema, required, &error);
    if (!field) {
      fail("front-matter.schema.json", error);
      return std::nullopt;
    }
    if (*f.label) (*field)["label"] = f.label;
    if (*f.hint) (*field)["hint"] = f.hint;
    return field;
  }

  std::optional<Json> post_fields(const Json& fm_schema, bool dated) {
    Json fields = Json::array();
    for (const auto& f : kPostFields) {
      auto field = page_field(fm_schema, f, std::string(f.key) == "title" || (dated && std::string(f.key) == "date"));
      if (!field) return std::nullopt;
      const std::string key = f.key;
      if (key == "date") {
        // A date with its time, as front matter writes it; shown as dd/mm/yyyy hh:mm.
        (*field)["widget"] = "datetime";
        (*field)["format"] = kPostDateFormat;
        (*field)["date_format"] = "DD/MM/YYYY";
        (*field)["time_format"] = "HH:mm";
        field->erase("pattern");
      }
      if (key == "status") {
        // The three states, in the words of the ban biên tập; new posts wait for review.
        (*field)["options"] = Json::array({Json{{"label", "Nháp"}, {"value", "draft"}},
                                           Json{{"label", "Chờ duyệt"}, {"value", "review"}},
                                           Json{{"label", "Đã duyệt (đăng lên trang)"}, {"value", "published"}}});
        (*field)["default"] = "review";
        (*field)["required"] = true;
      }
      fields.push_back(std::move(*field));
    }
    fields.push_back(Json{{"label", "Nội dung"}, {"name", "body"}, {"widget", "markdown"}, {"required", false}});
    return fields;
  }

  std::optional<Json> page_fields(const Json& fm_schema) {
    Json fields = Json::array();
    for (const auto& f : kPageFields) {
      auto field = page_field(fm_schema, f, std::string(f.key) == "title");
      if (!field) return std::nullopt;
      fields.push_back(std::move(*field));
    }
    fields.push_back(Json{{"label", "Nội dung"}, {"name", "body"}, {"widget", "markdown"}, {"required", false}});
    return fields;
  }

  // The label of a data collection: the schema's title up to its "(" note.
  static std::string data_label(const Json& schema, const std::string& fallback) {
    std::string title = schema.contains("title") && schema["title"].is_string() ? schema["title"].get<std::string>() : "";
    if (auto paren = title.find(" ("); paren != std::string::npos) title.resize(paren);
    return title.empty() ? fallback : title;
  }

  std::optional<Json> data_collection(const DataForm& form) {
    const std::string id = data::kind_id(form.kind);
    const std::filesystem::path rel = std::filesystem::path("data") / (id + ".schema.json");
    auto schema = read_schema(rel);
    if (!schema) return std::nullopt;
    std::string error;
    auto fields = decap_fields(*schema, &error);
    if (!fields) {
      fail(rel, error);
      return std::nullopt;
    }
    const std::string label = data_label(*schema, id);
    Json c;
    c["name"] = "du-lieu-" + std::string(form.one_file ? std::string(form.place).substr(0, std::string(form.place).find('.'))
                                                          : std::string(form.place));
    c["label"] = label;
    if (form.one_file) {
      Json file;
      file["name"] = id;
      file["label"] = label;
      file["file"] = "data/" + std::string(form.place);
      file["fields"] = *fields;
      c["files"] = Json::array({file});
    } else {
      c["folder"] = "data/" + std::string(form.place);
      c["create"] = true;
      c["extension"] = "yaml";
      c["format"] = "yml";
      c["slug"] = form.slug;
      c["identifier_field"] = form.identifier;
      c["summary"] = "{{" + std::string(form.identifier) + "}}";
      c["fields"] = *fields;
    }
    if (form.kind == data::Kind::WorkSchedule) {
      // The Monday is written yyyy-mm-dd, which names the file too.
      for (auto& f : c["fields"])
        if (f["name"] == "week_start") f["format"] = "YYYY-MM-DD";
    }
    return c;
  }

 private:
  std::filesystem::path schemas_;
  DiagnosticSink& sink_;
};

// "gioi-thieu/to-chuc" -> "gioi-thieu--to-chuc": a collection's name is one word of the address.
std::string collection_name(const std::string& folder) {
  std::string name;
  for (char c : folder) name += c == '/' ? std::string("--") : std::string(1, c);
  return name;
}

Json backend_of(const CmsOptions& o) {
  Json b;
  b["name"] = o.backend;
  if (o.backend == "proxy") {
    b["proxy_url"] = o.proxy_url;
  } else {
    b["repo"] = o.repo;
    if (!o.api_root.empty()) b["api_root"] = o.api_root;
  }
  b["branch"] = o.branch;
  return b;
}

}  // namespace

bool known_backend(const std::string& name) {
  return name == "proxy" || name == "github" || name == "gitlab" || name == "gitea";
}

std::optional<std::string> decap_config(const SiteShape& shape, const std::filesystem::path& schemas_dir,
                                        const CmsOptions& options, DiagnosticSink& sink) {
  ConfigMaker maker(schemas_dir, sink);
  auto fm_schema = maker.read_schema("front-matter.schema.json");
  if (!fm_schema) return std::nullopt;
  if (!fm_schema->contains("properties") || !(*fm_schema)["properties"].is_object()) {
    maker.fail("front-matter.schema.json", "it lists no keys");
    return std::nullopt;
  }

  Json config;
  config["locale"] = "vi";
  config["backend"] = backend_of(options);
  if (!options.site_url.empty()) config["site_url"] = options.site_url;
  config["media_folder"] = "static/images/uploads";
  config["public_folder"] = "/images/uploads";
  // New files are named without diacritics (đ -> d).
  config["slug"] = Json{{"encoding", "ascii"}, {"clean_accents", true}, {"sanitize_replacement", "-"}};

  Json collections = Json::array();
  std::set<std::string> names;
  for (const auto& section : shape.sections) {
    auto fields = maker.post_fields(*fm_schema, section.dated);
    if (!fields) return std::nullopt;
    Json c;
    c["name"] = collection_name(section.folder);
    c["label"] = section.title;
    c["label_singular"] = "bài";
    c["folder"] = "content/" + section.folder;
    c["create"] = true;
    c["extension"] = "md";
    c["format"] = "frontmatter";
    c["slug"] = "{{slug}}";
    c["preview_path"] = section.folder + "/{{slug}}/";
    if (section.dated) {
      c["summary"] = "{{title}} ({{date | date('DD/MM/YYYY')}})";
      c["sortable_fields"] = Json::array({"date", "title"});
    }
    c["fields"] = *fields;
    names.insert(c["name"].get<std::string>());
    collections.push_back(std::move(c));
  }
  if (!shape.single_pages.empty()) {
    auto fields = maker.page_fields(*fm_schema);
    if (!fields) return std::nullopt;
    Json files = Json::array();
    for (const auto& page : shape.single_pages) {
      const std::string stem = page.file.substr(0, page.file.size() - 3);
      Json f;
      f["name"] = stem == "_index" ? "trang-chu" : collection_name(stem);
      f["label"] = stem == "_index"          ? "Trang chủ (" + page.title + ")"
                   : stem.ends_with("/_index") ? page.title + " (lời giới thiệu)"
                                                : page.title;
      f["file"] = "content/" + page.file;
      f["fields"] = *fields;
      files.push_back(std::move(f));
    }
    Json c;
    c["name"] = "trang";
    c["label"] = "Trang";
    c["files"] = std::move(files);
    names.insert("trang");
    collections.push_back(std::move(c));
  }
  for (const auto& form : kDataForms) {
    auto c = maker.data_collection(form);
    if (!c) return std::nullopt;
    if (!names.insert((*c)["name"].get<std::string>()).second) {
      sink.error({"content/" + (*c)["name"].get<std::string>(), 0, 0}, "cms.name",
                 "this folder has the name the CMS gives the data forms; rename the folder");
      return std::nullopt;
    }
    collections.push_back(std::move(*c));
  }
  config["collections"] = std::move(collections);
  return "# Cấu hình Decap CMS của trang web này, do `webtruong cms` tạo từ các chuyên mục trong content/\n"
         "# và từ các lược đồ dữ liệu của Webtruong. Đừng sửa tay: chạy lại `webtruong cms` khi thêm chuyên mục.\n" +
         write_yaml(config);
}

std::string decap_admin_page(const std::string& script_src) {
  std::string escaped;
  for (char c : script_src) {
    switch (c) {
      case '&': escaped += "&amp;"; break;
      case '"': escaped += "&quot;"; break;
      case '<': escaped += "&lt;"; break;
      case '>': escaped += "&gt;"; break;
      default: escaped += c;
    }
  }
  return "<!doctype html>\n"
         "<html lang=\"vi\">\n"
         "<head>\n"
         "<meta charset=\"utf-8\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
         "<meta name=\"robots\" content=\"noindex\">\n"
         "<title>Biên tập nội dung</title>\n"
         "<link href=\"config.yml\" type=\"text/yaml\" rel=\"cms-config-url\">\n"
         "</head>\n"
         "<body>\n"
         "<noscript>Trang biên tập cần JavaScript.</noscript>\n"
         "<script src=\"" + escaped + "\"></script>\n"
         "</body>\n"
         "</html>\n";
}

}  // namespace wt::cms

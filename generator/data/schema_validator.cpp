// valijson adapter: load schemas, validate, word the errors.
#define VALIJSON_USE_EXCEPTIONS 1
#include "data/schema_validator.hpp"

#include <set>
#include <stdexcept>

#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include "core/file_io.hpp"
#include "core/text.hpp"
#include "data/schema_patterns.hpp"

namespace wt::data {

struct SchemaValidator::Impl {
  struct Loaded {
    valijson::Schema schema;
    SchemaJson raw;
    SchemaPatterns patterns;  ///< `pattern`, checked with RE2 (valijson's copy has none)
    bool ok = false;
  };
  std::array<Loaded, kAllKinds.size()> schemas;
  valijson::Validator validator{valijson::Validator::kStrongTypes};
};

namespace {

size_t index_of(Kind kind) { return static_cast<size_t>(kind); }

bool starts_with(const std::string& s, std::string_view prefix) { return s.compare(0, prefix.size(), prefix) == 0; }

// The text between the first pair of single quotes after `from`.
std::string quoted_name(const std::string& s, size_t from = 0) {
  size_t a = s.find('\'', from);
  size_t b = a == std::string::npos ? a : s.find('\'', a + 1);
  return b == std::string::npos ? "" : s.substr(a + 1, b - a - 1);
}

// valijson context ["<root>", "[items]", "[3]", "[amount]"] -> "/items/3/amount".
std::string to_pointer(const std::vector<std::string>& context) {
  std::string p;
  for (size_t i = 1; i < context.size(); ++i) {
    std::string t = context[i];
    if (t.size() >= 2 && t.front() == '[' && t.back() == ']') t = t.substr(1, t.size() - 2);
    p = pointer_child(p, t);
  }
  return p;
}

std::string number_text(const SchemaJson& n) {
  if (n.is_number_integer()) return std::to_string(n.get<long long>());
  return n.dump();
}

struct Wording {
  const SchemaJson& root;
  const nlohmann::json& value;
  const SourceMap& map;

  const nlohmann::json* value_at(const std::string& pointer) const {
    try {
      const nlohmann::json& v = value.at(nlohmann::json::json_pointer(pointer));
      return &v;
    } catch (...) {
      return nullptr;
    }
  }

  std::string this_noun(const std::string& pointer) const { return "this " + noun_at(root, pointer); }

  // Returns false when the error only repeats a more precise one (valijson's
  // "Failed to validate item #3" wrappers).
  bool word(const std::string& pointer, const std::string& desc, Diagnostic& d) const {
    const SchemaJson* sub = subschema_at(root, pointer);
    const nlohmann::json* v = value_at(pointer);
    const std::string label = field_label(root, pointer);
    const std::string shown = v ? describe_value(*v) : "nothing";
    d.severity = Severity::Error;
    d.position = map.position(pointer);
    if (starts_with(desc, "Object contains a property that could not be validated")) {
      std::string key = quoted_name(desc, desc.rfind(": '"));
      std::string child = pointer_child(pointer, key);
      d.position = map.key_position(child);
      d.code = "data.schema.unknown-key";
      d.message = "unknown key '" + key + "' in " + this_noun(pointer);
      std::string guess = closest_match(key, sub ? schema_order(*sub) : std::vector<std::string>{});
      if (!guess.empty()) d.message += "; did you mean " + key_label(sub, guess) + "?";
      else if (sub) {
        std::string all;
        for (const auto& k : schema_order(*sub)) all += (all.empty() ? "" : ", ") + k;
        d.message += " (the keys are " + all + ")";
      }
      return true;
    }
    if (starts_with(desc, "Missing required property")) {
      d.code = "data.schema.required";
      d.message = this_noun(pointer) + " has no " + key_label(sub, quoted_name(desc));
      return true;
    }
    if (starts_with(desc, "Value type not permitted")) {
      d.code = "data.schema.type";
      std::string type = keyword(sub, "type");
      std::string unit = keyword(sub, "x-unit");
      std::string want = type == "integer"  ? "a whole number" + (unit.empty() ? "" : " of " + unit)
                         : type == "number" ? "a number"
                         : type == "string" ? "text"
                         : type == "array"  ? "a list"
                         : type == "object" ? "a group of fields (key: value)"
                         : type == "boolean" ? "true or false"
                                             : type;
      d.message = label + " should be " + want + ", not " + shown;
      return true;
    }
    if (starts_with(desc, "Failed to match regex")) {
      d.code = "data.schema.pattern";
      std::string what = keyword(sub, "x-what");
      std::string expected = keyword(sub, "x-expected");
      d.message = label + " is not a valid " + (what.empty() ? "value" : what) + ": " + shown;
      if (!expected.empty()) d.message += " (expected " + expected + ")";
      return true;
    }
    if (starts_with(desc, "Failed to match against any enum")) {
      d.code = "data.schema.enum";
      std::vector<std::string> options;
      if (sub && sub->contains("enum"))
        for (const auto& e : (*sub)["enum"]) options.push_back(e.is_string() ? e.get<std::string>() : e.dump());
      std::string all;
      for (const auto& o : options) all += (all.empty() ? "" : ", ") + o;
      d.message = label + " should be one of " + all + "; not " + shown;
      if (v && v->is_string()) {
        std::string guess = closest_match(fold_diacritics(v->get<std::string>()), options);
        if (!guess.empty()) d.message += "; did you mean '" + guess + "'?";
      }
      return true;
    }
    if (starts_with(desc, "Expected number")) {
      d.code = "data.schema.range";
      std::string unit = keyword(sub, "x-unit");
      unit = unit.empty() ? "" : " " + unit;
      bool has_min = sub && sub->contains("minimum"), has_max = sub && sub->contains("maximum");
      if (has_min && has_max)
        d.message = label + " should be from " + number_text((*sub)["minimum"]) + " to " +
                    number_text((*sub)["maximum"]) + unit + ", not " + shown;
      else if (has_min)
        d.message = label + " should be at least " + number_text((*sub)["minimum"]) + unit + ", not " + shown;
      else if (has_max)
        d.message = label + " should be at most " + number_text((*sub)["maximum"]) + unit + ", not " + shown;
      else
        d.message = label + ": " + desc;
      return true;
    }
    if (starts_with(desc, "Array should contain no fewer than")) {
      d.code = "data.schema.min-items";
      long long n = sub && sub->contains("minItems") ? (*sub)["minItems"].get<long long>() : 1;
      d.message = label + " should list at least " + std::to_string(n) + (n == 1 ? " entry" : " entries");
      return true;
    }
    if (starts_with(desc, "String should be no fewer than")) {
      d.code = "data.schema.empty";
      d.message = label + " should not be empty";
      return true;
    }
    if (starts_with(desc, "Failed to validate") || starts_with(desc, "Cannot validate")) return false;
    d.code = "data.schema";
    d.message = label + ": " + desc;
    return true;
  }
};

}  // namespace

SchemaValidator::SchemaValidator(const std::filesystem::path& schemas_dir, DiagnosticSink& sink)
    : impl_(std::make_unique<Impl>()) {
  for (Kind kind : kAllKinds) {
    const std::string name = "data/" + kind_id(kind) + ".schema.json";
    const std::filesystem::path path = schemas_dir / "data" / (kind_id(kind) + ".schema.json");
    auto text = read_file(path);
    Position pos{path.string(), 0, 0};
    if (!text) {
      sink.error(pos, "data.schema-file", "cannot read the schema " + name);
      continue;
    }
    Impl::Loaded& loaded = impl_->schemas[index_of(kind)];
    try {
      loaded.raw = SchemaJson::parse(*text);
      SchemaJson stripped;
      std::string why;
      if (!loaded.patterns.load(loaded.raw, &stripped, &why)) {
        sink.error(pos, "data.schema-file", "the schema " + name + " is broken: " + why);
        continue;
      }
      nlohmann::json doc = nlohmann::json::parse(stripped.dump());
      valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
      valijson::adapters::NlohmannJsonAdapter adapter(doc);
      parser.populateSchema(adapter, loaded.schema);
      loaded.ok = true;
    } catch (const std::exception& e) {
      sink.error(pos, "data.schema-file", "the schema " + name + " is broken: " + e.what());
    }
  }
}

SchemaValidator::~SchemaValidator() = default;

const SchemaJson* SchemaValidator::schema(Kind kind) const {
  const auto& loaded = impl_->schemas[index_of(kind)];
  return loaded.ok ? &loaded.raw : nullptr;
}

bool SchemaValidator::validate(Kind kind, const ParsedFile& file, DiagnosticSink& sink) {
  auto& loaded = impl_->schemas[index_of(kind)];
  if (!loaded.ok) return false;
  valijson::adapters::NlohmannJsonAdapter target(file.value);
  valijson::ValidationResults results;
  const bool valid = impl_->validator.validate(loaded.schema, target, &results);
  const std::vector<std::string> unmatched = loaded.patterns.failures(file.value);
  if (valid && unmatched.empty()) return true;
  Wording wording{loaded.raw, file.value, file.map};
  for (const std::string& pointer : unmatched) {
    Diagnostic d;
    if (wording.word(pointer, "Failed to match regex", d)) sink.report(std::move(d));
  }
  std::set<std::pair<std::string, std::string>> seen;
  valijson::ValidationResults::Error error;
  while (results.popError(error)) {
    Diagnostic d;
    if (!wording.word(to_pointer(error.context), error.description, d)) continue;
    if (!seen.emplace(d.message, std::to_string(d.position.line) + ":" + std::to_string(d.position.column)).second)
      continue;
    sink.report(std::move(d));
  }
  return false;
}

}  // namespace wt::data

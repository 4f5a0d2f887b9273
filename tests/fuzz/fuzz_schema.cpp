// libFuzzer target: a data file checked against our JSON Schemas
// (generator/data: YAML/JSON loaders, coerce_to_schema, SchemaValidator
// with its RE2 `pattern` checks, check_semantics). The first byte picks the
// kind (fees, timetables ...) and the format (YAML or JSON); the rest is the
// file.
// Invariants: no crash, no time-out (patterns run in linear time); the
// validator says valid exactly when it reported nothing; every diagnostic
// names the file and a line of it.
#include <string>

#include "data/coerce.hpp"
#include "data/json_loader.hpp"
#include "data/schema_validator.hpp"
#include "data/semantic_checks.hpp"
#include "data/yaml_loader.hpp"
#include "fuzz_generator_support.hpp"

using namespace wt;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  static DiagnosticSink schema_sink;
  static data::SchemaValidator validator(WT_FUZZ_SCHEMAS_DIR, schema_sink);
  FUZZ_CHECK(!schema_sink.has_errors());  // our schemas load

  const data::Kind kind = data::kAllKinds[(data[0] & 0x0F) % data::kAllKinds.size()];
  const bool json = (data[0] & 0x10) != 0;
  const std::string text(wt_fuzz::as_text(data + 1, size - 1));
  const std::string file = std::string("data/") + data::kind_id(kind) + (json ? ".json" : ".yaml");
  const int lines = wt_fuzz::line_count(text);
  const data::SchemaJson* schema = validator.schema(kind);
  FUZZ_CHECK(schema != nullptr);

  DiagnosticSink sink;
  auto parsed = json ? data::load_json(file, text, sink) : data::load_yaml(file, text, sink);
  FUZZ_CHECK(parsed.has_value() == !sink.has_errors());
  if (parsed) {
    data::coerce_to_schema(parsed->value, *schema, parsed->map);
    const size_t before = sink.error_count() + sink.warning_count();
    const bool valid = validator.validate(kind, *parsed, sink);
    FUZZ_CHECK(valid == (sink.error_count() + sink.warning_count() == before));
    data::check_semantics(kind, file, parsed->value, *schema, parsed->map, "/nonexistent-site", sink);
  }
  wt_fuzz::check_diagnostics(sink, file, lines);
  return 0;
}

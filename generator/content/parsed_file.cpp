#include "content/parsed_file.hpp"

#include "core/file_system.hpp"
#include "core/text.hpp"

namespace wt::content {

ParsedFile parse_content_file(const std::string& bytes, const std::string& source, int timezone_minutes,
                              bool is_section_index) {
  ParsedFile out;
  DiagnosticSink sink;
  auto nfc = to_nfc_if_valid(bytes);
  if (!nfc) {
    sink.error({source, 0, 0}, "content.encoding", "this file is not UTF-8 text: save it again with the UTF-8 encoding");
  } else if (auto doc = split_front_matter(*nfc, source, sink)) {
    out.split = true;
    auto fm = parse_front_matter(*doc, source, timezone_minutes, is_section_index, sink);
    out.valid = fm.has_value();
    if (fm) out.fm = std::move(*fm);
    out.body = std::move(doc->body);
    out.body_line_offset = doc->body_line_offset;
  }
  out.diagnostics = sink.sorted();
  return out;
}

std::shared_ptr<const ParsedFile> read_and_parse(const FileSystem& files, const std::filesystem::path& file,
                                                 const std::string& source, int timezone_minutes,
                                                 bool is_section_index, FileError* error) {
  auto bytes = files.read(file, error);
  if (!bytes) return nullptr;
  return std::make_shared<const ParsedFile>(parse_content_file(*bytes, source, timezone_minutes, is_section_index));
}

}  // namespace wt::content

#include "portal/member_search.hpp"

#include <nlohmann/json.hpp>

#include "core/content_hash.hpp"
#include "core/file_io.hpp"

namespace fs = std::filesystem;

namespace wt::portal {
namespace {

// Bounds on what a manifest may claim: a member of a million pages is
// already far beyond any school, and a chunk of 4,096 documents beyond
// what a build writes (16).
constexpr std::uint64_t kMaxDocuments = 1'000'000;
constexpr std::uint64_t kMaxPerChunk = 4096;

struct Manifest {
  std::uint64_t documents = 0, per_chunk = 1;
  std::uint64_t chunks() const { return (documents + per_chunk - 1) / per_chunk; }
};

std::optional<Manifest> parse_manifest(const std::string& bytes, std::string* why) {
  auto j = nlohmann::json::parse(bytes, nullptr, false);
  if (j.is_discarded() || !j.is_object()) {
    *why = "search/manifest.json is not JSON";
    return std::nullopt;
  }
  auto n = j.find("n"), c = j.find("c");
  if (n == j.end() || c == j.end() || !n->is_number_unsigned() || !c->is_number_unsigned() ||
      n->get<std::uint64_t>() > kMaxDocuments || c->get<std::uint64_t>() == 0 || c->get<std::uint64_t>() > kMaxPerChunk) {
    *why = "search/manifest.json has no usable \"n\" and \"c\"";
    return std::nullopt;
  }
  return Manifest{n->get<std::uint64_t>(), c->get<std::uint64_t>()};
}

fs::path chunk_path(const fs::path& folder, std::uint64_t k) { return folder / "search" / "d" / (std::to_string(k) + ".json"); }

std::string text_at(const nlohmann::json& row, size_t i) {
  return i < row.size() && row[i].is_string() ? row[i].get<std::string>() : std::string();
}

}  // namespace

std::optional<std::vector<search::Document>> read_member_documents(const fs::path& folder, std::string* why) {
  std::string ignored;
  if (!why) why = &ignored;
  std::vector<search::Document> docs;
  std::error_code ec;
  if (!fs::exists(fs::symlink_status(folder / "search" / "manifest.json", ec))) return docs;
  auto bytes = read_regular_file(folder / "search" / "manifest.json", nullptr);
  if (!bytes) {
    *why = "search/manifest.json cannot be read";
    return std::nullopt;
  }
  auto m = parse_manifest(*bytes, why);
  if (!m) return std::nullopt;
  docs.reserve(m->documents);
  for (std::uint64_t k = 0; k < m->chunks(); ++k) {
    const std::string rel = "search/d/" + std::to_string(k) + ".json";
    auto chunk = read_regular_file(chunk_path(folder, k), nullptr);
    auto rows = chunk ? nlohmann::json::parse(*chunk, nullptr, false) : nlohmann::json();
    if (!chunk || rows.is_discarded() || !rows.is_array()) {
      *why = rel + (chunk ? " is not a JSON list" : " cannot be read");
      return std::nullopt;
    }
    for (const auto& row : rows) {
      if (!row.is_array() || row.size() < 2 || !row[0].is_string() || !row[1].is_string()) {
        *why = rel + " holds a document without an address and a title";
        return std::nullopt;
      }
      search::Document d;
      d.url = row[0].get<std::string>();
      d.title = row[1].get<std::string>();
      d.date = text_at(row, 2);
      d.section = text_at(row, 3);
      d.excerpt = text_at(row, 4);
      docs.push_back(std::move(d));
    }
  }
  if (docs.size() != m->documents) {
    *why = "search/manifest.json counts " + std::to_string(m->documents) + " documents, its chunks hold " +
           std::to_string(docs.size());
    return std::nullopt;
  }
  return docs;
}

std::string member_documents_digest(const fs::path& folder) {
  auto bytes = read_regular_file(folder / "search" / "manifest.json", nullptr);
  std::string why;
  auto m = bytes ? parse_manifest(*bytes, &why) : std::nullopt;
  if (!m) return "";
  HashBuilder b;
  b.add("webtruong member documents 1");
  b.add(std::to_string(m->documents) + " documents, " + std::to_string(m->per_chunk) + " a chunk");
  for (std::uint64_t k = 0; k < m->chunks(); ++k) {
    auto chunk = read_regular_file(chunk_path(folder, k), nullptr);
    b.add(chunk ? "chunk" : "missing chunk");
    if (chunk) b.add(*chunk);
  }
  return b.finish().hex();
}

}  // namespace wt::portal

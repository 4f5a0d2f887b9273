#include "site/page_cache.hpp"

#include "core/file_system.hpp"
#include "site/hashing_file_system.hpp"

namespace wt::site {
namespace {

// --- the encoding; every field of content::FrontMatter is here -------------

void put_int(std::string& out, int v) { put_u32(out, static_cast<uint32_t>(v)); }
int get_int(PayloadReader& in) { return static_cast<int>(in.u32()); }

void put_position(std::string& out, const Position& p) {
  put_str(out, p.file);
  put_int(out, p.line);
  put_int(out, p.column);
}
Position get_position(PayloadReader& in) {
  Position p;
  p.file = in.str();
  p.line = get_int(in);
  p.column = get_int(in);
  return p;
}

void put_date(std::string& out, const std::optional<DateTime>& d) {
  put_u32(out, d ? 1 : 0);
  if (!d) return;
  for (int v : {d->year, d->month, d->day, d->hour, d->minute, d->second, d->offset_minutes}) put_int(out, v);
  put_u32(out, d->has_time ? 1 : 0);
}
std::optional<DateTime> get_date(PayloadReader& in) {
  const uint32_t present = in.u32();
  if (present > 1) in.fail();
  if (present != 1) return std::nullopt;
  DateTime d;
  for (int* v : {&d.year, &d.month, &d.day, &d.hour, &d.minute, &d.second, &d.offset_minutes}) *v = get_int(in);
  d.has_time = in.u32() != 0;
  return d;
}

void put_strings(std::string& out, const std::vector<std::string>& v) {
  put_u32(out, static_cast<uint32_t>(v.size()));
  for (const auto& s : v) put_str(out, s);
}
std::vector<std::string> get_strings(PayloadReader& in) {
  std::vector<std::string> v;
  for (uint32_t n = in.count(4); n > 0; --n) v.push_back(in.str());
  return v;
}

void put_front_matter(std::string& out, const content::FrontMatter& fm) {
  put_str(out, fm.title);
  for (const auto* d : {&fm.date, &fm.updated, &fm.publish_date, &fm.expiry_date}) put_date(out, *d);
  put_u32(out, (fm.draft ? 1u : 0u) | (fm.portal ? 2u : 0u) | (fm.toc ? 4u : 0u));
  put_u32(out, static_cast<uint32_t>(fm.status));
  put_str(out, fm.approved_by);
  put_position(out, fm.status_position);
  for (const auto* v : {&fm.categories, &fm.tags, &fm.aliases}) put_strings(out, *v);
  put_u32(out, static_cast<uint32_t>(fm.alias_positions.size()));
  for (const auto& p : fm.alias_positions) put_position(out, p);
  for (const auto* s : {&fm.summary, &fm.description, &fm.author, &fm.source, &fm.image, &fm.image_alt, &fm.slug,
                        &fm.layout, &fm.sort_by})
    put_str(out, *s);
  put_int(out, fm.weight);
  put_int(out, fm.paginate);
  put_position(out, fm.title_position);
  put_position(out, fm.image_position);
}
content::FrontMatter get_front_matter(PayloadReader& in) {
  content::FrontMatter fm;
  fm.title = in.str();
  for (auto* d : {&fm.date, &fm.updated, &fm.publish_date, &fm.expiry_date}) *d = get_date(in);
  const uint32_t flags = in.u32();
  if (flags > 7) in.fail();
  fm.draft = flags & 1u;
  fm.portal = flags & 2u;
  fm.toc = flags & 4u;
  const uint32_t status = in.u32();
  if (status > static_cast<uint32_t>(content::Status::Draft)) in.fail();
  fm.status = static_cast<content::Status>(status);
  fm.approved_by = in.str();
  fm.status_position = get_position(in);
  for (auto* v : {&fm.categories, &fm.tags, &fm.aliases}) *v = get_strings(in);
  for (uint32_t n = in.count(12); n > 0; --n) fm.alias_positions.push_back(get_position(in));
  for (auto* s : {&fm.summary, &fm.description, &fm.author, &fm.source, &fm.image, &fm.image_alt, &fm.slug,
                  &fm.layout, &fm.sort_by})
    *s = in.str();
  fm.weight = get_int(in);
  fm.paginate = get_int(in);
  fm.title_position = get_position(in);
  fm.image_position = get_position(in);
  return fm;
}

}  // namespace

std::string encode_parsed_file(const content::ParsedFile& p) {
  std::string out;
  put_u32(out, (p.split ? 1u : 0u) | (p.valid ? 2u : 0u));
  put_front_matter(out, p.fm);
  put_str(out, p.body);
  put_int(out, p.body_line_offset);
  put_u32(out, static_cast<uint32_t>(p.diagnostics.size()));
  for (const auto& d : p.diagnostics) {
    put_u32(out, static_cast<uint32_t>(d.severity));
    put_str(out, d.code);
    put_str(out, d.message);
    put_position(out, d.position);
  }
  return out;
}

std::optional<content::ParsedFile> decode_parsed_file(std::string_view payload) {
  PayloadReader in(payload);
  content::ParsedFile p;
  const uint32_t flags = in.u32();
  if (flags > 3) return std::nullopt;
  p.split = flags & 1u;
  p.valid = flags & 2u;
  p.fm = get_front_matter(in);
  p.body = in.str();
  p.body_line_offset = get_int(in);
  for (uint32_t n = in.count(24); n > 0; --n) {
    Diagnostic d;
    const uint32_t severity = in.u32();
    if (severity > 2) in.fail();
    d.severity = static_cast<Severity>(severity);
    d.code = in.str();
    d.message = in.str();
    d.position = get_position(in);
    p.diagnostics.push_back(std::move(d));
  }
  if (!in.done()) return std::nullopt;
  return p;
}

ContentHash PageCache::key(const ContentHash& bytes, const std::string& source, int timezone_minutes,
                           bool index) const {
  HashBuilder b;
  b.add(salt_);
  b.add(source);
  b.add(std::to_string(timezone_minutes) + (index ? " index" : " page"));
  b.add(bytes);
  return b.finish();
}

std::shared_ptr<const content::ParsedFile> PageCache::find(const ContentHash& key) {
  auto payload = log_.get(key);
  if (!payload) return nullptr;
  auto parsed = decode_parsed_file(*payload);
  if (!parsed) return nullptr;
  ++reused_;
  return std::make_shared<const content::ParsedFile>(std::move(*parsed));
}

std::shared_ptr<const content::ParsedFile> PageCache::parse(const FileSystem& files, const std::filesystem::path& file,
                                                            const std::string& source, int timezone_minutes,
                                                            bool is_section_index, FileError* error) {
  // Unchanged since the last build by its stat: not read at all.
  if (hashing_) {
    if (auto h = hashing_->known_hash(file))
      if (auto hit = find(key(*h, source, timezone_minutes, is_section_index))) return hit;
  }
  auto bytes = files.read(file, error);
  if (!bytes) return nullptr;
  const ContentHash k = key(hash_bytes(*bytes), source, timezone_minutes, is_section_index);
  if (auto hit = find(k)) return hit;  // its stat changed, its bytes did not
  auto parsed = std::make_shared<const content::ParsedFile>(
      content::parse_content_file(*bytes, source, timezone_minutes, is_section_index));
  log_.put(k, encode_parsed_file(*parsed));
  ++parsed_;
  return parsed;
}

}  // namespace wt::site

#include "site/markdown_cache.hpp"

#include <cstring>

namespace wt::site {
namespace {

constexpr std::string_view kHeader = "webtruong markdown cache 1\n";

// --- the binary encoding: little-endian counts, strings by their length -----

void put_u32(std::string& out, uint32_t v) {
  char b[4];
  std::memcpy(b, &v, 4);
  out.append(b, 4);
}
void put_str(std::string& out, std::string_view s) {
  put_u32(out, static_cast<uint32_t>(s.size()));
  out.append(s);
}
void put_hash(std::string& out, const ContentHash& h) {
  char b[16];
  std::memcpy(b, &h.high, 8);
  std::memcpy(b + 8, &h.low, 8);
  out.append(b, 16);
}

class Reader {
 public:
  explicit Reader(std::string_view text) : rest_(text) {}
  bool ok() const { return ok_; }
  bool done() const { return rest_.empty(); }
  uint32_t u32() {
    uint32_t v = 0;
    if (take(4)) std::memcpy(&v, rest_.data() - 4, 4);
    return v;
  }
  std::string str() {
    const uint32_t n = u32();
    return take(n) ? std::string(rest_.data() - n, n) : std::string();
  }
  ContentHash hash() {
    ContentHash h;
    if (take(16)) {
      std::memcpy(&h.high, rest_.data() - 16, 8);
      std::memcpy(&h.low, rest_.data() - 8, 8);
    }
    return h;
  }
  /// A count of items each at least `min_bytes` long: refused when the rest cannot hold them.
  uint32_t count(size_t min_bytes) {
    const uint32_t n = u32();
    if (static_cast<uint64_t>(n) * min_bytes > rest_.size()) ok_ = false;
    return ok_ ? n : 0;
  }

 private:
  bool take(size_t n) {
    if (!ok_ || rest_.size() < n) return ok_ = false;
    rest_.remove_prefix(n);
    return true;
  }
  std::string_view rest_;
  bool ok_ = true;
};

void encode_entry(std::string& out, const MarkdownCache::Entry& e) {
  const markdown::Rendered& r = e.rendered;
  put_str(out, r.html);
  put_str(out, r.summary);
  put_u32(out, static_cast<uint32_t>(r.toc.size()));
  for (const auto& h : r.toc) put_u32(out, static_cast<uint32_t>(h.level)), put_str(out, h.id), put_str(out, h.text);
  put_u32(out, static_cast<uint32_t>(r.internal_links.size()));
  for (const auto& l : r.internal_links) put_str(out, l);
  put_u32(out, static_cast<uint32_t>(e.diagnostics.size()));
  for (const auto& d : e.diagnostics) {
    put_u32(out, static_cast<uint32_t>(d.severity));
    put_str(out, d.code), put_str(out, d.message), put_str(out, d.position.file);
    put_u32(out, static_cast<uint32_t>(d.position.line)), put_u32(out, static_cast<uint32_t>(d.position.column));
  }
  put_u32(out, static_cast<uint32_t>(e.questions.size()));
  for (const auto& q : e.questions) {
    put_u32(out, (q.why ? 1u : 0u) | (q.answer ? 2u : 0u));
    put_str(out, q.target);
    put_str(out, q.answer.value_or(""));
  }
}

MarkdownCache::Entry decode_entry(Reader& in) {
  MarkdownCache::Entry e;
  e.rendered.html = in.str();
  e.rendered.summary = in.str();
  for (uint32_t n = in.count(12); n > 0; --n) {
    markdown::Heading h;
    h.level = static_cast<int>(in.u32());
    h.id = in.str();
    h.text = in.str();
    e.rendered.toc.push_back(std::move(h));
  }
  for (uint32_t n = in.count(4); n > 0; --n) e.rendered.internal_links.push_back(in.str());
  for (uint32_t n = in.count(24); n > 0; --n) {
    Diagnostic d;
    const uint32_t severity = in.u32();
    d.severity = severity <= 2 ? static_cast<Severity>(severity) : Severity::Error;
    d.code = in.str();
    d.message = in.str();
    d.position.file = in.str();
    d.position.line = static_cast<int>(in.u32());
    d.position.column = static_cast<int>(in.u32());
    e.diagnostics.push_back(std::move(d));
  }
  for (uint32_t n = in.count(12); n > 0; --n) {
    MarkdownCache::Question q;
    const uint32_t flags = in.u32();
    q.why = flags & 1u;
    q.target = in.str();
    std::string answer = in.str();
    if (flags & 2u) q.answer = std::move(answer);
    e.questions.push_back(std::move(q));
  }
  return e;
}

// Asks the real resolver and notes each question with its answer.
class RecordingResolver : public markdown::LinkResolver {
 public:
  explicit RecordingResolver(const markdown::LinkResolver* inner) : inner_(inner) {}
  std::optional<std::string> resolve(std::string_view target) const override {
    auto answer = inner_ ? inner_->resolve(target) : std::nullopt;
    questions_.push_back({false, std::string(target), answer});
    return answer;
  }
  std::string why_unresolved(std::string_view target) const override {
    std::string answer = inner_ ? inner_->why_unresolved(target) : LinkResolver::why_unresolved(target);
    questions_.push_back({true, std::string(target), answer});
    return answer;
  }
  std::vector<MarkdownCache::Question> questions() && { return std::move(questions_); }

 private:
  const markdown::LinkResolver* inner_;
  mutable std::vector<MarkdownCache::Question> questions_;
};

// True when `resolver` answers every question of `e` as it was answered
// (asking them again, as the renderer would: the resolver may note them).
bool same_answers(const MarkdownCache::Entry& e, const markdown::LinkResolver* resolver) {
  RecordingResolver again(resolver);
  for (const auto& q : e.questions) {
    if (q.why ? again.why_unresolved(q.target) != q.answer : again.resolve(q.target) != q.answer) return false;
  }
  return true;
}

}  // namespace

bool MarkdownCache::load(std::string_view text) {
  if (text.size() < kHeader.size() + 16 || text.substr(0, kHeader.size()) != kHeader) return false;
  const std::string_view body = text.substr(0, text.size() - 16);
  Reader sum(text.substr(text.size() - 16));
  if (!(sum.hash() == hash_bytes(body))) return false;
  Reader in(body.substr(kHeader.size()));
  if (in.str() != salt_) return false;
  std::map<ContentHash, std::shared_ptr<const Entry>> entries;
  for (uint32_t n = in.count(16); n > 0 && in.ok(); --n) {
    const ContentHash key = in.hash();
    entries[key] = std::make_shared<const Entry>(decode_entry(in));
  }
  if (!in.ok() || !in.done()) return false;
  previous_ = std::move(entries);
  return true;
}

std::string MarkdownCache::encode() const {
  std::lock_guard<std::mutex> lock(mutex_);
  std::string out(kHeader);
  put_str(out, salt_);
  put_u32(out, static_cast<uint32_t>(next_.size()));
  for (const auto& [key, entry] : next_) {
    put_hash(out, key);
    encode_entry(out, *entry);
  }
  put_hash(out, hash_bytes(out));
  return out;
}

ContentHash MarkdownCache::key(std::string_view body, const std::string& source, int line_offset,
                               const markdown::Options& o) const {
  HashBuilder b;
  b.add(salt_);
  b.add(source);
  b.add(std::to_string(line_offset));
  b.add(std::string(o.allow_raw_html ? "h" : "-") + (o.lazy_images ? "l" : "-") + (o.validate_utf8 ? "u" : "-"));
  b.add(o.base_path);
  b.add(body);
  return b.finish();
}

markdown::Rendered MarkdownCache::render(const ContentHash& key, std::string_view body, const std::string& source,
                                         int line_offset, const markdown::LinkResolver* resolver,
                                         const markdown::Options& options, DiagnosticSink& sink) {
  auto it = previous_.find(key);
  if (it != previous_.end() && same_answers(*it->second, resolver)) {
    for (const auto& d : it->second->diagnostics) sink.report(d);
    std::lock_guard<std::mutex> lock(mutex_);
    next_[key] = it->second;
    ++reused_;
    return it->second->rendered;
  }
  RecordingResolver recording(resolver);
  DiagnosticSink own;
  auto entry = std::make_shared<Entry>();
  entry->rendered = markdown::render(body, source, line_offset, &recording, options, own);
  entry->diagnostics = own.sorted();
  entry->questions = std::move(recording).questions();
  for (const auto& d : entry->diagnostics) sink.report(d);
  markdown::Rendered result = entry->rendered;
  std::lock_guard<std::mutex> lock(mutex_);
  next_[key] = std::move(entry);
  ++rendered_;
  return result;
}

std::unique_ptr<MarkdownCache> MarkdownCache::successor() const {
  auto next = std::make_unique<MarkdownCache>(salt_);
  std::lock_guard<std::mutex> lock(mutex_);
  next->previous_ = next_;
  return next;
}

}  // namespace wt::site

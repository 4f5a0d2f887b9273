#include "site/markdown_cache.hpp"

#include <cstring>

#include "site/cache_log.hpp"

namespace wt::site {
namespace {

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

MarkdownCache::Entry decode_entry(PayloadReader& in) {
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

// The entry of `key` in the log, when it decodes whole.
std::optional<MarkdownCache::Entry> MarkdownCache::find(const ContentHash& key) {
  auto payload = log_.get(key);
  if (!payload) return std::nullopt;
  PayloadReader in(*payload);
  Entry e = decode_entry(in);
  if (!in.done()) return std::nullopt;
  return e;
}

markdown::Rendered MarkdownCache::render(const ContentHash& key, std::string_view body, const std::string& source,
                                         int line_offset, const markdown::LinkResolver* resolver,
                                         const markdown::Options& options, DiagnosticSink& sink) {
  if (auto old = find(key); old && same_answers(*old, resolver)) {
    for (const auto& d : old->diagnostics) sink.report(d);
    ++reused_;
    return std::move(old->rendered);
  }
  RecordingResolver recording(resolver);
  DiagnosticSink own;
  Entry entry;
  entry.rendered = markdown::render(body, source, line_offset, &recording, options, own);
  entry.diagnostics = own.sorted();
  entry.questions = std::move(recording).questions();
  for (const auto& d : entry.diagnostics) sink.report(d);
  std::string payload;
  encode_entry(payload, entry);
  log_.put(key, std::move(payload));
  ++rendered_;
  return std::move(entry.rendered);
}

}  // namespace wt::site

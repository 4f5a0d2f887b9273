#include "portal/portal_state.hpp"

#include <bit>
#include <cstring>
#include <vector>

#include "core/content_hash.hpp"
#include "core/file_io.hpp"

namespace wt::portal {
namespace {

constexpr std::string_view kMagic = "webtruong portal state 1\n";
constexpr std::string_view kChecksum = "checksum ";
constexpr uint32_t kReportVersion = 2;  // 2: search_digest

// Appends fixed-size little-endian integers and length-prefixed strings.
class Writer {
 public:
  void u32(uint32_t v) { raw(&v, sizeof v); }
  void u64(uint64_t v) { raw(&v, sizeof v); }
  void i64(int64_t v) { raw(&v, sizeof v); }
  void f64(double v) { raw(&v, sizeof v); }
  void flag(bool v) { out_.push_back(v ? '\1' : '\0'); }
  void str(std::string_view s) {
    u32(static_cast<uint32_t>(s.size()));
    out_.append(s);
  }
  template <class T, class F>
  void list(const std::vector<T>& items, F each) {
    u32(static_cast<uint32_t>(items.size()));
    for (const auto& x : items) each(*this, x);
  }
  std::string take() { return std::move(out_); }

 private:
  void raw(const void* p, size_t n) {
    static_assert(std::endian::native == std::endian::little, "the state file is little-endian");
    out_.append(static_cast<const char*>(p), n);
  }
  std::string out_;
};

// Reads what Writer wrote; any read past the end sets failed() and yields zeros.
class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}
  uint32_t u32() { return num<uint32_t>(); }
  uint64_t u64() { return num<uint64_t>(); }
  int64_t i64() { return num<int64_t>(); }
  double f64() { return num<double>(); }
  bool flag() {
    if (in_.empty() || static_cast<unsigned char>(in_[0]) > 1) return fail(), false;
    const bool v = in_[0] == '\1';
    in_.remove_prefix(1);
    return v;
  }
  std::string str() {
    const uint32_t n = u32();
    if (n > in_.size()) return fail(), std::string();
    std::string s(in_.substr(0, n));
    in_.remove_prefix(n);
    return s;
  }
  // A count of items that each take at least `least` bytes: no count can
  // make the reader reserve more than the input could hold.
  uint32_t count(size_t least) {
    const uint32_t n = u32();
    if (least && n > in_.size() / least) return fail(), 0;
    return n;
  }
  template <class T, class F>
  void list(std::vector<T>& items, size_t least, F each) {
    const uint32_t n = count(least);
    items.resize(n);
    for (auto& x : items) each(*this, x);
  }
  bool failed() const { return failed_; }
  bool at_end() const { return in_.empty(); }

 private:
  template <class T>
  T num() {
    T v{};
    if (in_.size() < sizeof v) return fail(), v;
    std::memcpy(&v, in_.data(), sizeof v);
    in_.remove_prefix(sizeof v);
    return v;
  }
  void fail() {
    failed_ = true;
    in_ = {};
  }
  std::string_view in_;
  bool failed_ = false;
};

void write_post(Writer& w, const PortalPost& p) {
  w.str(p.title);
  w.str(p.url);
  w.i64(p.date);
  w.str(p.date_vn);
  w.str(p.date_iso);
  w.str(p.summary);
  w.flag(p.portal);
}

void read_post(Reader& r, PortalPost& p) {
  p.title = r.str();
  p.url = r.str();
  p.date = r.i64();
  p.date_vn = r.str();
  p.date_iso = r.str();
  p.summary = r.str();
  p.portal = r.flag();
}

}  // namespace

std::string encode_member_report(const MemberReport& m) {
  Writer w;
  w.u32(kReportVersion);
  for (const std::string* s : {&m.slug, &m.name, &m.school_type, &m.commune, &m.managing_body, &m.url}) w.str(*s);
  w.flag(m.built);
  w.list(m.diagnostics, [](Writer& w, const std::string& d) { w.str(d); });
  w.list(m.requirements, [](Writer& w, const RequirementStatus& q) {
    for (const std::string* s : {&q.id, &q.name, &q.status, &q.evidence, &q.note}) w.str(*s);
  });
  w.i64(m.posts_in_window);
  w.f64(m.posts_per_week);
  w.str(m.window_since);
  w.str(m.window_until);
  w.list(m.score, [](Writer& w, const ScoreLine& s) {
    w.str(s.id);
    w.str(s.name);
    w.f64(s.points);
    w.f64(s.max);
    w.flag(s.measured);
  });
  w.f64(m.score_total);
  w.f64(m.score_max);
  w.list(m.posts_used, [](Writer& w, const PostsUsedYear& y) {
    w.i64(y.from_year);
    w.i64(y.count);
  });
  w.i64(m.latest_post);
  for (const std::string* s : {&m.host, &m.address, &m.phone, &m.email}) w.str(*s);
  w.list(m.posts, write_post);
  w.str(m.search_digest);
  return w.take();
}

std::optional<MemberReport> decode_member_report(std::string_view bytes) {
  Reader r(bytes);
  if (r.u32() != kReportVersion) return std::nullopt;
  MemberReport m;
  for (std::string* s : {&m.slug, &m.name, &m.school_type, &m.commune, &m.managing_body, &m.url}) *s = r.str();
  m.built = r.flag();
  r.list(m.diagnostics, 4, [](Reader& r, std::string& d) { d = r.str(); });
  r.list(m.requirements, 20, [](Reader& r, RequirementStatus& q) {
    for (std::string* s : {&q.id, &q.name, &q.status, &q.evidence, &q.note}) *s = r.str();
  });
  m.posts_in_window = static_cast<int>(r.i64());
  m.posts_per_week = r.f64();
  m.window_since = r.str();
  m.window_until = r.str();
  r.list(m.score, 25, [](Reader& r, ScoreLine& s) {
    s.id = r.str();
    s.name = r.str();
    s.points = r.f64();
    s.max = r.f64();
    s.measured = r.flag();
  });
  m.score_total = r.f64();
  m.score_max = r.f64();
  r.list(m.posts_used, 16, [](Reader& r, PostsUsedYear& y) {
    y.from_year = static_cast<int>(r.i64());
    y.count = static_cast<int>(r.i64());
  });
  m.latest_post = r.i64();
  for (std::string* s : {&m.host, &m.address, &m.phone, &m.email}) *s = r.str();
  r.list(m.posts, 29, read_post);
  m.search_digest = r.str();
  if (r.failed() || !r.at_end()) return std::nullopt;
  return m;
}

std::string encode_portal_state(const PortalState& state) {
  Writer w;
  w.u32(static_cast<uint32_t>(state.members.size()));
  for (const auto& [folder, e] : state.members) {
    w.str(folder);
    w.str(e.slug);
    w.str(e.fingerprint);
    w.u64(e.cache.size);
    w.i64(e.cache.mtime_ns);
    w.list(e.racy, [](Writer& w, const std::string& f) { w.str(f); });
    w.str(e.report);
  }
  std::string out(kMagic);
  out += w.take();
  return out + std::string(kChecksum) + hash_bytes(out).hex() + "\n";
}

std::optional<PortalState> decode_portal_state(std::string_view bytes, std::string* why) {
  std::string ignored;
  if (!why) why = &ignored;
  if (bytes.substr(0, kMagic.size()) != kMagic) {
    *why = "it is not a portal state of this version";
    return std::nullopt;
  }
  const size_t tail = kChecksum.size() + 32 + 1;
  if (bytes.size() < kMagic.size() + tail || bytes.substr(bytes.size() - tail, kChecksum.size()) != kChecksum ||
      bytes.back() != '\n') {
    *why = "it is truncated";
    return std::nullopt;
  }
  const std::string_view body = bytes.substr(0, bytes.size() - tail);
  if (bytes.substr(bytes.size() - tail + kChecksum.size(), 32) != hash_bytes(body).hex()) {
    *why = "its checksum is wrong";
    return std::nullopt;
  }
  Reader r(body.substr(kMagic.size()));
  PortalState s;
  const uint32_t n = r.count(36);
  for (uint32_t i = 0; i < n && !r.failed(); ++i) {
    std::string folder = r.str();
    MemberStateEntry e;
    e.slug = r.str();
    e.fingerprint = r.str();
    e.cache.size = r.u64();
    e.cache.mtime_ns = r.i64();
    r.list(e.racy, 4, [](Reader& r, std::string& f) { f = r.str(); });
    e.report = r.str();
    s.members[std::move(folder)] = std::move(e);
  }
  if (r.failed() || !r.at_end() || s.members.size() != n) {
    *why = "its contents are malformed";
    return std::nullopt;
  }
  return s;
}

std::optional<PortalState> read_portal_state(const std::filesystem::path& out_dir, std::string* why) {
  auto bytes = read_regular_file(out_dir / kStatePath, nullptr, uint64_t{1} << 30);
  if (!bytes) {
    if (why) *why = "it is missing";
    return std::nullopt;
  }
  return decode_portal_state(*bytes, why);
}

}  // namespace wt::portal

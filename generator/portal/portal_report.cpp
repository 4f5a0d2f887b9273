#include "portal/portal_report.hpp"

namespace wt::portal {
namespace {

nlohmann::json requirement_json(const RequirementStatus& r) {
  return {{"id", r.id}, {"name", r.name}, {"status", r.status}, {"evidence", r.evidence}, {"note", r.note}};
}

nlohmann::json score_json(const ScoreLine& s) {
  return {{"id", s.id}, {"name", s.name}, {"points", s.points}, {"max", s.max}, {"measured", s.measured}};
}

nlohmann::json member_json(const MemberReport& m) {
  nlohmann::json requirements = nlohmann::json::array(), score = nlohmann::json::array(),
                 used = nlohmann::json::array();
  for (const auto& r : m.requirements) requirements.push_back(requirement_json(r));
  for (const auto& s : m.score) score.push_back(score_json(s));
  for (const auto& y : m.posts_used) used.push_back({{"from_year", y.from_year}, {"count", y.count}});
  nlohmann::json posts = nlohmann::json::array();
  for (const auto& p : m.posts)
    posts.push_back({{"title", p.title}, {"url", p.url}, {"date", p.date}, {"date_vn", p.date_vn},
                     {"date_iso", p.date_iso}, {"summary", p.summary}, {"portal", p.portal}});
  return {{"slug", m.slug},
          {"name", m.name},
          {"school_type", m.school_type},
          {"commune", m.commune},
          {"managing_body", m.managing_body},
          {"url", m.url},
          {"built", m.built},
          {"diagnostics", m.diagnostics},
          {"requirements", requirements},
          {"posts_in_window", m.posts_in_window},
          {"posts_per_week", m.posts_per_week},
          {"window_since", m.window_since},
          {"window_until", m.window_until},
          {"score", score},
          {"score_total", m.score_total},
          {"score_max", m.score_max},
          {"posts_used", used},
          {"latest_post", m.latest_post},
          {"host", m.host},
          {"address", m.address},
          {"phone", m.phone},
          {"email", m.email},
          {"posts", posts},
          {"search_digest", m.search_digest}};
}

// Reads the fields of one JSON object by name, remembering the first that
// is missing or of another type (as "members[2].posts_used[0].count").
class Reader {
 public:
  Reader(const nlohmann::json& j, std::string path, std::string* error) : j_(j), path_(std::move(path)), error_(error) {
    if (!j_.is_object()) fail("", "an object");
  }

  void text(const char* key, std::string& out) {
    if (const auto* v = field(key, "a text", &nlohmann::json::is_string)) out = v->get<std::string>();
  }
  void flag(const char* key, bool& out) {
    if (const auto* v = field(key, "true or false", &nlohmann::json::is_boolean)) out = v->get<bool>();
  }
  void number(const char* key, double& out) {
    if (const auto* v = field(key, "a number", &nlohmann::json::is_number)) out = v->get<double>();
  }
  template <typename Int>
  void integer(const char* key, Int& out) {
    if (const auto* v = field(key, "a whole number", &nlohmann::json::is_number_integer)) out = v->get<Int>();
  }
  void texts(const char* key, std::vector<std::string>& out) {
    each(key, [&](const nlohmann::json& item, const std::string& at) {
      if (!item.is_string()) return fail_at(at, "a text");
      out.push_back(item.get<std::string>());
    });
  }
  /// Calls `read(item, path)` for each item of the array `key`.
  template <typename F>
  void each(const char* key, F read) {
    const auto* v = field(key, "a list", &nlohmann::json::is_array);
    if (!v) return;
    for (size_t i = 0; i < v->size() && ok(); ++i) read((*v)[i], path_ + key + "[" + std::to_string(i) + "]");
  }
  bool ok() const { return error_->empty(); }
  /// True when `key` is written: the fields added after the first version are optional.
  bool has(const char* key) const { return j_.is_object() && j_.contains(key); }

 private:
  const nlohmann::json* field(const char* key, const char* kind, bool (nlohmann::json::*is)() const noexcept) {
    if (!ok() || !j_.is_object()) return nullptr;
    auto it = j_.find(key);
    if (it == j_.end() || !((*it).*is)()) {
      fail(key, kind);
      return nullptr;
    }
    return &*it;
  }
  void fail(const std::string& key, const char* kind) {
    std::string at = path_ + key;
    if (!at.empty() && at.back() == '.') at.pop_back();  // the object itself
    fail_at(at, kind);
  }
  void fail_at(const std::string& at, const char* kind) {
    if (ok()) *error_ = (at.empty() ? std::string("the report") : at) + " must be " + kind;
  }

  const nlohmann::json& j_;
  std::string path_;
  std::string* error_;
};

MemberReport read_member(const nlohmann::json& j, const std::string& path, std::string* error) {
  MemberReport m;
  Reader r(j, path + ".", error);
  r.text("slug", m.slug);
  r.text("name", m.name);
  r.text("school_type", m.school_type);
  r.text("commune", m.commune);
  r.text("managing_body", m.managing_body);
  r.text("url", m.url);
  r.flag("built", m.built);
  r.texts("diagnostics", m.diagnostics);
  r.each("requirements", [&](const nlohmann::json& item, const std::string& at) {
    RequirementStatus s;
    Reader q(item, at + ".", error);
    q.text("id", s.id);
    q.text("name", s.name);
    q.text("status", s.status);
    q.text("evidence", s.evidence);
    q.text("note", s.note);
    m.requirements.push_back(std::move(s));
  });
  r.integer("posts_in_window", m.posts_in_window);
  r.number("posts_per_week", m.posts_per_week);
  r.text("window_since", m.window_since);
  r.text("window_until", m.window_until);
  r.each("score", [&](const nlohmann::json& item, const std::string& at) {
    ScoreLine s;
    Reader q(item, at + ".", error);
    q.text("id", s.id);
    q.text("name", s.name);
    q.number("points", s.points);
    q.number("max", s.max);
    q.flag("measured", s.measured);
    m.score.push_back(std::move(s));
  });
  r.number("score_total", m.score_total);
  r.number("score_max", m.score_max);
  r.each("posts_used", [&](const nlohmann::json& item, const std::string& at) {
    PostsUsedYear y;
    Reader q(item, at + ".", error);
    q.integer("from_year", y.from_year);
    q.integer("count", y.count);
    m.posts_used.push_back(y);
  });
  r.integer("latest_post", m.latest_post);
  if (r.has("host")) r.text("host", m.host);
  if (r.has("address")) r.text("address", m.address);
  if (r.has("phone")) r.text("phone", m.phone);
  if (r.has("email")) r.text("email", m.email);
  if (r.has("posts"))
    r.each("posts", [&](const nlohmann::json& item, const std::string& at) {
      PortalPost p;
      Reader q(item, at + ".", error);
      q.text("title", p.title);
      q.text("url", p.url);
      q.integer("date", p.date);
      q.text("date_vn", p.date_vn);
      q.text("date_iso", p.date_iso);
      q.text("summary", p.summary);
      q.flag("portal", p.portal);
      m.posts.push_back(std::move(p));
    });
  if (r.has("search_digest")) r.text("search_digest", m.search_digest);
  return m;
}

}  // namespace

nlohmann::json to_json(const PortalReport& report) {
  nlohmann::json members = nlohmann::json::array();
  for (const auto& m : report.members) members.push_back(member_json(m));
  return {{"name", report.name},
          {"province", report.province},
          {"base_url", report.base_url},
          {"rubric", report.rubric},
          {"posts_used_threshold", report.posts_used_threshold},
          {"generated_at", report.generated_at},
          {"members", members},
          {"config_hash", report.config_hash},
          {"shard", report.shard},
          {"all_members", report.all_members}};
}

std::optional<PortalReport> portal_report_from_json(const nlohmann::json& j, std::string* error) {
  std::string own;
  std::string* err = error ? error : &own;
  err->clear();
  PortalReport report;
  Reader r(j, "", err);
  r.text("name", report.name);
  r.text("province", report.province);
  r.text("base_url", report.base_url);
  r.text("rubric", report.rubric);
  r.integer("posts_used_threshold", report.posts_used_threshold);
  r.integer("generated_at", report.generated_at);
  r.each("members", [&](const nlohmann::json& item, const std::string& at) {
    report.members.push_back(read_member(item, at, err));
  });
  if (r.has("config_hash")) r.text("config_hash", report.config_hash);
  if (r.has("shard")) r.text("shard", report.shard);
  if (r.has("all_members")) r.texts("all_members", report.all_members);
  if (!err->empty()) return std::nullopt;
  return report;
}

}  // namespace wt::portal

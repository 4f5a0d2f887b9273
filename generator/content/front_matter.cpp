#include "content/front_matter.hpp"

#include <algorithm>

#include "core/text.hpp"
#include "core/url_safety.hpp"
#include "core/yaml_document.hpp"
#include "core/yaml_position.hpp"
#include "core/yaml_syntax_error.hpp"

namespace wt::content {
namespace {

using Kind = yaml::Node::Kind;

// What a wrong value is called in a message: its text, or "a list".
std::string shown(const yaml::Node& n) { return n.kind == Kind::Scalar ? n.scalar : "a list"; }

bool is_fence(const std::string& text, size_t pos, size_t* next) {
  if (text.compare(pos, 3, "---") != 0) return false;
  size_t i = pos + 3;
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\r')) ++i;
  if (i < text.size() && text[i] != '\n') return false;
  *next = i < text.size() ? i + 1 : i;
  return true;
}

class FieldReader {
 public:
  FieldReader(const SplitDocument& doc, const std::string& file, int tz, DiagnosticSink& sink)
      : doc_(doc), file_(file), tz_(tz), sink_(sink) {}

  Position at(const yaml::Node& n) const {
    return yaml_position(file_, n, doc_.yaml_line_offset);
  }
  void error(const yaml::Node& n, const std::string& code, const std::string& msg) {
    sink_.error(at(n), code, msg);
    ok_ = false;
    ++errors_;
  }
  void text(const yaml::Node& n, const std::string& key, std::string& out) {
    if (n.kind != Kind::Scalar) return error(n, "content.front-matter.type", "'" + key + "' should be a text value");
    out = to_nfc(trim(n.scalar));
  }
  // A URL the page shows: the scheme allow-list of core/url_safety.hpp.
  void url(const yaml::Node& n, const std::string& key, std::string& out, UrlUse use) {
    text(n, key, out);
    if (auto why = url_refusal(out, use)) {
      error(n, "content.front-matter.url", "'" + key + "' cannot be '" + out + "': " + *why);
    }
  }
  void boolean(const yaml::Node& n, const std::string& key, bool& out) {
    if (n.kind == Kind::Scalar) {
      const std::string& v = n.scalar;
      if (v == "true" || v == "yes" || v == "True") { out = true; return; }
      if (v == "false" || v == "no" || v == "False") { out = false; return; }
    }
    error(n, "content.front-matter.type", "'" + key + "' should be true or false, not \"" + shown(n) + "\"");
  }
  void integer(const yaml::Node& n, const std::string& key, int& out) {
    if (auto v = yaml::to_int(n)) {
      out = *v;
      return;
    }
    error(n, "content.front-matter.type", "'" + key + "' should be a whole number, not \"" + shown(n) + "\"");
  }
  void date(const yaml::Node& n, const std::string& key, std::optional<DateTime>& out) {
    if (n.kind == Kind::Scalar) {
      if (auto d = parse_date(n.scalar, tz_)) { out = d; return; }
    }
    error(n, "content.front-matter.date",
          "'" + key + "' is not a valid date: \"" + shown(n) + "\" (expected a day of the calendar written 05/09/2025 or 2025-09-05, with a time if needed: 05/09/2025 07:30, 2025-09-05T07:30:00+07:00)");
  }
  void list(const yaml::Node& n, const std::string& key, std::vector<std::string>& out,
            std::vector<Position>* positions = nullptr) {
    auto add = [&](const yaml::Node& item) {
      if (item.kind != Kind::Scalar) return error(item, "content.front-matter.type", "each item of '" + key + "' should be a text value");
      std::string v = to_nfc(trim(item.scalar));
      if (v.empty()) return;
      out.push_back(v);
      if (positions) positions->push_back(at(item));
    };
    if (n.kind == Kind::Sequence) {
      for (const auto& item : n.items) add(item);
    } else if (n.kind == Kind::Scalar) {
      add(n);  // a single value is accepted as a one-item list
    } else if (n.kind != Kind::Null) {
      error(n, "content.front-matter.type", "'" + key + "' should be a list like [\"a\", \"b\"]");
    }
  }
  // `key`: where an empty value is reported (an empty value has no position of its own).
  void status(const yaml::Node& key, const yaml::Node& n, Status& out) {
    const std::string v = n.kind == Kind::Scalar ? to_nfc(trim(n.scalar)) : n.kind == Kind::Null ? "" : "a list";
    if (n.kind == Kind::Scalar) {
      if (auto s = parse_status(v)) {
        out = *s;
        return;
      }
    }
    error(n.kind == Kind::Null ? key : n, "content.front-matter.status",
          "'status' should be draft, review or published (in Vietnamese: nháp, chờ duyệt, đã duyệt), not \"" + v +
              "\"");
  }
  bool ok() const { return ok_; }
  int errors() const { return errors_; }

 private:
  const SplitDocument& doc_;
  const std::string& file_;
  int tz_;
  DiagnosticSink& sink_;
  bool ok_ = true;
  int errors_ = 0;
};

// Lower case for the status words: ASCII letters, and the capitals of
// "Đã duyệt", "Chờ duyệt", "Nháp" that are not ASCII.
std::string lower_status_word(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s.compare(i, 2, "\xC4\x90") == 0) {  // Đ
      out += "\xC4\x91";                     // đ
      ++i;
    } else {
      char c = s[i];
      out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
  }
  return out;
}

// `draft` and `status` both written: they must say the same thing.
void check_draft_and_status(const yaml::Node& draft, const yaml::Node& status, const FrontMatter& fm,
                            FieldReader& r) {
  const bool says_draft = fm.status == Status::Draft;
  if (fm.draft == says_draft) return;
  const Position d = r.at(draft), s = r.at(status);
  r.error(status, "content.front-matter.status-contradiction",
          "'draft: " + std::string(fm.draft ? "true" : "false") + "' (line " + std::to_string(d.line) +
              ") and 'status: " + status_name(fm.status) + "' (line " + std::to_string(s.line) +
              ") contradict each other: keep only 'status: " + status_name(fm.status) + "'");
}

}  // namespace

const char* status_name(Status s) {
  switch (s) {
    case Status::Review: return "review";
    case Status::Draft: return "draft";
    default: return "published";
  }
}

std::optional<Status> parse_status(const std::string& value) {
  const std::string v = lower_status_word(to_nfc(trim(value)));
  if (v == "published" || v == "đã duyệt") return Status::Published;
  if (v == "review" || v == "chờ duyệt") return Status::Review;
  if (v == "draft" || v == "nháp") return Status::Draft;
  return std::nullopt;
}

const std::vector<std::string>& front_matter_keys() {
  static const std::vector<std::string> keys = {
      "title", "date", "updated", "publish_date", "expiry_date", "draft", "categories", "tags",
      "summary", "description", "author", "source", "image", "image_alt", "portal", "aliases",
      "slug", "weight", "layout", "toc", "sort_by", "paginate", "status", "approved_by"};
  return keys;
}

std::optional<SplitDocument> split_front_matter(const std::string& text, const std::string& file,
                                                DiagnosticSink& sink) {
  size_t start = 0;
  if (text.compare(0, 3, "\xEF\xBB\xBF") == 0) start = 3;  // UTF-8 BOM from Windows editors
  size_t pos;
  if (!is_fence(text, start, &pos)) {
    sink.error({file, 1, 1}, "content.front-matter.missing",
               "this page has no front matter: start the file with a line '---', then 'title: ...', then '---'");
    return std::nullopt;
  }
  SplitDocument doc;
  doc.yaml_line_offset = 1;
  size_t yaml_start = pos;
  int line = 2;
  while (pos < text.size()) {
    size_t next;
    if (is_fence(text, pos, &next)) {
      doc.yaml = text.substr(yaml_start, pos - yaml_start);
      doc.body = text.substr(next);
      doc.body_line_offset = line;
      return doc;
    }
    size_t nl = text.find('\n', pos);
    if (nl == std::string::npos) break;
    pos = nl + 1;
    ++line;
  }
  sink.error({file, 1, 1}, "content.front-matter.unclosed",
             "the front matter starts with '---' here but has no closing '---' line");
  return std::nullopt;
}

std::optional<FrontMatter> parse_front_matter(const SplitDocument& doc, const std::string& file,
                                              int timezone_minutes, bool is_section_index,
                                              DiagnosticSink& sink) {
  yaml::ParseError yaml_error;
  std::optional<yaml::Node> root = yaml::parse(doc.yaml, &yaml_error);
  if (!root) {
    report_yaml_syntax_error(
        sink, {file, doc.yaml, "content.front-matter.yaml", "the front matter is not valid YAML: ", doc.yaml_line_offset},
        yaml_error);
    return std::nullopt;
  }
  FrontMatter fm;
  if (root->kind == Kind::Null) root->kind = Kind::Mapping;
  if (root->kind != Kind::Mapping) {
    sink.error({file, 2, 1}, "content.front-matter.yaml",
               "the front matter should be lines like 'title: ...'");
    return std::nullopt;
  }
  FieldReader r(doc, file, timezone_minutes, sink);
  bool has_title = false;
  const yaml::Node *draft_node = nullptr, *status_node = nullptr;  // when read without error
  for (const auto& kv : root->pairs) {
    const std::string& key = kv.first.scalar;
    const yaml::Node& v = kv.second;
    if (key == "title") {
      r.text(v, key, fm.title);
      fm.title_position = r.at(v);
      has_title = true;
    } else if (key == "date") r.date(v, key, fm.date);
    else if (key == "updated") r.date(v, key, fm.updated);
    else if (key == "publish_date") r.date(v, key, fm.publish_date);
    else if (key == "expiry_date") r.date(v, key, fm.expiry_date);
    else if (key == "draft") {
      const int before = r.errors();
      r.boolean(v, key, fm.draft);
      if (r.errors() == before) draft_node = &v;
    } else if (key == "status") {
      const int before = r.errors();
      r.status(kv.first, v, fm.status);
      if (r.errors() == before) status_node = &v;
    } else if (key == "approved_by") {
      r.text(v, key, fm.approved_by);
      if (v.kind == Kind::Scalar && fm.approved_by.empty())
        r.error(v, "content.front-matter.approved-by",
                "'approved_by' is empty: write who approved the page, like \"Nguyễn Thị Hoa (Trưởng ban biên tập)\", "
                "or remove the line");
    }
    else if (key == "portal") r.boolean(v, key, fm.portal);
    else if (key == "toc") r.boolean(v, key, fm.toc);
    else if (key == "categories") r.list(v, key, fm.categories);
    else if (key == "tags") r.list(v, key, fm.tags);
    else if (key == "aliases") r.list(v, key, fm.aliases, &fm.alias_positions);
    else if (key == "summary") r.text(v, key, fm.summary);
    else if (key == "description") r.text(v, key, fm.description);
    else if (key == "author") r.text(v, key, fm.author);
    else if (key == "source") r.text(v, key, fm.source);
    else if (key == "image") {
      r.url(v, key, fm.image, UrlUse::Image);
      fm.image_position = r.at(v);
    }
    else if (key == "image_alt") r.text(v, key, fm.image_alt);
    else if (key == "slug") {
      r.text(v, key, fm.slug);
      if (!fm.slug.empty() && slugify(fm.slug) != fm.slug)
        r.error(v, "content.front-matter.slug",
                "'slug' may only hold lower-case letters without accents, digits and '-': try '" +
                    slugify(fm.slug) + "'");
    } else if (key == "weight") r.integer(v, key, fm.weight);
    else if (key == "layout") r.text(v, key, fm.layout);
    else if (key == "sort_by" && is_section_index) {
      r.text(v, key, fm.sort_by);
      if (fm.sort_by != "date" && fm.sort_by != "weight" && fm.sort_by != "title")
        r.error(v, "content.front-matter.sort-by", "'sort_by' should be date, weight or title");
    } else if (key == "paginate" && is_section_index) r.integer(v, key, fm.paginate);
    else {
      std::string msg = "unknown front matter key '" + key + "'";
      std::string guess = closest_match(key, front_matter_keys());
      if (key == "sort_by" || key == "paginate") msg += " (only allowed in _index.md)";
      else if (!guess.empty()) msg += " (did you mean '" + guess + "'?)";
      r.error(kv.first, "content.front-matter.unknown-key", msg);
    }
  }
  if (!has_title || fm.title.empty()) {
    Position p = has_title ? fm.title_position : Position{file, 1, 1};
    sink.error(p, "content.front-matter.title", "this page has no title: add a line 'title: ...' to its front matter");
    return std::nullopt;
  }
  if (status_node) {
    fm.status_position = r.at(*status_node);
    if (draft_node) check_draft_and_status(*draft_node, *status_node, fm, r);
  } else if (fm.draft && draft_node) {
    fm.status = Status::Draft;
    fm.status_position = r.at(*draft_node);
  }
  if (!r.ok()) return std::nullopt;
  return fm;
}

}  // namespace wt::content

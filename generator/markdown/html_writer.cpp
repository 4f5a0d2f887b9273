#include "markdown/html_writer.hpp"

#include "core/base_path.hpp"
#include "core/url_safety.hpp"
#include "markdown/allow_list.hpp"
#include "markdown/plain_text.hpp"

namespace wt::markdown::detail {
namespace {

constexpr size_t kQuotedCodePoints = 40;

bool is_void(const std::string& tag) {
  return tag == "br" || tag == "hr" || tag == "img" || tag == "input" || tag == "wbr" || tag == "col";
}

std::string lower(std::string text) {
  for (char& c : text) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  return text;
}

void append_escaped_text(std::string& out, const std::string& text) {
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      default: out += c; break;
    }
  }
}

void append_attribute(std::string& out, const std::string& name, const std::string& value) {
  out += ' ';
  out += name;
  out += "=\"";
  for (char c : value) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '"': out += "&quot;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      default: out += c; break;
    }
  }
  out += '"';
}

const HtmlAttribute* find_attribute(const HtmlNode& node, const std::string& name) {
  for (const auto& a : node.attributes)
    if (a.name == name) return &a;
  return nullptr;
}

class Writer {
 public:
  explicit Writer(const WriteOptions& options) : options_(options) {}

  void nodes(const std::vector<HtmlNode>& list) {
    for (const HtmlNode& node : list) this->node(node);
  }

  WrittenHtml result() { return {std::move(out_), std::move(dropped_)}; }

 private:
  void node(const HtmlNode& n) {
    switch (n.kind) {
      case HtmlNode::Kind::Text: append_escaped_text(out_, n.text); break;
      case HtmlNode::Kind::Comment: break;  // invisible, and best not carried over
      case HtmlNode::Kind::Element: element(n); break;
    }
  }

  void element(const HtmlNode& n) {
    ElementRule rule = n.html ? element_rule(n.tag) : ElementRule::Remove;
    if (rule == ElementRule::Keep && n.tag == "input") rule = checkbox(n) ? rule : ElementRule::Remove;
    if (rule == ElementRule::Remove) {
      drop(n.offset, "removed <" + n.tag + "> and what it holds: " + element_reason(n.tag, n.html));
      return;
    }
    if (rule == ElementRule::Unwrap) {
      drop(n.offset, "removed the tag <" + n.tag + ">, kept its text: " + element_reason(n.tag, n.html));
      nodes(n.children);
      return;
    }
    out_ += '<';
    out_ += n.tag;
    attributes(n);
    out_ += '>';
    if (is_void(n.tag)) return;
    // The parser drops a newline just after <pre>: write one more, so a
    // newline that was content stays content.
    if (n.tag == "pre" && !n.children.empty() && n.children.front().kind == HtmlNode::Kind::Text &&
        n.children.front().text.rfind('\n', 0) == 0) {
      out_ += '\n';
    }
    nodes(n.children);
    out_ += "</";
    out_ += n.tag;
    out_ += '>';
  }

  static bool checkbox(const HtmlNode& n) {
    const HtmlAttribute* type = find_attribute(n, "type");
    return type && lower(type->value) == "checkbox";
  }

  void attributes(const HtmlNode& n) {
    if (n.tag == "input") {  // a task list's box: shown, never editable
      out_ += " type=\"checkbox\"";
      if (find_attribute(n, "checked")) out_ += " checked=\"\"";
      out_ += " disabled=\"\"";
      return;
    }
    if (n.tag == "img" && options_.lazy_images && !find_attribute(n, "loading")) {
      append_attribute(out_, "loading", "lazy");
    }
    for (const HtmlAttribute& a : n.attributes) attribute(n, a);
  }

  void attribute(const HtmlNode& n, const HtmlAttribute& a) {
    AttributeRule rule = attribute_rule(n.tag, a.name);
    if (rule == AttributeRule::Drop) {
      drop(a.offset, "removed " + a.name + " from <" + n.tag + ">: " + attribute_reason(n.tag, a.name));
      return;
    }
    if (rule != AttributeRule::Keep) {
      if (auto why = url_refusal(a.value, rule == AttributeRule::Link ? UrlUse::Link : UrlUse::Image)) {
        drop(a.offset, "removed " + a.name + "=\"" + excerpt(a.value, kQuotedCodePoints) + "\" from <" + n.tag +
                           ">: " + *why);
        return;
      }
      append_attribute(out_, a.name, under_base_path(a.value, options_.base_path));
      return;
    }
    append_attribute(out_, a.name, a.value);
  }

  void drop(size_t offset, std::string message) { dropped_.push_back({offset, std::move(message)}); }

  const WriteOptions& options_;
  std::string out_;
  std::vector<DroppedHtml> dropped_;
};

}  // namespace

WrittenHtml write_allowed_html(const std::vector<HtmlNode>& nodes, const WriteOptions& options) {
  Writer writer(options);
  writer.nodes(nodes);
  return writer.result();
}

}  // namespace wt::markdown::detail

#include "markdown/table_labels.hpp"

#include <algorithm>
#include <string_view>
#include <vector>

namespace wt::markdown::detail {
namespace {

constexpr std::size_t kMaxLabelBytes = 80;
constexpr int kMaxColspan = 1000;  // as browsers clamp it

struct Table {
  std::vector<std::string> labels;  // escaped, ready for an attribute value
  bool in_head = false;
  bool head_row_done = false;  // the first header row gave the names
  bool in_head_row = false;
  std::size_t column = 0;
};

// The tag's name, lower case, with a leading '/' for an end tag ("td", "/tr").
std::string_view tag_name(std::string_view tag, std::string& buf) {
  buf.clear();
  std::size_t i = 1;
  if (i < tag.size() && tag[i] == '/') buf += tag[i++];
  for (; i < tag.size(); ++i) {
    char c = tag[i];
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) break;
    buf += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return buf;
}

bool has_attribute(std::string_view tag, std::string_view name) {
  for (std::size_t at = tag.find(name); at != std::string_view::npos; at = tag.find(name, at + 1)) {
    const char before = tag[at - 1];
    const std::size_t after = at + name.size();
    if ((before == ' ' || before == '\t' || before == '\n') && after < tag.size() &&
        (tag[after] == '=' || tag[after] == ' ' || tag[after] == '>' || tag[after] == '/'))
      return true;
  }
  return false;
}

std::size_t colspan(std::string_view tag) {
  std::size_t at = tag.find(" colspan=\"");
  if (at == std::string_view::npos) return 1;
  int n = 0;
  for (std::size_t i = at + 10; i < tag.size() && tag[i] >= '0' && tag[i] <= '9'; ++i) {
    n = std::min(kMaxColspan, n * 10 + (tag[i] - '0'));
  }
  return n > 0 ? static_cast<std::size_t>(n) : 1;
}

// A header cell's text as an attribute value: tags left out, white space
// collapsed, '"' escaped (the rest is escaped already), cut at a character.
std::string label_of(std::string_view inner) {
  std::string out;
  bool in_tag = false, space = false;
  for (char c : inner) {
    if (c == '<') in_tag = true;
    if (in_tag) {
      if (c == '>') in_tag = false;
      continue;
    }
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    if (c == '"') out += "&quot;";
    else out += c;
  }
  if (out.size() > kMaxLabelBytes) {
    std::size_t cut = kMaxLabelBytes;
    while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;
    // never in the middle of an entity
    std::size_t amp = out.rfind('&', cut);
    if (amp != std::string::npos && out.find(';', amp) >= cut) cut = amp;
    out.resize(cut);
    out += "…";
  }
  return out;
}

}  // namespace

std::string label_table_cells(std::string html) {
  if (html.find("<table") == std::string::npos) return html;
  std::string out;
  out.reserve(html.size() + html.size() / 8);
  std::vector<Table> tables;
  std::string name_buf;
  std::size_t pos = 0;
  std::size_t next_table = 0;  // the next "<table" at or after pos (looked up again only once passed)
  while (pos < html.size()) {
    const std::size_t lt = html.find('<', pos);
    if (lt == std::string::npos) break;
    const std::size_t gt = html.find('>', lt);
    if (gt == std::string::npos) break;
    out.append(html, pos, lt - pos);
    const std::string_view tag(html.data() + lt, gt + 1 - lt);
    const std::string_view name = tag_name(tag, name_buf);
    pos = gt + 1;
    Table* t = tables.empty() ? nullptr : &tables.back();
    if (name == "table") {
      tables.emplace_back();
    } else if (name == "/table") {
      if (t) tables.pop_back();
    } else if (t && name == "thead") {
      t->in_head = true;
    } else if (t && name == "/thead") {
      t->in_head = false;
      t->in_head_row = false;
    } else if (t && name == "tr") {
      t->column = 0;
      t->in_head_row = t->in_head && !t->head_row_done;
    } else if (t && name == "/tr") {
      if (t->in_head_row) t->head_row_done = true;
      t->in_head_row = false;
    } else if (t && t->in_head_row && (name == "th" || name == "td")) {
      // Its text up to its end tag, unless a table starts first (a header
      // cell holding a table gives no name).
      const std::string close = name == "th" ? "</th>" : "</td>";
      const std::size_t end = html.find(close, pos);
      if (next_table != std::string::npos && next_table < pos) next_table = html.find("<table", pos);
      if (end != std::string::npos && (next_table == std::string::npos || next_table > end)) {
        std::string label = label_of(std::string_view(html).substr(pos, end - pos));
        const std::size_t span = colspan(tag);
        for (std::size_t k = 0; k < span; ++k) t->labels.push_back(k == 0 ? label : std::string());
      }
    } else if (t && !t->in_head && (name == "td" || name == "th")) {
      const std::size_t column = t->column;
      t->column += colspan(tag);
      if (name == "td" && column < t->labels.size() && !t->labels[column].empty() &&
          !has_attribute(tag, "data-label")) {
        out += "<td data-label=\"";
        out += t->labels[column];
        out += '"';
        out.append(tag.substr(3));
        continue;
      }
    }
    out.append(tag);
  }
  out.append(html, pos, std::string::npos);
  return out;
}

}  // namespace wt::markdown::detail

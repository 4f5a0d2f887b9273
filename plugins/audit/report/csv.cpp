// write_csv: the audit as an RFC 4180 sheet, UTF-8 with BOM.
#include <algorithm>
#include <map>
#include <sstream>

#include "audit/report/format.hpp"
#include "audit/report/report.hpp"

namespace wt::audit {
namespace {

std::string field(const std::string& s) {
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

/// "cap-reached: <what> (at <where>)"; "" when the site did not fail.
std::string error_cell(const SiteResult& s) {
  if (!s.error) return "";
  std::string cell = s.error->kind + ": " + s.error->what;
  if (!s.error->where.empty()) cell += " (at " + s.error->where + ")";
  return cell;
}

/// "<reason>: <url>; ..." for every refusal kept, then "(N more)".
std::string refused_cell(const CrawlNotes& crawl) {
  std::string cell;
  for (const auto& r : crawl.refused) cell += (cell.empty() ? "" : "; ") + r.reason + ": " + r.url;
  const int more = crawl.refused_count - static_cast<int>(crawl.refused.size());
  if (more > 0) cell += " (" + std::to_string(more) + " more)";
  return cell;
}

void add_unique(std::vector<std::string>& ids, const std::string& id) {
  if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
}

}  // namespace

void write_csv(std::ostream& out, const std::vector<SiteResult>& sites) {
  using report_detail::number;
  using report_detail::kNotMeasured;
  std::vector<std::string> item_ids, section_ids;
  for (const auto& s : sites) {
    for (const auto& i : s.score.items) add_unique(item_ids, i.id);
    for (const auto& m : s.sections) add_unique(section_ids, m.id);
  }
  auto row = [&out](const std::vector<std::string>& cells) {
    for (size_t i = 0; i < cells.size(); ++i) out << (i ? "," : "") << field(cells[i]);
    out << "\r\n";
  };
  out << "\xEF\xBB\xBF";
  std::vector<std::string> header = {"url", "pages", "posts", "in_window", "per_week", "total", "max"};
  for (const auto& id : item_ids) header.push_back("item:" + id);
  for (const auto& id : section_ids) header.push_back("section:" + id);
  header.push_back("error");
  header.push_back("refused");
  row(header);
  for (const auto& s : sites) {
    std::vector<std::string> cells = {s.url,
                                      std::to_string(s.pages),
                                      std::to_string(s.posts.count),
                                      std::to_string(s.posts.in_window),
                                      number(report_detail::cut_per_week(s.posts.per_week)),
                                      number(s.score.total),
                                      number(s.score.max)};
    for (const auto& id : item_ids) {
      auto it = std::find_if(s.score.items.begin(), s.score.items.end(), [&](const ScoreLine& l) { return l.id == id; });
      cells.push_back(it == s.score.items.end() ? "" : !it->measured ? std::string(kNotMeasured) : number(it->points));
    }
    for (const auto& id : section_ids) {
      auto it = std::find_if(s.sections.begin(), s.sections.end(), [&](const SectionMatch& m) { return m.id == id; });
      // 1 found (required or not), 0 required and not found, blank neither.
      cells.push_back(it == s.sections.end() ? "" : it->found ? "1" : it->applies ? "0" : "");
    }
    cells.push_back(error_cell(s));
    cells.push_back(refused_cell(s.crawl));
    row(cells);
  }
}

std::string to_csv(const std::vector<SiteResult>& sites) {
  std::ostringstream out;
  write_csv(out, sites);
  return out.str();
}

}  // namespace wt::audit

#include "audit/command/audit_inputs.hpp"

#include <algorithm>
#include <cctype>

#include <nlohmann/json.hpp>

#include "regulations/school_type.hpp"

namespace wt::audit {
namespace {

std::string trim(const std::string& s) {
  auto b = s.find_first_not_of(" \t\r\n"), e = s.find_last_not_of(" \t\r\n");
  return b == std::string::npos ? "" : s.substr(b, e - b + 1);
}

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}

/// "120", "1.200", "1,5", "3.5" -> a number. A dot followed by exactly three
/// digits (and nothing but digit groups) is a Vietnamese thousands separator.
std::optional<double> parse_number(std::string s) {
  s = trim(s);
  if (s.empty()) return std::nullopt;
  bool grouped = s.find('.') != std::string::npos && s.find(',') == std::string::npos;
  if (grouped) {
    size_t pos = s.find('.');
    size_t prev = pos;
    bool ok = pos > 0 && pos <= 3;
    while (ok && pos != std::string::npos) {
      size_t next = s.find('.', pos + 1);
      size_t len = (next == std::string::npos ? s.size() : next) - pos - 1;
      ok = len == 3;
      prev = pos;
      pos = next;
    }
    (void)prev;
    if (ok) s.erase(std::remove(s.begin(), s.end(), '.'), s.end());
  } else {
    std::replace(s.begin(), s.end(), ',', '.');
  }
  try {
    size_t used = 0;
    double v = std::stod(s, &used);
    if (used != s.size() || v < 0) return std::nullopt;
    return v;
  } catch (...) {
    return std::nullopt;
  }
}

}  // namespace

std::string site_key(const std::string& url) {
  std::string u = trim(url);
  if (auto p = u.find("://"); p != std::string::npos) u = u.substr(p + 3);
  u = u.substr(0, u.find_first_of("?#"));
  auto slash = u.find('/');
  std::string host = lower(u.substr(0, slash));
  std::string path = slash == std::string::npos ? "" : u.substr(slash);
  if (auto at = host.rfind('@'); at != std::string::npos) host = host.substr(at + 1);
  for (const char* port : {":80", ":443"})
    if (host.size() > 3 && host.compare(host.size() - std::string(port).size(), std::string::npos, port) == 0)
      host.resize(host.size() - std::string(port).size());
  if (host.rfind("www.", 0) == 0) host = host.substr(4);
  while (!path.empty() && path.back() == '/') path.pop_back();
  return host + path;
}

std::vector<ListedSite> read_site_list(const std::string& text, const std::string& file, DiagnosticSink& sink) {
  std::vector<ListedSite> out;
  size_t start = 0;
  int line_no = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    std::string line = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
    ++line_no;
    start = end == std::string::npos ? text.size() + 1 : end + 1;
    if (line_no == 1 && line.rfind("\xEF\xBB\xBF", 0) == 0) line.erase(0, 3);
    if (auto h = line.find('#'); h != std::string::npos) line.erase(h);
    for (char& c : line)
      if (c == ',' || c == ';' || c == '\t' || c == '\r') c = ' ';
    size_t b = line.find_first_not_of(' ');
    if (b == std::string::npos) continue;
    size_t e = line.find(' ', b);
    ListedSite site;
    site.url = line.substr(b, e == std::string::npos ? std::string::npos : e - b);
    const int url_col = static_cast<int>(b) + 1;
    if (site.url.find("://") == std::string::npos) site.url = "http://" + site.url;
    if (site.url.rfind("http://", 0) != 0 && site.url.rfind("https://", 0) != 0) {
      sink.error({file, line_no, url_col}, "audit.list.url",
                 "'" + site.url + "' is not a web address (http:// or https://)");
      continue;
    }
    if (e != std::string::npos) {
      size_t tb = line.find_first_not_of(' ', e);
      if (tb != std::string::npos) {
        size_t te = line.find(' ', tb);
        std::string type = lower(line.substr(tb, te == std::string::npos ? std::string::npos : te - tb));
        if (!regulations::is_school_type(type)) {
          sink.error({file, line_no, static_cast<int>(tb) + 1}, "audit.list.type",
                     "unknown school type '" + type + "' (one of " + regulations::school_type_list() + ")");
          continue;
        }
        site.type = type;
        if (te != std::string::npos && line.find_first_not_of(' ', te) != std::string::npos)
          sink.warning({file, line_no, static_cast<int>(line.find_first_not_of(' ', te)) + 1}, "audit.list.extra",
                       "text after the school type is ignored");
      }
    }
    out.push_back(std::move(site));
  }
  return out;
}

namespace {

std::optional<std::map<std::string, ScoreInputs>> read_json_inputs(const std::string& text, const std::string& file,
                                                                  DiagnosticSink& sink) {
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(text);
  } catch (const nlohmann::json::parse_error& e) {
    // byte offset -> line and column
    size_t off = std::min<size_t>(e.byte > 0 ? e.byte - 1 : 0, text.size());
    int line = 1 + static_cast<int>(std::count(text.begin(), text.begin() + off, '\n'));
    size_t ls = text.rfind('\n', off == 0 ? 0 : off - 1);
    int col = static_cast<int>(off - (ls == std::string::npos ? 0 : ls + 1)) + 1;
    std::string msg = e.what();
    if (auto p = msg.find("parse error"); p != std::string::npos) msg = msg.substr(p);
    sink.error({file, line, col}, "audit.input.json", msg);
    return std::nullopt;
  }
  if (!j.is_object()) {
    sink.error({file, 1, 1}, "audit.input.json", "expected an object: {\"<site>\": {\"visits_per_day\": 120}}");
    return std::nullopt;
  }
  std::map<std::string, ScoreInputs> out;
  for (auto& [site, values] : j.items()) {
    if (!values.is_object()) {
      sink.error({file, 0, 0}, "audit.input.json", "the values of '" + site + "' should be an object");
      continue;
    }
    ScoreInputs& in = out[site_key(site)];
    for (auto& [measure, v] : values.items()) {
      if (v.is_number() && v.get<double>() >= 0) in.values[measure] = v.get<double>();
      else if (v.is_string() && parse_number(v.get<std::string>())) in.values[measure] = *parse_number(v.get<std::string>());
      else if (!v.is_null())
        sink.error({file, 0, 0}, "audit.input.value",
                   "'" + site + "' " + measure + ": expected a number, not " + v.dump());
    }
  }
  return out;
}

// The CSV form: a header row whose first column names the site, then one
// column per measure.
std::optional<std::map<std::string, ScoreInputs>> read_csv_inputs(const plugin::Table& rows, const std::string& file,
                                                                  DiagnosticSink& sink) {
  if (rows.empty()) {
    sink.error({file, 1, 1}, "audit.input.csv", "the file is empty; expected a header row: url,visits_per_day,...");
    return std::nullopt;
  }
  const auto& header = rows[0];
  std::string first_name = header.empty() ? "" : lower(trim(header[0].text));
  if (first_name != "url" && first_name != "site" && first_name != "website") {
    const plugin::TableCell& h = header.at(0);
    sink.error({file, h.line, h.column}, "audit.input.header",
               "the first column should be the site's address, headed 'url' (not '" + h.text + "')");
    return std::nullopt;
  }
  std::map<std::string, ScoreInputs> out;
  bool ok = true;
  for (size_t r = 1; r < rows.size(); ++r) {
    const auto& row = rows[r];
    if (row.empty() || trim(row[0].text).empty()) continue;
    ScoreInputs& in = out[site_key(row[0].text)];
    for (size_t c = 1; c < row.size() && c < header.size(); ++c) {
      std::string cell = trim(row[c].text);
      if (cell.empty()) continue;
      auto v = parse_number(cell);
      if (!v) {
        sink.error({file, row[c].line, row[c].column}, "audit.input.value",
                   trim(header[c].text) + ": expected a number, not '" + cell + "'");
        ok = false;
        continue;
      }
      in.values[trim(header[c].text)] = *v;
    }
  }
  if (!ok) return std::nullopt;
  return out;
}

}  // namespace

std::optional<std::map<std::string, ScoreInputs>> read_score_inputs(const std::string& text, const std::string& file,
                                                                    const plugin::PluginHost& host,
                                                                    DiagnosticSink& sink) {
  size_t first = text.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
  if (first != std::string::npos && text[first] == '{') return read_json_inputs(text, file, sink);
  plugin::TableError err;
  auto rows = host.read_csv(text, &err);
  if (!rows) {
    sink.error({file, err.line, err.column}, "audit.input.csv", err.message);
    return std::nullopt;
  }
  return read_csv_inputs(*rows, file, sink);
}

}  // namespace wt::audit

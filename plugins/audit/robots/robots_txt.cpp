// robots.txt parser and matcher (RFC 9309); see robots_txt.hpp.
#include "audit/robots/robots_txt.hpp"

#include <algorithm>
#include <cstdint>

namespace wt::audit {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\v' || c == '\f'; }

std::string_view trim_view(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

char ascii_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = ascii_lower(c);
  return out;
}

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (ascii_lower(a[i]) != ascii_lower(b[i])) return false;
  return true;
}

bool istarts_with(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && iequals(s.substr(0, prefix.size()), prefix);
}

bool is_token_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '-';
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

bool is_unreserved(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '.' || c == '_' || c == '~';
}

void append_encoded(std::string& out, unsigned char c) {
  static constexpr char digits[] = "0123456789ABCDEF";
  out += '%';
  out += digits[c >> 4];
  out += digits[c & 0xF];
}

enum class Key { unknown, user_agent, allow, disallow, sitemap, crawl_delay };

Key key_of(std::string_view name) {
  const std::string k = lower(name);
  if (k == "user-agent" || k == "useragent" || k == "user_agent") return Key::user_agent;
  if (k == "allow") return Key::allow;
  // A few misspellings seen in the wild; reading them as Disallow errs on
  // the polite side.
  if (k == "disallow" || k == "dissallow" || k == "dissalow" || k == "disalow" || k == "diasllow" ||
      k == "disallaw")
    return Key::disallow;
  if (k == "sitemap" || k == "site-map") return Key::sitemap;
  if (k == "crawl-delay" || k == "crawldelay" || k == "crawl_delay") return Key::crawl_delay;
  return Key::unknown;
}

// "12", "0.5", "2.75 seconds" -> milliseconds; nullopt for anything else.
std::optional<std::chrono::milliseconds> parse_delay(std::string_view v) {
  std::size_t i = 0;
  std::int64_t whole = 0;
  bool digits = false;
  for (; i < v.size() && v[i] >= '0' && v[i] <= '9'; ++i) {
    digits = true;
    if (whole < 100'000'000) whole = whole * 10 + (v[i] - '0');
  }
  std::int64_t frac_ms = 0;
  if (i < v.size() && v[i] == '.') {
    ++i;
    int scale = 100;
    for (; i < v.size() && v[i] >= '0' && v[i] <= '9'; ++i) {
      digits = true;
      frac_ms += (v[i] - '0') * scale;
      scale /= 10;
    }
  }
  if (!digits) return std::nullopt;
  return std::chrono::milliseconds(whole * 1000 + frac_ms);
}

// Glob match of a normalised pattern against a normalised path: `*` matches
// any run of octets; without an anchor the pattern only has to match a
// prefix of the path. Greedy with backtracking to the last `*`: O(n*m) worst
// case, no recursion.
bool pattern_matches(std::string_view pat, bool anchored, std::string_view path) {
  std::size_t p = 0, s = 0;
  std::size_t star_p = std::string_view::npos, star_s = 0;
  while (true) {
    if (p == pat.size() && (!anchored || s == path.size())) return true;
    if (p < pat.size() && pat[p] == '*') {
      star_p = p++;
      star_s = s;
      continue;
    }
    if (p < pat.size() && s < path.size() && pat[p] == path[s]) {
      ++p;
      ++s;
      continue;
    }
    if (star_p != std::string_view::npos && star_s < path.size()) {
      p = star_p + 1;
      s = ++star_s;
      continue;
    }
    return false;
  }
}

std::string_view agent_token_of_line(std::string_view value) {
  if (!value.empty() && value.front() == '*') return "*";
  std::size_t n = 0;
  while (n < value.size() && is_token_char(value[n])) ++n;
  return value.substr(0, n);
}

// The groups that apply to `token` (lower-cased): every group naming it, or
// else every `*` group.
std::vector<const RobotsGroup*> groups_for(const Robots& robots, std::string_view user_agent) {
  const std::string token = lower(product_token(trim_view(user_agent)));
  std::vector<const RobotsGroup*> named, global;
  for (const RobotsGroup& g : robots.groups) {
    for (const std::string& a : g.agents) {
      if (!token.empty() && a == token) {
        named.push_back(&g);
        break;
      }
      if (a == "*") {
        global.push_back(&g);
        break;
      }
    }
  }
  // A group listing both the agent and `*` must count as named.
  if (!named.empty()) return named;
  return global;
}

void handle_line(std::string_view line, Robots& r, const RobotsOptions& options, bool& collecting_agents) {
  if (std::size_t hash = line.find('#'); hash != std::string_view::npos) line = line.substr(0, hash);
  line = trim_view(line);
  if (line.empty()) return;

  std::string_view name, value;
  Key key = Key::unknown;
  if (std::size_t colon = line.find(':'); colon != std::string_view::npos) {
    name = trim_view(line.substr(0, colon));
    value = trim_view(line.substr(colon + 1));
    key = key_of(name);
    if (key == Key::unknown) {
      ++r.stats.unknown_directives;
      return;
    }
  } else {
    // "Disallow /x": the colon is missing but the intent is plain (Google's
    // parser accepts it too). Anything else without a colon is garbage.
    std::size_t sp = 0;
    while (sp < line.size() && !is_space(line[sp])) ++sp;
    name = line.substr(0, sp);
    value = trim_view(line.substr(sp));
    key = sp < line.size() ? key_of(name) : Key::unknown;
    if (key == Key::unknown) {
      ++r.stats.invalid_lines;
      return;
    }
  }
  ++r.stats.directives;

  switch (key) {
    case Key::user_agent: {
      if (!collecting_agents || r.groups.empty()) r.groups.emplace_back();
      collecting_agents = true;
      r.groups.back().agents.push_back(lower(agent_token_of_line(value)));
      return;
    }
    case Key::allow:
    case Key::disallow: {
      if (r.groups.empty()) return;  // Rules before any user-agent line are ignored.
      collecting_agents = false;
      if (value.empty()) return;  // "Disallow:" allows everything; "Allow:" says nothing.
      RobotsRule rule;
      rule.allow = key == Key::allow;
      if (value.back() == '$') {
        rule.anchored = true;
        value.remove_suffix(1);
      }
      std::string pat;
      if (value.empty() || (value.front() != '/' && value.front() != '*')) pat = "/";
      pat += value;
      rule.pattern = normalise_path(pat);
      rule.length = rule.pattern.size() + (rule.anchored ? 1 : 0);
      r.groups.back().rules.push_back(std::move(rule));
      return;
    }
    case Key::crawl_delay: {
      if (r.groups.empty()) return;
      collecting_agents = false;
      if (auto d = parse_delay(value)) {
        auto clamped = std::min(*d, options.crawl_delay_ceiling);
        auto& cur = r.groups.back().crawl_delay;
        cur = cur ? std::max(*cur, clamped) : clamped;
      }
      return;
    }
    case Key::sitemap: {
      // Not a group member: does not end a run of user-agent lines.
      bool absolute = (istarts_with(value, "http://") && value.size() > 7) ||
                      (istarts_with(value, "https://") && value.size() > 8);
      if (absolute && std::find(r.sitemaps.begin(), r.sitemaps.end(), value) == r.sitemaps.end())
        r.sitemaps.emplace_back(value);
      return;
    }
    case Key::unknown:
      return;
  }
}

}  // namespace

std::string normalise_path(std::string_view path) {
  std::string out;
  out.reserve(path.size());
  std::vector<std::size_t> lone;  // where a '%' that starts no escape was copied
  for (std::size_t i = 0; i < path.size(); ++i) {
    const auto c = static_cast<unsigned char>(path[i]);
    if (c == '%' && i + 2 < path.size() && hex_value(path[i + 1]) >= 0 && hex_value(path[i + 2]) >= 0) {
      const auto v = static_cast<unsigned char>(hex_value(path[i + 1]) * 16 + hex_value(path[i + 2]));
      if (is_unreserved(v))
        out += static_cast<char>(v);
      else
        append_encoded(out, v);
      i += 2;
    } else if (c >= 0x80 || c <= 0x20 || c == 0x7F) {
      append_encoded(out, c);
    } else {
      if (c == '%') lone.push_back(out.size());
      out += static_cast<char>(c);
    }
  }
  // A lone '%' stays as it is ("/100%"), unless decoding put two hex digits
  // after it ("%4%41" -> "%4A"): then it is written %25, so that the result
  // normalises to itself.
  for (auto it = lone.rbegin(); it != lone.rend(); ++it) {
    const std::size_t p = *it;
    if (p + 2 < out.size() && hex_value(out[p + 1]) >= 0 && hex_value(out[p + 2]) >= 0) out.insert(p + 1, "25");
  }
  return out;
}

std::string path_from_url(std::string_view url) {
  std::size_t search_start = 0;
  if (url.size() >= 2 && url[0] == '/' && url[1] == '/') {
    search_start = 2;  // Scheme-relative: skip the authority.
  } else {
    const std::size_t early_path = url.find_first_of("/?;");
    const std::size_t scheme_end = url.find("://");
    if (scheme_end != std::string_view::npos && (early_path == std::string_view::npos || scheme_end < early_path))
      search_start = scheme_end + 3;
  }
  const std::size_t start = url.find_first_of("/?;#", search_start);
  if (start == std::string_view::npos || url[start] == '#') return "/";
  const std::size_t end = std::min(url.find('#', start), url.size());
  std::string out;
  if (url[start] != '/') out = "/";
  out.append(url.substr(start, end - start));
  return out;
}

std::string_view product_token(std::string_view user_agent) {
  std::size_t n = 0;
  while (n < user_agent.size() && is_token_char(user_agent[n])) ++n;
  return user_agent.substr(0, n);
}

bool is_valid_product_token(std::string_view token) {
  return !token.empty() && std::all_of(token.begin(), token.end(), is_token_char);
}

Robots parse(std::string_view text, const RobotsOptions& options) {
  Robots r;
  if (text.size() > options.max_bytes) {
    r.stats.truncated = true;
    text = text.substr(0, options.max_bytes);
    // Drop the line the cap cut in two: half a rule can mean the opposite.
    const std::size_t last_break = text.find_last_of("\r\n");
    text = last_break == std::string_view::npos ? std::string_view{} : text.substr(0, last_break + 1);
  }
  // A UTF-8 byte order mark, or the start of one, is skipped.
  static constexpr std::string_view bom = "\xEF\xBB\xBF";
  for (std::size_t i = 0; i < bom.size() && !text.empty() && text.front() == bom[i]; ++i) text.remove_prefix(1);

  bool collecting_agents = false;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t end = text.find_first_of("\r\n", pos);
    if (end == std::string_view::npos) end = text.size();
    ++r.stats.lines;
    handle_line(text.substr(pos, end - pos), r, options, collecting_agents);
    if (end < text.size() && text[end] == '\r' && end + 1 < text.size() && text[end + 1] == '\n') ++end;
    pos = end + 1;
  }
  return r;
}

bool allowed(const Robots& robots, std::string_view user_agent, std::string_view path_and_query) {
  std::string path = normalise_path(path_and_query);
  if (path.empty() || path.front() != '/') path.insert(path.begin(), '/');
  const std::string_view bare = std::string_view(path).substr(0, path.find('?'));
  if (bare == "/robots.txt") return true;  // RFC 9309 §2.2.2: implicitly allowed.
  if (robots.mode == RobotsMode::allow_all) return true;
  if (robots.mode == RobotsMode::disallow_all_retry_later) return false;

  const RobotsRule* best = nullptr;
  for (const RobotsGroup* g : groups_for(robots, user_agent)) {
    for (const RobotsRule& rule : g->rules) {
      if (best && (rule.length < best->length || (rule.length == best->length && !rule.allow))) continue;
      if (pattern_matches(rule.pattern, rule.anchored, path)) best = &rule;
    }
  }
  return best == nullptr || best->allow;
}

std::optional<std::chrono::milliseconds> crawl_delay(const Robots& robots, std::string_view user_agent) {
  std::optional<std::chrono::milliseconds> out;
  for (const RobotsGroup* g : groups_for(robots, user_agent))
    if (g->crawl_delay) out = out ? std::max(*out, *g->crawl_delay) : *g->crawl_delay;
  return out;
}

RobotsAction robots_action(int status, int redirects_followed) {
  if (status >= 200 && status <= 299) return RobotsAction::parse;
  if (status >= 300 && status <= 399)
    return redirects_followed < max_robots_redirects ? RobotsAction::follow_redirect : RobotsAction::allow_all;
  if (status == 429) return RobotsAction::disallow_all_retry_later;
  if (status >= 400 && status <= 499) return RobotsAction::allow_all;
  return RobotsAction::disallow_all_retry_later;  // 5xx, 0 (unreachable), nonsense.
}

Robots robots_from_response(int status, std::string_view body, const RobotsOptions& options) {
  switch (robots_action(status, max_robots_redirects)) {
    case RobotsAction::parse:
      return parse(body, options);
    case RobotsAction::follow_redirect:
    case RobotsAction::allow_all: {
      Robots r;
      r.mode = RobotsMode::allow_all;
      return r;
    }
    case RobotsAction::disallow_all_retry_later:
      break;
  }
  Robots r;
  r.mode = RobotsMode::disallow_all_retry_later;
  return r;
}

}  // namespace wt::audit

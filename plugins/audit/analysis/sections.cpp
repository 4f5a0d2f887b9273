// find_sections: which required sections a crawled site has, by menu and link
// text, page titles, headings and URL words, compared folded.
#include <set>

#include "audit/analysis/site_analysis.hpp"
#include "core/text.hpp"

namespace wt::audit {

std::string fold_for_match(const std::string& text) {
  std::string folded = fold_diacritics(text);
  std::string out;
  out.reserve(folded.size());
  bool space = false;
  // Folded Vietnamese is ASCII: what is left beyond it (dashes, quotes,
  // no-break spaces, other scripts) separates words.
  for (unsigned char c : folded) {
    bool word = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (!word) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  }
  return out;
}

namespace {

enum class Fit { None, Words, Exact };

// `needle` (folded) as the whole of `hay` (folded) or as whole words inside it.
Fit phrase_fit(const std::string& hay, const std::string& needle) {
  if (needle.empty() || hay.empty()) return Fit::None;
  if (hay == needle) return Fit::Exact;
  return (" " + hay + " ").find(" " + needle + " ") != std::string::npos ? Fit::Words : Fit::None;
}

bool is_alnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

std::string lower(std::string s) {
  for (auto& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

// The part of a URL after its host, lower-cased.
std::string url_tail(const std::string& url) {
  size_t from = 0;
  if (size_t scheme = url.find("://"); scheme != std::string::npos) {
    size_t slash = url.find('/', scheme + 3);
    from = slash == std::string::npos ? url.size() : slash;
  }
  return lower(url.substr(from));
}

// A URL word ("tin-tuc") in a URL tail, not glued to other letters or digits.
bool has_url_word(const std::string& tail, const std::string& word) {
  std::string w = lower(word);
  if (w.empty()) return false;
  for (size_t at = tail.find(w); at != std::string::npos; at = tail.find(w, at + 1)) {
    bool left = at == 0 || !is_alnum(tail[at - 1]);
    size_t end = at + w.size();
    bool right = end == tail.size() || !is_alnum(tail[end]);
    if (left && right) return true;
  }
  return false;
}

struct Phrase {
  std::string original, folded;
};

struct Best {
  int score = 0;
  std::string url, evidence;
  void offer(int s, const std::string& u, std::string why) {
    if (s > score) {
      score = s;
      url = u;
      evidence = std::move(why);
    }
  }
};

std::string quoted(const std::string& s) { return "\"" + s + "\""; }

}  // namespace

std::vector<SectionMatch> find_sections(const std::vector<CrawledPage>& pages, const compliance::RuleSet& rules,
                                        const std::string& school_type) {
  std::set<std::string> broken;  // crawled, but not with 200
  for (const auto& p : pages)
    if (p.status != 200) broken.insert(p.url);

  std::vector<SectionMatch> out;
  for (const auto& q : rules.requirements) {
    SectionMatch m;
    m.id = q.id;
    m.name = q.name;
    m.applies = q.applies(school_type);
    if (!m.applies) {
      m.evidence = "not applicable to " + school_type;
      out.push_back(std::move(m));
      continue;
    }
    if (q.titles.empty() && q.url_words.empty()) {
      m.evidence = "not measurable by crawling (no crawler titles or URL words in " + rules.id + ")";
      out.push_back(std::move(m));
      continue;
    }
    std::vector<Phrase> titles;
    for (const auto& t : q.titles) titles.push_back({t, fold_for_match(t)});

    Best best;
    for (const auto& page : pages) {
      if (page.status != 200) continue;
      std::string ftitle = fold_for_match(page.title);
      for (const auto& t : titles) {
        Fit f = phrase_fit(ftitle, t.folded);
        if (f != Fit::None)
          best.offer(f == Fit::Exact ? 80 : 50, page.url,
                     "page title " + quoted(page.title) + " matches " + quoted(t.original));
      }
      for (const auto& h : page.headings) {
        std::string fh = fold_for_match(h);
        for (const auto& t : titles) {
          Fit f = phrase_fit(fh, t.folded);
          if (f != Fit::None)
            best.offer(f == Fit::Exact ? 70 : 40, page.url, "heading " + quoted(h) + " matches " + quoted(t.original));
        }
      }
      std::string tail = url_tail(page.url);
      for (const auto& w : q.url_words)
        if (has_url_word(tail, w)) best.offer(45, page.url, "URL " + page.url + " has the word " + quoted(w));
      for (const auto& link : page.links) {
        if (link.href.empty() || broken.count(link.href)) continue;
        int nav = link.in_nav ? 20 : 0;
        std::string kind = link.in_nav ? "menu link " : "link ";
        std::string ftext = fold_for_match(link.text);
        for (const auto& t : titles) {
          Fit f = phrase_fit(ftext, t.folded);
          if (f != Fit::None)
            best.offer((f == Fit::Exact ? 100 : 60) + nav, link.href,
                       kind + quoted(link.text) + " matches " + quoted(t.original));
        }
        std::string ltail = url_tail(link.href);
        for (const auto& w : q.url_words)
          if (has_url_word(ltail, w))
            best.offer(45 + nav, link.href, kind + "to " + link.href + " has the word " + quoted(w));
      }
    }
    m.found = best.score > 0;
    m.score = best.score;
    m.url = best.url;
    m.evidence = m.found ? best.evidence : "no menu or link text, title, heading or URL matches";
    out.push_back(std::move(m));
  }
  return out;
}

}  // namespace wt::audit

// find_sections: which required sections a crawled site has, by menu and link
// text, page titles, headings and URL words, compared folded.
//
// A site of 10,000 pages has some 400,000 links, nearly all of them repeated
// (menus, news lists). So each text is folded once per call, each distinct
// folded text or URL is matched against a requirement once (memoised), and
// the pages are then scanned in order with lookups: the first best match wins
// exactly as in a plain scan.
#include <set>
#include <string_view>
#include <unordered_map>

#include "audit/analysis/probes.hpp"
#include "audit/analysis/site_analysis.hpp"
#include "core/text.hpp"

namespace wt::audit {

// fold_for_match is in fold_for_match.cpp.

namespace {

enum class Fit { None, Words, Exact };

// `needle` (folded) as the whole of `hay` (folded) or as whole words inside it.
Fit phrase_fit(std::string_view hay, std::string_view needle) {
  if (needle.empty() || hay.empty()) return Fit::None;
  if (hay == needle) return Fit::Exact;
  for (size_t at = hay.find(needle); at != std::string_view::npos; at = hay.find(needle, at + 1)) {
    size_t end = at + needle.size();
    if ((at == 0 || hay[at - 1] == ' ') && (end == hay.size() || hay[end] == ' ')) return Fit::Words;
  }
  return Fit::None;
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

// A lower-case URL word ("tin-tuc") in a URL tail, not glued to other letters or digits.
bool has_url_word(const std::string& tail, const std::string& w) {
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

// The highest score offered so far; among equal scores the lowest rank (the
// earlier, more specific title or URL word of the rule set: "cơ cấu tổ chức"
// before "giới thiệu"), then the first offer. The evidence is only written
// for an offer that wins.
struct Best {
  int score = 0;
  size_t rank = 0;
  std::string url, evidence;
  template <class Why>
  void offer(int s, size_t r, const std::string& u, Why&& why) {
    if (s > score || (s == score && r < rank)) {
      score = s;
      rank = r;
      url = u;
      evidence = why();
    }
  }
  bool unbeatable() const;
};

// No offer scores more than an exact menu link (100 + 20).
constexpr int kMaxScore = 120;

bool Best::unbeatable() const { return score >= kMaxScore && rank == 0; }
// A probe that passes (probes.hpp): below every text or URL match.
constexpr int kProbeScore = 30;

std::string quoted(const std::string& s) { return "“" + s + "”"; }

// Distinct strings, numbered from 0 in order of first appearance.
class Interner {
 public:
  int id(std::string s) {
    auto [it, fresh] = ids_.try_emplace(std::move(s), static_cast<int>(strings_.size()));
    if (fresh) strings_.push_back(&it->first);
    return it->second;
  }
  const std::string& str(int id) const { return *strings_[static_cast<size_t>(id)]; }
  size_t size() const { return strings_.size(); }

 private:
  std::unordered_map<std::string, int> ids_;  // nodes: the keys do not move
  std::vector<const std::string*> strings_;
};

// The 200 pages of a crawl with their texts folded and URL tails lowered,
// as ids into `texts` and `tails`.
struct Prepared {
  struct Link {
    const CrawledLink* link;
    int text, tail;
  };
  struct Page {
    const CrawledPage* page;
    int title, tail;
    std::vector<int> headings;
    std::vector<Link> links;  ///< Without empty hrefs and links to pages crawled with another status.
  };
  Interner texts, tails;
  std::vector<Page> pages;

  explicit Prepared(const std::vector<CrawledPage>& crawled) {
    std::set<std::string> broken;  // crawled, but not with 200
    for (const auto& p : crawled)
      if (p.status != 200) broken.insert(p.url);
    std::unordered_map<std::string, int> folded;  // original text -> id in `texts`
    auto fold = [&](const std::string& text) {
      auto it = folded.find(text);
      if (it == folded.end()) it = folded.emplace(text, texts.id(fold_for_match(text))).first;
      return it->second;
    };
    for (const auto& page : crawled) {
      if (page.status != 200) continue;
      Page p{&page, fold(page.title), tails.id(url_tail(page.url)), {}, {}};
      for (const auto& h : page.headings) p.headings.push_back(fold(h));
      for (const auto& link : page.links) {
        if (link.href.empty() || broken.count(link.href)) continue;
        p.links.push_back({&link, fold(link.text), tails.id(url_tail(link.href))});
      }
      pages.push_back(std::move(p));
    }
  }
};

// One requirement against the prepared pages, in the order of a plain scan:
// per page its title, headings, URL words, then each link (text, then URL).
Best best_match(const compliance::Requirement& q, const Prepared& site) {
  std::vector<Phrase> titles;
  for (const auto& t : q.titles) titles.push_back({t, fold_for_match(t)});
  std::vector<std::string> words;
  for (const auto& w : q.url_words) words.push_back(lower(w));

  // Per distinct folded text: the best fit over the titles and the first
  // title giving it, as (title << 2 | fit); per distinct URL tail: the first
  // word found. kUnknown until asked, -1 when nothing matches.
  constexpr int kUnknown = -2;
  std::vector<int> text_fit(site.texts.size(), kUnknown), tail_word(site.tails.size(), kUnknown);
  auto fit_of = [&](int id) {
    int& m = text_fit[static_cast<size_t>(id)];
    if (m == kUnknown) {
      m = -1;
      Fit best = Fit::None;
      for (size_t i = 0; i < titles.size(); ++i) {
        Fit f = phrase_fit(site.texts.str(id), titles[i].folded);
        if (f > best) {
          best = f;
          m = static_cast<int>(i << 2) | static_cast<int>(f);
        }
      }
    }
    return m;
  };
  auto word_of = [&](int id) {
    int& m = tail_word[static_cast<size_t>(id)];
    if (m == kUnknown) {
      m = -1;
      for (size_t i = 0; i < words.size() && m < 0; ++i)
        if (has_url_word(site.tails.str(id), words[i])) m = static_cast<int>(i);
    }
    return m;
  };
  auto exact = [](int m) { return static_cast<Fit>(m & 3) == Fit::Exact; };
  auto title = [&](int m) -> const std::string& { return titles[static_cast<size_t>(m >> 2)].original; };
  auto rank = [](int m) { return static_cast<size_t>(m >> 2); };

  Best best;
  for (const auto& p : site.pages) {
    if (best.unbeatable()) break;
    const CrawledPage& page = *p.page;
    if (int m = fit_of(p.title); m >= 0)
      best.offer(exact(m) ? 80 : 50, rank(m), page.url,
                 [&] { return "tiêu đề trang " + quoted(page.title) + " khớp với " + quoted(title(m)); });
    for (size_t h = 0; h < p.headings.size(); ++h)
      if (int m = fit_of(p.headings[h]); m >= 0)
        best.offer(exact(m) ? 70 : 40, rank(m), page.url,
                   [&] { return "đề mục " + quoted(page.headings[h]) + " khớp với " + quoted(title(m)); });
    if (int w = word_of(p.tail); w >= 0)
      best.offer(45, static_cast<size_t>(w), page.url, [&] { return "địa chỉ " + page.url + " có từ " + quoted(q.url_words[w]); });
    for (const auto& l : p.links) {
      if (best.unbeatable()) break;
      const CrawledLink& link = *l.link;
      int nav = link.in_nav ? 20 : 0;
      std::string_view kind = link.in_nav ? "liên kết trên menu " : "liên kết ";
      if (int m = fit_of(l.text); m >= 0)
        best.offer((exact(m) ? 100 : 60) + nav, rank(m), link.href,
                   [&] { return std::string(kind) + quoted(link.text) + " khớp với " + quoted(title(m)); });
      if (int w = word_of(l.tail); w >= 0)
        best.offer(45 + nav, static_cast<size_t>(w), link.href,
                   [&] { return std::string(kind) + "tới " + link.href + " có từ " + quoted(q.url_words[w]); });
    }
  }
  return best;
}

}  // namespace

std::vector<SectionMatch> find_sections(const std::vector<CrawledPage>& pages, const compliance::RuleSet& rules,
                                        const std::string& school_type, const std::string& site_url,
                                        const SiteFacts& facts) {
  const Prepared site(pages);
  const std::string address = !site_url.empty() ? site_url : pages.empty() ? "" : pages.front().url;
  std::vector<SectionMatch> out;
  for (const auto& q : rules.requirements) {
    SectionMatch m;
    m.id = q.id;
    m.name = q.name;
    m.applies = q.applies(school_type);
    if (!m.applies) {
      m.evidence = "không áp dụng cho " + school_type;
      out.push_back(std::move(m));
      continue;
    }
    // Probes (probes.hpp) say why they failed, so their evidence is kept.
    std::vector<ProbeResult> probed;
    for (const auto& name : q.probes)
      if (auto r = run_probe(name, pages, address, facts)) {
        r->evidence = "kiểm tra " + name + ": " + r->evidence;
        probed.push_back(std::move(*r));
      }
    if (q.titles.empty() && q.url_words.empty() && probed.empty()) {
      m.evidence = "không đo được bằng thu thập trang (" + rules.id + " không cho tiêu đề, từ trong địa chỉ hay phép kiểm tra nào)";
      out.push_back(std::move(m));
      continue;
    }
    Best best = best_match(q, site);
    for (const auto& r : probed)
      if (r.found) best.offer(kProbeScore, 0, r.url, [&] { return r.evidence; });
    m.found = best.score > 0;
    m.score = best.score;
    m.url = best.url;
    if (m.found) {
      m.evidence = best.evidence;
    } else {
      m.evidence = q.titles.empty() && q.url_words.empty()
                       ? ""
                       : "không có menu, liên kết, tiêu đề trang, đề mục hay địa chỉ nào khớp";
      for (const auto& r : probed) m.evidence += (m.evidence.empty() ? "" : "; ") + r.evidence;
    }
    out.push_back(std::move(m));
  }
  return out;
}

}  // namespace wt::audit

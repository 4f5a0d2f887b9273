// find_sections: which required sections a crawled site has, by menu and link
// text, page titles, headings and URL words, compared folded.
//
// A site of 10,000 pages has some 400,000 links, nearly all of them repeated
// (menus, news lists), and a rule set some 50 requirements. So the pages are
// indexed once per call (Prepared): each distinct text folded once, each
// distinct URL tail lowered once, the first place (in the order of a plain
// scan) where each distinct text or tail shows up in each role, and which
// texts and tails hold each word. A requirement then looks only at the texts
// and tails that share a word with its titles or URL words, and the best
// match is the best-scoring of those first places: among equal scores and
// ranks the earliest, exactly as a plain scan of every page and link finds.
#include <algorithm>
#include <cctype>
#include <cstdint>
#include <limits>
#include <set>
#include <string_view>
#include <unordered_map>

#include "audit/analysis/probes.hpp"
#include "audit/analysis/site_analysis.hpp"
#include "core/vietnamese_fold.hpp"
#include "regulations/school_year.hpp"

namespace wt::audit {

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
std::string url_tail(std::string_view url) {
  size_t from = 0;
  if (size_t scheme = url.find("://"); scheme != std::string_view::npos) {
    size_t slash = url.find('/', scheme + 3);
    from = slash == std::string_view::npos ? url.size() : slash;
  }
  return lower(std::string(url.substr(from)));
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

// Calls `f` with each word of `s`: the maximal runs of characters for which
// `in_word` holds.
template <class InWord, class F>
void for_each_word(std::string_view s, InWord in_word, F f) {
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && !in_word(s[i])) ++i;
    size_t j = i;
    while (j < s.size() && in_word(s[j])) ++j;
    if (j > i) f(s.substr(i, j - i));
    i = j;
  }
}

bool folded_letter(char c) { return c != ' '; }

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
};

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

// Where a text or URL tail first shows up in one role, in scan order: per
// page (status 200) its title, its headings, its URL, then each link (text,
// then URL). `order` is the position in that scan; kNever when it never does.
struct Place {
  static constexpr uint64_t kNever = std::numeric_limits<uint64_t>::max();
  uint64_t order = kNever;
  const CrawledPage* page = nullptr;
  size_t heading = 0;                ///< For a heading.
  const CrawledLink* link = nullptr;  ///< For a link.
};

// The roles a text or a tail plays; links in and out of menus apart.
constexpr int kTitle = 0, kHeading = 1, kLinkText = 2, kNavLinkText = 3, kTextRoles = 4;  // of a text
constexpr int kPageUrl = 0, kLinkUrl = 1, kNavLinkUrl = 2, kTailRoles = 3;                // of a URL tail

// Ids of the strings of `strings` holding each word, ascending.
class WordIndex {
 public:
  template <class InWord>
  void build(const Interner& strings, InWord in_word) {
    for (size_t id = 0; id < strings.size(); ++id)
      for_each_word(strings.str(static_cast<int>(id)), in_word, [&](std::string_view w) {
        auto& ids = postings_[w];
        if (ids.empty() || ids.back() != static_cast<int>(id)) ids.push_back(static_cast<int>(id));
      });
  }
  /// The ids of the strings holding `w`; empty when none.
  const std::vector<int>& with(std::string_view w) const {
    auto it = postings_.find(w);
    return it == postings_.end() ? none_ : it->second;
  }

 private:
  std::unordered_map<std::string_view, std::vector<int>> postings_;  // views into the Interner's keys
  std::vector<int> none_;
};

// The pages (status 200) of a crawl indexed as the header comment says.
struct Prepared {
  Interner texts, tails;
  std::set<std::string_view> articles;  ///< URLs of the pages the crawl declared articles.
  std::vector<Place> text_places[kTextRoles];  ///< By text id.
  std::vector<Place> tail_places[kTailRoles];  ///< By tail id.
  WordIndex text_words, tail_words;

  explicit Prepared(const std::vector<CrawledPage>& crawled) {
    std::set<std::string_view> broken;  // crawled, but not with 200
    for (const auto& p : crawled) {
      if (p.status != 200) broken.insert(p.url);
      if (p.is_article()) articles.insert(p.url);
    }
    // Original text -> id in `texts`, URL -> id in `tails`: views into the
    // pages, which outlive this index.
    std::unordered_map<std::string_view, int> folded, tailed;
    auto fold = [&](const std::string& text) {
      auto it = folded.find(text);
      if (it == folded.end()) it = folded.emplace(text, texts.id(fold_for_match(text))).first;
      return it->second;
    };
    auto tail = [&](const std::string& url) {
      auto it = tailed.find(url);
      if (it == tailed.end()) it = tailed.emplace(url, tails.id(url_tail(url))).first;
      return it->second;
    };
    uint64_t order = 0;
    auto place = [&](std::vector<Place>& places, int id, const CrawledPage& page, size_t heading,
                     const CrawledLink* link) {
      if (places.size() <= static_cast<size_t>(id)) places.resize(static_cast<size_t>(id) + 1);
      Place& p = places[static_cast<size_t>(id)];
      if (p.order == Place::kNever) p = Place{order, &page, heading, link};
      ++order;
    };
    for (const auto& page : crawled) {
      if (page.status != 200) continue;
      place(text_places[kTitle], fold(page.title), page, 0, nullptr);
      for (size_t h = 0; h < page.headings.size(); ++h)
        place(text_places[kHeading], fold(page.headings[h]), page, h, nullptr);
      place(tail_places[kPageUrl], tail(page.url), page, 0, nullptr);
      for (const auto& link : page.links) {
        if (link.href.empty() || broken.count(link.href)) continue;
        place(text_places[link.in_nav ? kNavLinkText : kLinkText], fold(link.text), page, 0, &link);
        place(tail_places[link.in_nav ? kNavLinkUrl : kLinkUrl], tail(link.href), page, 0, &link);
      }
    }
    for (auto& places : text_places) places.resize(texts.size());
    for (auto& places : tail_places) places.resize(tails.size());
    text_words.build(texts, folded_letter);
    tail_words.build(tails, is_alnum);
  }
};

// The ids of `index` that may hold `needle` as whole words: those holding
// its rarest word. `all` when it has no word (then any id may).
template <class InWord>
const std::vector<int>* candidates(const WordIndex& index, std::string_view needle, InWord in_word,
                                   const std::vector<int>& all) {
  const std::vector<int>* best = nullptr;
  for_each_word(needle, in_word, [&](std::string_view w) {
    const std::vector<int>& ids = index.with(w);
    if (!best || ids.size() < best->size()) best = &ids;
  });
  return best ? best : &all;
}

// One requirement against the prepared pages: what a plain scan of every
// page (title, headings, URL words) and link (text, then URL) would find.
// Whether `text` names a school year ("2025-2026", "2025 - 2026" ...) other
// than `year`.
bool names_other_school_year(const std::string& text, const std::string& year) {
  for (size_t at = text.find("20"); at != std::string::npos; at = text.find("20", at + 1)) {
    if (at + 4 > text.size() || !std::isdigit(static_cast<unsigned char>(text[at + 2])) ||
        !std::isdigit(static_cast<unsigned char>(text[at + 3])))
      continue;
    const int first = std::stoi(text.substr(at, 4));
    const std::string candidate = std::to_string(first) + "-" + std::to_string(first + 1);
    if (candidate != year && regulations::names_school_year(text.substr(at), candidate)) return true;
  }
  return false;
}

Best best_match(const regulations::Requirement& q, const Prepared& site, const std::string& school_year) {
  std::vector<Phrase> titles;
  for (const auto& t : q.titles) titles.push_back({t, fold_for_match(t)});
  std::vector<std::string> words;
  for (const auto& w : q.url_words) words.push_back(lower(w));

  // Per text id: the best fit over the titles and the first title giving
  // it, as (title << 2 | fit); per tail id: the first word found. -1 when
  // nothing matches; only the ids that share a word with a title (or URL
  // word) are asked, the others cannot match.
  constexpr int kUnknown = -2;
  std::vector<int> text_fit(site.texts.size(), kUnknown), tail_word(site.tails.size(), kUnknown);
  std::vector<int> matched_texts, matched_tails;
  std::vector<int> all_texts, all_tails;
  auto everything = [](std::vector<int>& all, size_t n) -> const std::vector<int>& {
    if (all.empty())
      for (size_t i = 0; i < n; ++i) all.push_back(static_cast<int>(i));
    return all;
  };
  for (const auto& t : titles) {
    if (t.folded.empty()) continue;  // matches nothing
    const std::vector<int>* ids = candidates(site.text_words, t.folded, folded_letter, all_texts);
    if (ids == &all_texts) ids = &everything(all_texts, site.texts.size());
    for (int id : *ids) {
      int& m = text_fit[static_cast<size_t>(id)];
      if (m != kUnknown) continue;
      m = -1;
      Fit best = Fit::None;
      for (size_t i = 0; i < titles.size(); ++i) {
        Fit f = phrase_fit(site.texts.str(id), titles[i].folded);
        if (f > best) {
          best = f;
          m = static_cast<int>(i << 2) | static_cast<int>(f);
        }
      }
      if (m >= 0) matched_texts.push_back(id);
    }
  }
  for (const auto& w : words) {
    if (w.empty()) continue;  // matches nothing
    const std::vector<int>* ids = candidates(site.tail_words, w, is_alnum, all_tails);
    if (ids == &all_tails) ids = &everything(all_tails, site.tails.size());
    for (int id : *ids) {
      int& m = tail_word[static_cast<size_t>(id)];
      if (m != kUnknown) continue;
      m = -1;
      for (size_t i = 0; i < words.size() && m < 0; ++i)
        if (has_url_word(site.tails.str(id), words[i])) m = static_cast<int>(i);
      if (m >= 0) matched_tails.push_back(id);
    }
  }

  // The winner: highest score, then lowest rank, then first in scan order.
  struct Offer {
    int score = 0;
    size_t rank = 0;
    const Place* place = nullptr;
    int role = 0;  ///< A text's role, or kTextRoles + a tail's.
    int m = -1;    ///< The fit (text) or word (tail).
  } win;
  // needs_page: a news post that mentions "sổ điểm" is not a results page,
  // so neither an article's title, headings and address, nor a link to an
  // article (its title in a list, a "previous post" link), nor the headings
  // of a list page (its articles' titles) evidence it (issue 14).
  auto about_posts = [&](const Place& p, int role) {
    if (role == kTitle || role == kHeading || role == kTextRoles + kPageUrl)
      if (p.page->is_article()) return true;
    if (role == kHeading && p.page->kind == PageKind::Listing) return true;
    // A list's entries are its articles, fetched or not.
    if (p.link && !p.link->in_nav && p.page->kind == PageKind::Listing) return true;
    return p.link && site.articles.count(p.link->href) > 0;
  };
  // A school-year requirement (disclosures due by a deadline) is evidenced
  // by the current school year's page, not last year's (issue 14).
  const bool yearly = !school_year.empty() && q.freshness && q.freshness->kind == "school_year_deadline";
  auto year_bonus = [&](const Place& p, int role) {
    std::string text;
    if (p.link) text = p.link->text + " " + p.link->href;
    else if (role == kHeading) text = p.page->headings[p.heading] + " " + p.page->url;
    else text = p.page->title + " " + p.page->url;
    if (regulations::names_school_year(text, school_year)) return 15;
    return names_other_school_year(text, school_year) ? -30 : 0;
  };
  auto consider = [&](int score, size_t rank, const Place& p, int role, int m) {
    if (p.order == Place::kNever) return;
    if (q.needs_page && about_posts(p, role)) return;
    if (yearly) score = std::max(1, score + year_bonus(p, role));
    if (!win.place || score > win.score ||
        (score == win.score && (rank < win.rank || (rank == win.rank && p.order < win.place->order))))
      win = Offer{score, rank, &p, role, m};
  };
  auto exact = [](int m) { return static_cast<Fit>(m & 3) == Fit::Exact; };
  auto rank = [](int m) { return static_cast<size_t>(m >> 2); };
  for (int id : matched_texts) {
    const int m = text_fit[static_cast<size_t>(id)];
    const auto& places = site.text_places;
    consider(exact(m) ? 80 : 50, rank(m), places[kTitle][static_cast<size_t>(id)], kTitle, m);
    consider(exact(m) ? 70 : 40, rank(m), places[kHeading][static_cast<size_t>(id)], kHeading, m);
    consider(exact(m) ? 100 : 60, rank(m), places[kLinkText][static_cast<size_t>(id)], kLinkText, m);
    consider((exact(m) ? 100 : 60) + 20, rank(m), places[kNavLinkText][static_cast<size_t>(id)], kNavLinkText, m);
  }
  for (int id : matched_tails) {
    const int w = tail_word[static_cast<size_t>(id)];
    const auto& places = site.tail_places;
    const size_t r = static_cast<size_t>(w);
    consider(45, r, places[kPageUrl][static_cast<size_t>(id)], kTextRoles + kPageUrl, w);
    consider(45, r, places[kLinkUrl][static_cast<size_t>(id)], kTextRoles + kLinkUrl, w);
    consider(45 + 20, r, places[kNavLinkUrl][static_cast<size_t>(id)], kTextRoles + kNavLinkUrl, w);
  }

  Best best;
  if (!win.place) return best;
  const Place& p = *win.place;
  const CrawledPage& page = *p.page;
  auto title = [&](int m) -> const std::string& { return titles[static_cast<size_t>(m >> 2)].original; };
  const int m = win.m;
  best.offer(win.score, win.rank, p.link ? p.link->href : page.url, [&]() -> std::string {
    if (win.role == kTitle) return "tiêu đề trang " + quoted(page.title) + " khớp với " + quoted(title(m));
    if (win.role == kHeading) return "đề mục " + quoted(page.headings[p.heading]) + " khớp với " + quoted(title(m));
    if (win.role == kTextRoles + kPageUrl) return "địa chỉ " + page.url + " có từ " + quoted(q.url_words[static_cast<size_t>(m)]);
    const CrawledLink& link = *p.link;
    const std::string kind = link.in_nav ? "liên kết trên menu " : "liên kết ";
    if (win.role == kLinkText || win.role == kNavLinkText)
      return kind + quoted(link.text) + " khớp với " + quoted(title(m));
    return kind + "tới " + link.href + " có từ " + quoted(q.url_words[static_cast<size_t>(m)]);
  });
  return best;
}

}  // namespace

std::vector<SectionMatch> find_sections(const std::vector<CrawledPage>& pages, const regulations::RuleSet& rules,
                                        const std::string& school_type, const std::string& site_url,
                                        const SiteFacts& facts) {
  Prepared site(pages);
  for (const auto& u : facts.post_urls) site.articles.insert(u);
  const std::string address = !site_url.empty() ? site_url : pages.empty() ? "" : pages.front().url;
  // A probe's verdict depends only on the pages, the address and the facts:
  // each is run once per call however many requirements name it.
  std::unordered_map<std::string, std::optional<ProbeResult>> probe_runs;
  std::vector<SectionMatch> out;
  for (const auto& q : rules.requirements) {
    SectionMatch m;
    m.id = q.id;
    m.name = q.name;
    // What is not required of this school type is still looked for: found,
    // it is reported found (issue 14, part 3).
    m.applies = q.applies(school_type);
    // Probes (probes.hpp) say why they failed, so their evidence is kept.
    std::vector<ProbeResult> probed;
    for (const auto& name : q.probes) {
      auto run = probe_runs.find(name);
      if (run == probe_runs.end()) run = probe_runs.emplace(name, run_probe(name, pages, address, facts)).first;
      if (auto r = run->second) {
        r->evidence = "kiểm tra " + name + ": " + r->evidence;
        probed.push_back(std::move(*r));
      }
    }
    if (q.titles.empty() && q.url_words.empty() && probed.empty()) {
      m.evidence = !m.applies ? "không áp dụng cho " + school_type : "không đo được bằng thu thập trang (" + rules.id + " không cho tiêu đề, từ trong địa chỉ hay phép kiểm tra nào)";
      out.push_back(std::move(m));
      continue;
    }
    Best best = best_match(q, site, facts.school_year);
    for (const auto& r : probed)
      if (r.found) best.offer(kProbeScore, 0, r.url, [&] { return r.evidence; });
    m.found = best.score > 0;
    m.score = best.score;
    m.url = best.url;
    if (m.found) {
      m.evidence = best.evidence;
    } else if (!m.applies) {
      m.evidence = "không áp dụng cho " + school_type;
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

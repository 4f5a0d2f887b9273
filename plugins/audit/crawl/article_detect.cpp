// detect_article: one article, or a listing, a data page or a static page.
#include "audit/crawl/article_detect.hpp"

#include <algorithm>
#include <cstring>
#include <limits>
#include <set>
#include <tuple>

#include "audit/dates/url_date.hpp"
#include "audit/dates/word_dates.hpp"
#include "core/vietnamese_fold.hpp"

namespace wt::audit {
namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "page-2", "trang-12": a word, a dash, digits.
bool numbered(std::string_view seg, std::string_view word) {
  return seg.size() > word.size() + 1 && seg.compare(0, word.size(), word) == 0 && seg[word.size()] == '-' &&
         all_digits(seg.substr(word.size() + 1));
}

std::vector<std::string> split(std::string_view s, char sep) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i <= s.size()) {
    size_t j = s.find(sep, i);
    if (j == std::string_view::npos) j = s.size();
    if (j > i) out.emplace_back(s.substr(i, j - i));
    i = j + 1;
  }
  return out;
}

bool listing_path(const std::vector<std::string>& segs) {
  static const std::set<std::string> kTaxonomy = {
      "tag",     "tags",    "the",    "category", "categories", "chuyen-muc", "danh-muc", "author", "tac-gia",
      "topic",   "topics",  "groups", "search",   "tim-kiem"};
  // An archive lists posts only when nothing but dates and page numbers
  // follow it (/archive/2024/09/): news sites file posts under /archive/ too.
  static const std::set<std::string> kArchive = {"archive", "archives", "luu-tru"};
  for (size_t i = 0; i < segs.size(); ++i) {
    std::string seg = segs[i];
    if (size_t dot = seg.find('.'); dot != std::string::npos && i + 1 == segs.size()) seg.resize(dot);  // trang-2.html
    if (kTaxonomy.count(seg)) return true;
    if (kArchive.count(seg)) {
      bool dates_only = true;
      for (size_t k = i + 1; k < segs.size(); ++k)
        dates_only = dates_only && ((segs[k].size() <= 4 && all_digits(segs[k])) || segs[k] == "page" ||
                                    numbered(segs[k], "page"));
      if (dates_only) return true;
    }
    if (numbered(seg, "page") || numbered(seg, "trang")) return true;
    if ((seg == "page" || seg == "trang") && i + 1 < segs.size() && all_digits(segs[i + 1])) return true;
  }
  // /2024/ or /2024/09/ or /2024/09/09/: a date archive (a post has a slug after).
  return !segs.empty() && segs.size() <= 3 && segs[0].size() == 4 &&
         std::all_of(segs.begin(), segs.end(), [](const std::string& s) { return all_digits(s); });
}

// Text folded for label matching, padded with spaces: " ap dung tu ngay ".
std::string padded_fold(std::string_view s) { return " " + fold_for_match(s) + " "; }

// Words that say a date is not the page's publication date: effective and
// validity dates, ranges, document references, school years, meetings, exams.
bool labelled_otherwise(std::string_view before) {
  static const char* kWords[] = {" ap dung ", " hieu luc ", " tu ngay ", " den ngay ", " han ", " nam hoc ",
                                 " can cu ", " quyet dinh ", " ban hanh ", " so ", " ky ", " tuan ", " hop ",
                                 " thi ", " sinh ", " het ", " dien ra ", " khai giang ", " ngay le ",
                                 // a sentence of the article: "Sáng 5/9/2024, ..."
                                 " sang ", " chieu ", " toi ", " trua ", " hom "};
  const std::string f = padded_fold(before);
  for (const char* w : kWords)
    if (f.find(w) != std::string::npos) return true;
  return false;
}

// A line under the heading that can carry the publication date: short, one
// date only, and what precedes the date is a label such as "Thứ Hai," or
// "Đăng ngày:", not a sentence.
constexpr size_t kMaxDateLine = 160;
constexpr size_t kMaxLabel = 60;
constexpr size_t kMaxAfter = 60;
// Lines read under the heading: a standfirst, a photo caption, "By" and the
// author's name may come before the date line.
constexpr size_t kLinesUnder = 5;
constexpr size_t kMaxStandfirst = 400;

// A line that names the author: "By ...", "Von ...", "Par ...", "Tác giả ...".
bool starts_byline(std::string_view line) {
  static const char* kWords[] = {" by ", " von ", " par ", " por ", " door ", " av ", " af ", " di ", " tac gia ",
                                 " written by ", " posted by "};
  const std::string f = padded_fold(line.substr(0, 40));
  for (const char* w : kWords)
    if (f.rfind(w, 0) == 0) return true;
  return false;
}

// The body text has begun: a long line, or one that ends a sentence.
bool prose(std::string_view line) {
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
  return line.size() > kMaxDateLine || (!line.empty() && line.back() == '.');
}

// Words that say the date after them is when the page was changed, not
// first published: "Updated", "Aktualisiert", "Mis à jour" ... (not
// Vietnamese "Cập nhật": NukeViet and many school sites label the posting
// time so).
bool labelled_update(std::string_view before) {
  static const char* kWords[] = {" updated ", " update ", " modified ", " last modified ",
                                 " aktualisiert ", " akt ", " mis a jour ", " actualizado ", " atualizado ",
                                 " aggiornato ", " revised ", " edited "};
  const std::string f = padded_fold(before);
  for (const char* w : kWords)
    if (f.find(w) != std::string::npos) return true;
  return false;
}

std::optional<Candidate> date_on_line(std::string_view line, const PageInfo& page, int tz, int64_t now) {
  if (line.size() > kMaxDateLine) return std::nullopt;
  // A <time datetime> shown on this line, not an update's.
  for (const auto& t : page.times) {
    if (t.text.empty() || labelled_update(t.text)) continue;
    size_t at = line.find(t.text);
    if (at == std::string_view::npos || at > kMaxLabel || labelled_otherwise(line.substr(0, at))) continue;
    // An update label counts from the previous date on the line ("Posted <date>; Updated <time>").
    auto before = find_text_dates(line.substr(0, at), tz, now);
    const size_t from = before.empty() ? 0 : before.back().offset + before.back().text.size();
    if (labelled_update(line.substr(from, at - from))) continue;
    if (auto d = parse_meta_date(t.datetime, tz)) return Candidate{DateSource::Time, *d};
  }
  auto dates = find_text_dates(line, tz, now);
  // "Dec. 6, 2024 / Updated Dec. 7, 2024": the update is not the publication.
  {
    std::vector<FoundDate> kept;
    size_t from = 0;
    for (const auto& d : dates) {
      if (d.offset >= from && !labelled_update(line.substr(from, d.offset - from))) kept.push_back(d);
      from = std::max(from, d.offset + d.text.size());
    }
    dates = std::move(kept);
  }
  if (dates.empty()) return std::nullopt;
  std::set<std::string> days;
  for (const auto& d : dates) days.insert(format_iso_date(d.date));
  if (days.size() != 1) return std::nullopt;  // a range, or dates of several things
  const FoundDate& d = dates.front();
  if (d.offset > kMaxLabel || labelled_otherwise(line.substr(0, d.offset))) return std::nullopt;
  if (line.size() - (d.offset + d.text.size()) > kMaxAfter) return std::nullopt;
  return Candidate{DateSource::Text, d};
}

bool contains(const std::string& s, std::string_view w) { return s.find(w) != std::string::npos; }

// The published meta names: not modified/updated ones.
bool published_meta(const std::string& name) {
  if (contains(name, "modified") || contains(name, "updated")) return false;
  return contains(name, "publish") || contains(name, "created") || contains(name, "issued") ||
         contains(name, "pub_date") || contains(name, "pub-date") || name == "pubdate" || name == "dc.date" ||
         name == "date" || name == "sailthru.date" || name == "citation_date";
}

// article:published_time and its kin: a page about one article. Names that
// only news and blog systems write on an article (pubdate, Parse.ly's and
// Sailthru's dates, DC.date.issued ...); not a bare "date" or "DC.date".
bool strong_meta(const std::string& name) {
  if (!published_meta(name) || contains(name, "created")) return false;
  return name != "date" && name != "dc.date" && name != "citation_date";
}

// A <time> that says it is the publication date: the pubdate attribute, or
// a class naming it ("published", "entry-date", "post-date", "publish-date").
bool published_time_element(const TimeValue& t) {
  if (t.pubdate) return true;
  const std::string cls = " " + lower(t.classes) + " ";
  if (contains(cls, "modified") || contains(cls, "updated")) return false;
  for (std::string_view w : {" published ", " entry-date ", "publish", "post-date", "pubdate", "posted-on", " date ",
                             " timestamp "})
    if (contains(cls, w)) return true;
  return false;
}

bool article_type(const std::string& type) {
  const std::string t = lower(type);
  for (std::string_view w : {"article", "blogposting", "socialmediaposting", "report"})
    if (t.find(w) != std::string::npos) return true;
  return false;
}

// JSON-LD of a video, image or sound embedded in the page: its date is the
// upload's, not the page's.
bool media_object(const std::string& type) {
  const std::string t = lower(type);
  if (article_type(t)) return false;
  for (std::string_view w : {"videoobject", "imageobject", "audioobject", "mediaobject", "clip"})
    if (t.find(w) != std::string::npos) return true;
  return false;
}

bool has_marker(const PageInfo& page, std::string_view m) {
  return std::find(page.markers.begin(), page.markers.end(), m) != page.markers.end();
}

// Distinct days written in the page text (listing pages show one per item).
size_t distinct_text_days(const PageInfo& page, int tz, int64_t now) {
  std::set<std::string> days;
  for (const auto& d : find_vietnamese_dates(page.text, tz, now)) days.insert(format_iso_date(d.date));
  for (const auto& t : page.times)
    if (auto d = parse_meta_date(t.datetime, tz)) days.insert(format_iso_date(d->date));
  return days.size();
}

// Every publication date a page states, strongest evidence first.
struct StatedDates {
  std::vector<Candidate> dates;
  std::string strong;      ///< Why the page is surely one article ("meta article:published_time"), or "".
  bool dated = false;      ///< A date of the page as an article: JSON-LD of another type (Yoast's
                           ///< WebPage on every static page) dates a page, not an article.
  std::optional<DateSource> under_heading;  ///< Where the date under the main heading came from.
  bool in_url = false;     ///< The page's URL carries a date (url_date.hpp).
};

StatedDates stated_dates(std::string_view url, const PageInfo& page, int tz, int64_t now);

// Why the page lists articles, or "" (listing markup).
std::string listing_markup(const PageInfo& page, size_t days) {
  size_t linked_headings = 0;
  for (const auto& h : page.headings) linked_headings += h.linked ? 1 : 0;
  if (page.articles >= 2) return "listing: " + std::to_string(page.articles) + " <article> elements";
  if (linked_headings >= 3) return "listing: " + std::to_string(linked_headings) + " headings are links";
  if (page.pagination && days >= 2) return "listing: pagination and dates";
  return "";
}

}  // namespace

bool is_listing_url(std::string_view url) {
  std::string u = lower(url);
  if (size_t hash = u.find('#'); hash != std::string::npos) u.resize(hash);
  size_t from = 0;
  if (size_t scheme = u.find("://"); scheme != std::string::npos) {
    from = u.find('/', scheme + 3);
    if (from == std::string::npos) return false;
  }
  size_t q = u.find('?', from);
  std::string path = u.substr(from, q == std::string::npos ? std::string::npos : q - from);
  if (listing_path(split(path, '/'))) return true;
  if (q == std::string::npos) return false;
  for (const std::string& pair : split(std::string_view(u).substr(q + 1), '&')) {
    size_t eq = pair.find('=');
    std::string key = pair.substr(0, eq), value = eq == std::string::npos ? "" : pair.substr(eq + 1);
    if ((key == "page" || key == "paged" || key == "trang" || key == "start" || key == "limitstart") &&
        all_digits(value) && value != "0" && value != "1")
      return true;
    if (key == "s" || key == "q" || key == "keyword" || key == "search") return true;
    if (key == "op") {  // NukeViet without rewriting: op=tin-tuc/page-2, op=tag/abc
      std::string op;
      for (size_t i = 0; i < value.size(); ++i) {  // %2F
        if (value[i] == '%' && i + 2 < value.size() && value.compare(i + 1, 2, "2f") == 0) {
          op += '/';
          i += 2;
        } else {
          op += value[i];
        }
      }
      if (listing_path(split(op, '/'))) return true;
    }
  }
  return false;
}

std::optional<Candidate> heading_date(const PageInfo& page, int default_tz, int64_t now_epoch) {
  const PageHeading* h1 = nullptr;
  for (const auto& h : page.headings) {
    if (h.level != 1 || h.linked) continue;
    if (h1) return std::nullopt;  // several: no single main heading
    h1 = &h;
  }
  if (!h1) return std::nullopt;
  const std::string title = fold_for_match(h1->text);
  std::set<std::string> others;
  for (const auto& h : page.headings)
    if (&h != h1) others.insert(fold_for_match(h.text));
  const auto lines = text_lines(page.text);
  for (size_t i = 0; i < lines.size(); ++i) {
    // The line folds to the title: only as much of it is folded as that takes.
    bool longer = false;
    if (fold_for_match_prefix(lines[i], title.size(), &longer) != title || longer) continue;
    // Under the heading first (up to three lines, not past another heading;
    // five after a byline "By ..."), then the line just above it (themes
    // that print the date first). The line right under it may be a
    // standfirst (one or two sentences, in a <p> or a subheading) when a
    // byline follows it.
    bool standfirst = false, byline = false;
    for (size_t k = i + 1; k < lines.size() && k <= i + kLinesUnder; ++k) {
      const bool ends = others.count(fold_for_match(lines[k])) || prose(lines[k]);
      if (ends && k == i + 1 && lines[k].size() <= kMaxStandfirst) {
        standfirst = true;
        continue;
      }
      if (ends) break;
      byline = byline || starts_byline(lines[k]);
      if ((standfirst || k > i + 3) && !byline) continue;
      // A label alone on the line before ("Ngày ban hành" in a table cell,
      // the date in the next) names the date as much as one on its line.
      if (k > i + 1 && lines[k - 1].size() <= kMaxLabel && labelled_otherwise(lines[k - 1])) continue;
      if (auto c = date_on_line(lines[k], page, default_tz, now_epoch)) return c;
    }
    if (i > 0 && !others.count(fold_for_match(lines[i - 1])))
      if (auto c = date_on_line(lines[i - 1], page, default_tz, now_epoch)) return c;
    return std::nullopt;
  }
  return std::nullopt;
}

bool shows_author_or_source(const PageInfo& page) {
  if (page.author) return true;
  static const char* kLabels[] = {"tac gia ", "nguon ", "nguoi viet ", "nguoi dang ", "dang boi ", "bien tap ",
                                  "posted by ", "author "};
  // Only the start of each line is folded: one byte more than the longest
  // label, which tells a line that is the label alone from one that goes on.
  static const size_t kFolded = [] {
    size_t longest = 0;
    for (const char* l : kLabels) longest = std::max(longest, std::strlen(l));
    return longest + 1;
  }();
  const auto lines = text_lines(page.text);
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].size() > 200) continue;
    // The folded line and a space, or (when longer) its first kFolded bytes.
    bool longer = false;
    std::string f = fold_for_match_prefix(lines[i], kFolded, &longer);
    if (!longer) f += ' ';
    for (const char* l : kLabels) {
      if (f.rfind(l, 0) != 0) continue;
      // "Tác giả: Lê Thu" on one line, or the label in a <dt> and the name after.
      if (f.size() > std::strlen(l) || (i + 1 < lines.size() && f.size() == std::strlen(l))) return true;
    }
  }
  return false;
}

namespace {

// A date in UTC (an offset of zero) from the metadata names the UTC day; when
// the page shows its own local date within a day of it, the publisher's day
// is the one shown (the meta's instant is not converted: it is set aside).
void prefer_local_day(std::vector<Candidate>& dates) {
  const Candidate* shown = nullptr;
  for (const auto& c : dates)
    if ((c.source == DateSource::Time || c.source == DateSource::Text || c.source == DateSource::Url) &&
        c.date.date.offset_minutes != 0) {
      shown = &c;
      break;
    }
  if (!shown) return;
  const DateTime local = shown->date.date;
  // The clocks of the UTC values: the same clock written with another offset
  // is that UTC time mislabelled (2019-11-20T04:31:13+00:00 in one meta,
  // 2019-11-20T04:31:13-06:00 in the JSON-LD), not another instant.
  std::vector<std::string> utc_clocks;
  auto clock = [](const DateTime& d) {
    DateTime c = d;
    c.offset_minutes = 0;
    return format_rfc3339(c);
  };
  for (const auto& c : dates)
    if ((c.source == DateSource::Meta || c.source == DateSource::JsonLd) && c.date.has_time &&
        c.date.date.offset_minutes == 0)
      utc_clocks.push_back(clock(c.date.date));
  std::vector<Candidate> kept;
  for (const auto& c : dates) {
    const DateTime& d = c.date.date;
    const bool utc_meta = (c.source == DateSource::Meta || c.source == DateSource::JsonLd) && c.date.has_time &&
                          (d.offset_minutes == 0 ||
                           std::find(utc_clocks.begin(), utc_clocks.end(), clock(d)) != utc_clocks.end());
    DateTime day = d, other = local;
    day.hour = day.minute = day.second = other.hour = other.minute = other.second = 0;
    day.offset_minutes = other.offset_minutes = 0;
    const int64_t apart = day.epoch() - other.epoch();
    if (utc_meta && apart != 0 && apart >= -86400 && apart <= 86400) continue;
    kept.push_back(c);
  }
  if (!kept.empty()) dates = std::move(kept);
}

// The publisher's offset from UTC, as far as the page's own <time> elements
// tell it: a <time> whose datetime is in UTC and whose text shows the day
// ("Posted Nov 18, 8:19 PM" for 2019-11-19T01:19:34Z) bounds the offset
// (here between -12:00 and -01:19:34). In seconds, [lo, hi).
struct OffsetBounds {
  int64_t lo = -12 * 3600, hi = 14 * 3600 + 1;
  bool told = false;  ///< Some <time> showed a day other than its UTC day.
};

OffsetBounds offset_from_times(const PageInfo& page, int tz, int64_t now) {
  OffsetBounds b;
  for (const auto& t : page.times) {
    auto d = parse_meta_date(t.datetime, tz);
    if (!d || !d->has_time || d->date.offset_minutes != 0 || t.text.empty()) continue;
    int year = 0, month = 0, day = 0;
    auto full = find_text_dates(t.text, tz, now);
    if (!full.empty()) {
      year = full.front().date.year, month = full.front().date.month, day = full.front().date.day;
    } else {
      std::tie(month, day) = find_month_day(t.text);
      if (month == 0) continue;
      // The year of the datetime, or the one next to it across New Year.
      year = d->date.year + (month == 12 && d->date.month == 1 ? -1 : month == 1 && d->date.month == 12 ? 1 : 0);
    }
    if (!is_valid_calendar_date(year, month, day)) continue;
    DateTime shown;
    shown.year = year, shown.month = month, shown.day = day, shown.offset_minutes = 0;
    const int64_t start = shown.epoch(), at = d->date.epoch();
    const int64_t lo = start - at, hi = start + 86400 - at;
    if (hi <= b.lo || lo >= b.hi) return {};  // not that instant's day anywhere: the text is no such clock
    b.lo = std::max(b.lo, lo);
    b.hi = std::min(b.hi, hi);
    if (shown.year != d->date.year || shown.month != d->date.month || shown.day != d->date.day) b.told = true;
  }
  return b;
}

// A time in UTC from the metadata, on the publisher's local day when the
// page's <time> elements tell the offset well enough to know it (the UTC day
// of a late-evening article in the Americas is the next day).
void to_local_days(std::vector<Candidate>& dates, const OffsetBounds& b, int tz) {
  if (!b.told) return;
  for (auto& c : dates) {
    if (c.source == DateSource::Url || c.source == DateSource::Text || !c.date.has_time ||
        c.date.date.offset_minutes != 0)
      continue;
    const int64_t at = c.date.date.epoch();
    const DateTime first = from_epoch(at + b.lo, 0), last = from_epoch(at + b.hi - 1, 0);
    if (first.year != last.year || first.month != last.month || first.day != last.day) continue;
    if (first.day == c.date.date.day && first.month == c.date.date.month) continue;
    DateTime local = first;
    local.hour = local.minute = local.second = 0;
    local.offset_minutes = tz;
    local.has_time = false;
    c.date.date = local;
    c.date.has_time = false;
  }
}

// A publication time equal to the page's modification time (to the
// second) when another source names an earlier publication day: the CMS
// wrote the last update into the published field (article:published_time
// rewritten on every edit). Set aside.
void drop_modified_as_published(std::vector<Candidate>& dates, const PageInfo& page, int tz) {
  std::vector<int64_t> modified;
  for (const auto& m : page.meta_dates)
    if (contains(m.name, "modified") || contains(m.name, "updated"))
      if (auto d = parse_meta_date(m.value, tz); d && d->has_time) modified.push_back(d->date.epoch());
  for (const auto& j : page.json_ld_dates)
    if (auto d = parse_meta_date(j.date_modified, tz); d && d->has_time) modified.push_back(d->date.epoch());
  if (modified.empty()) return;
  auto is_modified = [&](const Candidate& c) {
    if (!c.date.has_time || (c.source != DateSource::Meta && c.source != DateSource::JsonLd)) return false;
    const int64_t at = c.date.date.epoch();
    return std::any_of(modified.begin(), modified.end(), [&](int64_t m) { return m - at <= 1 && at - m <= 1; });
  };
  int64_t earliest_other = std::numeric_limits<int64_t>::max();
  for (const auto& c : dates)
    if (c.source != DateSource::Url && !is_modified(c)) earliest_other = std::min(earliest_other, c.date.date.epoch());
  std::vector<Candidate> kept;
  for (const auto& c : dates)
    if (!is_modified(c) || c.date.date.epoch() - earliest_other < 86400 / 2) kept.push_back(c);
  dates = std::move(kept);
}

StatedDates stated_dates(std::string_view url, const PageInfo& page, int tz, int64_t now) {
  StatedDates out;
  for (const auto& m : page.meta_dates) {
    if (!published_meta(m.name)) continue;
    if (auto d = parse_meta_date(m.value, tz)) {
      out.dates.push_back({DateSource::Meta, *d});
      out.dated = true;
      if (out.strong.empty() && strong_meta(m.name)) out.strong = "meta " + m.name;
    }
  }
  for (const auto& j : page.json_ld_dates) {
    if (j.date_published.empty() || media_object(j.type)) continue;
    if (auto d = parse_meta_date(j.date_published, tz)) {
      out.dates.push_back({DateSource::JsonLd, *d});
      if (out.strong.empty() && article_type(j.type)) out.strong = "json-ld " + j.type;
    }
  }
  if (auto c = heading_date(page, tz, now)) {
    out.dates.push_back(*c);
    out.dated = true;
    out.under_heading = c->source;
  }
  for (const auto& t : page.times) {
    if (!published_time_element(t)) continue;
    if (auto d = parse_meta_date(t.datetime, tz)) {
      out.dates.push_back({DateSource::Time, *d});
      out.dated = true;
      break;  // the first: later ones date other articles (related, comments)
    }
  }
  if (auto d = url_date(url, tz, now)) {
    out.dates.push_back({DateSource::Url, *d});
    out.in_url = true;
  }
  // Within a source, a value with a time of day beats a bare date (NukeViet's
  // malformed article:published_time keeps only its date).
  std::stable_sort(out.dates.begin(), out.dates.end(), [](const Candidate& a, const Candidate& b) {
    if (a.source != b.source) return static_cast<int>(a.source) < static_cast<int>(b.source);
    return a.date.has_time && !b.date.has_time;
  });
  drop_modified_as_published(out.dates, page, tz);
  to_local_days(out.dates, offset_from_times(page, tz, now), tz);
  prefer_local_day(out.dates);
  return out;
}

}  // namespace

ArticleVerdict detect_article(std::string_view url, const PageInfo& page, int default_tz, int64_t now_epoch) {
  ArticleVerdict v;
  if (is_listing_url(url)) {
    v.listing = true;
    v.reason = "listing URL";
    return v;
  }
  const StatedDates stated = stated_dates(url, page, default_tz, now_epoch);
  const size_t days = distinct_text_days(page, default_tz, now_epoch);
  const std::string listing = listing_markup(page, days);
  auto decide = [&](bool article, std::string reason) {
    v.article = article;
    v.listing = !article && !listing.empty();
    v.reason = std::move(reason);
    if (article) v.dates = stated.dates;
    return v;
  };
  if (!stated.strong.empty()) return decide(true, stated.strong);
  if (!stated.dated && !stated.in_url) return decide(false, listing.empty() ? "no publication date" : listing);
  for (std::string_view m : {"wp-single", "nv-detail"})  // the template of one article
    if (has_marker(page, m)) return decide(true, "markup " + std::string(m));
  // Table cells outnumbering paragraphs four to one: a data page (a record,
  // a timetable, a fee table), whatever dates it shows and however it is tagged.
  const bool data_page = page.table_cells >= 20 && page.table_cells > 4 * page.paragraphs;
  if (data_page && listing.empty())
    return decide(false, "data page: " + std::to_string(page.table_cells) + " table cells");
  // A date on the line under the page's one unlinked <h1> is the byline of
  // one article: <article> cards and linked headings around it are related
  // or promoted articles. Pagination still makes a listing.
  if (stated.under_heading && !page.pagination && !listing.empty())
    return decide(true, std::string(*stated.under_heading == DateSource::Time ? "<time>" : "text date") +
                            " under the main heading, despite " + listing.substr(9));
  // og:type article with a stated date (meta, <time>, byline) names one
  // article: <article> cards and linked headings are its related stories.
  if (page.og_type == "article" && stated.dated && !page.pagination)
    return decide(true, listing.empty() ? std::string("og:type article") : "og:type article, despite " + listing.substr(9));
  if (!listing.empty()) return decide(false, listing);
  if (page.og_type == "article") return decide(true, "og:type article");
  for (std::string_view m : {"schema-article", "wp-post"})
    if (has_marker(page, m)) return decide(true, "markup " + std::string(m));
  if (!stated.under_heading) {
    if (stated.in_url && page.headings.size() > 0) return decide(true, "date in the URL");
    return decide(false, "no date under the main heading");
  }
  if (days >= 3) return decide(false, "listing: " + std::to_string(days) + " dates");

  const bool time = *stated.under_heading == DateSource::Time;
  return decide(true, std::string(time ? "<time>" : "text date") + " under the main heading");
}

}  // namespace wt::audit

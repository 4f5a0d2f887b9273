// run_probe: the built-in crawler checks of the rule sets.
#include "audit/analysis/probes.hpp"

#include <algorithm>
#include <functional>
#include <set>

#include "core/date.hpp"
#include "core/regex.hpp"

namespace wt::audit {
namespace {

struct Address {
  std::string scheme, host, path;  // lower-case scheme and host, path from the first '/'
};

Address split_address(std::string_view url) {
  Address a;
  size_t colon = url.find("://");
  if (colon == std::string_view::npos) return a;
  a.scheme = std::string(url.substr(0, colon));
  size_t start = colon + 3;
  size_t end = url.find_first_of("/?#", start);
  std::string authority(url.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
  if (size_t at = authority.rfind('@'); at != std::string::npos) authority.erase(0, at + 1);
  if (!authority.empty() && authority[0] == '[') {
    a.host = authority.substr(0, authority.find(']') + 1);
  } else {
    a.host = authority.substr(0, authority.find(':'));
  }
  a.path = end == std::string_view::npos ? "/" : std::string(url.substr(end));
  for (auto* s : {&a.scheme, &a.host})
    for (char& c : *s)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return a;
}

bool ends_with(std::string_view s, std::string_view tail) {
  return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

// localhost, 127/8, 10/8, 172.16/12, 192.168/16, [::1]: a copy served locally.
bool local_host(const std::string& host) {
  if (host == "localhost" || host == "[::1]" || host.rfind("127.", 0) == 0 || host.rfind("10.", 0) == 0 ||
      host.rfind("192.168.", 0) == 0)
    return true;
  if (host.rfind("172.", 0) == 0) {
    int second = std::atoi(host.c_str() + 4);
    return second >= 16 && second <= 31;
  }
  return false;
}

std::vector<const CrawledPage*> ok_pages(const std::vector<CrawledPage>& pages) {
  std::vector<const CrawledPage*> out;
  for (const auto& p : pages)
    if (p.status == 200) out.push_back(&p);
  return out;
}

std::string percent(size_t part, size_t whole) {
  return std::to_string(part) + "/" + std::to_string(whole);
}

// At least `share` of the pages pass `test`; the evidence names the first that does.
ProbeResult share_of_pages(const std::vector<CrawledPage>& pages, double share, const std::string& what,
                           const std::function<bool(const CrawledPage&)>& test) {
  ProbeResult r;
  auto ok = ok_pages(pages);
  size_t pass = 0;
  for (const auto* p : ok)
    if (test(*p)) {
      if (r.url.empty()) r.url = p->url;
      ++pass;
    }
  r.found = !ok.empty() && pass >= share * static_cast<double>(ok.size());
  r.evidence = percent(pass, ok.size()) + " trang " + what;
  return r;
}

// The school's mail on an .edu.vn domain whose portal the site links: the
// Sở (or phòng) hosts the school's mail and lists it among its members.
ProbeResult member_by_mail(const std::vector<CrawledPage>& pages, const Address& site) {
  ProbeResult r;
  for (const auto* p : ok_pages(pages))
    for (const auto& mail : p->emails) {
      std::string domain = mail.substr(mail.find('@') + 1);
      if (!ends_with(domain, ".edu.vn") || domain == site.host) continue;
      for (const auto* q : ok_pages(pages))
        for (const auto& l : q->links) {
          Address a = split_address(l.href);
          if (a.host.empty() || a.host == site.host) continue;
          if (a.host == domain || ends_with(a.host, "." + domain)) {
            r.found = true;
            r.url = l.href;
            r.evidence = "thư điện tử của trường " + mail + " thuộc " + domain + ", và trang web liên kết tới cổng " +
                         l.href;
            return r;
          }
        }
    }
  return r;
}

/// School years written in `text`: "2024-2025", "2024 - 2025", "2024–2025",
/// "2024/2025" (the second year the next one), as "2024-2025". A scan, not a
/// regular expression: it runs over every link text of a crawl.
std::vector<std::string> school_years(std::string_view text) {
  std::vector<std::string> out;
  auto four_digits = [&](size_t at) {
    if (at + 4 > text.size() || text[at] != '2' || text[at + 1] != '0') return -1;
    int v = 0;
    for (size_t k = at; k < at + 4; ++k) {
      if (text[k] < '0' || text[k] > '9') return -1;
      v = v * 10 + (text[k] - '0');
    }
    return v;
  };
  for (size_t i = text.find("20"); i != std::string_view::npos; i = text.find("20", i + 1)) {
    if (i > 0 && text[i - 1] >= '0' && text[i - 1] <= '9') continue;
    const int first = four_digits(i);
    if (first < 0) continue;
    size_t j = i + 4;
    while (j < text.size() && text[j] == ' ') ++j;
    if (j < text.size() && (text[j] == '-' || text[j] == '/')) ++j;
    else if (text.compare(j, 3, "–") == 0) j += 3;  // en dash
    else continue;
    while (j < text.size() && text[j] == ' ') ++j;
    if (four_digits(j) == first + 1 && !(j + 4 < text.size() && text[j + 4] >= '0' && text[j + 4] <= '9'))
      out.push_back(std::to_string(first) + "-" + std::to_string(first + 1));
  }
  return out;
}

/// The same site under its www. twin ("www.thcs-a.edu.vn", "thcs-a.edu.vn").
bool same_registrable(std::string_view a, std::string_view b) {
  auto bare = [](std::string_view h) { return h.substr(0, 4) == "www." ? h.substr(4) : h; };
  return bare(a) == bare(b);
}

bool is_file_link(const std::string& href) {
  std::string path = href.substr(0, href.find_first_of("?#"));
  std::transform(path.begin(), path.end(), path.begin(), [](unsigned char c) { return std::tolower(c); });
  for (std::string_view ext : {".pdf", ".doc", ".docx", ".xls", ".xlsx", ".odt", ".ods", ".ppt", ".pptx", ".zip", ".rar"})
    if (ends_with(path, ext)) return true;
  return false;
}

}  // namespace

std::string site_address(const std::vector<CrawledPage>& pages, const std::string& site_url) {
  Address seed = split_address(site_url);
  if (!local_host(seed.host)) return site_url;
  const CrawledPage* home = nullptr;
  for (const auto& p : pages)
    if (p.url == site_url) home = &p;
  if (!home && !pages.empty()) home = &pages.front();
  if (!home || home->canonical.empty()) return site_url;
  Address c = split_address(home->canonical);
  if (c.host.empty() || c.host == seed.host) return site_url;
  return home->canonical;
}

std::optional<ProbeResult> run_probe(std::string_view name, const std::vector<CrawledPage>& pages,
                                     const std::string& site_url, const SiteFacts& facts) {
  const std::string address = site_address(pages, site_url);
  const Address addr = split_address(address);
  const std::string declared = address == site_url ? "" : " (theo liên kết canonical của trang chủ)";
  ProbeResult r;
  if (name == "domain") {
    r.found = ends_with(addr.host, ".vn");
    r.url = address;
    r.evidence = "địa chỉ " + address + declared + (r.found ? "" : " không") + " thuộc tên miền .vn";
    return r;
  }
  if (name == "https") {
    r.found = addr.scheme == "https";
    r.url = address;
    for (const auto* p : ok_pages(pages)) {
      Address a = split_address(p->url);
      if (!r.found && a.scheme == "https" && a.host == addr.host) r.found = true, r.url = p->url;
    }
    r.evidence = r.found ? "dùng HTTPS: " + r.url + declared : "không trang nào của " + addr.host + " dùng HTTPS";
    return r;
  }
  if (name == "member_host") {
    // The patterns of the rule sets' generator (site_field base_url).
    static const Regex sub(R"(^https?://[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z0-9-]+\.edu\.vn(:[0-9]+)?(/|$))");
    static const Regex under(R"(^https?://[a-z0-9-]+\.edu\.vn(:[0-9]+)?/[^/]+)");
    std::string lowered = addr.scheme + "://" + addr.host + addr.path;
    if (sub.contains(lowered) || under.contains(lowered)) {
      r.found = true;
      r.url = address;
      r.evidence = "địa chỉ " + address + declared + " nằm trong cổng .edu.vn";
      return r;
    }
    r = member_by_mail(pages, addr);
    if (!r.found)
      r.evidence = "địa chỉ " + address + " không thuộc tên miền .edu.vn của Sở hay phòng, và không có thư điện tử"
                   " trên tên miền đó kèm liên kết tới cổng";
    return r;
  }
  if (name == "viewport")
    return share_of_pages(pages, 0.5, "khai báo viewport cho điện thoại", [](const CrawledPage& p) { return p.viewport; });
  if (name == "dublin_core")
    return share_of_pages(pages, 0.5, "có siêu dữ liệu Dublin Core (từ 3 phần tử DC)",
                          [](const CrawledPage& p) { return p.dublin_core >= 3; });
  if (name == "charset")
    return share_of_pages(pages, 0.95, "dùng bảng mã Unicode (UTF-8)",
                          [](const CrawledPage& p) { return p.encoding == "utf-8"; });
  if (name == "accessibility") {
    size_t images = 0, missing = 0;
    for (const auto* p : ok_pages(pages)) images += p->images, missing += p->images_without_alt;
    r = share_of_pages(pages, 0.9, "khai báo ngôn ngữ và có đề mục",
                       [](const CrawledPage& p) { return p.lang && !p.headings.empty(); });
    bool alts = images == 0 || (images - missing) >= 0.9 * static_cast<double>(images);
    r.found = r.found && alts;
    r.evidence += "; " + percent(images - missing, images) + " hình ảnh có văn bản thay thế";
    return r;
  }
  if (name == "wcag") {
    r = share_of_pages(pages, 0.95, "đạt các kiểm tra WCAG tự động (lang, tiêu đề, alt của ảnh, chữ của liên kết)",
                       [](const CrawledPage& p) {
                         bool links = std::all_of(p.links.begin(), p.links.end(),
                                                  [](const CrawledLink& l) { return !l.text.empty(); });
                         return p.lang && !p.title.empty() && p.images_without_alt == 0 && links;
                       });
    r.evidence += "; độ tương phản và thao tác bàn phím không đo được";
    return r;
  }
  if (name == "author_source") {
    size_t posts = 0, shown = 0;
    for (const auto* p : ok_pages(pages)) {
      if (!p->article) continue;
      ++posts;
      if (p->author) {
        ++shown;
        if (r.url.empty()) r.url = p->url;
      }
    }
    r.found = posts > 0 && shown * 2 >= posts;
    r.evidence = percent(shown, posts) + " bài ghi tác giả hoặc nguồn";
    return r;
  }
  if (name == "email_addresses") {
    for (const auto* p : ok_pages(pages))
      if (!p->emails.empty()) {
        r.found = true;
        r.url = p->url;
        r.evidence = "thư điện tử " + p->emails.front() + " trên " + p->url;
        return r;
      }
    r.evidence = "không có liên kết mailto:";
    return r;
  }
  if (name == "post_dates") {
    size_t posts = 0;
    for (const auto* p : ok_pages(pages))
      if (p->article) {
        if (r.url.empty()) r.url = p->url;
        ++posts;
      }
    r.found = posts > 0;
    r.evidence = std::to_string(posts) + " bài có ngày đăng";
    return r;
  }
  if (name == "downloadable_files") {
    for (const auto* p : ok_pages(pages))
      for (const auto& l : p->links)
        if (is_file_link(l.href)) {
          r.found = true;
          r.url = l.href;
          r.evidence = "tệp tải về: " + l.href + " trên " + p->url;
          return r;
        }
    r.evidence = "không có liên kết tới tệp PDF, Office hay tệp nén";
    return r;
  }
  if (name == "contact_fields") {
    // One page shows an address, a phone number and an e-mail address.
    for (const auto* p : ok_pages(pages))
      if (p->contact_address && p->contact_phone && p->contact_email) {
        r.found = true;
        r.url = p->url;
        r.evidence = "địa chỉ, điện thoại và thư điện tử trên " + p->url;
        return r;
      }
    r.evidence = "không trang nào có đủ địa chỉ, điện thoại và thư điện tử";
    return r;
  }
  if (name == "footer_fields") {
    // Half the pages' footers name the unit, who is responsible, an
    // address, a phone number and an e-mail address.
    return share_of_pages(pages, 0.5,
                          "có chân trang ghi tên đơn vị, người chịu trách nhiệm, địa chỉ, điện thoại, thư điện tử",
                          [](const CrawledPage& p) {
                            return p.footer_unit && p.footer_responsible && p.footer_address && p.footer_phone &&
                                   p.footer_email;
                          });
  }
  if (name == "dated_documents") {
    // A register of documents: three or more numbered documents with their
    // issue dates. Where a document's own page is a post, how soon it was
    // posted: most (80 %) within 10 working days of issue (NĐ 43/2011 Đ17.1c).
    std::set<std::string_view> numbers;
    const CrawledPage* reg = nullptr;
    const DatedDocument* example = nullptr;
    size_t timed = 0, on_time = 0;
    std::string late;
    for (const auto* p : ok_pages(pages)) {
      for (const auto& d : p->documents) numbers.insert(d.number);
      if (!p->documents.empty() && (!reg || p->documents.size() > reg->documents.size())) {
        reg = p;
        example = &p->documents.front();
      }
      if (p->posted.empty() || p->documents.size() != 1) continue;  // one document: its own page
      const auto lag = working_days_between(p->documents.front().issued, p->posted);
      if (!lag || *lag < 0) continue;
      ++timed;
      if (*lag <= 10) ++on_time;
      else if (late.empty()) late = p->documents.front().number + " sau " + std::to_string(*lag) + " ngày làm việc";
    }
    auto vn = [](const std::string& iso) {
      auto d = wt::parse_date(iso, 0);
      return d ? wt::format_vn_date(*d) : iso;
    };
    const bool timely = timed == 0 || on_time * 5 >= timed * 4;
    r.found = numbers.size() >= 3 && timely;
    if (reg) r.url = reg->url;
    r.evidence = std::to_string(numbers.size()) + " văn bản có số ký hiệu và ngày ban hành";
    if (example) r.evidence += " (" + example->number + " ngày " + vn(example->issued) + " trên " + reg->url + ")";
    if (timed == 0) {
      r.evidence += "; ngày đăng văn bản không đo được";
    } else {
      r.evidence += "; " + std::to_string(on_time) + "/" + std::to_string(timed) +
                    " văn bản đăng trong 10 ngày làm việc sau ngày ban hành";
      if (!late.empty()) r.evidence += " (" + late + ")";
    }
    return r;
  }
  if (name == "sitemap_xml") {
    r.found = !facts.sitemap_url.empty();
    r.url = facts.sitemap_url;
    r.evidence = r.found ? "đọc được sơ đồ trang " + facts.sitemap_url : "không đọc được sitemap.xml nào";
    return r;
  }
  if (name == "english_pages") {
    size_t english = 0;
    for (const auto* p : ok_pages(pages))
      if (p->language == "en") {
        if (r.url.empty()) r.url = p->url;
        ++english;
      }
    r.found = english > 0;
    r.evidence = r.found ? std::to_string(english) + " trang tiếng Anh (lang=en), đầu tiên " + r.url
                         : "không trang nào khai báo lang=en";
    return r;
  }
  if (name == "search_form") {
    for (const auto* p : ok_pages(pages))
      if (p->search_form) {
        r.found = true;
        r.url = p->url;
        r.evidence = "ô tìm kiếm trên " + p->url;
        return r;
      }
    r.evidence = "không trang nào có ô tìm kiếm";
    return r;
  }
  if (name == "outbound_links") {
    // Links to the portals of superior or member units: another host
    // under .gov.vn or .edu.vn.
    for (const auto* p : ok_pages(pages))
      for (const auto& l : p->links) {
        Address a = split_address(l.href);
        if (a.host.empty() || a.host == addr.host || same_registrable(a.host, addr.host)) continue;
        if (ends_with(a.host, ".gov.vn") || ends_with(a.host, ".edu.vn")) {
          r.found = true;
          r.url = l.href;
          r.evidence = "liên kết tới cổng " + a.host + " trên " + p->url;
          return r;
        }
      }
    r.evidence = "không có liên kết tới cổng .gov.vn hay .edu.vn nào khác";
    return r;
  }
  if (name == "print_control") {
    // A print view or button on an article: NukeViet's /print/ pages, a
    // link "In bài" / "Bản in", or window.print().
    for (const auto* p : ok_pages(pages))
      for (const auto& l : p->links) {
        // Print links have short texts: fold only those; look for "print" in
        // the address as written (every page has many links).
        bool print_text = false;
        if (l.text.size() <= 24) {
          const std::string text = fold_for_match(l.text);
          print_text = text == "in" || text == "in bai" || text == "ban in" || text == "in trang" ||
                       text == "in bai viet" || text == "print";
        }
        const std::string& href = l.href;
        const bool print_href = (href.find("rint") != std::string::npos || href.find("RINT") != std::string::npos) &&
                                [&] {
                                  std::string lower = href;
                                  std::transform(lower.begin(), lower.end(), lower.begin(),
                                                 [](unsigned char c) { return std::tolower(c); });
                                  return lower.find("/print/") != std::string::npos ||
                                         lower.find("window.print") != std::string::npos ||
                                         lower.find("print=1") != std::string::npos ||
                                         lower.find("op=print") != std::string::npos;
                                }();
        if (print_text || print_href) {
          r.found = true;
          r.url = p->url;
          r.evidence = "liên kết in “" + l.text + "” tới " + l.href + " trên " + p->url;
          return r;
        }
      }
    r.evidence = "không có liên kết in bài (In bài, Bản in, /print/)";
    return r;
  }
  if (name == "archive_years") {
    // An archive by school year: two or more school years (2024-2025) named
    // in links, headings or titles.
    std::set<std::string> years;
    auto scan = [&](const std::string& text, const std::string& url) {
      for (const auto& y : school_years(text))
        if (years.insert(y).second && r.url.empty()) r.url = url;
    };
    for (const auto* p : ok_pages(pages)) {
      scan(p->title, p->url);
      for (const auto& h : p->headings) scan(h, p->url);
      for (const auto& l : p->links) scan(l.text, l.href);
    }
    r.found = years.size() >= 2;
    std::string list;
    for (const auto& y : years) list += (list.empty() ? "" : ", ") + y;
    r.evidence = years.empty() ? "không nêu năm học nào" : std::to_string(years.size()) + " năm học: " + list;
    if (!r.found) r.url.clear();
    return r;
  }
  return std::nullopt;
}

}  // namespace wt::audit

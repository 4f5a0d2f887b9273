// The probes of what the pages of a site hold (probes.hpp): posts and their
// authors, contact details, files, documents, print links, school years.
#include <algorithm>
#include <set>

#include "audit/analysis/probe_context.hpp"
#include "audit/analysis/working_days.hpp"
#include "core/date.hpp"
#include "core/vietnamese_fold.hpp"

namespace wt::audit::probe_detail {
namespace {

bool is_file_link(const std::string& href) {
  std::string path = href.substr(0, href.find_first_of("?#"));
  std::transform(path.begin(), path.end(), path.begin(), [](unsigned char ch) { return std::tolower(ch); });
  for (std::string_view ext : {".pdf", ".doc", ".docx", ".xls", ".xlsx", ".odt", ".ods", ".ppt", ".pptx", ".zip", ".rar"})
    if (ends_with(path, ext)) return true;
  return false;
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

// Print links have short texts: only those are folded.
bool print_text(const std::string& text) {
  if (text.size() > 24) return false;
  const std::string f = fold_for_match(text);
  return f == "in" || f == "in bai" || f == "ban in" || f == "in trang" || f == "in bai viet" || f == "print";
}

// "print" looked for in the address as written first: every page has many links.
bool print_href(const std::string& href) {
  if (href.find("rint") == std::string::npos && href.find("RINT") == std::string::npos) return false;
  std::string lower = href;
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char ch) { return std::tolower(ch); });
  return lower.find("/print/") != std::string::npos || lower.find("window.print") != std::string::npos ||
         lower.find("print=1") != std::string::npos || lower.find("op=print") != std::string::npos;
}

/// "2024-09-05" -> "05/09/2024"; anything else unchanged.
std::string vn(const std::string& iso) {
  auto d = parse_date(iso, 0);
  return d ? format_vn_date(*d) : iso;
}

}  // namespace

ProbeResult probe_author_source(const ProbeContext& c) {
  ProbeResult r;
  size_t posts = 0, shown = 0;
  for (const auto* p : c.ok) {
    if (!p->is_article()) continue;
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

ProbeResult probe_email_addresses(const ProbeContext& c) {
  ProbeResult r;
  for (const auto* p : c.ok)
    if (!p->emails.empty()) {
      r.found = true;
      r.url = p->url;
      r.evidence = "thư điện tử " + p->emails.front() + " trên " + p->url;
      return r;
    }
  r.evidence = "không có liên kết mailto:";
  return r;
}

ProbeResult probe_post_dates(const ProbeContext& c) {
  ProbeResult r;
  size_t posts = 0;
  for (const auto* p : c.ok)
    if (p->is_article()) {
      if (r.url.empty()) r.url = p->url;
      ++posts;
    }
  r.found = posts > 0;
  r.evidence = std::to_string(posts) + " bài có ngày đăng";
  return r;
}

ProbeResult probe_downloadable_files(const ProbeContext& c) {
  ProbeResult r;
  for (const auto* p : c.ok)
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

// A form to download (issue 14, part 4): a file link whose text or file
// name says it is a form (mẫu đơn, đơn xin, tờ khai, biểu mẫu, phiếu đăng
// ký, giấy đề nghị ...); a plan or a report in PDF is not one.
ProbeResult probe_form_files(const ProbeContext& c) {
  static const char* kFormWords[] = {"mau don", "don xin", "don de nghi", "to khai", "bieu mau", "mau so",
                                     "phieu dang ky", "giay de nghi", "mau phieu", "mau to khai"};
  ProbeResult r;
  for (const auto* p : c.ok)
    for (const auto& l : p->links) {
      if (!is_file_link(l.href)) continue;
      const std::string path = l.href.substr(0, l.href.find_first_of("?#"));
      const std::string name = " " + fold_for_match(l.text) + " " + fold_for_match(path.substr(path.rfind('/') + 1)) + " ";
      for (const char* w : kFormWords)
        if (name.find(std::string(" ") + w + " ") != std::string::npos) {
          r.found = true;
          r.url = l.href;
          r.evidence = "mẫu đơn tải về: " + l.href + " trên " + p->url;
          return r;
        }
    }
  r.evidence = "không có liên kết tới tệp mẫu đơn, tờ khai, biểu mẫu";
  return r;
}

// One page shows an address, a phone number and an e-mail address.
ProbeResult probe_contact_fields(const ProbeContext& c) {
  ProbeResult r;
  for (const auto* p : c.ok)
    if (p->contact_address && p->contact_phone && p->contact_email) {
      r.found = true;
      r.url = p->url;
      r.evidence = "địa chỉ, điện thoại và thư điện tử trên " + p->url;
      return r;
    }
  r.evidence = "không trang nào có đủ địa chỉ, điện thoại và thư điện tử";
  return r;
}

// A register of documents: three or more numbered documents with their issue
// dates. Where a document's own page is a post, how soon it was posted: most
// (80 %) within 10 working days of issue (NĐ 43/2011 Đ17.1c).
ProbeResult probe_dated_documents(const ProbeContext& c) {
  ProbeResult r;
  std::set<std::string_view> numbers;
  const CrawledPage* reg = nullptr;
  const DatedDocument* example = nullptr;
  size_t timed = 0, on_time = 0;
  std::string late;
  for (const auto* p : c.ok) {
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

ProbeResult probe_sitemap_xml(const ProbeContext& c) {
  ProbeResult r;
  r.found = !c.facts.sitemap_url.empty();
  r.url = c.facts.sitemap_url;
  r.evidence = r.found ? "đọc được sơ đồ trang " + c.facts.sitemap_url : "không đọc được sitemap.xml nào";
  return r;
}

// A print view or button on an article: NukeViet's /print/ pages, a link
// "In bài" / "Bản in", or window.print().
ProbeResult probe_print_control(const ProbeContext& c) {
  ProbeResult r;
  for (const auto* p : c.ok)
    for (const auto& l : p->links)
      if (print_text(l.text) || print_href(l.href)) {
        r.found = true;
        r.url = p->url;
        r.evidence = "liên kết in “" + l.text + "” tới " + l.href + " trên " + p->url;
        return r;
      }
  r.evidence = "không có liên kết in bài (In bài, Bản in, /print/)";
  return r;
}

// An archive by school year: two or more school years (2024-2025) named in
// links, headings or titles.
ProbeResult probe_archive_years(const ProbeContext& c) {
  ProbeResult r;
  std::set<std::string> years;
  auto scan = [&](const std::string& text, const std::string& url) {
    for (const auto& y : school_years(text))
      if (years.insert(y).second && r.url.empty()) r.url = url;
  };
  for (const auto* p : c.ok) {
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

}  // namespace wt::audit::probe_detail

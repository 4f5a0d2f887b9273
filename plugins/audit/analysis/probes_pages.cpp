// The probes of what most pages of a site show (probes.hpp): each the share
// of the pages answered 200 that pass one test.
#include <algorithm>

#include "audit/analysis/probe_context.hpp"

namespace wt::audit::probe_detail {

ProbeResult probe_viewport(const ProbeContext& c) {
  return share_of_pages(c, 0.5, "khai báo viewport cho điện thoại", [](const CrawledPage& p) { return p.viewport; });
}

ProbeResult probe_dublin_core(const ProbeContext& c) {
  return share_of_pages(c, 0.5, "có siêu dữ liệu Dublin Core (từ 3 phần tử DC)",
                        [](const CrawledPage& p) { return p.dublin_core >= 3; });
}

ProbeResult probe_charset(const ProbeContext& c) {
  return share_of_pages(c, 0.95, "dùng bảng mã Unicode (UTF-8)",
                        [](const CrawledPage& p) { return p.encoding == "utf-8"; });
}

ProbeResult probe_accessibility(const ProbeContext& c) {
  size_t images = 0, missing = 0;
  for (const auto* p : c.ok) images += p->images, missing += p->images_without_alt;
  ProbeResult r = share_of_pages(c, 0.9, "khai báo ngôn ngữ và có đề mục",
                                 [](const CrawledPage& p) { return p.lang && !p.headings.empty(); });
  const bool alts = images == 0 || (images - missing) >= 0.9 * static_cast<double>(images);
  r.found = r.found && alts;
  r.evidence += "; " + percent(images - missing, images) + " hình ảnh có văn bản thay thế";
  return r;
}

ProbeResult probe_wcag(const ProbeContext& c) {
  ProbeResult r = share_of_pages(c, 0.95,
                                 "đạt các kiểm tra WCAG tự động (lang, tiêu đề, alt của ảnh, chữ của liên kết)",
                                 [](const CrawledPage& p) {
                                   const bool links = std::all_of(p.links.begin(), p.links.end(),
                                                                  [](const CrawledLink& l) { return !l.text.empty(); });
                                   return p.lang && !p.title.empty() && p.images_without_alt == 0 && links;
                                 });
  r.evidence += "; độ tương phản và thao tác bàn phím không đo được";
  return r;
}

// Half the pages' footers name the unit, who is responsible, an address, a
// phone number and an e-mail address.
ProbeResult probe_footer_fields(const ProbeContext& c) {
  return share_of_pages(c, 0.5,
                        "có chân trang ghi tên đơn vị, người chịu trách nhiệm, địa chỉ, điện thoại, thư điện tử",
                        [](const CrawledPage& p) {
                          return p.footer_unit && p.footer_responsible && p.footer_address && p.footer_phone &&
                                 p.footer_email;
                        });
}

ProbeResult probe_english_pages(const ProbeContext& c) {
  ProbeResult r;
  size_t english = 0;
  for (const auto* p : c.ok)
    if (p->language == "en") {
      if (r.url.empty()) r.url = p->url;
      ++english;
    }
  r.found = english > 0;
  r.evidence = r.found ? std::to_string(english) + " trang tiếng Anh (lang=en), đầu tiên " + r.url
                       : "không trang nào khai báo lang=en";
  return r;
}

ProbeResult probe_search_form(const ProbeContext& c) {
  ProbeResult r;
  for (const auto* p : c.ok)
    if (p->search_form) {
      r.found = true;
      r.url = p->url;
      r.evidence = "ô tìm kiếm trên " + p->url;
      return r;
    }
  r.evidence = "không trang nào có ô tìm kiếm";
  return r;
}

}  // namespace wt::audit::probe_detail

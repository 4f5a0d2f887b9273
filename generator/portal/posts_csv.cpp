#include "portal/posts_csv.hpp"

#include <set>

#include "compliance/posts_used.hpp"

namespace wt::portal {
namespace {

std::string field(const std::string& v) {
  if (v.find_first_of(",\"\r\n") == std::string::npos) return v;
  std::string out = "\"";
  for (char c : v) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

std::string row(const std::vector<std::string>& cells) {
  std::string out;
  for (size_t i = 0; i < cells.size(); ++i) out += (i ? "," : "") + field(cells[i]);
  return out + "\r\n";
}

}  // namespace

std::string posts_used_csv(const PortalReport& report) {
  std::set<int> years = {compliance::current_posts_used_year(report.generated_at, 7 * 60)};
  for (const auto& m : report.members)
    for (const auto& y : m.posts_used) years.insert(y.from_year);
  const std::string threshold = std::to_string(report.posts_used_threshold);
  std::string out = "\xEF\xBB\xBF";
  out += row({"Mã trường", "Tên trường", "Xã/phường", "Loại hình", "Năm tính (01/6 - 30/5)", "Từ ngày", "Đến ngày",
              "Số tin, bài dùng trên Cổng", "Ngưỡng", "Đạt"});
  for (const auto& m : report.members)
    for (int year : years) {
      std::string count, met;
      if (m.built) {
        int n = 0;
        for (const auto& y : m.posts_used)
          if (y.from_year == year) n = y.count;
        count = std::to_string(n);
        met = n >= report.posts_used_threshold ? "Đạt" : "Chưa đạt";
      } else {
        met = "Chưa dựng được website";
      }
      out += row({m.slug, m.name, m.commune, m.school_type, std::to_string(year) + "-" + std::to_string(year + 1),
                  "01/06/" + std::to_string(year), "30/05/" + std::to_string(year + 1), count, threshold, met});
    }
  return out;
}

}  // namespace wt::portal

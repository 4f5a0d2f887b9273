#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "audit/dates/publication_date.hpp"
#include "core/text.hpp"

using namespace wt;
using namespace wt::audit;

namespace {

constexpr int kVn = 7 * 60;

// "Now" for every text case: 2025-06-01 00:00 in Việt Nam.
int64_t test_now() { return parse_date("2025-06-01T00:00:00+07:00")->epoch(); }

std::vector<std::string> isos(std::string_view text) {
  std::vector<std::string> out;
  for (const FoundDate& f : find_vietnamese_dates(text, kVn, test_now())) out.push_back(format_found_date(f));
  return out;
}

struct TextCase {
  const char* text;
  std::vector<std::string> expected;
};

// NFD spellings, decomposed by hand (base letter + combining marks).
const char* kNfdThuHai = "Thu\xCC\x9B\xCC\x81 Hai, 09/09/2024 - 08:15";               // Thứ Hai
const char* kNfdNgay = "nga\xCC\x80y 9 tha\xCC\x81ng 9 na\xCC\x86m 2024";             // ngày ... năm
const char* kNfdCapNhat = "Ca\xCC\xA3\xCC\x82p nha\xCC\xA3\xCC\x82t: 10:30 | 09/09/2024";  // Cập nhật

}  // namespace

TEST_CASE("audit::find_vietnamese_dates finds Vietnamese dates", "[audit][dates]") {
  const std::vector<TextCase> cases = {
      {"Thứ Hai, 09/09/2024 - 08:15", {"2024-09-09T08:15:00+07:00"}},
      {"Thứ hai, 9/9/2024, 8:15", {"2024-09-09T08:15:00+07:00"}},
      {"09/09/2024 08:15", {"2024-09-09T08:15:00+07:00"}},
      {"26/09/2016", {"2016-09-26"}},
      {"Medical Daily 9/21/2016", {"2016-09-21"}},
      {"ngày 9 tháng 9 năm 2024", {"2024-09-09"}},
      {"Ngày 09 tháng 09 năm 2024", {"2024-09-09"}},
      {"9-9-2024", {"2024-09-09"}},
      {"09.09.2024", {"2024-09-09"}},
      {"Cập nhật: 10:30 | 09/09/2024", {"2024-09-09T10:30:00+07:00"}},
      {"(GD&TĐ) - Sáng 09/09/2024, trường tổ chức lễ khai giảng.", {"2024-09-09"}},
      {"Thu Hai, 09/09/2024 - 08:15", {"2024-09-09T08:15:00+07:00"}},
      {"ngay 9 thang 9 nam 2024", {"2024-09-09"}},
      {"NGÀY 9 THÁNG 9 NĂM 2024", {"2024-09-09"}},
      {kNfdThuHai, {"2024-09-09T08:15:00+07:00"}},
      {kNfdNgay, {"2024-09-09"}},
      {kNfdCapNhat, {"2024-09-09T10:30:00+07:00"}},
      {"Thứ năm, 2/11/2023, 19:20 (GMT+7)", {"2023-11-02T19:20:00+07:00"}},
      {"Thứ năm, 2/11/2023, 19:20 (GMT+9)", {"2023-11-02T19:20:00+09:00"}},
      {"26/09/2016 08:00:00 AM", {"2016-09-26T08:00:00+07:00"}},
      {"26/09/2016 08:00:00 PM", {"2016-09-26T20:00:00+07:00"}},
      {"26/09/2016 12:30 SA", {"2016-09-26T00:30:00+07:00"}},
      {"26/09/2016 02:05 CH", {"2016-09-26T14:05:00+07:00"}},
      {"Thứ hai - 26/09/2016 08:00", {"2016-09-26T08:00:00+07:00"}},
      {"Chủ nhật, 08/09/2024 lúc 8h15", {"2024-09-08T08:15:00+07:00"}},
      {"26 tháng 9, 2016", {"2016-09-26"}},
      {"Tháng Chín 26, 2016", {"2016-09-26"}},
      {"Tháng M. hai 5, 2019", {"2019-12-05"}},
      {"Tháng Mười Một 20, 2020", {"2020-11-20"}},
      {"ngày 26 tháng chín năm 2016", {"2016-09-26"}},
      {"ngày 5 tháng 10 năm 2023", {"2023-10-05"}},
      {"Đăng lúc 2024-09-09 08:15", {"2024-09-09T08:15:00+07:00"}},
      {"2024-09-09T08:15", {"2024-09-09T08:15:00+07:00"}},
      {"Ngày đăng: 05/09/2024 | Lượt xem: 120", {"2024-09-05"}},
      {"Ngày:09/09/2024", {"2024-09-09"}},
      {"09/09/2024\xC2\xA0-\xC2\xA0" "08:15", {"2024-09-09T08:15:00+07:00"}},  // &nbsp;
      {"09/09/2024 \xE2\x80\x93 08:15", {"2024-09-09T08:15:00+07:00"}},       // en dash
      {"26/09/2016-08:00", {"2016-09-26T08:00:00+07:00"}},
      {"Thứ Bảy, 29/02/2020", {"2020-02-29"}},
      {"1/1/1995", {"1995-01-01"}},
      {"Thứ 2, 09/09/2024", {"2024-09-09"}},
      {"CN, 08/09/2024 - 7:05", {"2024-09-08T07:05:00+07:00"}},
      {"02/06/2025", {"2025-06-02"}},  // now + 1 day exactly
      {"Kết thúc năm học 2024-2025 ngày 31/05/2025.", {"2025-05-31"}},
      {"Thứ Hai - 09/09/2024 08:15. Tin khác: (10/09/2024) Khai giảng; 26/09/2016",
       {"2024-09-09T08:15:00+07:00", "2024-09-10", "2016-09-26"}},
      {"09/09/2024 08:15 | 10/09/2024", {"2024-09-09T08:15:00+07:00", "2024-09-10"}},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    CHECK(isos(c.text) == c.expected);
  }
}

TEST_CASE("audit::find_vietnamese_dates rejects what is not a date", "[audit][dates]") {
  const char* cases[] = {
      "31/02/2024",
      "30/02/2020",
      "29/02/2023",
      "13/13/2024",
      "00/09/2024",
      "01/01/1994",
      "ngày 9 tháng 9 năm 1990",
      "09/09/2099",
      "03/06/2025",  // later than now + 1 day
      "Điện thoại: 0211.3862.123",
      "ĐT: 0211 3862 123 - 0912.09.2024",
      "Điểm trung bình 8.5, điểm thi 9.25",
      "Năm học 2024-2025",
      "Năm học 2024 - 2025",
      "Số 125/KH-THCSND",
      "Thông tư số 05/2024/TT-BGDĐT",
      "Quyết định số 12/09/2024/QĐ-UBND",
      "Phiên bản 1.2.3",
      "version 10.0.19041",
      "v1.2.2024",
      "09/09/24",
      "12/2024",
      "IP 192.168.1.1",
      "09/09/20245",
      "tháng 9 năm 2024",
      "Lớp 9.1 và 9.2",
      "Tỉ số 2-1",
      "1-2-3-2024",
      "08:15",
      "2024-13-01",
      "mã 123456789",
      "",
  };
  for (const char* c : cases) {
    INFO(c);
    CHECK(isos(c).empty());
  }
}

TEST_CASE("audit::find_vietnamese_dates reports offsets and matched text", "[audit][dates]") {
  struct Case {
    std::string text;
    size_t offset;
    std::string matched;
  };
  const std::vector<Case> cases = {
      {"Thứ Hai, 09/09/2024 - 08:15", 11, "09/09/2024 - 08:15"},
      {"Cập nhật: 10:30 | 09/09/2024", 14, "10:30 | 09/09/2024"},
      {"ngày 9 tháng 9 năm 2024", 0, "ngày 9 tháng 9 năm 2024"},
      {kNfdNgay, 0, kNfdNgay},
      {"Xem: Ngày 09 tháng 09 năm 2024.", 5, "Ngày 09 tháng 09 năm 2024"},
      {"Thứ năm, 2/11/2023, 19:20 (GMT+7) x", 12, "2/11/2023, 19:20 (GMT+7)"},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    auto found = find_vietnamese_dates(c.text, kVn, test_now());
    REQUIRE(found.size() == 1);
    CHECK(found[0].offset == c.offset);
    CHECK(found[0].text == c.matched);
    CHECK(c.text.substr(found[0].offset, found[0].text.size()) == found[0].text);
  }
  // The NFD spellings above really are NFD.
  CHECK(to_nfc(kNfdNgay) == "ngày 9 tháng 9 năm 2024");
  CHECK(to_nfc(kNfdThuHai) == "Thứ Hai, 09/09/2024 - 08:15");
  CHECK(to_nfc(kNfdCapNhat) == "Cập nhật: 10:30 | 09/09/2024");
  // has_time and the default offset.
  auto utc = find_vietnamese_dates("09/09/2024 08:15", 0, test_now());
  REQUIRE(utc.size() == 1);
  CHECK(utc[0].has_time);
  CHECK(format_found_date(utc[0]) == "2024-09-09T08:15:00+00:00");
  auto day = find_vietnamese_dates("09/09/2024", kVn, test_now());
  REQUIRE(day.size() == 1);
  CHECK_FALSE(day[0].has_time);
  CHECK(format_rfc3339(day[0].date) == "2024-09-09T00:00:00+07:00");
  // Invalid UTF-8 does not break the scan.
  CHECK(isos("\xFF\xFE 09/09/2024 \xC3") == std::vector<std::string>{"2024-09-09"});
}

TEST_CASE("audit::parse_meta_date reads meta, JSON-LD and <time> values", "[audit][dates]") {
  struct Case {
    const char* value;
    int tz;
    const char* expected;  // nullptr: no date
  };
  const Case cases[] = {
      {"2024-09-09T08:15:00+07:00", kVn, "2024-09-09T08:15:00+07:00"},
      {"2024-09-09T08:15:00Z", kVn, "2024-09-09T08:15:00+00:00"},
      {"2024-09-09T08:15:00.123+07:00", kVn, "2024-09-09T08:15:00+07:00"},
      {"2024-09-09T08:15+07:00", kVn, "2024-09-09T08:15:00+07:00"},
      {"2024-09-09T08:15:00+0700", kVn, "2024-09-09T08:15:00+07:00"},
      {"2024-09-09T01:15:00-05:00", kVn, "2024-09-09T01:15:00-05:00"},
      {"2024-09-09 08:15:00", kVn, "2024-09-09T08:15:00+07:00"},
      {"2024-09-09 08:15", kVn, "2024-09-09T08:15:00+07:00"},
      {"2024-09-09T08:15:00", 0, "2024-09-09T08:15:00+00:00"},
      {"2024-09-09", kVn, "2024-09-09"},
      {"  2024-09-09T08:15:00+07:00\n", kVn, "2024-09-09T08:15:00+07:00"},
      {"09/09/2024 08:15", kVn, "2024-09-09T08:15:00+07:00"},
      // NukeViet's date('Y-m-dTH:i:s'): only the leading date is reliable.
      {"2016-09-26+0708:00:00", kVn, "2016-09-26"},
      {"2016-09-26ICT08:00:00", kVn, "2016-09-26"},
      {"2016-09-26UTC08:00:00", kVn, "2016-09-26"},
      {"2016-09-26Z08:00:00", kVn, "2016-09-26"},
      {"2024-09-09T08:15:00+07:00+07:00", kVn, "2024-09-09"},
      {"09/09/2024T08:15", kVn, "2024-09-09"},
      // No month 29: month first, the only reading.
      {"05/29/2007 09:49:00", kVn, "2007-05-29"},
      // Java's Date.toString and C's asctime: the day only.
      {"Mon Aug 03 12:45:00 EDT 2015", kVn, "2015-08-03"},
      {"Mon Aug  3 12:45:00 2015", kVn, "2015-08-03"},
      {"Mon Aug 03 12:45:00 EDT", kVn, nullptr},
      {"", kVn, nullptr},
      {"không rõ", kVn, nullptr},
      {"2024-02-30T08:00:00+07:00", kVn, nullptr},
      {"1970-01-01T00:00:00+00:00", kVn, nullptr},
      {"0000-00-00 00:00:00", kVn, nullptr},
      {"31/02/2024T08:15", kVn, nullptr},
      {"20240909", kVn, nullptr},
  };
  for (const auto& c : cases) {
    INFO(c.value);
    auto d = parse_meta_date(c.value, c.tz);
    if (c.expected == nullptr) {
      CHECK_FALSE(d);
    } else {
      REQUIRE(d);
      CHECK(format_found_date(*d) == c.expected);
    }
  }
  auto malformed = parse_meta_date("2016-09-26+0708:00:00", kVn);
  REQUIRE(malformed);
  CHECK_FALSE(malformed->has_time);
  CHECK(malformed->text == "2016-09-26");
}

TEST_CASE("audit::best_publication_date prefers the better source", "[audit][dates]") {
  auto at = [](const char* iso, DateSource source) {
    return Candidate{source, *parse_meta_date(iso, kVn)};
  };
  struct Case {
    std::vector<Candidate> candidates;
    const char* expected;
    DateSource source;
  };
  const std::vector<Case> cases = {
      {{at("2024-09-06", DateSource::Text), at("2024-09-05T07:00:00+07:00", DateSource::Time),
        at("2024-09-04", DateSource::JsonLd), at("2024-09-03", DateSource::Meta),
        at("2024-09-02", DateSource::Feed), at("2024-09-01T06:00:00+07:00", DateSource::Sitemap)},
       "2024-09-01T06:00:00+07:00", DateSource::Sitemap},
      {{at("2024-09-06", DateSource::Text), at("2024-09-02", DateSource::Feed),
        at("2024-09-03", DateSource::Meta)},
       "2024-09-02", DateSource::Feed},
      {{at("2024-09-06", DateSource::Text), at("2024-09-03", DateSource::Meta)}, "2024-09-03", DateSource::Meta},
      {{at("2024-09-05", DateSource::Time), at("2024-09-04", DateSource::JsonLd)}, "2024-09-04", DateSource::JsonLd},
      {{at("2024-09-06", DateSource::Text), at("2024-09-05", DateSource::Time)}, "2024-09-05", DateSource::Time},
      {{at("2024-09-07", DateSource::Text), at("2024-09-06", DateSource::Text)}, "2024-09-07", DateSource::Text},
  };
  for (const auto& c : cases) {
    auto best = best_candidate(c.candidates);
    REQUIRE(best);
    CHECK(best->source == c.source);
    auto date = best_publication_date(c.candidates);
    REQUIRE(date);
    CHECK(format_found_date(*date) == c.expected);
  }
  CHECK_FALSE(best_publication_date({}));
}

TEST_CASE("audit::DateSource names follow the audit contract", "[audit][dates]") {
  const std::pair<DateSource, const char*> names[] = {
      {DateSource::Sitemap, "sitemap"}, {DateSource::Feed, "feed"}, {DateSource::Meta, "meta"},
      {DateSource::JsonLd, "json-ld"},  {DateSource::Time, "time"}, {DateSource::Text, "text"}};
  for (const auto& [source, name] : names) {
    CHECK(date_source_name(source) == name);
    CHECK(parse_date_source(name) == source);
  }
  CHECK_FALSE(parse_date_source("jsonld"));
}

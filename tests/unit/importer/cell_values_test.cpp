#include <catch2/catch.hpp>

#include "importer/cell_values.hpp"
#include "importer/header_match.hpp"

using namespace wt::importer;

TEST_CASE("importer::parse_amount", "[importer]") {
  CHECK(parse_amount("1.500.000") == 1500000);
  CHECK(parse_amount("1,500,000 đ") == 1500000);
  CHECK(parse_amount("150000") == 150000);
  CHECK(parse_amount("1 500 000 đồng") == 1500000);
  CHECK(parse_amount("10.000đ") == 10000);
  CHECK(parse_amount("20000 VNĐ") == 20000);
  CHECK(parse_amount("0") == 0);
  for (const char* bad : {"", "1.5", "1,5tr", "1.500,000", "-10000", "1.50.000", "abc", "12345678901234", ".500"}) {
    INFO(bad);
    CHECK_FALSE(parse_amount(bad));
  }
}

TEST_CASE("importer::parse_day, parse_session, parse_period, parse_yes_no", "[importer]") {
  CHECK(parse_day("Thứ 2") == 2);
  CHECK(parse_day("THỨ HAI") == 2);
  CHECK(parse_day("thu tu") == 4);
  CHECK(parse_day("Thứ Năm") == 5);
  CHECK(parse_day("T7") == 7);
  CHECK(parse_day("6") == 6);
  CHECK(parse_day("Chủ nhật") == 8);
  CHECK(parse_day("CN") == 8);
  CHECK_FALSE(parse_day("Thứ 9"));
  CHECK_FALSE(parse_day("1"));
  CHECK(parse_session("Sáng") == std::string("sang"));
  CHECK(parse_session("buổi chiều") == std::string("chieu"));
  CHECK_FALSE(parse_session("Tối"));
  CHECK(parse_period("Tiết 3") == 3);
  CHECK(parse_period("T4") == 4);
  CHECK(parse_period("5") == 5);
  CHECK_FALSE(parse_period("ba"));
  CHECK(parse_yes_no("x") == true);
  CHECK(parse_yes_no("Có") == true);
  CHECK(parse_yes_no("Bắt buộc") == true);
  CHECK(parse_yes_no("") == false);
  CHECK(parse_yes_no("Tự nguyện") == false);
  CHECK_FALSE(parse_yes_no("có lẽ"));
}

TEST_CASE("importer::find_school_year, find_semester, find_effective_date", "[importer]") {
  CHECK(find_school_year("NĂM HỌC 2025 – 2026") == std::string("2025-2026"));
  CHECK(find_school_year("tkb-hk1-2025-2026") == std::string("2025-2026"));
  CHECK(find_school_year("2025/2026") == std::string("2025-2026"));
  CHECK_FALSE(find_school_year("2025-2027"));
  CHECK_FALSE(find_school_year("120252026"));
  CHECK(find_semester("HỌC KỲ I") == 1);
  CHECK(find_semester("Học kì II") == 2);
  CHECK(find_semester("tkb-hk2-2025") == 2);
  CHECK_FALSE(find_semester("Kỹ thuật"));
  CHECK(find_effective_date("Áp dụng từ ngày: 5/1/2026") == std::string("05/01/2026"));
  CHECK_FALSE(find_effective_date("Áp dụng từ ngày 31/02/2026"));
}

TEST_CASE("importer::header_key folds Vietnamese headers", "[importer]") {
  CHECK(header_key("Giáo viên") == "giao-vien");
  CHECK(header_key("GIAO VIEN") == "giao-vien");
  CHECK(header_key("Số tiền (đồng)") == "so-tien");
  CHECK(header_key("  Đơn vị tính ") == "don-vi-tinh");
  CHECK(header_key("E-mail") == "e-mail");
}

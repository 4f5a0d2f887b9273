// contact_facts: address, phone, e-mail and who is responsible in page text.
#include <catch2/catch.hpp>

#include "audit/crawl/contact_facts.hpp"

using namespace wt::audit;

TEST_CASE("contact_facts: a school footer, with and without diacritics", "[audit][contact]") {
  auto f = contact_facts(
      "Trường THCS Nguyễn Du\nĐịa chỉ: số 12 đường Lê Lợi, phường Vĩnh Yên\nĐiện thoại: (0211) 3.862.123\n"
      "Email: c2nguyendu@phutho.edu.vn\nChịu trách nhiệm nội dung: bà Nguyễn Thị Hoa, Hiệu trưởng");
  CHECK(f.address);
  CHECK(f.phone);
  CHECK(f.email);
  CHECK(f.responsible);
  auto legacy = contact_facts("Dia chi: so 12 Le Loi - DT: 0912 486 135 - Phu trach: Ban bien tap");
  CHECK(legacy.address);
  CHECK(legacy.phone);
  CHECK_FALSE(legacy.email);
  CHECK(legacy.responsible);
}

TEST_CASE("has_phone_number: Vietnamese numbers, not dates, amounts or codes", "[audit][contact]") {
  CHECK(has_phone_number("ĐT: 0211 3862 123"));
  CHECK(has_phone_number("Hotline 0912.486.135"));
  CHECK(has_phone_number("+84 211 386 2123"));
  CHECK(has_phone_number("gọi 0983-527-214 để hỏi"));
  CHECK_FALSE(has_phone_number("ngày 05/09/2026"));
  CHECK_FALSE(has_phone_number("Số tiền 1.500.000 đ"));
  CHECK_FALSE(has_phone_number("Quyết định số 086/QĐ-PGDĐT"));
  CHECK_FALSE(has_phone_number("mã 012345"));  // too short
  CHECK_FALSE(has_phone_number("năm 2025-2026"));
}

TEST_CASE("names_education_unit: the school or office by name, not 'nhà trường'", "[audit][contact]") {
  for (const char* yes : {"Trường THCS Lê Lợi", "© Bản quyền thuộc về Trường Tiểu học Kim Đồng",
                          "TRƯỜNG MẦM NON HOA SEN", "Truong THPT Tran Phu - Dia chi: ...", "Phòng Giáo dục và Đào tạo Tam Dương",
                          "Sở GD&ĐT Phú Thọ", "Trung tâm GDTX tỉnh", "Trường PTDTNT huyện Mường Lát",
                          "Trường TH&THCS Xuân Sơn"})
    CHECK(names_education_unit(yes));
  for (const char* no : {"Bản quyền thuộc về nhà trường", "Địa chỉ: 12 Lê Lợi. ĐT: 0211 3862 123", "",
                         "trường học thân thiện", "Sở thích của học sinh"})
    CHECK_FALSE(names_education_unit(no));
}

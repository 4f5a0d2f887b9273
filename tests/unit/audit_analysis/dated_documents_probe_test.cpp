// working_days_between and the dated_documents probe: how soon a site posts
// the documents the crawl found with their issue dates.
#include <catch2/catch.hpp>

#include "audit/analysis/probes.hpp"
#include "audit/analysis/working_days.hpp"

using namespace wt::audit;

TEST_CASE("working_days_between: Monday to Friday", "[audit][dated_documents]") {
  CHECK(working_days_between("2024-09-05", "2024-09-05") == 0);  // Thursday
  CHECK(working_days_between("2024-09-05", "2024-09-06") == 1);  // Friday
  CHECK(working_days_between("2024-09-06", "2024-09-09") == 1);  // Friday -> Monday
  CHECK(working_days_between("2024-09-05", "2024-09-19") == 10);
  CHECK(working_days_between("2024-09-05", "2024-09-20") == 11);
  CHECK(working_days_between("2024-09-09", "2024-09-06") == -1);
  CHECK_FALSE(working_days_between("2024-02-30", "2024-03-01"));
  CHECK_FALSE(working_days_between("", "2024-03-01"));
}

TEST_CASE("run_probe dated_documents: a register, and how soon documents are posted", "[audit][probes][dated_documents]") {
  const std::string site = "https://thcs-a.edu.vn/";
  CrawledPage reg;
  reg.url = site + "van-ban/";
  reg.documents = {{"45/KH-THCSA", "2024-09-05"}, {"44/QĐ-THCSA", "2024-08-30"}};
  auto probe = [&](const std::vector<CrawledPage>& pages) {
    auto r = run_probe("dated_documents", pages, site);
    REQUIRE(r);
    return *r;
  };
  // Two documents are not a register.
  CHECK_FALSE(probe({reg}).found);
  reg.documents.push_back({"39/KH-THCSA", "2024-08-15"});
  ProbeResult r = probe({reg});
  CHECK(r.found);
  CHECK(r.url == reg.url);
  CHECK(r.evidence ==
        "3 văn bản có số ký hiệu và ngày ban hành (45/KH-THCSA ngày 05/09/2024 trên https://thcs-a.edu.vn/van-ban/); "
        "ngày đăng văn bản không đo được");

  // Each document's own page is a post: posted 2 and 14 working days after issue.
  CrawledPage on_time, late;
  on_time.url = site + "van-ban/45/";
  on_time.documents = {{"45/KH-THCSA", "2024-09-05"}};
  on_time.posted = "2024-09-09";
  late.url = site + "van-ban/44/";
  late.documents = {{"44/QĐ-THCSA", "2024-08-30"}};
  late.posted = "2024-09-19";
  r = probe({reg, on_time, late});
  CHECK_FALSE(r.found);  // 1 of 2 on time: under 80 %
  CHECK(r.evidence.find("1/2 văn bản đăng trong 10 ngày làm việc sau ngày ban hành (44/QĐ-THCSA sau 14 ngày làm việc)") !=
        std::string::npos);
  late.posted = "2024-09-12";
  CHECK(probe({reg, on_time, late}).found);
  // Pages answered with an error do not count.
  reg.status = 404;
  CHECK_FALSE(probe({reg, on_time, late}).found);
}

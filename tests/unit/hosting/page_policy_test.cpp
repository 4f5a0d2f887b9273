// The Content-Security-Policy a page declares, read from its <head>.
#include <catch2/catch.hpp>

#include "hosting/page_policy.hpp"

using wt::hosting::page_policy;

TEST_CASE("hosting::page_policy reads the theme's <meta http-equiv>", "[hosting]") {
  CHECK(page_policy("<!DOCTYPE html><html><head><meta charset=\"utf-8\">\n"
                    "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; img-src 'self' data:\">"
                    "</head><body></body></html>") == "default-src 'self'; img-src 'self' data:");
}

TEST_CASE("hosting::page_policy reads other spellings of the same tag", "[hosting]") {
  CHECK(page_policy("<META HTTP-EQUIV='content-security-policy' CONTENT='default-src &#39;self&#39;'>") ==
        "default-src 'self'");
  CHECK(page_policy("<meta content=\"script-src &apos;none&apos;\" http-equiv=Content-Security-Policy>") ==
        "script-src 'none'");
  CHECK(page_policy("<meta http-equiv=\" Content-Security-Policy \" content=\"  object-src 'none'  \"/>") ==
        "object-src 'none'");
}

TEST_CASE("hosting::page_policy finds nothing outside the head or in comments", "[hosting]") {
  CHECK_FALSE(page_policy("<html><head><title>x</title></head><body>"
                          "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src *\"></body>"));
  CHECK_FALSE(page_policy("<head><!-- <meta http-equiv=\"Content-Security-Policy\" content=\"a\"> --></head>"));
  CHECK_FALSE(page_policy("<head><meta name=\"Content-Security-Policy\" content=\"a\"></head>"));
  CHECK_FALSE(page_policy(""));
  // The first one counts.
  CHECK(page_policy("<meta http-equiv=\"Content-Security-Policy\" content=\"a\">"
                    "<meta http-equiv=\"Content-Security-Policy\" content=\"b\">") == "a");
}

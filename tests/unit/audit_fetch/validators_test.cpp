// fetch/validators: what a server's ETag and Last-Modified must be before a
// conditional recrawl keeps them and sends them back.
#include <catch2/catch.hpp>

#include <string>

#include "audit/fetch/validators.hpp"

using wt::audit::valid_etag;
using wt::audit::valid_http_date;

TEST_CASE("validators: strong and weak ETags are kept, anything that could break a header is not") {
  CHECK(valid_etag("\"5f2-1a\""));
  CHECK(valid_etag("W/\"5f2-1a\""));
  CHECK(valid_etag("\"\""));
  CHECK_FALSE(valid_etag("5f2-1a"));            // unquoted
  CHECK_FALSE(valid_etag("\"5f2"));             // unclosed
  CHECK_FALSE(valid_etag("w/\"a\""));           // the weak prefix is case-sensitive
  CHECK_FALSE(valid_etag("\"a\"b\""));          // a quote inside
  CHECK_FALSE(valid_etag("\"a b\""));           // a space
  CHECK_FALSE(valid_etag("\"a\r\nX-Evil: 1\""));  // header injection
  CHECK_FALSE(valid_etag("\"caf\xC3\xA9\""));   // obs-text
  CHECK_FALSE(valid_etag(""));
  CHECK(valid_etag("\"" + std::string(wt::audit::kMaxValidatorBytes - 2, 'a') + "\""));
  CHECK_FALSE(valid_etag("\"" + std::string(wt::audit::kMaxValidatorBytes - 1, 'a') + "\""));
}

TEST_CASE("validators: only an IMF-fixdate of a real day is a Last-Modified") {
  CHECK(valid_http_date("Sun, 06 Nov 1994 08:49:37 GMT"));
  CHECK(valid_http_date("Thu, 29 Feb 2024 23:59:59 GMT"));
  CHECK_FALSE(valid_http_date("Thu, 29 Feb 2023 23:59:59 GMT"));  // not a leap year
  CHECK_FALSE(valid_http_date("Sunday, 06-Nov-94 08:49:37 GMT"));  // RFC 850, obsolete
  CHECK_FALSE(valid_http_date("Sun Nov  6 08:49:37 1994"));        // asctime, obsolete
  CHECK_FALSE(valid_http_date("Sun, 06 Nov 1994 08:49:37 UTC"));
  CHECK_FALSE(valid_http_date("Sun, 06 Nov 1994 24:00:00 GMT"));
  CHECK_FALSE(valid_http_date("Sun, 06 Xyz 1994 08:49:37 GMT"));
  CHECK_FALSE(valid_http_date("Sun, 06 Nov 1994 08:49:37 GMT\r\nX: y"));
  CHECK_FALSE(valid_http_date("yesterday"));
  CHECK_FALSE(valid_http_date(""));
}

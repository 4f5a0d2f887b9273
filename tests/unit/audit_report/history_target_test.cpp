// report/history: which adapter a --db names, and a PostgreSQL URL shown
// without its password.
#include <catch2/catch.hpp>

#include "audit/report/history.hpp"

using wt::audit::is_postgres_url;
using wt::audit::redact_url;

TEST_CASE("history: postgresql:// and postgres:// (any case) name PostgreSQL, anything else a SQLite file") {
  CHECK(is_postgres_url("postgresql://auditor@db/audits"));
  CHECK(is_postgres_url("postgres:///audits?host=/run/postgresql"));
  CHECK(is_postgres_url("PostgreSQL://db/audits"));
  CHECK_FALSE(is_postgres_url("audits.db"));
  CHECK_FALSE(is_postgres_url("postgresql"));
  CHECK_FALSE(is_postgres_url("postgresql:/db"));
  CHECK_FALSE(is_postgres_url("sqlite://audits.db"));
  CHECK_FALSE(is_postgres_url("dir/postgresql://x"));
}

TEST_CASE("history: a URL is printed with its password hidden, in the authority or as a parameter") {
  CHECK(redact_url("postgresql://auditor:s3cret@db.sgd:5432/audits") == "postgresql://auditor:***@db.sgd:5432/audits");
  CHECK(redact_url("postgresql://auditor@db.sgd/audits") == "postgresql://auditor@db.sgd/audits");
  CHECK(redact_url("postgresql://db/audits?user=a&password=s3cret&sslmode=require") ==
        "postgresql://db/audits?user=a&password=***&sslmode=require");
  CHECK(redact_url("postgresql://a:p@ss@db/x") == "postgresql://a:***@db/x");
  CHECK(redact_url("postgresql://db/x?apassword=1") == "postgresql://db/x?apassword=1");
  CHECK(redact_url("audits.db") == "audits.db");
}

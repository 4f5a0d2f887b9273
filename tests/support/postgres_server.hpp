// A real PostgreSQL server for integration tests (issue 14: the audit
// history in PostgreSQL), Debian's postgresql binaries started and stopped
// by the test.
//
// The constructor makes a fresh temporary folder, runs initdb there (as the
// `postgres` user when run as root: initdb refuses root), and starts the
// server with no TCP listener (listen_addresses = '') and its Unix socket in
// that folder, then creates the database "audit". The destructor stops it
// (pg_ctl stop -m immediate) and removes the folder. When the binaries are
// missing, available() is false and missing() says why (the test is then
// skipped with that message); anything else that keeps the server from
// starting throws std::runtime_error with the server's own log.
//
//   wt::test::PostgresServer pg;
//   if (!pg.available()) { WARN(pg.missing()); return; }
//   pg.url() == "postgresql:///audit?host=/tmp/wt-pg-Ab12Cd&user=postgres"
#pragma once

#include <filesystem>
#include <string>

namespace wt::test {

class PostgresServer {
 public:
  PostgresServer();
  ~PostgresServer();
  PostgresServer(const PostgresServer&) = delete;
  PostgresServer& operator=(const PostgresServer&) = delete;

  bool available() const { return missing_.empty(); }
  /// Why the server could not be started (the binaries are absent); "" when available.
  const std::string& missing() const { return missing_; }
  /// The libpq URL of the database "audit" (a Unix socket in the temporary folder).
  std::string url() const;
  /// Runs `sql` through psql on the database; psql's output, or throws.
  std::string psql(const std::string& sql) const;

 private:
  std::string as_owner(const std::string& command) const;
  void run(const std::string& command, const char* what) const;
  void stop();

  std::filesystem::path bin_, dir_;
  std::string missing_;
  bool started_ = false;
};

}  // namespace wt::test

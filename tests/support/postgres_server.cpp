#include "support/postgres_server.hpp"

#include <pwd.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace wt::test {
namespace fs = std::filesystem;
namespace {

/// The newest /usr/lib/postgresql/<version>/bin holding initdb and pg_ctl.
fs::path find_bin() {
  fs::path best;
  int best_version = -1;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator("/usr/lib/postgresql", ec)) {
    const fs::path bin = e.path() / "bin";
    if (!fs::exists(bin / "initdb", ec) || !fs::exists(bin / "pg_ctl", ec) || !fs::exists(bin / "psql", ec)) continue;
    const int version = std::atoi(e.path().filename().c_str());
    if (version > best_version) best_version = version, best = bin;
  }
  return best;
}

std::string quoted(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

struct Output {
  int status;
  std::string text;
};

Output capture(const std::string& command) {
  FILE* p = popen((command + " 2>&1").c_str(), "r");
  if (!p) return {-1, "popen failed"};
  std::string out;
  std::array<char, 4096> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) out.append(buf.data(), n);
  const int st = pclose(p);
  return {WIFEXITED(st) ? WEXITSTATUS(st) : -1, out};
}

}  // namespace

PostgresServer::PostgresServer() {
  bin_ = find_bin();
  if (bin_.empty()) {
    missing_ = "PostgreSQL server binaries not found in /usr/lib/postgresql/*/bin (scripts/install-deps.sh installs "
               "postgresql)";
    return;
  }
  if (geteuid() == 0 && getpwnam("postgres") == nullptr) {
    missing_ = "running as root and there is no 'postgres' user to run initdb as";
    return;
  }
  std::string tmpl = (fs::temp_directory_path() / "wt-pg-XXXXXX").string();
  if (!mkdtemp(tmpl.data())) throw std::runtime_error("mkdtemp failed for " + tmpl);
  dir_ = tmpl;
  if (geteuid() == 0) run("chown postgres: " + quoted(dir_.string()), "chown");
  run(as_owner(quoted((bin_ / "initdb").string()) + " -D " + quoted((dir_ / "data").string()) +
               " -U postgres -A trust -E UTF8 --locale=C --no-sync"),
      "initdb");
  run(as_owner(quoted((bin_ / "pg_ctl").string()) + " -D " + quoted((dir_ / "data").string()) + " -l " +
               quoted((dir_ / "log").string()) + " -w -t 30 -o " +
               quoted("-c listen_addresses='' -k " + dir_.string() + " -c fsync=off -c max_connections=20") +
               " start"),
      "pg_ctl start");
  started_ = true;
  try {
    psql("CREATE DATABASE audit");
  } catch (...) {
    stop();
    throw;
  }
}

PostgresServer::~PostgresServer() { stop(); }

void PostgresServer::stop() {
  if (started_)
    std::system((as_owner(quoted((bin_ / "pg_ctl").string()) + " -D " + quoted((dir_ / "data").string()) +
                          " -m immediate -w -t 10 stop") +
                 " >/dev/null 2>&1")
                    .c_str());
  started_ = false;
  std::error_code ec;
  if (!dir_.empty()) fs::remove_all(dir_, ec);
  dir_.clear();
}

std::string PostgresServer::url() const { return "postgresql:///audit?host=" + dir_.string() + "&user=postgres"; }

std::string PostgresServer::psql(const std::string& sql) const {
  // The first statement creates "audit" itself: it runs on "postgres".
  const std::string db = sql.rfind("CREATE DATABASE", 0) == 0 ? "postgres" : "audit";
  auto out = capture(quoted((bin_ / "psql").string()) + " -X -q -A -t -v ON_ERROR_STOP=1 -h " +
                     quoted(dir_.string()) + " -U postgres -d " + db + " -c " + quoted(sql));
  if (out.status != 0) throw std::runtime_error("psql: " + out.text);
  return out.text;
}

std::string PostgresServer::as_owner(const std::string& command) const {
  return geteuid() == 0 ? "runuser -u postgres -- " + command : command;
}

void PostgresServer::run(const std::string& command, const char* what) const {
  auto out = capture(command);
  if (out.status == 0) return;
  std::string log;
  if (std::ifstream in(dir_ / "log"); in) {
    std::stringstream s;
    s << in.rdbuf();
    log = s.str();
  }
  throw std::runtime_error(std::string(what) + " failed (" + std::to_string(out.status) + "): " + out.text + log);
}

}  // namespace wt::test

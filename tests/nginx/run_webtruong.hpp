// The webtruong binary as a user runs it, for the tests of `webtruong nginx`
// and `webtruong portal nginx`: SOURCE_DATE_EPOCH fixed, killed after 20 s
// so that a hang fails the test, standard output and error apart; and
// `nginx -t` on a configuration it wrote.
//
//   auto r = wt::test::webtruong("portal nginx " + wt::test::shell_quote(dir.string()));
//   r.status == 0; r.out.rfind("# nginx configuration", 0) == 0
#pragma once

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <string>

#include "core/file_io.hpp"
#include "support/temp_site.hpp"

namespace wt::test {

struct Run {
  int status;
  std::string out, err;
};

inline std::string shell_quote(const std::string& s) {
  std::string q = "'";
  for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}

inline Run webtruong(const std::string& args) {
  std::filesystem::path err = make_temp_dir("wt-nginx-cli") / "stderr";
  std::string cmd = "SOURCE_DATE_EPOCH=1767225600 timeout -s KILL 20 " + std::string(WT_BINARY) + " " + args +
                    " 2>" + shell_quote(err.string());
  FILE* p = popen(cmd.c_str(), "r");
  std::string out;
  std::array<char, 4096> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) out.append(buf.data(), n);
  int st = pclose(p);
  Run r{WIFEXITED(st) ? WEXITSTATUS(st) : -1, out, read_file(err).value_or("")};
  std::filesystem::remove_all(err.parent_path());
  return r;
}

/// `nginx -t` on `conf` (server blocks for http { }), with its pid and
/// logs in `dir`: status 0 when nginx accepts it; `out` is what nginx said.
/// Ports are bound only when nginx runs, so `listen 80` can be tested.
inline Run nginx_t(const std::string& conf, const std::filesystem::path& dir) {
  namespace fs = std::filesystem;
  fs::create_directories(dir);
  std::string error;
  write_file_replacing(dir / "site.conf", conf, &error);
  write_file_replacing(dir / "nginx.conf",
                       "pid " + dir.string() + "/nginx.pid;\nerror_log " + dir.string() +
                           "/error.log;\nevents {}\nhttp {\n  access_log off;\n  include " +
                           (dir / "site.conf").string() + ";\n}\n",
                       &error);
  std::string cmd = "/usr/sbin/nginx -t -q -p " + shell_quote(dir.string() + "/") + " -e " +
                    shell_quote((dir / "error.log").string()) + " -c " + shell_quote((dir / "nginx.conf").string()) +
                    " 2>&1";
  FILE* p = popen(cmd.c_str(), "r");
  std::string said;
  std::array<char, 1024> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) said.append(buf.data(), n);
  int st = pclose(p);
  return {WIFEXITED(st) ? WEXITSTATUS(st) : -1, said, ""};
}

}  // namespace wt::test

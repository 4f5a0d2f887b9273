#include "support/temp_site.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <vector>

namespace fs = std::filesystem;

namespace wt::test {

fs::path make_temp_dir(const std::string& prefix) {
  std::string tmpl = (fs::temp_directory_path() / (prefix + "-XXXXXX")).string();
  std::vector<char> buf(tmpl.begin(), tmpl.end());
  buf.push_back('\0');
  if (!::mkdtemp(buf.data())) throw std::runtime_error("mkdtemp " + tmpl + ": " + std::strerror(errno));
  return fs::path(buf.data());
}

TempSite::TempSite(const std::string& txtar) {
  dir_ = make_temp_dir("wt-site");
  std::istringstream in(txtar);
  std::string line, name, body;
  auto flush = [&] {
    if (!name.empty()) write(name, body);
    body.clear();
  };
  while (std::getline(in, line)) {
    if (line.rfind("-- ", 0) == 0 && line.size() > 6 && line.compare(line.size() - 3, 3, " --") == 0) {
      flush();
      name = line.substr(3, line.size() - 6);
    } else if (!name.empty()) {
      body += line + "\n";
    }
  }
  flush();
}

TempSite::~TempSite() {
  std::error_code ec;
  fs::remove_all(dir_, ec);
}

void TempSite::write(const std::string& rel, const std::string& content) const {
  fs::path p = dir_ / rel;
  fs::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << content;
}

std::string TempSite::read(const std::string& rel) const {
  std::ifstream in(dir_ / rel, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace wt::test

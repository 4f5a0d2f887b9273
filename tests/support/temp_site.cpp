#include "support/temp_site.hpp"

#include <unistd.h>

#include <atomic>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;

namespace wt::test {

TempSite::TempSite(const std::string& txtar) {
  static std::atomic<int> counter{0};
  dir_ = fs::temp_directory_path() /
         ("wt-site-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
  fs::remove_all(dir_);
  fs::create_directories(dir_);
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

// The one main() of every test binary.
//
// Tests read messages in English (the language the code writes them in), and
// every message a test makes, in this process or in a webtruong it runs, must
// have its Vietnamese text in the catalog (core/message_catalog.hpp): one
// that has none fails the test binary, naming the message, so that no
// message reaches a teacher untranslated.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <mutex>
#include <set>
#include <sstream>
#include <string>

#include "core/message_catalog.hpp"
#include "core/message_language.hpp"

namespace {

std::mutex g_mutex;
std::set<std::string> g_untranslated;

void record_untranslated(std::string_view code, std::string_view message) {
  // Messages the tests make up to try the machinery itself are not the product's.
  if (code.substr(0, 5) == "test.") return;
  std::lock_guard<std::mutex> lock(g_mutex);
  g_untranslated.insert(std::string(code) + ": " + std::string(message));
}

}  // namespace

int main(int argc, char** argv) {
  wt::set_message_language(wt::Language::En);
  wt::set_untranslated_hook(record_untranslated);
  // A webtruong the tests run writes what it could not translate here.
  char log_path[] = "/tmp/wt-untranslated-XXXXXX";
  int fd = ::mkstemp(log_path);
  if (fd >= 0) {
    ::close(fd);
    ::setenv("WEBTRUONG_UNTRANSLATED_LOG", log_path, 1);
  }
  ::setenv("LANG", "en_US.UTF-8", 1);
  ::unsetenv("LANGUAGE");
  ::unsetenv("LC_ALL");
  ::unsetenv("LC_MESSAGES");
  int result = Catch::Session().run(argc, argv);
  if (fd >= 0) {
    std::ifstream in(log_path);
    std::string line;
    while (std::getline(in, line))
      if (!line.empty() && line.rfind("test.", 0) != 0) g_untranslated.insert(line);
    ::unlink(log_path);
  }
  if (!g_untranslated.empty()) {
    std::fprintf(stderr, "\n%zu messages have no Vietnamese text in the catalog (core/messages/):\n",
                 g_untranslated.size());
    for (const auto& m : g_untranslated) std::fprintf(stderr, "  untranslated: %s\n", m.c_str());
    return result != 0 ? result : 1;
  }
  return result;
}

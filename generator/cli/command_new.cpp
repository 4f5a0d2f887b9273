#include "cli/command_new.hpp"

#include <algorithm>
#include <cstdlib>
#include <ctime>
#include <iostream>

#include "core/installed.hpp"
#include "core/text.hpp"
#include "scaffold/scaffold.hpp"

namespace wt::cli {
namespace {

const char* kUsage =
    "usage: webtruong new DIR --type mn|th|thcs|thpt|gdtx|sgd --name \"Trường THCS ...\" [--province P] [--base-url URL]\n\n"
    "Creates in DIR (a new or empty folder) a complete site for the school type:\n"
    "site.yaml, every section the type requires (content/) and one file per data\n"
    "kind it needs (data/), filled with \"[CẦN ĐIỀN: ...]\" placeholders that say\n"
    "what to write. 'webtruong check DIR' lists the placeholders left.\n\n"
    "  --type TYPE        mn (mầm non), th (tiểu học), thcs, thpt, gdtx, sgd (Sở GDĐT)\n"
    "  --name NAME        full name, e.g. \"Trường THCS Nguyễn Du\"\n"
    "  --province P       province, e.g. \"Vĩnh Phúc\" (else a placeholder)\n"
    "  --base-url URL     address of the site (else made from the name and province)\n";

int usage_error(const std::string& msg) {
  std::cerr << "webtruong new: " << msg << "\n\n" << kUsage;
  return 2;
}


}  // namespace

int command_new(const std::vector<std::string>& args) {
  scaffold::Options opt;
  std::string dir;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    auto value = [&](std::string& out) {
      if (i + 1 >= args.size()) return false;
      out = args[++i];
      return true;
    };
    if (a == "-h" || a == "--help") {
      std::cout << kUsage;
      return 0;
    } else if (a == "--type" || a == "-t") {
      if (!value(opt.type)) return usage_error("'" + a + "' needs a school type");
    } else if (a == "--name" || a == "-n") {
      if (!value(opt.name)) return usage_error("'" + a + "' needs the name of the school");
    } else if (a == "--province") {
      if (!value(opt.province)) return usage_error("'--province' needs a province");
    } else if (a == "--base-url") {
      if (!value(opt.base_url)) return usage_error("'--base-url' needs a URL");
      if (opt.base_url.rfind("http://", 0) != 0 && opt.base_url.rfind("https://", 0) != 0)
        return usage_error("'--base-url' should start with http:// or https://");
    } else if (!a.empty() && a[0] == '-') {
      return usage_error("unknown option '" + a + "'");
    } else if (dir.empty()) {
      dir = a;
    } else {
      return usage_error("only one folder can be created at a time");
    }
  }
  if (dir.empty()) return usage_error("which folder? e.g. webtruong new truong-moi --type thcs --name \"Trường THCS ...\"");
  if (opt.type.empty()) return usage_error("'--type' is required (mn, th, thcs, thpt, gdtx or sgd)");
  const auto& types = scaffold::site_types();
  if (std::find(types.begin(), types.end(), opt.type) == types.end()) {
    std::string msg = "unknown school type '" + opt.type + "'";
    std::string guess = closest_match(opt.type, types);
    if (!guess.empty()) msg += " (did you mean '" + guess + "'?)";
    return usage_error(msg + "; the types are mn, th, thcs, thpt, gdtx, sgd");
  }
  if (trim(opt.name).empty()) return usage_error("'--name' is required, e.g. --name \"Trường THCS Nguyễn Du\"");
  opt.now = now_seconds();
  DiagnosticSink sink;
  scaffold::Created created;
  bool ok = scaffold::create_site(dir, opt, sink, &created);
  sink.print(std::cerr);
  if (!ok) return 1;
  std::cerr << "webtruong: created " << dir << " (" << scaffold::type_name(opt.type) << ", " << created.files.size()
            << " files)\n"
            << "webtruong: " << created.placeholder_files.size()
            << " files hold \"[CẦN ĐIỀN: ...]\" placeholders to replace; 'webtruong check " << dir
            << "' lists them\n";
  return 0;
}

}  // namespace wt::cli

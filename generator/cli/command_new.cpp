#include "cli/command_new.hpp"

#include <algorithm>
#include <cstdlib>
#include <ctime>
#include <iostream>

#include "config/base_url.hpp"
#include "core/clock.hpp"
#include "core/message_catalog.hpp"
#include "core/text.hpp"
#include "plugin/option_parser.hpp"
#include "scaffold/scaffold.hpp"

namespace wt::cli {
namespace {

const plugin::OptionParser& parser() {
  static const plugin::OptionParser p(
      "new", "DIR --type mn|th|thcs|thpt|gdtx|sgd --name \"Trường THCS ...\" [--province P] [--base-url URL]",
      "Creates in DIR (a new or empty folder) a complete site for the school type:\n"
      "site.yaml, every section the type requires (content/) and one file per data\n"
      "kind it needs (data/), filled with \"[CẦN ĐIỀN: ...]\" placeholders that say\n"
      "what to write. 'webtruong check DIR' lists the placeholders left.",
      {{"--type", "-t", "TYPE", "mn (mầm non), th (tiểu học), thcs, thpt, gdtx, sgd (Sở GDĐT)"},
       {"--name", "-n", "NAME", "full name, e.g. \"Trường THCS Nguyễn Du\""},
       {"--province", "", "P", "province, e.g. \"Phú Thọ\" (else a placeholder)"},
       {"--base-url", "", "URL", "address of the site (else made from the name and province)"}});
  return p;
}

}  // namespace

int command_new(const std::vector<std::string>& args) {
  const auto& p = parser();
  auto usage_error = [&](const std::string& msg) { return p.usage_error(msg); };
  std::string error;
  auto opts = p.parse(args, &error);
  if (!opts) return usage_error(error);
  if (opts->help) {
    std::cout << p.usage();
    return 0;
  }
  if (opts->positional.size() > 1) return usage_error("only one folder can be created at a time");
  std::string dir = opts->positional.empty() ? "" : opts->positional[0];
  scaffold::Options opt;
  opt.type = opts->get("--type");
  opt.name = opts->get("--name");
  opt.province = opts->get("--province");
  if (opts->has("--base-url")) {
    std::string why;
    auto url = config::normalize_base_url(opts->get("--base-url"), &why);
    if (!url) return usage_error("'--base-url' " + why);
    opt.base_url = *url;
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
  std::cerr << "webtruong: "
            << localized("cli.new", "created " + dir + " (" + scaffold::type_name(opt.type) + ", " +
                                        std::to_string(created.files.size()) + " files)")
            << "\n"
            << "webtruong: "
            << localized("cli.new", std::to_string(created.placeholder_files.size()) +
                                        " files hold \"[CẦN ĐIỀN: ...]\" placeholders to replace; 'webtruong check " +
                                        dir + "' lists them")
            << "\n";
  return 0;
}

}  // namespace wt::cli

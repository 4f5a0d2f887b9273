#include "audit/command/audit_plugin.hpp"

namespace wt::audit {
namespace {

class AuditPlugin final : public plugin::Plugin {
 public:
  std::string name() const override { return "audit"; }
  std::string summary() const override {
    return "crawler audit of live school websites (any CMS): sections, posting frequency, rubric score";
  }
  std::vector<plugin::Command> commands() const override {
    return {{"audit", "crawl live school websites and score them against a rubric", run_audit}};
  }
  bool uses_build_hooks() const override { return false; }
};

}  // namespace

std::unique_ptr<plugin::Plugin> make_audit_plugin() { return std::make_unique<AuditPlugin>(); }

}  // namespace wt::audit

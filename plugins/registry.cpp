// The plugins built into webtruong, in the order `webtruong plugins` lists
// them. Adding a plugin: write it under plugins/<name>/, link it in
// plugins/CMakeLists.txt, and add its factory here.
#include "audit/command/audit_plugin.hpp"
#include "plugin/plugin.hpp"

namespace wt::plugin {

std::vector<std::unique_ptr<Plugin>> installed_plugins() {
  std::vector<std::unique_ptr<Plugin>> list;
  list.push_back(audit::make_audit_plugin());
  return list;
}

}  // namespace wt::plugin

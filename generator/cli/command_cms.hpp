// `webtruong cms [SITE_DIR] [options]`: writes admin/config.yml and
// admin/index.html, the forms of Decap CMS for this site made from its
// content folders and Webtruong's schemas (generator/cms/, docs/cms.md).
#pragma once

#include <string>
#include <vector>

namespace wt::cli {

int command_cms(const std::vector<std::string>& args);

}  // namespace wt::cli

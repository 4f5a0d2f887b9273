#include "site/output_plan.hpp"

namespace wt::site {

void OutputPlan::claim(const std::string& rel, std::string source, Position position) {
  Claim c{rel, std::move(source), std::move(position)};
  auto [it, inserted] = first_.emplace(rel, c);
  if (!inserted) clashes_.emplace_back(it->second, std::move(c));
}

bool OutputPlan::check(DiagnosticSink& sink) const {
  for (const auto& [first, later] : clashes_) {
    sink.error(later.position, "build.output-clash",
               later.source + " and " + first.source + " would both be written to '" + later.rel +
                   "'; change one of them");
  }
  return clashes_.empty();
}

}  // namespace wt::site

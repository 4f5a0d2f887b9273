// OutputPlan: every file a build will write, claimed before anything is
// rendered, so that no output silently replaces another.
//
// Pages, section lists, pages built from data, feeds, aliases and static
// files are made by different phases; before this plan, only two content
// pages at one address were caught (while rendering), and an alias such as
// /cac-khoan-thu/ replaced the fee page without a word. Each output claims
// its path with the source that makes it; check() reports every path
// claimed twice as one error naming both sources, at the later claim.
//
//   OutputPlan plan;
//   plan.claim("cac-khoan-thu/index.html", "the page 'Các khoản thu' built from data/", {"data", 0, 0});
//   plan.claim("cac-khoan-thu/index.html", "the alias '/cac-khoan-thu/' of content/a.md", alias_pos);
//   if (!plan.check(sink)) return;  // nothing rendered
#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/diagnostic.hpp"

namespace wt::site {

class OutputPlan {
 public:
  /// Records that `source` (as the user knows it) will write `rel`.
  void claim(const std::string& rel, std::string source, Position position);

  /// One error (build.output-clash) per path claimed more than once, at the
  /// later claim, naming both sources. True when every path is claimed once.
  bool check(DiagnosticSink& sink) const;

  size_t size() const { return first_.size(); }

 private:
  struct Claim {
    std::string rel;
    std::string source;
    Position position;
  };
  std::map<std::string, Claim> first_;
  std::vector<std::pair<Claim, Claim>> clashes_;  ///< (first, later)
};

}  // namespace wt::site

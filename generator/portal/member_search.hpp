// What a member's own search index says of its pages, read back from the
// member's folder of the portal's output (its search/manifest.json and the
// d/N.json chunks, as site::build_search_index wrote them): the documents
// the portal's one search over all members is made of (portal_search.hpp).
//
//   std::string why;
//   auto pages = read_member_documents(out / "www/thcs-a/", &why);  // nullopt: why says what is wrong
//   std::string d = member_documents_digest(out / "www/thcs-a/");   // kept in the MemberReport
//
// The digest covers the manifest's counts and the bytes of every chunk,
// so it changes exactly when a page's address, title, date, section or
// excerpt does; an edit of a page's body alone leaves it as it was, and the
// portal's own files are then not rendered again.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "search/document.hpp"

namespace wt::portal {

/// The member's pages as its index lists them (url, title, date, section,
/// excerpt; no text), in its order. An empty list when the folder has no
/// search/ at all; nullopt, with `why`, when the index is there but damaged.
std::optional<std::vector<search::Document>> read_member_documents(const std::filesystem::path& folder,
                                                                   std::string* why);

/// A hash (hex) of the member's index documents: its counts and chunks;
/// "" when it has no readable manifest.
std::string member_documents_digest(const std::filesystem::path& folder);

}  // namespace wt::portal

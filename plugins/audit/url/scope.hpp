// Which URLs belong to the site being audited. A site is its seed's host
// together with the host's "www." twin (www.x.edu.vn <-> x.edu.vn), over
// http or https alike (schools move between the two, often half-way).
// Schools hosted as a sub-path of a portal (<province>.edu.vn/<school>/) are
// scoped with ScopeMode::PathPrefix: the URL's path must also lie under the
// seed's directory. Ports must match after normalisation.
//
//   same_site("https://www.thcs-a.edu.vn/tin-tuc/", "http://thcs-a.edu.vn/")      == true
//   same_site("http://vinhphuc.edu.vn/thpt-b/gioi-thieu",
//             "http://vinhphuc.edu.vn/thpt-b/", ScopeMode::PathPrefix)            == true
#pragma once

#include <string>
#include <string_view>

namespace wt::audit {

enum class ScopeMode { Host, PathPrefix };

// The host without a leading "www." ("www.a.vn" -> "a.vn"); lower-cased.
std::string host_without_www(std::string_view host);

// The directory a sub-path seed stands for, always ending in "/":
// "/thpt-b/" -> "/thpt-b/", "/thpt-b" -> "/thpt-b/", "/thpt-b/index.php" ->
// "/thpt-b/", "/" -> "/". A last segment with a '.' is taken for a file.
std::string scope_path_prefix(std::string_view seed_path);

// True when `url` is an http(s) URL of the seed's site (see above). Both are
// normalised first; anything that does not normalise is out of scope.
bool same_site(std::string_view url, std::string_view seed, ScopeMode mode = ScopeMode::Host);

}  // namespace wt::audit

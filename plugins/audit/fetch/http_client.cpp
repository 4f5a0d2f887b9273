// Parts of the HTTP client interface that need no network.
#include "audit/fetch/http_client.hpp"

#include <utility>

namespace wt::audit {

const std::string* Response::header(const std::string& lower_name) const {
  for (const auto& h : headers) {
    if (h.name == lower_name) return &h.value;
  }
  return nullptr;
}

std::vector<Response> HttpClient::fetch_all(std::vector<Request> requests,
                                            std::chrono::milliseconds budget) {
  for (auto& r : requests) add(std::move(r));
  std::vector<Response> out;
  run([&](Response r) { out.push_back(std::move(r)); }, budget);
  return out;
}

}  // namespace wt::audit

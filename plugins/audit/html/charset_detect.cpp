// uchardet adapter: the only file that includes uchardet.
#include <uchardet/uchardet.h>

#include <algorithm>
#include <memory>

#include "audit/html/charset.hpp"

namespace wt::audit {

std::optional<std::string> detect_encoding(std::string_view bytes) {
  constexpr size_t kMaxBytes = 64 * 1024;
  const std::string_view sample = bytes.substr(0, std::min(bytes.size(), kMaxBytes));
  if (sample.empty()) return std::nullopt;
  std::unique_ptr<std::remove_pointer_t<uchardet_t>, void (*)(uchardet_t)> ud(uchardet_new(), uchardet_delete);
  if (!ud) return std::nullopt;
  if (uchardet_handle_data(ud.get(), sample.data(), sample.size()) != 0) return std::nullopt;
  uchardet_data_end(ud.get());
  const char* found = uchardet_get_charset(ud.get());
  if (found == nullptr || *found == '\0') return std::nullopt;
  std::string name(found);
  for (char& c : name) c = static_cast<char>((c >= 'A' && c <= 'Z') ? c - 'A' + 'a' : c);
  if (name == "ascii") return std::string("utf-8");  // plain ASCII reads the same in UTF-8
  std::string whatwg = canonical_encoding(name);
  return whatwg.empty() ? name : whatwg;
}

}  // namespace wt::audit

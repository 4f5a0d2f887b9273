#include "core/messages/catalog_parts.hpp"

namespace wt::messages {

std::vector<std::span<const MessageTranslation>> catalog_parts() {
  return {cli(), core(), site_input(), rendering(), portal(), audit(), yaml_syntax(), serve(), cms(), help()};
}

}  // namespace wt::messages

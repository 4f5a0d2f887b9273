// The mark `new` leaves where the school still has to write something:
// "[CẦN ĐIỀN: số điện thoại]". `check` lists every one (compliance/), and
// pages never show one as if it were the school's address or phone
// (render/view_model.cpp leaves such a site.yaml value out).
#pragma once

#include <string_view>

namespace wt {

inline constexpr const char* kPlaceholderMarker = "[CẦN ĐIỀN";

/// True when `text` still holds a placeholder.
inline bool holds_placeholder(std::string_view text) { return text.find(kPlaceholderMarker) != std::string_view::npos; }

}  // namespace wt

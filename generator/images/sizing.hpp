// Sizing: which widths a photo is published at, and at what height.
//
// The responsive widths are 480, 800, 1200 and 1600 pixels (a phone, a
// phone at 2x or a tablet, a laptop, a large screen), never more than the
// photo has: a photo is never enlarged. A photo narrower than 1600 px is
// also published at its own width, the largest. Heights keep the aspect
// ratio, rounded to the nearest pixel (at least 1); the encoder is asked
// for exactly these sizes, so the width and height written in the HTML
// are those of the files.
//
//   responsive_widths(4000) == {480, 800, 1200, 1600}
//   responsive_widths(1000) == {480, 800, 1000}
//   responsive_widths(300)  == {300}
//   scaled_height(4000, 3000, 800) == 600
#pragma once

#include <vector>

namespace wt::images {

/// The widths of the published sizes, the largest first is last.
inline constexpr int kWidths[] = {480, 800, 1200, 1600};

/// The widths a photo `width` pixels wide is published at, ascending.
std::vector<int> responsive_widths(int width);

/// The height of a photo `width` × `height` scaled to `to_width`.
int scaled_height(int width, int height, int to_width);

/// The width of the size an <img> without srcset support loads: the
/// largest of `widths` not over 800 (the smallest when all are).
int fallback_width(const std::vector<int>& widths);

}  // namespace wt::images

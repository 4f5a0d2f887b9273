#include "images/sizing.hpp"

#include <algorithm>
#include <cmath>

namespace wt::images {

std::vector<int> responsive_widths(int width) {
  std::vector<int> out;
  if (width <= 0) return out;
  const int largest = std::min(width, kWidths[std::size(kWidths) - 1]);
  for (int w : kWidths)
    if (w < largest) out.push_back(w);
  out.push_back(largest);
  return out;
}

int scaled_height(int width, int height, int to_width) {
  if (width <= 0 || height <= 0) return 0;
  const double h = static_cast<double>(height) * to_width / width;
  return std::max(1, static_cast<int>(std::lround(h)));
}

int fallback_width(const std::vector<int>& widths) {
  int best = widths.empty() ? 0 : widths.front();
  for (int w : widths)
    if (w <= 800) best = w;
  return best;
}

}  // namespace wt::images

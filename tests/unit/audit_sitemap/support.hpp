// Shared by the sitemap and feed tests: fixture reading, gzip in memory, date printing.
#pragma once

#include <zlib.h>

#include <cstring>
#include <fstream>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>

#include "audit/sitemap/sitemap.hpp"
#include "core/date.hpp"

namespace sitemap_test {

inline std::string fixture(const std::string& name) {
  std::ifstream in(std::string(WT_TEST_FIXTURES) + "/audit/sitemap/" + name, std::ios::binary);
  if (!in) throw std::runtime_error("missing fixture " + name);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

/// gzip of `repeat` copies of `chunk`, streamed (the input is never held whole).
inline std::string gzip(const std::string& chunk, std::size_t repeat = 1) {
  z_stream zs;
  std::memset(&zs, 0, sizeof zs);
  deflateInit2(&zs, 9, Z_DEFLATED, 16 + MAX_WBITS, 9, Z_DEFAULT_STRATEGY);
  std::string out;
  char buf[1 << 16];
  for (std::size_t i = 0; i <= repeat; ++i) {
    const bool last = i == repeat;
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(chunk.data()));
    zs.avail_in = last ? 0 : static_cast<uInt>(chunk.size());
    do {
      zs.next_out = reinterpret_cast<Bytef*>(buf);
      zs.avail_out = sizeof buf;
      deflate(&zs, last ? Z_FINISH : Z_NO_FLUSH);
      out.append(buf, sizeof buf - zs.avail_out);
    } while (zs.avail_out == 0);
  }
  deflateEnd(&zs);
  return out;
}

inline std::string show(const std::optional<wt::DateTime>& d) {
  if (!d) return "none";
  return d->has_time ? wt::format_rfc3339(*d) : wt::format_iso_date(*d);
}

inline std::string show(const std::optional<wt::audit::W3cDate>& d) {
  if (!d) return "none";
  static const char* names[] = {"year", "month", "day", "time"};
  return show(std::optional<wt::DateTime>(d->date)) + " " + names[static_cast<int>(d->precision)];
}

}  // namespace sitemap_test

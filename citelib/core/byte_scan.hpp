#pragma once
// Skipping through text to the next byte of interest sixteen bytes at a time: the scanners
// of the .bib grammar and of the checks look for a few kinds of byte in text that is mostly
// none of them, where a test per byte was most of their time.

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace citelib::detail {

/// Sixteen bytes, compared all at once (v == 'x' gives -1 where a byte is 'x', else 0).
using Bytes16 = unsigned char __attribute__((vector_size(16)));

/// The first position at or after `i` whose byte satisfies `byte`, or s.size(). `block`
/// answers for sixteen bytes at once (non-zero where `byte` would be true) and must agree
/// with `byte`.
template <class Block, class Byte>
std::size_t find_byte_if(std::string_view s, std::size_t i, Block&& block, Byte&& byte) noexcept {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  for (; i + 16 <= s.size(); i += 16) {
    Bytes16 v;
    std::memcpy(&v, p + i, 16);
    const auto hit = block(v);  // a vector of 16 masks
    std::uint64_t a = 0, b = 0;
    std::memcpy(&a, &hit, 8);
    std::memcpy(&b, reinterpret_cast<const char*>(&hit) + 8, 8);
    // The hit's position from the masks (little-endian: byte k of the block is bits 8k..8k+7),
    // not from testing the block again byte by byte.
    if constexpr (std::endian::native == std::endian::little) {
      if (a) return i + static_cast<std::size_t>(std::countr_zero(a)) / 8;
      if (b) return i + 8 + static_cast<std::size_t>(std::countr_zero(b)) / 8;
    } else if (a | b) {
      break;
    }
  }
  while (i < s.size() && !byte(p[i])) ++i;
  return i;
}

}  // namespace citelib::detail

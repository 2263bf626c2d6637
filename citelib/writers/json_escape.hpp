#pragma once
// Copying a JSON string's text that needs no escape, sixteen bytes at a time: shared by the
// JSON writer and the `% citelib:` line of the BibTeX writer.

#include "core/byte_scan.hpp"

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace citelib::detail {

/// True for the bytes nlohmann escapes: '"', '\\' and the C0 controls.
constexpr bool needs_escape(unsigned char c) noexcept { return c < 0x20 || c == '"' || c == '\\'; }

// Copies `n` < 16 bytes inline (keys and a string's last bytes are short: a memcpy call of
// a variable size costs more than the copy), with two overlapping moves of the widest size
// that fits.
inline void copy_under_16(char* p, const char* s, std::size_t n) noexcept {
  if (n >= 8) {
    std::memcpy(p, s, 8);
    std::memcpy(p + n - 8, s + n - 8, 8);
  } else if (n >= 4) {
    std::memcpy(p, s, 4);
    std::memcpy(p + n - 4, s + n - 4, 4);
  } else if (n > 0) {
    p[0] = s[0];
    p[n / 2] = s[n / 2];
    p[n - 1] = s[n - 1];
  }
}

// Copies `text` to `at` and returns the position after it. Field names and most values are
// short: copied inline, where a memcpy call of a variable size cost more than the copy.
[[gnu::always_inline]] inline char* copy_to(char* at, std::string_view text) noexcept {
  if (text.size() < 16) detail::copy_under_16(at, text.data(), text.size());
  else std::memcpy(at, text.data(), text.size());
  return at + text.size();
}

/// Writes the escape of `c` (a byte needs_escape() is true for) at `p`, as nlohmann writes it
/// ("\\n", "\\u001f"): up to six bytes. Returns the end.
inline char* write_escape(char* p, unsigned char c) noexcept {
  *p++ = '\\';
  switch (c) {
    case '"': *p++ = '"'; break;
    case '\\': *p++ = '\\'; break;
    case '\b': *p++ = 'b'; break;
    case '\f': *p++ = 'f'; break;
    case '\n': *p++ = 'n'; break;
    case '\r': *p++ = 'r'; break;
    case '\t': *p++ = 't'; break;
    default: {
      static constexpr char kHex[] = "0123456789abcdef";
      const char esc[5] = {'u', '0', '0', kHex[c >> 4], kHex[c & 15]};
      std::memcpy(p, esc, 5);
      p += 5;
    }
  }
  return p;
}

// Where the first byte to escape is in `v`, or 16.
inline std::size_t first_escape(Bytes16 v) noexcept {
  const Bytes16 hit = (v < 0x20) | (v == '"') | (v == '\\');
  std::uint64_t a = 0, b = 0;
  std::memcpy(&a, &hit, 8);
  std::memcpy(&b, reinterpret_cast<const char*>(&hit) + 8, 8);
  if (a) return static_cast<std::size_t>(std::countr_zero(a)) / 8;
  if (b) return 8 + static_cast<std::size_t>(std::countr_zero(b)) / 8;
  return 16;
}

// Copies the run at the start of `s` that needs no escaping to `p` and returns its length.
// Sixteen bytes are stored before they are tested: `p` has room for s.size() + 16 bytes,
// and what is stored past the run is written over next. (A copy and a scan in one pass:
// most strings are a few words, where a scan then a memcpy call cost twice.)
inline std::size_t copy_plain_run(char* p, std::string_view s) noexcept {
  std::size_t i = 0;
  if constexpr (std::endian::native == std::endian::little) {  // the hit's place from the masks
    for (; i + 16 <= s.size(); i += 16) {
      Bytes16 v;
      std::memcpy(&v, s.data() + i, 16);
      std::memcpy(p + i, &v, 16);
      if (const std::size_t k = first_escape(v); k < 16) return i + k;
    }
    // The last bytes the same way, through a zeroed block (not byte by byte): the zeros
    // after them count as bytes to escape, so a run without one ends at s.size().
    const std::size_t rest = s.size() - i;
    if (rest == 0) return i;
    char last[16] = {};
    copy_under_16(last, s.data() + i, rest);
    Bytes16 v;
    std::memcpy(&v, last, 16);
    std::memcpy(p + i, &v, 16);
    return i + first_escape(v);
  }
  for (; i < s.size(); ++i) {
    const char c = s[i];
    if (needs_escape(static_cast<unsigned char>(c))) break;
    p[i] = c;
  }
  return i;
}

}  // namespace citelib::detail

#include "core/legacy_encoding.hpp"

#include <unicode/unistr.h>
#include <unicode/utf8.h>

namespace citelib::detail {

namespace {

bool is_ascii_letter(unsigned char c) noexcept { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

}  // namespace

std::optional<LegacyText> decode_legacy_8bit(std::string_view bytes) {
  std::size_t high = 0, in_words = 0, first = std::string_view::npos;
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const std::size_t n = bytes.size();
  for (std::size_t i = 0; i < n; ++i) {
    if (p[i] < 0x80) continue;
    // A valid multi-byte UTF-8 sequence here: the text is UTF-8 (perhaps damaged), not legacy.
    UChar32 c = 0;
    std::size_t k = i;
    U8_NEXT(p, k, n, c);
    if (c >= 0 && k > i + 1) return std::nullopt;
    if (first == std::string_view::npos) first = i;
    ++high;
    const bool before = i > 0 && (p[i - 1] >= 0x80 || is_ascii_letter(p[i - 1]));
    const bool after = i + 1 < n && (p[i + 1] >= 0x80 || is_ascii_letter(p[i + 1]));
    in_words += before || after;
  }
  // No byte above 0x7F: ASCII, which is UTF-8 already. A minority inside words: noise.
  if (high == 0 || in_words * 3 < high * 2) return std::nullopt;
  const icu::UnicodeString u(bytes.data(), static_cast<int32_t>(n), "windows-1252");
  if (u.isBogus()) return std::nullopt;
  LegacyText out;
  u.toUTF8String(out.utf8);
  out.first_at = first;
  return out;
}

}  // namespace citelib::detail

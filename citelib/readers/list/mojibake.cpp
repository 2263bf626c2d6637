#include "readers/list/mojibake.hpp"

#include "core/byte_scan.hpp"
#include "core/legacy_encoding.hpp"

#include <unicode/utf8.h>

namespace citelib::list {

namespace {

// The byte that the character at `i` stood for when UTF-8 was read as Latin-1 or
// Windows-1252 ("Ã" 0xC3, "©" 0xA9, "€" 0x80), with the character's length; byte -1 for an
// ASCII character or any other.
struct ByteAt {
  int byte = -1;
  std::size_t len = 1;
};

ByteAt byte_at(std::string_view s, std::size_t i) noexcept {
  const auto a = static_cast<unsigned char>(s[i]);
  if (a < 0x80) return {};
  const auto* p = reinterpret_cast<const std::uint8_t*>(s.data());
  auto k = static_cast<std::int32_t>(i);
  UChar32 c = 0;
  U8_NEXT(p, k, static_cast<std::int32_t>(s.size()), c);
  const std::size_t len = static_cast<std::size_t>(k) - i;
  return {c < 0 ? -1 : detail::single_byte_of(static_cast<char32_t>(c)), len};
}

// Continuation bytes a UTF-8 lead byte announces (0: no lead byte).
int continuations(int lead) noexcept {
  if (lead >= 0xC2 && lead <= 0xDF) return 1;
  if (lead >= 0xE0 && lead <= 0xEF) return 2;
  if (lead >= 0xF0 && lead <= 0xF4) return 3;
  return 0;
}

// The UTF-8 character whose lead byte stands at `i` in the mojibake: its length in the
// mojibake text, or 0 when the bytes there make no character.
std::size_t sequence_at(std::string_view s, std::size_t i, int lead, bool* windows1252) {
  const int n = continuations(lead);
  if (n == 0) return 0;
  std::size_t at = i + byte_at(s, i).len;
  bool special = false;
  for (int k = 0; k < n; ++k) {
    if (at >= s.size()) return 0;
    const ByteAt b = byte_at(s, at);
    if (b.byte < 0x80 || b.byte > 0xBF) return 0;
    special |= b.byte <= 0x9F && b.len == 3;  // "€", "“", "™": Windows-1252's own
    at += b.len;
  }
  *windows1252 |= special;
  return at - i;
}

}  // namespace

std::optional<RepairedText> repair_mojibake(std::string_view s) {
  const auto high = [](detail::Bytes16 v) { return v >= 0x80; };
  const auto high_byte = [](unsigned char c) { return c >= 0x80; };
  // A quick look first: most lists have a character no single byte stands for (beyond
  // Latin-1 and Windows-1252's own) or no sequence at all.
  std::size_t repaired = 0, orphans = 0;
  bool windows1252 = false;
  for (std::size_t i = detail::find_byte_if(s, 0, high, high_byte); i < s.size();
       i = detail::find_byte_if(s, i, high, high_byte)) {
    const ByteAt b = byte_at(s, i);
    if (b.byte < 0) return std::nullopt;
    if (const std::size_t len = sequence_at(s, i, b.byte, &windows1252)) {
      ++repaired;
      i += len;
    } else {
      // A NBSP the dump wrote as such is no sign of a Latin-1 text; a lone "–" or "“" of
      // Windows-1252's is none of a Windows-1252 one.
      if (b.byte != 0xA0 && b.len == 2) ++orphans;
      i += b.len;
    }
  }
  if (repaired < 2 || orphans * 4 > repaired) return std::nullopt;

  RepairedText out;
  out.windows1252 = windows1252;
  out.text.reserve(s.size());
  out.origin.reserve(s.size() + 1);
  bool unused = false;
  for (std::size_t i = 0; i < s.size();) {
    const ByteAt b = byte_at(s, i);
    const std::size_t len = b.byte < 0 ? 0 : sequence_at(s, i, b.byte, &unused);
    if (len == 0) {
      // Kept as it is.
      const std::size_t n = b.byte < 0 && static_cast<unsigned char>(s[i]) < 0x80 ? 1 : b.len;
      out.text.append(s.substr(i, n));
      for (std::size_t k = 0; k < n; ++k) out.origin.push_back(static_cast<std::uint32_t>(i + k));
      i += n;
      continue;
    }
    // The character's bytes, each taken from one character of the mojibake.
    for (std::size_t at = i; at < i + len;) {
      const ByteAt part = byte_at(s, at);
      out.text += static_cast<char>(part.byte);
      out.origin.push_back(static_cast<std::uint32_t>(i));
      at += part.len;
    }
    i += len;
  }
  out.origin.push_back(static_cast<std::uint32_t>(s.size()));
  return out;
}

std::string as_mojibake(std::string_view repaired, bool windows1252) {
  std::string out;
  out.reserve(repaired.size() + repaired.size() / 4);
  for (const char ch : repaired) {
    const auto b = static_cast<unsigned char>(ch);
    if (b < 0x80) {
      out += ch;
      continue;
    }
    const char32_t c = windows1252 ? detail::windows1252_char(b) : b;
    std::uint8_t buf[4];
    std::int32_t n = 0;
    U8_APPEND_UNSAFE(buf, n, static_cast<UChar32>(c));
    out.append(reinterpret_cast<const char*>(buf), static_cast<std::size_t>(n));
  }
  return out;
}

}  // namespace citelib::list

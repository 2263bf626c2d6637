#include "readers/list/mojibake.hpp"

#include "core/byte_scan.hpp"

namespace citelib::list {

namespace {

// The Latin-1 character U+0080-U+00FF at `i` (its two UTF-8 bytes C2/C3 xx), or -1.
int latin1_at(std::string_view s, std::size_t i) noexcept {
  if (i + 1 >= s.size()) return -1;
  const auto a = static_cast<unsigned char>(s[i]), b = static_cast<unsigned char>(s[i + 1]);
  if ((a != 0xC2 && a != 0xC3) || (b & 0xC0) != 0x80) return -1;
  return ((a & 0x1F) << 6) | (b & 0x3F);
}

// Continuation bytes a UTF-8 lead byte announces (0: no lead byte).
int continuations(int lead) noexcept {
  if (lead >= 0xC2 && lead <= 0xDF) return 1;
  if (lead >= 0xE0 && lead <= 0xEF) return 2;
  if (lead >= 0xF0 && lead <= 0xF4) return 3;
  return 0;
}

}  // namespace

std::optional<RepairedText> repair_mojibake(std::string_view s) {
  const auto high = [](detail::Bytes16 v) { return v >= 0x80; };
  const auto high_byte = [](unsigned char c) { return c >= 0x80; };
  // A quick look first: most lists have no Latin-1 lead byte C2/C3 at all, or a character
  // beyond U+00FF (then they are no mojibake list).
  std::size_t repaired = 0, orphans = 0;
  for (std::size_t i = detail::find_byte_if(s, 0, high, high_byte); i < s.size();
       i = detail::find_byte_if(s, i, high, high_byte)) {
    const int c = latin1_at(s, i);
    if (c < 0) return std::nullopt;
    i += 2;
    const int n = continuations(c);
    int k = 0;
    while (k < n) {
      const int next = latin1_at(s, i + 2 * static_cast<std::size_t>(k));
      if (next < 0x80 || next > 0xBF) break;
      ++k;
    }
    if (n > 0 && k == n) {
      ++repaired;
      i += 2 * static_cast<std::size_t>(n);
    } else if (c != 0xA0) {
      ++orphans;  // a NBSP the dump wrote as such is no sign of a Latin-1 text
    }
  }
  if (repaired < 2 || orphans * 4 > repaired) return std::nullopt;

  RepairedText out;
  out.text.reserve(s.size());
  out.origin.reserve(s.size() + 1);
  for (std::size_t i = 0; i < s.size();) {
    const int c = latin1_at(s, i);
    if (c < 0) {
      out.text += s[i];
      out.origin.push_back(static_cast<std::uint32_t>(i));
      ++i;
      continue;
    }
    const int n = continuations(c);
    int k = 0;
    while (k < n) {
      const int next = latin1_at(s, i + 2 + 2 * static_cast<std::size_t>(k));
      if (next < 0x80 || next > 0xBF) break;
      ++k;
    }
    if (n > 0 && k == n) {
      // The character's bytes, each taken from one Latin-1 character.
      for (int j = 0; j <= n; ++j) {
        out.text += static_cast<char>(latin1_at(s, i + 2 * static_cast<std::size_t>(j)));
        out.origin.push_back(static_cast<std::uint32_t>(i));
      }
      i += 2 * static_cast<std::size_t>(n + 1);
    } else {
      out.text.append(s.substr(i, 2));  // kept as it is
      out.origin.push_back(static_cast<std::uint32_t>(i));
      out.origin.push_back(static_cast<std::uint32_t>(i + 1));
      i += 2;
    }
  }
  out.origin.push_back(static_cast<std::uint32_t>(s.size()));
  return out;
}

std::string as_mojibake(std::string_view repaired) {
  std::string out;
  out.reserve(repaired.size() + repaired.size() / 4);
  for (const char ch : repaired) {
    const auto b = static_cast<unsigned char>(ch);
    if (b < 0x80) {
      out += ch;
    } else {
      out += static_cast<char>(0xC0 | (b >> 6));
      out += static_cast<char>(0x80 | (b & 0x3F));
    }
  }
  return out;
}

}  // namespace citelib::list

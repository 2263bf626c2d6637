#include "locate.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace citelib::checks {

namespace {

constexpr std::size_t npos = std::string_view::npos;

bool is_markup(char c) noexcept { return c == '*' || c == '_' || c == '\\' || c == '['; }

// Skips a markdown link target "](...)" starting at s[i] == ']'; returns the index after it,
// or i + 1 for a lone "]".
std::size_t skip_link_target(std::string_view s, std::size_t i) noexcept {
  if (i + 1 < s.size() && s[i + 1] == '(') {
    const std::size_t close = s.find(')', i + 2);
    if (close != npos) return close + 1;
  }
  return i + 1;
}

// Length of the whitespace run at s[i], and whether it holds a line break.
std::size_t whitespace_run(std::string_view s, std::size_t i, bool* newline) noexcept {
  std::size_t n = 0;
  while (i + n < s.size()) {
    const std::size_t w = whitespace_length(s, i + n);
    if (!w) break;
    if (s[i + n] == '\n' || s[i + n] == '\r') *newline = true;
    n += w;
  }
  return n;
}

// Matches `needle` loosely at hay[i]; returns the end of the match or npos.
std::size_t match_at(std::string_view hay, std::size_t i, std::string_view needle) noexcept {
  std::size_t j = 0;
  bool after_joiner = false;  // last matched character was '-' or '/'
  while (j < needle.size()) {
    if (whitespace_length(needle, j)) {
      bool nl = false;
      j += whitespace_run(needle, j, &nl);
      while (i < hay.size() && (hay[i] == '*' || hay[i] == '_')) ++i;
      const std::size_t n = whitespace_run(hay, i, &nl);
      if (!n) return npos;
      i += n;
      after_joiner = false;
      continue;
    }
    if (i >= hay.size()) return npos;
    if (hay[i] == needle[j]) {
      after_joiner = needle[j] == '-' || needle[j] == '/';
      ++i;
      ++j;
      continue;
    }
    if (after_joiner) {
      bool nl = false;
      const std::size_t n = whitespace_run(hay, i, &nl);
      if (n && nl) {
        i += n;
        after_joiner = false;
        continue;
      }
    }
    if (is_markup(hay[i])) {
      ++i;
      continue;
    }
    if (hay[i] == ']') {
      i = skip_link_target(hay, i);
      continue;
    }
    return npos;
  }
  return i;
}

char32_t decode_at(std::string_view s, std::size_t i) noexcept {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  int32_t k = static_cast<int32_t>(i);
  UChar32 c;
  U8_NEXT(p, k, static_cast<int32_t>(s.size()), c);
  return c < 0 ? 0 : static_cast<char32_t>(c);
}

bool is_alnum_cp(char32_t c) noexcept {
  if (c < 0x80) return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  return u_isalnum(static_cast<UChar32>(c));
}

}  // namespace

std::size_t whitespace_length(std::string_view s, std::size_t i) noexcept {
  if (i >= s.size()) return 0;
  const auto c = static_cast<unsigned char>(s[i]);
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r') return 1;
  if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) return 2;
  if (c == 0xE2 && i + 2 < s.size()) {
    const auto b1 = static_cast<unsigned char>(s[i + 1]);
    const auto b2 = static_cast<unsigned char>(s[i + 2]);
    // U+2000..U+200A (en quad .. hair space), U+202F (narrow NBSP), U+205F.
    if (b1 == 0x80 && b2 >= 0x80 && b2 <= 0x8A) return 3;
    if (b1 == 0x80 && b2 == 0xAF) return 3;
    if (b1 == 0x81 && b2 == 0x9F) return 3;
  }
  if (c == 0xE3 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
      static_cast<unsigned char>(s[i + 2]) == 0x80)
    return 3;  // U+3000 ideographic space
  return 0;
}

std::optional<TextRange> find_loose(std::string_view hay, std::string_view needle, std::size_t from) {
  if (needle.empty() || from >= hay.size()) return std::nullopt;
  if (const std::size_t p = hay.find(needle, from); p != npos) return TextRange{p, p + needle.size()};
  for (std::size_t i = hay.find(needle[0], from); i != npos; i = hay.find(needle[0], i + 1)) {
    if (const std::size_t e = match_at(hay, i, needle); e != npos) return TextRange{i, e};
  }
  return std::nullopt;
}

bool alnum_at(std::string_view s, std::size_t i) noexcept {
  return i < s.size() && is_alnum_cp(decode_at(s, i));
}

bool alnum_before(std::string_view s, std::size_t i) noexcept {
  if (i == 0 || i > s.size()) return false;
  std::size_t k = i - 1;
  while (k > 0 && (static_cast<unsigned char>(s[k]) & 0xC0) == 0x80) --k;
  return is_alnum_cp(decode_at(s, k));
}

std::optional<TextRange> find_token(std::string_view hay, std::string_view needle, std::size_t from) {
  while (from < hay.size()) {
    const std::optional<TextRange> r = find_loose(hay, needle, from);
    if (!r) return std::nullopt;
    const bool edge_ok = !(alnum_at(needle, 0) && alnum_before(hay, r->begin)) &&
                         !(alnum_before(needle, needle.size()) && alnum_at(hay, r->end));
    if (edge_ok) return r;
    from = r->begin + 1;
  }
  return std::nullopt;
}

std::string clipped(std::string_view s, std::size_t max) {
  if (s.size() <= max) return std::string(s);
  std::size_t cut = max;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return std::string(s.substr(0, cut)) + "\u2026";
}

}  // namespace citelib::checks

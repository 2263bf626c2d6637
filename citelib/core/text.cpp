#include "core/text.hpp"

#include <unicode/uchar.h>

namespace citelib::text {

CodePoint decode(std::string_view s, std::size_t i) noexcept {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) return {b0, 1};
  auto cont = [&](std::size_t k) -> int {
    if (i + k >= s.size()) return -1;
    const auto b = static_cast<unsigned char>(s[i + k]);
    return (b & 0xC0) == 0x80 ? (b & 0x3F) : -1;
  };
  if ((b0 & 0xE0) == 0xC0) {
    const int c1 = cont(1);
    if (c1 >= 0) return {static_cast<char32_t>(((b0 & 0x1F) << 6) | c1), 2};
  } else if ((b0 & 0xF0) == 0xE0) {
    const int c1 = cont(1), c2 = cont(2);
    if (c1 >= 0 && c2 >= 0) return {static_cast<char32_t>(((b0 & 0x0F) << 12) | (c1 << 6) | c2), 3};
  } else if ((b0 & 0xF8) == 0xF0) {
    const int c1 = cont(1), c2 = cont(2), c3 = cont(3);
    if (c1 >= 0 && c2 >= 0 && c3 >= 0)
      return {static_cast<char32_t>(((b0 & 0x07) << 18) | (c1 << 12) | (c2 << 6) | c3), 4};
  }
  return {0xFFFD, 1};
}

std::size_t prev_start(std::string_view s, std::size_t i) noexcept {
  std::size_t j = i - 1;
  // At most three continuation bytes precede a lead byte.
  for (int k = 0; k < 3 && j > 0 && (static_cast<unsigned char>(s[j]) & 0xC0) == 0x80; ++k) --j;
  return j;
}

bool is_space_cp(char32_t c) noexcept {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0 || (c >= 0x2000 && c <= 0x200A) ||
         c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF;
}

bool is_dash_cp(char32_t c) noexcept {
  return c == '-' || (c >= 0x2010 && c <= 0x2015) || c == 0x2212;
}

bool is_letter_cp(char32_t c) noexcept {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  return u_isalpha(static_cast<UChar32>(c)) != 0;
}

bool is_upper_cp(char32_t c) noexcept {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  return u_isupper(static_cast<UChar32>(c)) != 0;
}

bool is_lower_cp(char32_t c) noexcept {
  if (c < 0x80) return c >= 'a' && c <= 'z';
  return u_islower(static_cast<UChar32>(c)) != 0;
}

char32_t fold_cp(char32_t c) noexcept {
  if (c < 0x80) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 32;                  // Latin-1
  if (c >= 0x100 && c <= 0x17F && c != 0x130 && c != 0x131) {              // Latin Extended-A
    // Pairs alternate upper/lower; the 0x139-0x148 and 0x179-0x17E runs start on odd points.
    const bool odd_run = (c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E);
    return odd_run ? ((c & 1) ? c + 1 : c) : ((c & 1) ? c : c + 1);
  }
  if (c >= 0x391 && c <= 0x3A9) return c + 32;                            // Greek
  if (c >= 0x410 && c <= 0x42F) return c + 32;                            // Cyrillic А-Я
  if (c >= 0x400 && c <= 0x40F) return c + 80;                            // Cyrillic Ѐ-Џ
  return c;
}

std::size_t space_len_at(std::string_view s, std::size_t i) noexcept {
  if (i >= s.size()) return 0;
  const char b = s[i];
  if (b == ' ' || b == '\t' || b == '\n' || b == '\r') return 1;
  if (static_cast<unsigned char>(b) < 0x80) return 0;
  const CodePoint cp = decode(s, i);
  return is_space_cp(cp.cp) ? cp.len : 0;
}

std::size_t dash_len_at(std::string_view s, std::size_t i) noexcept {
  if (i >= s.size()) return 0;
  if (s[i] == '-') return 1;
  if (static_cast<unsigned char>(s[i]) < 0x80) return 0;
  const CodePoint cp = decode(s, i);
  return is_dash_cp(cp.cp) ? cp.len : 0;
}

std::string_view trim(std::string_view s) noexcept {
  std::size_t b = 0;
  while (b < s.size()) {
    const std::size_t n = space_len_at(s, b);
    if (n == 0) break;
    b += n;
  }
  std::size_t e = s.size();
  while (e > b) {
    const std::size_t p = prev_start(s, e);
    if (space_len_at(s, p) != e - p) break;
    e = p;
  }
  return s.substr(b, e - b);
}

std::string_view trim_chars(std::string_view s, std::string_view chars) noexcept {
  for (;;) {
    std::string_view t = trim(s);
    while (!t.empty() && chars.find(t.front()) != std::string_view::npos) t.remove_prefix(1);
    while (!t.empty() && chars.find(t.back()) != std::string_view::npos) t.remove_suffix(1);
    if (t.size() == s.size()) return t;
    s = t;
  }
}

bool starts_with_fold(std::string_view s, std::size_t i, std::string_view word, std::size_t* matched) noexcept {
  std::size_t a = i, b = 0;
  while (b < word.size()) {
    if (a >= s.size()) return false;
    // A space in the pattern matches any run of whitespace in the text, or the underscore
    // that wiki link artefacts put in its place ("Wayback_Machine").
    if (word[b] == ' ') {
      if (s[a] == '_') {
        ++a;
        ++b;
        continue;
      }
      const std::size_t n = space_len_at(s, a);
      if (n == 0) return false;
      a += n;
      while (const std::size_t m = space_len_at(s, a)) a += m;
      ++b;
      continue;
    }
    const unsigned char ca = static_cast<unsigned char>(s[a]);
    const unsigned char cb = static_cast<unsigned char>(word[b]);
    if (ca < 0x80 && cb < 0x80) {
      if (fold_cp(ca) != fold_cp(cb)) return false;
      ++a;
      ++b;
      continue;
    }
    const CodePoint x = decode(s, a), y = decode(word, b);
    if (fold_cp(x.cp) != fold_cp(y.cp)) return false;
    a += x.len;
    b += y.len;
  }
  if (matched) *matched = a - i;
  return true;
}

bool equals_fold(std::string_view a, std::string_view b) noexcept {
  std::size_t n = 0;
  return starts_with_fold(a, 0, b, &n) && n == a.size();
}

bool at_word_start(std::string_view s, std::size_t i) noexcept {
  if (i == 0) return true;
  const CodePoint c = decode(s, prev_start(s, i));
  return !is_letter_cp(c.cp) && !is_digit_cp(c.cp);
}

bool at_word_end(std::string_view s, std::size_t i) noexcept {
  if (i >= s.size()) return true;
  const CodePoint c = decode(s, i);
  return !is_letter_cp(c.cp) && !is_digit_cp(c.cp);
}

std::size_t count_words(std::string_view s) noexcept {
  std::size_t n = 0;
  bool in = false;
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t sp = space_len_at(s, i);
    if (sp) {
      in = false;
      i += sp;
    } else {
      if (!in) ++n;
      in = true;
      ++i;
    }
  }
  return n;
}

bool starts_upper(std::string_view s, bool digits_ok) noexcept {
  if (s.empty()) return false;
  const CodePoint c = decode(s, 0);
  if (is_upper_cp(c.cp) || (digits_ok && is_digit_cp(c.cp))) return true;
  // A letter of a script without case (Hangul, Han, kana, Arabic, Hebrew, Thai...) starts a
  // name or a title as a capital does: "서울: 중심" is a place and a publisher.
  return c.cp >= 0x80 && u_charType(static_cast<UChar32>(c.cp)) == U_OTHER_LETTER;
}

bool starts_lower(std::string_view s) noexcept {
  if (s.empty()) return false;
  return is_lower_cp(decode(s, 0).cp);
}

bool has_alnum(std::string_view s) noexcept {
  for (std::size_t i = 0; i < s.size();) {
    const CodePoint c = decode(s, i);
    if (is_letter_cp(c.cp) || is_digit_cp(c.cp)) return true;
    i += c.len;
  }
  return false;
}

bool all_digits(std::string_view s) noexcept {
  if (s.empty()) return false;
  for (char c : s)
    if (!is_ascii_digit(c)) return false;
  return true;
}

}  // namespace citelib::text

#include "writers/bibtex/script_readings.hpp"

#include <unicode/utf8.h>

#include <algorithm>

namespace citelib::bibtex {

bool fold_han_word(std::string_view word, std::string& out) {
  out.clear();
  const auto* s = reinterpret_cast<const std::uint8_t*>(word.data());
  const auto length = static_cast<std::int32_t>(word.size());
  const char32_t* first = han_table::kCharacters;
  const char32_t* last = first + han_table::kCount;
  for (std::int32_t i = 0; i < length;) {
    UChar32 c = 0;
    U8_NEXT(s, i, length, c);
    if (c < 0x2E80) return false;  // no Han character lies below (malformed UTF-8 is negative)
    const char32_t* at = std::lower_bound(first, last, static_cast<char32_t>(c));
    if (at == last || *at != static_cast<char32_t>(c)) return false;
    if (!out.empty()) out += ' ';
    out += &han_table::kReadings[han_table::kReadingStart[han_table::kReadingOf[at - first]]];
  }
  return !out.empty();
}

bool append_punctuation(char32_t c, std::string& out) {
  const char32_t* first = punctuation_table::kCharacters;
  const char32_t* last = first + punctuation_table::kCount;
  const char32_t* at = std::lower_bound(first, last, c);
  if (at == last || *at != c) return false;
  out += &punctuation_table::kReadings[punctuation_table::kReadingStart[punctuation_table::kReadingOf[at - first]]];
  return true;
}

bool fold_cyrillic_word(std::string_view word, std::string& out) {
  out.clear();
  const auto* s = reinterpret_cast<const std::uint8_t*>(word.data());
  const auto length = static_cast<std::int32_t>(word.size());
  const char32_t* first = cyrillic_table::kCharacters;
  const char32_t* last = first + cyrillic_table::kCount;
  bool letters = false;
  for (std::int32_t i = 0; i < length;) {
    UChar32 c = 0;
    U8_NEXT(s, i, length, c);
    if (c < 0x80) return false;  // malformed UTF-8 is negative
    const char32_t* at = std::lower_bound(first, last, static_cast<char32_t>(c));
    if (at != last && *at == static_cast<char32_t>(c)) {
      out += &cyrillic_table::kReadings[cyrillic_table::kReadingStart[cyrillic_table::kReadingOf[at - first]]];
      letters = true;
    } else if (!append_punctuation(static_cast<char32_t>(c), out)) {
      return false;
    }
  }
  return letters;
}

}  // namespace citelib::bibtex

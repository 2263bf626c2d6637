#include "writers/bibtex/script_readings.hpp"

#include <unicode/utf8.h>

#include <algorithm>

namespace citelib::bibtex {

const char* ReadingTable::find(char32_t c) const noexcept {
  const char32_t* last = characters + count;
  const char32_t* at = std::lower_bound(characters, last, c);
  if (at == last || *at != c) return nullptr;
  return &readings[reading_start[reading_of[at - characters]]];
}

bool fold_han_word(std::string_view word, std::string& out) {
  out.clear();
  const auto* s = reinterpret_cast<const std::uint8_t*>(word.data());
  const auto length = static_cast<std::int32_t>(word.size());
  for (std::int32_t i = 0; i < length;) {
    UChar32 c = 0;
    U8_NEXT(s, i, length, c);
    if (c < 0x2E80) return false;  // no Han character lies below (malformed UTF-8 is negative)
    const char* reading = kHanReadings.find(static_cast<char32_t>(c));
    if (!reading) return false;
    if (!out.empty()) out += ' ';
    out += reading;
  }
  return !out.empty();
}

bool append_punctuation(char32_t c, std::string& out) {
  const char* reading = kPunctuationReadings.find(c);
  if (reading) out += reading;
  return reading != nullptr;
}

bool append_latin_letter(char32_t c, std::string& out) {
  const char* reading = kLatinReadings.find(c);
  if (reading) out += reading;
  return reading != nullptr;
}

bool fold_hangul_word(std::string_view word, std::string& out) {
  out.clear();
  const auto* s = reinterpret_cast<const std::uint8_t*>(word.data());
  const auto length = static_cast<std::int32_t>(word.size());
  int previous = -1;
  for (std::int32_t i = 0; i < length;) {
    UChar32 c = 0;
    U8_NEXT(s, i, length, c);
    if (c < 0xAC00 || c > 0xD7A3) return false;
    const int syllable = c - 0xAC00;
    const char* reading = &hangul_table::kReadings[hangul_table::kReadingStart[syllable]];
    if (*reading == '\0') return false;
    if (previous >= 0) {
      const int initial = syllable / 588, vowel = (syllable % 588) / 28;
      const int join = previous % 28 == 0 && initial == 11
                           ? hangul_table::kVowels[((previous % 588) / 28) * 21 + vowel]
                           : hangul_table::kJunction[((previous % 28) * 19 + initial) * 21 + vowel];
      if (join < 0) return false;
      if (join == 1) out += '-';
    }
    out += reading;
    previous = syllable;
  }
  return !out.empty();
}

bool fold_cyrillic_word(std::string_view word, std::string& out) {
  out.clear();
  const auto* s = reinterpret_cast<const std::uint8_t*>(word.data());
  const auto length = static_cast<std::int32_t>(word.size());
  bool letters = false;
  for (std::int32_t i = 0; i < length;) {
    UChar32 c = 0;
    U8_NEXT(s, i, length, c);
    if (c < 0x80) return false;  // malformed UTF-8 is negative
    if (const char* reading = kCyrillicReadings.find(static_cast<char32_t>(c))) {
      out += reading;
      letters = true;
    } else if (!append_punctuation(static_cast<char32_t>(c), out)) {
      return false;
    }
  }
  return letters;
}

}  // namespace citelib::bibtex

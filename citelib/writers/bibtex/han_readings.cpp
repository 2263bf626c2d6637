#include "writers/bibtex/han_readings.hpp"

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

}  // namespace citelib::bibtex

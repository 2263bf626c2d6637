#pragma once
// Han characters folded to ASCII from a table built with the library (han_readings_gen.cpp)
// instead of ICU's Han rules, which cost 100-150 ms to compile in every process.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace citelib::bibtex {

/// Sets `out` to ICU's `Any-Latin; Latin-ASCII` of `word` (UTF-8) when every character of it
/// is a Han character of the table: the readings joined by spaces ("北京大学" -> "bei jing da
/// xue"). False, `out` unspecified, otherwise: the caller asks ICU.
bool fold_han_word(std::string_view word, std::string& out);

namespace han_table {
extern const char kReadings[];               // NUL-terminated readings
extern const std::uint16_t kReadingStart[];  // offset of each reading in kReadings
extern const char32_t kCharacters[];         // sorted
extern const std::uint16_t kReadingOf[];     // the reading of each character
extern const std::size_t kCount;             // characters in the table
}  // namespace han_table

}  // namespace citelib::bibtex

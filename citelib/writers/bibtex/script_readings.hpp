#pragma once
// Han characters and Cyrillic letters folded to ASCII from tables built with the library
// (script_readings_gen.cpp) instead of ICU's transliterators, which cost 100-150 ms (Han) and
// ~140 million instructions (ICU's registry, any script) to set up in every process.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace citelib::bibtex {

/// Sets `out` to ICU's `Any-Latin; Latin-ASCII` of `word` (UTF-8) when every character of it
/// is a Han character of the table: the readings joined by spaces ("北京大学" -> "bei jing da
/// xue"). False, `out` unspecified, otherwise: the caller asks ICU.
bool fold_han_word(std::string_view word, std::string& out);

/// Sets `out` to ICU's `Any-Latin; Latin-ASCII` of `word` (UTF-8), up to ASCII case, when
/// every character of it is a Cyrillic letter or a punctuation mark of the tables, with one
/// letter at least: their folds joined
/// ("Шмидт" -> "Shmidt"; ICU writes "SHMIDT" for "ШМИДТ": keys lower-case both). False, `out`
/// unspecified, otherwise: the caller asks ICU.
bool fold_cyrillic_word(std::string_view word, std::string& out);

/// Sets `out` to ICU's `Any-Latin; Latin-ASCII` of `word` (UTF-8) when it is Hangul
/// syllables only: their folds joined as ICU joins them, with a hyphen where a reading would
/// be ambiguous ("박승혁" -> "bagseunghyeog", "뭍틘" -> "mut-tuin"). False otherwise.
bool fold_hangul_word(std::string_view word, std::string& out);

/// Appends ICU's `Any-Latin; Latin-ASCII` of `c`, up to ASCII case, when it is a Latin letter
/// of the table, one NFD leaves as it is ("Ł" -> "L", "ß" -> "ss"), which folds the same
/// beside other letters.
bool append_latin_letter(char32_t c, std::string& out);

/// Appends ICU's `Any-Latin; Latin-ASCII` of `c` when it is a punctuation mark or space of
/// the table ("«" -> "<<", "’" -> "'"), which folds the same beside letters and other marks.
bool append_punctuation(char32_t c, std::string& out);

// The tables (generated): readings, sorted characters, and each character's reading.
namespace han_table {
extern const char kReadings[];               // NUL-terminated readings
extern const std::uint16_t kReadingStart[];  // offset of each reading in kReadings
extern const char32_t kCharacters[];         // sorted
extern const std::uint16_t kReadingOf[];     // the reading of each character
extern const std::size_t kCount;             // characters in the table
}  // namespace han_table

namespace cyrillic_table {
extern const char kReadings[];
extern const std::uint16_t kReadingStart[];
extern const char32_t kCharacters[];
extern const std::uint16_t kReadingOf[];
extern const std::size_t kCount;
}  // namespace cyrillic_table

namespace punctuation_table {
extern const char kReadings[];
extern const std::uint16_t kReadingStart[];
extern const char32_t kCharacters[];
extern const std::uint16_t kReadingOf[];
extern const std::size_t kCount;
}  // namespace punctuation_table

namespace latin_table {
extern const char kReadings[];
extern const std::uint16_t kReadingStart[];
extern const char32_t kCharacters[];
extern const std::uint16_t kReadingOf[];
extern const std::size_t kCount;
}  // namespace latin_table

namespace hangul_table {
extern const char kReadings[];               // of the 11,172 syllables from U+AC00; "" = ICU's
extern const std::uint32_t kReadingStart[];
extern const std::int8_t kJunction[];        // [final][initial][vowel]: 0 joined, 1 hyphen, -1 ICU's
extern const std::int8_t kVowels[];          // [vowel][vowel] after no final, before a silent initial
}  // namespace hangul_table

}  // namespace citelib::bibtex

#pragma once
// Han, Cyrillic, Hangul, Latin letters and punctuation folded to ASCII from tables built with
// the library (script_readings_gen.cpp) instead of ICU's transliterators, which cost 100-150
// ms (Han) and ~150 million instructions (ICU's registry, any script) to set up in a process.

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

/// A table the build computes (script_readings_gen.cpp): sorted characters, each with the
/// number of its reading.
struct ReadingTable {
  const char* readings;                 ///< NUL-terminated readings, one after another
  const std::uint16_t* reading_start;   ///< offset of each reading in `readings`
  const char32_t* characters;           ///< sorted
  const std::uint16_t* reading_of;      ///< the reading of each character
  std::size_t count;                    ///< characters in the table

  /// The reading of `c`, or nullptr when the table does not hold it.
  const char* find(char32_t c) const noexcept;
};

extern const ReadingTable kHanReadings;          // ideographs ICU reads one way anywhere
extern const ReadingTable kCyrillicReadings;     // letters folded the same beside any other
extern const ReadingTable kPunctuationReadings;  // marks and spaces, the same beside letters
extern const ReadingTable kLatinReadings;        // letters NFD leaves as they are

namespace hangul_table {
extern const char kReadings[];               // of the 11,172 syllables from U+AC00; "" = ICU's
extern const std::uint32_t kReadingStart[];
extern const std::int8_t kJunction[];        // [final][initial][vowel]: 0 joined, 1 hyphen, -1 ICU's
extern const std::int8_t kVowels[];          // [vowel][vowel] after no final, before a silent initial
}  // namespace hangul_table

}  // namespace citelib::bibtex

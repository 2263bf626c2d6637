#pragma once
// Character-level helpers for the parsers of printed text (dates, reference lists): UTF-8
// decoding, the character classes rendered references use (spaces incl. NBSP, dashes,
// letters), case folding for the scripts the language tables cover, and small string_view
// utilities. Everything here works on views and never allocates.

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace citelib::text {

/// One decoded code point and its byte length (1 for invalid bytes, read as U+FFFD).
struct CodePoint {
  char32_t cp = 0;
  std::uint8_t len = 0;
};

/// Decodes the code point starting at byte `i` (i < s.size()).
CodePoint decode(std::string_view s, std::size_t i) noexcept;
/// Start of the code point that ends at byte `i` (i > 0): steps back over continuation bytes.
std::size_t prev_start(std::string_view s, std::size_t i) noexcept;

bool is_space_cp(char32_t c) noexcept;        ///< space, tab, CR, LF, NBSP, thin/narrow spaces
bool is_dash_cp(char32_t c) noexcept;         ///< hyphen-minus, hyphen, figure/en/em dash, minus
bool is_letter_cp(char32_t c) noexcept;       ///< letters of any script (ASCII fast path, ICU otherwise)
bool is_upper_cp(char32_t c) noexcept;
bool is_lower_cp(char32_t c) noexcept;
inline bool is_digit_cp(char32_t c) noexcept { return c >= '0' && c <= '9'; }
/// Lowercase of a code point for matching (ASCII, Latin-1, Latin Extended-A, Greek, Cyrillic).
char32_t fold_cp(char32_t c) noexcept;

inline bool is_ascii_digit(char c) noexcept { return c >= '0' && c <= '9'; }
inline bool is_ascii_alpha(char c) noexcept { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

/// Length of the whitespace (incl. NBSP) that starts at `i`; 0 if none.
std::size_t space_len_at(std::string_view s, std::size_t i) noexcept;
/// Length of the dash that starts at `i`; 0 if none.
std::size_t dash_len_at(std::string_view s, std::size_t i) noexcept;

/// `s` without leading/trailing whitespace (NBSP included).
std::string_view trim(std::string_view s) noexcept;
/// `s` without leading/trailing whitespace and the given ASCII punctuation characters.
std::string_view trim_chars(std::string_view s, std::string_view chars) noexcept;

/// True when `s` at byte `i` starts with `word` compared case-insensitively (fold_cp); a
/// space in `word` matches any whitespace run or one underscore. On success `*matched`
/// receives the number of bytes of `s` consumed.
bool starts_with_fold(std::string_view s, std::size_t i, std::string_view word, std::size_t* matched) noexcept;
/// Case-insensitive equality (fold_cp).
bool equals_fold(std::string_view a, std::string_view b) noexcept;

/// True when the code point before byte `i` is not a letter or digit (or i == 0).
bool at_word_start(std::string_view s, std::size_t i) noexcept;
/// True when the code point at byte `i` is not a letter or digit (or i == s.size()).
bool at_word_end(std::string_view s, std::size_t i) noexcept;

/// Number of whitespace-separated words in `s`.
std::size_t count_words(std::string_view s) noexcept;
/// True when the first code point of `s` is an uppercase letter, a letter of a script without
/// case (Hangul, Han...), or a digit when `digits_ok`.
bool starts_upper(std::string_view s, bool digits_ok = false) noexcept;
/// True when the first code point of `s` is a lowercase letter.
bool starts_lower(std::string_view s) noexcept;
/// True when `s` has at least one letter or digit.
bool has_alnum(std::string_view s) noexcept;
/// True when every byte of `s` is an ASCII digit (and s is not empty).
bool all_digits(std::string_view s) noexcept;

/// Calls `f` on each non-empty run of `s` between ASCII spaces ("a  b" -> "a", "b").
template <class F>
void for_each_space_separated(std::string_view s, F&& f) {
  std::size_t pos = 0;
  while (pos < s.size()) {
    std::size_t sp = s.find(' ', pos);
    if (sp == std::string_view::npos) sp = s.size();
    if (sp > pos) f(s.substr(pos, sp - pos));
    pos = sp + 1;
  }
}

}  // namespace citelib::text

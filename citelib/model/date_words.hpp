#pragma once
// The words dates are written with, one table per language (date_words/<lang>.cpp): month
// names and abbreviations, seasons, the little words between parts ("de", "of"), range words
// ("a", "to"), year suffixes ("года"), circa and no-date forms. Tables are data: adding a
// language means adding a file and listing it in all_date_languages(). Words are lowercase.

#include <citelib/model/date.hpp>

#include <cstdint>
#include <span>
#include <string_view>

namespace citelib::date_words {

struct MonthWord {
  std::string_view word;
  std::uint8_t month;
};

struct SeasonWord {
  std::string_view word;
  Season season;
};

/// One language's date vocabulary.
struct DateLanguage {
  std::string_view code;                         ///< BCP-47 ("es")
  std::span<const MonthWord> months;             ///< full names, inflected forms, abbreviations
  std::span<const SeasonWord> seasons;
  std::span<const std::string_view> links;       ///< between day, month and year: "de", "del", "of"
  std::span<const std::string_view> range_words; ///< join two dates of a range: "to", "a", "al", "bis"
  std::span<const std::string_view> year_tails;  ///< after a year: "года", "г" (a period may follow)
  std::span<const std::string_view> circa;       ///< before a year: "c.", "ca.", "circa"
  std::span<const std::string_view> undated;     ///< the whole date: "n.d.", "s.f.", "o. J."
  std::span<const std::string_view> ordinals;    ///< day suffixes: "st", "er", "º"
  std::span<const std::string_view> quarters;    ///< "first quarter": index+1 is the quarter
};

/// Every language citelib reads dates in.
std::span<const DateLanguage* const> all_date_languages() noexcept;

/// What a lowercase word means in any known language.
enum class WordKind : std::uint8_t { none, month, season, link, range, year_tail };

struct WordInfo {
  WordKind kind = WordKind::none;
  std::uint8_t value = 0;  ///< month 1-12 or Season
};

/// Looks a word up in the merged vocabulary of all languages (case-insensitive for the
/// scripts fold_word() knows). A trailing period is not part of the word.
WordInfo lookup_word(std::string_view word) noexcept;

/// Matches one of the multi-word forms of `kind` (circa, undated, quarter) at the start of
/// `text`, case-insensitively; returns the bytes matched (0 if none) and, for quarters, the
/// quarter number in `*value`.
enum class PhraseKind : std::uint8_t { circa, undated, quarter };
std::size_t match_phrase(std::string_view text, PhraseKind kind, int* value = nullptr) noexcept;

}  // namespace citelib::date_words

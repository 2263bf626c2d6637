#pragma once
// The words dates are written with, one table per language (date_words/<lang>.cpp): month
// names and abbreviations, seasons, the little words between parts ("de", "of"), range words
// ("a", "to"), year suffixes ("года"), circa and no-date forms, and the messages that
// introduce an access or archive date ("Retrieved", "Consultado el", "Archivado desde el
// original el"). Tables are data: adding a language means adding a file and listing it in
// all_date_languages(). Words are lowercase; message patterns are written as printed.
//
// The messages live here, not with the reference-list reader, because two stages read them:
// the reader (which date a message sets) and the checks (which date a written date is, to
// point a diagnostic at it). Checks may depend on the model, not on readers.

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

/// Which date a message introduces.
enum class DateRole : std::uint8_t { accessed, archived };

/// A message that introduces a date: words separated by single spaces (any whitespace run
/// matches a space) and the slots {date} (the date) and {fmt} (an optional parenthesised
/// file format): "Archived {fmt} from the original on {date}".
struct DateMessage {
  std::string_view pattern;
  DateRole role;
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
  std::span<const DateMessage> messages;         ///< "Retrieved {date}", "Consultado el {date}"
  std::span<const std::string_view> weekdays;    ///< names and abbreviations: "wednesday", "wed"
  std::span<const std::string_view> eras_bc;     ///< after a year before Christ: "bc", "a. c.", "v. chr."
  std::span<const std::string_view> eras_ad;     ///< after (or, "AD 77", before) a year: "ad", "d. c."
};

/// The fixed words a date message starts with, up to its first slot ("Retrieved",
/// "Archivado desde el original el", "Дата обращения:"), of every language, each once.
struct MessageLead {
  std::string_view words;
  DateRole role;
};
std::span<const MessageLead> message_leads() noexcept;

/// Every language citelib reads dates in.
std::span<const DateLanguage* const> all_date_languages() noexcept;

/// What a lowercase word means in any known language.
enum class WordKind : std::uint8_t { none, month, season, link, range, year_tail, weekday };

struct WordInfo {
  WordKind kind = WordKind::none;
  std::uint8_t value = 0;  ///< month 1-12 or Season
};

/// Looks a word up in the merged vocabulary of all languages (case-insensitive for the
/// scripts fold_word() knows). A trailing period is not part of the word.
WordInfo lookup_word(std::string_view word) noexcept;

/// Matches one of the multi-word forms of `kind` (circa, undated, quarter, an era) at the
/// start of `text`, case-insensitively; returns the bytes matched (0 if none) and, for
/// quarters, the quarter number in `*value`.
enum class PhraseKind : std::uint8_t { circa, undated, quarter, era_bc, era_ad };
std::size_t match_phrase(std::string_view text, PhraseKind kind, int* value = nullptr) noexcept;

}  // namespace citelib::date_words

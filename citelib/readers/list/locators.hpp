#pragma once
// Where in a work a reference points, as printed: journal notation ("89 (2153): 49–52",
// "128: 56–71", "3(1):107-113", APA "57(12), 4977-5010"), labelled locators ("Vol. 45, no4,
// pp. 1010-1016", "p. 26", "S. 12", "Página 36", "§ 3"), page values ("63ff", "eaam9744",
// "48-49, 96, 215", "513– 533"). Values are views into the segment, as printed.

#include <citelib/model/date.hpp>

#include <optional>
#include <string_view>

namespace citelib::list {

class Lexicon;

struct Locators {
  std::string_view volume, issue, page, section;
  std::string_view date;  ///< a date among the locators: de "Band 5, Nr. 11, 2005, S. 49–52"
  bool any() const noexcept { return !volume.empty() || !issue.empty() || !page.empty() || !section.empty(); }
};

/// True when `v` reads as pages: numbers, ranges and lists of them (letters only glued to
/// digits or as roman numerals).
bool looks_like_pages(std::string_view v) noexcept;

/// A journal tail at the end of a segment; `container` is the text before it (maybe empty).
struct JournalTail {
  std::string_view container;
  Locators loc;
  std::string_view date;  ///< "(1992)" after the pages, when present
  std::string_view cited;  ///< NLM "cited 2020 Mar 3" in brackets after the date, when present
};
std::optional<JournalTail> parse_journal_tail(std::string_view segment);

/// The date of a journal tail: every form parse_date() reads, and NLM's year first ("2005 Jan",
/// "2010 Mar 15", "2005 Jan-Feb"), kept with its text as the date's literal.
Date journal_date(std::string_view s);

/// GOST "12 (3456)" after an issue label: the issue and its running number in brackets (not a year).
bool issue_with_whole_number(std::string_view value);

/// Parses labelled locators filling all of `segment` ("Vol. 3, no. 2, pp. 4–6", "p. 26").
bool parse_labeled_locators(std::string_view segment, const Lexicon& lexicon, Locators& out);

/// The first word start in `segment` from which the rest is labelled locators
/// ("JCIM Vol. 45, no4, pp. 1010-1016" -> at "Vol."); npos if none.
std::size_t find_labeled_locators(std::string_view segment, const Lexicon& lexicon, Locators& out);

}  // namespace citelib::list

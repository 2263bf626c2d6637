#pragma once
// Where a date is written inside a reference. The model keeps dates as parts (2017, 9, 11);
// to point a diagnostic at "11 de septiembre de 2017" the checks find the written form again:
// ISO, d/m/y, "11 September 2017", "September 11, 2017", "11 de septiembre de 2017",
// "5. Mai 2010", "13 августа 2017", month-year and bare years, with the month names of every
// language the reader knows (model/date_words).

#include "locate.hpp"

#include <citelib/model/date.hpp>

#include <optional>
#include <string_view>
#include <vector>

namespace citelib::checks {

/// Which date of a reference a written date is (decided by the words before it).
enum class DateRole : unsigned char { issued, accessed, archived };

/// A date as written in some text.
struct DatePhrase {
  TextRange range;
  int year = 0;
  int month = 0;  ///< 0 when absent; may be out of range (13) when written in digits
  int day = 0;    ///< 0 when absent
  bool month_in_words = false;
  bool day_zero_padded = false;  ///< "09" written for the ninth
};

/// Every written date in `text` whose year is `year`.
std::vector<DatePhrase> find_date_phrases(std::string_view text, int year);

/// The written form of `point` in `text` (the one introduced by the words of `role` when there
/// are several), or nullopt.
std::optional<DatePhrase> find_date(std::string_view text, const DatePoint& point, DateRole role);

/// Reads `text` as one written date when it is one ("30 February 2017", "2017-13-05"),
/// without checking that the date exists.
std::optional<DatePhrase> parse_date_phrase(std::string_view text);

}  // namespace citelib::checks

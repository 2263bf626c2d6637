#pragma once
// Dates as references print them: often partial ("1987", "September 2017"), sometimes ranges,
// seasons, approximate ("c. 1900") or absent ("n.d."), and sometimes not parseable at all, in
// which case the text is kept as a literal. Boost.Date_Time checks calendar facts; it is not
// the storage type because it cannot hold "1987" or "Spring 2003".

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace citelib {

enum class Season : std::uint8_t { none, spring, summer, autumn, winter };

/// One end of a date: a year with optional month and day, or a season instead of a month.
/// Years follow CSL-JSON: negative for BC, no year 0.
struct DatePoint {
  std::int32_t year = 0;
  std::uint8_t month = 0;  ///< 1-12, 0 when absent
  std::uint8_t day = 0;    ///< 1-31, 0 when absent
  Season season = Season::none;
  bool has_year = false;

  friend bool operator==(const DatePoint&, const DatePoint&) = default;
};

/// How much of a date is known.
enum class DatePrecision : std::uint8_t { none, year, month, day };

/// A date, a range of dates, "n.d." or an unparsed literal.
struct Date {
  DatePoint start;
  std::optional<DatePoint> end;  ///< set for ranges ("3–9 June 2017", "2016–17")
  bool circa = false;            ///< "c. 1900"
  bool undated = false;          ///< "n.d."
  std::string literal;           ///< text kept verbatim when it has no date parts

  bool is_range() const noexcept { return end.has_value(); }
  bool has_parts() const noexcept { return start.has_year; }
  bool is_literal() const noexcept { return !has_parts() && !literal.empty(); }
  bool empty() const noexcept { return !has_parts() && literal.empty() && !undated; }
  /// Precision of the start point.
  DatePrecision precision() const noexcept;
  /// True when the start is only a year or a year and month (or season).
  bool is_partial() const noexcept { return has_parts() && precision() != DatePrecision::day; }

  friend bool operator==(const Date&, const Date&) = default;
};

/// A date from year, month and day (0 = absent).
Date make_date(std::int32_t year, unsigned month = 0, unsigned day = 0);

/// True when the point names a day, month and year that exist in the proleptic Gregorian
/// calendar (month 1-12, day within the month, 29 February only in leap years). Partial
/// points are checked as far as they go.
bool is_valid_calendar_date(const DatePoint& p) noexcept;

/// Three-way comparison of the start points of two dated values, at the precision both
/// share ("2017" vs "2017-09-11" compare equal). Returns <0, 0 or >0; nullopt when either
/// has no year.
std::optional<int> compare_dates(const Date& a, const Date& b) noexcept;
/// The same comparison of two points that both have a year (no Date needed).
int compare_date_points(const DatePoint& a, const DatePoint& b) noexcept;

/// ISO 8601 form of a point at its precision ("2017", "2017-09", "2017-09-11"; negative years
/// as "-0044", the CSL-JSON year as it is: see to_astronomical() for ISO 8601's own count).
std::string to_iso(const DatePoint& p);
/// Appends to_iso(p) to `out` (without a string of its own).
void append_iso(std::string& out, const DatePoint& p);

/// The point with its year counted as ISO 8601 and biblatex count it, with a year 0: 44 BC
/// (CSL-JSON -44) is -43, 1 BC (-1) is 0; later years are unchanged.
DatePoint to_astronomical(DatePoint p) noexcept;

/// Parses a date as reference lists print it, in any of the languages whose month names
/// citelib knows: ISO, "11 September 2017", "September 11, 2017", "11 de septiembre de 2017",
/// month-year, seasons, ranges, "c. 1900", "n.d.". Text that is not a date comes back as a
/// literal (check is_literal()).
Date parse_date(std::string_view text);

/// Parses a date as data formats write it (biblatex date fields): the ISO 8601-2/EDTF level 1
/// subset [-]YYYY[-MM[-DD]], seasons YYYY-21..24, approximate "~" (or "%"), intervals
/// "start/end"; a time of day after "T" is ignored. nullopt for anything else. Their years
/// are astronomical ("0000" is 1 BC, "-0044" 45 BC) and come back as CSL-JSON counts them
/// (-1, -45).
std::optional<Date> parse_edtf_date(std::string_view text);

}  // namespace citelib

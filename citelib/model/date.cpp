#include <citelib/model/date.hpp>

#include <charconv>
#include <cstring>

#include <boost/date_time/gregorian/gregorian_types.hpp>
#include <fmt/format.h>

#include <cstdlib>

namespace citelib {

DatePrecision Date::precision() const noexcept {
  if (!start.has_year) return DatePrecision::none;
  if (start.month == 0) return DatePrecision::year;
  if (start.day == 0) return DatePrecision::month;
  return DatePrecision::day;
}

Date make_date(std::int32_t year, unsigned month, unsigned day) {
  Date d;
  d.start.year = year;
  d.start.has_year = true;
  d.start.month = static_cast<std::uint8_t>(month);
  d.start.day = static_cast<std::uint8_t>(day);
  return d;
}

bool is_valid_calendar_date(const DatePoint& p) noexcept {
  if (!p.has_year || p.year == 0) return false;
  if (p.month == 0) return p.day == 0;
  if (p.month > 12) return false;
  if (p.day == 0) return true;
  // Boost.Date_Time's Gregorian calendar covers 1400-9999; outside it (ancient or BC dates,
  // which CSL allows) apply the same proleptic Gregorian rule it uses.
  if (p.year >= 1400 && p.year <= 9999) {
    using cal = boost::gregorian::gregorian_calendar;
    return p.day <= cal::end_of_month_day(static_cast<unsigned short>(p.year),
                                          static_cast<unsigned short>(p.month));
  }
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const long y = to_astronomical(p).year;
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  const int max = kDays[p.month - 1] + (p.month == 2 && leap ? 1 : 0);
  return p.day <= max;
}

std::optional<int> compare_dates(const Date& a, const Date& b) noexcept {
  if (!a.has_parts() || !b.has_parts()) return std::nullopt;
  return compare_date_points(a.start, b.start);
}

int compare_date_points(const DatePoint& x, const DatePoint& y) noexcept {
  if (x.year != y.year) return x.year < y.year ? -1 : 1;
  if (x.month == 0 || y.month == 0) return 0;
  if (x.month != y.month) return x.month < y.month ? -1 : 1;
  if (x.day == 0 || y.day == 0) return 0;
  if (x.day != y.day) return x.day < y.day ? -1 : 1;
  return 0;
}

void append_iso(std::string& out, const DatePoint& p) {
  if (!p.has_year) return;
  // Written by hand into a buffer: writers call this for every date of every reference, and
  // a format string (or a string) per part cost more than the rest of the date's output.
  char text[64];
  char* at = text;
  auto padded = [&at](long v, std::size_t width) {
    char digits[24];
    const auto n = static_cast<std::size_t>(std::to_chars(digits, digits + sizeof digits, v).ptr - digits);
    for (std::size_t i = n; i < width; ++i) *at++ = '0';
    std::memcpy(at, digits, n);
    at += n;
  };
  if (p.year < 0) *at++ = '-';
  padded(p.year < 0 ? -static_cast<long>(p.year) : static_cast<long>(p.year), 4);
  if (p.month) {
    *at++ = '-';
    padded(p.month, 2);
  }
  if (p.month && p.day) {
    *at++ = '-';
    padded(p.day, 2);
  }
  out.append(text, static_cast<std::size_t>(at - text));
}

std::string to_iso(const DatePoint& p) {
  std::string out;
  append_iso(out, p);
  return out;
}

DatePoint to_astronomical(DatePoint p) noexcept {
  if (p.has_year && p.year < 0) ++p.year;
  return p;
}

}  // namespace citelib

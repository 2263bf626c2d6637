// ISO 8601-2 / EDTF dates, as data formats write them: biblatex's date fields and CSL-JSON's
// "raw" ("2017-09-11", "2019-21", "1950~", "2017-12/2018-02").
#include <citelib/model/date.hpp>

#include <fmt/format.h>

#include <charconv>
#include <string>
#include <string_view>

namespace citelib {

namespace {

bool read_int(std::string_view s, int& out) {
  if (s.empty()) return false;
  auto r = std::from_chars(s.data(), s.data() + s.size(), out);
  return r.ec == std::errc() && r.ptr == s.data() + s.size();
}

/// One ISO/EDTF point: [-]YYYY[-MM[-DD]] or YYYY-21..24 (seasons).
bool parse_point(std::string_view s, DatePoint& p) {
  const bool negative = !s.empty() && s.front() == '-';
  if (negative) s.remove_prefix(1);
  const std::size_t d1 = s.find('-');
  const std::string_view y = s.substr(0, d1);
  int year = 0;
  // Four digits, as EDTF and biblatex write years ("0850", "-0044"): "06-01" is no year.
  if (y.size() != 4 || !read_int(y, year)) return false;
  // ISO 8601 counts years astronomically (0000 is 1 BC, -0044 is 45 BC); CSL-JSON has no
  // year 0 (-1 is 1 BC).
  p.year = negative ? -year - 1 : year == 0 ? -1 : year;
  p.has_year = true;
  if (d1 == std::string_view::npos) return true;
  const std::string_view rest = s.substr(d1 + 1);
  const std::size_t d2 = rest.find('-');
  int month = 0;
  if (!read_int(rest.substr(0, d2), month) || rest.substr(0, d2).size() != 2) return false;
  if (month >= 21 && month <= 24) {
    p.season = static_cast<Season>(month - 20);
    return d2 == std::string_view::npos;
  }
  if (month < 1 || month > 12) return false;
  p.month = static_cast<std::uint8_t>(month);
  if (d2 == std::string_view::npos) return true;
  int day = 0;
  std::string_view ds = rest.substr(d2 + 1);
  if (auto t = ds.find('T'); t != std::string_view::npos) ds = ds.substr(0, t);  // time of day: not kept
  if (ds.size() != 2 || !read_int(ds, day) || day < 1 || day > 31) return false;
  p.day = static_cast<std::uint8_t>(day);
  return true;
}

}  // namespace

std::optional<Date> parse_edtf_date(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  if (s.empty()) return std::nullopt;
  Date d;
  auto point = [&](std::string_view part, DatePoint& p) {
    if (!part.empty() && (part.back() == '~' || part.back() == '%')) {
      d.circa = true;
      part.remove_suffix(1);
    }
    return parse_point(part, p);
  };
  const std::size_t slash = s.find('/');
  if (!point(s.substr(0, slash), d.start)) return std::nullopt;
  if (slash != std::string_view::npos) {
    DatePoint e;
    const std::string_view end = s.substr(slash + 1);
    if (!point(end, e)) {
      // ISO 8601 lets an end leave out what it shares with the start: "1985-04-12/06-01"
      // (month and day), "2015-03-07/09" (the day).
      const std::string year = fmt::format("{:04}", d.start.year < 0 ? -d.start.year : d.start.year);
      const std::string prefix = (d.start.year < 0 ? "-" : "") + year + "-";
      const bool day_only = end.size() == 2 && d.start.month != 0;
      const std::string full = prefix + (day_only ? fmt::format("{:02}-", d.start.month) : std::string()) + std::string(end);
      if (end.size() > 5 || !point(full, e)) return std::nullopt;
    }
    d.end = e;
  }
  return d;
}

}  // namespace citelib

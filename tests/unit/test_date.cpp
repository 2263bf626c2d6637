#include <citelib/model/date.hpp>

#include <catch2/catch.hpp>

using namespace citelib;

TEST_CASE("calendar validity", "[date]") {
  CHECK(is_valid_calendar_date(make_date(2017, 9, 11).start));
  CHECK_FALSE(is_valid_calendar_date(make_date(2017, 2, 30).start));
  CHECK_FALSE(is_valid_calendar_date(make_date(2017, 13).start));
  CHECK(is_valid_calendar_date(make_date(2016, 2, 29).start));
  CHECK_FALSE(is_valid_calendar_date(make_date(1900, 2, 29).start));
  CHECK(is_valid_calendar_date(make_date(2000, 2, 29).start));
  CHECK(is_valid_calendar_date(make_date(1987).start));
  CHECK(is_valid_calendar_date(make_date(1200, 2, 29).start));   // outside Boost's range
  CHECK_FALSE(is_valid_calendar_date(make_date(1300, 2, 29).start));
  CHECK(is_valid_calendar_date(make_date(-44, 3, 15).start));
}

TEST_CASE("partial dates and precision", "[date]") {
  CHECK(make_date(1987).precision() == DatePrecision::year);
  CHECK(make_date(1987).is_partial());
  CHECK(make_date(2017, 9).precision() == DatePrecision::month);
  CHECK_FALSE(make_date(2017, 9, 11).is_partial());
  Date nd;
  nd.undated = true;
  CHECK_FALSE(nd.empty());
  CHECK_FALSE(nd.has_parts());
}

TEST_CASE("comparison at shared precision", "[date]") {
  CHECK(compare_dates(make_date(2017), make_date(2017, 9, 11)) == 0);
  CHECK(compare_dates(make_date(2016, 10, 10), make_date(2017, 9, 11)) < 0);
  CHECK(compare_dates(make_date(2017, 9, 12), make_date(2017, 9, 11)) > 0);
  CHECK_FALSE(compare_dates(Date{}, make_date(2017)).has_value());
}

TEST_CASE("ISO form", "[date]") {
  CHECK(to_iso(make_date(2017, 9, 11).start) == "2017-09-11");
  CHECK(to_iso(make_date(2017, 9).start) == "2017-09");
  CHECK(to_iso(make_date(987).start) == "0987");
  CHECK(to_iso(make_date(-44).start) == "-0044");
}

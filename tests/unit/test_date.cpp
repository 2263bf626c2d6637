#include <citelib/model/date.hpp>
#include <citelib/readers/csl_json.hpp>

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

TEST_CASE("ISO 8601-2/EDTF dates as data formats write them", "[date][edtf]") {
  auto parts = [](std::string_view s) {
    const std::optional<Date> d = parse_edtf_date(s);
    REQUIRE(d);
    return *d;
  };
  CHECK(parts("2017-09-11") == make_date(2017, 9, 11));
  CHECK(parts("2017-09-11T10:00:00Z") == make_date(2017, 9, 11));
  // Years are astronomical in ISO 8601 (0000 is 1 BC): -0043 is 44 BC, CSL-JSON's -44.
  CHECK(parts("-0043-03-15") == make_date(-44, 3, 15));
  CHECK(parts("0000") == make_date(-1));
  CHECK(parts("0001") == make_date(1));
  CHECK(parts("2019-21").start.season == Season::spring);
  CHECK(parts("1950~").circa);
  Date range = make_date(2010);
  range.end = make_date(2012).start;
  CHECK(parts("2010/2012") == range);
  // An end may leave out what it shares with the start (ISO 8601).
  Date days = make_date(1985, 4, 12);
  days.end = make_date(1985, 6, 1).start;
  CHECK(parts("1985-04-12/06-01") == days);
  Date same_month = make_date(2015, 3, 7);
  same_month.end = make_date(2015, 3, 9).start;
  CHECK(parts("2015-03-07/09") == same_month);
  // Years have four digits: these are not EDTF.
  for (std::string_view bad : {"06-01", "850", "20155-01", "2015-13", "2015-02-3", "2010/", "March 2015", "2015/2016/2017", "1985-04-12/123456"})
    CHECK_FALSE(parse_edtf_date(bad));
}

TEST_CASE("CSL-JSON raw dates read printed and ISO forms", "[date][edtf][csl-json]") {
  Diagnostics d;
  const auto items = read_csl_json(SourceText("r.json", R"([
    {"id": "a", "issued": {"raw": "2010/2012"}},
    {"id": "b", "issued": {"raw": "March 3, 2020"}},
    {"id": "c", "issued": {"raw": "2015-03-07T10:00:00Z"}},
    {"id": "d", "issued": {"raw": "spring term"}}])"), d);
  REQUIRE(items.size() == 4);
  CHECK(items[0].date(Variable::issued)->is_range());
  CHECK(*items[1].date(Variable::issued) == make_date(2020, 3, 3));
  CHECK(*items[2].date(Variable::issued) == make_date(2015, 3, 7));
  CHECK(items[3].date(Variable::issued)->is_literal());
}

// parse_date / scan_date: every form reference lists print, in every language table.
#include <citelib/model/date.hpp>

#include "model/date_scan.hpp"

#include <catch2/catch.hpp>

using namespace citelib;

namespace {

// "y-m-d" of the start point, plus "/y-m-d" of the end for ranges.
std::string iso(const Date& d) {
  if (!d.has_parts()) return d.undated ? "n.d." : "literal:" + d.literal;
  std::string s = to_iso(d.start);
  if (d.end) s += "/" + to_iso(*d.end);
  return s;
}

std::string parsed(std::string_view text) { return iso(parse_date(text)); }

}  // namespace

TEST_CASE("ISO and numeric dates", "[date][date_parse]") {
  CHECK(parsed("2017-09-11") == "2017-09-11");
  CHECK(parsed("2017-9-1") == "2017-09-01");
  CHECK(parsed("2017-09") == "2017-09");
  CHECK(parsed("22/11/2023") == "2023-11-22");
  CHECK(parsed("09/25/2017") == "2017-09-25");  // the month comes first when the day cannot be a month
  CHECK(parsed("12.03.2015") == "2015-03-12");
  CHECK(parsed("2017/09/11") == "2017-09-11");
  CHECK(parsed("2017-13-01") == "literal:2017-13-01");
}

TEST_CASE("English dates", "[date][date_parse]") {
  CHECK(parsed("11 September 2017") == "2017-09-11");
  CHECK(parsed("September 11, 2017") == "2017-09-11");
  CHECK(parsed("Sep 11, 2017") == "2017-09-11");
  CHECK(parsed("Sept. 11, 2017") == "2017-09-11");
  CHECK(parsed("December 09, 2010") == "2010-12-09");
  CHECK(parsed("September 2017") == "2017-09");
  CHECK(parsed("August, 1975") == "1975-08");
  CHECK(parsed("2017") == "2017");
  CHECK(parsed("987") == "0987");
  CHECK(parsed("11 September 2017.") == "2017-09-11");
}

TEST_CASE("APA's year first: \"2010, March 3\"", "[date][date_parse]") {
  CHECK(parsed("2010, March 3") == "2010-03-03");
  CHECK(parsed("2010, March") == "2010-03");
  CHECK(parsed("2010, March 3\u20135") == "2010-03-03/2010-03-05");
  CHECK(parse_date("2010, Spring").start.season == Season::spring);
  // A second year or a number is no such date.
  CHECK(parsed("2010, 2011") == "literal:2010, 2011");
  CHECK(parsed("2010, Penguin") == "literal:2010, Penguin");
  CHECK(parsed("2010, March 2011") == "literal:2010, March 2011");
  // In running text, up to the bracket that closes it.
  const DateScan d = scan_date("2010, March 3). Headline");
  CHECK(d.length == 13);
  CHECK(to_iso(d.date.start) == "2010-03-03");
}

TEST_CASE("seasons, quarters, circa, no date, disambiguated years", "[date][date_parse]") {
  Date w = parse_date("Winter 2017");
  CHECK(w.start.season == Season::winter);
  CHECK(w.start.year == 2017);
  CHECK(parse_date("Fall 2003").start.season == Season::autumn);
  Date q = parse_date("First Quarter 2017");
  CHECK(q.start.year == 2017);
  CHECK(q.literal == "First Quarter 2017");
  Date c = parse_date("c. 1900");
  CHECK(c.circa);
  CHECK(c.start.year == 1900);
  CHECK(parse_date("n.d.").undated);
  CHECK(parse_date("nd").undated);
  CHECK(parse_date("s.f.").undated);
  Date a = parse_date("2017a");
  CHECK(a.start.year == 2017);
  CHECK(a.literal == "2017a");  // the disambiguator is kept
}

TEST_CASE("ranges of days, months and years", "[date][date_parse]") {
  CHECK(parsed("June 3\u20139, 2017") == "2017-06-03/2017-06-09");
  CHECK(parsed("3\u20139 June 2017") == "2017-06-03/2017-06-09");
  CHECK(parsed("June 3 \u2013 July 9, 2017") == "2017-06-03/2017-07-09");
  CHECK(parsed("3 June \u2013 9 July 2017") == "2017-06-03/2017-07-09");
  CHECK(parsed("June 3, 2016 \u2013 July 9, 2017") == "2016-06-03/2017-07-09");
  CHECK(parsed("June\u2013July 2017") == "2017-06/2017-07");
  CHECK(parsed("June 2016 \u2013 July 2017") == "2016-06/2017-07");
  CHECK(parsed("2016\u20132017") == "2016/2017");
  CHECK(parsed("2016\u201317") == "2016/2017");
  CHECK(parsed("1999\u201301") == "1999/2001");
  CHECK(parse_date("Summer 2017\u201318").end->year == 2018);
  CHECK(parsed("1 a 3 de mar\u00e7o de 2013") == "2013-03-01/2013-03-03");
  CHECK(parsed("1.\u20133. M\u00e4rz 2015") == "2015-03-01/2015-03-03");
  // Page ranges are not year ranges.
  CHECK(parsed("107\u2013125") == "literal:107\u2013125");
}

TEST_CASE("localized dates", "[date][date_parse][lang]") {
  CHECK(parsed("12 de marzo de 2015") == "2015-03-12");
  CHECK(parsed("11 de Junio de 2018") == "2018-06-11");
  CHECK(parsed("diciembre  de 1996") == "1996-12");
  CHECK(parsed("23 de maio de 2012") == "2012-05-23");
  CHECK(parsed("12. M\u00e4rz 2015") == "2015-03-12");
  CHECK(parsed("1er mars 2015") == "2015-03-01");
  CHECK(parsed("12 f\u00e9vrier 2015") == "2015-02-12");
  CHECK(parsed("28 febbraio 2020") == "2020-02-28");
  CHECK(parsed("29 \u0438\u044e\u043d\u044f 2017") == "2017-06-29");
  CHECK(parsed("1 \u0438\u044e\u043b\u044f 2017 \u0433\u043e\u0434\u0430") == "2017-07-01");
  CHECK(parsed("primavera de 2010").substr(0, 4) == "2010");
}

TEST_CASE("Chinese, Japanese and Korean dates: each part followed by its unit", "[date][date_parse][lang]") {
  CHECK(parsed("2021\u5E745\u67088\u65E5") == "2021-05-08");       // 2021年5月8日
  CHECK(parsed("2019\u5E7412\u6708") == "2019-12");                  // 2019年12月
  CHECK(parsed("1998\u5E74") == "1998");                              // 1998年
  CHECK(parsed("2021\uB144 5\uC6D4 8\uC77C") == "2021-05-08");      // 2021년 5월 8일
  CHECK(parsed("2021\uB144 5\uC6D4") == "2021-05");
  // Korean glues its particle to the day: "8일에 확인함" ends the date after the unit.
  CHECK(scan_date("2021\uB144 5\uC6D4 8\uC77C\uC5D0 \uD655\uC778\uD568").length ==
        std::string_view("2021\uB144 5\uC6D4 8\uC77C").size());
  CHECK(scan_date("2016\u5E743\u67084\u65E5\u6642\u70B9").length == std::string_view("2016\u5E743\u67084\u65E5").size());
  // A month outside 1-12 or a unit out of order is no date's part.
  CHECK(parsed("2021\u5E7413\u67088\u65E5") == "literal:2021\u5E7413\u67088\u65E5");
  CHECK(scan_date("2021\u5E7413\u6708").length == std::string_view("2021\u5E74").size());
}

TEST_CASE("text that is no date stays a literal", "[date][date_parse]") {
  for (std::string_view s : {"Wayback Machine", "ISCAS", "98CB36272", "2150", "tomorrow", "2017 something"}) {
    const Date d = parse_date(s);
    CHECK_FALSE(d.has_parts());
    CHECK(d.literal == std::string(s));
  }
  CHECK(parse_date("").empty());
  CHECK(parse_date("   ").empty());
}

TEST_CASE("scan_date finds the longest date at the start", "[date][date_parse]") {
  CHECK(scan_date("5 August 2014 \u2013 via Google Books").length == std::string_view("5 August 2014").size());
  CHECK(scan_date("2016-03-28 at the Wayback Machine").length == 10);
  CHECK(scan_date("March 2017). Next").length == 10);
  CHECK(scan_date("Retrieved 2017").length == 0);
  CHECK(scan_date("1989. p. 26").length == 4);
}

TEST_CASE("timestamps with a weekday, a clock time and a zone", "[date][date_parse]") {
  CHECK(parsed("Wed July 8 18:43:42 CEST 2009") == "2009-07-08");
  CHECK(parsed("Monday, 3 May 2010") == "2010-05-03");
  CHECK(parsed("Tue Mar 3 09:15 UTC 2015") == "2015-03-03");
  // A weekday alone, or before no date, is none.
  CHECK(parsed("Wednesday") == "literal:Wednesday");
  CHECK(parsed("Sun Microsystems") == "literal:Sun Microsystems");
}

TEST_CASE("Eras: years before Christ are negative, as CSL-JSON counts them", "[date][date_parse]") {
  CHECK(parsed("430 BC") == "-0430");
  CHECK(parsed("44 BC") == "-0044");
  CHECK(parsed("2500BC") == "-2500");  // glued, as CSL styles print it
  CHECK(parsed("15 March 44 BC") == "-0044-03-15");
  CHECK(parsed("431–404 BC") == "-0431/-0404");  // the end's era is the start's
  CHECK(parsed("44–43 BC") == "-0044/-0043");
  CHECK(parsed("404–431 BC") == "literal:404–431 BC");  // an end before its start is no range
  CHECK(parsed("AD 77") == "0077");
  CHECK(parsed("A.D. 1066") == "1066");
  CHECK(parsed("79 AD") == "0079");
  CHECK(parsed("500 BCE") == "-0500");
  CHECK(parsed("30 CE") == "0030");
  CHECK(parsed("c. 430 BC") == "-0430");
  CHECK(parse_date("c. 430 BC").circa);
  CHECK(parsed("c. AD 121") == "0121");
  // Other editions' words.
  CHECK(parsed("430 a. C.") == "-0430");
  CHECK(parsed("c. 430 a.C.") == "-0430");
  CHECK(parsed("14 d. C.") == "0014");
  CHECK(parsed("52 av. J.-C.") == "-0052");
  CHECK(parsed("9 v. Chr.") == "-0009");
  CHECK(parsed("9 n. Chr.") == "0009");
  CHECK(parsed("52 v. Chr") == "-0052");  // the element's period taken by the reader
  CHECK(parsed("52 v. Christus") == "literal:52 v. Christus");
  CHECK(parsed("1380 до н. э.") == "-1380");
  CHECK(parsed("33 н. э.") == "0033");
  // Without an era, short numbers stay no dates, and ranges of short numbers are pages.
  CHECK(parsed("44") == "literal:44");
  CHECK(parsed("107–125") == "literal:107–125");
  CHECK(parsed("2016–17") == "2016/2017");
  CHECK(parsed("1999 a") == "literal:1999 a");
}

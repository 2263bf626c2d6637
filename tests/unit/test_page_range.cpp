#include <citelib/model/page_range.hpp>

#include <catch2/catch.hpp>

using namespace citelib;

TEST_CASE("page ranges are parsed as printed", "[page_range]") {
  auto r = parse_page_ranges("49\u201352");
  REQUIRE(r.size() == 1);
  CHECK(r[0].kind == PageRange::Kind::range);
  CHECK(r[0].first == "49");
  CHECK(r[0].last == "52");
  CHECK(r[0].separator == "\u2013");
  CHECK_FALSE(r[0].is_reversed());

  auto single = parse_page_ranges("26");
  REQUIRE(single.size() == 1);
  CHECK(single[0].kind == PageRange::Kind::single);

  auto list = parse_page_ranges("49-52, 61");
  REQUIRE(list.size() == 2);
  CHECK(list[0].separator == "-");
  CHECK(list[1].first == "61");
  CHECK(list[1].offset == 7);
}

TEST_CASE("reversed, open and malformed ranges are recognised", "[page_range]") {
  CHECK(parse_page_ranges("52\u201349")[0].is_reversed());
  CHECK_FALSE(parse_page_ranges("321\u201328")[0].is_reversed());  // abbreviated end: 321-328
  CHECK(parse_page_ranges("49\u2013")[0].kind == PageRange::Kind::open);
  CHECK(parse_page_ranges("49\u2013 x y")[0].kind == PageRange::Kind::malformed);
  CHECK(parse_page_ranges("513\u2013 533")[0].kind == PageRange::Kind::range);
  CHECK(parse_page_ranges("A1-A5")[0].kind == PageRange::Kind::range);
  CHECK_FALSE(parse_page_ranges("A1-A5")[0].is_reversed());
}

TEST_CASE("pages numbered within sections keep their hyphen; the range dash splits them", "[page_range]") {
  auto ends = [](std::string_view pages) {
    const auto r = parse_page_ranges(pages);
    REQUIRE(r.size() == 1);
    return std::pair{r[0].kind == PageRange::Kind::range ? r[0].first : "(not a range)", r[0].last};
  };
  CHECK(ends("A-1\u2013A-4") == std::pair<std::string, std::string>{"A-1", "A-4"});  // the one en dash
  CHECK(ends("V-1-V-4") == std::pair<std::string, std::string>{"V-1", "V-4"});        // the middle hyphen
  CHECK(ends("3-12-3-15") == std::pair<std::string, std::string>{"3-12", "3-15"});
  CHECK(ends("G-i-G-v") == std::pair<std::string, std::string>{"G-i", "G-v"});
  CHECK(ends("49--52") == std::pair<std::string, std::string>{"49", "52"});          // BibTeX's dash
  CHECK(parse_page_ranges("49--52")[0].separator == "--");
  CHECK(parse_page_ranges("V-4-V-1")[0].is_reversed());  // its pages compared, within the section
  // Halves of different sections, or two range dashes, stay unread: no guess at which is meant.
  CHECK(parse_page_ranges("V-1-W-4")[0].kind == PageRange::Kind::malformed);
  CHECK(parse_page_ranges("1-2-3")[0].kind == PageRange::Kind::malformed);
  CHECK(parse_page_ranges("A-1\u2013A-4\u2013A-6")[0].kind == PageRange::Kind::malformed);
}

TEST_CASE("CSL page range formats (Appendix V)", "[page_range]") {
  const auto fmt = [](std::string_view p, PageRangeFormat f) { return format_page_ranges(p, f, "-"); };
  // Examples from the specification.
  CHECK(fmt("42-45", PageRangeFormat::expanded) == "42-45");
  CHECK(fmt("321-28", PageRangeFormat::expanded) == "321-328");
  CHECK(fmt("2787-816", PageRangeFormat::expanded) == "2787-2816");
  CHECK(fmt("42-45", PageRangeFormat::minimal) == "42-5");
  CHECK(fmt("321-328", PageRangeFormat::minimal) == "321-8");
  CHECK(fmt("2787-2816", PageRangeFormat::minimal) == "2787-816");
  CHECK(fmt("42-45", PageRangeFormat::minimal_two) == "42-45");
  CHECK(fmt("321-328", PageRangeFormat::minimal_two) == "321-28");
  CHECK(fmt("2787-2816", PageRangeFormat::minimal_two) == "2787-816");
  CHECK(fmt("3-10", PageRangeFormat::chicago) == "3-10");
  CHECK(fmt("71-72", PageRangeFormat::chicago) == "71-72");
  CHECK(fmt("100-104", PageRangeFormat::chicago) == "100-104");
  CHECK(fmt("600-613", PageRangeFormat::chicago) == "600-613");
  CHECK(fmt("1100-1123", PageRangeFormat::chicago) == "1100-1123");
  CHECK(fmt("107-108", PageRangeFormat::chicago) == "107-8");
  CHECK(fmt("505-517", PageRangeFormat::chicago) == "505-17");
  CHECK(fmt("1002-1006", PageRangeFormat::chicago) == "1002-6");
  CHECK(fmt("321-325", PageRangeFormat::chicago) == "321-25");
  CHECK(fmt("415-532", PageRangeFormat::chicago) == "415-532");
  CHECK(fmt("11564-11615", PageRangeFormat::chicago) == "11564-615");
  CHECK(fmt("1496-1504", PageRangeFormat::chicago) == "1496-1504");
  CHECK(fmt("2787-2816", PageRangeFormat::chicago) == "2787-2816");
  CHECK(fmt("2787-2816", PageRangeFormat::chicago16) == "2787-816");
  CHECK(fmt("42-45, 321-328", PageRangeFormat::minimal) == "42-5, 321-8");
  CHECK(format_page_ranges("42-45", PageRangeFormat::none) == "42-45");
  // Prefixed pages: a shared prefix is kept on the second end only when expanded; ends that
  // do not share one are joined as written, without spaces.
  CHECK(fmt("N110 - N5", PageRangeFormat::expanded) == "N110-N115");
  CHECK(fmt("n11564 - n1568", PageRangeFormat::minimal) == "n11564-8");
  CHECK(fmt("N110 - 5", PageRangeFormat::expanded) == "N110-5");
  CHECK(fmt("110 - N6", PageRangeFormat::minimal) == "110-N6");
}

#include <citelib/diagnostic.hpp>

#include <catch2/catch.hpp>

#include <set>
#include <string>

using namespace citelib;

TEST_CASE("the catalogue has unique, well-formed codes", "[diagnostic]") {
  std::set<std::string> seen;
  for (DiagCode c : all_diag_codes()) {
    const DiagInfo& info = diag_info(c);
    INFO(info.id);
    CHECK(seen.insert(std::string(info.id)).second);
    CHECK_FALSE(info.message.empty());
    CHECK_FALSE(info.hint.empty());
    CHECK(info.id.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-") == std::string_view::npos);
    CHECK(parse_diag_code(info.id) == c);
  }
}

TEST_CASE("diagnostics format in compiler style", "[diagnostic]") {
  SourceText src("refs.txt", "line one\nline two\n");
  Diagnostics d;
  d.report(DiagCode::date_unparsed, &src, {14, 17}, {"two"}, "7");
  REQUIRE(d.size() == 1);
  CHECK(d.items()[0].references == std::vector<std::string>{"7"});
  CHECK(format_diagnostic(d.items()[0]) == "refs.txt:2:6: warning[date-unparsed]: date not understood, kept as literal: \"two\"");
  CHECK_FALSE(d.has_errors());
}

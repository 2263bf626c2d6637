// CSL engine: small fixtures in the test suite's format (tests/data/csl_fixtures/*.txt), each a
// rule that differential testing against citeproc-js (bench/csl/fixture_fuzz) showed citelib
// got wrong. RESULT is what citeproc-js renders; each fixture's DESCRIPTION says the rule.
#include <citelib/csl/fixture.hpp>

#include "paths.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <vector>

using namespace citelib;
using namespace citelib::csl;

TEST_CASE("csl fixtures of tests/data/csl_fixtures render as citeproc-js does", "[csl]") {
  const auto dir = test::data_dir() / "csl_fixtures";
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(dir))
    if (e.path().extension() == ".txt") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  REQUIRE(!files.empty());
  for (const auto& f : files) {
    DYNAMIC_SECTION(f.filename().string()) {
      auto fx = parse_fixture(SourceText(f.filename().string(), test::read_file(f)));
      REQUIRE(fx.ok());
      Diagnostics d;
      auto out = run_fixture(*fx, d);
      REQUIRE(out.ok());
      CHECK(normalize_fixture_output(*out) == normalize_fixture_output(fx->result));
    }
  }
}

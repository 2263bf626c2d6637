#pragma once
// The CSL processor test suite's human-readable fixtures (see the suite README): parse one,
// run it through the engine the way citeproc-js runs it, and normalise results for
// comparison. Used by `citelib csl-fixture` and the conformance runner.

#include <citelib/diagnostic.hpp>
#include <citelib/result.hpp>
#include <citelib/source.hpp>

#include <optional>
#include <string>

namespace citelib::csl {

struct Fixture {
  std::string name;
  std::string mode;    ///< "citation" or "bibliography"
  std::string csl;
  std::string input;   ///< CSL-JSON items
  std::string result;  ///< expected output
  /// OUTPUT-FORMAT section: "html" (the suite's fixtures, the default) or "text".
  std::string format = "html";
  std::optional<std::string> citation_items, citations;
};

/// Splits a fixture into its sections; an error when MODE, CSL or INPUT is missing.
Result<Fixture> parse_fixture(const SourceText& source);

/// Renders the fixture as the suite expects it (HTML unless its OUTPUT-FORMAT says "text").
/// Style errors make an error.
Result<std::string> run_fixture(const Fixture& fixture, Diagnostics& diagnostics);

/// Normalises output for comparison: LF line ends, no trailing whitespace per line, no
/// leading/trailing blank lines, and (for CITATIONS results) no ">>[i] "/"..[i] " prefixes.
std::string normalize_fixture_output(std::string_view text);

}  // namespace citelib::csl

#include "input.hpp"

#include <citelib/readers/bibtex.hpp>
#include <citelib/readers/csl_json.hpp>
#include <citelib/readers/reference_list.hpp>
#include <citelib/result.hpp>

#include <fmt/format.h>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

namespace citelib::cli {

namespace {

bool bib_file_name(const std::string& path) {
  return path.size() > 4 && path.compare(path.size() - 4, 4, ".bib") == 0;
}

// A .bib file with invalid UTF-8 is still read: the .bib reader drops only the entries
// that hold the bad bytes (with their position) and converts the rest.
std::optional<SourceText> lenient_bib_source(const std::string& path, std::optional<InputKind> forced,
                                             const Error& error) {
  const bool utf8_problem = !error.diagnostics.empty() && error.diagnostics.front().code == DiagCode::input_invalid_utf8;
  if (!utf8_problem || path == "-") return std::nullopt;
  if (forced ? *forced != InputKind::bibtex : !bib_file_name(path)) return std::nullopt;
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream ss;
  ss << in.rdbuf();
  std::string bytes = std::move(ss).str();
  if (bytes.compare(0, 3, "\xEF\xBB\xBF") == 0) bytes.erase(0, 3);
  return SourceText(path, std::move(bytes));
}

}  // namespace

std::optional<LoadedInput> load_input(const std::string& path, std::optional<InputKind> forced,
                                      Diagnostics& diagnostics) {
  Result<SourceText> src = SourceText::from_file(path);
  if (!src) {
    if (std::optional<SourceText> bib = lenient_bib_source(path, forced, src.error())) {
      LoadedInput in{std::move(*bib), InputKind::bibtex, {}};
      in.references = read_bibtex(in.source, diagnostics);
      return in;
    }
    for (const Diagnostic& d : src.error().diagnostics) diagnostics.add(d);
    return std::nullopt;
  }
  LoadedInput in{std::move(*src), InputKind::reference_list, {}};
  in.kind = forced ? *forced : detect_input_kind(in.source.text());
  switch (in.kind) {
    case InputKind::reference_list:
      in.references = read_reference_list(in.source, {}, diagnostics);
      break;
    case InputKind::csl_json:
      in.references = read_csl_json(in.source, diagnostics);
      break;
    case InputKind::bibtex:
      in.references = read_bibtex(in.source, diagnostics);
      break;
  }
  return in;
}

void print_diagnostics(const Diagnostics& diagnostics, Severity at_least) {
  for (const Diagnostic& d : diagnostics) {
    if (d.severity < at_least) continue;
    fmt::print(stderr, "{}\n", format_diagnostic(d));
    if (!d.hint().empty()) fmt::print(stderr, "  hint: {}\n", d.hint());
  }
}

}  // namespace citelib::cli

#pragma once
// Reading one input (file or stdin) into references, whatever its kind.

#include <citelib/diagnostic.hpp>
#include <citelib/model/reference.hpp>
#include <citelib/readers/input_kind.hpp>
#include <citelib/source.hpp>

#include <optional>
#include <string>
#include <vector>

namespace citelib::cli {

struct LoadedInput {
  SourceText source;
  InputKind kind = InputKind::reference_list;
  std::vector<Reference> references;
};

/// Reads `path` ("-" for stdin) and parses it as `forced` or as detected. Returns nullopt
/// (after printing the error to stderr) when the input cannot be read or is not text.
std::optional<LoadedInput> load_input(const std::string& path, std::optional<InputKind> forced,
                                      Diagnostics& diagnostics);

/// Prints diagnostics to stderr in compiler style, with hints.
void print_diagnostics(const Diagnostics& diagnostics, Severity at_least);

}  // namespace citelib::cli

#pragma once
// Reading one input (file or stdin) into references, whatever its kind.

#include <citelib/diagnostic.hpp>
#include <citelib/model/reference.hpp>
#include <citelib/readers/input_kind.hpp>
#include <citelib/source.hpp>

#include <optional>
#include <string>
#include <string_view>
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

/// What every subcommand does first: parses `from` (a --from value, empty = detect), reads
/// `path` and prints what went wrong, prefixed by `command`. nullopt means exit with
/// Exit::usage; the reader's diagnostics of a loaded input are in `diagnostics`.
std::optional<LoadedInput> open_input(std::string_view command, const std::string& path, const std::string& from,
                                      Diagnostics& diagnostics);

/// Prints diagnostics to stderr in compiler style, with hints.
void print_diagnostics(const Diagnostics& diagnostics, Severity at_least);

}  // namespace citelib::cli

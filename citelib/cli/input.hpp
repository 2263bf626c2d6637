#pragma once
// Reading one input (file or stdin) into references, whatever its kind.

#include <citelib/diagnostic.hpp>
#include <citelib/readers/bibtex.hpp>
#include <citelib/model/reference.hpp>
#include <citelib/readers/input_kind.hpp>
#include <citelib/source.hpp>

#include <memory>
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
                                      Diagnostics& diagnostics, const BibStrings* bib_strings = nullptr,
                                      const ReferenceListOptions& list = {});

/// What every subcommand does first: parses `from` (a --from value, empty = detect), reads
/// `path` and prints what went wrong, prefixed by `command`. nullopt means exit with
/// Exit::usage; the reader's diagnostics of a loaded input are in `diagnostics`.
std::optional<LoadedInput> open_input(std::string_view command, const std::string& path, const std::string& from,
                                      Diagnostics& diagnostics, const BibStrings* bib_strings = nullptr,
                                      const ReferenceListOptions& list = {});

/// The @string macros of the --bib-strings files, read in order (nullptr for none). Their
/// problems are printed; false when one cannot be read (exit with Exit::usage).
bool load_bib_strings(std::string_view command, const std::vector<std::string>& paths,
                      std::shared_ptr<const BibStrings>& out);

/// Prints diagnostics to stderr in compiler style, with hints.
void print_diagnostics(const Diagnostics& diagnostics, Severity at_least);

}  // namespace citelib::cli

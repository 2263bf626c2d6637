#pragma once
// What kind of input a text is, so `citelib convert` can pick a reader.

#include <citelib/diagnostic.hpp>
#include <citelib/model/reference.hpp>
#include <citelib/readers/reference_list.hpp>
#include <citelib/source.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace citelib {

enum class InputKind : std::uint8_t { reference_list, csl_json, bibtex };

/// "reference-list" / "csl-json" / "bibtex".
std::string_view to_string(InputKind k) noexcept;
/// Parses a --from value ("wiki", "text" and "list" are accepted for reference_list).
std::optional<InputKind> parse_input_kind(std::string_view name) noexcept;
/// Guesses the kind from the content (a JSON array, "@type{" entries, otherwise a list).
InputKind detect_input_kind(std::string_view text) noexcept;
/// The kind of a file named `name`: `.bib` is BibTeX and `.json` CSL-JSON whatever they hold
/// (so that a damaged file gets its reader's errors, not read as a list); otherwise as the
/// content says.
InputKind detect_input_kind(std::string_view name, std::string_view text) noexcept;

/// Reads every reference of `source` with the reader for `kind` (default options).
std::vector<Reference> read_references(const SourceText& source, InputKind kind, Diagnostics& diagnostics);

struct BibStrings;  // <citelib/readers/bibtex.hpp>

/// What reading one input's bytes gave.
struct InputRead {
  std::optional<SourceText> source;  ///< the text; nullopt when the bytes are unusable
  InputKind kind = InputKind::reference_list;
  std::vector<Reference> references;
  std::string failure;               ///< why nothing was read (names the position); empty if read
};

/// Reads one input of any kind from its bytes: checks that it is UTF-8 text, detects the
/// kind unless `forced`, and reads it. BibTeX with invalid UTF-8 is still read: the .bib
/// reader drops only the entries holding bad bytes, with their positions. An input that
/// yields nothing but errors is a failure; an empty one is reported (input-empty) but read.
/// `bib_strings`: other files' @string macros for a .bib input (may be null); `list`: how a
/// reference list is read (its edition's language, repairing a garbled list's values).
InputRead read_input(std::string name, std::string bytes, std::optional<InputKind> forced,
                     Diagnostics& diagnostics, const BibStrings* bib_strings = nullptr,
                     const ReferenceListOptions& list = {});

}  // namespace citelib

#pragma once
// What kind of input a text is, so `citelib convert` can pick a reader.

#include <citelib/diagnostic.hpp>
#include <citelib/model/reference.hpp>
#include <citelib/source.hpp>

#include <optional>
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

/// Reads every reference of `source` with the reader for `kind` (default options).
std::vector<Reference> read_references(const SourceText& source, InputKind kind, Diagnostics& diagnostics);

}  // namespace citelib

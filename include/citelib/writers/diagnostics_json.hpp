#pragma once
// Diagnostics as JSON, the machine-readable form shared by `citelib check --format json`,
// batch JSON Lines output and the Python layer. Each diagnostic is an object with `code`,
// `severity` ("error", "warning", "info"), `message`, `hint`, `references` (reference
// numbers as strings), `file`, `line`, `column`, `end_line`, `end_column` (1-based, 0 =
// unknown), `offset` and `length` (bytes in the source). Documented in docs/diagnostics.md.

#include <citelib/diagnostic.hpp>

#include <span>
#include <string>

namespace citelib {

/// A JSON array of diagnostic objects; `indent` < 0 gives one line. `sources` (the texts the
/// diagnostics point into, matched by name) give the end position; without them
/// `end_line` and `end_column` are 0.
std::string write_diagnostics_json(std::span<const Diagnostic> diagnostics, int indent = 2,
                                   std::span<const SourceText* const> sources = {});

}  // namespace citelib

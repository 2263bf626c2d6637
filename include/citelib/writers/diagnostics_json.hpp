#pragma once
// Diagnostics as JSON, the machine-readable form shared by `citelib check --format json`,
// batch JSON Lines output and the Python layer. Each diagnostic is an object with `code`,
// `severity` ("error", "warning", "info"), `message`, `hint`, `references` (reference
// numbers as strings), `file`, `line`, `column` (1-based, 0 = unknown), `offset` and
// `length` (bytes in the source).

#include <citelib/diagnostic.hpp>

#include <span>
#include <string>

namespace citelib {

/// A JSON array of diagnostic objects; `indent` < 0 gives one line.
std::string write_diagnostics_json(std::span<const Diagnostic> diagnostics, int indent = 2);

}  // namespace citelib

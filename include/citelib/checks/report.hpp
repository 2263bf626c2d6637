#pragma once
// Diagnostics for people and for programs: the compiler-style text form and the JSON form
// documented in docs/diagnostics.md.

#include <citelib/diagnostic.hpp>
#include <citelib/source.hpp>

#include <span>
#include <string>

namespace citelib {

/// Orders diagnostics as a compiler lists them: by file (in the order of `sources`, others
/// last), then by position; findings at one place keep their order.
void sort_diagnostics(Diagnostics& diagnostics, std::span<const SourceText* const> sources);

/// One diagnostic per line, "file:line:col: severity[code]: message", each followed by
/// "  hint: ..." on the next line.
std::string write_diagnostics_text(const Diagnostics& diagnostics);

/// A JSON array with one object per diagnostic: code, severity, message, hint, references
/// (strings), file, line, column, end_line, end_column, offset, length. `sources` resolve the
/// end position; a diagnostic whose file is not among them gets end_line/end_column 0.
/// `indent` < 0 writes one line.
std::string write_diagnostics_json(const Diagnostics& diagnostics,
                                   std::span<const SourceText* const> sources, int indent = 2);

/// The catalogue, one code per line: code, severity, message template.
std::string write_catalogue_text();
/// The catalogue as a JSON array of {code, severity, message, hint}.
std::string write_catalogue_json(int indent = 2);

}  // namespace citelib

#pragma once
// Diagnostics for people: the compiler-style text form, in compiler order, and the
// catalogue. The JSON form is writers/diagnostics_json.hpp (docs/diagnostics.md).

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

/// The catalogue, one code per line: code, severity, message template.
std::string write_catalogue_text();
/// The catalogue as a JSON array of {code, severity, message, hint}.
std::string write_catalogue_json(int indent = 2);

}  // namespace citelib

#pragma once
// Reader for CSL-JSON (an array of items, as in the official schema), including the `custom`
// object citelib writes, so that citelib's own output reads back losslessly.

#include <citelib/diagnostic.hpp>
#include <citelib/model/reference.hpp>
#include <citelib/source.hpp>

#include <vector>

namespace citelib {

/// Reads a CSL-JSON array. Syntax errors are reported with line and column and yield no
/// items; fields of unexpected shape are kept as text or in Reference::extra and reported.
std::vector<Reference> read_csl_json(const SourceText& source, Diagnostics& diagnostics);
/// The same, reading a long array on `threads` threads (0: one per core); the references and
/// diagnostics are the same for any number.
std::vector<Reference> read_csl_json(const SourceText& source, Diagnostics& diagnostics, unsigned threads);

}  // namespace citelib

#pragma once
// The CSL-JSON writer item by item, so that a long list can be written chunk by chunk on
// several threads: the pieces concatenate to exactly what write_csl_json() writes.

#include <citelib/model/reference.hpp>
#include <citelib/writers/csl_json.hpp>

#include <span>
#include <string>

namespace citelib::detail {

/// Appends `refs` as items of the array: the opening bracket before the file's first item
/// (`first`), a separator before every other.
void append_csl_json_items(std::span<const Reference> refs, const CslJsonOptions& options, bool first,
                           std::string& out);
/// Closes the array; `any` tells whether an item was written (else the whole array is "[]").
void close_csl_json(bool any, const CslJsonOptions& options, std::string& out);

}  // namespace citelib::detail

#pragma once
// Writer for CSL-JSON, valid against the official csl-data.json schema. What CSL lacks goes
// under each item's `custom` object (keys documented in the README).

#include <citelib/model/reference.hpp>

#include <span>
#include <string>

namespace citelib {

struct CslJsonOptions {
  int indent = 2;           ///< spaces per level; -1 for one line
  bool include_raw = true;  ///< write custom.raw (the item text as printed)
};

/// Serialises references as a CSL-JSON array.
std::string write_csl_json(std::span<const Reference> refs, const CslJsonOptions& options = {});

}  // namespace citelib

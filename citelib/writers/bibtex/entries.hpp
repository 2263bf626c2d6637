#pragma once
// The .bib writer entry by entry, so that a long list can be written chunk by chunk on
// several threads (keys come from citation_keys.hpp, decided in list order beforehand).

#include <citelib/diagnostic.hpp>
#include <citelib/model/reference.hpp>
#include <citelib/writers/bibtex.hpp>

#include <cstddef>
#include <set>
#include <span>
#include <string>

namespace citelib::bibtex {

/// What the entries of a file left out, summed over its chunks for one closing diagnostic.
struct WriteTally {
  std::size_t refs_with_extras = 0;  ///< references whose citelib data was not written
  std::set<std::string> omitted_keys;

  void merge(const WriteTally& other) {
    refs_with_extras += other.refs_with_extras;
    omitted_keys.insert(other.omitted_keys.begin(), other.omitted_keys.end());
  }
};

/// Appends the entries of `refs` (keys[i] is the key of refs[i]) to `out`.
void write_entries(std::span<const Reference> refs, std::span<const std::string> keys, const BibOptions& options,
                   std::string& out, Diagnostics& diagnostics, WriteTally& tally);

/// The closing diagnostic of a file (data left out with keep_extras = false), if any.
void report_tally(const WriteTally& tally, Diagnostics& diagnostics);

}  // namespace citelib::bibtex

#pragma once
// Citation keys in two steps, so that a long list can be keyed chunk by chunk: the key a
// reference asks for (its base, computed from the reference alone, by any thread), then the
// key it gets (made unique against every key given before, in list order).

#include <citelib/writers/bibtex.hpp>

#include <cstddef>
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace citelib::bibtex {

/// The key a reference asks for under `policy`; empty when it has nothing to make one of.
std::string citation_key_base(const Reference& r, BibKeyPolicy policy);

/// Gives each base a key unique (ignoring case) among the keys it gave before: the base
/// itself, or the base with a, b, ... z, aa, ... appended; an empty base becomes
/// "ref<index + 1>" (`index`: the reference's 0-based place in the list).
class KeyAssigner {
 public:
  std::string assign(std::string base, std::size_t index);

 private:
  std::unordered_set<std::string> taken_;                  // lower-cased keys given
  std::unordered_map<std::string, std::size_t> next_suffix_;  // per lower-cased base
};

}  // namespace citelib::bibtex

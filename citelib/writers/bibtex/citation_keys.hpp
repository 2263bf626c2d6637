#pragma once
// Citation keys in two steps, so that a long list can be keyed chunk by chunk: the key a
// reference asks for (its base, computed from the reference alone, by any thread), then the
// key it gets (made unique against every key given before, in list order).

#include <citelib/writers/bibtex.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

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
  // Every key given (lower-cased), in an open-addressing table over one text buffer: a
  // 100,000-key file costs one probe per key, not a node allocation and several misses.
  struct Slot {
    std::size_t hash = 0;
    std::size_t at = 0;           // in keys_
    std::size_t size = 0;
    std::size_t next_suffix = 0;  // when the key is also a base: the next suffix to try
    bool used = false;
  };
  std::size_t find_or_add(std::string_view lowered, bool& added);
  void make_room();
  std::vector<Slot> slots_;
  std::string keys_;
  std::size_t count_ = 0;
};

}  // namespace citelib::bibtex

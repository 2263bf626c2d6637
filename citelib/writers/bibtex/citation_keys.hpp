#pragma once
// Citation keys in two steps, so that a long list can be keyed chunk by chunk: the key a
// reference asks for (its base, computed from the reference alone, by any thread), then the
// key it gets (made unique against every key given before, in list order).

#include <citelib/writers/bibtex.hpp>

#include "core/string_table.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace citelib::bibtex {

/// Builds, ahead of need, what folding the words of `text` into keys will need from ICU: the
/// transliterator, and the rules for the script of its first CJK character (compiling
/// ICU's Han-Latin rules takes about 90 ms, once per process). Meant for a spare core while
/// a long input is opened.
void warm_up_folding(std::string_view text);

/// The key a reference asks for under `policy`; empty when it has nothing to make one of.
std::string citation_key_base(const Reference& r, BibKeyPolicy policy);

/// Gives each base a key unique (ignoring case) among the keys it gave before: the base
/// itself, or the base with a, b, ... z, aa, ... appended; an empty base becomes
/// "ref<index + 1>" (`index`: the reference's 0-based place in the list).
class KeyAssigner {
 public:
  std::string assign(std::string base, std::size_t index);
  /// Room for `references` more keys at once (the table then need not grow as they come).
  void reserve(std::size_t references) { given_.reserve(given_.size() + references); }

  /// A base with what assign() needs of it, computed on any thread.
  struct Base {
    std::string key;      ///< as citation_key_base() gives it
    std::string lowered;  ///< lower-cased (keys are unique ignoring case); empty when `key` is
    std::size_t hash = 0;
    std::string_view lower() const noexcept { return lowered.empty() ? std::string_view(key) : std::string_view(lowered); }
  };
  static Base prepare(std::string base);
  /// Starts loading what assigning these bases will read (call before assigning a batch).
  void prefetch(const std::vector<Base>& bases) const;
  /// As assign(base.key, index), with the work of prepare() done.
  std::string assign(Base base, std::size_t index);

 private:
  // Every key given, lower-cased, with (for keys that are also bases) the next suffix to try.
  detail::StringTable given_;
};

}  // namespace citelib::bibtex

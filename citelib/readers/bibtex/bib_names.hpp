#pragma once
// BibTeX's name-list grammar: names separated by "and" at brace depth 0, each in one of the
// forms "First von Last", "von Last, First", "von Last, Jr, First" (or biblatex's
// "family=..., given=..." form); a name that is one brace group is kept whole.

#include <citelib/model/name.hpp>

#include <string_view>
#include <vector>

namespace citelib::bibtex {

struct NameList {
  std::vector<Name> names;
  bool others = false;  ///< the list ended in "and others"
};

/// Parses a name-list field (TeX text); parts are decoded to Unicode.
NameList parse_name_list(std::string_view tex);

}  // namespace citelib::bibtex

#pragma once
// Which BibTeX/biblatex entry type a CSL item type becomes, and back (docs/bibtex.md, §1).

#include <citelib/model/item_type.hpp>

#include <optional>
#include <string_view>

namespace citelib::bibtex {

struct EntryTypeChoice {
  std::string_view type;     ///< entry type without "@"
  std::string_view subtype;  ///< biblatex entrysubtype, empty when none
};

/// The biblatex entry type for a CSL type. `has_editor`/`has_container_author` choose
/// between @incollection and @inbook for chapters. Types biblatex lacks become @misc with
/// the CSL type name as entrysubtype, so the reader can restore them.
EntryTypeChoice biblatex_type(ItemType t, bool has_editor, bool has_container_author) noexcept;

/// The classic BibTeX entry type (types without a native one become @misc).
std::string_view bibtex_type(ItemType t, bool has_editor, bool has_container_author,
                             bool masters_thesis) noexcept;

/// The CSL type of a .bib entry type (either dialect, lower case) and entrysubtype; nullopt
/// flags an unknown entry type (read as `document`).
std::optional<ItemType> csl_type(std::string_view type, std::string_view subtype) noexcept;

}  // namespace citelib::bibtex

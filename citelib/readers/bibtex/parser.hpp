#pragma once
// The .bib grammar in two uses: parse_bib() builds every entry of a file at once; the index
// (a first pass that reports every syntax problem and records where the kept entries are)
// lets a long file be read back entry by entry, in chunks, by several threads, without
// holding its entries.

#include <citelib/diagnostic.hpp>
#include <citelib/readers/bibtex.hpp>
#include <citelib/source.hpp>

#include "core/string_table.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace citelib::bibtex {

/// @string macros with where each was defined, so that an entry read again later sees the
/// definitions that preceded it (a macro may be redefined further down the file).
class MacroTable {
 public:
  /// The month macros, and `predefined`'s (other files' @string) if given, defined at 0.
  MacroTable(const BibStrings* predefined = nullptr);  // NOLINT: BibIndex{} builds one
  /// The value of `name` (lower case) as defined before byte `at`, or nullptr.
  const std::string* lookup(std::string_view name, std::size_t at) const;
  void define(std::string name, std::string value, std::size_t at);
  /// Adds the definitions of a table filled from a later part of the same file.
  void append_later(const MacroTable& later);

 private:
  std::unordered_map<std::string, std::vector<std::pair<std::size_t, std::string>>> defs_;
};

/// Macros used without a definition: each once, at its first use, with how often it was used.
class UndefinedMacros {
 public:
  /// A use of `name` (lower case), `written` so at `at`.
  void note(std::string_view name, std::string_view written, std::size_t at, std::string_view entry_key);
  /// Adds the uses found in a later part of the same file.
  void merge_later(const UndefinedMacros& later);
  bool empty() const noexcept { return uses_.empty(); }
  /// One bib-undefined-string per macro, naming the other files (`strings`) looked in too.
  void report(const SourceText& source, Diagnostics& diagnostics, const BibStrings* strings) const;

 private:
  struct Use {
    std::string name;
    std::string written;  // at its first use
    std::size_t at = 0;
    std::string key;
    std::size_t count = 0;
  };
  std::vector<Use> uses_;  // few: a linear search
};

/// A field of a kept entry as the first pass found it, in bytes from the entry's "@" (an
/// entry is read again from these without the grammar).
struct FieldLocation {
  static constexpr std::size_t kMaxOffset = 0xFFFF;
  std::uint16_t name_at = 0;
  std::uint16_t text_at = 0;   ///< the value's text (inside its delimiters)
  std::uint16_t text_end = 0;
  std::uint16_t end = 0;       ///< the end of the field's span (after the blanks that follow)
  std::uint8_t name_size = 0;
};

/// A kept entry as the first pass found it.
struct EntryLocation {
  static constexpr std::uint32_t kNoFields = 0xFFFFFFFF;
  std::size_t at = 0;           ///< its "@"
  std::size_t extras_at = 0;    ///< the JSON of the "% citelib:" line before it
  std::size_t extras_size = 0;  ///< 0 when there is none
  bool reference = true;        ///< false for @set and @xdata (containers, not references)
  bool links = false;           ///< has a crossref or xdata field
  /// Its fields in BibIndex::fields, when each value is one {...}, "..." or number part, no
  /// field is repeated and the entry is shorter than 64 kB; else kNoFields (read again by
  /// the grammar).
  std::uint16_t field_count = 0;
  std::uint32_t first_field = kNoFields;
  std::uint32_t size = 0;       ///< its bytes, to the closing delimiter (with first_field)
  std::size_t key_at = 0;       ///< its key, as written
  std::size_t key_size = 0;
  std::size_t key_hash = 0;     ///< of the lower-cased key, as in BibIndex::by_key
};

struct BibIndex {
  std::vector<EntryLocation> entries;
  std::vector<FieldLocation> fields;  ///< of the entries that have them, in entry order
  MacroTable macros;
  detail::StringTable by_key;  ///< lower-cased key -> entries index
};

/// The first pass over a file: every syntax problem is reported to `diagnostics`. A long file
/// is indexed in `threads` parts at once (cut where an entry starts a line), with the same
/// result and diagnostics, in the same order, as one pass. `strings`: macros of other files.
/// `valid_utf8`: the text is known to be valid UTF-8 (not checked again).
BibIndex index_bib(const SourceText& source, Diagnostics& diagnostics, unsigned threads = 1,
                   const BibStrings* strings = nullptr, bool valid_utf8 = false);

/// Entry `index` of the index, read again (its problems were reported by index_bib).
BibEntry read_indexed_entry(const SourceText& source, const BibIndex& index, std::size_t entry);
/// The same into `into`, whose strings keep their room: a reader of many entries reuses one.
void read_indexed_entry(const SourceText& source, const BibIndex& index, std::size_t entry, BibEntry& into);

}  // namespace citelib::bibtex

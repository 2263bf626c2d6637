#pragma once
// Writers for classic BibTeX (bibtex 0.99 with the standard .bst styles) and biblatex (biber
// back-end). Entry types and fields follow docs/bibtex.md (from the shared mapping note):
// what a dialect cannot express goes into `addendum`/`note` or, for citelib's own list data
// (back-links, raw text, short notes...), into a `% citelib:` comment line before the entry
// that every BibTeX tool skips and citelib's .bib reader restores. Nothing is dropped silently.

#include <citelib/diagnostic.hpp>
#include <citelib/model/reference.hpp>

#include <span>
#include <string>
#include <vector>

namespace citelib {

enum class BibDialect : std::uint8_t {
  bibtex,    ///< classic BibTeX: year/month, journal, address, LaTeX escapes
  biblatex,  ///< biblatex + biber: UTF-8, ISO/EDTF dates, journaltitle, location, langid
};

/// How entry keys are chosen.
enum class BibKeyPolicy : std::uint8_t {
  id_if_safe,  ///< the reference's citation-key, else its id, when that is a readable key (has a letter, only [A-Za-z0-9_:.-]); else generated
  generate,    ///< always generated (see make_citation_keys)
};

struct BibOptions {
  BibDialect dialect = BibDialect::biblatex;
  /// Classic BibTeX only: write accented Latin letters as accent commands ({\'e}, {\ss})
  /// and typographic punctuation as TeX ligatures, so that bibtex's byte-wise case and
  /// sort functions work. Scripts without a LaTeX form stay UTF-8 (with a diagnostic).
  bool ascii = false;
  /// Brace words whose capitals a style must not lower-case ({NASA}, {North Korea}).
  bool protect_case = true;
  /// Write citelib data that has no BibTeX field (back-links, raw text, list, short notes,
  /// CS1 messages, the original id) as a `% citelib: {json}` line before each entry. When
  /// false it is left out and one diagnostic says what was not written.
  bool keep_extras = true;
  BibKeyPolicy keys = BibKeyPolicy::id_if_safe;
};

/// Writes references as a .bib file. Problems (text kept as UTF-8 in classic BibTeX, fields
/// moved to note/addendum, data left out) are reported to `diagnostics`.
std::string write_bibtex(std::span<const Reference> refs, const BibOptions& options,
                         Diagnostics& diagnostics);

/// Citation keys for `refs`, one per reference, unique in the list ignoring case.
/// Generated keys are `<name><year><word>`: `name` is the family name of the first author
/// (first word of an organisation's name; without names, the first significant title word),
/// `year` the year of issue, `word` the first significant title word not already used; all
/// ASCII-folded with ICU (`Any-Latin; Latin-ASCII`, so Hangul and Cyrillic are
/// transliterated), lower-cased and reduced to [a-z0-9]. Without any of them the key is
/// `ref<n>`. A key already taken gets `a`, `b`, ... `z`, `aa`, ... appended.
std::vector<std::string> make_citation_keys(std::span<const Reference> refs,
                                            BibKeyPolicy policy = BibKeyPolicy::generate);

}  // namespace citelib

#pragma once
// Reader for .bib files (BibTeX and biblatex): @string macros, `#` concatenation, {} and ""
// values, comments, @preamble, @comment, crossref/xdata inheritance, TeX accents and
// commands decoded to Unicode, and the biblatex -> CSL mapping back into Reference.
// Errors carry line and column; the reader recovers at the next entry, so every intact
// entry of a damaged file is converted.

#include <citelib/diagnostic.hpp>
#include <citelib/model/reference.hpp>
#include <citelib/source.hpp>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace citelib {

/// One field as written in the file, after @string expansion and `#` concatenation; the
/// value keeps its TeX markup (braces, commands).
struct BibField {
  std::string name;   ///< lower-cased field name
  std::string value;  ///< TeX text, outer delimiters removed
  SourceSpan span;    ///< the `name = value` bytes
};

/// One entry (@article{key, ...}) before mapping to CSL.
struct BibEntry {
  std::string type;   ///< lower-cased entry type ("article")
  std::string key;
  std::vector<BibField> fields;
  SourceSpan span;
  std::string extras_json;  ///< the `% citelib: {...}` line written before it, if any

  /// The field named `name` (lower case), or nullptr.
  const BibField* field(std::string_view name) const noexcept;
};

/// A parsed .bib file.
struct BibDatabase {
  std::vector<BibEntry> entries;               ///< in file order, duplicates removed
  std::vector<std::string> preambles;          ///< @preamble contents
  std::vector<std::pair<std::string, std::string>> strings;  ///< @string macros, in order
};

/// @string macros defined in other files, read before a .bib file as if they preceded it: the
/// journal abbreviations LaTeX users keep apart (\bibliography{IEEEabrv,refs}). A file's own
/// @string of the same name overrides them from where it stands.
struct BibStrings {
  std::vector<std::pair<std::string, std::string>> macros;  ///< lower-cased name, TeX value, in order
  std::vector<std::string> files;                           ///< the files read, for messages

  /// Adds the @string definitions of `source` (its entries are not read as references; its
  /// syntax errors go to `diagnostics`); they may use the macros of the files added before.
  void add(const SourceText& source, Diagnostics& diagnostics);
};

/// Parses the .bib grammar. Invalid UTF-8 inside an entry drops that entry with a
/// diagnostic; syntax errors are reported with their position and parsing resumes at the
/// next entry.
/// `strings`: macros of other files (may be null).
BibDatabase parse_bib(const SourceText& source, Diagnostics& diagnostics, const BibStrings* strings = nullptr);

/// Parses and maps every entry to a Reference (crossref/xdata resolved first).
std::vector<Reference> read_bibtex(const SourceText& source, Diagnostics& diagnostics,
                                   const BibStrings* strings = nullptr);

/// TeX text of a field value to Unicode: accent commands ({\'e}, \v{c}), letter commands
/// (\ss, \o), escaped specials, ligatures (--, ~, ``), protective braces removed;
/// \emph/\textbf/\textsuperscript/\textsubscript become CSL's <i>/<b>/<sup>/<sub>.
std::string decode_latex(std::string_view tex);

}  // namespace citelib

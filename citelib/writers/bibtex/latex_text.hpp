#pragma once
// Text of a CSL value written as the value of a BibTeX field: LaTeX specials escaped so no
// input can break the file's structure (braces stay balanced, no raw backslash), optionally
// Latin letters as accent commands, capitals protected with braces, and CSL's rich-text
// tags (<i>, <b>, <sup>, <sub>, <span class="nocase">) as LaTeX commands.

#include <string>
#include <string_view>

namespace citelib::bibtex {

struct TextStyle {
  bool ascii = false;     ///< accent commands for Latin letters, ligatures for punctuation
  bool biblatex = true;   ///< \mkbibemph/\mkbibbold rather than \emph/\textbf
};

/// What escaping could not turn into ASCII (ascii mode): the first such text, for messages.
struct EscapeReport {
  std::string first_unmapped;  ///< a short excerpt around the first character kept as UTF-8
};

/// Appends `text` escaped for an ordinary (non-verbatim) field.
void append_escaped(std::string& out, std::string_view text, const TextStyle& style,
                    EscapeReport* report = nullptr);

/// Appends a title: escaped, with words whose capitals must survive a style's
/// lower-casing braced ({North Korea}), and rich-text tags converted.
void append_title(std::string& out, std::string_view text, const TextStyle& style,
                  bool protect_case, EscapeReport* report = nullptr);

/// Appends a verbatim field (url, doi): bytes kept, except that braces and whitespace are
/// percent-encoded, the only characters that could break the field.
void append_verbatim(std::string& out, std::string_view text);

}  // namespace citelib::bibtex

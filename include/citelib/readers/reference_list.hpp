#pragma once
// Reader for reference lists as people paste them from rendered articles (Wikipedia's
// "References" section first): numbered or not, with back-link carets, in plain text or a
// markdown export, in English and other language editions. See
// docs/cs1-rendered-grammar.md in the shared corpus for the grammar.

#include <citelib/diagnostic.hpp>
#include <citelib/model/reference.hpp>
#include <citelib/source.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace citelib {

/// Options for read_reference_list().
struct ReferenceListOptions {
  /// BCP-47 language of the edition the list comes from ("es"); empty = detect from the
  /// message strings ("Consultado el", "Abgerufen am", ...).
  std::string language;
  /// A list garbled as a whole (UTF-8 read as Latin-1 or Windows-1252 and saved again:
  /// "NÃ¸rsett") is always read from its repaired text. By default every value is then given
  /// back as the list prints it; with repair_encoding, values come out repaired ("Nørsett")
  /// while `raw`, spans and positions still refer to the printed text.
  bool repair_encoding = false;
};

/// Reads every reference of a list. Items come out in list order with `id` set to the number
/// as printed (or the 1-based position when the list has none), `raw` holding the item text
/// and `span` pointing into `source`. Nothing is lost: text that could not be understood
/// stays in `raw` (and, when it was not placed in any field, in `comment`) and is reported.
std::vector<Reference> read_reference_list(const SourceText& source,
                                           const ReferenceListOptions& options,
                                           Diagnostics& diagnostics);

/// Parses the text of a single reference (without number or caret).
Reference parse_reference(std::string_view text, const ReferenceListOptions& options,
                          Diagnostics& diagnostics);

}  // namespace citelib

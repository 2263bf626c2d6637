#pragma once
// Splits a pasted reference section into items: numbered ("  7. ^ a b c ..."), bulleted
// ("- ↑ ...", "* ..."), or one per line; continuation lines (indented lines of a numbered
// item, lines a text dump wrapped) are joined to their item. Section headings
// ("References[edit]", "## Referencias") start lists; a heading after items starts a second
// list (a bibliography under the notes). The back-link prefix ("^ a b c", "↑", "Jump up to:",
// markdown carets) is read here: its letters give the back-link count.

#include <citelib/diagnostic.hpp>
#include <citelib/source.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace citelib::list {

class Lexicon;
struct ReaderLanguage;

struct ListItem {
  std::string number;              ///< list number as printed; empty when the list has none
  std::optional<int> backlinks;    ///< letters after the caret; 1 for a bare caret; none without caret
  std::size_t list_index = 0;      ///< 0 for the first list, 1 for a second one, ...
  SourceSpan span;                 ///< the whole item, from its number or first character
  SourceSpan raw;                  ///< the item text after number, caret and letters
  bool markdown = false;           ///< the list is a markdown export
};

struct ListSplit {
  std::vector<ListItem> items;
  std::vector<std::string> list_names;  ///< heading of each list ("" when it has none)
};

/// The one edition whose tables name `heading` ("Примечания": ru), or null when none or
/// several do ("Notas": es and pt).
const ReaderLanguage* heading_edition(std::string_view heading);

/// Whether `heading` is a heading of some editions, none of them the one coded `code`
/// ("Notes": en and fr, no de); false for an unknown or empty heading.
bool heading_excludes_edition(std::string_view heading, std::string_view code);

/// Splits `source` into list items; reports numbering gaps and skipped error lines. A list
/// read from its repaired mojibake passes the text as printed and each repaired byte's
/// offset in it (RepairedText::origin), so that a dump's line widths are the printed ones.
ListSplit split_list(const SourceText& source, const Lexicon& lexicon, Diagnostics& diagnostics,
                     std::string_view printed = {}, const std::vector<std::uint32_t>* origin = nullptr);

/// Reads the back-link prefix of an item ("^ a b ", "**[^](#cite_ref-3)** ", "↑ ") that
/// starts at `pos`; returns the position after it (and after spaces) and sets `backlinks`
/// (unset when there is no caret).
std::size_t read_backlink_prefix(std::string_view text, std::size_t pos, std::size_t end, const Lexicon& lexicon,
                                 std::optional<int>& backlinks);

/// A run of back-link letters ("a b c", or numbers "1 2 3") as far as it was read.
struct BacklinkRun {
  bool digits = false;
  int count = 0;  ///< letters read so far
  // MediaWiki's own labels where a wiki defines none (or runs out of them): "3.0 3.1 3.2",
  // the reference's number, the decimal separator of the wiki's language ("3,0" in ru, de)
  // and the use counted from 0, padded to the width of the count ("3.00" … "3.11").
  std::string base;     ///< "3"; empty for letters and plain numbers
  char separator = 0;   ///< '.' or ','
  std::size_t width = 0;  ///< digits of the use number
};

/// As read_backlink_prefix(); `run` receives the letter run it read (count 0: none).
std::size_t read_backlink_prefix(std::string_view text, std::size_t pos, std::size_t end, const Lexicon& lexicon,
                                 std::optional<int>& backlinks, BacklinkRun& run);

/// Reads more letters of `run` from `pos` (a wrapped dump goes on with "ah ai aj" on the
/// next line); returns the position after them and their spaces, or `pos` when the next
/// letter is not there.
std::size_t read_more_backlink_letters(std::string_view text, std::size_t pos, std::size_t end, const Lexicon& lexicon,
                                       BacklinkRun& run);

}  // namespace citelib::list

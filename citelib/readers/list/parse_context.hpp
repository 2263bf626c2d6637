#pragma once
// State shared by the steps that parse one reference (reference_parser.cpp drives them):
// the item text, which of its bytes are already placed in a field, where the title is, and
// the facts the type rules need. Library-internal.

#include "readers/list/item_text.hpp"
#include "readers/list/lang/reader_language.hpp"
#include "readers/list/segments.hpp"

#include <citelib/diagnostic.hpp>
#include <citelib/model/reference.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace citelib::list {

class Lexicon;

enum class TitleKind : std::uint8_t { none, quoted, italic, link, plain };

struct ParseContext {
  const Lexicon& lex;
  const ItemText& item;
  std::string_view t;
  Reference& ref;
  std::vector<std::uint8_t>& used;
  std::vector<Segment>& segments;
  std::vector<std::uint8_t>& protect;   ///< bytes inside markdown italics: one element each

  // Where things are.
  std::size_t start = 0;                 ///< after a leading language code or comment
  std::size_t anchor = std::string_view::npos;  ///< start of a quoted/italic/linked title
  std::size_t anchor_end = 0;            ///< byte after it (closing quote, emphasis, link)
  std::size_t date_begin = std::string_view::npos, date_end = 0;  ///< "(DATE)" after the authors
  /// "(2009) [1859]": the original date in brackets right after that date (CS1 |orig-date=).
  std::size_t orig_begin = std::string_view::npos, orig_end = 0;
  /// cite encyclopedia "(2002). Poole, A. (ed.). \"Title\".": the editors between the date and
  /// a quoted title.
  std::size_t editors_begin = std::string_view::npos, editors_end = 0;
  std::size_t head_end = 0;              ///< end of the author region (or of the date after it)
  TitleKind title_kind = TitleKind::none;
  std::size_t title_begin = 0, title_end = 0;  ///< the title value
  std::size_t rest_begin = 0;            ///< first byte after the title and its tags
  int title_link = -1;                   ///< index of the markdown link on the title
  SepMode mode = SepMode::period;
  const ReaderLanguage* edition = nullptr;  ///< the edition whose wording the reference uses
  const ReaderLanguage* list_edition = nullptr;  ///< the edition the list's heading names
  bool list_without_dotted_days = false;  ///< the heading names only editions without the German day
  /// The list's earlier references print people in natural order (see natural_order()).
  bool list_natural_order = false;
  /// The authors were read as people in natural order before a comma-separated title
  /// ("Mario Rossi, Storia di Roma, …"): evidence for the list's later references.
  bool names_natural = false;

  // Facts for the type rules and for placing elements.
  bool date_paren = false;               ///< "(DATE)" after the authors
  bool cs1_shape = false;                ///< template punctuation seen (CS1/CS2)
  bool phrases = false;                  ///< message strings seen (Retrieved, Archived, ...)
  bool chapter = false;                  ///< "In/En/Em" editors before a book title
  bool container_marker = false;         ///< "in X" (free text) or "su X" (it)
  bool site_marker = false;              ///< it "su X"
  bool place = false;                    ///< a publisher place was found
  bool area_place = false;               ///< GOST "— М., 2006.": a place alone in the imprint area
  bool pages = false;                    ///< pages or a page locator
  bool journal_pages = false;            ///< "V (I): P" / "V: P" notation
  bool has_edition = false;
  bool type_label = false;               ///< an explicit type label set the type
  bool colon_author = false;             ///< de Literatur "Autor: Titel." read the authors
  bool apa_part = false;                 ///< APA "(2015, March 3). Title. Periodical." read the container
  bool publisher_runs = false;           ///< free text: consecutive plain elements form the publisher
  std::size_t first_late = std::string_view::npos;  ///< first used byte after the title
  /// "Translated by X." / "Interviewed by X.": credits that sit between the title and the
  /// container, so placed text after them is not yet late.
  std::size_t credit_begin = std::string_view::npos, credit_end = 0;

  /// Problems found while placing text, reported by the parser with their spans.
  struct Problem {
    DiagCode code;
    std::size_t begin, end;  ///< in `t`
  };
  std::vector<Problem> problems;

  /// Text a step read but had no free field for (a second publisher, a second ISBN): the
  /// parser reports it as unplaced text, so nothing is dropped silently.
  std::vector<std::pair<std::size_t, std::size_t>> unplaced;
  void keep_unplaced(std::string_view part) {
    if (part.empty() || part.data() < t.data() || part.data() + part.size() > t.data() + t.size()) return;
    unplaced.emplace_back(offset(part), offset(part) + part.size());
  }
  /// Sets a text variable that is still empty; a different value for a variable already set
  /// is kept as unplaced text (`written` is where it stands, when that is not `value` itself).
  bool put(Variable v, std::string_view value, std::string_view written = {}) {
    if (value.empty()) return false;
    if (!ref.has(v)) {
      ref.set(v, std::string(value));
      return true;
    }
    if (ref.get(v) != value) keep_unplaced(written.empty() ? value : written);
    return false;
  }
  /// Sets a date variable that is still empty; another date for it is kept as unplaced text.
  bool put_date(Variable v, const Date& d, std::string_view written) {
    if (!ref.has(v)) {
      ref.set_date(v, d);
      return true;
    }
    if (!(*ref.date(v) == d)) keep_unplaced(written);
    return false;
  }

  /// Marks t[b, e) as placed.
  void mark(std::size_t b, std::size_t e) {
    for (std::size_t i = b; i < e && i < used.size(); ++i) used[i] = 1;
  }
  std::string str(std::size_t b, std::size_t e) const { return std::string(t.substr(b, e - b)); }
  std::string_view view(std::size_t b, std::size_t e) const { return t.substr(b, e - b); }
  /// People are printed in natural order: the reference's edition says so (its wording, read
  /// by the markers, or the list's language) or the list's earlier references do.
  bool natural_order() const noexcept { return list_natural_order || (edition && edition->natural_order_names); }
  /// "22. November 2016" may be a date: not in a reference in English wording (en's CS1
  /// prints "22 November 2016"; there the period after 22 ends a volume).
  bool dotted_days() const noexcept {
    return !((edition && edition->code == "en") || (!edition && list_without_dotted_days));
  }
  std::size_t offset(std::string_view part) const { return static_cast<std::size_t>(part.data() - t.data()); }
  void mark(std::string_view part) { mark(offset(part), offset(part) + part.size()); }
};

/// Steps of parse_reference, in the order the parser runs them.
void find_title_anchor(ParseContext& c);
void scan_markers(ParseContext& c, std::size_t skip_begin, std::size_t skip_end);
void read_head(ParseContext& c);
/// A description in brackets and enumeration commas (ja "山田太郎『書名』技術評論社、2010年。"):
/// reads the whole reference and returns true, or leaves it to the CS1 steps and returns false.
bool read_bracketed_description(ParseContext& c);
void read_title_tags(ParseContext& c);
void place_elements(ParseContext& c);
void assign_links(ParseContext& c);
void decide_type(ParseContext& c);

}  // namespace citelib::list

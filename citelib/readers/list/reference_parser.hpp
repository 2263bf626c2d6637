#pragma once
// Parses the text of one list item into a Reference. The steps (parse_context.hpp) run in
// the order of the grammar's parsing cues: whole-item forms (leaked CSS, bare link labels,
// short notes), fixed-wording markers (messages, identifiers, URLs, CS1 errors), the head
// (authors, date, title and its tags), the remaining elements, links, the type. Whatever is
// left unplaced is reported with its source span.

#include "readers/list/item_text.hpp"
#include "readers/list/segments.hpp"

#include <citelib/diagnostic.hpp>
#include <citelib/model/reference.hpp>
#include <citelib/source.hpp>

#include <cstdint>
#include <string_view>
#include <string>
#include <vector>

namespace citelib::list {

class Lexicon;
struct ReaderLanguage;
struct ParseContext;

class ReferenceParser {
 public:
  /// `language`: the edition the list comes from ("es"), when known; empty to detect it per
  /// reference from its wording.
  explicit ReferenceParser(const Lexicon& lexicon, std::string_view language = {});

  /// Fills the fields of `ref` from `item` (id, raw and span are the caller's). Problems go
  /// to `diagnostics`, located in `source` when it is given.
  void parse(const ItemText& item, Reference& ref, Diagnostics& diagnostics, const SourceText* source,
             std::string_view ref_id);

  /// The edition the current list's heading names ("Примечания": ru), or null: the edition
  /// of references whose wording names none (the constructor's language comes first).
  void set_list_edition(const ReaderLanguage* edition) { list_edition_ = edition; }
  /// The list's heading names only editions that print no German day ("Notes": en, fr).
  void set_list_without_dotted_days(bool v) { list_without_dotted_days_ = v; }

  /// Whether the reference parsed last printed one plain element after its newspaper that is
  /// no place the list had printed before it ("\"Title\". The Guardian. London."): a place
  /// the list prints later (its bibliography's "London: Penguin") makes it one.
  bool place_candidate() const { return place_candidate_; }
  /// Moves the publisher of a reference `place_candidate()` flagged to its place when the
  /// list has printed that name as a place by now.
  void settle_place(Reference& ref) const;

 private:
  static constexpr std::size_t kMaxPlaces = 32;
  void place_after_newspaper(ParseContext& c);
  bool place_before_year(ParseContext& c);
  bool short_note_with_message(std::string_view t, Reference& ref) const;

  const Lexicon& lex_;
  const ReaderLanguage* edition_ = nullptr;
  const ReaderLanguage* list_edition_ = nullptr;
  bool list_without_dotted_days_ = false;
  // The list's earlier references with people in natural order before a comma-separated title,
  // and with people as "Family, Given": which the list prints decides "Mario Rossi, Luigi
  // Bianchi" (two people) against "García Márquez, Gabriel José" (one).
  std::size_t natural_seen_ = 0, inverted_seen_ = 0;
  // The list's short notes so far: after them a bare "Smith 2005." is one too.
  std::size_t short_notes_seen_ = 0;
  // Places the list printed in a place's slot ("London: Penguin", "The Guardian. London.
  // Associated Press."): the known places of this list, no gazetteer. Bounded, so a long list
  // allocates only for its first distinct places.
  std::vector<std::string> places_;
  bool place_candidate_ = false;
  std::vector<std::uint8_t> used_;     // reused between items
  std::vector<std::uint8_t> protect_;
  std::vector<Segment> segments_;
};

}  // namespace citelib::list

#pragma once
// Reference: one bibliographic item. CSL 1.0.2 variables are stored typed and keyed by the
// Variable enum (text and number variables as text, dates as Date, names as Name lists);
// what CSL has no variable for but the input carries (archive date, translated title,
// back-link count, the original text and where it came from) has fields of its own.

#include <citelib/model/date.hpp>
#include <citelib/model/item_type.hpp>
#include <citelib/model/name.hpp>
#include <citelib/model/variable.hpp>
#include <citelib/source.hpp>

#include <bitset>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace citelib {

/// Identifiers that CSL has no variable for (DOI, ISBN, ISSN, PMID, PMCID and URL are CSL
/// variables and live with the others).
enum class Identifier : std::uint8_t {
  OCLC, S2CID, CiteSeerX, Bibcode, arXiv, JSTOR, LCCN, hdl, ISMN, ASIN, OSTI, SSRN, ZBL, MR,
  OL, RFC, EISSN, SBN, medRxiv, biorxiv, ERIC, USENETID, JFM,
};
/// The label used for an identifier in CSL-JSON `custom` ("OCLC", "arXiv").
std::string_view to_string(Identifier id) noexcept;
std::optional<Identifier> parse_identifier(std::string_view label) noexcept;

/// A short note (sfn/Harvard) such as "Butcher 2003, p. 45".
struct ShortCite {
  std::string names;
  std::string year;
  std::string page;
  std::string locator;
  std::string prefix;
  std::string title;  ///< Chicago's short title: "Keegan, The Face of Battle, 45" (last: positional
                      ///< initialisers written before it keep their meaning)
  friend bool operator==(const ShortCite&, const ShortCite&) = default;
};

/// One bibliographic item.
class Reference {
 public:
  std::string id;                         ///< the number as printed ("7"), or a key
  ItemType type = ItemType::document;

  // ---- CSL variables ----------------------------------------------------------------------
  /// Text of a text or number variable; empty when absent.
  std::string_view get(Variable v) const noexcept;
  /// True when the variable has a value (of any kind).
  bool has(Variable v) const noexcept;
  /// Sets a text or number variable (an empty value removes it).
  void set(Variable v, std::string value);
  /// The same from a view: the text is copied into memory the reference kept when it was
  /// cleared, when it has some (see clear()).
  void assign(Variable v, std::string_view value);
  /// Removes a variable of any kind.
  void erase(Variable v);

  /// The date of a date variable, or nullptr.
  const Date* date(Variable v) const noexcept;
  void set_date(Variable v, Date d);

  /// The names of a name variable; empty when absent.
  std::span<const Name> names(Variable v) const noexcept;
  void set_names(Variable v, std::vector<Name> names);
  /// Sets the names of a name variable to those `fill(std::vector<Name>&)` puts in the empty
  /// list it is given (a list a cleared reference kept, when it has one: no allocation);
  /// none removes the variable.
  template <class Fill>
  void fill_names(Variable v, Fill&& fill) {
    std::vector<Name> list = spare_name_list();
    fill(list);
    set_names(v, std::move(list));
  }
  /// Appends one name to a name variable.
  void add_name(Variable v, Name n);

  /// Every set text/number variable, in the order they were set.
  const std::vector<std::pair<Variable, std::string>>& text_fields() const noexcept { return text_; }
  const std::vector<std::pair<Variable, Date>>& date_fields() const noexcept { return dates_; }
  const std::vector<std::pair<Variable, std::vector<Name>>>& name_fields() const noexcept { return names_; }

  // ---- beyond CSL (written under `custom` in CSL-JSON) -----------------------------------
  std::optional<Date> archive_date;       ///< "Archived from the original on DATE"
  std::string archive_url;
  std::string title_translated;           ///< CS1 trans-title, the "[...]" after the title
  std::string via;                        ///< "– via Google Books"
  std::string comment;                    ///< free text outside the citation proper
  std::string locator_text;               ///< a place in the work that is neither page nor section
  std::string list_name;                  ///< the list an entry belongs to ("References")
  std::optional<int> backlinks;           ///< back-link count; nullopt when the copy has no caret
  bool et_al = false;                     ///< the shown author list ends in "et al."
  bool no_citation = false;               ///< the item holds no citable content
  std::vector<std::string> cs1_messages;  ///< error/maintenance text copied with the reference
  std::vector<ShortCite> short_cites;
  std::vector<std::pair<Identifier, std::string>> identifiers;
  /// Fields of an input format that citelib has no slot for: key and value as JSON text.
  /// Writers emit them (CSL-JSON) or report them; they are never dropped silently.
  std::vector<std::pair<std::string, std::string>> extra;

  // ---- where it came from ---------------------------------------------------------------
  std::string raw;                        ///< the item text as printed (after number and caret)
  std::string source_name;                ///< file or stream name
  SourceSpan span;                        ///< bytes of the item in the source
  SourcePosition position;                ///< line/column of span.begin
  /// The wiki edition whose wording a printed reference uses ("en" for "Retrieved …" or
  /// "(in Spanish)", "es" for "Consultado el …"), or that its list's heading names; empty
  /// when neither says. The checks compare it with the language of the title.
  std::string edition;

  /// The value of an identifier, or empty.
  std::string_view identifier(Identifier id) const noexcept;
  void set_identifier(Identifier id, std::string value);

  /// Empties the reference, as a default-constructed one, but keeps the memory its strings and
  /// lists hold: reading the next reference into it then allocates little (a long input is
  /// read chunk by chunk into the references of an earlier chunk).
  void clear();

  friend bool operator==(const Reference&, const Reference&) = default;

 private:
  // Memory kept by clear() for the next reference read into this one: strings and name lists
  // emptied, not freed. Not part of the value (always equal).
  struct Spare {
    Spare() = default;
    // A copy of a reference is its value: it takes no spare memory along.
    Spare(const Spare&) noexcept {}
    Spare& operator=(const Spare&) noexcept { return *this; }
    Spare(Spare&&) noexcept = default;
    Spare& operator=(Spare&&) noexcept = default;
    ~Spare() = default;
    std::vector<std::string> texts;
    std::vector<std::vector<Name>> name_lists;
    friend bool operator==(const Spare&, const Spare&) noexcept { return true; }
  };
  std::vector<Name> spare_name_list() noexcept;
  // The string of text variable `v`, added (from the spare memory, when it has some) if absent.
  std::string* text_slot(Variable v);
  void mark(Variable v, bool present) noexcept { present_.set(static_cast<std::size_t>(v), present); }

  std::vector<std::pair<Variable, std::string>> text_;
  std::vector<std::pair<Variable, Date>> dates_;
  std::vector<std::pair<Variable, std::vector<Name>>> names_;
  std::bitset<variable_count> present_;  // the variables set, of any kind: most lookups are of absent ones
  Spare spare_;
};

}  // namespace citelib

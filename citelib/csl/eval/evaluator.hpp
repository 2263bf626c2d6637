#pragma once
// Evaluation of a layout for one reference into IR text (csl/output/markup.hpp). The
// evaluator is cheap to construct: per-render state is a few counters and flags. What the
// whole document decides (disambiguation state, year suffix, citation number, position) is
// passed in, so the document-level passes can re-render a cite with other settings.

#include <citelib/csl/locale.hpp>
#include <citelib/csl/style.hpp>
#include <citelib/model/citation.hpp>
#include <citelib/model/reference.hpp>

#include "csl/output/markup.hpp"

#include <bitset>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace citelib::csl {

/// Separates the fields of a sort key (name parts, names): each is collated on its own.
inline constexpr char kSortFieldSeparator = '\x1F';

/// citeproc-js's nested braces in note styles (checkNestedBrace; the specification is silent):
/// one counter per citation runs over the affixes in the order they are rendered, and a "("
/// at odd depth prints "[", a ")" at even depth "]" ("(Doe [emphasis added])"). Counted are
/// the layout's and the cites' affixes and those of the elements that open an output level
/// in citeproc-js (groups, macro calls, dates, number variables), also when they print
/// nothing or do not balance.
struct NestedBraces {
  int depth = 0;
  void flip(std::string& s);
  std::string flipped(std::string_view s) {
    std::string out(s);
    flip(out);
    return out;
  }
};

/// What disambiguation decided for one reference.
struct ItemState {
  int extra_names = 0;                  ///< disambiguate-add-names: names shown beyond et-al-use-first
  std::vector<std::uint8_t> given_level;  ///< per name of the first names variable: 0 style, 1 initials, 2 full
  /// Global name disambiguation: per name of each later list of the first cs:names.
  std::vector<std::vector<std::uint8_t>> more_given_level;
  bool disambiguate = false;            ///< the `disambiguate` condition is true
  int year_suffix = -1;                 ///< 0 = "a"; -1 none
  int citation_number = 0;
  bool given_all_names = false;         ///< givenname rule all-names: expand every ambiguous name
};

/// The first name list a render showed, as the style rendered it (global name
/// disambiguation compares names in the form each cite actually shows them).
struct ShownList {
  std::span<const Name> names;  ///< the list; the first `shown` names were rendered
  std::size_t shown = 0;
  NameForm form = NameForm::long_;
  bool initials = false;  ///< initialize-with set and initialize true
  std::size_t shown_most = 0;  ///< names some position's form renders (et-al-subsequent-* aside)
};
struct ShownNames : ShownList {
  std::vector<ShownList> more;  ///< the lists after the first of the same cs:names ("author editor")
};

/// The cite-specific inputs of a citation render.
struct CiteInfo {
  const CitationItem* item = nullptr;
  Position position = Position::first;
  bool near_note = false;
  int first_reference_note_number = 0;
  /// The label term a locator opened with ("fig. 3") when the cite gives another label than
  /// "page": conditions and a cs:label of contextual plural take it, a cs:label always or
  /// never plural prints the cite's.
  std::string_view inner_label;
};

/// Flags that change how a render behaves.
struct RenderMode {
  bool bibliography = false;
  bool sort_key = false;          ///< rendering a sort macro: names in sort order, sortable dates
  bool disambiguation = false;    ///< rendering the text that the ambiguity test compares
  bool suppress_first_names = false;  ///< suppress-author / collapsing
  bool drop_first_year = false;  ///< year-suffix collapsing: the first year prints only its year suffix
  bool only_first_names = false;  ///< author-only
  /// A note citation's cite that starts a sentence: a term that opens its output is
  /// capitalized where it is rendered, behind the affixes around it ("in Inp.").
  bool capitalize_opening_term = false;
  std::optional<int> sort_names_min, sort_names_use_first;
  std::optional<bool> sort_names_use_last;
  const std::string* author_substitute = nullptr;  ///< subsequent-author-substitute text
  /// With author_substitute: how many leading names of the first list it replaces one by
  /// one (the -each and partial-first rules); 0 replaces the whole list (complete-all).
  std::size_t author_substitute_names = 0;
};

class Evaluator {
 public:
  Evaluator(const Style& style, const Locale& locale, const Layout& layout, const Reference& ref,
            const ItemState& state, const CiteInfo* cite, RenderMode mode, bool punct_in_quote,
            bool guess_title_language = false);

  /// Renders the layout's children (without layout affixes) to IR.
  std::string render_layout();
  /// Renders a sort macro's elements as its call prints them (empty when the variables it
  /// calls are all empty).
  std::string render_elements(const Elements& els);

  /// True when the render produced a names element (for author-only / collapsing).
  bool rendered_first_names() const noexcept { return first_names_done_; }
  const std::string& first_names_ir() const noexcept { return first_names_ir_; }
  /// The names the first names element shows, without et-al terms and labels, each ending in
  /// \x1F and each list in \x1E (subsequent-author-substitute compares them).
  const std::string& first_names_key() const noexcept { return first_names_key_; }
  /// The first name list rendered (empty `names` when none).
  const ShownNames& shown_names() const noexcept { return shown_names_; }
  /// Whether the year-suffix variable was rendered explicitly.
  bool year_suffix_rendered() const noexcept { return year_suffix_rendered_; }

  // Shared by the element families.
  std::string render(const Element& e);
  std::string render_children(const Elements& els, std::string_view delimiter);
  /// What `out` ends in, for the punctuation rules of what is appended next: an element's
  /// text, its own suffix, a cs:text's own formatting or quotes (with its suffix, if any), or
  /// a group's or macro call's own font formatting (without or with its suffix after it).
  enum class JoinAfter : std::uint8_t { text, suffix, decorated_text, decorated_block, decorated_block_suffix };
  /// Appends the output of `els` to `out`, `delimiter` between non-empty pieces (`first`:
  /// nothing was appended yet; `after`: what `out` ends in); a cs:choose contributes its
  /// matching branch's children.
  void append_delimited(std::string& out, bool& first, JoinAfter& after, const Elements& els,
                        std::string_view delimiter);
  std::string render_text(const Element& e, const TextEl& t);
  std::string render_number(const Element& e, const NumberEl& n);
  std::string render_label(const LabelEl& l, const Formatting& fmt, std::string_view value, Variable var);
  std::string render_names(const Element& e, const NamesEl& n);
  std::string render_date(const Element& e, const DateEl& d);
  std::string render_literal_date(std::string_view literal, const std::vector<DatePart>& parts, const Formatting& fmt);
  bool evaluate(const Branch& b);
  /// The note-style brace counter for an element that opens an output level: brace_enter
  /// passes its prefix through the counter before its content renders, brace_leave its suffix
  /// after, and returns the formatting to finish it with (a changed copy in brace_fmts_, or
  /// `f`). Without a counter they cost a test.
  std::size_t brace_enter(const Formatting& f) { return braces ? brace_enter_counted(f) : 0; }
  const Formatting& brace_leave(const Formatting& f, std::size_t slot) {
    return braces ? brace_leave_counted(f, slot) : f;
  }
  std::size_t brace_enter_counted(const Formatting& f);
  const Formatting& brace_leave_counted(const Formatting& f, std::size_t slot);
  /// Applies text-case, strip-periods, quotes, fonts, affixes and display of `fmt` to `s`.
  void finish(std::string& s, const Formatting& fmt);
  /// finish() without affixes and display: strip-periods, text-case, quotes and fonts.
  void format_part(std::string& s, const Formatting& fmt);
  /// strip-periods on a macro call applies to the text its elements print, not to their
  /// affixes (citeproc-js): leaves call this on their own text before finish().
  void strip_inherited_periods(std::string& s) const;
  /// The locator type of the cite ("page" when it gives none).
  std::string_view locator_label() const {
    return cite && cite->item && !cite->item->label.empty() ? std::string_view(cite->item->label) : "page";
  }
  /// The value of a text/number variable (citation-specific ones included).
  std::string_view variable_text(Variable v, bool short_form = false);
  /// variable_text() whether or not cs:substitute suppressed the variable (for conditions).
  std::string_view variable_value(Variable v, bool short_form = false);
  bool is_english() const;
  /// Whether text case follows Turkish/Azerbaijani rules for i (item language, else locale).
  bool turkic_case() const;
  /// For an item without a language: whether its title or container title reads as another
  /// language than English (see ir::looks_non_english); computed once per render.
  bool item_looks_non_english();

  const Style& style;
  const Locale& locale;
  const Layout& layout;
  const Reference& ref;
  const ItemState& state;
  const CiteInfo* cite;
  RenderMode mode;
  bool punct_in_quote;
  bool guess_title_language;

  // Group suppression: variables asked for / variables that rendered something.
  int vars_called = 0;
  int vars_rendered = 0;
  std::bitset<variable_count> suppressed;  ///< substituted variables
  std::bitset<variable_count> touched;     ///< variables that rendered something
  bool first_names_done_ = false;
  std::string first_names_ir_;
  std::string first_names_key_;
  ShownNames shown_names_;
  bool year_suffix_rendered_ = false;
  bool locator_rendered_ = false;  ///< a cite prints its locator once (citeproc-js)
  bool text_variable_evaluated = false;  ///< a cs:text of a variable other than the locator ran
  std::optional<TermForm> locator_label_form_;  ///< the form a rendered cs:label of the locator sets
  bool in_substitute = false;
  bool output_started = false;
  bool names_before = false;  ///< a cs:names element was evaluated (a term after it is not capitalized)
  bool starts_with_term = false;  ///< the first visible output came from a term ("ibid.")
  std::string opening_term;       ///< that term's text, before its formatting
  bool strip_periods_inherited = false;  ///< inside a macro called with strip-periods
  bool periods_in_words_ = false;  ///< finishing a field's text: strip-periods keeps "x.com"
  bool keeps_periods_ = false;  ///< finishing a URL or DOI: strip-periods leaves it whole
  bool in_macro_finish = false;          ///< finishing a macro call: its strip-periods is inherited
  /// Finishing a cs:text whose own formatting or quotes close its text (see
  /// closes_own_decoration): its suffix meets that text's punctuation only when identical.
  bool decorated_text_finish_ = false;
  bool last_text_decorated_ = false;  ///< the last cs:text rendered was such a text
  /// Set while a cs:substitute child renders under subsequent-author-substitute: the first
  /// variable a cs:text prints is replaced by this text, inside the element's formatting.
  const std::string* sas_value_ = nullptr;
  bool quoted_punct_moved_ = false;  ///< format_part moved a mark out of the closing quote
  bool undecorated_ = false;  ///< rendering an author-only cite's cs:text substitute
  int substitute_depth_ = 0;       ///< cs:substitute elements being evaluated, nested
  int substitute_names_seen_ = 0;  ///< cs:names elements evaluated inside cs:substitute
  bool term_case_ = false;  ///< finishing a term, label or cs:text value: title case applies in any language (citeproc-js)
  /// Clears the output of a suppressed group or macro; when nothing had been output before
  /// it (`started_before` false), its terms no longer count as the first output.
  void forget_output(std::string& out, bool started_before);
  bool implicit_year_suffix = false;  ///< append the year-suffix to the first issued year
  bool pending_year_suffix = false;
  bool year_suffix_done = false;
  bool first_year_dropped = false;  ///< drop_first_year has dropped a year
  std::string year_suffix_text();
  /// Appends year suffix number `n` as letters (0 "a", 25 "z", 26 "aa").
  static void append_year_suffix(std::string& out, int n);
  const NamesEl* substitute_parent = nullptr;
  NestedBraces* braces = nullptr;  ///< the citation's brace counter (final note-style render only)
  std::vector<Formatting> brace_fmts_;  ///< formattings whose affixes the counter changed (by slot)
  std::string locator_text_;  ///< the locator with its inner labels rewritten
  int depth = 0;
  std::string scratch_;
  std::string title_buffer_;  ///< the title with its translation in brackets
  std::optional<bool> item_non_english_;

};

/// True when `s` is numeric in the CSL sense ("12", "12-15", "2, 4", "L2", "2nd").
bool is_numeric_value(std::string_view s);
/// The `is-numeric` test: is_numeric_value(), where lowercase Roman numerals of i, v and x also
/// count as numbers ("iv", "xii-xv", "iv, 3"), as citeproc-js reads a locator or volume.
bool tests_numeric(std::string_view s);
/// A hyphenated range or list whose numbers are each digits alone or Roman letters alone
/// ("iv-vi", "XL-L", "ii-3"): a number variable's range that takes the range delimiter.
bool roman_range_value(std::string_view s);
/// The number variables whose hyphenated ranges take the locale's page-range-delimiter.
bool ranges_take_delimiter(Variable v);
/// Whether a number variable's value names more than one item ("1-3", "1, 3", "1 & 3").
bool is_plural_value(std::string_view s, std::string_view and_term = "and");
/// Number of a leading integer (for ordinals and sort keys); nullopt when none.
std::optional<long> leading_number(std::string_view s);
/// Replaces hyphens between numbers, with or without spaces around them, by the range
/// delimiter ("1-7", "1 - 7" -> "1–7"); with `en_dash_too` en dashes as well (pages:
/// "513– 533" -> "513–533").
std::string en_dash_ranges(std::string_view s, std::string_view delimiter, bool en_dash_too = false);
/// Drops the backslash of escaped hyphens ("327\\-30" -> "327-30": not a range).
void unescape_hyphens(std::string& s);
/// Replaces the "&" joining the parts of a number variable ("213 & 235") by the locale's
/// symbol form of "and" when it defines one of its own (citeproc-js).
void localize_ampersand(std::string& s, const Locale& locale);
/// The trigraph `citation-label` of a reference without one ("RoNo78"), without year suffix.
std::string generated_citation_label(const Reference& ref);
/// The locator type a label abbreviation of citeproc-js stands for ("fol" -> "folio", "pp"
/// -> "page"); empty when it is none.
std::string_view locator_label_term(std::string_view abbreviation);
/// The label abbreviations inside a locator after its first part ("12, fol. 186") in the form
/// `form` ("12, folio 186" for the long form of the locator's label), plural by the number
/// after them ("fol. 3-5" -> "fols. 3-5"), as citeproc-js prints them; a part with the
/// locator's own label `own_label` loses it ("12, p. 333" -> "12, 333" for a page locator).
std::string expand_locator_labels(std::string_view locator, const Locale& locale, TermForm form,
                                  std::string_view own_label);
/// Roman numeral, lowercase.
std::string to_roman(long n);

}  // namespace citelib::csl

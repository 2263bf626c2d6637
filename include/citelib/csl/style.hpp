#pragma once
// The typed CSL 1.0.2 style tree (specification, "Style Structure" and "Rendering Elements").
// Parsing produces this tree and nothing evaluates inside it: the engine walks it. Macros are
// resolved at parse time (a `text macro=` node points at the macro's element list), so the
// engine never looks a macro up by name.

#include <citelib/diagnostic.hpp>
#include <citelib/model/page_range.hpp>
#include <citelib/model/variable.hpp>
#include <citelib/result.hpp>
#include <citelib/source.hpp>

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace citelib::csl {

enum class FontStyle : std::uint8_t { unset, normal, italic, oblique };
enum class FontVariant : std::uint8_t { unset, normal, small_caps };
enum class FontWeight : std::uint8_t { unset, normal, bold, light };
enum class TextDecoration : std::uint8_t { unset, none, underline };
enum class VerticalAlign : std::uint8_t { unset, baseline, sup, sub };
enum class Display : std::uint8_t { none, block, left_margin, right_inline, indent };
enum class TextCase : std::uint8_t { none, lowercase, uppercase, capitalize_first, capitalize_all, sentence, title };

/// Formatting, affixes, display, quotes, strip-periods and text-case of one element
/// (specification, "Formatting", "Affixes", "Display", "Quotes", "Strip-periods", "Text-case").
struct Formatting {
  std::string prefix;
  std::string suffix;
  FontStyle font_style = FontStyle::unset;
  FontVariant font_variant = FontVariant::unset;
  FontWeight font_weight = FontWeight::unset;
  TextDecoration text_decoration = TextDecoration::unset;
  VerticalAlign vertical_align = VerticalAlign::unset;
  Display display = Display::none;
  TextCase text_case = TextCase::none;
  bool quotes = false;
  bool strip_periods = false;

  bool has_font() const noexcept {
    return font_style != FontStyle::unset || font_variant != FontVariant::unset ||
           font_weight != FontWeight::unset || text_decoration != TextDecoration::unset ||
           vertical_align != VerticalAlign::unset;
  }
};

enum class TermForm : std::uint8_t { long_, short_, verb, verb_short, symbol };

struct Element;
using Elements = std::vector<Element>;

/// `cs:text` (specification, "Text").
struct TextEl {
  enum class Source : std::uint8_t { variable, macro, term, value } source = Source::value;
  Variable variable{};
  bool short_form = false;          ///< form="short" on a variable
  const Elements* macro = nullptr;  ///< resolved macro body
  std::string macro_name;
  std::string term;                 ///< term name, or the literal value
  TermForm term_form = TermForm::long_;
  bool plural = false;
};

enum class NumberForm : std::uint8_t { numeric, ordinal, long_ordinal, roman };
/// `cs:number`.
struct NumberEl {
  Variable variable{};
  NumberForm form = NumberForm::numeric;
};

enum class Plural : std::uint8_t { contextual, always, never };
/// `cs:label` (inside `cs:names` its variable is the names' variable).
struct LabelEl {
  Variable variable{};
  TermForm form = TermForm::long_;
  bool form_set = false;  ///< the style sets `form` (the labels inside a locator follow it)
  Plural plural = Plural::contextual;
  Formatting fmt;
  bool present = false;
  bool after_name = false;  ///< inside cs:names: placed after cs:name
};

enum class NameForm : std::uint8_t { long_, short_, count };
enum class NameAsSortOrder : std::uint8_t { none, first, all };
enum class DelimiterPrecedes : std::uint8_t { contextual, after_inverted_name, always, never };
enum class AndStyle : std::uint8_t { none, text, symbol };

/// Name options, each optional so that inherited values (style, citation, bibliography,
/// specification "Inheritable Name Options") can be merged in at compile time.
struct NameOptions {
  std::optional<AndStyle> and_;
  std::optional<std::string> delimiter;
  std::optional<DelimiterPrecedes> delimiter_precedes_et_al;
  std::optional<DelimiterPrecedes> delimiter_precedes_last;
  std::optional<int> et_al_min, et_al_use_first, et_al_subsequent_min, et_al_subsequent_use_first;
  std::optional<bool> et_al_use_last;
  std::optional<NameForm> form;
  std::optional<bool> initialize;
  std::optional<std::string> initialize_with;
  std::optional<NameAsSortOrder> name_as_sort_order;
  std::optional<std::string> sort_separator;

  /// Fills every unset option from `parent`.
  void inherit(const NameOptions& parent);
};

/// `cs:name-part`.
struct NamePartFmt {
  Formatting fmt;
  bool present = false;
};

/// `cs:names` with its `cs:name`, `cs:et-al`, `cs:label` and `cs:substitute` children.
struct NamesEl {
  std::vector<Variable> variables;
  std::optional<std::string> delimiter;  ///< names delimiter (between variables)
  NameOptions name;                      ///< merged with inherited options when compiled
  Formatting name_fmt;                   ///< formatting of cs:name
  NamePartFmt given_fmt, family_fmt;
  bool has_name = false;
  bool has_et_al = false;
  std::string et_al_term = "et-al";
  Formatting et_al_fmt;
  LabelEl label;
  std::optional<Elements> substitute;
};

enum class DatePartName : std::uint8_t { year, month, day };
enum class DatePartForm : std::uint8_t { default_, numeric, numeric_leading_zeros, ordinal, long_, short_ };
/// `cs:date-part`.
struct DatePart {
  DatePartName name = DatePartName::year;
  DatePartForm form = DatePartForm::default_;
  std::optional<std::string> range_delimiter;
  Formatting fmt;
};
enum class DateForm : std::uint8_t { none, text, numeric };
enum class DatePartsAttr : std::uint8_t { year_month_day, year_month, year };
/// `cs:date`: a localized date (form set) or a style-defined one.
struct DateEl {
  Variable variable{};
  DateForm form = DateForm::none;
  DatePartsAttr parts = DatePartsAttr::year_month_day;
  std::optional<std::string> delimiter;
  std::vector<DatePart> date_parts;
};

/// `cs:group`.
struct GroupEl {
  std::string delimiter;
  Elements children;
};

enum class CondKind : std::uint8_t { type, variable, is_numeric, is_uncertain_date, locator, position, disambiguate };
enum class Match : std::uint8_t { all, any, none };
/// One condition attribute of `cs:if`/`cs:else-if`; `values` are its space-separated tokens.
struct Condition {
  CondKind kind{};
  std::vector<std::string> values;
  std::vector<int> codes;  ///< pre-resolved enum values (variables, types, positions)
};
struct Branch {
  std::vector<Condition> conditions;  ///< empty for cs:else
  Match match = Match::all;
  Elements children;
};
/// `cs:choose`.
struct ChooseEl {
  std::vector<Branch> branches;
};

/// One rendering element with its formatting.
struct Element {
  enum class Kind : std::uint8_t { text, number, label, names, date, group, choose } kind = Kind::text;
  Formatting fmt;
  std::string delimiter_unused;
  std::size_t offset = 0;  ///< byte offset in the style source (for diagnostics)
  std::unique_ptr<TextEl> text;
  std::unique_ptr<NumberEl> number;
  std::unique_ptr<LabelEl> label;
  std::unique_ptr<NamesEl> names;
  std::unique_ptr<DateEl> date;
  std::unique_ptr<GroupEl> group;
  std::unique_ptr<ChooseEl> choose;
};

/// `cs:key` of `cs:sort`.
struct SortKey {
  std::optional<Variable> variable;
  const Elements* macro = nullptr;
  bool descending = false;
  std::optional<int> names_min, names_use_first;
  std::optional<bool> names_use_last;
};

/// `cs:layout` with its parent's sort and options.
struct Layout {
  Formatting fmt;
  std::string delimiter;
  Elements children;
  std::vector<SortKey> sort;
  NameOptions name_options;
  std::optional<std::string> names_delimiter;
  bool present = false;
};

/// `cs:date` of a locale: a localized date format.
struct LocaleDateFormat {
  std::vector<DatePart> parts;
  std::string delimiter;
  bool present = false;
};

/// One term of a locale (specification, "Terms"), single and plural forms.
struct Term {
  std::string single;
  std::string multiple;
  bool has_multiple = false;
  std::string gender;       ///< gender of a noun term ("masculine", "feminine")
  std::string gender_form;  ///< for ordinals: the gender they agree with
  std::string match;        ///< ordinal match: "last-digit", "last-two-digits", "whole-number"
};

/// The contents of a locale file or of a style's `cs:locale` override.
struct LocaleData {
  std::string lang;  ///< xml:lang ("" for a style override without one)
  std::map<std::string, Term> terms;  ///< key: name + '\x1f' + form + '\x1f' + gender-form
  LocaleDateFormat date_text, date_numeric;
  std::optional<bool> punctuation_in_quote;
  std::optional<bool> limit_day_ordinals_to_day_1;
  bool defines_ordinals = false;
};

enum class StyleClass : std::uint8_t { in_text, note };
enum class GivennameRule : std::uint8_t { all_names, all_names_with_initials, primary_name, primary_name_with_initials, by_cite };
enum class Collapse : std::uint8_t { none, citation_number, year, year_suffix, year_suffix_ranged };
enum class DemoteParticle : std::uint8_t { never, sort_only, display_and_sort };
enum class SubsequentAuthorRule : std::uint8_t { complete_all, complete_each, partial_each, partial_first };

/// A parsed, compiled style.
struct Style {
  std::string id, title, source_name;
  std::string parent_link;  ///< dependent style: the independent-parent link
  StyleClass style_class = StyleClass::in_text;
  std::string default_locale;
  DemoteParticle demote_non_dropping_particle = DemoteParticle::display_and_sort;
  bool initialize_with_hyphen = true;
  PageRangeFormat page_range_format = PageRangeFormat::none;
  std::vector<LocaleData> locales;  ///< style locale overrides in document order

  Layout citation, bibliography;
  // citation options
  bool disambiguate_add_names = false, disambiguate_add_givenname = false, disambiguate_add_year_suffix = false;
  GivennameRule givenname_rule = GivennameRule::by_cite;
  Collapse collapse = Collapse::none;
  std::optional<std::string> cite_group_delimiter, year_suffix_delimiter, after_collapse_delimiter;
  int near_note_distance = 5;
  // bibliography options
  bool hanging_indent = false;
  Display second_field_align = Display::none;
  bool second_field_align_flush = false;
  int line_spacing = 1, entry_spacing = 1;
  std::optional<std::string> subsequent_author_substitute;
  SubsequentAuthorRule subsequent_author_rule = SubsequentAuthorRule::complete_all;

  /// Macro bodies by name (kept alive here; elements point into them).
  std::map<std::string, std::unique_ptr<Elements>> macros;
};

/// Parses a style from XML text. Problems (malformed XML, unknown elements or attributes,
/// missing or recursive macros) are reported with line and column in `source`; an error
/// result means the style cannot be used. Dependent styles parse to a Style whose
/// `parent_link` is set and whose layouts are empty: use load_style() to resolve them.
Result<std::shared_ptr<const Style>> parse_style(const SourceText& source, Diagnostics& diagnostics);

/// Finds a style by name ("apa") or path on the style search path, resolves a dependent
/// style to its parent, and parses it.
Result<std::shared_ptr<const Style>> load_style(std::string_view name_or_path, Diagnostics& diagnostics);

}  // namespace citelib::csl

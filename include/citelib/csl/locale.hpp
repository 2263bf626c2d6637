#pragma once
// CSL locales (specification, "Locale Files" and "Locale Fallback"): terms, localized dates
// and locale options, merged once per engine from the fallback chain
//   style cs:locale (exact, then language, then unlabelled) > locale file (exact) >
//   locale file (primary dialect of the language) > en-US,
// so that evaluation does one lookup per term.

#include <citelib/csl/style.hpp>

#include <array>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace citelib::csl {

/// A resolved locale for one language.
class Locale {
 public:
  Locale() = default;
  // Not copyable: the index by name points into the term table.
  Locale(const Locale&) = delete;
  Locale& operator=(const Locale&) = delete;

  /// Builds the locale for `lang` ("de-DE"; empty = the style's default-locale or en-US)
  /// from the style's overrides and the locale files on the locale search path. A missing
  /// locale file is a warning; with no locale files at all the built-in en-US is used.
  static std::shared_ptr<const Locale> resolve(const Style& style, std::string_view lang, Diagnostics& diags);

  /// The term `name` in `form` (falling back verb-short > verb > long, symbol > short > long),
  /// or nullptr. `gender_form` selects gendered ordinals.
  const Term* term(std::string_view name, TermForm form = TermForm::long_) const;
  /// The text of a term, singular or plural; empty when undefined.
  std::string_view term_text(std::string_view name, TermForm form = TermForm::long_, bool plural = false) const;
  /// Ordinal suffix of `n` (specification, "Ordinal Suffixes"), agreeing with `gender`.
  std::string ordinal_suffix(long n, std::string_view gender) const;
  /// Long ordinal ("first") or the ordinal when none is defined.
  std::string long_ordinal(long n, std::string_view gender) const;

  const LocaleDateFormat& date_format(DateForm f) const { return f == DateForm::numeric ? date_numeric_ : date_text_; }
  bool punctuation_in_quote() const noexcept { return punctuation_in_quote_; }
  bool limit_day_ordinals_to_day_1() const noexcept { return limit_day_ordinals_; }
  const std::string& lang() const noexcept { return lang_; }

 private:
  void overlay(const LocaleData& d);
  void index_terms();
  const Term* find(std::string_view name, TermForm form, std::string_view gender_form) const;

  // Lookups by string_view (no key string built per lookup).
  struct KeyHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view k) const noexcept { return std::hash<std::string_view>{}(k); }
  };
  std::string lang_;
  std::unordered_map<std::string, Term, KeyHash, std::equal_to<>> terms_;
  // The ungendered terms by name, one slot per form (TermForm order): a lookup with its form
  // fallbacks hashes the name once instead of building and hashing a key per form tried.
  std::unordered_map<std::string, std::array<const Term*, 5>, KeyHash, std::equal_to<>> by_name_;
  LocaleDateFormat date_text_, date_numeric_;
  bool punctuation_in_quote_ = false;
  bool limit_day_ordinals_ = false;
};

/// Directories searched for styles: $CITELIB_STYLE_PATH (':'-separated), ./styles, the
/// project's styles/ and installed styles, then Debian's citation-style-language styles
/// (and their dependent/ folder).
std::vector<std::filesystem::path> style_search_path();
/// Directories searched for locale files: $CITELIB_LOCALE_PATH, then Debian's locales.
std::vector<std::filesystem::path> locale_search_path();
/// A style file for `name_or_path`: an existing path as is, else NAME.csl on the search path.
std::optional<std::filesystem::path> find_style(std::string_view name_or_path);
/// The locale file `locales-LANG.xml` on the search path.
std::optional<std::filesystem::path> find_locale_file(std::string_view lang);

}  // namespace citelib::csl

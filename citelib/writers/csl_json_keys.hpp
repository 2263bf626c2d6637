#pragma once
// Key names shared by the CSL-JSON writer and reader: the `custom` keys for what CSL lacks
// (documented in the README and in the corpus README), and the CSL variables the official
// schema does not list (they are written under `custom` so the output stays valid).

#include <citelib/model/variable.hpp>

#include <string_view>

namespace citelib::detail {

namespace custom_key {
inline constexpr std::string_view archive_date = "archive-date";
inline constexpr std::string_view archive_url = "archive-url";
inline constexpr std::string_view title_translated = "title-translated";
inline constexpr std::string_view via = "via";
inline constexpr std::string_view comment = "comment";
inline constexpr std::string_view locator = "locator";
inline constexpr std::string_view list = "list";
inline constexpr std::string_view backlinks = "backlinks";
inline constexpr std::string_view et_al = "et-al";
inline constexpr std::string_view no_citation = "no-citation";
inline constexpr std::string_view cs1_messages = "cs1-messages";
inline constexpr std::string_view short_cites = "short-cites";
inline constexpr std::string_view raw = "raw";
inline constexpr std::string_view source = "source";      // {"name", "line", "column", "offset", "length"}
// Only in the `% citelib:` line of .bib output: {"issued": "Christmas 2015"}, the printed form
// of each date that also has parts (BibTeX dates hold only the parts).
inline constexpr std::string_view date_text = "date-text";
}  // namespace custom_key

/// True for CSL 1.0.2 variables that csl-data.json (the official schema) has no property
/// for; they are written under `custom` with their CSL name.
constexpr bool variable_outside_schema(Variable v) noexcept {
  return v == Variable::editor_translator || v == Variable::license ||
         v == Variable::part_number || v == Variable::printing_number ||
         v == Variable::supplement_number;
}

}  // namespace citelib::detail

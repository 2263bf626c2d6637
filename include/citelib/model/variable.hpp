#pragma once
// CSL 1.0.2 variables (specification, Appendix IV - Variables), one enum for all of them,
// with the kind that decides how a variable is stored and rendered.

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace citelib {

enum class Variable : std::uint8_t {
  // standard (text) variables
  abstract, annote, archive, archive_collection, archive_location, archive_place, authority,
  call_number, citation_key, citation_label, collection_title, container_title,
  container_title_short, dimensions, division, DOI, event, event_title, event_place, genre,
  ISBN, ISSN, jurisdiction, keyword, language, license, medium, note, original_publisher,
  original_publisher_place, original_title, part_title, PMCID, PMID, publisher,
  publisher_place, references, reviewed_genre, reviewed_title, scale, source, status, title,
  title_short, URL, volume_title, year_suffix,
  // number variables
  chapter_number, citation_number, collection_number, edition, first_reference_note_number,
  issue, locator, number, number_of_pages, number_of_volumes, page, page_first, part_number,
  printing_number, section, supplement_number, version, volume,
  // date variables
  accessed, available_date, event_date, issued, original_date, submitted,
  // name variables
  author, chair, collection_editor, compiler, composer, container_author, contributor,
  curator, director, editor, editorial_director, editor_translator, executive_producer,
  guest, host, illustrator, interviewer, narrator, organizer, original_author, performer,
  producer, recipient, reviewed_author, script_writer, series_creator, translator,
};

/// How a variable's value is stored: text, number (text that may be numeric), date or names.
enum class VariableKind : std::uint8_t { text, number, date, name };

/// The kind of a variable.
VariableKind kind_of(Variable v) noexcept;
/// The CSL name ("container-title", "DOI").
std::string_view to_string(Variable v) noexcept;
/// The variable named `name` in CSL (case-sensitive as in CSL); nullopt if unknown.
std::optional<Variable> parse_variable(std::string_view name) noexcept;
/// Every variable in declaration order.
std::span<const Variable> all_variables() noexcept;
/// Number of variables (for tables indexed by Variable).
inline constexpr std::size_t variable_count = static_cast<std::size_t>(Variable::translator) + 1;

}  // namespace citelib

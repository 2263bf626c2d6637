#pragma once
// Vocabulary shared by the BibTeX writers and the .bib reader: babel language names, the
// biblatex data model biber validates against (which field each entry type may carry), and
// the fixed wording of the `addendum` segments the writer composes and the reader takes
// apart again.

#include <optional>
#include <string>
#include <string_view>

namespace citelib::bibtex {

/// The babel/polyglossia name for a BCP-47 tag ("es" -> "spanish", "en-GB" -> "british");
/// empty when the language has none in the table.
std::string_view babel_name(std::string_view bcp47) noexcept;
/// The BCP-47 tag for a babel name ("spanish" -> "es"); nullopt when unknown.
std::optional<std::string_view> bcp47_from_babel(std::string_view babel) noexcept;

/// True when biber's default data model allows `field` in entries of `type` (both lower
/// case). Types outside the model accept only the fields every entry may have.
bool biblatex_field_allowed(std::string_view type, std::string_view field) noexcept;

/// "jan" ... "dec" for 1-12.
std::string_view month_macro(unsigned month) noexcept;
/// 1-12 for an English month name, its three-letter abbreviation or a number; 0 otherwise.
unsigned parse_month(std::string_view text) noexcept;

/// Wording of the addendum/note segments (the reader recognises exactly these).
namespace segment {
inline constexpr std::string_view archived = "Archived from the original on ";  // + ISO date
inline constexpr std::string_view archived_at = "Archived at ";                // + \url{...}
inline constexpr std::string_view archived_url_joiner = " at ";                // date + " at " + \url{...}
inline constexpr std::string_view via = "Via ";
inline constexpr std::string_view section = "\u00a7 ";                         // "§ 5.2"
inline constexpr std::string_view separator = ". ";
}  // namespace segment

/// True when `text` starts like one of the labelled segments above ("Via ...", "(PDF)",
/// "OCLC 123", "publisher: ..."), i.e. the reader would take it for one.
bool reads_as_segment(std::string_view text) noexcept;

}  // namespace citelib::bibtex

#pragma once
// Identifiers as CS1 prints them: a label, a space or a colon, the value ("ISBN 978-…",
// "doi:10.…", "PMID 123", "Bibcode : 1994…"). CSL has variables for ISBN, ISSN, DOI, PMID and
// PMCID; the others go to Reference::identifiers; "RFC 2616" and "I-D draft-…" are numbers.

#include <citelib/model/reference.hpp>

#include <cstddef>
#include <optional>
#include <string_view>

namespace citelib::list {

struct IdentifierMatch {
  std::size_t end = 0;                  ///< byte after the value
  std::size_t value_begin = 0, value_end = 0;
  std::optional<Variable> variable;     ///< DOI, ISBN, ISSN, PMID, PMCID, number
  std::optional<Identifier> identifier; ///< other identifiers
  bool keep_label = false;              ///< the value is label + value ("RFC 2616")
};

/// The identifier whose label starts at `pos` (a word start), if any.
std::optional<IdentifierMatch> match_identifier(std::string_view text, std::size_t pos);

/// The DOI inside a doi.org URL ("https://doi.org/10.1021/jm4004285"), if any.
std::optional<std::string_view> doi_from_url(std::string_view url);

}  // namespace citelib::list

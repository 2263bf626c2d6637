#pragma once
// Short notes of {{sfn}}/{{harv}} ("Smith 2005, p. 12.", "Smith & Jones 2005, pp. 12–14",
// "See also Atkinson_1989, p. 344", "(Smith 2005, p. 12)"), several joined by "; ". They
// point to an entry of a separate bibliography; the checks resolve them.

#include <citelib/model/reference.hpp>

#include <string_view>
#include <vector>

namespace citelib::list {

class Lexicon;

/// Parses an item made only of short notes; false (out untouched) when any part is not one.
/// `list_has_notes` says the list printed short notes before, so that a lone "Smith 2005"
/// without a page is one too (alone it is as likely a title: "Windows 2000").
bool parse_short_cites(std::string_view text, const Lexicon& lexicon, std::vector<ShortCite>& out,
                       bool list_has_notes = false);

}  // namespace citelib::list

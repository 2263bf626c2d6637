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
bool parse_short_cites(std::string_view text, const Lexicon& lexicon, std::vector<ShortCite>& out);

}  // namespace citelib::list

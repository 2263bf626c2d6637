#pragma once
// Field values in BibTeX's forms: dates as biblatex's ISO 8601-2/EDTF or classic years, page
// ranges with TeX dashes, names in the comma form BibTeX splits back into their parts.

#include "writers/bibtex/latex_text.hpp"

#include <citelib/model/date.hpp>
#include <citelib/model/name.hpp>

#include <cstdint>
#include <string>
#include <string_view>

namespace citelib::bibtex {

/// Appends the ISO 8601-2/EDTF form of a date ("2017-09-11", "2019-21", "1950~",
/// "2017-12/2018-02"); nothing when the date has no parts (a literal or "n.d.").
void append_edtf(std::string& out, const Date& d);

/// append_edtf() into a new string.
std::string edtf(const Date& d);

/// A year as classic BibTeX styles print it, verbatim: "2017", "44 BC" (not ISO's "-0043").
std::string classic_year(std::int32_t year);

/// How a date is shown in a note ("2016-10-10", or the literal text).
std::string date_text(const Date& d);

/// Every hyphen between two page tokens becomes "--" (the TeX en dash); so do Unicode dashes
/// when `unicode_dashes` (classic BibTeX; biber reads "–" as a range separator, and keeping
/// it keeps the page as printed). "e1234", "S12" and roman numerals are left alone.
std::string bib_pages(std::string_view p, bool unicode_dashes);

/// Appends one name in BibTeX's comma form: "von Last, Jr, First", organisations in braces.
void append_name(std::string& out, const Name& n, const TextStyle& style, EscapeReport* rep);

}  // namespace citelib::bibtex

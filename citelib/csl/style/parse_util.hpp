#pragma once
// Helpers shared by the style and locale parsers: attribute enums and position-aware reports.

#include <citelib/csl/style.hpp>

#include <pugixml.hpp>

#include <string_view>

namespace citelib::csl::detail {

/// Reports `code` at the position of `node` in `source`.
void report_at(Diagnostics& diags, const SourceText& source, const pugi::xml_node& node, DiagCode code,
               std::initializer_list<std::string_view> args);

/// Reads the formatting attributes of `node` into `fmt`, reporting invalid values.
void read_formatting(const pugi::xml_node& node, Formatting& fmt, Diagnostics& diags, const SourceText& source);

/// Parses a term form attribute value.
std::optional<TermForm> parse_term_form(std::string_view v);
std::string_view to_string(TermForm f);

/// Parses the date-part children and attributes of a cs:date into parts.
void read_date_parts(const pugi::xml_node& node, std::vector<DatePart>& parts, Diagnostics& diags,
                     const SourceText& source);

/// Parses the contents of a cs:locale (a locale file root or a style override).
void read_locale(const pugi::xml_node& node, LocaleData& out, Diagnostics& diags, const SourceText& source);

/// Key of a term in LocaleData::terms.
std::string term_key(std::string_view name, TermForm form, std::string_view gender_form = {});

}  // namespace citelib::csl::detail

#pragma once
// Helpers shared by the reader's tests.

#include <citelib/readers/reference_list.hpp>

#include <string>
#include <string_view>

namespace citelib::test {

/// Parses one reference's text (diagnostics dropped).
inline Reference parse_one(std::string_view text) {
  Diagnostics d;
  return parse_reference(text, {}, d);
}

/// ISO form of the start of a date variable ("" when absent).
inline std::string iso_of(const Reference& r, Variable v) {
  const Date* d = r.date(v);
  return d ? to_iso(d->start) : std::string();
}

}  // namespace citelib::test

#pragma once
// The date scanner behind parse_date(): finds the longest date at the start of a text, so that
// readers can take a date out of running text ("Retrieved 5 August 2014 – via ...") without
// first guessing where it ends. Library-internal (readers use it; the public entry point is
// parse_date() in citelib/model/date.hpp).

#include <citelib/model/date.hpp>

#include <cstddef>
#include <string_view>

namespace citelib {

struct DateScan {
  Date date;
  std::size_t length = 0;  ///< bytes of `text` the date covers; 0 when no date starts there
};

/// The longest date at the very start of `text` (leading whitespace is not skipped): every
/// form parse_date() accepts. A trailing period is not included.
DateScan scan_date(std::string_view text) noexcept;

}  // namespace citelib

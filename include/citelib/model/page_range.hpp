#pragma once
// Page locators as printed ("26", "49–52", "xii–xv", "A1-A5", "49–52, 61"), and the CSL
// page-range formats (specification, Appendix V - Page Range Formats).

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace citelib {

/// One page or one range of pages.
struct PageRange {
  enum class Kind : std::uint8_t {
    single,     ///< "26"
    range,      ///< "49–52"
    open,       ///< "49–" (no end)
    malformed,  ///< text that is not a page or range
  };
  Kind kind = Kind::malformed;
  std::string first;      ///< first page as printed
  std::string last;       ///< last page as printed (ranges only)
  std::string separator;  ///< the dash as printed: "–", "-", "—", "‐"
  std::size_t offset = 0; ///< byte offset of this range in the parsed text

  /// True for a range whose end is numerically before its start ("52–49"); ranges of
  /// abbreviated ends ("321–28") are read as CSL does ("321–328") and are not reversed.
  bool is_reversed() const noexcept;
  friend bool operator==(const PageRange&, const PageRange&) = default;
};

/// Splits a page field into its ranges (separated by "," "&" or ";").
std::vector<PageRange> parse_page_ranges(std::string_view pages);

/// CSL page-range-format values.
enum class PageRangeFormat : std::uint8_t { none, expanded, minimal, minimal_two, chicago, chicago16 };

/// Reformats every numeric range in `pages` (specification, Appendix V), joining ranges with
/// `range_delimiter` (the locale's page-range-delimiter term, an en dash by default).
std::string format_page_ranges(std::string_view pages, PageRangeFormat format,
                               std::string_view range_delimiter = "\u2013");

}  // namespace citelib

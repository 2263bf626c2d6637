#pragma once
// Citation markers in the text of an article body.

#include <citelib/source.hpp>

#include <cstdint>
#include <string_view>
#include <vector>

namespace citelib {

/// One numeric citation marker found in a body.
struct CitationMarker {
  std::uint32_t number = 0;  ///< the reference number the marker cites
  SourceSpan span;           ///< the whole marker as written, e.g. "[12]" or "[[12]](#cite_note-12)"
};

/// Finds the numeric citation markers of a body, in order: "[12]", "[ 12 ]" (spaced, as
/// browser translations print them), markdown links "[[12]](#cite_note-12)" and
/// "[\[12\]](#cite_note-12)". Named footnote groups ("[a]", "[note 1]", "[lower-alpha 1]"),
/// interlanguage links ("[en]") and text inside fenced code blocks are not markers. When the
/// body is a markdown export (it links markers to #cite_note anchors), only linked markers
/// count, so that "a[1]" in inline code is not taken for one. In plain text a bracketed number
/// above both 999 and `highest_reference` (the list's last number) is taken for a year
/// ("[2019]"), not a marker.
std::vector<CitationMarker> find_citation_markers(std::string_view body, std::uint32_t highest_reference = 0);

}  // namespace citelib

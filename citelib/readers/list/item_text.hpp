#pragma once
// The text of one list item as the parser reads it: markdown reduced to its visible text
// (links keep their text; their targets, emphasis and bold are recorded on the side),
// whitespace runs (spaces, NBSP, line break + indentation) read as one space, and a line
// break after "-" or "/" read as nothing (a text dump broke a word there). Every byte keeps
// the source offset it came from, so diagnostics point into the input.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace citelib::list {

/// A markdown link: the span of its visible text in ItemText::text and its target.
struct ItemLink {
  std::uint32_t begin = 0, end = 0;
  std::string_view target;  ///< a view into the source
};

/// An emphasis span in ItemText::text (markdown *italic*, **bold**, ***both***).
struct ItemEmphasis {
  std::uint32_t begin = 0, end = 0;
  bool italic = false;
  bool bold = false;
};

struct ItemText {
  std::string text;
  std::vector<std::uint32_t> origin;  ///< source offset of each byte of `text`, plus one past the end
  std::vector<ItemLink> links;
  std::vector<ItemEmphasis> emphasis;

  /// Source span of text[b, e).
  std::uint32_t source_begin(std::size_t b) const { return origin[b]; }
  std::uint32_t source_end(std::size_t e) const { return e == 0 ? origin[0] : origin[e - 1] + 1; }
};

/// Builds the item text of `raw` (which starts at byte `base` of the source). `markdown`
/// turns on link/emphasis/escape handling. `out` is reused between items (no reallocation
/// once warm).
void build_item_text(std::string_view raw, std::size_t base, bool markdown, ItemText& out);

/// True when `raw` looks like a markdown export (links "[text](target)", bold "**").
bool looks_like_markdown(std::string_view raw) noexcept;

}  // namespace citelib::list

#pragma once
// Text saved in a legacy single-byte encoding (Windows-1252, ISO 8859-1) instead of UTF-8: what
// Windows editors and older .bib files still produce. Told apart from damaged UTF-8 so that it
// can be read with a warning instead of refused.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace citelib::detail {

struct LegacyText {
  std::string utf8;         ///< the text, decoded as Windows-1252
  std::size_t first_at = 0; ///< offset of its first non-ASCII character (the same in both)
};

/// `bytes` decoded as Windows-1252 when they read as a single-byte encoding: not valid UTF-8,
/// no valid multi-byte UTF-8 sequence anywhere, and most bytes above 0x7F inside words (next to
/// a letter or another such byte, as "M\xfcller", "Universit\xe4t"). Otherwise nothing: damaged
/// UTF-8 stays an error.
std::optional<LegacyText> decode_legacy_8bit(std::string_view bytes);

}  // namespace citelib::detail

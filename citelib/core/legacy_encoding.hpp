#pragma once
// Text saved in a legacy single-byte encoding (Windows-1252, ISO 8859-1) instead of UTF-8: what
// Windows editors and older .bib files still produce. Told apart from damaged UTF-8 so that it
// can be read with a warning instead of refused.

#include <array>
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

/// `bytes` decoded from UTF-16 when they start with its byte order mark (FF FE little-endian,
/// FE FF big-endian: what Windows' Notepad saves as "Unicode" and PowerShell's `>` writes),
/// without the mark; unpaired surrogates become U+FFFD. Otherwise nothing.
std::optional<std::string> decode_utf16_with_bom(std::string_view bytes);

/// The byte a code point stood for when UTF-8 was read as Windows-1252 or as Latin-1 (which
/// maps 0x80-0x9F to the C1 controls): 0x80-0xFF, or -1 for any other code point.
int single_byte_of(char32_t c) noexcept;

/// The code point Windows-1252 reads byte 0x80-0x9F as ("€" for 0x80), or the C1 control of
/// that byte where Windows-1252 defines none (0x81, 0x8D, 0x8F, 0x90, 0x9D).
char32_t windows1252_char(unsigned char byte) noexcept;

}  // namespace citelib::detail

#pragma once
// Finding a field value inside the text a reference was read from. Readers clean values up
// (markdown stripped, whitespace runs read as one space, words broken by a text dump joined),
// so a value is matched loosely: what the reader removed may sit between its characters.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace citelib::checks {

/// A half-open byte range inside some text.
struct TextRange {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::size_t size() const noexcept { return end - begin; }
};

/// Byte length of the whitespace character at `s[i]` (space, tab, line break, NBSP, thin and
/// other Unicode spaces), or 0.
std::size_t whitespace_length(std::string_view s, std::size_t i) noexcept;

/// The first match of `needle` in `hay` at or after `from`: exact, or loose (whitespace runs
/// match any whitespace run; markdown emphasis, escapes, link brackets and link targets in
/// `hay` are skipped; a line break after "-" or "/" may be absent from the needle).
std::optional<TextRange> find_loose(std::string_view hay, std::string_view needle,
                                    std::size_t from = 0);

/// As find_loose(), but the match may not continue a word or number on either side
/// ("89" is not found inside "1989").
std::optional<TextRange> find_token(std::string_view hay, std::string_view needle,
                                    std::size_t from = 0);

/// True when the code point ending just before `i` (or starting at `i`) is a letter or digit.
bool alnum_before(std::string_view s, std::size_t i) noexcept;
bool alnum_at(std::string_view s, std::size_t i) noexcept;

/// `s` cut to its first `max` bytes (back to a UTF-8 character boundary) with an ellipsis, or
/// `s` whole when it is not longer: text quoted in a message.
std::string clipped(std::string_view s, std::size_t max);

}  // namespace citelib::checks

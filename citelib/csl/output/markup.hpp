#pragma once
// The engine's intermediate representation: UTF-8 text with formatting marks encoded as
// private-use code points (U+E000 block). Evaluation writes marks; the punctuation rules of
// joins, text-case and strip-periods see through them; only the back-ends (text, HTML) turn
// them into markup and escape text. A mark is 3 bytes, so IR strings stay compact and the
// rendering of a reference allocates a handful of strings, not a node per element.

#include <citelib/csl/style.hpp>

#include <string>
#include <string_view>

namespace citelib::csl::ir {

enum Mark : char32_t {
  italic = 0xE000, oblique, normal_style, bold, light, normal_weight, small_caps, normal_variant,
  underline, no_decoration, sup, sub, baseline, nocase, quote_open, block, left_margin, right_inline,
  indent,
  quote_open_inner,  ///< a quote written with curly single marks (its kind depends on the locale)
  style_italic,  ///< a style's font-style="italic": italic again inside italic, not flipped
  style_bold,        ///< a style's font-weight="bold", likewise
  style_small_caps,  ///< a style's font-variant="small-caps", likewise
  quote_open_curly,  ///< a quote written with curly double marks (its kind depends on the locale)
  last_open = quote_open_curly,
  quote_close = 0xE0FE,
  close = 0xE0FF,  ///< closes the innermost open mark other than a quote
};

/// Appends the UTF-8 encoding of a mark.
inline void put(std::string& s, Mark m) {
  const auto c = static_cast<char32_t>(m);
  s.push_back(static_cast<char>(0xE0 | (c >> 12)));
  s.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
  s.push_back(static_cast<char>(0x80 | (c & 0x3F)));
}
/// True when the 3 bytes at `p` (within `end`) encode a mark.
inline bool is_mark(const char* p, const char* end) {
  return end - p >= 3 && static_cast<unsigned char>(p[0]) == 0xEE &&
         static_cast<unsigned char>(p[1]) >= 0x80 && static_cast<unsigned char>(p[1]) <= 0x83;
}
inline Mark mark_at(const char* p) {
  return static_cast<Mark>(((static_cast<char32_t>(p[0]) & 0x0F) << 12) |
                           ((static_cast<char32_t>(p[1]) & 0x3F) << 6) | (static_cast<char32_t>(p[2]) & 0x3F));
}

/// True when `s` has no visible text (only marks, or nothing).
bool is_blank(std::string_view s);
/// True when `s` holds a formatting mark anywhere.
bool has_marks(std::string_view s);
/// Removes every formatting mark from `s`, leaving its plain text.
void strip_marks(std::string& s);

/// Appends `piece` to `out`, applying the join rules: duplicate punctuation collapses
/// ("Eds.." -> "Eds."), doubled spaces collapse, and with `punct_in_quote` a leading "." or
/// "," moves inside a closing quote. With `collapse_spaces` false a space meeting a space is
/// kept (cites join that way: "see  2020" from a prefix "see " and a cite " 2020").
void append(std::string& out, std::string_view piece, bool punct_in_quote, bool collapse_spaces = true);

/// The mark that the close mark ending `s` closes (a close ends the innermost open mark that
/// is no quote), or `close` when `s` does not end with one.
Mark final_closed_mark(std::string_view s);

/// Moves the punctuation mark that opens `from` (behind its marks, if any) to the end of `to`,
/// by append()'s rules; nothing happens when `from` opens with other text.
void move_leading_punctuation(std::string& from, std::string& to, bool punct_in_quote);

/// Appends the next element's output after a cs:text's own font formatting: no punctuation
/// merges ("<i>Post</i>,, 22"), except what punctuation-in-quote moves into a closing quote
/// inside it; a space meeting a space collapses.
void append_after_decoration(std::string& out, std::string_view piece, bool punct_in_quote);

/// Appends `piece` merging only a space that meets a space (a prefix and the text it opens).
void append_spaced(std::string& out, std::string_view piece);

/// Appends a delimiter after an element whose output ends in its own suffix, or a suffix or
/// delimiter after a cs:text's own formatting or quotes: the leading punctuation is dropped
/// only when the text before ends in the same mark, never merged by append()'s table ("]:" +
/// ". " -> "]:. ", "<i>Who?</i>" + ". " -> "<i>Who?</i>. "), and a space meeting a space
/// collapses. With `punct_in_quote`, ".", ",", "!" and "?" still move into a closing quote.
void append_after_suffix(std::string& out, std::string_view delimiter, bool punct_in_quote);

/// Wraps `s` in the marks of `fmt`'s font attributes (not affixes, quotes or display).
void wrap_font(std::string& s, const Formatting& fmt);
/// Wraps `s` in quote marks.
void wrap_quotes(std::string& s);
/// Moves a comma, semicolon or colon that ends the text inside `s`'s closing quote (which
/// ends `s`) after the quote; returns whether it moved one.
bool move_punctuation_out_of_quote(std::string& s);
/// Wraps `s` in a display mark.
void wrap_display(std::string& s, Display d);
/// Removes periods from the text (strip-periods), leaving marks alone; with
/// `keep_before_lowercase`, a period followed by a lowercase ASCII letter stays ("nature.com").
void strip_periods(std::string& s, bool keep_before_lowercase = false);
/// True when the text reads as Spanish, French, Portuguese, Italian or German rather than
/// English: none of the common English function words ("the", "of", "and", ...) and either
/// two distinct function words of those languages that English does not use ("de", "del",
/// "la", "y", "und", ...) or one of them and a letter with their diacritics ("á", "ñ", "ü").
/// Used to keep title case off such titles when the item has no language.
bool looks_non_english(std::string_view s);
/// True for the lowercase English function words title case leaves lowercase ("of", "the").
bool is_stop_word(std::string_view lowercase_word);
/// Applies a CSL text-case to the text, skipping nocase spans. `english` gates title case;
/// `turkic` cases the dotted and dotless i as Turkish and Azerbaijani do ("i" -> "İ").
void apply_text_case(std::string& s, TextCase tc, bool english, bool turkic = false);

/// Parses the HTML-like markup CSL-JSON values may carry (<i>, <b>, <sup>, <sub>, <sc>,
/// <span style="font-variant:small-caps;">, <span class="nocase">) and straight double
/// quotes into IR marks; apostrophes become typographic. Other text is kept as is.
std::string from_rich_text(std::string_view value);
/// from_rich_text() appended to `out` (no new string for plain text).
void append_rich_text(std::string& out, std::string_view value);

/// Quote characters and flip-flop behaviour for the back-ends.
struct QuoteTerms {
  std::string open = "\u201C", close = "\u201D", inner_open = "\u2018", inner_close = "\u2019";
};
enum class Format : std::uint8_t { text, html };
/// Renders IR to the output format (HTML escapes &, <, > as the CSL suite does).
std::string render(std::string_view ir, Format f, const QuoteTerms& q);
/// As render, into `out` (its text replaced, its capacity reused across calls).
void render_to(std::string& out, std::string_view ir, Format f, const QuoteTerms& q);

}  // namespace citelib::csl::ir

#pragma once
// Lists saved as UTF-8 after being read as Latin-1 (old text dumps: "NÃ¸rsett", "74â\x80\x9375",
// "Â«TÃ­tuloÂ»"): the bytes of every non-ASCII character became characters of their own, and
// the reader's tests on letters, dashes, quotes and words in other languages ("PÃ¡gina",
// "(en inglÃ©s)") no longer hold. Such a list is read from its repaired text, and the values
// are given back as the list prints them (the corpus keeps mojibake as shown).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace citelib::list {

struct RepairedText {
  std::string text;
  /// Byte offset in the original text of each byte of `text`, and of its end.
  std::vector<std::uint32_t> origin;
  /// Read as Windows-1252 ("â€“"), not Latin-1 ("â\x80\x93"): how as_mojibake() gives back
  /// bytes 0x80-0x9F.
  bool windows1252 = false;
};

/// The text with its mojibake undone, when it is a mojibake list: every character one that a
/// single byte stands for in Latin-1 or Windows-1252, at least two repaired characters, and
/// few characters of U+0080-U+00FF that repair nothing (a Latin-1 text such as "café noir"
/// has only those). std::nullopt otherwise.
std::optional<RepairedText> repair_mojibake(std::string_view text);

/// A value of the repaired text as the original prints it: each byte of a non-ASCII
/// character as the Latin-1 (or Windows-1252) character of that byte ("é" -> "Ã©", "–" ->
/// "â€“"). ASCII stays as it is.
std::string as_mojibake(std::string_view repaired, bool windows1252 = false);

}  // namespace citelib::list

#pragma once
// A guess at the language of a short text such as a title, for the note that a reference
// prints no language tag ("(in Spanish)") where its edition's readers would want one.
//
// Titles are too short for statistical identifiers (they want paragraphs), so the guess uses
// what a reader uses: the script (Hangul is Korean), the letters a language alone writes (ñ,
// ã, ß), its endings (-ción, -ção, -zione) and its function words (del, dos, della), each
// weighed by how many of the languages share it. It answers only when one language clearly
// leads; most titles of two words, names and product names get no answer, which is the point:
// a wrong language named in a note is worse than none.

#include <string_view>

namespace citelib::checks {

/// The ISO 639-1 code of the language `text` is most likely in ("es", "ko"), or empty when
/// the text is too short or no language leads clearly. Latin-script texts are told apart
/// among en, es, pt, fr, de, it, nl and pl only.
std::string_view guess_language(std::string_view text);

}  // namespace citelib::checks

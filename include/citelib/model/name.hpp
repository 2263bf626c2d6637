#pragma once
// A personal or organisational name as CSL models it (specification, "Name-part Order").

#include <string>
#include <string_view>

namespace citelib {

/// A name: either structured parts or a single literal (organisations, one-field names).
struct Name {
  std::string family;
  std::string given;
  std::string dropping_particle;      ///< "de" in "Jean de La Fontaine" (dropped when sorting)
  std::string non_dropping_particle;  ///< "van" in "Vincent van Gogh" (kept with the family name)
  std::string suffix;                 ///< "Jr.", "III"
  std::string literal;                ///< the whole name when it has no family/given split
  bool comma_suffix = false;          ///< "Smith, Jr." rather than "Smith Jr."
  bool static_ordering = false;       ///< keep given-family order even in sort order
  /// The family name was marked whole (CSL-JSON `"parse-names": false`): particles in it are
  /// not split off, and the CSL-JSON writer says so again.
  bool keep_whole = false;

  /// True when the name is kept whole (organisation or single-field name).
  bool is_literal() const noexcept { return !literal.empty(); }
  /// True when no part is set.
  bool empty() const noexcept {
    return family.empty() && given.empty() && literal.empty() && dropping_particle.empty() &&
           non_dropping_particle.empty() && suffix.empty();
  }
  friend bool operator==(const Name&, const Name&) = default;
};

/// A name built from one literal string.
Name literal_name(std::string text);
/// A name from family and given parts ("Smith", "John").
Name personal_name(std::string family, std::string given);

/// Splits leading lowercase particles off a family name ("van der Berg" -> "van der", "Berg")
/// as CSL-JSON's `parse-names` does; a name written in capitals or without particles is
/// returned unchanged.
Name split_particles(Name n);

/// True when `text` is written in a script that puts no space between family and given
/// names (Han, Hiragana, Katakana, Hangul), which the CSL engine renders without a space.
bool is_cjk_name_text(std::string_view text) noexcept;

}  // namespace citelib

#include <citelib/model/name.hpp>

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <cctype>

namespace citelib {

Name literal_name(std::string text) {
  Name n;
  n.literal = std::move(text);
  return n;
}

Name personal_name(std::string family, std::string given) {
  Name n;
  n.family = std::move(family);
  n.given = std::move(given);
  return n;
}

Name split_particles(Name n) {
  if (n.is_literal() || !n.non_dropping_particle.empty()) return n;
  // Leading words that start in lowercase ("van der Berg", "de la Cruz") are particles; stop
  // at the first capitalised word, and never take the last word (it is the family name).
  std::string& fam = n.family;
  std::size_t pos = 0, cut = 0;
  while (pos < fam.size()) {
    const unsigned char c = static_cast<unsigned char>(fam[pos]);
    if (!(c >= 'a' && c <= 'z')) break;
    std::size_t sp = fam.find_first_of(" '-\u2019", pos);
    if (sp == std::string::npos) break;
    if (fam[sp] == '-') {
      // "al-One": a lowercase particle joined by a hyphen to a capitalised name.
      if (sp + 1 >= fam.size() || (fam[sp + 1] >= 'a' && fam[sp + 1] <= 'z') || fam[sp + 1] == '-') break;
      cut = sp + 1;
      break;
    }
    if (fam[sp] == ' ') {
      cut = sp + 1;
      pos = sp + 1;
    } else {
      // "d'Alembert": the apostrophe belongs to the particle.
      cut = sp + 1;
      pos = cut;
      break;
    }
  }
  if (cut == 0) return n;
  std::string particle = fam.substr(0, cut);
  while (!particle.empty() && particle.back() == ' ') particle.pop_back();
  fam.erase(0, cut);
  n.non_dropping_particle = std::move(particle);
  return n;
}

bool is_cjk_name_text(std::string_view text) noexcept {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const auto len = static_cast<int32_t>(text.size());
  bool any = false;
  for (int32_t i = 0; i < len;) {
    UChar32 c;
    U8_NEXT(s, i, len, c);
    if (c < 0) return false;
    if (u_isspace(c) || u_ispunct(c)) continue;
    UErrorCode err = U_ZERO_ERROR;
    const UScriptCode sc = uscript_getScript(c, &err);
    if (U_FAILURE(err)) return false;
    if (sc != USCRIPT_HAN && sc != USCRIPT_HIRAGANA && sc != USCRIPT_KATAKANA && sc != USCRIPT_HANGUL)
      return false;
    any = true;
  }
  return any;
}

}  // namespace citelib

#include "readers/list/names.hpp"

#include "readers/list/lexicon.hpp"

#include "core/text.hpp"

#include <algorithm>
#include <array>

namespace citelib::list {

namespace {

enum class Tk : unsigned char {
  initial,   // "J.", "R.S.", "J" (one letter)
  caps,      // "GA", "JC", "MEJ", "LIN": 2-3 capitals (initials or a family name in capitals)
  word,      // "Torvalds", "Jean-Philippe", "McMillan", "Dr."
  particle,  // "van", "de"
  lower,     // other lowercase words ("jst")
  other,     // digits, brackets, '@', '_'
};

struct Tokens {
  std::array<std::string_view, 12> v;
  std::array<Tk, 12> k;
  std::size_t n = 0;
  bool overflow = false;
};

Tk classify(std::string_view w, const Lexicon& lex) {
  std::size_t letters = 0, upper = 0, dots = 0;
  bool other = false;
  for (std::size_t i = 0; i < w.size();) {
    const text::CodePoint c = text::decode(w, i);
    if (text::is_letter_cp(c.cp)) {
      ++letters;
      if (text::is_upper_cp(c.cp)) ++upper;
    } else if (c.cp == '.') {
      ++dots;
    } else if (c.cp != '-' && c.cp != '\'' && c.cp != 0x2019) {
      other = true;
    }
    i += c.len;
  }
  if (other || letters == 0) return Tk::other;
  if (letters == 1 && upper == 1) return Tk::initial;
  // "Дж.": Russian writes the English J as two letters, and its initial keeps both ("Гере Дж.",
  // "Уотсон Дж. Д.").
  if (w == "\u0414\u0436." || w == "\u0414\u0436") return Tk::initial;  // its period may end the names
  // Dotted initials "R.S.", "J.C." (single letters separated by dots), "J.-H." (Jean-Hugues).
  if (dots > 0 && dots >= letters - 1 && letters <= 4 && upper == letters) {
    bool single = true;
    std::size_t run = 0;
    for (char ch : w) {
      if (ch == '.' || ch == '-') run = 0;
      else if (++run > 1 && static_cast<unsigned char>(ch) < 0x80) single = false;
    }
    if (single) return Tk::initial;
  }
  if (upper == letters && letters <= 3 && dots == 0) return Tk::caps;
  if (text::starts_upper(w)) return Tk::word;
  if (lex.name_particles.whole(w)) return Tk::particle;
  return Tk::lower;
}

Tokens tokenize(std::string_view s, const Lexicon& lex) {
  Tokens t;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && text::space_len_at(s, i)) i += text::space_len_at(s, i);
    if (i >= s.size()) break;
    std::size_t e = i;
    while (e < s.size() && !text::space_len_at(s, e)) ++e;
    if (t.n == t.v.size()) {
      t.overflow = true;
      break;
    }
    t.v[t.n] = s.substr(i, e - i);
    t.k[t.n] = classify(t.v[t.n], lex);
    ++t.n;
    i = e;
  }
  // pt/es "Silva, José Bonifácio de Andrada e": a joiner that ends the name joins nothing
  // after it (the list cuts at joiners followed by a name); it is one of the name's particles.
  if (t.n >= 2 && !t.overflow && t.k[t.n - 1] == Tk::lower && lex.name_joiners.whole(t.v[t.n - 1]))
    t.k[t.n - 1] = Tk::particle;
  return t;
}

bool is_initial(Tk k) { return k == Tk::initial; }

// "GA", "P. J.", "C. J", "J.": the given part of a Vancouver name (tokens from..n).
bool initials_from(const Tokens& t, std::size_t from) {
  if (from >= t.n) return false;
  if (t.n - from == 1 && t.k[from] == Tk::caps) return true;
  for (std::size_t i = from; i < t.n; ++i)
    if (!is_initial(t.k[i])) return false;
  return t.n - from <= 3;
}

bool all_initials(const Tokens& t) { return t.n > 0 && initials_from(t, 0); }

// Given names: "Martin", "Charles E.", "José Amancio", "Han van de", "J. H.", "MEJ"; pt/es
// given names may carry a family's particles, "Ronaldo Rogério de Freitas", "José Bonifácio de
// Andrada e": the particles do not count towards the three words.
bool given_like(const Tokens& t) {
  if (t.n == 0 || t.overflow) return false;
  if (t.n > 3) {
    std::size_t particles = 0;
    for (std::size_t i = 0; i < t.n; ++i) particles += t.k[i] == Tk::particle;
    if (particles == 0 || particles > 2 || t.n - particles > 3) return false;
  }
  if (t.k[0] != Tk::word && t.k[0] != Tk::initial && t.k[0] != Tk::caps) return false;
  bool seen_initial = false;
  for (std::size_t i = 0; i < t.n; ++i) {
    switch (t.k[i]) {
      case Tk::initial:
      case Tk::caps: seen_initial = true; break;
      case Tk::word:
        // "Sorin A. Huss" is a whole name in natural order, not a given name.
        if (seen_initial) return false;
        break;
      case Tk::particle: break;
      default: return false;
    }
  }
  return true;
}

// Family names: "Torvalds", "Mejía Huaraca", "van Gurp", "Dr. Fanous", "Lavín Z.", "jst".
bool family_like(const Tokens& t) {
  if (t.n == 0 || t.n > 4 || t.overflow) return false;
  if (t.k[0] == Tk::initial || t.k[0] == Tk::other) return false;
  for (std::size_t i = 0; i < t.n; ++i)
    if (t.k[i] == Tk::other) return false;
  if (t.n > 1 && t.k[0] == Tk::lower) return false;
  return true;
}

// The given names after a one-word family: "Kousser, J. Morgan", "Rodrigues, Ana Maria S. A.",
// "Pizarro, José Augusto de Sotto Mayor". One word before the comma is no whole name in
// natural order ("Kaiping Zeng, Sorin A. Huss" has two), so the part after it may be longer
// than given_like allows and a word may follow an initial.
bool given_after_one_family(const Tokens& family, const Tokens& t) {
  if (family.n != 1 || family.k[0] != Tk::word || t.n == 0 || t.n > 6 || t.overflow) return false;
  if (t.k[0] != Tk::word && t.k[0] != Tk::initial && t.k[0] != Tk::caps) return false;
  std::size_t words = 0;
  for (std::size_t i = 0; i < t.n; ++i) {
    if (t.k[i] == Tk::word) ++words;
    else if (t.k[i] != Tk::initial && t.k[i] != Tk::caps && t.k[i] != Tk::particle) return false;
  }
  return words <= 4;
}

bool natural_like(const Tokens& t) {
  if (t.n < 2 || t.n > 4 || t.overflow) return false;
  if (t.k[t.n - 1] != Tk::word) return false;
  if (t.k[0] != Tk::word && t.k[0] != Tk::initial && t.k[0] != Tk::caps) return false;
  for (std::size_t i = 0; i < t.n; ++i)
    if (t.k[i] == Tk::lower || t.k[i] == Tk::other) return false;
  return true;
}

bool vancouver_like(const Tokens& t) {
  if (t.n < 2 || t.n > 5 || t.overflow) return false;
  if (t.k[0] != Tk::word && t.k[0] != Tk::caps && t.k[0] != Tk::particle) return false;
  // The family part is the words before the initials.
  std::size_t f = 0;
  while (f < t.n && (t.k[f] == Tk::word || t.k[f] == Tk::particle || (f == 0 && t.k[f] == Tk::caps))) ++f;
  if (f == 0 || f > 3) return false;
  return initials_from(t, f);
}

std::string_view span_of(std::string_view s, const Tokens& t, std::size_t from, std::size_t to) {
  const char* b = t.v[from].data();
  const char* e = t.v[to - 1].data() + t.v[to - 1].size();
  (void)s;
  return {b, static_cast<std::size_t>(e - b)};
}

// "LIN", "CLARK", "D'ÁVILA": a word in capitals (two letters or more).
bool all_caps(std::string_view w) {
  std::size_t letters = 0;
  for (std::size_t i = 0; i < w.size();) {
    const text::CodePoint c = text::decode(w, i);
    if (text::is_letter_cp(c.cp)) {
      if (!text::is_upper_cp(c.cp)) return false;
      ++letters;
    } else if (c.cp != '-' && c.cp != '\'') {
      return false;
    }
    i += c.len;
  }
  return letters >= 2;
}

bool has_any(std::string_view s, std::string_view chars) { return s.find_first_of(chars) != std::string_view::npos; }

// Generational suffixes after the given names ("King, Martin Luther Jr.", "Cobb, Hugh D.
// III"): CSL keeps them apart, so that styles put them after the initials ("King, M. L.,
// Jr.") instead of initializing them. "V" is no suffix here: it is an initial more often.
bool generational_suffix(std::string_view w) {
  if (!w.empty() && w.back() == '.') w.remove_suffix(1);
  for (std::string_view x : {"Jr", "Sr", "Jnr", "Snr", "II", "III", "IV", "2nd", "3rd"})
    if (w == x) return true;
  return false;
}

// "Family, Given": the person, a suffix at the end of the given names set apart.
Name person(std::string_view family, std::string_view given, std::string_view suffix = {}) {
  given = text::trim(given);
  if (!suffix.empty()) {
    Name n = personal_name(std::string(family), std::string(given));
    n.suffix = std::string(suffix);
    return n;
  }
  const std::size_t sp = given.find_last_of(' ');
  if (sp != std::string_view::npos && generational_suffix(given.substr(sp + 1))) {
    std::string_view rest = text::trim(given.substr(0, sp));
    if (!rest.empty() && rest.back() == ',') rest = text::trim(rest.substr(0, rest.size() - 1));
    if (!rest.empty() && text::starts_upper(rest)) {
      Name n = personal_name(std::string(family), std::string(rest));
      n.suffix = std::string(given.substr(sp + 1));
      return n;
    }
  }
  return personal_name(std::string(family), std::string(given));
}

// One name written on its own.
Name single_name(std::string_view piece, const Lexicon& lex) {
  piece = text::trim(piece);
  if (has_any(piece, "()[]@_0123456789")) return literal_name(std::string(piece));
  if (const std::size_t comma = piece.find(','); comma != std::string_view::npos) {
    const std::string_view fam = text::trim(piece.substr(0, comma));
    const std::string_view giv = text::trim(piece.substr(comma + 1));
    if (giv.empty()) return literal_name(std::string(fam));
    return person(fam, giv);
  }
  const Tokens t = tokenize(piece, lex);
  // "Agencia EFE", "US Census Bureau": an organisation's name has the shape of "Family
  // Initials" or "CAPS Given"; a word of the tables' organisation words makes it one literal.
  auto organisation = [&] {
    for (std::size_t k = 0; k < t.n; ++k)
      if (lex.organisation_words.whole(t.v[k])) return true;
    return false;
  };
  const bool vancouver = vancouver_like(t);
  const bool caps_first = !vancouver && t.n >= 2 && t.n <= 4 && all_caps(t.v[0]) && t.k[1] == Tk::word && !all_caps(t.v[1]);
  if ((vancouver || caps_first) && organisation()) return literal_name(std::string(piece));
  if (vancouver) {
    std::size_t f = 0;
    while (f < t.n && !(is_initial(t.k[f]) || (f > 0 && t.k[f] == Tk::caps))) ++f;
    return personal_name(std::string(span_of(piece, t, 0, f)), std::string(span_of(piece, t, f, t.n)));
  }
  // "LIN Jr-Hung", "CLARK Timothy": a family name in capitals first.
  if (caps_first)
    return personal_name(std::string(t.v[0]), std::string(span_of(piece, t, 1, t.n)));
  return literal_name(std::string(piece));
}

// "VV. AA." (the tables spell it without its final period, which may end the element).
bool is_collective_author(std::string_view s, const Lexicon& lex) {
  if (!s.empty() && s.back() == '.') s.remove_suffix(1);
  return s.size() >= 4 && s.size() <= 40 && lex.collective_authors.whole(s);
}

struct Piece {
  std::string_view text;
  bool after_joiner = false;  // "and"/"y"/"&" before it, not a comma
  std::string_view suffix;    // "Jr." after a comma ("King, Martin Luther, Jr.")
  /// The piece as written, its suffix included.
  std::string_view whole() const {
    return suffix.empty() ? text : std::string_view(text.data(), static_cast<std::size_t>(suffix.data() + suffix.size() - text.data()));
  }
};

// Strips an editor mark at the end ("(ed.)", ", eds.", " ed"); true when found.
bool strip_editor_mark(std::string_view& s, const Lexicon& lex) {
  s = text::trim(s);
  if (!s.empty() && s.back() == ')') {
    const std::size_t open = s.rfind('(');
    if (open != std::string_view::npos && lex.editor_marks.whole(s.substr(open))) {
      s = text::trim_chars(s.substr(0, open), ",");
      return true;
    }
  }
  std::size_t start = s.size();
  while (start > 0 && !text::space_len_at(s, start - 1) && s[start - 1] != ',') --start;
  // "Nash, Ed": a capitalised mark without its period is a given name (CS1 prints "ed.").
  const std::string_view last = s.substr(std::min(start, s.size()));
  const bool given_name = last.find('.') == std::string_view::npos && text::starts_upper(last);
  // "Example Org.": a capitalised mark with neither brackets nor a comma before it ends a
  // name of its own (an organisation), not an editor list ("Lide, D. R., Ed.", "Smith ed.").
  std::size_t before = start;
  while (before > 0 && text::space_len_at(s, before - 1)) --before;
  const bool bare_capital = text::starts_upper(last) && (before == 0 || s[before - 1] != ',');
  // pt "Pro Git (em inglês) 2.ª ed.": after an ordinal the mark is the edition's ("ed."
  // abbreviates both).
  const std::size_t prev_word = s.substr(0, before).rfind(' ');
  const std::string_view ordinal = s.substr(prev_word == std::string_view::npos ? 0 : prev_word + 1,
                                            before - (prev_word == std::string_view::npos ? 0 : prev_word + 1));
  if (!ordinal.empty() && text::is_ascii_digit(ordinal[0])) return false;
  if (start > 0 && start < s.size() && !given_name && !bare_capital && lex.editor_marks.whole(last)) {
    // Only the separator goes: "Lide, D. R., ed." keeps its initial's period.
    s = text::trim_chars(s.substr(0, start), ",");
    return true;
  }
  return false;
}

bool strip_et_al(std::string_view& s, const Lexicon& lex) {
  s = text::trim(s);
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (i > 0 && s[i - 1] != ' ' && s[i - 1] != ',' && s[i - 1] != ';') continue;
    WordMatch m = lex.et_al.match(s, i);
    if (!m) continue;
    if (!text::trim_chars(s.substr(i + m.length), ".,;").empty()) continue;
    s = text::trim_chars(s.substr(0, i), ",;");
    return true;
  }
  return false;
}

// Every piece a whole name of two to three words in natural order ("Mario Rossi", "Anna
// Maria Verdi"), none after a joiner but the last of three or more, none in Vancouver form ("Patani GA").
bool whole_natural_names(const std::array<Piece, 32>& pieces, std::size_t np, const Lexicon& lex) {
  for (std::size_t k = 0; k < np; ++k) {
    if (pieces[k].after_joiner && (np < 3 || k + 1 != np)) return false;  // "…, Luigi Bianchi e Anna Verdi"
    const Tokens t = tokenize(pieces[k].text, lex);
    // "Johann Wolfgang von Goethe", "Charles F. van Loan": a fourth word when a particle
    // opens the family name inside the name.
    const bool particle_inside = t.n == 4 && (t.k[1] == Tk::particle || t.k[2] == Tk::particle);
    if ((t.n > 3 && !particle_inside) || !natural_like(t) || vancouver_like(t)) return false;
  }
  return true;
}

}  // namespace

namespace {

// es/pt/ca compound family names joined by a one-letter word, "Ramón y Cajal, Santiago",
// "Ortega y Gasset, José", "Puig i Cadafalch, Josep": one capitalised word from the name's
// start (`b`) to the joiner (at `sp`), one after it (from `after`) up to a comma, and a given
// name after the comma. No person is one bare word before "y" in such a list.
bool compound_family(std::string_view s, std::size_t b, std::size_t sp, std::size_t after, std::size_t joiner_len) {
  if (joiner_len != 1) return false;
  // A name's start: the text's, or after "; " ("Smith, John y Jones, Ann" are two people).
  std::size_t p = b;
  while (p > 0 && s[p - 1] == ' ') --p;
  if (p > 0 && s[p - 1] != ';') return false;
  const std::string_view before = text::trim(s.substr(b, sp - b));
  if (before.empty() || before.find(' ') != std::string_view::npos || !text::starts_upper(before)) return false;
  // One word, then its comma (looked for over that word only: names hold many joiners).
  std::size_t comma = after;
  while (comma < s.size() && s[comma] != ',' && s[comma] != ' ') ++comma;
  if (comma >= s.size() || s[comma] != ',') return false;
  const std::string_view family = s.substr(after, comma - after);
  if (family.empty() || !text::starts_upper(family)) return false;
  const std::string_view given = text::trim(s.substr(comma + 1));
  return !given.empty() && text::starts_upper(given);
}

// The last word of an inverted name that owns its final period: an initial ("J", "Ж",
// "J.-P", "M.A"), or a word that keeps its period ("Jr", "Sr", "Inc"). The lexicon's other
// abbreviations (months, journal words) are given names there: "Jan", "Ann".
bool keeps_final_period(std::string_view word, const Lexicon& lex) {
  if (word.empty()) return false;
  if (word.find('.') != std::string_view::npos) return true;
  std::size_t i = 0;
  const text::CodePoint first = text::decode(word, i);
  if (first.len == word.size()) return text::is_letter_cp(first.cp);
  if (word == "\u0414\u0436") return true;  // ru "Дж.", the initial of J
  return static_cast<bool>(lex.keep_period.whole(word));
}

// "Thompson J, Ivanov R.": capitals after a Vancouver list whose first name's initials carry no
// period ("Thompson J,") are initials of the same style, so the period ends the element.
bool vancouver_initials_after(std::string_view before, std::string_view word) {
  auto capitals = [](std::string_view w) {
    return !w.empty() && w.size() <= 3 && std::all_of(w.begin(), w.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; });
  };
  const std::size_t comma = before.find(", ");
  if (!capitals(word) || comma == std::string_view::npos) return false;
  const std::string_view first = before.substr(0, comma);
  const std::size_t sp = first.rfind(' ');
  return sp != std::string_view::npos && sp > 0 && capitals(first.substr(sp + 1));
}

}  // namespace

bool parse_name_list(std::string_view text, const Lexicon& lex, NameList& out, bool natural_order) {
  out = {};
  std::string_view s = text::trim_chars(text, ",;:");
  if (s.empty() || s.size() > 600) return false;
  // "Instituto Nacional de Estadística (ed.). «Título».": CS1's editors with no date end
  // the element with a period after the mark's bracket.
  if (s.size() > 2 && s.ends_with(").")) s.remove_suffix(1);
  out.editors = strip_editor_mark(s, lex);
  out.et_al = strip_et_al(s, lex);
  s = text::trim_chars(s, ",;:");
  // "VV. AA.", "AA.VV.": one collective author, kept as printed.
  if (is_collective_author(s, lex)) {
    out.names.push_back(literal_name(std::string(s)));
    return true;
  }
  // A period that ends the element is not part of the last name ("Sokolov, Andriy.",
  // "Kowalski, Jan.", "Jones, Ann."), unless that name is an initial or a suffix.
  if (!s.empty() && s.back() == '.') {
    std::size_t start = s.size() - 1;
    while (start > 0 && !text::space_len_at(s, start - 1) && s[start - 1] != ',' && s[start - 1] != '_') --start;
    const std::string_view word = s.substr(start, s.size() - 1 - start);
    // After a comma the word is a given name (inverted order), where "Jan" is no month.
    const bool given = s.rfind(',', start) != std::string_view::npos;
    // "Гере Дж.": ru's two-letter initial of J keeps its period in a name without a comma too.
    if (given ? !keeps_final_period(word, lex) || vancouver_initials_after(s.substr(0, start), word)
              : !lex.is_abbreviation(word) && word != "\u0414\u0436")
      s.remove_suffix(1);
  }
  if (s.empty()) return out.et_al;

  // CS1's "&" before the last name with two names only, "Smith, T. & van der Berg, Elena":
  // read as the ";" list below (a family's particles made the comma pieces below fail).
  const std::size_t amp = s.find(" & ");
  const bool amp_pair = amp != std::string_view::npos && std::count(s.begin(), s.end(), ',') == 2 &&
                        s.substr(0, amp).find(',') != std::string_view::npos && s.substr(amp + 3).find(',') != std::string_view::npos;
  if (s.find(';') != std::string_view::npos || amp_pair) {
    std::size_t b = 0;
    while (b <= s.size()) {
      std::size_t e = s.find(';', b);
      if (e == std::string_view::npos) e = s.size();
      const std::string_view piece = text::trim(s.substr(b, e - b));
      b = e + 1;
      if (piece.empty()) continue;
      // CS1's last name after "&" ("Diffie, Bailey W. & Merkle, Ralph C."), or after the
      // edition's joiner word (es "García, Ana y López, Luis"): two inverted names.
      std::size_t join = piece.find(" & "), join_len = join == std::string_view::npos ? 0 : 3;
      for (std::size_t i = piece.find(", "); join == std::string_view::npos && i != std::string_view::npos && i < piece.size();) {
        i = piece.find(' ', i + 2);
        if (i == std::string_view::npos) break;
        if (const WordMatch m = lex.name_joiners.match(piece, i + 1);
            m && i + 1 + m.length < piece.size() && piece[i + 1 + m.length] == ' ') {
          join = i;
          join_len = m.length + 2;
        }
      }
      if (join != std::string_view::npos && piece.substr(0, join).find(',') != std::string_view::npos &&
          piece.substr(join + join_len).find(',') != std::string_view::npos) {
        out.names.push_back(single_name(piece.substr(0, join), lex));
        out.names.push_back(single_name(piece.substr(join + join_len), lex));
        continue;
      }
      out.names.push_back(single_name(piece, lex));
    }
    return !out.names.empty();
  }
  // "Instituto Nacional de Estadística e Informática": an organisation's name holds joiner
  // words too; without a comma it is one name, not people joined by "e"/"and".
  if (s.size() <= 120 && s.find(',') == std::string_view::npos) {
    // Words split at plain spaces: cheap, and names with a joiner are rare enough.
    bool joined = false, organisation = false;
    for (std::size_t i = 0; i < s.size() && !joined;) {
      const std::size_t sp = s.find(' ', i);
      const std::size_t e = sp == std::string_view::npos ? s.size() : sp;
      if (i > 0 && e > i && e - i <= 3 && lex.name_joiners.whole(s.substr(i, e - i))) joined = true;
      i = e + 1;
    }
    for (std::size_t i = 0; joined && i < s.size() && !organisation;) {
      const std::size_t sp = s.find(' ', i);
      const std::size_t e = sp == std::string_view::npos ? s.size() : sp;
      const std::string_view w = s.substr(i, e - i);
      organisation = w.size() >= 4 && text::starts_upper(w) && lex.organisation_words.whole(w);
      i = e + 1;
    }
    if (joined && organisation) {
      out.names.push_back(literal_name(std::string(s)));
      return true;
    }
  }
  // Link artefacts keep the comma inside the name.
  if (s.find('_') != std::string_view::npos) {
    out.names.push_back(literal_name(std::string(s)));
    return true;
  }

  // Pieces separated by commas and joiner words.
  std::array<Piece, 32> pieces;
  std::size_t np = 0;
  {
    std::size_t b = 0;
    bool joiner = false;
    std::size_t i = 0;
    while (np < pieces.size()) {
      bool cut = false, next_joiner = false;
      std::size_t skip = 0;
      if (i >= s.size()) {
        cut = true;
      } else if (s[i] == ',') {
        cut = true;
        skip = 1;
        // ", and" joins like a comma.
        std::size_t j = i + 1;
        while (j < s.size() && s[j] == ' ') ++j;
        if (WordMatch m = lex.name_joiners.match(s, j); m && j + m.length < s.size() && s[j + m.length] == ' ')
          skip = j + m.length - i;
      } else if (s[i] == ' ' && i + 1 < s.size()) {
        if (WordMatch m = lex.name_joiners.match(s, i + 1);
            m && i + 1 + m.length < s.size() && s[i + 1 + m.length] == ' ' && !compound_family(s, b, i, i + 2 + m.length, m.length)) {
          cut = true;
          skip = 1 + m.length;
          next_joiner = true;
        }
      }
      if (!cut) {
        ++i;
        continue;
      }
      const std::size_t end = std::min(i, s.size());
      const std::string_view piece = text::trim(s.substr(b, end - b));
      if (!piece.empty() && np > 0 && !joiner && generational_suffix(piece)) {
        // "King, Martin Luther, Jr.": the suffix after a comma goes with the given names.
        pieces[np - 1].suffix = piece;
      } else if (!piece.empty()) {
        pieces[np++] = {piece, joiner};
      }
      if (i >= s.size()) break;
      joiner = next_joiner;
      b = i + skip;
      i = b;
    }
  }
  if (np == 0) return false;

  auto toks = [&](std::size_t k) { return tokenize(pieces[k].text, lex); };
  if (np == 1) {
    out.names.push_back(single_name(pieces[0].whole(), lex));
    return true;
  }
  // "Lucas e Thilo Gross": two given names sharing one family name stay one literal.
  if (np == 2 && pieces[1].after_joiner) {
    const Tokens a = toks(0), b = toks(1);
    if (a.n == 1 && a.k[0] == Tk::word && natural_like(b)) {
      out.names.push_back(literal_name(std::string(s)));
      return true;
    }
  }
  // Whole names in natural order separated by commas only, as it/fr templates print them:
  // "Mario Rossi, Luigi Bianchi, Anna Verdi". With three or more, no "Family, Given" reading
  // fits (CS1/CS2 separate inverted names with ";"); with two, "García Márquez, Gabriel José"
  // has the same shape, so only the list's evidence of natural order decides.
  if ((np >= 3 || natural_order) && whole_natural_names(pieces, np, lex)) {
    for (std::size_t k = 0; k < np; ++k) out.names.push_back(single_name(pieces[k].whole(), lex));
    return true;
  }
  // "Mejía Huaraca, Mario", "박, 승혁": one inverted name ("Patani GA, LaVoie EJ" are two).
  if (np == 2 && !pieces[1].after_joiner) {
    const Tokens a = toks(0), b = toks(1);
    if (family_like(a) && !(vancouver_like(a) && vancouver_like(b)) &&
        (given_like(b) || given_after_one_family(a, b) || (b.n == 1 && b.k[0] != Tk::other))) {
      out.names.push_back(person(pieces[0].text, pieces[1].text, pieces[1].suffix.empty() ? pieces[0].suffix : pieces[1].suffix));
      return true;
    }
  }
  for (std::size_t k = 0; k < np;) {
    const Tokens a = toks(k);
    if (k + 1 < np && !pieces[k + 1].after_joiner && family_like(a) && !vancouver_like(a)) {
      const Tokens b = toks(k + 1);
      bool pair = all_initials(b);
      if (!pair && given_like(b) && a.n <= 2) {
        // "Torvalds, Linus and David Diamond": pair when what follows is not another bare surname.
        // "Luca Bianchi, Mario Rossi e Anna Verdi" (it/fr natural order): three whole names,
        // the last after the joiner, are no "Family, Given" pair.
        if (k + 2 >= np) pair = true;
        else if (pieces[k + 2].after_joiner)
          pair = !(a.n >= 2 && b.n >= 2 && k == 0 && k + 3 == np && natural_like(toks(k + 2)));
        else {
          const Tokens c = toks(k + 2);
          pair = natural_like(c) || vancouver_like(c);
        }
      }
      if (pair) {
        out.names.push_back(person(pieces[k].text, pieces[k + 1].text, pieces[k + 1].suffix.empty() ? pieces[k].suffix : pieces[k + 1].suffix));
        k += 2;
        continue;
      }
    }
    out.names.push_back(single_name(pieces[k].whole(), lex));
    ++k;
  }
  return !out.names.empty();
}

NameShape name_shape(std::string_view text, const Lexicon& lex) {
  std::string_view s = text::trim(text);
  // "King, Martin Luther, Jr.": the shape is that of the name before its suffix.
  if (const std::size_t sp = s.find_last_of(' '); sp != std::string_view::npos && sp > 0 && generational_suffix(s.substr(sp + 1))) {
    s = text::trim(s.substr(0, sp));
    if (!s.empty() && s.back() == ',') s = text::trim(s.substr(0, s.size() - 1));
  }
  if (s.empty() || s.size() > 80 || has_any(s, "()[]@_0123456789;\"")) return NameShape::none;
  if (const std::size_t comma = s.find(','); comma != std::string_view::npos) {
    if (s.find(',', comma + 1) != std::string_view::npos) return NameShape::none;
    const Tokens a = tokenize(s.substr(0, comma), lex), b = tokenize(s.substr(comma + 1), lex);
    if (family_like(a) && a.n <= 3 && a.k[0] != Tk::lower && given_like(b)) return NameShape::inverted;
    return NameShape::none;
  }
  const Tokens t = tokenize(s, lex);
  if (vancouver_like(t)) return NameShape::vancouver;
  if (natural_like(t) && t.n <= 3) return NameShape::natural;
  // "Charles F. van Loan", "Charles F. Van Loan" (de people before the colon, it and fr comma
  // lists): a given name, an initial, and a family with its particle.
  if (t.n == 4 && natural_like(t) && t.k[1] == Tk::initial && t.k[0] == Tk::word && lex.name_particles.whole(t.v[2]))
    return NameShape::natural;
  return NameShape::none;
}

std::size_t leading_inverted_name(std::string_view s, const Lexicon& lex) {
  // "Family, Given Rest of the title"
  const std::size_t comma = s.find(',');
  if (comma == std::string_view::npos || comma == 0 || comma > 40) return 0;
  const Tokens fam = tokenize(s.substr(0, comma), lex);
  if (!family_like(fam) || fam.n > 2 || fam.k[0] == Tk::lower) return 0;
  std::size_t i = comma + 1;
  while (i < s.size() && s[i] == ' ') ++i;
  std::size_t e = i;
  while (e < s.size() && !text::space_len_at(s, e)) ++e;
  if (e >= s.size()) return 0;
  const std::string_view given = s.substr(i, e - i);
  const Tk k = classify(given, lex);
  if (k != Tk::word && k != Tk::caps && k != Tk::initial) return 0;
  // The title must follow with a capital or a digit.
  std::size_t r = e;
  while (r < s.size() && s[r] == ' ') ++r;
  if (r >= s.size() || !text::starts_upper(s.substr(r), true)) return 0;
  return e;
}

namespace {

std::size_t vancouver_name_in(std::string_view s, const Lexicon& lex, bool in_list) {
  // "Schmidt J. Docker ...", "Tsai T. https://..."
  const Tokens t = tokenize(s.substr(0, std::min<std::size_t>(s.size(), 60)), lex);
  // "де Фриз Ж.", "фон Нейман Дж.", "van der Berg J.": a family's particles before its capitalised word.
  std::size_t f = 0;
  while (f < t.n && f < 2 && t.k[f] == Tk::particle) ++f;
  if (t.n < f + 3 || t.k[f] != Tk::word) return 0;
  std::size_t first = f + 1;
  // "Golub G. H., Van Loan C. F.", "Голуб Дж., Ван Лоун Ч.": a family of two capitalised
  // words (a particle GOST keeps capitalised, a compound name) after a list's comma, where a
  // title cannot start; at the start only before two initials ("Van Loan C. F. Title").
  if (f == 0 && t.n >= 4 && t.k[1] == Tk::word && is_initial(t.k[2]) && t.v[2].back() != ',' &&
      (in_list || (is_initial(t.k[3]) && t.v[2].back() == '.' && t.v[3].size() > 1 &&
                   (t.v[3].back() == '.' || t.v[3].ends_with(".,")))))
    first = 2;
  std::size_t k = first;
  while (k < t.n && k < first + 3 && is_initial(t.k[k]) && t.v[k].back() == '.') ++k;
  // "Петров П. П., Сидоров С. С.": the last initial carries the comma of a list.
  // So does one initial: "Smith J., Jones K. Rivers of Asia // Asian Studies".
  if (k < t.n && k < first + 3 && t.v[k].size() > 2 && t.v[k].ends_with(".,")) {
    const std::string_view initial = t.v[k].substr(0, t.v[k].size() - 1);
    if (classify(initial, lex) == Tk::initial)
      return static_cast<std::size_t>(initial.data() + initial.size() - s.data());
  }
  if (k == first || k >= t.n) return 0;
  return static_cast<std::size_t>(t.v[k - 1].data() + t.v[k - 1].size() - s.data());
}

}  // namespace

std::size_t leading_vancouver_name(std::string_view s, const Lexicon& lex) { return vancouver_name_in(s, lex, false); }

std::size_t leading_vancouver_names(std::string_view s, const Lexicon& lex) {
  std::size_t end = leading_vancouver_name(s, lex);
  // A bounded list: GOST names up to three authors before the title.
  for (int more = 0; end > 0 && more < 8; ++more) {
    if (end + 2 >= s.size() || s[end] != ',' || s[end + 1] != ' ') break;
    const std::size_t next = vancouver_name_in(s.substr(end + 2), lex, true);
    if (next == 0) break;
    end += 2 + next;
  }
  // "Иванов И. И., Петров П. П. и др. Книга": "et al." closes the list.
  if (end > 0 && end + 1 < s.size() && s[end] == ' ')
    if (const WordMatch m = lex.et_al.match(s, end + 1); m && s[end + m.length] == '.') end += 1 + m.length;
  return end;
}

}  // namespace citelib::list

namespace citelib::list {

namespace {

// ACS "J. Chem. Inf. Comput. Sci. 1988, 28, 31-36": a year, a comma, the volume. A number
// before the edition's page-count label is a book's extent, not a volume: fr Ouvrage closes
// with "Paris, Dunod, 2004, 280 p." ("Brian W. Kernighan, …" read as an NLM name).
bool acs_tail_follows(std::string_view s, const Lexicon& lex) {
  for (std::size_t c = s.find(", "); c != std::string_view::npos; c = s.find(", ", c + 2)) {
    // A year (an issue number, "n. 7825, 2020", is none).
    if (c < 5 || c + 2 >= s.size() || s[c - 5] != ' ' || !text::all_digits(s.substr(c - 4, 4)) || (s[c - 4] != '1' && s[c - 4] != '2') ||
        !text::is_ascii_digit(s[c + 2]))
      continue;
    std::size_t v = c + 2;
    while (v < s.size() && text::is_ascii_digit(s[v])) ++v;
    if (v < s.size() && s[v] == ',') return true;
    if (v < s.size() && s[v] == ' ') {
      std::string_view label = s.substr(v + 1);
      label = label.substr(0, std::min(label.find(' '), label.size()));
      if (!label.empty() && label.back() == ',') label.remove_suffix(1);
      if (!lex.page_count_labels.whole(label)) return true;
    }
  }
  return false;
}

// "2010;375", "2005 Jan;12", "2010; 375": a year, at most a month and day, ';' and a volume.
bool nlm_tail_follows(std::string_view s) {
  for (std::size_t semi = s.find(';'); semi != std::string_view::npos; semi = s.find(';', semi + 1)) {
    std::size_t v = semi + 1;
    while (v < s.size() && s[v] == ' ') ++v;
    if (v >= s.size() || !text::is_ascii_digit(s[v])) continue;
    for (std::size_t y = semi >= 15 ? semi - 15 : 0; y + 4 <= semi; ++y)
      if ((y == 0 || s[y - 1] == ' ') && text::all_digits(s.substr(y, 4)) && (y + 4 == semi || s[y + 4] == ' '))
        return true;
  }
  return false;
}

}  // namespace

std::size_t leading_nlm_names(std::string_view s, const Lexicon& lex) {
  // "Smith J, Jones KA, Brown A, et al. Title.": NLM/ICMJE names, initials without periods,
  // comma-separated; the period after the last name (or the one of "et al.") ends the list.
  // Cheap test first: "Family X," or "Family XY." within the first words.
  {
    if (!text::starts_upper(s)) return 0;
    bool initials_seen = false;
    std::size_t sp = s.find(' ');
    for (int w = 0; w < 3 && sp != std::string_view::npos && sp < 48 && !initials_seen; ++w, sp = s.find(' ', sp + 1)) {
      std::size_t k = sp + 1;
      while (k < s.size() && s[k] >= 'A' && s[k] <= 'Z') ++k;
      initials_seen = k > sp + 1 && k - sp - 1 <= 3 && k < s.size() && (s[k] == ',' || s[k] == '.');
    }
    if (!initials_seen) return 0;
  }
  const std::size_t limit = std::min<std::size_t>(s.size(), 600);
  std::size_t i = 0, names = 0, initials = 0;
  while (i < limit) {
    if (const WordMatch m = lex.et_al.match(s, i); m && names > 0) {
      const std::size_t e = i + m.length;
      if (e < s.size() && s[e - 1] == '.' && s[e] == ' ') return e;
      if (e + 1 < s.size() && s[e] == '.' && s[e + 1] == ' ') return e + 1;
      return 0;
    }
    // One name: family words, then one token of 1–3 capitals.
    std::size_t e = i;
    while (e < limit && s[e] != ',' && s[e] != '.') ++e;
    if (e >= limit || e - i > 48) return 0;
    const Tokens t = tokenize(s.substr(i, e - i), lex);
    if (t.n < 2 || t.overflow || !vancouver_like(t) || t.k[t.n - 1] != (t.v[t.n - 1].size() == 1 ? Tk::initial : Tk::caps))
      return 0;
    ++names;
    initials += t.v[t.n - 1].size();
    if (s[e] == '.') {
      // Two names, or one with two initials ("Smith JA. Title"), or an NLM journal tail later
      // ("Smith J. Title. Lancet. 2010;375:1–5."): "Vitamin D. Fact Sheet" is a title.
      if (e + 1 >= s.size() || s[e + 1] != ' ' || (names < 2 && initials < 2 && !nlm_tail_follows(s.substr(e)) && !acs_tail_follows(s.substr(e), lex)))
        return 0;
      return e + 1;
    }
    if (e + 1 >= s.size() || s[e + 1] != ' ') return 0;
    i = e + 2;
  }
  return 0;
}


namespace {

// NLM's book imprint after `from`: "Place: Publisher; 2016" (a colon, then a year after a
// semicolon at the end of an element).
bool nlm_imprint_follows(std::string_view s) {
  const std::size_t colon = s.find(": ");
  if (colon == std::string_view::npos) return false;
  for (std::size_t semi = s.find(';', colon); semi != std::string_view::npos; semi = s.find(';', semi + 1)) {
    std::size_t y = semi + 1;
    while (y < s.size() && s[y] == ' ') ++y;
    if (y + 4 <= s.size() && text::all_digits(s.substr(y, 4)) && (y + 4 == s.size() || !text::is_ascii_digit(s[y + 4])))
      return true;
  }
  return false;
}

}  // namespace

std::size_t leading_nlm_organisation(std::string_view s, const Lexicon& lex) {
  if (!text::starts_upper(s)) return 0;
  std::size_t e = s.find(". ");
  if (e == std::string_view::npos || e > 120) return 0;
  // "Brasil. Ministério da Saúde. Título.": a body under its jurisdiction (one or two
  // capitalised words without an organisation's word), both the author.
  std::size_t org_begin = 0;
  if (const std::size_t e2 = s.find(". ", e + 2); e2 != std::string_view::npos && e2 - e <= 120 && text::count_words(s.substr(0, e)) <= 2 &&
                                                  s.substr(0, e).find_first_of("0123456789,:;()") == std::string_view::npos) {
    const std::string_view next = s.substr(e + 2, e2 - e - 2);
    if (lex.organisation_words.whole(next.substr(0, next.find(' '))) && !lex.organisation_words.whole(s.substr(0, e))) {
      org_begin = e + 2;
      e = e2;
    }
  }
  const std::string_view org = s.substr(org_begin, e - org_begin);
  if (has_any(org, "0123456789,:;()[]\"")) return 0;
  // Capitalised words and short lowercase ones ("of", "for", "de la"), an organisation's word.
  std::size_t words = 0;
  bool organisation = false;
  for (std::size_t i = 0; i < org.size();) {
    std::size_t w = org.find(' ', i);
    if (w == std::string_view::npos) w = org.size();
    const std::string_view word = org.substr(i, w - i);
    ++words;
    if (text::starts_lower(word) && word.size() > 4) return 0;
    if (lex.organisation_words.whole(word)) organisation = true;
    i = w + 1;
  }
  if (!organisation || words < 2 || words > 12) return 0;
  // A title after the organisation, then the journal's "2000;161" or the imprint's "; 2016".
  const std::string_view rest = s.substr(e + 2);
  const std::size_t title_end = rest.find(". ");
  if (title_end == std::string_view::npos) return 0;
  const std::string_view after = rest.substr(title_end + 2);
  if (!nlm_tail_follows(after) && !nlm_imprint_follows(after)) return 0;
  return e + 1;
}
}  // namespace citelib::list

namespace citelib::list {

namespace {

// "J.", "J.C.", "M.A.": an initial with its period.
bool abnt_initial(std::string_view w) {
  if (w.size() < 2 || w.back() != '.') return false;
  for (std::size_t i = 0; i < w.size();) {
    const text::CodePoint c = text::decode(w, i);
    if (!text::is_letter_cp(c.cp) || !text::is_upper_cp(c.cp)) return false;
    i += c.len;
    if (i >= w.size() || w[i] != '.') return false;
    ++i;
  }
  return true;
}

}  // namespace

std::size_t leading_abnt_names(std::string_view s, const Lexicon& lex, std::size_t* names_end) {
  // ABNT: "SILVA, João; SOUZA, M. A. Título." — families in capitals, a comma, the given
  // names; ";" between people; the period after the last given name ends the list, except
  // an initial's, which ends it only when a word without period follows ("SOUZA, M. A água").
  // ACS writes the same list with capitalised families and initials only: "Irwin, J. J.;
  // Shoichet, B. K. ZINC – A Free Database …" (two people at least, no given name written out).
  // Cheap test first: two capitals open the text, or a capital and "; " soon.
  bool mixed = false;
  {
    const text::CodePoint a = text::decode(s, 0);
    if (a.len >= s.size() || !text::is_upper_cp(a.cp)) return 0;
    if (!text::is_upper_cp(text::decode(s, a.len).cp)) {
      if (s.substr(0, 42).find("; ") == std::string_view::npos) return 0;
      mixed = true;
    }
  }
  const std::size_t limit = std::min<std::size_t>(s.size(), 400);
  std::size_t i = 0;
  for (int people = 0; people < 12; ++people) {
    // The family: words in capitals up to ", ".
    const std::size_t comma = s.find(", ", i);
    if (comma == std::string_view::npos || comma >= limit || comma - i > 48 || comma == i) return 0;
    for (std::size_t w = i; w < comma;) {
      std::size_t we = s.find(' ', w);
      if (we == std::string_view::npos || we > comma) we = comma;
      if (!(mixed ? text::starts_upper(s.substr(w, we - w)) || lex.name_particles.whole(s.substr(w, we - w))
                  : all_caps(s.substr(w, we - w))))
        return 0;
      w = we + 1;
    }
    // The given names, word by word.
    std::size_t w = comma + 2;
    bool next_person = false;
    for (int k = 0; k < 6 && w < limit; ++k) {
      std::size_t we = w;
      while (we < s.size() && !text::space_len_at(s, we)) ++we;
      std::string_view word = s.substr(w, we - w);
      if (word.empty()) return 0;
      const std::size_t after = we < s.size() ? we + text::space_len_at(s, we) : we;
      if (word.back() == ';') {
        word.remove_suffix(1);
        if (!abnt_initial(word) && (mixed || !text::starts_upper(word))) return 0;
        // "; et al." after a person.
        if (const WordMatch m = lex.et_al.match(s, after); m) {
          *names_end = after + m.length;
          return *names_end < s.size() && text::space_len_at(s, *names_end) ? *names_end : 0;
        }
        i = after;
        next_person = true;
        break;
      }
      if (const WordMatch m = lex.et_al.match(s, w); m && k > 0) {
        *names_end = w + m.length;
        return *names_end < s.size() && text::space_len_at(s, *names_end) ? *names_end : 0;
      }
      if (abnt_initial(word)) {
        if (after >= s.size()) return 0;
        std::size_t ne = after;
        while (ne < s.size() && !text::space_len_at(s, ne)) ++ne;
        const std::string_view next = s.substr(after, ne - after);
        if (abnt_initial(next) || next.back() == ';' || lex.name_particles.whole(next) || lex.et_al.match(s, after)) {
          w = after;
          continue;
        }
        if (mixed && people == 0) return 0;
        *names_end = we;
        return after;
      }
      if (word.back() == '.') {
        if (word.size() < 3 || !text::starts_upper(word) || mixed) return 0;
        *names_end = we - 1;
        return after;
      }
      // es/it "PÉREZ, Juan: Historia de España, Madrid, …": a colon ends the list as the
      // period does.
      if (word.back() == ':' && !mixed && word.size() >= 3 && text::starts_upper(word) && after < s.size() &&
          text::starts_upper(s.substr(after))) {
        *names_end = we - 1;
        return after;
      }
      if ((!text::starts_upper(word) && !lex.name_particles.whole(word)) || mixed) return 0;
      w = after;
    }
    if (!next_person) return 0;
  }
  return 0;
}

}  // namespace citelib::list

namespace citelib::list {

std::size_t leading_family_given_in_brackets(std::string_view s, const Lexicon& lex, Name* name) {
  // fr "Dupont (Jean), Histoire de France, Paris, …", "Dupont (J.-P.)": the old French order,
  // the family, then the given names in brackets, then a comma.
  const std::size_t open = s.find(" (");
  if (open == std::string_view::npos || open == 0 || open > 40) return 0;
  const std::size_t close = s.find(')', open);
  if (close == std::string_view::npos || close - open > 40 || close + 2 >= s.size() || s[close + 1] != ',' ||
      s[close + 2] != ' ')
    return 0;
  const std::string_view family = s.substr(0, open), given = s.substr(open + 2, close - open - 2);
  auto capitalised_words = [](std::string_view v, std::size_t max) {
    if (v.empty() || text::count_words(v) > max) return false;
    for (std::size_t i = 0; i < v.size(); ++i) {
      if (text::is_ascii_digit(v[i]) || v[i] == ',' || v[i] == '(' || v[i] == ':') return false;
      if (text::at_word_start(v, i) && !text::starts_upper(v.substr(i))) return false;
    }
    return true;
  };
  if (!capitalised_words(family, 3) || !capitalised_words(given, 3)) return 0;
  // One family word, particles aside ("La Fontaine (Jean de)" is the exception that stays a
  // title): "Official Report (Hansard), House of Commons" is a title and its series.
  std::size_t family_words = 0;
  for (std::size_t i = 0; i < family.size(); ++i)
    if (text::at_word_start(family, i)) {
      std::size_t e = family.find(' ', i);
      if (e == std::string_view::npos) e = family.size();
      if (!lex.name_particles.whole(family.substr(i, e - i))) ++family_words;
    }
  if (family_words != 1) return 0;
  // "BBC (UK), …": an acronym in the brackets is no given name.
  for (std::size_t i = 0; i + 1 < given.size(); ++i)
    if (given[i] >= 'A' && given[i] <= 'Z' && given[i + 1] >= 'A' && given[i + 1] <= 'Z') return 0;
  if (!text::starts_upper(s.substr(close + 3))) return 0;
  *name = personal_name(std::string(family), std::string(given));
  return close + 1;
}

std::size_t leading_abnt_organisation(std::string_view s, const Lexicon& lex) {
  // ABNT "IBGE. Censo demográfico 2010. Rio de Janeiro: IBGE, 2011.", "INSTITUTO BRASILEIRO
  // DE GEOGRAFIA E ESTATÍSTICA. Título.": an author in capitals, a period, a capitalised title.
  const std::size_t dot = s.find(". ");
  if (dot == std::string_view::npos || dot < 2 || dot > 80) return 0;
  const std::string_view head = s.substr(0, dot);
  for (std::size_t w = 0; w < head.size();) {
    std::size_t we = head.find(' ', w);
    if (we == std::string_view::npos) we = head.size();
    const std::string_view word = head.substr(w, we - w);
    // Particles may be lowercase ("DE", "de"); every other word is capitals.
    if (!all_caps(word) && !lex.name_particles.whole(word) && !lex.name_joiners.whole(word)) return 0;
    w = we + 1;
  }
  if (!all_caps(head.substr(0, head.find(' ')))) return 0;
  std::size_t title = dot + 2;
  if (title >= s.size() || !text::starts_upper(s.substr(title), true)) return 0;
  // "BRASIL. Ministério da Saúde. Manual …": a body of the jurisdiction in capitals belongs to
  // the author (ABNT's hierarchy of a public body).
  if (const std::size_t sub_end = s.find(". ", title); sub_end != std::string_view::npos && sub_end - title <= 80) {
    const std::string_view sub = s.substr(title, sub_end - title);
    if (lex.organisation_words.whole(sub.substr(0, sub.find(' '))) && sub.find_first_of("0123456789:;,") == std::string_view::npos &&
        text::count_words(sub) <= 8 && sub_end + 2 < s.size() && text::starts_upper(s.substr(sub_end + 2), true))
      title = sub_end + 2;
  }
  // The imprint's year later: "Rio de Janeiro: IBGE, 2011".
  for (std::size_t i = title; i + 4 <= s.size(); ++i)
    if ((s[i - 1] == ' ') && text::all_digits(s.substr(i, 4)) && (i + 4 == s.size() || !text::is_ascii_digit(s[i + 4])))
      return title;
  return 0;
}

}  // namespace citelib::list

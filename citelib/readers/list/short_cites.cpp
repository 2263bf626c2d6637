#include "readers/list/short_cites.hpp"

#include "readers/list/lexicon.hpp"
#include "readers/list/identifiers.hpp"
#include "readers/list/locators.hpp"

#include "core/text.hpp"

namespace citelib::list {

namespace {

// Author part of a short note: capitalised words, joined by "&", "and", "et al.", commas or
// the underscores of a text dump ("Hairer,_Nørsett_&_Wanner"); a family's lowercase particles
// before a capitalised word ("de la Cruz", "Ivanov_&_van_der_Berg") are the name's.
bool names_like(std::string_view s, const Lexicon& lex) {
  if (s.empty() || s.size() > 80) return false;
  // Short notes name authors only: no title ("Max Mustermann: Das Buch. Verlag …").
  if (s.find(':') != std::string_view::npos) return false;
  for (std::size_t i = 0; i + 1 < s.size(); ++i)
    if (s[i] == '.' && s[i + 1] == ' ' && !(i >= 2 && s.compare(i - 2, 2, "al") == 0)) return false;
  std::size_t words = 0, particles = 0;  // at most eight words besides the particles
  std::size_t i = 0;
  bool particle = false;  // particles read that still wait for their capitalised word
  bool name_start = true;  // at the start, after a comma or "&": where particles may stand
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '_' || s[i] == ',')) name_start |= s[i++] == ',';
    if (i >= s.size()) break;
    std::size_t e = i;
    while (e < s.size() && s[e] != ' ' && s[e] != '_' && s[e] != ',') ++e;
    const std::string_view w = s.substr(i, e - i);
    ++words;
    const bool upper = text::starts_upper(w);
    const bool joiner = w == "&" || lex.name_joiners.whole(w) || w == "et" || w == "al." || w == "al";
    if (joiner) {
      // The names start with a name (or its particles), never with a joiner.
      if (words == 1 || particle) return false;
      // sfn joins its last name with "&": "Ivanov & de la Cruz"; after a word joiner a
      // lowercase word is a title's article ("Gli Agnelli e la Juventus").
      name_start = w == "&";
    } else if (!upper) {
      // "de la Cruz" opens a name; "Storia di Roma" is a title's words, not a note's names.
      if (!(name_start || particle) || !lex.name_particles.whole(w)) return false;
      particle = true;
      ++particles;
    } else {
      particle = false;
      name_start = false;
    }
    for (char c : w)
      if (text::is_ascii_digit(c)) return false;
    i = e;
  }
  return words > 0 && words - particles <= 8 && !particle;
}

// "Pietro Toesca, Il Trecento, Torino, UTET, 1951, pp. 442-460": before a year set off by a
// comma, three elements and more of which two hold several words (no joiner) are a full
// reference's author, title and imprint, not a short note's authors ("Rossi, Bianchi e
// Verdi, 2001, p. 5" and sfn's "Ortega Gómez & Pérez Sánchez 2005" stay notes). With one
// title word, "Roberto Calasso, Ka, Milano, Adelphi, 2010, p. 12", one element of several
// words is enough when no joiner ends the list: a note's three names and more end in "e", "&".
bool reads_as_full_head(std::string_view names, const Lexicon& lex) {
  std::size_t pieces = 0;
  std::size_t multi = 0;
  bool any_joined = false;
  for (std::size_t b = 0; b <= names.size();) {
    std::size_t e = names.find(',', b);
    if (e == std::string_view::npos) e = names.size();
    const std::string_view piece = text::trim(names.substr(b, e - b));
    b = e + 1;
    if (piece.empty()) continue;
    ++pieces;
    if (piece.find('&') != std::string_view::npos) any_joined = true;
    if (piece.find(' ') == std::string_view::npos || piece.find('&') != std::string_view::npos) continue;
    bool joined = false;
    for (std::size_t w = piece.find(' '); w != std::string_view::npos && !joined; w = piece.find(' ', w + 1)) {
      std::size_t we = w + 1;
      while (we < piece.size() && piece[we] != ' ') ++we;
      const std::string_view word = piece.substr(w + 1, we - w - 1);
      joined = static_cast<bool>(lex.name_joiners.whole(word));
      if (word == "al." || word == "al") any_joined = true;
    }
    if (joined) any_joined = true;
    else ++multi;
  }
  return pieces >= 3 && (multi >= 2 || (multi == 1 && !any_joined));
}

// "45 n. 3", "40, nn. 2–4": pages and a footnote on them, kept as printed (sfn |p=).
bool pages_with_note(std::string_view page, const Lexicon& lex) {
  for (std::size_t i = 1; i + 2 < page.size(); ++i) {
    if (page[i - 1] != ' ') continue;
    const WordMatch m = lex.note_labels.match_label(page, i);
    if (!m) continue;
    const std::string_view before = text::trim_chars(page.substr(0, i), " ,");
    const std::string_view note = text::trim(page.substr(i + m.length));
    return !before.empty() && looks_like_pages(before) && !note.empty() && looks_like_pages(note);
  }
  return false;
}

// Chicago's short note, "Keegan, The Face of Battle, 45." and "Smith and Jones, Rivers, 12–14.":
// the authors' family names, the work's short title and the pages, bare. A bare number that
// could be a year ("Smith, Penguin, 2001") is a full reference's date, not a page.
bool chicago_short_note(std::string_view s, const Lexicon& lex, ShortCite& sc) {
  const std::size_t last = s.rfind(", ");
  if (last == std::string_view::npos || s.size() > 120) return false;
  const std::size_t first = s.find(", ");
  if (first == last) return false;
  const std::string_view names = text::trim(s.substr(0, first));
  const std::string_view title = text::trim(s.substr(first + 2, last - first - 2));
  const std::string_view page = text::trim(s.substr(last + 2));
  if (page.empty() || !text::is_ascii_digit(page[0]) || !looks_like_pages(page)) return false;
  if (page.size() == 4 && text::all_digits(page) && page >= "1500" && page <= "2099") return false;
  if (!names_like(names, lex) || text::count_words(names) > 4 || title.empty() || !text::starts_upper(title, true) ||
      text::count_words(title) > 10 || parse_date(title).has_parts() || match_identifier(title, 0))
    return false;
  // The title is one element: no comma inside; a second comma is a full reference's imprint.
  if (title.find(", ") != std::string_view::npos) return false;
  sc.names = std::string(names);
  sc.title = std::string(title);
  sc.page = std::string(page);
  return true;
}

bool parse_part(std::string_view part, const Lexicon& lex, ShortCite& out) {
  std::string_view s = text::trim(part);
  if (s.size() >= 2 && s.front() == '(' && s.back() == ')') s = text::trim(s.substr(1, s.size() - 2));
  if (!s.empty() && s.back() == '.') s.remove_suffix(1);
  if (s.empty() || s.size() > 160) return false;
  ShortCite sc;
  for (std::size_t k = 0; k < 2; ++k) {
    if (WordMatch m = lex.see_prefixes.match(s, 0); m && m.length < s.size() && s[m.length] == ' ') {
      sc.prefix = std::string(s.substr(0, m.length));
      s = text::trim(s.substr(m.length));
    }
  }
  // "Smith, op. cit., p. 12": the author's work cited before.
  std::size_t ditto_at = 0;
  if (const std::size_t comma = s.size() <= 80 ? s.find(", ") : std::string_view::npos; comma != std::string_view::npos)
    if (lex.ditto_words.match(s, comma + 2) && names_like(s.substr(0, comma), lex)) ditto_at = comma + 2;
  // "Ibid., p. 12", "Там же. С. 5": the source of the note before, and a place in it.
  if (WordMatch m = s.size() <= 48 + ditto_at ? lex.ditto_words.match(s, ditto_at) : WordMatch{}) {
    std::size_t e = ditto_at + m.length;
    const bool period = e < s.size() && s[e] == '.';
    if (period) ++e;
    // "Ibid., p. 12", "Ibid. p. 12", "Ivi, p. 5"; not "Id Software (1993)".
    if (e < s.size() && s[e] != ',' && !(period && s[e] == ' ')) return false;
    // "Ibid." alone: the note's own final period is the abbreviation's.
    const std::string_view whole = text::trim(part);
    const std::size_t after = static_cast<std::size_t>(s.data() - whole.data()) + e;
    if (ditto_at > 0)
      sc.names = std::string(s.substr(0, ditto_at - 2));
    else if (e == s.size() && !period && after < whole.size() && whole[after] == '.')
      sc.names = std::string(s.substr(0, e)) + '.';
    else
      sc.names = std::string(s.substr(0, e));
    std::string_view loc = text::trim(text::trim_chars(s.substr(e), " ,."));
    // GOST separates the place with a dash: "Там же. — С. 12".
    if (const std::size_t d = loc.empty() ? 0 : text::dash_len_at(loc, 0)) loc = text::trim(loc.substr(d));
    if (!loc.empty()) {
      WordMatch p = lex.page_labels.match_label(loc, 0);
      const std::string_view page = p ? text::trim(loc.substr(p.length)) : std::string_view{};
      if (p && !page.empty() && looks_like_pages(page)) sc.page = std::string(page);
      else if (loc.size() <= 40 && text::count_words(loc) <= 4 && loc.find_first_of("0123456789") != std::string_view::npos)
        sc.locator = std::string(loc);
      else
        return false;
    }
    out = std::move(sc);
    return true;
  }
  // The year: four digits (and a letter) after a space or underscore, then the end or a comma;
  // {{harvtxt}} puts it in parentheses ("Smith (2005), p. 12").
  std::size_t y = std::string_view::npos;
  for (std::size_t i = 1; i + 4 <= s.size(); ++i) {
    const bool paren = s[i - 1] == '(' && i >= 2 && s[i - 2] == ' ';
    if (s[i - 1] != ' ' && s[i - 1] != '_' && !paren) continue;
    std::size_t e = i;
    while (e < s.size() && text::is_ascii_digit(s[e])) ++e;
    if (e - i != 4) continue;
    if (e < s.size() && s[e] >= 'a' && s[e] <= 'z') ++e;
    const std::size_t year_end = e;
    // {{harvtxt}} with its place inside, "Smith (2005, p. 23)": the place after the comma.
    bool place_in_paren = false;
    if (paren) {
      if (e + 2 < s.size() && s[e] == ',' && s.back() == ')' && s.find(')', e) == s.size() - 1) {
        place_in_paren = true;
      } else {
        if (e >= s.size() || s[e] != ')') continue;
        ++e;
      }
    }
    // Harvard "Smith 2005:23", "Smith 2005: 23–25": the pages after a colon.
    if (!paren && e + 1 < s.size() && s[e] == ':') {
      const std::string_view page = text::trim(s.substr(e + 1));
      const std::string_view names = text::trim_chars(s.substr(0, i), "_ ,");
      if (page.empty() || !text::is_ascii_digit(page[0]) || !looks_like_pages(page) || !names_like(names, lex)) return false;
      sc.names = std::string(names);
      sc.year = std::string(s.substr(i, year_end - i));
      sc.page = std::string(page);
      y = i;
      break;
    }
    if (e != s.size() && s[e] != ',') continue;
    y = i;
    // "Smith, 2001, p. 5": a comma may stand between the names and the year.
    const std::string_view names = text::trim_chars(s.substr(0, paren ? i - 1 : i), "_ ,");
    if (!names_like(names, lex)) return false;
    if (!paren && text::trim_chars(s.substr(0, i), " ").ends_with(',') && reads_as_full_head(names, lex)) return false;
    sc.names = std::string(names);
    sc.year = std::string(s.substr(i, year_end - i));
    if (e < s.size()) {
      const std::string_view loc = text::trim(s.substr(e + 1, place_in_paren ? s.size() - e - 2 : std::string_view::npos));
      if (loc.empty()) return false;
      // A short note points to a place: a page or a short locator with a number, not the
      // rest of a full reference ("Garzia, F. (2013), Handbook of …, p. 182").
      if (WordMatch m = lex.page_labels.match_label(loc, 0)) {
        const std::string_view page = text::trim(loc.substr(m.length));
        if (page.empty() || !(looks_like_pages(page) || pages_with_note(page, lex))) return false;
        sc.page = std::string(page);
      } else {
        if (loc.size() > 40 || text::count_words(loc) > 4 || loc.find_first_of("0123456789") == std::string_view::npos)
          return false;
        // CS2's "Kowalski, Peter J. (2012), \"Python 6.6 released\", nytimes.com", "Park S
        // (2001), \"History and networks, 1975–2022\"": a quoted title after the date is a full
        // reference's, not a place in a work.
        if (loc.find('"') != std::string_view::npos || loc.find("\u201C") != std::string_view::npos ||
            loc.find("\u00AB") != std::string_view::npos)
          return false;
        // "Martin McLaughlin, Italo Calvino, Edinburgh, …, 1998, ISBN 0-7486-0917-3": an
        // identifier is a full reference's, not a place in a work.
        if (match_identifier(loc, 0)) return false;
        // CS2 "Okafor, John (1971), Git 12.6 released, Wiley", "Johansson PJ (2000), \"Title,
        // 1963–2023\"": a quoted title, or a name after a comma (capitalised, no number), is a
        // full reference's too ("chap. 3, sec. 2" is a place).
        if (loc.front() == '"' || loc.starts_with("\u00AB") || loc.starts_with("\u201C")) return false;
        for (std::size_t k = loc.find(", "); k != std::string_view::npos; k = loc.find(", ", k + 2)) {
          std::string_view piece = loc.substr(k + 2);
          piece = piece.substr(0, piece.find(", "));
          if (text::starts_upper(piece) && piece.find_first_of("0123456789") == std::string_view::npos) return false;
        }
        sc.locator = std::string(loc);
      }
    }
    break;
  }
  if (y == std::string_view::npos) {
    // "Rossi, p. 12": a note without a year names the author and a page only.
    const std::size_t comma = s.rfind(", ");
    if (comma == std::string_view::npos) return false;
    std::string_view names = text::trim(s.substr(0, comma));
    const std::string_view loc = text::trim(s.substr(comma + 2));
    const WordMatch m = lex.page_labels.match_label(loc, 0);
    if (!m) return chicago_short_note(s, lex, sc) && (out = std::move(sc), true);
    // "Smith n.d., p. 23": sfn's year of an undated work.
    std::string_view year;
    if (const std::size_t sp = names.rfind(' '); sp != std::string_view::npos && names.size() - sp <= 8 &&
                                               parse_date(names.substr(sp + 1)).undated) {
      year = names.substr(sp + 1);
      names = text::trim(names.substr(0, sp));
    }
    if (!names_like(names, lex)) return false;
    const std::string_view page = text::trim(loc.substr(m.length));
    if (page.empty() || !looks_like_pages(page)) return false;
    sc.names = std::string(names);
    sc.year = std::string(year);
    sc.page = std::string(page);
  }
  out = std::move(sc);
  return true;
}

}  // namespace

namespace {

// The end of the note part that starts at `b`: the next ";" or, with `joined`, the next
// ", and " (a joiner of the table: "See Smith 2001, p. 5, and Jones 2005"). Sets `next`.
std::size_t part_end(std::string_view text, std::size_t b, bool joined, const Lexicon& lex, std::size_t* next) {
  const std::size_t semi = text.find(';', b);
  std::size_t e = semi == std::string_view::npos ? text.size() : semi;
  *next = e + 1;
  if (!joined) return e;
  for (std::size_t k = text.find(", ", b); k != std::string_view::npos && k < e; k = text.find(", ", k + 2)) {
    const std::size_t w = k + 2;
    std::size_t we = w;
    while (we < text.size() && text[we] != ' ') ++we;
    if (we < text.size() && we - w <= 3 && lex.name_joiners.whole(text.substr(w, we - w))) {
      *next = we + 1;
      return k;
    }
  }
  return e;
}

bool read_parts(std::string_view text, const Lexicon& lex, bool joined, std::vector<ShortCite>& found) {
  std::size_t b = 0;
  while (b <= text.size()) {
    std::size_t next = 0;
    const std::size_t e = part_end(text, b, joined, lex, &next);
    ShortCite sc;
    if (!parse_part(text.substr(b, e - b), lex, sc)) return false;
    found.push_back(std::move(sc));
    if (found.size() > 64) return false;
    b = next;
  }
  return !found.empty();
}

}  // namespace

bool parse_short_cites(std::string_view text, const Lexicon& lex, std::vector<ShortCite>& out, bool list_has_notes) {
  std::vector<ShortCite> found;
  // Parts joined by ", and " are tried only when ";" alone does not read: "Smith, Jones, and
  // Brown 2001" is one note with three names.
  if (!read_parts(text, lex, false, found)) {
    // Only a short text with a ", and " can be notes joined that way (most texts that fail
    // here are full references: no second pass over them).
    std::size_t next = 0;
    if (text.size() > 240 || part_end(text, 0, true, lex, &next) == std::min(text.find(';'), text.size())) return false;
    found.clear();
    if (!read_parts(text, lex, true, found)) return false;
  }
  // "Windows 2000" alone is a title: a lone note needs a locator, a prefix, a dump's underscore
  // or a second author to be read as a short note, or a list that printed short notes before.
  if (found.size() == 1 && !list_has_notes) {
    const ShortCite& sc = found.front();
    const bool marked = !sc.page.empty() || !sc.locator.empty() || !sc.prefix.empty() || sc.year.empty() ||
                        text.find('_') != std::string_view::npos || sc.names.find('&') != std::string::npos ||
                        sc.names.find(" al") != std::string::npos;
    if (!marked) return false;
  }
  out = std::move(found);
  return true;
}

}  // namespace citelib::list

// Classical works cited by book and chapter, as articles on antiquity print them: "Pliny the
// Elder. Natural History. Book 8.", "Tacitus. Annals. 15.44.", fr "Hérodote, Histoires, livre
// II, 35.", it "Polibio, Storie, III, 107-117.", de "Caesar: De bello Gallico. 6, 21.". The
// author (a name of at most four words), the work, and a place in it by book, chapter and
// section, nothing else: no edition prints a place, publisher or year so, and the numbers
// after the title are no volume or publisher but the conventional division every edition
// shares (CSL 1.0.2 `classic`, the place its locator).
#include "readers/list/head_steps.hpp"

#include "citelib/model/date.hpp"
#include "core/text.hpp"
#include "readers/list/lexicon.hpp"

namespace citelib::list {

namespace {

constexpr std::size_t npos = std::string_view::npos;

bool upper_roman(std::string_view w) {
  if (w.empty() || w.size() > 7) return false;
  for (const char ch : w)
    if (ch != 'I' && ch != 'V' && ch != 'X' && ch != 'L' && ch != 'C' && ch != 'D' && ch != 'M') return false;
  return true;
}

bool small_number(std::string_view w) { return !w.empty() && w.size() <= 3 && text::all_digits(w); }

// "35", "107-117", "107–117", "3.3": a chapter (and section), or a range of chapters.
bool chapter_number(std::string_view w) {
  if (w.empty() || w.size() > 15 || !text::is_ascii_digit(w[0])) return false;
  std::size_t run = 0;
  for (std::size_t i = 0; i < w.size(); ++i) {
    if (text::is_ascii_digit(w[i])) {
      if (++run > 3) return false;  // "II, 1990" is a volume and a year
      continue;
    }
    run = 0;
    if (w[i] == '.' || w[i] == '-') {
      if (i + 1 >= w.size() || !text::is_ascii_digit(w[i + 1])) return false;
      continue;
    }
    if (w.compare(i, 3, "\u2013") == 0 && i + 3 < w.size() && text::is_ascii_digit(w[i + 3])) {
      i += 2;
      continue;
    }
    return false;
  }
  return true;
}

// "15.44", "18.3.3", "1.22": book, chapter and section joined by periods (no date: "1.2.2019").
bool dotted_numbers(std::string_view w) {
  std::size_t parts = 1, run = 0;
  for (const char ch : w) {
    if (text::is_ascii_digit(ch)) {
      if (++run > 3) return false;
    } else if (ch == '.' && run > 0) {
      ++parts;
      run = 0;
    } else {
      return false;
    }
  }
  return run > 0 && parts >= 2 && parts <= 4 && !parse_date(w).has_parts();
}

// A name of one to four words: capitalised words, short lowercase joiners ("Pliny the Elder",
// "Augustine of Hippo") and elided ones ("Pline l'Ancien"); the last word capitalised. An
// inverted name ("Caesar, Julius") has one or two such words on each side of its comma.
bool classical_name(std::string_view s, bool allow_comma) {
  if (s.empty() || s.size() > 60 || !text::starts_upper(s)) return false;
  if (const std::size_t comma = s.find(", "); comma != npos) {
    if (!allow_comma) return false;
    return classical_name(s.substr(0, comma), false) && classical_name(s.substr(comma + 2), false) &&
           text::count_words(s.substr(0, comma)) <= 2 && text::count_words(s.substr(comma + 2)) <= 2;
  }
  std::size_t words = 0;
  std::string_view last;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t e = s.find(' ', i);
    if (e == npos) e = s.size();
    const std::string_view w = s.substr(i, e - i);
    if (w.empty() || ++words > 4) return false;
    for (const char ch : w)
      if (text::is_ascii_digit(ch) || ch == '.' || ch == ',' || ch == ':' || ch == ';' || ch == '(' || ch == '"') return false;
    if (!text::starts_upper(w)) {
      const std::size_t apo = w.find('\'');
      const bool elided = apo != npos && apo <= 2 && apo + 1 < w.size() && text::starts_upper(w.substr(apo + 1));
      if (!elided && w.size() > 3) return false;
      if (elided) last = w.substr(apo + 1);
      else last = {};
    } else {
      last = w;
    }
    i = e + 1;
  }
  return !last.empty();
}

// A work's title: capitalised, at most twelve words, no digits, no other separator.
bool classical_title(std::string_view s) {
  if (s.empty() || s.size() > 120 || !text::starts_upper(s) || text::count_words(s) > 12) return false;
  for (const char ch : s)
    if (text::is_ascii_digit(ch) || ch == ':' || ch == ';' || ch == '(' || ch == '[' || ch == '"' || ch == '/') return false;
  return s.find(". ") == npos && s.find(", ") == npos;
}

}  // namespace

bool classical_place(std::string_view s, const Lexicon& lex, bool bare_pair) {
  if (s.empty() || s.size() > 40) return false;
  std::string_view rest = s;
  bool labelled = false;
  if (const WordMatch m = lex.book_labels.match(s, 0); m && m.length + 1 < s.size() && s[m.length] == ' ') {
    labelled = true;
    rest = s.substr(m.length + 1);
  }
  const std::size_t comma = rest.find(", ");
  const std::string_view book = rest.substr(0, comma);
  const std::string_view chapter = comma == npos ? std::string_view{} : rest.substr(comma + 2);
  if (comma != npos && !chapter_number(chapter)) return false;
  if (labelled) return upper_roman(book) || small_number(book);
  // "XV, 44", "II, 35": a Roman book and its chapter; "15.44"; de "6, 21" (`bare_pair`).
  if (comma == npos) return dotted_numbers(book);
  return upper_roman(book) || (bare_pair && small_number(book));
}

bool classical_head(ParseContext& c, std::size_t s0) {
  const std::string_view t = c.t;
  std::string_view body = text::trim(t.substr(s0));
  if (body.size() < 12 || body.size() > 200 || body.back() != '.') return false;
  body.remove_suffix(1);
  const std::size_t base = static_cast<std::size_t>(body.data() - t.data());
  // The author ends at the first ". ", ", " or ": "; an inverted name runs to a period.
  std::size_t sep = 0;
  while (sep < body.size() && body[sep] != '.' && body[sep] != ',' && body[sep] != ':') ++sep;
  if (sep == body.size()) return false;
  if (sep == npos || sep + 2 >= body.size() || body[sep + 1] != ' ') return false;
  char mode = body[sep];
  std::size_t name_end = sep;
  if (mode == ',') {
    std::size_t next = sep + 2;
    while (next < body.size() && body[next] != '.' && body[next] != ',' && body[next] != ':') ++next;
    if (next < body.size() && body[next] == '.' && next + 1 < body.size() && body[next + 1] == ' ' &&
        classical_name(body.substr(0, next), true)) {
      name_end = next;
      mode = '.';
    }
  }
  const std::string_view name = body.substr(0, name_end);
  if (!classical_name(name, mode == '.')) return false;
  // de "Autor: Titel. 6, 21.": the title after a colon ends at a period.
  const std::size_t title_begin = name_end + 2;
  const std::size_t title_end = body.find(mode == ',' ? ", " : ". ", title_begin);
  if (title_end == npos) return false;
  const std::string_view title = body.substr(title_begin, title_end - title_begin);
  const std::string_view place = body.substr(title_end + 2);
  if (!classical_title(title) || !classical_place(place, c.lex, mode != ',')) return false;
  take_authors(c, base, base + name_end);
  set_title(c, base + title_begin, base + title_end, TitleKind::plain);
  c.ref.set(Variable::title, std::string(title));
  c.ref.set(Variable::locator, std::string(place));
  c.mark(base, t.size());
  c.ref.type = ItemType::classic;
  c.type_label = true;
  c.rest_begin = t.size();
  return true;
}

}  // namespace citelib::list

// A series and its volume: "Lecture Notes in Computer Science. 8441.", a book's series before
// "Vol. 1", and a volume with its own title ("Vol. 2: The Middle Ages"). A series looks like a
// container or publisher on its own; the volume after it is what tells it apart.
#include "readers/list/head_steps.hpp"
#include "readers/list/lexicon.hpp"
#include "readers/list/placer.hpp"

#include "core/text.hpp"

namespace citelib::list {

namespace {

// "II", "XIV": a Roman volume number in capitals.
bool roman_number(std::string_view v) {
  if (v.empty() || v.size() > 6) return false;
  for (char ch : v)
    if (ch != 'I' && ch != 'V' && ch != 'X' && ch != 'L' && ch != 'C') return false;
  return true;
}

}  // namespace

bool volume_of_work(std::string_view s, const Lexicon& lex, std::string_view& volume, std::string_view& work) {
  if (s.size() > 160) return false;
  const WordMatch label = lex.volume_labels.match_label(s, 0);
  if (!label) return false;
  std::size_t b = label.length;
  while (b < s.size() && s[b] == ' ') ++b;
  std::size_t e = b;
  while (e < s.size() && s[e] != ' ') ++e;
  const std::string_view number = s.substr(b, e - b);
  if (number.empty() || !(text::all_digits(number) || roman_number(number)) || s.compare(e, 4, " of ") != 0) return false;
  const std::string_view rest = text::trim(s.substr(e + 4));
  if (rest.empty() || !text::starts_upper(rest, true)) return false;
  volume = number;
  work = rest;
  return true;
}

bool volume_and_title(std::string_view s, const Lexicon& lex, std::string_view& volume, std::string_view& title) {
  const WordMatch m = lex.volume_labels.match_label(s, 0);
  if (!m) return false;
  const std::string_view value = text::trim(s.substr(m.length));
  const std::size_t colon = value.find(": ");
  if (colon == std::string_view::npos || colon == 0) return false;
  // GOST spaces its colon: "Т. 16 : Моршин — Никиш".
  const std::string_view number = text::trim(value.substr(0, colon));
  if (!text::all_digits(number) && !roman_number(number)) return false;
  const std::string_view rest = text::trim(value.substr(colon + 1));
  if (rest.empty() || !text::starts_upper(rest, true)) return false;
  volume = number;
  title = rest;
  return true;
}

// cite book "|volume=2: The Middle Ages": "Vol. 2: The Middle Ages." — the volume and its
// title; es "Volumen I: Trayectoria histórica." likewise.
bool Placer::volume_with_title(std::string_view s, std::size_t index, std::vector<Segment>& segs) {
  std::string_view volume, title;
  if (r.has(Variable::volume) || !volume_and_title(s, c.lex, volume, title)) return false;
  // GOST "— Т. 16 : Моршин — Никиш. — С. 45": the volume's title names its first and last
  // headwords around a dash that reads as an area separator; the area ends at ". — ".
  std::size_t title_end = c.offset(title) + title.size();
  if (index + 1 < segs.size() && segs[index + 1].after_dash && c.t[title_end] != '.' && text::count_words(title) <= 3) {
    const Segment& nx = segs[index + 1];
    const std::string_view word = c.view(nx.begin, nx.end);
    Locators tmp;
    if (text::starts_upper(word) && text::count_words(word) <= 3 && !parse_date(word).has_parts() &&
        !parse_labeled_locators(word, c.lex, tmp) && word.find(':') == npos && !c.used[nx.begin] && !c.used[title_end]) {
      title_end = nx.end;
      consume(segs, index + 1);
    }
  }
  r.set(Variable::volume, std::string(volume));
  r.set(Variable::volume_title, std::string(c.view(c.offset(title), title_end)));
  last_was_locator = true;
  return true;
}

// "Lecture Notes in Computer Science. 8441.": a series, then its volume as a bare number.
// A book's series: "Title. The Story of Civilization. Vol. 1. New York: Simon & Schuster."
// A chapter's book has its series too: "\"Chapter\". In Smith, J. (ed.). Book. Lecture Notes in
// Computer Science. Vol. 1234. Berlin: Springer." — the book is the container already, the
// element after it is the series when a volume alone follows (a magazine's own "Vol. 12,
// no. 3" follows the magazine, which is not placed yet). A place of one or two words
// ("London. Vol. 5") is no series.
bool Placer::book_series_volume(std::string_view s, std::string_view nx, Locators& loc) const {
  const bool standalone = c.title_kind == TitleKind::plain && !r.has(Variable::container_title) && plain == 0;
  const bool in_book = (c.chapter || c.title_kind == TitleKind::quoted) && r.has(Variable::container_title) &&
                       (c.chapter || text::count_words(s) >= 3);
  if (!(standalone || in_book) || r.has(Variable::publisher)) return false;
  if (!standalone && !c.lex.volume_labels.match_label(nx, 0)) return false;
  if (!parse_labeled_locators(nx, c.lex, loc) || loc.volume.empty() || !loc.page.empty() || !loc.section.empty())
    return false;
  // "Springer Series in Computational Mathematics, vol. 35, Berlino, Springer": a publisher's
  // name opens many series, which name themselves "Series" after it; a publisher's own
  // name has no such word.
  auto named_series = [&] {
    for (std::size_t i = s.find(" Series"); i != npos; i = s.find(" Series", i + 1))
      if (i + 7 == s.size() || s[i + 7] == ' ') return true;
    return false;
  };
  return (!has_publisher_word(s) || named_series()) && text::count_words(s) <= 10;
}

// es/pt books of several volumes, "Historia de España. IX. La crisis del Estado (1923-1939).
// Barcelona: Labor.": a Roman number alone right after a standalone title is its volume, and
// the element after it, when the imprint ("Place: Publisher") follows, the volume's own title.
// pt Citar livro prints |volume= bare too, in Arabic digits: "Construções de concreto. 1. Rio
// de Janeiro: Interciência" (a number of one or two digits, the imprint right after it).
bool Placer::roman_volume_after_title(std::string_view s, std::size_t index, std::vector<Segment>& segs) {
  const bool arabic = s.size() <= 2 && text::all_digits(s);
  if (late || plain > 0 || c.title_kind != TitleKind::plain || r.has(Variable::volume) ||
      r.has(Variable::container_title) || r.has(Variable::publisher) || !(roman_number(s) || arabic) ||
      index + 1 >= segs.size() || !plain_from(index, index + 1, segs))
    return false;
  auto imprint_at = [&](std::size_t k) {
    if (k >= segs.size() || segs[k].begin >= segs[k].end || segs[k].after_dash) return false;
    const std::string_view e = c.view(segs[k].begin, segs[k].end);
    const std::size_t colon = e.find(": ");
    return colon != npos && colon > 0 && place_name(e.substr(0, colon));
  };
  const std::string_view nx = c.view(segs[index + 1].begin, segs[index + 1].end);
  if (imprint_at(index + 1)) {
    r.set(Variable::volume, std::string(s));
    return true;
  }
  if (arabic || !text::starts_upper(nx, true) || nx.find(": ") == 0 || !imprint_at(index + 2) || !plain_from(index + 1, index + 2, segs))
    return false;
  r.set(Variable::volume, std::string(s));
  r.set(Variable::volume_title, std::string(nx));
  consume(segs, index + 1);
  return true;
}

bool Placer::series_then_volume(std::string_view s, std::size_t index, std::vector<Segment>& segs) {
  // it "in Luigi Bianchi (a cura di), Fauna d'Italia, vol. 2, Roma": the element after the
  // editors is their book, and the volume is the book's.
  if (late || expect_book || r.has(Variable::volume) || index + 1 >= segs.size()) return false;
  if (!plain_from(index, index, segs) || !text::starts_upper(s) || text::count_words(s) < 2) return false;
  const Segment& next = segs[index + 1];
  if (next.begin >= next.end || next.after_dash) return false;
  const std::string_view nx = c.view(next.begin, next.end);
  Locators loc;
  const bool book = book_series_volume(s, nx, loc);
  if (!book && (!r.has(Variable::container_title) || !text::all_digits(nx) || nx.size() > 6 ||
                parse_date(nx).has_parts()))
    return false;
  for (std::size_t i = segs[index].end; i < next.begin; ++i)
    if (c.used[i]) return false;
  // de Literatur prints a series in brackets ("(= Reihe. Band 3)"): after an author's colon,
  // the plain element right after the title and before "Band 9." is the title's subtitle
  // ("Moderne Betriebssysteme. Bürgerwelt und starker Staat. Band 9. Parey, Hamburg 2008").
  if (book && c.colon_author && c.title_kind == TitleKind::plain && c.title_end != 0 && c.title_end < segs[index].begin) {
    std::size_t k = c.title_end;
    while (k < segs[index].begin && (c.t[k] == '.' || c.t[k] == ' ')) ++k;
    if (k == segs[index].begin && extend_title_to(segs[index].end)) {
      apply(loc);
      last_was_locator = true;
      consume(segs, index + 1);
      return true;
    }
  }
  // "Das Deutsche Reich und der Zweite Weltkrieg (in German). Vol. VIII.": CS1 prints the
  // language after the series; it is the reference's, not the series' name.
  const std::string_view series = strip_end_tags(s);
  r.set(Variable::collection_title, std::string(series.empty() ? s : series));
  if (book) {
    apply(loc);
    last_was_locator = true;
    consume(segs, index + 1);
    return true;
  }
  r.set(Variable::volume, std::string(nx));
  consume(segs, index + 1);
  // cite conference: "… Series. 8441. Copenhagen, Denmark. pp. 1–16.": the place after the
  // volume is where the conference was held.
  if (index + 2 < segs.size() && plain_from(index + 1, index + 2, segs)) {
    const std::string_view where = c.view(segs[index + 2].begin, segs[index + 2].end);
    std::size_t lower = 0;
    for (std::size_t i = 0; i < where.size(); ++i)
      if (text::at_word_start(where, i) && text::starts_lower(where.substr(i))) ++lower;
    if (lower == 0 && text::count_words(where) <= 4 && !has_publisher_word(where)) {
      r.set(Variable::event_place, std::string(where));
      consume(segs, index + 2);
    }
  }
  return true;
}

}  // namespace citelib::list

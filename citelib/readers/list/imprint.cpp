// The imprint among the elements: who published the work and where. Written in many shapes
// ("Place: Publisher", "Verlag, Ort Jahr", "Milano, Apogeo", GOST's "— М.: Наука, 2005", a
// journal's "(Lima: Editorial)", a news agency after the paper's place, an episode's network
// after its date), and easily taken for a container or a comment, so these rules decide
// publisher and place together.
#include "readers/list/head_steps.hpp"
#include "readers/list/lexicon.hpp"
#include "readers/list/locators.hpp"
#include "readers/list/placer.hpp"
#include "readers/list/quotes.hpp"

#include "core/text.hpp"

#include <algorithm>

namespace citelib::list {

// A place as a journal's or newspaper's imprint prints it: "São Paulo", "Rio de Janeiro",
// "Madrid" (capitalised words, short lowercase particles between them, no digit).
bool place_name(std::string_view s) {
  const std::size_t words = text::count_words(s);
  if (words == 0 || words > 4 || !text::starts_upper(s)) return false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    // "2016 IEEE European Symposium on Security and Privacy (EuroS&P)": an ampersand inside a
    // word joins a name's initials ("AT&T", "S&P"), never a place's.
    if (text::is_ascii_digit(s[i]) || s[i] == ':' || s[i] == ',' || s[i] == '(' || s[i] == '.' ||
        (s[i] == '&' && i > 0 && s[i - 1] != ' ')) return false;
    if (!text::at_word_start(s, i)) continue;
    std::size_t e = i;
    while (e < s.size() && s[e] != ' ') ++e;
    if (!text::starts_upper(s.substr(i))) {
      if (e - i > 3) return false;
      continue;
    }
    // An acronym is a name's short form, not a place: "Conference … (ICSME)", "(IETF)".
    bool caps = e - i >= 2;
    for (std::size_t k = i; k < e && caps; ++k) caps = s[k] >= 'A' && s[k] <= 'Z';
    if (caps) return false;
  }
  return true;
}

// Publisher names and places start with a capital, a digit, a quote or a bracket, or are
// a domain name ("docs.python.org").
bool Placer::name_like_start(std::string_view s) {
  if (text::starts_upper(s, true) || s.front() == '"' || s.front() == '[' || s.compare(0, 2, "\u00AB") == 0) return true;
  const std::size_t dot = s.find('.');
  return dot != npos && dot > 0 && dot + 1 < s.size() && s.find(' ') == npos && text::is_ascii_alpha(s[dot + 1]);
}

// A publisher whose name starts in lower case after its place's colon: a name particle before
// a capital ("Berlin: de Gruyter", "Amsterdam: van Gorcum") or a capital inside the first
// word ("Bloomington: iUniverse").
bool Placer::particle_or_camel_start(std::string_view s) const {
  const std::size_t sp = s.find(' ');
  const std::string_view first = s.substr(0, sp);
  if (sp != npos && c.lex.name_particles.whole(first) && text::starts_upper(s.substr(sp + 1))) return true;
  return first.size() > 1 && std::any_of(first.begin() + 1, first.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; }) &&
         text::is_ascii_alpha(first.front());
}

bool Placer::has_organisation_word(std::string_view s) const {
  for (std::size_t i = 0; i < s.size(); ++i)
    if (text::at_word_start(s, i) && text::starts_upper(s.substr(i)) && c.lex.organisation_words.match(s, i)) return true;
  return false;
}

// A book's title as CS1 prints it: plain in a text copy, in italics or a link (to the book's
// page) in a markdown export.
bool Placer::standalone_title() const {
  return c.title_kind == TitleKind::plain || c.title_kind == TitleKind::italic || c.title_kind == TitleKind::link;
}

bool Placer::has_publisher_word(std::string_view s) const {
  for (std::size_t i = 0; i < s.size(); ++i)
    if (text::at_word_start(s, i) && c.lex.publisher_words.match(s, i)) return true;
  return false;
}

namespace {

// "am" of "Frankfurt am Main", "an der" of "Halle an der Saale": a lowercase word of at most
// three letters after a place's first word.
bool place_particle(std::string_view place, std::size_t i) {
  if (i == 0) return false;
  std::size_t e = i;
  while (e < place.size() && place[e] >= 'a' && place[e] <= 'z') ++e;
  return e > i && e - i <= 3 && (e == place.size() || place[e] == ' ');
}

}  // namespace

// de Literatur: "C. H. Beck, München 2010": a place of capitalised words, a space, a bare
// year (no other edition glues a year to a place without a comma).
bool Placer::place_then_year(std::string_view place, std::string_view year) {
  if (year.size() != 4 || !text::all_digits(year) || place.empty() || text::count_words(place) > 3) return false;
  for (std::size_t i = 0; i < place.size(); ++i)
    if (text::at_word_start(place, i) && !text::starts_upper(place.substr(i)) && !place_particle(place, i)) return false;
  for (char ch : place)
    if (text::is_ascii_digit(ch)) return false;
  return true;
}

// German "Verlag, Ort Jahr": "Verlag Beispiel, Berlin 2005".
bool Placer::publisher_place_year(std::string_view s) {
  // After the author's colon, "Ort Jahr" alone: "Müller, Hans: Geschichte. München 2001."
  if (c.colon_author && !late && !r.has(Variable::publisher_place) && !r.has(Variable::issued) &&
      !r.has(Variable::container_title) && s.find(", ") == npos)
    if (const std::size_t sp = s.rfind(' '); sp != npos && place_then_year(s.substr(0, sp), s.substr(sp + 1)) &&
                                             !parse_date(s).has_parts()) {
      issued(s.substr(sp + 1));
      set_if_empty(Variable::publisher_place, s.substr(0, sp));
      c.place = true;
      return true;
    }
  const std::size_t comma = s.rfind(", ");
  // A plain element read as the publisher right after a plain title may be its subtitle (below).
  const bool subtitle = r.has(Variable::publisher) && publisher_end != npos && !r.has(Variable::publisher_place) &&
                        c.title_kind == TitleKind::plain && c.title_end != 0 && !r.has(Variable::container_title);
  if (comma == npos || comma == 0 || (r.has(Variable::publisher) && !subtitle) || late) return false;
  const std::string_view tail = s.substr(comma + 2);
  const std::size_t sp = tail.rfind(' ');
  if (sp == npos || text::count_words(tail) > 4 || !text::starts_upper(tail) ||
      !parse_date(tail.substr(sp + 1)).has_parts() || parse_date(tail).has_parts() ||
      !(has_publisher_word(s.substr(0, comma)) || place_then_year(tail.substr(0, sp), tail.substr(sp + 1))))
    return false;
  // de Vorlage:Literatur, "Richard Wagner. Die Szene und ihr Meister. C. H. Beck, München 1983":
  // the template prints a series in parentheses ("(= Reihe. Band 3)"), so the plain element
  // between the title and "Verlag, Ort Jahr" is the subtitle, printed after a period.
  if (subtitle) {
    if (!extend_title_to(publisher_end)) return false;
    r.erase(Variable::publisher);
    publisher_end = npos;
  }
  issued(tail.substr(sp + 1));
  set_if_empty(Variable::publisher, text::trim(s.substr(0, comma)));
  set_if_empty(Variable::publisher_place, text::trim(tail.substr(0, sp)));
  c.place = true;
  return true;
}

namespace {

// The first words of places of several words ("New Jersey", "San Diego", "Upper Saddle River",
// "Bad Homburg", "Rio de Janeiro", "La Habana"): what tells such a place from a second name
// after a publisher's comma ("Fig Leaf Press, Forth Interest").
constexpr std::string_view kPlacePrefixes[] = {"New", "San", "Santa", "Santo", "São", "Los", "Las", "La", "Le", "Saint", "Sankt",
                                               "St.", "Fort", "Upper", "Lower", "North", "South", "East", "West", "Port",
                                               "Mount", "Bad", "Rio", "Buenos", "Den", "Palo", "El", "Ciudad", "Frankfurt"};

bool place_after_publisher(std::string_view place) {
  const std::size_t sp = place.find(' ');
  if (sp == std::string_view::npos) return true;
  for (const std::string_view p : kPlacePrefixes)
    if (place.substr(0, sp) == p) return true;
  return false;
}

}  // namespace

// Free text prints the publisher before its place, "Pearson Prentice Hall, New Jersey",
// "Wiley-VCH, Weinheim", "Springer, Berlin" (the corpus's rule for publisher-place): a
// publisher's word before the comma and a place's capitalised words after it, none of them a
// publisher's ("Penguin, Random House" and "Little, Brown and Company" stay one publisher),
// one word or a place's first word among several.
bool state_then_colon(std::string_view s) {
  std::size_t caps = 0;
  while (caps < s.size() && s[caps] >= 'A' && s[caps] <= 'Z') ++caps;
  return caps >= 2 && caps <= 3 && s.compare(caps, 2, ": ") == 0;
}

bool Placer::publisher_then_place(std::string_view s) {
  if (late || r.has(Variable::publisher) || r.has(Variable::publisher_place) || s.size() > 100) return false;
  const std::size_t comma = s.find(", ");
  if (comma == npos || comma == 0 || s.find(", ", comma + 2) != npos) return false;
  const std::string_view pub = text::trim(s.substr(0, comma)), place = text::trim(s.substr(comma + 2));
  if (!has_publisher_word(pub) || has_publisher_word(place) || has_organisation_word(place) || !place_name(place) ||
      text::count_words(place) > 3 || place.find('&') != npos || !place_after_publisher(place))
    return false;
  r.set(Variable::publisher, std::string(pub));
  r.set(Variable::publisher_place, std::string(place));
  publisher_end = c.offset(s) + s.size();
  c.place = true;
  return true;
}

namespace {

// A part of a place as CS2 prints it before the publisher: "Reading", "MA", "New York",
// "N.J", "Tunbridge Wells" (capitalised words or abbreviations, short particles, no digit).
bool place_part(std::string_view s) {
  const std::size_t words = text::count_words(s);
  if (words == 0 || words > 3 || !text::starts_upper(s)) return false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (text::is_ascii_digit(s[i]) || s[i] == ':' || s[i] == ',' || s[i] == '(' || s[i] == '"') return false;
    if (!text::at_word_start(s, i) || text::starts_upper(s.substr(i))) continue;
    std::size_t e = i;
    while (e < s.size() && s[e] != ' ') ++e;
    if (e - i > 3) return false;
  }
  return true;
}

}  // namespace

// CS2 "Reading, MA: Addison-Wesley", "Berlin, New York: Springer-Verlag", "Tunbridge Wells,
// Kent, England: Abacus Press": the comma list cut the place in parts; the place runs from
// this element to the colon of "Place: Publisher".
bool Placer::place_over_commas(std::string_view s, std::size_t index, std::vector<Segment>& segs) {
  // A plain element read as the publisher before "Place, ST: Publisher" was the book's series
  // ("Springer Series in …, vol. 1, Sebastopol, CA: Springer"): CS2, as CS1, prints one
  // publisher, after its place.
  const bool series_first = r.has(Variable::publisher) && publisher_end != npos && !r.has(Variable::collection_title) &&
                            standalone_title();
  if (c.mode != SepMode::comma || late || expect_book || (r.has(Variable::publisher) && !series_first) || r.has(Variable::publisher_place) ||
      !r.has(Variable::title) || (c.title_kind == TitleKind::quoted && !r.has(Variable::container_title)) ||
      !place_part(s) || has_publisher_word(s))
    return false;
  for (std::size_t k = index + 1; k < segs.size() && k <= index + 3; ++k) {
    const Segment& g = segs[k];
    if (g.begin >= g.end || g.after_dash) return false;
    for (std::size_t i = segs[k - 1].end; i < g.begin; ++i)
      if (c.used[i]) return false;
    const std::string_view v = c.view(g.begin, g.end);
    const std::size_t colon = v.find(": ");
    if (colon == npos) {
      if (!place_part(v)) return false;
      continue;
    }
    const std::string_view pub = text::trim(v.substr(colon + 2));
    if (!place_part(v.substr(0, colon)) || pub.empty() || !name_like_start(pub)) return false;
    if (series_first) {
      r.set(Variable::collection_title, std::string(r.get(Variable::publisher)));
      r.erase(Variable::publisher);
    }
    c.put(Variable::publisher_place, c.view(segs[index].begin, g.begin + colon));
    c.put(Variable::publisher, pub);
    c.place = true;
    for (std::size_t j = index + 1; j <= k; ++j) consume(segs, j);
    return true;
  }
  return false;
}

namespace {

// A date, or CS1's "n.d." in its place ("MIT Press, n.d.": no publisher and its place).
bool date_or_undated(std::string_view s) {
  const Date d = parse_date(s);
  return d.has_parts() || d.undated;
}

}  // namespace

// Two plain elements in a comma list: "Milano, Apogeo" or "Bristol Books, Bristol".
void Placer::place_pair(std::string_view a, std::string_view b) {
  const bool a_pub = has_publisher_word(a), b_pub = has_publisher_word(b);
  const bool a_first_is_place = !(a_pub && !b_pub);
  set_if_empty(Variable::publisher_place, a_first_is_place ? a : b);
  set_if_empty(Variable::publisher, a_first_is_place ? b : a);
  c.place = true;
}

// A comma list of two plain elements after a standalone title: place and publisher.
bool Placer::comma_place_pair(std::string_view s, std::size_t index, std::vector<Segment>& segs) {
  // After "in Luigi Bianchi (a cura di)" the next element is the book, not a place.
  if (c.mode == SepMode::comma && index + 1 < segs.size() && !late && !expect_book) {
    const std::string_view nx = c.view(segs[index + 1].begin, segs[index + 1].end);
    // CS2 "Title, Graduate Texts in Mathematics, Upper Saddle River, NJ: Prentice Hall": the
    // next two elements are a town and its state before the colon, so this one is the series.
    if (index + 2 < segs.size() && (c.cs1_shape || c.date_paren || c.phrases || series_name(s)) && !place_part(s) && place_part(nx) &&
        (c.title_kind != TitleKind::quoted || r.has(Variable::container_title)) &&
        !r.has(Variable::collection_title) && !r.has(Variable::publisher)) {
      if (state_then_colon(c.view(segs[index + 2].begin, segs[index + 2].end))) {
        c.put(Variable::collection_title, s);
        return true;
      }
    }
    // CS2 "Title (Report), Circular 820, World Bank": a report's number is no place or
    // publisher (read as an element of its own).
    if (r.type == ItemType::report && !r.has(Variable::number) &&
        (report_number_element(s, c.lex) || report_number_element(nx, c.lex)))
      return false;
    const bool free_quoted = c.title_kind == TitleKind::quoted && !c.cs1_shape && !r.has(Variable::container_title);
    if ((c.title_kind != TitleKind::quoted || free_quoted || r.has(Variable::container_title)) &&
        !r.has(Variable::publisher) && name_like_start(s) && name_like_start(nx) && text::count_words(s) <= 5 &&
        text::count_words(nx) <= 5 && !text::is_ascii_digit(nx[0]) && !date_or_undated(nx) && !parse_journal_tail(nx) &&
        !segs[index + 1].after_dash && !(nx.find(": ") != npos && place_name(text::trim(nx.substr(0, nx.find(": ")))))) {
      // ("Series, Oxford: Clarendon Press": an element that is a "Place: Publisher" of its own
      // is the imprint, the element before it no place.)
      Locators tmp;
      bool gap_used = false, gap_credit = false;
      for (std::size_t i = segs[index].end; i < segs[index + 1].begin; ++i)
        if (c.used[i]) {
          // CS2 "Title, Series, Illustrated by John Tenniel, Publisher": a credit (|others=)
          // between the series and the publisher; CS2 prints a place only with its publisher,
          // so the element before a credit is no place.
          if (i >= c.credit_begin && i < c.credit_end) gap_credit = true;
          else gap_used = true;
        }
      if (!gap_used && !parse_labeled_locators(nx, c.lex, tmp)) {
        // MLA's web page, "\"Title.\" Site Name, Publisher Name, 3 Mar. 2010, www…": the
        // website, then its publisher; a quoted page with an address has no place.
        if (free_quoted && r.has(Variable::URL) && !has_publisher_word(s)) {
          set_if_empty(Variable::container_title, s);
          set_if_empty(Variable::publisher, nx);
          consume(segs, index + 1);
          return true;
        }
        // CS2 prints a place only before its colon: "(2001), Title, Graduate Texts in
        // Mathematics, Penguin, p. 635" has the book's series, then its publisher.
        if ((c.chapter || c.phrases || (c.cs1_shape && c.date_paren)) && !place_part(s) && (has_publisher_word(nx) || gap_credit) &&
            !r.has(Variable::collection_title)) {
          c.put(Variable::collection_title, s);
          c.put(Variable::publisher, nx);
          consume(segs, index + 1);
          return true;
        }
        if (gap_credit) return false;
        // CS2 "Title, Graduate Texts in Mathematics, Springer, 1995": a series' name, its noun
        // before the field ("Texts in", "Notes in", "Series in", "Studies on"), is no town (CS2
        // prints a place with its colon), so it is the series ("Library of Congress,
        // Washington" stays a publisher and its place).
        if (series_name(s) && !has_organisation_word(s) && (s.find(" in ") != npos || s.find(" on ") != npos) &&
            !r.has(Variable::collection_title)) {
          c.put(Variable::collection_title, s);
          c.put(Variable::publisher, nx);
          consume(segs, index + 1);
          return true;
        }
        place_pair(s, nx);
        consume(segs, index + 1);
        return true;
      }
    }
  }
  return false;
}

// GOST's imprint after " — ": "— Packt Publishing, 2015.", "— М.: Наука, 2005."; a date or a
// quote ("— «quote»") there stands alone.
bool Placer::dash_imprint(std::string_view s) {
  // "— (Библиотека историка).": GOST prints the series in brackets after the imprint.
  if (s.size() > 2 && s.front() == '(' && s.back() == ')' && r.has(Variable::title) && !r.has(Variable::collection_title)) {
    const std::string_view inner = text::trim(s.substr(1, s.size() - 2));
    if (!inner.empty() && inner.find_first_of("()") == npos && !c.lex.language_tag(inner) && !c.lex.type_label(inner) &&
        !c.lex.is_format(inner) && text::starts_upper(inner)) {
      // "— (Lecture Notes in Computer Science ; vol. 7073).": GOST ends the series with its
      // number after " ; " and a label, the item's number in the series (not the book's volume,
      // "Т. 2", which GOST prints in the title area).
      std::string_view series = inner;
      if (const std::size_t semi = inner.rfind(';'); semi != npos && semi > 0) {
        Locators loc;
        const std::string_view number = text::trim(inner.substr(semi + 1));
        if (parse_labeled_locators(number, c.lex, loc) && loc.page.empty() && loc.section.empty() &&
            loc.date.empty() && loc.volume.empty() != loc.issue.empty()) {
          series = text::trim(inner.substr(0, semi));
          const std::string_view n = loc.volume.empty() ? loc.issue : loc.volume;
          c.put(Variable::collection_number, n);
        }
      }
      c.put(Variable::collection_title, series);
      return true;
    }
  }
  if (parse_date(s).has_parts()) {
    issued(s);
    return true;
  }
  if (auto q = quoted_at(s, 0); q && q->end + 1 >= s.size()) {
    trailing(s);
    return true;
  }
  if (place_publisher(s)) return true;
  if (const std::size_t comma = s.rfind(", "); comma != npos && parse_date(s.substr(comma + 2)).has_parts()) {
    // GOST "— М., 1987.", "— СПб., 1906.": a publisher follows its place after a colon, so
    // a lone abbreviated word (a capital, a period) before the year is the place;
    // "— heise online, 2014." is a publisher.
    const std::string_view who = text::trim(s.substr(0, comma));
    // "— Казань, 2010.": so is one Cyrillic word (GOST names the publisher after a colon).
    const bool cyrillic = !who.empty() && text::decode(who, 0).cp >= 0x0410 && text::decode(who, 0).cp <= 0x042F;
    if (who.size() >= 2 && who.size() <= 40 && (who.back() == '.' || cyrillic) && who.find(' ') == npos &&
        text::starts_upper(who) && !r.has(Variable::publisher_place)) {
      c.place = true;
      c.area_place = true;
      r.set(Variable::publisher_place, std::string(who));
      issued(s.substr(comma + 2));
      return true;
    }
    set_if_empty(Variable::publisher, who);
    issued(s.substr(comma + 2));
    return true;
  }
  return false;
}

// A periodical's "(Place: Publisher)": the imprint of the journal, no book evidence.
bool Placer::journal_imprint(std::string_view content) {
  const bool had_place = c.place;
  const bool read = place_publisher(content);
  c.place = had_place;
  return read;
}

// "Lima: Ministerio de Relaciones Exteriores", "Englewood Cliffs, N.J: Prentice Hall",
// "Ciudad de La Habana : Editorial Universitaria, 2008".
namespace {

// "Historia social, política y económica de la ciencia": three words or more, more lowercase
// words than capitalised ones after the first (particles count as lowercase), or a comma and
// half as many.
bool sentence_case_phrase(std::string_view s, const Lexicon& lex) {
  if (text::count_words(s) < 3 || lex.series_markers.match(s, 0)) return false;
  // "Episodios nacionales 1": a series and its number.
  const std::size_t sp = s.rfind(' ');
  const std::string_view last = s.substr(sp + 1);
  if (text::all_digits(last) || (!last.empty() && last.find_first_not_of("IVXLC") == std::string_view::npos)) return false;
  std::size_t upper = 0, lower = 0;
  bool first = true;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (!text::at_word_start(s, i)) continue;
    if (first) {
      first = false;
      continue;
    }
    if (text::starts_upper(s.substr(i))) ++upper;
    else if (text::starts_lower(s.substr(i))) ++lower;
  }
  // A comma makes a phrase unless the words are a name's, capitalised but for a particle or
  // two: "The Arden Shakespeare, Third Series", "Cambridge Studies in Legal History, New
  // Series" are series (cite book |series= after the title).
  return (s.find(", ") != std::string_view::npos && 2 * lower >= upper) || lower > upper;
}

}  // namespace

// The plain title runs on to `end` over a period and the element after it, nothing placed
// between: "Título. Subtítulo".
bool Placer::extend_title_to(std::size_t end) {
  if (c.title_end == 0 || c.title_end >= end || end > c.t.size()) return false;
  std::size_t i = c.title_end;
  while (i < end && (c.t[i] == '.' || c.t[i] == ' ')) ++i;
  if (i == c.title_end || c.t[c.title_end] != '.') return false;
  // pt "Casa-grande & senzala. Formação da família brasileira … 48.ª ed.": the edition after
  // the subtitle, as after a title.
  std::size_t e = end;
  if (!c.has_edition) e = edition_after_title(c, c.title_begin, end);
  r.set(Variable::title, std::string(c.view(c.title_begin, e)));
  c.title_end = e;
  return true;
}

bool Placer::place_publisher(std::string_view s) {
  const std::size_t colon = s.find(':');
  if (colon == npos || colon == 0 || colon + 1 >= s.size()) return false;
  const std::string_view place = text::trim(s.substr(0, colon));
  std::string_view pub = text::trim(s.substr(colon + 1));
  if (place.empty() || pub.empty() || place.size() > 60) return false;
  if (c.lex.editor_in.whole(s.substr(0, colon + 1))) return false;  // "In: Werk"
  // After the identifiers, with the imprint read: a labelled note of CS1 |id=, "hdl:…
  // WHO/MVP/EMP/IAU/2019.06. License: CC BY-NC-SA 3.0 IGO." (a comment, no second imprint).
  if (late && r.has(Variable::publisher) && r.has(Variable::publisher_place) && !r.comment.empty()) return false;
  if (!(text::starts_upper(place) || place.front() == '[')) return false;
  if (text::count_words(place) > 6) return false;
  for (char ch : place)
    if (text::is_ascii_digit(ch)) return false;
  // Every word of a place is capitalised (or a short joiner): "Tunbridge Wells, Kent, England".
  std::size_t lower = 0;
  for (std::size_t i = 0; i < place.size(); ++i)
    if (text::at_word_start(place, i) && text::starts_lower(place.substr(i))) ++lower;
  if (lower > 1) return false;
  if (!name_like_start(pub) && !particle_or_camel_start(pub)) return false;
  // "Publisher, 2008"; NLM "Geneva: WHO; 2019" (the year after a semicolon).
  if (const std::size_t semi = pub.rfind(';'); semi != npos && semi + 1 < pub.size()) {
    std::string_view tail = text::trim(pub.substr(semi + 1));
    // "2019 [cited 2020 Mar 3]": when the web copy was read.
    if (const std::size_t open = tail.find(" ["); open != npos && tail.back() == ']') {
      const std::string_view note = tail.substr(open + 2, tail.size() - open - 3);
      if (const WordMatch m = c.lex.cited_words.match(note, 0); m && m.length < note.size()) {
        const std::string_view when = text::trim(note.substr(m.length));
        if (const Date d = journal_date(when); d.has_parts()) {
          c.put_date(Variable::accessed, d, when);
          tail = text::trim(tail.substr(0, open));
        }
      }
    }
    if (parse_date(tail).has_parts()) {
      issued(tail);
      pub = text::trim(pub.substr(0, semi));
    }
  } else if (const std::size_t comma = pub.rfind(", "); comma != npos) {
    const std::string_view tail = pub.substr(comma + 2);
    if (parse_date(tail).has_parts()) {
      issued(tail);
      pub = text::trim(pub.substr(0, comma));
    }
  }
  // cite book |series=: "Title. Oxford Studies in Geography. No. 12. Oxford: Clarendon Press."
  // CS1 prints one publisher, after its place; a plain element taken for the publisher
  // before "Place: Publisher" was the series, also when named after a publisher
  // ("Penguin Modern Classics. London: Penguin", "Pelican Books. Harmondsworth: Penguin").
  if (publisher_end != npos && r.has(Variable::publisher) &&
      !r.has(Variable::publisher_place) && !r.has(Variable::collection_title) &&
      (standalone_title() || (c.title_kind == TitleKind::quoted && r.has(Variable::container_title)))) {
    // Unless it is the title's subtitle, written after a period: "El poder de la ciencia.
    // Historia social, política y económica de la ciencia (siglos XIX y XX). Barcelona:
    // Crítica." A series is a name (its words capitalised, no comma); a subtitle in sentence
    // case is a phrase.
    if (c.title_kind == TitleKind::plain && sentence_case_phrase(r.get(Variable::publisher), c.lex) && extend_title_to(publisher_end)) {
      r.erase(Variable::publisher);
      publisher_end = npos;
    } else {
      r.set(Variable::collection_title, std::string(r.get(Variable::publisher)));
      r.erase(Variable::publisher);
      publisher_end = npos;
    }
  }
  set_if_empty(Variable::publisher_place, place);
  set_if_empty(Variable::publisher, pub);
  c.place = true;
  return true;
}

// cite book |series= and a publisher without a place: "Title. Springer Praxis Books.
// Springer. ISBN …" — CS1 prints the series, then the publisher: the plain element read as
// the publisher was the series when a second short name follows it and ends the plain run
// (nothing after it but placed text or a date). A subtitle in sentence case stays a subtitle.
// CS1 without authors prints the date after the publisher ("Title. Series. MIT Press. 1994."):
// the element after `s` is a date on its own.
bool Placer::date_element_next(std::string_view s) const {
  std::size_t i = c.offset(s) + s.size();
  while (i < c.t.size() && (c.t[i] == '.' || c.t[i] == ' ')) ++i;
  if (i >= c.t.size() || c.used[i]) return false;
  // At most 21 bytes: a date element is short, and scanning to the next period from every
  // element was quadratic on a long line without one.
  std::size_t e = i;
  while (e < c.t.size() && e - i <= 20 && !c.used[e] && !(c.t[e] == '.' && (e + 1 == c.t.size() || c.t[e + 1] == ' '))) ++e;
  return e - i <= 20 && parse_date(c.view(i, e)).has_parts();
}

bool Placer::series_then_publisher(std::string_view s) {
  // A chapter's book has its series too: "\"Chapter\". In Mack, P. (ed.). Book. NASA History
  // Series. NASA. ISBN …"; the book is the container there.
  const bool book_of_chapter = c.title_kind == TitleKind::quoted && c.chapter && r.has(Variable::container_title);
  // CS2 "(1921), Title, Series, vol. 6, Publisher, pp. 5–9" too: CS2 prints a place only with
  // its colon, so after the authors' date in brackets a name before the publisher is no place.
  // Without the date in brackets, a series' name before it says as much ("Title (PDF), Springer
  // Series in Computational Mathematics, vol. 8, MIT Press, 1908").
  const bool cs2 = c.mode == SepMode::comma && (c.date_paren || (r.has(Variable::publisher) && series_name(r.get(Variable::publisher)) &&
                                                                 r.get(Variable::publisher).find(" in ") != npos));
  if (late || !(c.cs1_shape || c.date_paren || date_element_next(s)) || (c.mode != SepMode::period && !cs2) ||
      (!standalone_title() && !book_of_chapter) || publisher_end == npos || !r.has(Variable::publisher) ||
      r.has(Variable::publisher_place) || r.has(Variable::collection_title) ||
      (r.has(Variable::container_title) && !book_of_chapter))
    return false;
  if (!name_like_start(s) || text::count_words(s) > 6 || s.find_first_of("0123456789:;") != npos) return false;
  const std::string_view series = r.get(Variable::publisher);
  if (text::count_words(series) > 8 || series.find_first_of("0123456789:;") != npos || sentence_case_phrase(series, c.lex))
    return false;
  // CS1 prints the series's edition and the volume between the two: "Series (2nd ed.). Vol. 7.
  // Publisher." Nothing else may stand there.
  std::string_view gap = text::trim_chars(c.view(publisher_end, c.offset(s)), cs2 ? " .," : " .");
  // "Series. Introduction by Elena Thompson. Publisher.": a credit read already (|others=,
  // printed after the series) stands between them too.
  // A credit is short: the look is bounded, so no scan runs from every later element.
  if (!gap.empty() && gap.size() <= 160 && c.credit_end > publisher_end) {
    bool credit_only = true;
    for (std::size_t i = publisher_end; i < c.offset(s) && credit_only; ++i)
      credit_only = (c.used[i] && i >= c.credit_begin && i < c.credit_end) || c.t[i] == ' ' || c.t[i] == '.';
    if (credit_only) gap = {};
  }
  if (!gap.empty()) {
    std::string_view vol = gap;
    if (vol.front() == '(') {
      const std::size_t close = vol.find(')');
      if (close == npos || !c.lex.edition(vol.substr(1, close - 1))) return false;
      vol = text::trim_chars(vol.substr(close + 1), cs2 ? " .," : " .");
    } else if (const std::size_t open = vol.rfind(" ("); open != npos && vol.back() == ')') {
      // "Vol. 9 (4th ed.)": the edition after the volume.
      if (!c.lex.edition(vol.substr(open + 2, vol.size() - open - 3))) return false;
      vol = text::trim(vol.substr(0, open));
    }
    Locators loc;
    if (!vol.empty() && !(parse_labeled_locators(vol, c.lex, loc) && !loc.volume.empty() && loc.page.empty() && loc.issue.empty()))
      return false;
  }
  std::size_t i = c.offset(s) + s.size();
  while (i < c.t.size() && (c.t[i] == '.' || c.t[i] == ' ' || (cs2 && c.t[i] == ','))) ++i;
  if (i < c.t.size() && !c.used[i]) {
    std::size_t e = i;  // a date element is short: no scan to a far period from every element
    while (e < c.t.size() && e - i <= 40 && !c.used[e] && !(c.t[e] == '.' && (e + 1 == c.t.size() || c.t[e + 1] == ' ')) &&
           !(cs2 && c.t[e] == ',' && e + 1 < c.t.size() && c.t[e + 1] == ' '))
      ++e;
    // A date, or the pages CS1 prints after the publisher ("Series. Publisher. p. 434.").
    const WordMatch page = c.lex.page_labels.match(c.t, i);
    const bool pages = page && i + page.length < c.t.size() && (text::space_len_at(c.t, i + page.length) || text::is_ascii_digit(c.t[i + page.length]));
    // or CS1's |at= locator there, "Series. Publisher. sec. 4." (the section as printed)
    const WordMatch sec = c.lex.section_labels.match_label(c.t, i);
    const std::size_t sn = sec ? i + sec.length + text::space_len_at(c.t, i + sec.length) : npos;
    const bool section = !pages && sec && sn < c.t.size() && text::is_ascii_digit(c.t[sn]);
    if (!pages && !section && !parse_date(c.view(i, e)).has_parts()) return false;
  }
  r.set(Variable::collection_title, std::string(series));
  r.set(Variable::publisher, std::string(s));
  publisher_end = c.offset(s) + s.size();
  return true;
}

// cite news: "\"Title\". Newspaper. Place. Agency. Date." — after the container of a quoted
// title, a short name followed by another plain element is the place, the next the agency
// (its publisher). One plain element alone stays the publisher ("Website. Publisher.").
bool Placer::news_place_and_agency(std::string_view s, std::size_t index, std::vector<Segment>& segs) {
  if (c.mode != SepMode::period || c.title_kind != TitleKind::quoted || late || index + 1 >= segs.size()) return false;
  if (!r.has(Variable::container_title) || r.has(Variable::publisher) || r.has(Variable::publisher_place)) return false;
  const Segment& next = segs[index + 1];
  if (next.after_dash || next.begin >= next.end) return false;
  const std::string_view nx = c.view(next.begin, next.end);
  if (!text::starts_upper(s) || !text::starts_upper(nx) || text::count_words(s) > 3 || text::count_words(nx) > 6 ||
      has_publisher_word(s) || parse_date(nx).has_parts() || parse_journal_tail(nx))
    return false;
  // "In Mack, P. (ed.). Book. NASA History Series. London: NASA.": a book's series and its
  // "Place: Publisher", no newspaper's place and agency.
  if (c.chapter || nx.find(": ") != npos) return false;
  for (std::size_t i = segs[index].end; i < next.begin; ++i)
    if (c.used[i]) return false;
  Locators tmp;
  if (parse_labeled_locators(nx, c.lex, tmp) || c.lex.editor_in.match(nx, 0) || c.lex.site_markers.match(nx, 0))
    return false;
  // The element after the agency must end the plain run: a date, a locator or the end.
  if (index + 2 < segs.size() && segs[index + 2].begin < segs[index + 2].end) {
    const std::string_view third = c.view(segs[index + 2].begin, segs[index + 2].end);
    if (!parse_date(third).has_parts() && !parse_labeled_locators(third, c.lex, tmp)) return false;
  }
  r.set(Variable::publisher_place, std::string(s));
  r.set(Variable::publisher, std::string(nx));
  // No "Place: Publisher" of a book: the type stays that of a periodical's article.
  consume(segs, index + 1);
  return true;
}

// cite episode: "\"Title\". Series. Season 4. Episode 12. 15 January 1998. NBC." — the
// network is printed after the date, as the last element: a short name of capitalised
// words there is the publisher, not a comment.
bool Placer::network_after_date(std::string_view s, std::size_t index, const std::vector<Segment>& segs) {
  if (!late || c.title_kind != TitleKind::quoted || !r.has(Variable::container_title) ||
      r.has(Variable::publisher) || !r.has(Variable::issued) || text::count_words(s) > 4 ||
      (r.get(Variable::volume).empty() && r.get(Variable::issue).empty()))
    return false;
  for (std::size_t k = index + 1; k < segs.size(); ++k)
    if (segs[k].begin < segs[k].end) return false;
  for (std::size_t i = 0; i < s.size(); ++i)
    if (text::at_word_start(s, i) && !text::starts_upper(s.substr(i), true)) return false;
  r.set(Variable::publisher, std::string(s));
  return true;
}

}  // namespace citelib::list

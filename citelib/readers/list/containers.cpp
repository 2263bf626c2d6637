// Containers that the element split cuts apart or that look like something else: a
// proceedings name printed over several elements, and a work whose name has a colon (not
// "Place: Publisher") when its volume or issue follows.
#include "readers/list/lexicon.hpp"
#include "readers/list/placer.hpp"

#include "core/text.hpp"

namespace citelib::list {

// A container printed over several elements (Google Scholar's proceedings names: "Software
// Maintenance, 2004. Proceedings. 20th IEEE International Conference on."): an element that
// ends in a short lowercase word ("on", "of") is unfinished, so the container runs through it.
bool Placer::container_run(std::size_t index, std::vector<Segment>& segs) {
  if (late || r.has(Variable::container_title) || c.mode != SepMode::period ||
      (c.title_kind != TitleKind::quoted && c.title_kind != TitleKind::link))
    return false;
  if (pubmed_journal_name(index, segs)) return true;
  // "In Smith, John (ed.). Hidden tales about git.": editors with their mark end their element;
  // the book after them may end in a short lowercase word.
  const std::string_view first = c.view(segs[index].begin, segs[index].end);
  if (c.lex.editor_in.match(first, 0))
    for (std::size_t i = 0; i < first.size(); ++i)
      if ((i == 0 || first[i - 1] == ' ') && c.lex.editor_marks.match(first, i)) return false;
  for (std::size_t k = index + 1; k < segs.size() && k <= index + 3; ++k) {
    if (!plain_from(k - 1, k, segs)) return false;
    const std::string_view v = c.view(segs[k].begin, segs[k].end);
    const std::size_t sp = v.rfind(' ');
    const std::string_view last = sp == npos ? v : v.substr(sp + 1);
    if (last.size() > 3 || !text::starts_lower(last)) continue;
    bool letters = true;
    for (char ch : last) letters = letters && text::is_ascii_alpha(ch);
    if (!letters) continue;
    // "Livro 2.ª ed.", "Book 2nd ed.": an edition's abbreviation ends the element, it leaves
    // nothing unfinished.
    const std::size_t last_end = segs[k].end < c.t.size() && c.t[segs[k].end] == '.' ? segs[k].end + 1 : segs[k].end;
    if (c.lex.edition_suffixes.whole(c.view(segs[k].end - last.size(), last_end))) return false;
    r.set(Variable::container_title, c.str(segs[index].begin, segs[k].end));
    for (std::size_t j = index + 1; j <= k; ++j) {
      consume(segs, j);
    }
    return true;
  }
  return false;
}

// Journal names as PubMed prints them, which CS1 journals take over: "\"Title\". Nature
// Reviews. Disease Primers. 2: 16076.", "Philosophical Transactions of the Royal Society of
// London. Series B, Biological Sciences. 364 (1527): 3–10." CS1 prints nothing between a
// journal and its volume but a series, so a name-like element right before the bare journal
// notation ("V (I): P") continues the journal.
bool Placer::pubmed_journal_name(std::size_t index, std::vector<Segment>& segs) {
  if (plain > 0 || c.title_kind != TitleKind::quoted || c.chapter || index + 2 >= segs.size() ||
      segs[index + 2].after_dash || segs[index + 1].begin >= segs[index + 1].end ||
      !text::is_ascii_digit(c.t[segs[index + 2].begin]))
    return false;
  const std::string_view first = c.view(segs[index].begin, segs[index].end);
  const std::string_view part = c.view(segs[index + 1].begin, segs[index + 1].end);
  if (!name_like_start(first) || !name_like_start(part) || text::count_words(part) > 6 ||
      part.find_first_of("0123456789:") != npos || c.lex.volume_labels.match(part, 0) || has_publisher_word(part))
    return false;
  const auto tail = parse_journal_tail(c.view(segs[index + 2].begin, segs[index + 2].end));
  if (!tail || !tail->container.empty() || tail->loc.volume.empty() || (tail->loc.page.empty() && tail->loc.issue.empty()) ||
      !plain_from(index, index + 1, segs))
    return false;
  for (std::size_t i = segs[index + 1].end; i < segs[index + 2].begin; ++i)
    if (c.used[i]) return false;
  r.set(Variable::container_title, c.str(segs[index].begin, segs[index + 1].end));
  consume(segs, index + 1);
  return true;
}

// "\"Title\". Cosmos: A Personal Voyage. Episode 1." — after a quoted title, a work whose
// name has a colon is the container, not "Place: Publisher", when its volume or issue
// follows (a place and publisher are followed by the date).
bool Placer::container_with_colon(std::string_view s, std::size_t index, const std::vector<Segment>& segs) {
  // "In Sioli, Harald (ed.). The Amazon: Limnology and landscape ecology. Dordrecht: Junk.":
  // the book expected after its editors, with its subtitle, when the imprint follows it.
  const bool book_expected = expect_book && !r.has(Variable::container_title);
  if (late || s.find(": ") == npos || index + 1 >= segs.size() || segs[index + 1].begin >= segs[index + 1].end) return false;
  if (!book_expected && (plain > 0 || c.title_kind != TitleKind::quoted || c.chapter || r.has(Variable::container_title)))
    return false;
  const std::string_view nx = c.view(segs[index + 1].begin, segs[index + 1].end);
  // "\"Chapter 12\". Numerical Recipes: The Art of Scientific Computing (3rd ed.). New York:
  // Cambridge University Press.": a "Place: Publisher" after it makes it the book.
  auto imprint_at = [&](std::size_t k) {
    if (k >= segs.size() || segs[k].begin >= segs[k].end) return false;
    const std::string_view e = c.view(segs[k].begin, segs[k].end);
    const std::size_t colon = e.find(": ");
    // CS2 cuts "Cambridge, MA: CRC Press" at its comma: a town, then the state's capitals.
    if (colon == npos && c.mode == SepMode::comma && k + 1 < segs.size() && place_name(e) && text::count_words(e) <= 3)
      return state_then_colon(c.view(segs[k + 1].begin, segs[k + 1].end));
    if (colon == npos || colon == 0) return false;
    std::string_view place = e.substr(0, colon);
    // "Washington, D.C.", "Cambridge, MA": a town and its state's capitals.
    if (const std::size_t comma = place.rfind(", "); comma != npos && place.size() - comma <= 8 &&
                                                      place.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ.", comma + 2) == npos)
      place = place.substr(0, comma);
    // pt "[S.l.]: Senac": the port's "sine loco" stands for the place.
    if (place.size() <= 8 && place.front() == '[' && place.back() == ']') return true;
    return place_name(place) && text::count_words(place) <= 4;
  };
  const bool imprint_next = imprint_at(index + 1);
  // "In Mack, Pamela E. (ed.). From Engineering Science to Big Science: The NACA … (PDF).
  // NASA History Series. Washington, D.C.: NASA.": the book's series may stand between,
  // and so may the book's volume, after its series or alone ("In Villalon, L. J. A. (eds.).
  // The Hundred Years War (Part II): Different Vistas. History of Warfare. Vol. 51. Leiden:
  // Brill."). So after a quoted chapter with no editors: "\"Ch\". Python: Distributed
  // Proteins. Lecture Notes in Computer Science. Vol. 3. London: Routledge.".
  auto series_at = [&](std::size_t k) {
    if (k >= segs.size() || segs[k].begin >= segs[k].end) return false;
    std::string_view e = c.view(segs[k].begin, segs[k].end);
    // CS1 prints the edition after the series: "Lecture Notes in Mathematics (2nd ed.)".
    if (const std::size_t open = e.rfind(" ("); open != npos && e.back() == ')' && c.lex.edition(e.substr(open + 2, e.size() - open - 3)))
      e = e.substr(0, open);
    return name_like_start(e) && text::count_words(e) <= 8 && e.find_first_of("0123456789:;") == npos;
  };
  auto volume_at = [&](std::size_t k) {
    if (k >= segs.size() || segs[k].begin >= segs[k].end) return false;
    std::string_view e = c.view(segs[k].begin, segs[k].end);
    if (const std::size_t open = e.rfind(" ("); open != npos && e.back() == ')' && c.lex.edition(e.substr(open + 2, e.size() - open - 3)))
      e = e.substr(0, open);  // "Vol. 7 (4th ed.)"
    Locators vol;
    return parse_labeled_locators(e, c.lex, vol) && !vol.volume.empty() && vol.page.empty();
  };
  const bool series = series_at(index + 1);
  const std::size_t after_series = series ? index + 2 : index + 1;
  const bool imprint_follows =
      imprint_next || (series && imprint_at(index + 2)) || (volume_at(after_series) && imprint_at(after_series + 1));
  if (book_expected) {
    // With no place after it either ("In Okafor, P. (ed.). Databases: Early Compilers.
    // Cambridge University Press."), the element after the editors is still CS1's book: its
    // title is required, and no later "Place: Publisher" is left for this one to be.
    auto imprint_later = [&] {
      for (std::size_t k = index + 1; k < segs.size() && k <= index + 6; ++k)
        if (imprint_at(k)) return true;
      return false;
    };
    if (!imprint_follows && (!c.cs1_shape || imprint_later())) return false;
    expect_book = false;
    r.set(Variable::container_title, std::string(s));
    return true;
  }
  Locators loc;
  if (!imprint_follows) {
    if (!parse_labeled_locators(nx, c.lex, loc) && !parse_journal_tail(nx)) return false;
    if (loc.volume.empty() && loc.issue.empty() && !parse_journal_tail(nx)) return false;
  }
  r.set(Variable::container_title, std::string(s));
  ++plain;
  return true;
}

}  // namespace citelib::list

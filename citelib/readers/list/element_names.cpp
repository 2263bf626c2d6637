// People named among the elements rather than before the title: the editors of a chapter's
// book ("In Smith, J. (ed.). Book", spread over CS2 comma elements) and a mail archive's
// author after the subject. Kept together because they hand the text to the name parser and
// decide what the element after the names is (the book, the date).
#include "readers/list/head_steps.hpp"
#include "readers/list/lexicon.hpp"
#include "readers/list/names.hpp"
#include "readers/list/placer.hpp"
#include "readers/list/quotes.hpp"

#include "core/text.hpp"

namespace citelib::list {

namespace {

// "En Romero Frizzi, María de los Ángeles, coord. Historia de Oaxaca.": the element ends at the
// mark's period, which the separator took; the last word of `rest` is a mark with it.
bool mark_before_separator(const ParseContext& c, std::string_view rest, std::size_t i) {
  const char* const text_end = c.t.data() + c.t.size();
  const char* const end = rest.data() + rest.size();
  if (rest.data() < c.t.data() || end >= text_end || *end != '.') return false;
  if (rest.find_first_of(" ,", i) != std::string_view::npos) return false;
  return static_cast<bool>(c.lex.editor_marks.whole(std::string_view(rest.data() + i, rest.size() - i + 1)));
}

// "and Reflections on Programming & Software": a serial list's last item, its conjunction (the
// edition's own or English's, the language of most works cited) and a capitalised word.
bool serial_last_item(const Lexicon& lex, std::string_view s) {
  const std::size_t sp = s.find(' ');
  if (sp == std::string_view::npos || sp + 1 >= s.size() || !text::starts_upper(s.substr(sp + 1))) return false;
  const std::string_view word = s.substr(0, sp);
  return word == "and" || word == "or" || lex.name_joiners.whole(word);
}

// "IEEE", "ACM", "UTET": three to eight capital letters and nothing else.
bool acronym_element(std::string_view s) {
  if (s.size() < 3 || s.size() > 8) return false;
  for (const char ch : s)
    if (ch < 'A' || ch > 'Z') return false;
  return true;
}

}  // namespace

// CS2 splits the editors over comma elements: "…, in Smith, J. (ed.), Book, Series, vol. 3,
// Place: Publisher": the names run to the element that ends in an editor mark, the book
// follows.
bool Placer::editors_over_elements(std::string_view rest, std::size_t seg_index, std::vector<Segment>& segs) {
  if (c.mode != SepMode::comma) return false;
  for (std::size_t k = seg_index + 1; k < segs.size() && k <= seg_index + 4; ++k) {
    if (segs[k].begin >= segs[k].end || segs[k].after_dash) return false;
    for (std::size_t i = segs[k - 1].end; i < segs[k].begin; ++i)
      if (c.used[i]) return false;
    const std::string_view v = c.view(segs[k].begin, segs[k].end);
    const std::size_t sp = v.find_last_of(" (");
    const std::string_view last = sp == npos ? v : v.substr(v[sp] == '(' ? sp : sp + 1);
    // Harvard's "in Jones, K. (ed.) The Big Book.": the book after the mark, in its element.
    std::size_t mark_end = npos;
    if (!c.lex.editor_marks.whole(last))
      for (std::size_t open = v.find(" ("); open != npos && mark_end == npos; open = v.find(" (", open + 1))
        if (const WordMatch m = c.lex.editor_marks.match(v, open + 1); m && v[open + m.length] == ')' &&
                                                                       open + 1 + m.length + 1 < v.size() && v[open + 1 + m.length] == ' ')
          mark_end = open + 1 + m.length;
    if (!c.lex.editor_marks.whole(last) && mark_end == npos) continue;
    NameList names;
    const std::string_view who = c.view(c.offset(rest), mark_end == npos ? segs[k].end : segs[k].begin + mark_end);
    if (!parse_name_list(who, c.lex, names) || !names.editors || names.names.empty()) return false;
    r.set_names(Variable::editor, std::move(names.names));
    c.chapter = true;
    if (mark_end != npos) {
      // The book is what follows the mark; the element is used up.
      set_if_empty(Variable::container_title, text::trim(v.substr(mark_end)));
      for (std::size_t j = seg_index + 1; j <= k; ++j) consume(segs, j);
      return true;
    }
    expect_book = true;
    for (std::size_t j = seg_index + 1; j <= k; ++j) {
      consume(segs, j);
    }
    return true;
  }
  return false;
}

// "In Smith, J. (ed.). Book", "En Waterbeemd, Han van de, ed.", "Em: Sam Parc (Ed.) "Book"";
// "in Designs, Codes and Cryptography" (free text: the container).
bool Placer::editor_in(std::string_view s, std::size_t seg_index, std::vector<Segment>& segs) {
  WordMatch m = c.lex.editor_in.match(s, 0);
  if (!m || m.length >= s.size() || !text::space_len_at(s, m.length)) return false;
  const std::string_view rest = text::trim(s.substr(m.length));
  // Editors up to an editor mark.
  std::size_t mark_end = npos, mark_begin = npos;
  bool period_outside = false;  // the mark's period is the separator after `rest`
  for (std::size_t i = 0; i < rest.size(); ++i) {
    if (!(i == 0 || rest[i - 1] == ' ' || rest[i - 1] == ',')) continue;
    if (WordMatch em = c.lex.editor_marks.match(rest, i)) {
      mark_begin = i;
      mark_end = i + em.length;
      break;
    }
    if (mark_before_separator(c, rest, i)) {
      mark_begin = i;
      mark_end = rest.size();
      period_outside = true;
      break;
    }
  }
  if (mark_begin != npos) {
    NameList names;
    const std::string_view who =
        period_outside ? std::string_view(rest.data(), rest.size() + 1) : rest.substr(0, mark_end);
    if (parse_name_list(who, c.lex, names) && names.editors) {
      r.set_names(Variable::editor, std::move(names.names));
      c.chapter = true;
      std::string_view after = text::trim_chars(rest.substr(mark_end), " .,");
      // APA's book after its editors, "In J. Brown (Ed.), The big book (2nd ed., pp. 10–20).":
      // the edition, volume and pages in parentheses after the book.
      if (const std::size_t open = after.rfind(" ("); open != npos && after.back() == ')') {
        const std::string_view inner = after.substr(open + 2, after.size() - open - 3);
        Locators loc;
        std::string_view edition, edition_text;
        bool all = !inner.empty();
        for (std::size_t b = 0; all && b <= inner.size();) {
          std::size_t e = inner.find(", ", b);
          if (e == npos) e = inner.size();
          const std::string_view part = inner.substr(b, e - b);
          Locators one;
          if (auto ed = c.lex.edition(part); ed && edition.empty()) {
            edition = *ed;
            edition_text = part;
          } else if (parse_labeled_locators(part, c.lex, one) && one.issue.empty() && one.section.empty() &&
                     (one.page.empty() || loc.page.empty()) && (one.volume.empty() || loc.volume.empty())) {
            if (!one.page.empty()) loc.page = one.page;
            if (!one.volume.empty()) loc.volume = one.volume;
          } else {
            all = false;
          }
          b = e + 2;
        }
        if (all && (loc.any() || !edition.empty())) {
          if (!edition.empty()) {
            c.put(Variable::edition, edition, edition_text);
            c.has_edition = true;
          }
          apply(loc);
          after = text::trim(after.substr(0, open));
        }
      }
      if (!after.empty()) {
        if (auto q = quoted_at(after, 0)) set_if_empty(Variable::container_title, text::trim(after.substr(q->inner_begin, q->inner_end - q->inner_begin)));
        else set_if_empty(Variable::container_title, after);
      } else {
        expect_book = true;
      }
      return true;
    }
  }
  if (m.length >= s.size() || r.has(Variable::container_title)) return false;
  // CS2 "in van der Berg, Michael (ed.), Book": a family name's particles open the editors.
  if (!name_like_start(rest)) {
    std::string_view family = rest;
    for (std::size_t sp = family.find(' '); sp != npos && c.lex.name_particles.whole(family.substr(0, sp)); sp = family.find(' '))
      family.remove_prefix(sp + 1);
    if (family.size() < rest.size() && text::starts_upper(family) && editors_over_elements(rest, seg_index, segs)) return true;
    // pt "In: de la Cruz, Laura. Livro.": the role-less editors below, led by a particle.
    if (family.size() < rest.size() && text::starts_upper(family) && roleless_editors(rest, seg_index, segs)) return true;
  }
  // de "In: heise online.", "In: golem.de.": after the colon of "In:" a site's own lowercase
  // name is the container too; a bare "in" before lowercase words is text.
  if (!name_like_start(rest) && s[m.length - 1] == ':' && text::count_words(rest) <= 6)
    return in_container(rest, seg_index, segs);
  if (!name_like_start(rest)) {
    // "in la Repubblica", "in the Daily Mail": a short article before a capitalised name.
    const std::size_t sp = rest.find(' ');
    if (sp == npos || sp > 3 || !text::starts_upper(rest.substr(sp + 1))) return false;
    if (c.mode == SepMode::comma) return in_container(rest, seg_index, segs);
    return false;
  }
  if (editors_over_elements(rest, seg_index, segs)) return true;
  if (roleless_editors(rest, seg_index, segs)) return true;
  return in_container(rest, seg_index, segs);
}

// "In: Costa, Ana. Livro de ensaios. São Paulo: …" (pt, ABNT): the book's people without a
// role mark, then the book as the next element. Only inverted names (or a ";" list of them)
// count: "In: Zeitschrift für Ethnologie." is a container.
bool Placer::roleless_editors(std::string_view rest, std::size_t seg_index, const std::vector<Segment>& segs) {
  if (c.mode == SepMode::period && seg_index + 1 < segs.size() && !segs[seg_index + 1].after_dash &&
      segs[seg_index + 1].begin < segs[seg_index + 1].end && text::starts_upper(c.view(segs[seg_index + 1].begin, segs[seg_index + 1].end))) {
    NameList names;
    const NameShape shape = name_shape(rest, c.lex);
    // "In: Park, Peter J. Python: The Definitive Guide.": the separator after a last initial is
    // also that initial's period (the given name is "Peter J.", as before any other book).
    std::string_view who = rest;
    if (const std::size_t end = c.offset(rest) + rest.size();
        end < c.t.size() && c.t[end] == '.' && rest.size() >= 3 && rest[rest.size() - 2] == ' ' &&
        rest.back() >= 'A' && rest.back() <= 'Z')
      who = c.view(c.offset(rest), end + 1);
    if ((shape == NameShape::inverted || (rest.find(';') != npos && rest.find(',') != npos)) && parse_name_list(who, c.lex, names) &&
        !names.names.empty()) {
      r.set_names(Variable::editor, std::move(names.names));
      c.chapter = true;
      expect_book = true;
      return true;
    }
  }
  return false;
}

// "in X": the container, with the plain elements that follow it in a comma list.
bool Placer::in_container(std::string_view rest, std::size_t seg_index, std::vector<Segment>& segs) {
  std::size_t end = c.offset(rest) + rest.size();
  if (c.mode == SepMode::comma) {
    for (std::size_t k = seg_index + 1; k < segs.size(); ++k) {
      const std::string_view nx = c.view(segs[k].begin, segs[k].end);
      // A serial list in the work's name, "in Proceedings of the 2013 ACM International
      // Symposium on New Ideas, New Paradigms, and Reflections on Programming & Software, ACM,
      // 2013": after a capitalised part already joined, the list's last item opens with its
      // conjunction and a capital (Cita pubblicazione prints nothing lower-case after the work).
      const bool last_item = k > seg_index + 1 && serial_last_item(c.lex, nx);
      if ((!text::starts_upper(nx) && !last_item) || parse_date(nx).has_parts() || parse_journal_tail(nx)) break;
      Locators tmp;
      if (parse_labeled_locators(nx, c.lex, tmp) || text::has_alnum(nx) == false) break;
      // The imprint after the work: "in Enciclopedia Italiana, Roma, Istituto della
      // Enciclopedia Italiana, 1933" (a publisher's or an organisation's word, or a place
      // followed by another name), unlike "In Designs, Codes and Cryptography, 1992".
      if (has_publisher_word(nx) || has_organisation_word(nx)) break;
      // A publisher known by its initials before the year, "in 2015 IEEE International
      // Symposium on … (ISPASS), IEEE, 2015" (Cita libro without a place): a work's name does
      // not continue with a bare acronym after a comma.
      if (k + 1 < segs.size() && acronym_element(nx) && parse_date(c.view(segs[k + 1].begin, segs[k + 1].end)).has_parts()) break;
      if (k + 1 < segs.size() && place_name(nx)) {
        const std::string_view after = c.view(segs[k + 1].begin, segs[k + 1].end);
        if (text::starts_upper(after) && !parse_date(after).has_parts() && !parse_journal_tail(after) &&
            !parse_labeled_locators(after, c.lex, tmp))
          break;
      }
      bool gap_used = false;
      for (std::size_t i = end; i < segs[k].begin; ++i)
        if (c.used[i]) gap_used = true;
      if (gap_used) break;
      end = segs[k].end;
      consume(segs, k);
      if (last_item) break;  // the list's last item ends the name
    }
  }
  r.set(Variable::container_title, std::string(c.view(c.offset(rest), end)));
  c.container_marker = true;
  return true;
}

// Mail archives: "Subject, Ian Monroe, Wed July 8 18:43:42 CEST 2009": after a title that
// opens the reference, a personal name in natural order, then a full date that ends it, is
// the author (a book's publisher comes with a year, not a day). it cita web prints its
// publisher there, after the site, "Titolo, su peps.python.org, Python Software Foundation, 5
// luglio 2001" (authors come before the title): after a site marker, or with an
// organisation's word, the element is no person.
bool Placer::author_before_last_date(std::string_view s, std::size_t index, const std::vector<Segment>& segs) {
  if (c.mode != SepMode::comma || c.title_kind != TitleKind::plain || c.title_begin != c.start ||
      r.has(Variable::author) || index + 2 != segs.size() || c.site_marker || c.type_label || r.has(Variable::genre) ||
      !plain_from(index, index, segs))
    return false;  // CS2 "Title (Documentary), Universal Pictures, 13 October 2001": the studio
  const std::string_view last = c.view(segs[index + 1].begin, segs[index + 1].end);
  const Date d = parse_date(last);
  if (!d.has_parts() || d.precision() != DatePrecision::day || has_publisher_word(s) || has_organisation_word(s) ||
      !natural_names(c.lex, s) || text::count_words(s) > 4)
    return false;
  NameList names;
  if (!parse_name_list(s, c.lex, names) || names.names.empty()) return false;
  r.set_names(Variable::author, std::move(names.names));
  return true;
}

}  // namespace citelib::list

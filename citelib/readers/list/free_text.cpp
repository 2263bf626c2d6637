// Hand-written references, which follow no template: names at the start of a comma list,
// "Title. Author. Publisher.", items that are only a title (or an explanatory note).
#include "readers/list/head_steps.hpp"
#include "readers/list/lexicon.hpp"
#include "readers/list/locators.hpp"
#include "readers/list/names.hpp"
#include "readers/list/parse_context.hpp"
#include "readers/list/quotes.hpp"

#include "core/text.hpp"
#include "model/date_scan.hpp"

#include <algorithm>
#include <array>

namespace citelib::list {

namespace {

constexpr std::size_t npos = std::string_view::npos;

// Elements that read as names at the start of a comma list: "Pearlman, R.S. and Smith, K.M.,
// Metric Validation …", "David Flanagan, JavaScript - La guida, …", "AllTrails, Caminhada …".
// "Brown, Ann (ed.)", "Mario Rossi (a cura di)": the names before an editor mark in
// parentheses (`s` itself when it ends in none).
std::string_view without_editor_mark(const Lexicon& lex, std::string_view s) {
  if (!s.empty() && s.back() == ')')
    if (const std::size_t open = s.rfind('('); open != npos && open > 0 && lex.editor_marks.whole(s.substr(open)))
      return text::trim(s.substr(0, open));
  // Chicago's "Smith, John, ed." and "Brown, Ann, and Bob White, eds." (the element's period
  // is cut before): the mark after a comma.
  if (const std::size_t comma = s.rfind(", "); comma != npos && comma > 0 && lex.editor_marks.whole(s.substr(comma + 2)))
    return text::trim(s.substr(0, comma));
  return s;
}

bool nameish(const Lexicon& lex, std::string_view s) {
  s = without_editor_mark(lex, s);
  if (s.empty() || s.size() > 60 || s.find_first_of("0123456789\"()[]:") != npos) return false;
  std::size_t words = 0;
  bool organisation = false;
  for (std::size_t i = 0; i < s.size();) {
    while (i < s.size() && text::space_len_at(s, i)) i += text::space_len_at(s, i);
    if (i >= s.size()) break;
    std::size_t e = i;
    while (e < s.size() && !text::space_len_at(s, e)) ++e;
    const std::string_view w = s.substr(i, e - i);
    // "Autorità di bacino del fiume Po", "Istituto per la ricerca": an organisation's name
    // (its first word in the tables) holds common nouns in lower case.
    if (++words == 1) organisation = text::starts_upper(w) && lex.organisation_words.whole(w);
    if (!organisation && !text::starts_upper(w) && !lex.name_particles.whole(w) && !lex.name_joiners.whole(w) && !lex.et_al.match(s, i) &&
        w != "al." && !lex.editor_marks.whole(w))
      return false;
    // "Donald E. De Luca e Carlo F. De Luca": the joiner is no word of a name; two names of
    // four words each fit.
    if (words > 1 && lex.name_joiners.whole(w)) --words;
    i = e;
  }
  return words >= 1 && words <= 8;
}

}  // namespace

namespace {

// Every name a person in natural order ("Mario Rossi"), not an organisation.
bool all_natural(const NameList& names, const Lexicon& lex) {
  if (names.names.empty()) return false;
  for (const Name& n : names.names)
    if (!n.is_literal() || name_shape(n.literal, lex) != NameShape::natural) return false;
  return true;
}

}  // namespace

// A list of names in natural order: "Antonio Hernández Jerez", "J.C. Escalona, R. Carrasco y
// J. A. Padrón".
bool natural_names(const Lexicon& lex, std::string_view s) {
  std::size_t b = 0, pieces = 0;
  for (std::size_t i = 0; i <= s.size(); ++i) {
    bool cut = i == s.size() || s[i] == ',';
    std::size_t skip = 1;
    if (!cut && s[i] == ' ') {
      if (WordMatch m = lex.name_joiners.match(s, i + 1); m && i + 1 + m.length < s.size() && s[i + 1 + m.length] == ' ') {
        cut = true;
        skip = 1 + m.length;
      }
    }
    if (!cut) continue;
    const std::string_view piece = text::trim(s.substr(b, i - b));
    if (name_shape(piece, lex) != NameShape::natural) return false;
    ++pieces;
    b = i + skip;
    i = b - 1;
  }
  return pieces > 0;
}

// "Title. Author Name. Publisher." (hand-written references): names after the title.
namespace {

// it "Titolo, in Opera": a lowercase "in" and a work's capitalised name.
bool in_work(const Lexicon& lex, std::string_view s) {
  if (!text::starts_lower(s)) return false;
  const WordMatch m = lex.editor_in.match(s, 0);
  if (!m || m.length + 1 >= s.size() || s[m.length] != ' ') return false;
  std::string_view work = s.substr(m.length + 1);
  // "in la Repubblica": a newspaper's name may open with its lowercase article.
  if (const std::size_t sp = work.find(' '); sp != std::string_view::npos && sp <= 3 && text::starts_lower(work))
    work = work.substr(sp + 1);
  return text::starts_upper(work);
}

// Chicago's bibliography, "Smith, John, and Kate Jones": the first author inverted, a comma
// and a joiner, the second in natural order ("Rivers, Lakes, and Seas" is no such list).
bool chicago_pair(const Lexicon& lex, std::string_view s) {
  const std::size_t c1 = s.find(", ");
  const std::size_t c2 = c1 == npos ? npos : s.find(", ", c1 + 2);
  if (c2 == npos || s.find(", ", c2 + 2) != npos || name_shape(s.substr(0, c2), lex) != NameShape::inverted) return false;
  const std::string_view rest = s.substr(c2 + 2);
  const std::size_t sp = rest.find(' ');
  if (sp == npos || !lex.name_joiners.whole(rest.substr(0, sp))) return false;
  const std::string_view second = text::trim(rest.substr(sp + 1));
  return text::count_words(second) >= 2 && name_shape(second, lex) == NameShape::natural;
}

}  // namespace

bool title_then_author(ParseContext& c, const std::vector<Segment>& segs) {
  if (c.date_paren || c.phrases || c.mode != SepMode::period || segs.size() < 3) return false;
  // A first element that is itself a name list is the authors ("Pethuru Raj; Jeeva S. …").
  const std::string_view first = without_editor_mark(c.lex, c.view(segs[0].begin, segs[0].end));
  if (first.find(';') != npos || name_shape(first, c.lex) != NameShape::none || chicago_pair(c.lex, first)) return false;
  for (std::size_t j = 1; j + 1 < segs.size() && j < 4; ++j) {
    const std::string_view s = c.view(segs[j].begin, segs[j].end);
    if (parse_date(s).has_parts()) return false;
    if (!natural_names(c.lex, s)) continue;
    // "Title. Publisher Name. 2017." is CS1 with a publisher that looks like a person: the
    // names of hand-written references are followed by more than the date.
    bool gap_used = false;
    for (std::size_t i = segs[j].end; i < segs[j + 1].begin; ++i)
      if (c.used[i]) gap_used = true;
    if (!gap_used && parse_date(c.view(segs[j + 1].begin, segs[j + 1].end)).has_parts()) return false;
    // "Title. Linux Journal. 12 (9): 129-132.", "Title. O'Reilly Media. p. 339.": a journal's
    // locators or a page after the name make it the journal or the publisher.
    if (const std::string_view next = c.view(segs[j + 1].begin, segs[j + 1].end);
        parse_journal_tail(next) || c.lex.page_labels.match_label(next, 0) || c.lex.volume_labels.match_label(next, 0))
      return false;
    // Title: the elements before the names, except locators such as "Tema 2".
    std::size_t title_e = segs[j - 1].end;
    for (std::size_t k = j; k-- > 1;) {
      const std::string_view p = c.view(segs[k].begin, segs[k].end);
      if (text::count_words(p) == 2 && text::all_digits(p.substr(p.rfind(' ') + 1)) && text::starts_upper(p)) {
        c.ref.locator_text = std::string(p);
        c.mark(segs[k].begin, segs[k].end);
        title_e = segs[k - 1].end;
      } else {
        break;
      }
    }
    set_title(c, segs[0].begin, title_e, TitleKind::plain);
    take_authors(c, segs[j].begin, segs[j].end);
    c.rest_begin = segs[j].end;
    c.publisher_runs = true;
    return true;
  }
  return false;
}

namespace {

// "Paris", "New York": one to three capitalised words, no digit.
bool place_words(std::string_view s) {
  const std::size_t words = text::count_words(s);
  if (words == 0 || words > 3) return false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (text::is_ascii_digit(s[i])) return false;
    if (text::at_word_start(s, i) && !text::starts_upper(s.substr(i))) return false;
  }
  return true;
}

}  // namespace

// Segments `k` and `k + 1` are a place and a publisher, and a date follows them.
bool imprint_follows(const ParseContext& c, const std::vector<Segment>& segs, std::size_t k) {
  if (k + 2 >= segs.size() || segs[k].after_dash || segs[k + 1].after_dash || segs[k + 2].after_dash) return false;
  const std::string_view place = c.view(segs[k].begin, segs[k].end);
  const std::string_view publisher = c.view(segs[k + 1].begin, segs[k + 1].end);
  std::string_view date = c.view(segs[k + 2].begin, segs[k + 2].end);
  // fr "Paris, Gallimard, coll. « Folio », 1985": the series between the publisher and the year.
  if (k + 3 < segs.size() && !segs[k + 3].after_dash && text::starts_lower(date) && c.lex.series_markers.match(date, 0))
    date = c.view(segs[k + 3].begin, segs[k + 3].end);
  // "1994 [1990]": the edition's year and the first's.
  if (const std::size_t open = date.find(" ["); open != std::string_view::npos && date.ends_with(']')) date = date.substr(0, open);
  return place_words(place) && text::starts_upper(publisher) && !parse_date(publisher).has_parts() &&
         parse_date(date).has_parts();
}

// The element at `k` of a comma list ends at a period that separates ("Titolo. Sottotitolo,").
bool period_after(const ParseContext& c, const Segment& seg) {
  return seg.end < c.t.size() && c.t[seg.end] == '.' && is_period_separator(c.t, seg.end, c.lex);
}

namespace {

// "312-1308", "1848–1849": two numbers of at most four digits and a dash.
bool year_span(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size() && i < 4 && text::is_ascii_digit(s[i])) ++i;
  if (i == 0 || i >= s.size()) return false;
  std::size_t d = s[i] == '-' ? 1 : s.compare(i, 3, "\u2013") == 0 ? 3 : 0;
  if (d == 0) return false;
  const std::string_view rest = s.substr(i + d);
  return !rest.empty() && rest.size() <= 4 && text::all_digits(rest);
}

// Segment `m` of a comma list is a lowercase part of a title: no label, marker, date or locator.
bool lowercase_part(const ParseContext& c, const std::vector<Segment>& segs, std::size_t m) {
  if (segs[m].after_dash || segs[m].end >= c.t.size() || c.t[segs[m].end] != ',') return false;
  const std::string_view part = c.view(segs[m].begin, segs[m].end);
  // "Roma. Profilo di una città, 312-1308, Roma, …": a span of years inside the title.
  if (year_span(part)) return true;
  if (!text::starts_lower(part)) return false;
  Locators loc;
  return !c.lex.site_markers.match(part, 0) && !c.lex.editor_in.match(part, 0) && !c.lex.editor_marks.match(part, 0) &&
         !c.lex.series_markers.match(part, 0) && !c.lex.translator_marks.match(part, 0) && !c.lex.edition(part) &&
         !parse_date(part).has_parts() && !parse_labeled_locators(part, c.lex, loc);
}

}  // namespace

std::size_t lowercase_title_parts(const ParseContext& c, const std::vector<Segment>& segs, std::size_t k) {
  if (c.mode != SepMode::comma || k + 2 >= segs.size() || segs[k].end >= c.t.size() || c.t[segs[k].end] != ',') return 0;
  std::size_t m = k + 1;
  while (m < segs.size() && m <= k + 4 && lowercase_part(c, segs, m)) ++m;
  if (m == k + 1 || m >= segs.size() || segs[m].after_dash) return 0;
  for (std::size_t i = segs[k].begin; i < segs[m - 1].end; ++i)
    if (c.used[i]) return 0;
  const std::string_view work = c.view(segs[m].begin, segs[m].end);
  // Before the work ("in …", "su …") a part of two words and more: a comment never stands there.
  if (text::starts_lower(work) && (c.lex.site_markers.match(work, 0) || c.lex.editor_in.match(work, 0)))
    return text::count_words(c.view(segs[k + 1].begin, segs[k + 1].end)) >= 2 ? m - k - 1 : 0;
  // Before the editors ("…, scultori e architettori, a cura di Gaetano Milanesi, Firenze") or
  // before a place, a publisher and a date ("Le vite de' più eccellenti pittori, scultori e
  // architettori, Firenze, Giunti, 1568"): only the title's own words stand there.
  if (text::starts_lower(work) && c.lex.editor_marks.match(work, 0)) return m - k - 1;
  return imprint_follows(c, segs, m) ? m - k - 1 : 0;
}

std::size_t capitalised_part_before_work(const ParseContext& c, const std::vector<Segment>& segs, std::size_t k) {
  if (c.mode != SepMode::comma || k + 2 >= segs.size() || segs[k + 1].after_dash || segs[k + 2].after_dash) return 0;
  if (segs[k].end >= c.t.size() || c.t[segs[k].end] != ',' || segs[k + 1].end >= c.t.size() || c.t[segs[k + 1].end] != ',')
    return 0;
  const std::string_view title = c.view(segs[k].begin, segs[k].end);
  const std::string_view part = c.view(segs[k + 1].begin, segs[k + 1].end);
  if (text::count_words(title) < 2 || !text::starts_upper(part) || text::count_words(part) > 3 ||
      part.find_first_of("0123456789") != npos)
    return 0;
  // A title's serial list, "Model Development, Validation, and Exploitation, in Molecular
  // Informatics": lower-case parts may follow the capitalised one before the work.
  std::size_t lower = 0;
  if (!in_work(c.lex, c.view(segs[k + 2].begin, segs[k + 2].end))) {
    if (!text::starts_lower(c.view(segs[k + 2].begin, segs[k + 2].end))) return 0;
    lower = lowercase_title_parts(c, segs, k + 1);
    if (lower == 0 || k + 2 + lower >= segs.size() || !in_work(c.lex, c.view(segs[k + 2 + lower].begin, segs[k + 2 + lower].end)))
      return 0;
  }
  for (std::size_t i = segs[k].begin; i < segs[k + 1].end; ++i)
    if (c.used[i]) return 0;
  Locators loc;
  const bool ok = !c.lex.site_markers.match(part, 0) && !c.lex.editor_in.match(part, 0) && !c.lex.editor_marks.match(part, 0) &&
                  !c.lex.series_markers.match(part, 0) && !c.lex.translator_marks.match(part, 0) && !c.lex.edition(part) &&
                  !parse_date(part).has_parts() && !parse_labeled_locators(part, c.lex, loc);
  return ok ? 1 + lower : 0;
}

namespace {

// Segment `m` opens it's site or work: a lowercase "su …" or "in Opera".
bool work_at(const ParseContext& c, const std::vector<Segment>& segs, std::size_t m) {
  if (m >= segs.size() || segs[m].after_dash) return false;
  const std::string_view s = c.view(segs[m].begin, segs[m].end);
  return text::starts_lower(s) && (c.lex.site_markers.match(s, 0) || in_work(c.lex, s));
}

}  // namespace

bool subtitle_after_period(const ParseContext& c, const std::vector<Segment>& segs, std::size_t k) {
  if (c.mode != SepMode::comma || k + 2 >= segs.size() || segs[k + 1].after_dash || !period_after(c, segs[k])) return false;
  const Segment& sub = segs[k + 1];
  if (sub.end >= c.t.size() || c.t[sub.end] != ',') return false;
  for (std::size_t i = segs[k].begin; i < sub.end; ++i)
    if (c.used[i]) return false;
  const std::string_view next = c.view(sub.begin, sub.end);
  if (!text::starts_upper(next, true)) return false;
  // "La pittura in Italia. Il Medioevo, Milano, Electa, 1994": one word, or words that could
  // be a place, are the subtitle when a place and a publisher still follow before the date.
  // it "Git. Un'introduzione, su Python.org", "Roma. Storia, in la Repubblica": so is one word
  // before the site or the work (`su`, `in`), which close the title in that edition.
  if ((text::count_words(next) < 2 || place_words(next)) && !work_at(c, segs, k + 2) &&
      !imprint_follows(c, segs, k + 2 + lowercase_title_parts(c, segs, k + 1)))
    return false;
  // "In difesa del relativismo" is a subtitle; "In Luigi Bianchi (a cura di)" a book's editors.
  if (const WordMatch in = c.lex.editor_in.match(next, 0); in && in.length + 1 < next.size() && text::starts_upper(next.substr(in.length + 1)))
    return false;
  Locators vol;
  return !c.lex.site_markers.match(next, 0) && !c.lex.editor_marks.match(next, 0) &&
         !c.lex.series_markers.match(next, 0) && !c.lex.translator_marks.match(next, 0) && !c.lex.edition(next) &&
         !parse_date(next).has_parts() && !parse_labeled_locators(next, c.lex, vol);
}

// it "David Weininger, SMILES, a chemical language and information system. 1. Introduction to
// methodology and encoding rules, in Journal of …": a paper of a numbered series prints its
// part's number between the series' title and the part's own, each closed by a period (the
// number read as a publisher, the part's title as a comment). A bare number of one or two
// digits between two periods, and the subtitle after it (as `subtitle_after_period` reads
// one), are the title's: Cita pubblicazione and Cita libro print no bare number there.
std::size_t numbered_part_after_period(const ParseContext& c, const std::vector<Segment>& segs, std::size_t k) {
  if (c.mode != SepMode::comma || k + 3 >= segs.size() || segs[k + 1].after_dash || !period_after(c, segs[k])) return 0;
  const std::string_view number = c.view(segs[k + 1].begin, segs[k + 1].end);
  if (number.empty() || number.size() > 2 || !text::all_digits(number)) return 0;
  return subtitle_after_period(c, segs, k + 1) ? k + 2 : 0;
}

// it "David Weininger, SMILES, a chemical language and information system. 1. Introduction to
// methodology and encoding rules, in Journal of …": a title's first word, its comma and a
// lowercase rest closed by a period, then a subtitle (or a part's number and its subtitle)
// before the work: the first part is the title's, no given name of the person before it (as
// the lowercase rest before the work makes it since `lowercase_title_parts`). Returns the
// subtitle's index, or 0.
std::size_t lowercase_part_then_subtitle(const ParseContext& c, const std::vector<Segment>& segs, std::size_t k) {
  if (c.mode != SepMode::comma || k + 3 >= segs.size() || segs[k].end >= c.t.size() || c.t[segs[k].end] != ',' ||
      segs[k + 1].after_dash || !period_after(c, segs[k + 1]))
    return 0;
  // One word before the comma ("SMILES", "Roma"): a second person has two at least.
  const std::string_view head = c.view(segs[k].begin, segs[k].end);
  const std::string_view part = c.view(segs[k + 1].begin, segs[k + 1].end);
  Locators loc;
  if (head.empty() || head.find(' ') != npos || text::count_words(part) < 2 || !text::starts_lower(part) || c.lex.site_markers.match(part, 0) || c.lex.editor_in.match(part, 0) ||
      c.lex.editor_marks.match(part, 0) || c.lex.series_markers.match(part, 0) || c.lex.translator_marks.match(part, 0) ||
      c.lex.edition(part) || parse_date(part).has_parts() || parse_labeled_locators(part, c.lex, loc))
    return 0;
  if (subtitle_after_period(c, segs, k + 1)) return k + 2;
  return numbered_part_after_period(c, segs, k + 1);
}

namespace {

// "Baggio", "MAZZINI", "DELLA PERUTA", "Roberto", "Giuseppe Maria": capitalised words of
// letters, at most `max_words` (a family name in capitals may have two).
bool capitalised_words(std::string_view s, std::size_t max_words) {
  if (s.empty() || s.find_first_of(".0123456789()\"") != npos) return false;
  const std::size_t words = text::count_words(s);
  if (words == 0 || words > max_words) return false;
  for (std::size_t i = 0; i < s.size(); ++i)
    if (text::at_word_start(s, i) && !text::starts_upper(s.substr(i))) return false;
  return true;
}

bool in_capitals(std::string_view s) {
  for (const char ch : s)
    if (ch >= 'a' && ch <= 'z') return false;
  return true;
}

}  // namespace

std::size_t lone_words_then_subtitle(const ParseContext& c, const std::vector<Segment>& segs, std::size_t k) {
  if (c.mode != SepMode::comma) return 0;
  std::size_t m = k;
  while (m < segs.size() && m < k + 6 && !segs[m].after_dash) {
    const std::string_view w = c.view(segs[m].begin, segs[m].end);
    if (w.empty() || w.find(' ') != npos || w.find_first_of(".0123456789") != npos || !text::starts_upper(w)) break;
    if (m > k && subtitle_after_period(c, segs, m)) return m + 1;
    if (m + 1 < segs.size() && c.t[segs[m].end] != ',') break;
    ++m;
  }
  return 0;
}

bool headword_comma(const ParseContext& c, const std::vector<Segment>& segs, std::size_t k) {
  if (c.mode != SepMode::comma || k > 1 || k + 2 >= segs.size() || segs[k + 1].after_dash || segs[k + 2].after_dash) return false;
  const std::string_view family = c.view(segs[k].begin, segs[k].end);
  const std::string_view given = c.view(segs[k + 1].begin, segs[k + 1].end);
  const std::string_view work = c.view(segs[k + 2].begin, segs[k + 2].end);
  if (c.t[segs[k].end] != ',' || c.t[segs[k + 1].end] != ',' || !text::starts_lower(work) || !c.lex.editor_in.match(work, 0))
    return false;
  if (!capitalised_words(given, 2) || !capitalised_words(family, in_capitals(family) ? 2 : 1)) return false;
  for (std::size_t i = segs[k].begin; i < segs[k + 1].end; ++i)
    if (c.used[i]) return false;
  // After the entry's author, a person in natural order: "Franco Della Peruta, MAZZINI, …".
  return k == 0 || natural_names(c.lex, c.view(segs[0].begin, segs[0].end));
}

bool headline_comma(const ParseContext& c, const std::vector<Segment>& segs, std::size_t k) {
  if (c.mode != SepMode::comma || !c.natural_order() || k + 2 >= segs.size() || segs[k + 1].after_dash) return false;
  const std::string_view first = c.view(segs[k].begin, segs[k].end);
  const std::string_view next = c.view(segs[k + 1].begin, segs[k + 1].end);
  if (first.find(' ') != npos || first.size() < 2 || !text::starts_upper(first) || text::all_digits(first) ||
      !text::starts_lower(next) || text::count_words(next) < 2)
    return false;
  for (std::size_t i = segs[k].begin; i < segs[k + 1].end; ++i)
    if (c.used[i]) return false;
  // Upper-case letters after the first: an acronym or a name, not a word of a headline.
  for (std::size_t i = 1; i < first.size(); ++i)
    if (first[i] >= 'A' && first[i] <= 'Z') return false;
  return !c.lex.site_markers.match(next, 0) && !c.lex.editor_in.match(next, 0) && !c.lex.editor_marks.match(next, 0) &&
         !c.lex.series_markers.match(next, 0) && !c.lex.translator_marks.match(next, 0) && !c.lex.edition(next) &&
         !parse_date(next).has_parts();
}

namespace {

bool plain_from_start(const ParseContext& c, std::size_t b, std::size_t e) {
  for (std::size_t i = b; i < e; ++i)
    if (c.used[i]) return false;
  return true;
}

}  // namespace

// "Noam Shazeer e Niki Parmar", "John Smith and Ann Jones": people in natural order joined by
// a name joiner, each of two words at least.
bool joined_people(const Lexicon& lex, std::string_view s) {
  if (s.size() > 120 || !natural_names(lex, s)) return false;
  std::size_t pieces = 0, words = 0;
  for (std::size_t i = 0; i <= s.size(); ++i) {
    if (i < s.size() && s[i] != ' ') continue;
    ++words;  // the word before this space (or the end)
    if (i >= s.size()) break;
    if (const WordMatch m = lex.name_joiners.match(s, i + 1); m && i + 1 + m.length < s.size() && s[i + 1 + m.length] == ' ') {
      if (words < 2) return false;
      ++pieces;
      words = 0;
      i += m.length + 1;
    }
  }
  return pieces >= 1 && words >= 2;
}

std::size_t leading_authors(ParseContext& c, const std::vector<Segment>& segs) {
  // A collective author ("AA. VV.") was taken before: the elements start at the title.
  if (c.date_paren || segs.size() < 2 || !c.ref.names(Variable::author).empty()) return 0;
  // it "Milano, arrestato il sindaco, su corriere.it": a headline, no author.
  if (headline_comma(c, segs, 0)) return 0;
  if (c.mode == SepMode::comma) {
    // it {{IUCN}}, "(EN) BirdLife International 2016, Aquila chrysaetos, su IUCN Red List …":
    // an author with the assessment's year (Harvard style), the title, then the site.
    if (segs.size() >= 3 && c.lex.site_markers.match(c.view(segs[2].begin, segs[2].end), 0) &&
        text::starts_upper(c.view(segs[1].begin, segs[1].end), true)) {
      const std::string_view first = c.view(segs[0].begin, segs[0].end);
      const std::size_t sp = first.rfind(' ');
      const bool with_year = sp != npos && sp + 5 == first.size() && text::all_digits(first.substr(sp + 1)) &&
                             (first[sp + 1] == '1' || first[sp + 1] == '2') && nameish(c.lex, first.substr(0, sp));
      // "Ministero dell'Interno, Elezioni politiche 2022 – Camera dei deputati, su …": an
      // organisation (its word is in the tables), the title, the site.
      bool organisation = first.find_first_of("0123456789") == npos && text::count_words(first) <= 8;
      if (organisation) {
        organisation = false;
        for (std::size_t i = 0; i < first.size() && !organisation; ++i)
          organisation = text::at_word_start(first, i) && text::starts_upper(first.substr(i)) && c.lex.organisation_words.match(first, i);
      }
      if ((with_year || organisation) && plain_from_start(c, segs[0].begin, segs[1].end)) {
        c.ref.set_names(Variable::author, {literal_name(std::string(first))});
        c.mark(segs[0].begin, segs[0].end);
        return 1;
      }
    }
    std::size_t j = 0;
    // A name is followed by a comma: "Luca Dal Monte, Enzo Ferrari. Potere e gloria, Milano"
    // ends the names before the title's first part.
    // So does a headline's first part before its lowercase rest and the work: "Maurizio Porro,
    // Sorrentino, la grande bellezza di Roma, in Corriere della Sera", "Terremoto in Centro
    // Italia, il bilancio sale a 247 vittime, su ansa.it" (no author).
    // "Pier Giovanni Guzzo, Pompei, Ercolano, Stabiae, Oplontis. Le città sepolte …": after a
    // person in natural order, one-word names up to a subtitle are the title's (a person is no
    // lone word there).
    // it "Roma. Profilo di una città, su web.dev": a name is followed by a comma, so a first
    // element and its subtitle before the site or the work are the title, no author.
    const std::string_view first = c.view(segs[0].begin, segs[0].end);
    const bool natural_first = text::count_words(first) >= 2 && first.find('.') == npos && natural_names(c.lex, first);
    // The edition's "and" joins a list's last two people ("Stefan A. Sauter e Christoph
    // Schwab, Boundary Element Methods, Springer Series in …, vol. 39"): no person follows them.
    while (j + 1 < segs.size() && j < 16 && nameish(c.lex, c.view(segs[j].begin, segs[j].end)) && !headword_comma(c, segs, j) &&
           !(j > 0 && joined_people(c.lex, c.view(segs[j - 1].begin, segs[j - 1].end))) &&
           !(j >= 1 && natural_first && (lone_words_then_subtitle(c, segs, j) || lowercase_part_then_subtitle(c, segs, j))) &&
           !((j > 0 || work_at(c, segs, 2)) && subtitle_after_period(c, segs, j)) && !lowercase_title_parts(c, segs, j))
      ++j;
    // it "JavaScript, in Enciclopedia Italiana": the element before "in Opera" is the title.
    if (j >= 1 && in_work(c.lex, c.view(segs[j].begin, segs[j].end))) --j;
    // it cite web without authors, "Pagina, su esempio.it. URL consultato …": a lone element
    // before the site is the title.
    if (j == 1 && c.lex.site_markers.match(c.view(segs[1].begin, segs[1].end), 0)) return 0;
    // fr Ouvrage, "Claude Lévi-Strauss, Histoire de Paris, Paris, Presses universitaires de
    // France, 1835": a run that stopped at a publisher (a lowercase word in it), with the year
    // after it (or the series, then the year), took the title and the place of capitalised
    // words before it (a title with "de" reads as a name with a particle). A lowercase stop,
    // "…, Paris, Gallimard, coll. « Folio », 1996", is the series after the publisher.
    if (j >= 3 && j + 1 < segs.size() && text::starts_upper(c.view(segs[j].begin, segs[j].end)) &&
        place_words(c.view(segs[j - 1].begin, segs[j - 1].end)) &&
        !joined_people(c.lex, c.view(segs[j - 2].begin, segs[j - 2].end))) {
      std::size_t d = j + 1;
      const auto plain_at = [&](std::size_t k) { return k < segs.size() && !segs[k].after_dash && segs[k].begin < segs[k].end; };
      if (plain_at(d) && plain_at(d + 1) && c.lex.series_markers.match(c.view(segs[d].begin, segs[d].end), 0)) ++d;
      if (plain_at(d) && parse_date(c.view(segs[d].begin, segs[d].end)).has_parts()) j -= 2;
    }
    // The names leave a title: "(EN) John Doe, The Andes Railway, su example.org" — what
    // follows the run is a site ("su …") or a date, so its last element is the title.
    if (j >= 2) {
      const std::string_view next = c.view(segs[j].begin, segs[j].end);
      // Words after the year ("Names, 2010, Título del artículo, …") mean the year follows the
      // names, not a book's tail.
      // fr Ouvrage puts the series between the publisher and the year, "Jacques Le Goff, Saint
      // Louis, Paris, Gallimard, coll. « Folio », 1996": the run stopped at the series, the
      // year follows it.
      std::size_t d = j;
      if (d + 1 < segs.size() && !segs[d + 1].after_dash && text::starts_lower(next) && c.lex.series_markers.match(next, 0)) ++d;
      bool words_after = false;
      if (d + 1 < segs.size() && segs[d + 1].begin < segs[d + 1].end && !segs[d + 1].after_dash) {
        const std::string_view after = c.view(segs[d + 1].begin, segs[d + 1].end);
        words_after = after.find_first_of("0123456789") == npos && text::has_alnum(after);
      }
      // "Ashish Vaswani, Noam Shazeer e Niki Parmar, Attention Is All You Need, 2017": when the
      // element before the run's last is people joined by the edition's "and", each of two
      // words or more, the run took names and a title only (a title's "e" joins no such
      // pair: "Guerra e pace", "Romeo e Giulietta").
      if (j >= 3 && !words_after && parse_date(c.view(segs[d].begin, segs[d].end)).has_parts() &&
          !joined_people(c.lex, c.view(segs[j - 2].begin, segs[j - 2].end))) {
        // fr/it books, "Jean Dupont, Histoire de Paris, Paris, Gallimard, 2005": a run that
        // reaches the year took the publisher and the place too (a title with "de"/"di" reads
        // as a name with a particle); the title is before the publisher and a place of
        // capitalised words.
        std::size_t title = j - 2;
        if (title >= 2 && place_words(c.view(segs[title].begin, segs[title].end))) --title;
        j = title + 1;
      }
      // "Mario Rossi, Storia di Roma, 2ª ed., Milano": an edition follows the title.
      // "Luigi Bianchi, Storia, vol. 2, Torino": so does the volume.
      Locators vol;
      // "Mario Rossi, Storia di Milano, a cura di Luigi Bianchi, …": so does its editor.
      if (c.lex.site_markers.match(next, 0) || c.lex.series_markers.match(next, 0) || parse_date(next).has_parts() ||
          (text::starts_lower(next) && c.lex.editor_marks.match(next, 0)) ||
          (text::count_words(next) <= 3 && c.lex.edition(next)) ||
          (parse_labeled_locators(next, c.lex, vol) && !vol.volume.empty() && vol.page.empty()))
        --j;
    }
    if (j == 0) return 0;
    for (std::size_t i = segs[0].begin; i < segs[j - 1].end; ++i)
      if (c.used[i]) return 0;
    NameList names;
    if (!parse_name_list(c.view(segs[0].begin, segs[j - 1].end), c.lex, names, c.natural_order())) return 0;
    take_authors(c, segs[0].begin, segs[j - 1].end);
    c.names_natural = all_natural(names, c.lex);
    return j;
  }
  const std::string_view first = c.view(segs[0].begin, segs[0].end);
  // "Brown, Ann (ed.). Collected Papers.": editors in the authors' place, no date.
  const std::string_view who = without_editor_mark(c.lex, first);
  const NameShape shape = name_shape(who, c.lex);
  NameList names;
  const bool list = (who.find(';') != npos || chicago_pair(c.lex, who)) && parse_name_list(who, c.lex, names);
  // ru web citations, "Иван Иванов. Заголовок. Сайт (5 мая 2013).": a name in natural order
  // before the title and the site.
  // The site with its date right after the first element makes that element the title, what
  // ever follows them ("Заголовок. Сайт (5 мая 2013). — «Цитата».": CS1's |quote=).
  std::string_view second = segs.size() >= 2 ? text::trim_chars(text::trim(c.view(segs[1].begin, segs[1].end)), ".") : std::string_view{};
  const std::size_t open = second.size() > 8 && second.back() == ')' ? second.rfind('(') : std::string_view::npos;
  const bool site_second = open != std::string_view::npos && open > 0 &&
                           parse_date(second.substr(open + 1, second.size() - open - 2)).has_parts();
  const bool ru_web = shape == NameShape::natural && segs.size() >= 3 && c.edition && c.edition->site_after_plain_title &&
                      who.find('.') == npos && !site_second;
  if (list || shape == NameShape::inverted || shape == NameShape::vancouver || ru_web) {
    take_authors(c, segs[0].begin, segs[0].end);
    return 1;
  }
  return 0;
}

namespace {

// "Augusto, 100" in "Svetonio, Vite dei Cesari, Augusto, 100.": a bare number of three digits
// at most among comma elements is a book or chapter of a classical work, as "I, 9" is, not a
// year (a year an edition prints has four digits; an ancient one its era).
bool short_bare_number(std::string_view part) {
  if (part.empty() || part.size() > 3) return false;
  return std::all_of(part.begin(), part.end(), [](char ch) { return text::is_ascii_digit(ch); });
}

}  // namespace

// An item with nothing but plain text: the whole is its title, or an explanatory note when it
// reads as sentences.
bool bare_item(ParseContext& c, std::size_t from) {
  for (std::size_t i = 0; i < c.t.size(); ++i)
    if (c.used[i]) return false;
  if (c.date_paren || !c.item.links.empty() || !c.item.emphasis.empty()) return false;
  const std::string_view s = text::trim(c.view(from, c.t.size()));
  if (s.empty()) return false;
  // Names with an editor mark first ("Brown, Ann (ed.). Collected Papers.") are a citation.
  if (!c.segments.empty()) {
    const std::string_view first = c.view(c.segments[0].begin, c.segments[0].end);
    if (without_editor_mark(c.lex, first).size() != first.size()) return false;
  }
  // A date, a journal tail or a locator anywhere as an element means structure.
  for (std::size_t i = 0, b = 0; i <= s.size(); ++i) {
    const bool dash = i < s.size() && static_cast<unsigned char>(s[i]) == 0xE2 && s.compare(i, 3, "\u2014") == 0;
    const bool cut = i == s.size() || (s[i] == '.' && is_period_separator(s, i, c.lex)) ||
                     (s[i] == ',' && i + 1 < s.size() && s[i + 1] == ' ') || dash;
    if (!cut) continue;
    const std::string_view part = text::trim(s.substr(b, i - b));
    Locators loc;
    const bool book_number = b > 0 && s[b - 1] == ',' && short_bare_number(part);
    // CS2 "Title, Heidelberg: Penguin, n.d.": "n.d." after the first element is a date too.
    const Date pd = book_number ? Date{} : parse_date(part);
    if (pd.has_parts() || (b > 0 && pd.undated) || original_date_after_date(part) != std::string_view::npos ||
        parse_journal_tail(part) || parse_labeled_locators(part, c.lex, loc) || (b > 0 && in_work(c.lex, part)))
      return false;
    // ru "Заголовок. Сайт (5 мая 2013).": the site's date in brackets after it.
    if (b > 0 && c.edition && c.edition->site_after_plain_title && part.size() > 8 && part.back() == ')')
      if (const std::size_t open = part.rfind('('); open != std::string_view::npos && open > 0 &&
                                                   parse_date(part.substr(open + 1, part.size() - open - 2)).has_parts())
        return false;
    // it "Il Po, su Sapere.it, De Agostini.": the site after its marker.
    if (b > 0 && s[b - 1] == ',')
      if (const WordMatch m = c.lex.site_markers.match(part, 0); m && m.length + 1 < part.size() && part[m.length] == ' ')
        return false;
    b = i + (dash ? 3 : 1);
  }
  std::size_t sentences = 0, long_sentences = 0, words = 0;
  std::size_t b = 0;
  for (std::size_t i = 0; i <= s.size(); ++i) {
    if (i < s.size() && !(s[i] == '.' && is_period_separator(s, i, c.lex))) continue;
    const std::string_view part = text::trim(s.substr(b, i - b));
    const std::size_t w = text::count_words(part);
    words += w;
    if (w > 0) ++sentences;
    if (w >= 6) ++long_sentences;
    b = i + 1;
  }
  // One long sentence in sentence case that ends in a period reads as a note too ("The
  // figure excludes the overseas territories, which are counted separately."): a bare title
  // of ten words and more, mostly lowercase, is rare as a whole citation.
  bool sentence = false;
  if (sentences == 1 && words >= 10 && s.back() == '.') {
    // Its first words already run in lowercase: "O Arquivo Euler, comentários sobre …" is a
    // title in title case with a comment.
    std::size_t lower = 0, seen = 0, lower_first = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
      if (!text::at_word_start(s, i)) continue;
      const bool low = text::starts_lower(s.substr(i));
      lower += low;
      if (seen++ < 4) lower_first += low;
    }
    sentence = lower * 3 >= words * 2 && lower_first >= 2;
  }
  if ((long_sentences >= 2 && words >= 15) || sentence) {
    // An explanatory note: no citation, but its text is the note's content.
    c.ref.no_citation = true;
    c.ref.comment = std::string(s);
    c.mark(c.offset(s), c.offset(s) + s.size());
    return true;
  }
  set_title(c, c.offset(s), c.offset(s) + s.size(), TitleKind::plain);
  c.rest_begin = c.t.size();
  return true;
}

// Text before a title without punctuation between author and title: "Avram, Abel Docker: …",
// "Schmidt J. Docker bekommt …", or a first element that is a name ("Thomas Claburn. …").
// A date printed as an element of its own after `from` ("WHO. 2011."): CS1 prints the date
// there only when no author was printed (with one, "(2011)" follows the names).
bool standalone_date_after(const ParseContext& c, std::size_t from) {
  const std::string_view t = c.t;
  std::size_t b = t.find(". ", from);
  for (int k = 0; k < 8 && b != npos; ++k) {
    const std::size_t eb = b + 2;
    std::size_t ee = t.find(". ", eb);
    const std::string_view el = text::trim_chars(t.substr(eb, ee == npos ? npos : ee - eb), ".");
    if (!el.empty() && el.size() <= 24 && text::is_ascii_digit(el.back()) && parse_date(el).has_parts()) return true;
    b = ee;
  }
  return false;
}

// A comma list opened by two or more people in natural order, "Giulia Ricci et al., Roma.
// Un'introduzione (PDF), in …" (the evidence mode_after took for a comma list): that
// edition's list also where neither the wording nor a heading names it (a list without a
// heading, its first reference).
namespace {
bool people_open_comma_list(const ParseContext& c, std::string_view s) {
  if (c.mode != SepMode::comma) return false;
  std::string_view who = s.substr(0, std::min(s.find(", "), s.size()));
  if (who.size() > 80) return false;
  for (std::size_t sp = who.find(' '); sp != npos; sp = who.find(' ', sp + 1))
    if (c.lex.et_al.whole(who.substr(sp + 1))) {
      who = text::trim(who.substr(0, sp));
      break;
    }
  return text::count_words(who) >= 2 && natural_names(c.lex, who);
}
}  // namespace

std::size_t author_prefix(const ParseContext& c, std::size_t b, std::size_t e) {
  const std::string_view s = c.view(b, e);
  // it/fr "Istat, Popolazione residente (PDF), su istat.it", "Comune di Torino, Statuto (PDF)":
  // the author's element before the title's comma, as without a tag. One word before a
  // lowercase word is a headline's ("Milano, arrestato il sindaco (PDF)").
  if (c.natural_order() || people_open_comma_list(c, s))
    if (const std::size_t comma = s.find(", "); comma != npos && comma > 0 && comma + 2 < s.size()) {
      const std::string_view first = s.substr(0, comma);
      const std::string_view rest = s.substr(comma + 2);
      if (nameish(c.lex, first) && (first.find(' ') != npos || text::starts_upper(rest)) && !c.lex.site_markers.match(rest, 0) &&
          !c.lex.editor_in.match(rest, 0)) {
        // "Whitfield Rossi, Anna Smith e Francesca Verdi, Title (PDF), in …": more people in
        // natural order, each element of two words and more, while a title still follows.
        std::size_t end = comma;
        for (std::size_t next = s.find(", ", end + 2); next != npos; next = s.find(", ", end + 2)) {
          const std::string_view piece = s.substr(end + 2, next - end - 2);
          if (piece.find(' ') == npos || !natural_names(c.lex, piece)) break;
          end = next;
        }
        return end + 1;
      }
    }
  for (std::size_t i = 0; i + 1 < s.size(); ++i) {
    if (s[i] == '.' && is_period_separator(s, i, c.lex)) {
      // de Literatur and Internetquelle put a colon after their authors ("Hans Müller: Titel.
      // (PDF) In: …"); in their style the period after a first element ends a title
      // ("Bevölkerung der Gemeinden. (PDF; 500 kB) In: kicker.de. …"), not a name.
      if (const ReaderLanguage* style = c.lex.style_of(c.t); style && style->author_colon_title) break;
      const std::string_view first = s.substr(0, i + 1);
      const NameShape shape = name_shape(text::trim_chars(first, "."), c.lex);
      // "Water Quality. Technical Report (PDF). WHO. 2011.": an untitled CS1 document's title
      // holds a period; the standalone date says no author was printed (ru web citations
      // print their date in brackets after the site, "Thomas Claburn. Title. Site (date).").
      if (shape == NameShape::natural && first.find('.') == i && !(c.edition && c.edition->site_after_plain_title) &&
          standalone_date_after(c, e))
        break;
      NameList names;
      if (shape != NameShape::none ||
          (first.find(';') != npos && parse_name_list(first, c.lex, names)))
        return i + 1;
      break;
    }
  }
  if (const std::size_t n = leading_vancouver_name(s, c.lex)) return n;
  if (const std::size_t n = leading_inverted_name(s, c.lex)) return n;
  return 0;
}

}  // namespace citelib::list

namespace citelib::list {

namespace {

// Chicago's imprint in parentheses after a title, "(London: Penguin, 2001)", and the pages
// after it (", p. 45", ", 45–47"), up to the end of the reference.
struct ChicagoImprint {
  std::string_view place, publisher, year, pages;
  Date issued;
};

bool chicago_imprint(const ParseContext& c, std::size_t open, ChicagoImprint& out) {
  const std::string_view t = c.t;
  if (open >= t.size() || t[open] != '(') return false;
  const std::size_t close = group_end(t, open);
  if (close == npos) return false;
  for (std::size_t i = open; i < t.size(); ++i)
    if (c.used[i]) return false;
  const std::string_view inner = t.substr(open + 1, close - open - 2);
  const std::size_t colon = inner.find(": ");
  const std::size_t comma = inner.rfind(", ");
  if (colon == npos || comma == npos || comma < colon + 2) return false;
  out.place = text::trim(inner.substr(0, colon));
  out.publisher = text::trim(inner.substr(colon + 2, comma - colon - 2));
  out.year = text::trim(inner.substr(comma + 2));
  out.issued = parse_date(out.year);
  if (!out.issued.has_parts() || out.place.empty() || out.publisher.empty() || !text::starts_upper(out.place) ||
      text::count_words(out.place) > 4)
    return false;
  // After the imprint: the end, or the pages after a comma.
  const std::size_t after = skip_spaces(t, close);
  if (after < t.size() && t[after] == ',') {
    std::string_view rest = text::trim(t.substr(after + 1));
    if (!rest.empty() && rest.back() == '.') rest.remove_suffix(1);
    if (WordMatch m = c.lex.page_labels.match_label(rest, 0)) rest = text::trim(rest.substr(m.length));
    if (rest.empty() || !looks_like_pages(rest)) return false;
    out.pages = rest;
  } else if (after < t.size() && !(t[after] == '.' && skip_spaces(t, after + 1) == t.size())) {
    return false;
  }
  return true;
}

void apply_imprint(ParseContext& c, std::size_t open, const ChicagoImprint& imp) {
  c.put(Variable::publisher_place, imp.place);
  c.put(Variable::publisher, imp.publisher);
  c.put_date(Variable::issued, imp.issued, imp.year);
  if (!imp.pages.empty()) c.put(Variable::page, imp.pages);
  c.mark(open, c.t.size());
  c.rest_begin = c.t.size();
}

}  // namespace

namespace {

// What Chicago prints between a note's title and its imprint, each after a comma: the
// edition ("The Book, 2nd ed. (…)"), the translators ("War and Peace, trans. Ann Jones") and
// the editors ("The Book, ed. John Smith"). Returns where the title ends.
std::size_t note_title_tail(ParseContext& c, std::size_t title_begin, std::size_t end) {
  for (int parts = 0; parts < 3; ++parts) {
    const std::string_view title = c.view(title_begin, end);
    const std::size_t comma = title.rfind(", ");
    if (comma == npos || comma == 0) break;
    const std::string_view tail = text::trim(title.substr(comma + 2));
    if (text::count_words(tail) <= 3)
      if (auto ed = c.lex.edition(tail); ed && !c.ref.has(Variable::edition)) {
        c.put(Variable::edition, *ed, tail);
        c.has_edition = true;
        c.mark(title_begin + comma, end);
        end = title_begin + comma;
        continue;
      }
    WordMatch mark = c.lex.translator_marks.match(tail, 0);
    Variable role = Variable::translator;
    if (!mark) {
      mark = c.lex.editor_marks.match(tail, 0);
      role = Variable::editor;
    }
    if (!mark || mark.length >= tail.size() || !text::space_len_at(tail, mark.length) || c.ref.has(role)) break;
    NameList names;
    if (!parse_name_list(text::trim(tail.substr(mark.length)), c.lex, names, true) || names.names.empty()) break;
    c.ref.set_names(role, std::move(names.names));
    c.mark(title_begin + comma, end);
    end = title_begin + comma;
  }
  return end;
}

}  // namespace

// Chicago notes, the usual hand-written footnote of history articles: "John Smith, The Book
// of Rivers (London: Penguin, 2001), p. 45." and "Mark Twain, Life on the Mississippi
// (Boston: James R. Osgood, 1883), 45–47.": names in natural order, the title, the imprint
// in parentheses ("Place: Publisher, Year"), then the pages.
bool chicago_note(ParseContext& c, std::size_t s0) {
  const std::string_view t = c.t;
  const std::size_t open = t.find('(', s0);
  if (open == npos || open <= s0 + 1 || t[open - 1] != ' ') return false;
  for (std::size_t i = s0; i < open; ++i)
    if (c.used[i]) return false;
  ChicagoImprint imp;
  if (!chicago_imprint(c, open, imp)) return false;
  // Names in natural order before the first comma, then the title.
  std::size_t title_begin = s0;
  const std::size_t name_end = t.find(", ", s0);
  if (name_end != npos && name_end < open && natural_names(c.lex, c.view(s0, name_end))) {
    take_authors(c, s0, name_end + 1);
    title_begin = skip_spaces(t, name_end + 1);
    // "John Smith, ed., Collected Essays (…)": the names are the book's editors.
    if (const WordMatch ed = c.lex.editor_marks.match(t, title_begin);
        ed && t.compare(title_begin + ed.length, 2, ", ") == 0 && c.ref.has(Variable::author)) {
      const auto people = c.ref.names(Variable::author);
      c.ref.set_names(Variable::editor, std::vector<Name>(people.begin(), people.end()));
      c.ref.set_names(Variable::author, {});
      c.mark(title_begin, title_begin + ed.length + 1);
      title_begin = skip_spaces(t, title_begin + ed.length + 1);
    }
  }
  if (title_begin >= open) return false;
  const std::size_t title_end = note_title_tail(c, title_begin, open);
  set_title(c, title_begin, title_end, TitleKind::plain);
  apply_imprint(c, open, imp);
  return true;
}

// A chapter in a Chicago note, "Jane Doe, \"The Chapter,\" in The Big Book, ed. John Smith
// (Oxford: Oxford University Press, 2005), 15.": after the quoted title, "in", the book (its
// editors and edition after it, as after a note's title), then the imprint and the pages.
bool chicago_chapter_after_title(ParseContext& c) {
  const std::string_view t = c.t;
  const std::size_t in = skip_spaces(t, c.anchor_end);
  const WordMatch m = c.lex.editor_in.match(t, in);
  if (!m || in + m.length >= t.size() || t[in + m.length] != ' ' || !text::starts_lower(t.substr(in))) return false;
  const std::size_t book = in + m.length + 1;
  const std::size_t open = t.find(" (", book);
  if (open == npos || open == book) return false;
  for (std::size_t i = in; i < open; ++i)
    if (c.used[i]) return false;
  ChicagoImprint imp;
  if (!chicago_imprint(c, open + 1, imp)) return false;
  const std::size_t book_end = note_title_tail(c, book, open);
  c.put(Variable::container_title, text::trim(c.view(book, book_end)));
  c.mark(in, book_end);
  c.chapter = true;
  apply_imprint(c, open + 1, imp);
  return true;
}

// The same imprint after an italic or linked title ("John Smith, *The Book of Rivers*
// (London: Penguin, 2001), p. 45."); the names before it were read with the title.
bool chicago_imprint_after_title(ParseContext& c) {
  const std::size_t open = skip_spaces(c.t, c.anchor_end);
  if (open == c.anchor_end || open >= c.t.size() || c.t[open] != '(') return false;
  ChicagoImprint imp;
  if (!chicago_imprint(c, open, imp)) return false;
  apply_imprint(c, open, imp);
  return true;
}

}  // namespace citelib::list

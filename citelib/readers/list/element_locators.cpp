// Numbers about a work that are not its volume, issue or page (locators.cpp reads those): a
// map's scale ("1:50,000", not volume 1, page 50000), a time in an audio or video work ("12
// minutes in"), the number of pages ("426 p.") and a free locator after the publisher
// ("Table 3", "Fig. 2", CS1 |at=). Each would otherwise be read as a volume and page or left
// as a comment.
#include "readers/list/head_steps.hpp"
#include "readers/list/lexicon.hpp"
#include "readers/list/placer.hpp"

#include "core/text.hpp"

#include <algorithm>

namespace citelib::list {

namespace {

// A locator's number: "3", "2b", "12.4", or a range of them ("1501–1502", "12-14").
bool locator_number(std::string_view number) {
  if (number.empty() || !text::is_ascii_digit(number[0]) || number.size() > 13) return false;
  std::size_t dashes = 0;
  for (std::size_t i = 0; i < number.size(); ++i) {
    const char ch = number[i];
    if (text::is_ascii_digit(ch) || ch == '.' || text::is_ascii_alpha(ch)) continue;
    if (dashes == 0 && ch == '-' && i + 1 < number.size()) {
      ++dashes;
      continue;
    }
    if (dashes == 0 && number.compare(i, 3, "\u2013") == 0 && i + 3 < number.size()) {
      ++dashes;
      i += 2;
      continue;
    }
    return false;
  }
  return dashes == 0 ? number.size() <= 6 : true;
}

}  // namespace

// "12 minutes in": a time in an audio or video work, like "Event occurs at 12:34".
bool Placer::time_in_work(std::string_view s) {
  if (const std::size_t sp = s.find(' '); sp != npos && text::all_digits(s.substr(0, sp)) &&
                                          c.lex.minutes_suffixes.whole(s.substr(sp + 1))) {
    if (r.locator_text.empty()) {
      r.locator_text = std::string(s.substr(0, sp));
      return true;
    }
  }
  return false;
}

// "240 с.", "426 p.": the number of pages.
bool Placer::page_count(std::string_view s) {
  if (const std::size_t sp = s.rfind(' '); sp != npos && text::all_digits(s.substr(0, sp)) &&
                                           c.lex.page_count_labels.whole(s.substr(sp + 1))) {
    set_if_empty(Variable::number_of_pages, s.substr(0, sp));
    return true;
  }
  return false;
}

// "2 vols.", "3 volumes", fr "2 vol.": the count of a work's volumes, printed after the
// imprint (a volume's own number has its label first, "vol. 2").
bool Placer::volume_count(std::string_view s) {
  if (const std::size_t sp = s.find(' '); sp != npos && sp > 0 && sp <= 2 && text::all_digits(s.substr(0, sp)) &&
                                          c.lex.volume_count_labels.whole(s.substr(sp + 1))) {
    set_if_empty(Variable::number_of_volumes, s.substr(0, sp));
    return true;
  }
  return false;
}

// "1:50,000", "1:250 000", "1:25000": a map's scale — a number written with thousands
// separators or of five digits and more after "1:" ("1:1234" stays volume 1, page 1234).
bool Placer::map_scale(std::string_view s) {
  if (s.size() < 6 || s[0] != '1' || s[1] != ':' || r.has(Variable::scale)) return false;
  std::size_t digits = 0;
  bool grouped = false;
  for (std::size_t i = 2; i < s.size(); ++i) {
    if (text::is_ascii_digit(s[i])) ++digits;
    else if (s[i] == ',' || s[i] == ' ' || s[i] == '.') grouped = true;
    else return false;
  }
  if (!text::is_ascii_digit(s[2]) || digits < 4 || (!grouped && digits < 5)) return false;
  r.set(Variable::scale, std::string(s));
  return true;
}

// CS1 |at=: "Table 3", "Fig. 2", "col. 1741", "cols. 1501–1502" after the publisher (or once
// the dates and pages are past): a capitalised word, or a column label in any case (Hansard
// numbers columns, not pages), and a number or a range is a place in the work, the locator.
// Other lowercase abbreviations stay out: "repr. 1990" is a reprint's date.
bool Placer::free_locator(std::string_view s) {
  if (!r.locator_text.empty() || !(late || r.has(Variable::publisher)) || text::count_words(s) != 2) return false;
  const std::size_t sp = s.rfind(' ');
  if (!text::starts_upper(s) && !c.lex.column_labels.whole(s.substr(0, sp))) return false;
  if (!locator_number(s.substr(sp + 1))) return false;
  // cite AV media's |id=, "Abbey Road (LP). Apple Records. 1969. PCS 7088.": after a medium
  // tag a label's prefix in capitals and a number is the release's catalogue number.
  if (const std::string_view prefix = s.substr(0, sp);
      r.has(Variable::genre) && !r.has(Variable::number) && prefix.size() >= 2 && prefix.size() <= 6 &&
      std::all_of(prefix.begin(), prefix.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; })) {
    const TypeLabel* label = c.lex.type_label(r.get(Variable::genre));
    if (label && !label->sets_type) {
      r.set(Variable::number, std::string(s));
      return true;
    }
  }
  r.locator_text = std::string(s);
  return true;
}

// "Pliny the Elder (AD 77). Natural History. Book 35.", "Herodotus (c. 430 BC). The Histories.
// Book 2.": a classical work's book (and chapter) as the only element after its title, with the
// author and date before it, is the place in the work (as classical_head reads it without a
// date), not the publisher.
bool Placer::classical_after_title(std::string_view s, std::size_t index, const std::vector<Segment>& segs) {
  if (index + 1 != segs.size() || s.size() > 40 || !c.date_paren || c.title_kind == TitleKind::quoted || !r.has(Variable::title) ||
      !r.has(Variable::author) || r.has(Variable::publisher) || r.has(Variable::container_title) || r.has(Variable::locator) ||
      !r.locator_text.empty() || c.rest_begin > segs[index].begin || !separators_only(c.view(c.rest_begin, segs[index].begin)))
    return false;
  if (!classical_place(s, c.lex, false)) return false;
  r.set(Variable::locator, std::string(s));
  r.type = ItemType::classic;
  c.type_label = true;
  return true;
}

// es "Heródoto (1992). Historia. Libros I-II. Madrid: Gredos.", pt "História. Livro II. São
// Paulo:": the books of a classical work one volume of a translation holds, printed as a
// sentence right after the title and before the imprint, belong to the title (as the volume's
// own title page and catalogues print it); they are no series (CS1 prints a series as a name).
bool Placer::books_of_work(std::string_view s, std::size_t index, const std::vector<Segment>& segs) {
  // Every book label starts with a B or an L ("Book", "libro", "livre", "Buch").
  if (s.size() < 6 || (s[0] != 'B' && s[0] != 'L')) return false;
  if (index + 1 >= segs.size() || c.title_kind == TitleKind::quoted || !r.has(Variable::title) ||
      r.has(Variable::publisher) || r.has(Variable::container_title) || r.has(Variable::collection_title) ||
      c.rest_begin > segs[index].begin || !separators_only(c.view(c.rest_begin, segs[index].begin)))
    return false;
  const WordMatch m = c.lex.book_labels.match(s, 0);
  if (!m || m.length + 1 >= s.size() || s[m.length] != ' ' || !text::starts_upper(s)) return false;
  const std::string_view n = s.substr(m.length + 1);
  std::size_t dash = npos, dash_len = 0;
  for (std::size_t i = 0; i < n.size() && dash == npos; ++i)
    if (const std::size_t d = text::dash_len_at(n, i)) dash = i, dash_len = d;
  const auto number = [](std::string_view w) {
    if (w.empty() || w.size() > 7) return false;
    if (text::all_digits(w)) return w.size() <= 3;
    for (const char ch : w)
      if (ch != 'I' && ch != 'V' && ch != 'X' && ch != 'L' && ch != 'C') return false;
    return true;
  };
  // One book in Arabic figures, "Book 7", numbers a novel in its series; a classical work's
  // books are a range or Roman ("Libros I-II", "Livro II").
  if (dash == npos ? !(number(n) && !text::all_digits(n)) : !(number(n.substr(0, dash)) && number(n.substr(dash + dash_len))))
    return false;
  std::string title(r.get(Variable::title));
  title += ". ";
  title += s;
  r.set(Variable::title, std::move(title));
  return true;
}

// UK cite episode, "Series 1. Episode 3.": a season label and its number before an episode is
// the volume (as "Season 4." is), not a series or a publisher.
bool Placer::season_before_episode(std::string_view s, std::size_t index, const std::vector<Segment>& segs) {
  const WordMatch m = c.lex.season_labels.match(s, 0);
  if (!m || m.length + 1 >= s.size() || s[m.length] != ' ' || !text::all_digits(s.substr(m.length + 1)) ||
      r.has(Variable::volume) || index + 1 >= segs.size())
    return false;
  const std::string_view nx = c.view(segs[index + 1].begin, segs[index + 1].end);
  if (!c.lex.issue_labels.match_label(nx, 0)) return false;
  r.set(Variable::volume, std::string(s.substr(m.length + 1)));
  return true;
}

}  // namespace citelib::list

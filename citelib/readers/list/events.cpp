// Events among the elements: the conference of a paper in proceedings and the event and place
// of a speech. An event's name reads like a publisher's ("International Conference on …"),
// so these rules need the evidence around it (pages after it, a label naming an event).
#include "readers/list/lexicon.hpp"
#include "readers/list/placer.hpp"

#include "core/text.hpp"

namespace citelib::list {

namespace {

// "IEEE", "ACM": a name of capitals only.
bool all_capitals(std::string_view w) {
  for (const char ch : w)
    if (ch < 'A' || ch > 'Z') return false;
  return !w.empty();
}

}  // namespace

// cite conference: "\"Paper\". Proceedings of X. International Conference on Y. Place:
// Publisher." — right after the proceedings (the container), an element that names a
// meeting ("Conference", "Symposium", "Congreso"…) or reads as an acronym and its year
// ("NeurIPS 2020") is the event, not the publisher.
bool Placer::conference_event(std::string_view s, std::size_t index, std::vector<Segment>& segs) {
  // APA's presentation, "Title [Paper presentation]. Conference Name, Boston, MA, United
  // States.": the element after the description is the conference and where it was held.
  if (!late && c.type_label && r.type == ItemType::paper_conference && plain == 0 && !r.has(Variable::event) &&
      !r.has(Variable::publisher) && !r.has(Variable::container_title) && text::starts_upper(s, true) && plain_from(index, index, segs)) {
    const std::size_t comma = s.find(", ");
    r.set(Variable::event, std::string(text::trim(s.substr(0, comma))));
    if (comma != npos) r.set(Variable::event_place, std::string(text::trim(s.substr(comma + 2))));
    ++plain;
    return true;
  }
  // cite conference's |conference= after a quoted title, with no book, "\"Adam: …\". 3rd
  // International Conference on Learning Representations, ICLR 2015. arXiv:1412.6980.": a
  // meeting's name (an event word) that ends with its acronym and year after a comma is the
  // event and the reference a conference paper (the acronym was a place, the name the
  // publisher).
  if (!late && c.title_kind == TitleKind::quoted && plain == 0 && !r.has(Variable::container_title) &&
      !r.has(Variable::event) && !r.has(Variable::publisher) && s.size() <= 200 && text::starts_upper(s, true)) {
    const std::size_t comma = s.rfind(", ");
    const std::string_view tail = comma == npos ? std::string_view{} : s.substr(comma + 2);
    const std::size_t sp = tail.find(' ');
    bool acronym = sp != npos && sp >= 2 && tail.size() - sp - 1 == 4 && text::all_digits(tail.substr(sp + 1));
    for (std::size_t i = 0; acronym && i < sp; ++i) acronym = tail[i] >= 'A' && tail[i] <= 'Z';
    bool event = false;
    for (std::size_t i = 0; acronym && i < comma && !event; ++i)
      if (text::at_word_start(s, i) && c.lex.event_words.match(s, i)) event = true;
    if (event && plain_from(index, index, segs)) {
      r.set(Variable::event, std::string(s));
      r.type = ItemType::paper_conference;
      c.type_label = true;
      ++plain;
      return true;
    }
  }
  // Without a book title CS1 prints the paper's title in italics, and the conference right
  // after it: "Title (PDF). OSDI'04: Sixth Symposium on …. San Francisco, CA. pp. 137–150."
  const bool paper_in_book = c.title_kind == TitleKind::quoted && plain == 1 && r.has(Variable::container_title);
  const bool paper_alone = c.title_kind == TitleKind::plain && plain == 0 && !r.has(Variable::container_title);
  if (late || !(paper_in_book || paper_alone) || r.has(Variable::event) || r.has(Variable::publisher) ||
      !text::starts_upper(s, true) || text::count_words(s) > 16)
    return false;
  bool event = false;
  for (std::size_t i = 0; i < s.size() && !event; ++i)
    if (text::at_word_start(s, i) && c.lex.event_words.match(s, i)) event = true;
  if (!event && paper_alone) return false;
  if (!event) {
    // "NeurIPS 2020", "ICML 2019": capitals in a word of letters, then a year; "USENIX
    // Security 2018", "ACM CCS 2017": an acronym and at most two capitalised words before it.
    const std::size_t sp = s.find(' '), last = s.rfind(' ');
    if (sp == npos || s.size() - last - 1 != 4 || !text::all_digits(s.substr(last + 1)) || text::count_words(s) > 4)
      return false;
    std::size_t upper = 0;
    for (char ch : s.substr(0, sp)) {
      if (!text::is_ascii_alpha(ch)) return false;
      if (ch >= 'A' && ch <= 'Z') ++upper;
    }
    if (upper < 2) return false;
    for (std::size_t i = sp + 1; i < last; ++i)
      if (text::at_word_start(s, i) && !text::starts_upper(s.substr(i))) return false;
    if (last != sp && upper != sp) return false;  // more words: the first one all capitals
  }
  if (!plain_from(index, index, segs)) return false;
  // A paper in proceedings has its pages; a web page's publisher may be named "United
  // Nations Conference on Trade and Development" too.
  bool pages_follow = false;
  for (std::size_t k = index + 1; k < segs.size() && !pages_follow; ++k) {
    Locators loc;
    const std::string_view v = c.view(segs[k].begin, segs[k].end);
    // "San Francisco, CA. pp. 137–150": the state's abbreviation keeps the pages in the place's element.
    if (segs[k].begin < segs[k].end &&
        (parse_labeled_locators(v, c.lex, loc) || find_labeled_locators(v, c.lex, loc) != npos) && !loc.page.empty())
      pages_follow = true;
  }
  // So does a book that names itself proceedings or a meeting ("Proceedings of …",
  // "Advances in Cryptology – EUROCRYPT 2014").
  auto proceedings = [&](std::string_view book) {
    if (book.starts_with("Proceedings") || book.starts_with("Advances in")) return true;
    // "International Conference on …", "Symposium of …" (a site, "Congress.gov", is none).
    for (std::size_t i = 0; i < book.size(); ++i)
      if (text::at_word_start(book, i))
        if (const WordMatch m = c.lex.event_words.match(book, i); m && i + m.length < book.size() && book[i + m.length] == ' ')
          return true;
    return false;
  };
  if (!pages_follow && !(paper_in_book && proceedings(r.get(Variable::container_title)))) return false;
  r.set(Variable::event, std::string(s));
  ++plain;
  // "… Symposium on X. San Francisco, CA. pp. 137–150.": a lone place right after the event
  // (no publisher after it) is where the conference was held.
  if (paper_alone && index + 1 < segs.size() && plain_from(index, index + 1, segs)) {
    std::string_view where = c.view(segs[index + 1].begin, segs[index + 1].end);
    Locators loc;
    bool pages_next = false;
    if (const std::size_t at = find_labeled_locators(where, c.lex, loc); at != npos && at > 0) {
      where = text::trim_chars(where.substr(0, at), " ,.");  // "San Francisco, CA. pp. 137–150"
      pages_next = !loc.page.empty();
    } else if (index + 2 < segs.size()) {
      const std::string_view after = c.view(segs[index + 2].begin, segs[index + 2].end);
      pages_next = parse_labeled_locators(after, c.lex, loc) && !loc.page.empty();
      loc = {};
    }
    bool lower = false;
    for (std::size_t i = 0; i < where.size(); ++i)
      if (text::at_word_start(where, i) && text::starts_lower(where.substr(i))) lower = true;
    if (pages_next && !lower && !where.empty() && text::count_words(where) <= 4 && where.find(':') == npos &&
        !has_publisher_word(where)) {
      r.set(Variable::event_place, std::string(where));
      apply(loc);
      consume(segs, index + 1);
    }
  }
  return true;
}

// cite speech: "Title (Speech). Event. Place." — after a label that names an event, the last
// plain element is where it was held and one before it the event.
bool Placer::speech_event(std::string_view s, std::size_t index, const std::vector<Segment>& segs) {
  if (late || !r.has(Variable::genre) || r.has(Variable::event_place)) return false;
  const TypeLabel* label = c.lex.type_label(r.get(Variable::genre));
  if (!label || !label->event_after || !plain_from(index, index, segs)) return false;
  const bool more = index + 1 < segs.size() && plain_from(index, index + 1, segs);
  if (more && !r.has(Variable::event)) r.set(Variable::event, std::string(s));
  else if (!more) r.set(Variable::event_place, std::string(s));
  else return false;
  return true;
}

// IEEE's conference paper, "\"Title,\" in Proc. IEEE Conf. Things, Boston, MA, USA, 2010, pp.
// 1–5.": after proceedings named after "in" (a proceedings word or an event word in the
// name), the comma elements up to the date are where the conference was held, not a
// publisher's place and name.
bool Placer::conference_place(std::string_view s, std::size_t index, const std::vector<Segment>& segs) {
  // CS1's cite conference without a publisher, "\"Paper\". Proceedings of the … Symposium on
  // Code Generation and Optimization (CGO '04). Palo Alto, California. pp. 75–86.": a place
  // right after the proceedings, the pages next, is where the conference was held (it was
  // the publisher). A place with its region ("Palo Alto, California", "Boston, MA"): a word
  // alone may be the publisher's acronym ("IEEE").
  if (const std::size_t comma = s.find(", "); comma != npos && comma > 0 && !all_capitals(s.substr(0, comma)) &&
      c.mode == SepMode::period && !late && c.title_kind == TitleKind::quoted && plain == 1 &&
      r.has(Variable::container_title) && !r.has(Variable::publisher) && !r.has(Variable::publisher_place) &&
      !r.has(Variable::event_place) && text::starts_upper(s) &&
      text::count_words(s) <= 4 && s.find_first_of("0123456789:") == npos && !has_publisher_word(s) &&
      !has_organisation_word(s) && plain_from(index, index, segs)) {
    const std::string_view book = r.get(Variable::container_title);
    bool proceedings = book.starts_with("Proc.") || book.starts_with("Proceedings");
    for (std::size_t i = 0; i < book.size() && !proceedings; ++i)
      if (text::at_word_start(book, i) && c.lex.event_words.match(book, i)) proceedings = true;
    bool lower = false;
    for (std::size_t i = 0; i < s.size(); ++i)
      if (text::at_word_start(s, i) && text::starts_lower(s.substr(i))) lower = true;
    // The pages next, or nothing but the messages: "\"Paper\" (PDF). ACM-SIAM Symposium on
    // Discrete Algorithms. Kyoto, Japan. Retrieved 2012-10-04." (|location= is the last part
    // cite conference prints before its identifiers and messages).
    Locators loc;
    const bool pages_next = index + 1 < segs.size() &&
                            parse_labeled_locators(c.view(segs[index + 1].begin, segs[index + 1].end), c.lex, loc) &&
                            !loc.page.empty();
    if (proceedings && !lower && (pages_next || (index + 1 == segs.size() && last_element(s)))) {
      r.set(Variable::event_place, std::string(s));
      return true;
    }
  }
  return false;
}

bool Placer::proceedings_place(std::string_view s, std::size_t index, std::vector<Segment>& segs) {
  // IEEE quotes the paper's title ("\"Title,\" in Proc. …"); it's Cita conferenza prints it
  // unquoted, and its comma list after the proceedings is the book's "Luogo, Editore, anno"
  // ("in Proceedings of …, Bordeaux, ACM, 2015, pp. …": Bordeaux the place, ACM the publisher).
  if (c.title_kind != TitleKind::quoted) return false;
  if (c.mode != SepMode::comma || late || !(c.chapter || c.container_marker) || r.has(Variable::editor) || !r.has(Variable::container_title) ||
      r.has(Variable::publisher) || r.has(Variable::publisher_place) || r.has(Variable::event_place) ||
      !text::starts_upper(s) || text::count_words(s) > 3 || s.find_first_of("0123456789:") != npos)
    return false;
  const std::string_view book = r.get(Variable::container_title);
  bool proceedings = book.starts_with("Proc.") || book.starts_with("Proceedings");
  for (std::size_t i = 0; i < book.size() && !proceedings; ++i)
    if (text::at_word_start(book, i) && c.lex.event_words.match(book, i)) proceedings = true;
  if (!proceedings) return false;
  // The place runs to the element before the date: "Boston, MA, USA, 2010".
  std::size_t k = index + 1;
  while (k < segs.size() && k <= index + 3) {
    const std::string_view v = c.view(segs[k].begin, segs[k].end);
    if (segs[k].begin >= segs[k].end || segs[k].after_dash) return false;
    if (parse_date(v).has_parts()) break;
    if (!text::starts_upper(v) || text::count_words(v) > 3 || v.find_first_of("0123456789:") != npos) return false;
    ++k;
  }
  if (k >= segs.size() || k > index + 3) return false;
  for (std::size_t i = segs[index].end; i < segs[k].begin; ++i)
    if (c.used[i] && i >= segs[k - 1].end) return false;
  r.set(Variable::event_place, std::string(c.view(segs[index].begin, segs[k - 1].end)));
  r.type = ItemType::paper_conference;
  c.type_label = true;
  for (std::size_t j = index + 1; j < k; ++j) consume(segs, j);
  return true;
}

}  // namespace citelib::list

// The elements after the title: container (work, website, journal), publisher and place,
// dates, volume/issue/pages, editors of a chapter's book, and trailing text (quote, comment).
// Grammar §2: "Container. Series. Volume (Issue): Pages. Place: Publisher. Date.
// Identifiers. …"; cues 5-6.
// This file holds the order in which the rules are tried on each element (Placer::place) and
// where an element no rule claims lands (place_plain, trailing); the rules for one kind of
// element live in their own files (see placer.hpp).
#include "readers/list/head_steps.hpp"
#include "readers/list/lexicon.hpp"
#include "readers/list/names.hpp"
#include "readers/list/placer.hpp"
#include "readers/list/quotes.hpp"

#include "core/text.hpp"

#include <algorithm>
#include <array>
#include <charconv>

namespace citelib::list {

void Placer::trailing(std::string_view s) {
  s = text::trim(s);
  if (s.empty()) return;
  // Trailing text is prose: its final period belongs to it.
  const std::size_t end = c.offset(s) + s.size();
  if (end < c.t.size() && c.t[end] == '.' && !c.used[end]) s = c.view(c.offset(s), end + 1);
  if (auto q = quoted_at(s, 0); q && q->end + 1 >= s.size()) {
    if (!r.has(Variable::note)) {
      r.set(Variable::note, std::string(text::trim(s.substr(q->inner_begin, q->inner_end - q->inner_begin))));
      return;
    }
  }
  // A quote follows the locator it supports ("p. 26. Dotación …").
  if (prev_locator && !r.has(Variable::note)) {
    r.set(Variable::note, std::string(s));
    return;
  }
  if (!r.comment.empty()) r.comment += ' ';
  r.comment.append(s);
}

namespace {

// "EuroSys '15", "CHI '19", "SOSP ’17": one or two capitalised words, then a year cut to an
// apostrophe and two digits.
bool conference_short_name(std::string_view s) {
  const std::size_t sp = s.rfind(' ');
  if (sp == std::string_view::npos || sp == 0 || text::count_words(s) > 3 || !text::starts_upper(s)) return false;
  std::string_view year = s.substr(sp + 1);
  if (year.starts_with("'")) year.remove_prefix(1);
  else if (year.starts_with("\u2019")) year.remove_prefix(3);
  else return false;
  return year.size() == 2 && text::all_digits(year);
}

// "python/cpython", "llvm/llvm-project": an owner and a repository, one slash between.
bool repository_path(std::string_view s) {
  const std::size_t slash = s.find('/');
  constexpr std::size_t none = std::string_view::npos;
  if (slash == none || slash == 0 || slash + 1 >= s.size() || s.size() > 80 || s.find('/', slash + 1) != none) return false;
  for (const char ch : s)
    if (!(text::is_ascii_alpha(ch) || text::is_ascii_digit(ch) || ch == '/' || ch == '-' || ch == '_' || ch == '.')) return false;
  return text::is_ascii_alpha(s[0]) && text::is_ascii_alpha(s[slash + 1]);
}

}  // namespace

// APA's date of a part, "(2015, March 3)", "(2019, May)": the year, a comma and a month (a
// book or a journal volume has its year alone).
bool Placer::apa_dated_part() const {
  const Date* d = r.date(Variable::issued);
  if (d == nullptr || d->precision() == DatePrecision::year || d->precision() == DatePrecision::none) return false;
  const std::size_t open = c.t.find(" (");
  return open != npos && open < 200 && open + 8 < c.t.size() && text::all_digits(c.t.substr(open + 2, 4)) &&
         c.t.compare(open + 6, 2, ", ") == 0;
}

// True when nothing but spaces and periods, or text already placed, follows `s`.
bool Placer::last_element(std::string_view s) const {
  for (std::size_t i = c.offset(s) + s.size(); i < c.t.size(); ++i)
    if (!c.used[i] && c.t[i] != '.' && c.t[i] != ' ' && c.t[i] != '\n') return false;
  return true;
}

void Placer::place_plain(std::string_view s, bool after_dash) {
  s = text::trim(s);
  if (s.empty()) return;
  ++plain;
  if (after_dash && !late && !r.has(Variable::publisher) && text::count_words(s) <= 6) {
    r.set(Variable::publisher, std::string(s));
    return;
  }
  if (expect_book) {
    expect_book = false;
    if (!r.has(Variable::container_title)) {
      r.set(Variable::container_title, std::string(s));
      return;
    }
  }
  // GOST "Искусство программирования. Т. 1. Основные алгоритмы. — М.": the element right
  // after a book's volume names that volume.
  if (prev_locator && !late && c.title_kind == TitleKind::plain && r.has(Variable::volume) && !r.has(Variable::page) &&
      !r.has(Variable::issue) && !r.has(Variable::container_title) && !r.has(Variable::volume_title) &&
      dash_separator(c.t, 0) != npos) {
    r.set(Variable::volume_title, std::string(s));
    return;
  }
  // Russian web citations: "Title (англ.). Site (date)." — the site is the container, also
  // after a title a markdown export links ("[Title](…) (англ.). Site (date).").
  const bool part_title = c.title_kind == TitleKind::quoted ||
                          ((c.title_kind == TitleKind::plain || c.title_kind == TitleKind::link) && c.edition &&
                           c.edition->site_after_plain_title);
  const bool untitled = !r.has(Variable::title);
  // APA's article in a newspaper or on a site, "Smith, J. (2015, March 3). Headline here. The
  // New York Times. https://…": a plain title, the year-first date with its month (a book's
  // date is its year), and one element after the title, is the periodical's or site's name.
  if (!late && !part_title && !untitled && c.date_paren && c.title_kind == TitleKind::plain &&
      !r.has(Variable::container_title) && !r.has(Variable::publisher) && !c.type_label &&
      s.find_first_of(":,;0123456789") == npos && c.t.size() - (c.offset(s) + s.size()) < 512 && apa_dated_part() &&
      last_element(s))
    if (c.put(Variable::container_title, s)) {
      c.apa_part = true;
      return;
    }
  if (!late && (part_title || untitled) && !r.has(Variable::container_title)) {
    r.set(Variable::container_title, std::string(s));
    return;
  }
  // CS1 |quote= with no date after the work: "\"Title\". Site. \"Quoted text.\"", the last
  // element. (A quoted publisher does occur, from Google Books' data: "Book. \"O'Reilly
  // Media, Inc.\". p. 301." after an italic title, with more after it.)
  if (c.title_kind == TitleKind::quoted && r.has(Variable::container_title) && !r.has(Variable::note) &&
      last_element(s))
    if (auto q = quoted_at(s, 0); q && q->end + 1 >= s.size()) {
      trailing(s);
      return;
    }
  // "Lehrbuch der Anorganischen Chemie (102nd ed.). de Gruyter.": a publisher without place
  // may start with a name particle or in camel case, as after a place's colon.
  if (publisher_then_place(s)) return;
  // So may a repository's path on a forge, "GitHub. python/cpython." (CS1 |publisher=).
  if (!late && !r.has(Variable::publisher) &&
      (name_like_start(s) || particle_or_camel_start(s) || repository_path(s)) && text::count_words(s) <= 12) {
    r.set(Variable::publisher, std::string(s));
    publisher_end = c.offset(s) + s.size();
    return;
  }
  // Free text: "Departamento de …. Facultad de Medicina. Universidad de Granada" is one publisher.
  // A run of at most 200 bytes: a longer one is no publisher, and joining each element to a
  // growing publisher copied it again and again (quadratic on a long line of short elements).
  if (c.publisher_runs && publisher_end != npos && r.has(Variable::publisher) && !late &&
      r.get(Variable::publisher).size() + s.size() <= 200) {
    bool clean = true;
    for (std::size_t i = publisher_end; i < c.offset(s) && clean; ++i)
      if (c.used[i]) clean = false;
    if (clean) {
      r.set(Variable::publisher, std::string(r.get(Variable::publisher)) + std::string(c.view(publisher_end, c.offset(s) + s.size())));
      publisher_end = c.offset(s) + s.size();
      return;
    }
  }
  if (series_then_publisher(s)) return;
  trailing(s);
}

namespace {

constexpr std::size_t npos = std::string_view::npos;

// A year alone ("Annual Report 2019") names an edition of a series, not a report's number.
bool year_token(std::string_view w) {
  if (w.size() != 4) return false;
  for (const char ch : w)
    if (!text::is_ascii_digit(ch)) return false;
  return (w[0] == '1' && w[1] >= '5') || (w[0] == '2' && w[1] == '0');
}

// "Open-File Report 98-428", "AI Memo 353", "Technical Report 2005-01": capitalised words
// ending in a report-series noun, then one token with a digit. Checked on a report's elements
// only, and the bytes first (a space and a digit in the last word) before the look-up.
// One token, "Memorandum-M-352", "CSL-98": a capital, a hyphen and a digit, and no more
// than a designation's length (checked after the publisher only, where CS1 prints |number=).
bool report_designation_token(std::string_view s) {
  if (s.size() < 4 || s.size() > 24 || !(s[0] >= 'A' && s[0] <= 'Z')) return false;
  if (s.find_first_of(" ,;:()") != npos || s.find('-') == npos) return false;
  return s.find_first_of("0123456789") != npos && !year_token(s);
}

// "FIPS PUB 202", "NBS SP 500": acronyms (capitals only) before the token with a digit.
bool acronym_word(std::string_view w) {
  if (w.size() < 2) return false;
  for (const char ch : w)
    if (!(ch >= 'A' && ch <= 'Z')) return false;
  return true;
}

}  // namespace

// "NIST SP 800-57 Part 1 Rev. 5": a designation's part and revision after its number, each a
// word and a short token with a digit ("Part 1", "Rev. 5", "Revision 2"). Returns the
// designation before them (`s` when there are none).
std::string_view without_part_and_revision(std::string_view s) {
  for (int k = 0; k < 2; ++k) {
    const std::size_t sp = s.rfind(' ');
    if (sp == npos || sp == 0) break;
    const std::string_view token = s.substr(sp + 1);
    if (token.empty() || token.size() > 4 || token.find_first_of("0123456789") == npos ||
        token.find_first_not_of("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") != npos)
      break;
    const std::size_t wb = s.rfind(' ', sp - 1);
    const std::string_view word = s.substr(wb == npos ? 0 : wb + 1, sp - (wb == npos ? 0 : wb + 1));
    if (wb == npos || !(word == "Part" || word == "Pt." || word == "Rev." || word == "Rev" || word == "Revision")) break;
    s = s.substr(0, wb);
  }
  return s;
}

bool report_number_element(std::string_view s, const Lexicon& lex) {
  if (s.size() > 80) return false;
  if (const std::string_view base = without_part_and_revision(s); base.size() < s.size()) s = base;
  const std::size_t sp = s.rfind(' ');
  if (sp == npos || sp == 0) return false;
  const std::string_view token = s.substr(sp + 1);
  if (token.find_first_of("0123456789") == npos || token.find_first_of(",;:()") != npos || year_token(token))
    return false;
  const std::size_t prev = s.rfind(' ', sp - 1);
  const std::string_view noun = s.substr(prev == npos ? 0 : prev + 1, sp - (prev == npos ? 0 : prev + 1));
  if (!lex.report_number_words.whole(noun)) {
    if (text::count_words(s) > 4) return false;
    for (std::size_t i = 0; i < sp;) {
      const std::size_t e = s.find(' ', i);
      if (!acronym_word(s.substr(i, e - i))) return false;
      i = e + 1;
    }
    return true;
  }
  // The series' name is capitalised words ("U.S. Geological Survey" is no number).
  for (std::size_t i = 0; i < sp; i = s.find(' ', i) == npos ? sp : s.find(' ', i) + 1)
    if (s[i] >= 'a' && s[i] <= 'z') return false;
  return text::count_words(s) <= 6;
}

void Placer::place(std::size_t index, std::vector<Segment>& segs) {
  const Segment seg = segs[index];
  if (seg.begin >= seg.end) return;
  std::string_view s = c.view(seg.begin, seg.end);
  if (c.first_late != npos && seg.begin > c.first_late) late = true;
  prev_locator = last_was_locator;
  last_was_locator = false;
  // "… Securities and Exchange Commission. (PDF)": the format of a link at the end of the
  // reference (a hand-written one, or CS1's after a title the copy lost) stands alone.
  if (s.size() > 2 && s.front() == '(' && s.back() == ')' && c.lex.is_format(s.substr(1, s.size() - 2)) &&
      c.put(Variable::medium, s.substr(1, s.size() - 2)))
    return;
  if (time_in_work(s)) return;
  // cite map "1:50,000": a scale, not a volume and a page.
  if (map_scale(s)) return;
  if (page_count(s) || volume_count(s)) return;
  if (season_before_episode(s, index, segs)) return;
  if (std::string_view volume, work; !r.has(Variable::volume) && !r.has(Variable::collection_title) &&
                                       volume_of_work(s, c.lex, volume, work)) {
    c.put(Variable::volume, volume);
    c.put(Variable::collection_title, work);
    return;
  }
  // GOST "— М.: БИНОМ. Лаборатория знаний, 2011.": a publisher whose name holds a period
  // runs to the year of its area; the next element, not after a dash, ends with it.
  if (seg.after_dash && index + 1 < segs.size() && !segs[index + 1].after_dash && s.find(": ") != npos &&
      s.find(", ") == npos && segs[index + 1].begin < segs[index + 1].end) {
    const std::string_view nx = c.view(segs[index + 1].begin, segs[index + 1].end);
    const std::size_t comma = nx.rfind(", ");
    if (comma != npos && comma > 0 && text::starts_upper(nx) && nx.find(':') == npos &&
        parse_date(nx.substr(comma + 2)).has_parts() && nx.substr(comma + 2).size() == 4 &&
        (c.t.compare(segs[index + 1].end, 5, ". \u2014") == 0 || separators_only(c.t.substr(segs[index + 1].end))) &&
        dash_imprint(c.view(seg.begin, segs[index + 1].end))) {
      consume(segs, index + 1);
      return;
    }
  }
  if (seg.after_dash && dash_imprint(s)) return;
  if (container_run(index, segs)) return;
  if (books_of_work(s, index, segs)) return;
  if (series_then_volume(s, index, segs)) return;
  if (roman_volume_after_title(s, index, segs)) return;
  if (conference_event(s, index, segs)) return;
  if (conference_place(s, index, segs)) return;
  const bool had_edition = c.has_edition;
  // pt "«Capítulo». Pro Git (em inglês) 2.ª ed. [S.l.]: Apress": the book's edition printed
  // bare after it (and its tags), as after a book's own title; "ed." took the separator's period.
  if (!r.has(Variable::edition) && c.title_kind == TitleKind::quoted && seg.end < c.t.size() && c.t[seg.end] == '.')
    if (const std::size_t sp2 = s.rfind(' '); sp2 != npos && sp2 > 0) {
      const std::size_t sp1 = s.rfind(' ', sp2 - 1);
      const std::string_view number = s.substr(sp1 == npos ? 0 : sp1 + 1, sp2 - (sp1 == npos ? 0 : sp1 + 1));
      if (sp1 != npos && text::is_ascii_digit(number[0]) && c.lex.edition_suffixes.whole(c.view(seg.begin + sp2 + 1, seg.end + 1))) {
        c.put(Variable::edition, number);
        c.has_edition = true;
        s = text::trim(s.substr(0, sp1));
      }
    }
  s = strip_end_tags(s);
  if (s.empty()) return;
  if (abnt_thesis(s) || bare_thesis_label(s, index, segs)) return;
  // CS1 prints the edition after the series ("Book. Oxford Handbooks (2nd ed.). Place:
  // Publisher"): an element that carried the edition after the book is the series.
  if (!had_edition && c.has_edition && r.has(Variable::container_title) && r.has(Variable::title) &&
      !r.has(Variable::collection_title) && !late && text::count_words(s) <= 8 && name_like_start(s) &&
      s.find_first_of("0123456789:") == npos) {
    c.put(Variable::collection_title, s);
    return;
  }
  // cite conference's |conference= (or |series=, as citation tools fill it from the DOI) after
  // the proceedings: "Proceedings of the Tenth European Conference on Computer Systems.
  // EuroSys '15. pp. 18:1–18:17." A conference's short name with its year cut to an
  // apostrophe and two digits ("CHI '19", "SOSP ’17") names no publisher or place.
  if (r.has(Variable::container_title) && r.has(Variable::title) && !r.has(Variable::collection_title) && !late &&
      conference_short_name(s)) {
    c.put(Variable::collection_title, s);
    return;
  }
  // "2009 [1859]": a date without authors, then the original date (CS1 |orig-date=).
  if (const std::size_t open = original_date_after_date(s); open != npos) {
    std::size_t oend = 0;
    Date orig;
    original_date_group(s, open, &oend, &orig);
    c.put_date(Variable::original_date, orig, s.substr(open));
    s = text::trim(s.substr(0, open));
  }
  // GOST newspapers: "— 2014. — 12 марта.": the day and month follow the year element; so
  // do they after a Harvard "(2015)": "'Title', The Guardian, 3 May."
  // "— 5 мая (№ 78 (5108)).": the newspaper's issue in brackets after the day.
  std::string_view day = s;
  Locators day_issue;
  if (seg.after_dash && s.size() < 64 && s.back() == ')')
    if (const std::size_t open = s.find(" ("); open != npos && open < 24) {
      const std::string_view inner = s.substr(open + 2, s.size() - open - 3);
      if (c.lex.issue_labels.match_label(inner, 0) && parse_labeled_locators(inner, c.lex, day_issue) &&
          !day_issue.issue.empty() && day_issue.volume.empty() && day_issue.page.empty())
        day = s.substr(0, open);
    }
  if ((seg.after_dash || c.date_paren) && day.size() < 40 && text::count_words(day) <= 3 &&
      day.find_first_of("0123456789") != npos && day.find_first_of("():;") == npos) {
    if (const Date* had = r.date(Variable::issued); had && !had->is_range() && had->precision() == DatePrecision::year) {
      // The element and the year, built on the stack ("3 May" + " 2015").
      std::array<char, 56> buf{};
      const auto tail = std::to_chars(buf.data() + day.size() + 1, buf.data() + buf.size(), had->start.year);
      std::copy(day.begin(), day.end(), buf.begin());
      buf[day.size()] = ' ';
      const std::string_view full(buf.data(), static_cast<std::size_t>(tail.ptr - buf.data()));
      if (Date d = parse_date(full); d.has_parts() && d.precision() != DatePrecision::year && d.start.year == had->start.year) {
        d.literal = std::string(day);  // the day and month as written, beside the parts
        r.set_date(Variable::issued, d);
        if (day.size() < s.size()) apply(day_issue);
        return;
      }
    }
  }
  // CS2 "(1999), Germany, 1914–1918, London: Penguin": years right after a plain title, when
  // the reference has its date elsewhere, end the title (CS2's separator is the comma a title
  // may hold).
  // So do they after the book of a quoted chapter: "\"The Front\", Germany, 1914–1918, London".
  if (c.mode == SepMode::comma && !late && (r.has(Variable::issued) || date_element_after(index, segs)) && s.size() >= 4 &&
      s.size() <= 11 && text::all_digits(s.substr(0, 4))) {
    const bool after_title = c.title_kind == TitleKind::plain && index == 0 && c.title_end < seg.begin &&
                             separators_only(c.view(c.title_end, seg.begin));
    const bool after_book = c.title_kind == TitleKind::quoted && index > 0 && r.has(Variable::container_title) &&
                            c.view(segs[index - 1].begin, segs[index - 1].end) == r.get(Variable::container_title);
    if (const Date d = parse_date(s); (after_title || after_book) && d.has_parts() && d.precision() == DatePrecision::year) {
      // The years end there; the tags after them were read ("…, 1958–2023 (2nd ed.), London").
      const std::size_t years_end = c.offset(s) + s.size();
      if (after_title) {
        c.title_end = years_end;
        r.set(Variable::title, c.str(c.title_begin, c.title_end));
      } else {
        r.set(Variable::container_title, c.str(segs[index - 1].begin, years_end));
      }
      return;
    }
  }
  // es "«Título». *The Lancet* (en italiano) **7**.": es prints a journal's volume right
  // after its name, which text alone cannot tell from a name ending in a number ("… Systems
  // 33"); a markdown export shows the volume in bold.
  if (c.title_kind == TitleKind::quoted && !late && !r.has(Variable::container_title) && !r.has(Variable::volume)) {
    if (const std::size_t sp = s.rfind(' '); sp != npos && sp > 0 && s.size() - sp - 1 <= 4 && text::all_digits(s.substr(sp + 1))) {
      const std::size_t at = c.offset(s) + sp + 1;
      bool bold = false;
      for (const ItemEmphasis& e : c.item.emphasis)
        if (e.bold && e.begin <= at && at < e.end) bold = true;
      // So does a tag between them in text: "Nature (en francés) 29" (no name goes on after
      // its language tag).
      const std::string_view before = text::trim(s.substr(0, sp));
      if (bold || (!before.empty() && before.back() == ')')) {
        if (const std::string_view journal = strip_end_tags(before); !journal.empty() && (bold || journal.size() < before.size())) {
          r.set(Variable::container_title, std::string(journal));
          r.set(Variable::volume, std::string(s.substr(sp + 1)));
          return;
        }
      }
    }
  }
  // "\"Title\". Science. 113. 1978-06-23.": CS1's volume alone right after a journal (no
  // issue, no pages). Three digits would read as a year, but the reference has its date in
  // another element.
  if (c.title_kind == TitleKind::quoted && !late && !r.has(Variable::volume) && r.has(Variable::container_title) &&
      s.size() <= 3 && text::all_digits(s) && index > 0 && c.view(segs[index - 1].begin, segs[index - 1].end) == r.get(Variable::container_title) &&
      (r.has(Variable::issued) || date_element_after(index, segs)) &&
      // "Proceedings of the London Mathematical Society. 2. Vol. 42.": a series number.
      !(index + 1 < segs.size() && c.lex.volume_labels.match(c.view(segs[index + 1].begin, segs[index + 1].end), 0))) {
    r.set(Variable::volume, std::string(s));
    return;
  }
  if (const Date d = parse_date(s); d.has_parts() || d.undated) {
    if (!r.has(Variable::issued)) r.set_date(Variable::issued, d);
    else trailing(s);
    if (r.has(Variable::title) && !(c.title_kind == TitleKind::quoted && !r.has(Variable::container_title))) late = late || plain > 0;
    return;
  }
  // An italic element is a work's name as a whole ("*In Proceedings of …*").
  bool italic = false;
  for (const ItemEmphasis& e : c.item.emphasis)
    if (e.italic && e.begin == seg.begin) italic = true;
  if (!italic && editor_in(s, index, segs)) return;
  // pt "In: Lima, Carlos. História do Brasil 2.ª ed. Rio de Janeiro": the book after its
  // editors with its edition printed behind it.
  if (expect_book && !r.has(Variable::container_title)) {
    const std::size_t b = c.offset(s), e = b + s.size();
    if (const std::size_t te = edition_after_title(c, b, e); te != e) {
      expect_book = false;
      ++plain;
      c.put(Variable::container_title, text::trim(c.view(b, te)));
      return;
    }
  }
  // GOST "Статья (рус.) // Известия": the container after a title that ended at its tag.
  if (s.starts_with("// ") && !r.has(Variable::container_title)) {
    std::string_view cont = text::trim(s.substr(3));
    // "// Cell. — 2011.": a journal named by one word that is also an ISO 4 abbreviation
    // kept the period of GOST's area separator; an abbreviated name has more words ("J.
    // Chem. Phys.").
    if (cont.size() > 2 && cont.back() == '.' && cont.find(' ') == npos && cont.find('.') == cont.size() - 1 &&
        c.t.compare(seg.end, 4, " \u2014") == 0)
      cont.remove_suffix(1);
    set_if_empty(Variable::container_title, cont);
    return;
  }
  // Hand-written "PhD thesis, University of Leeds", "Tesis doctoral, Universidad de Chile":
  // a thesis label, then the institution that granted it.
  if (const std::size_t comma = s.size() > 12 ? s.find(", ") : npos;
      comma != npos && comma <= 40 && text::count_words(s.substr(0, comma)) <= 4 && !r.has(Variable::genre)) {
    const TypeLabel* label = c.lex.type_label(s.substr(0, comma));
    const std::string_view who = text::trim(s.substr(comma + 2));
    if (label && label->sets_type && label->type == ItemType::thesis && !who.empty() && name_like_start(who)) {
      set_if_empty(Variable::genre, s.substr(0, comma));
      if (!c.type_label) {
        r.type = label->type;
        c.type_label = true;
      }
      place_plain(who);
      return;
    }
  }
  // GOST "— 2-е изд., испр. и доп. —": an edition with its qualifiers is kept whole, as
  // printed (the edition number alone would drop "revised and enlarged").
  if (const std::size_t comma = s.find(", "); seg.after_dash && comma != npos && text::count_words(s) <= 6 &&
                                              c.lex.edition(s.substr(0, comma)) && text::starts_lower(s.substr(comma + 2))) {
    c.put(Variable::edition, s);
    c.has_edition = true;
    return;
  }
  // MLA "2nd ed., Penguin, 2001": the edition opens the publisher's element.
  if (const std::size_t comma = s.find(", "); comma != npos && !seg.after_dash && !r.has(Variable::edition) &&
                                              text::count_words(s.substr(0, comma)) <= 3 && text::starts_upper(s.substr(comma + 2)))
    if (auto ed = c.lex.edition(s.substr(0, comma))) {
      c.put(Variable::edition, *ed, s.substr(0, comma));
      c.has_edition = true;
      s = text::trim(s.substr(comma + 2));
    }
  // "(2nd ed.)" written without parentheses: "2e éd.", "2. Auflage".
  if (text::count_words(s) <= 3)
    if (auto ed = c.lex.edition(s)) {
      // pt "The Art of Computer Programming (em inglês). 1 3.ª ed.": the volume printed bare
      // before the edition (pt CS1 |volume=), digits only and a space.
      if (const std::size_t sp = ed->find(' '); sp != npos && sp <= 3 && text::all_digits(ed->substr(0, sp)) &&
                                                !r.has(Variable::volume) && r.has(Variable::title)) {
        c.put(Variable::volume, ed->substr(0, sp));
        ed = ed->substr(sp + 1);
      }
      c.put(Variable::edition, *ed, s);
      c.has_edition = true;
      return;
    }

  // it "a cura di Luigi Bianchi": the editors after their mark.
  if (const WordMatch m = text::starts_lower(s) ? c.lex.editor_marks.match(s, 0) : WordMatch{};
      m && m.length < s.size() && text::space_len_at(s, m.length) && !r.has(Variable::editor)) {
    NameList names;
    if (parse_name_list(text::trim(s.substr(m.length)), c.lex, names, true) && !names.names.empty()) {
      r.set_names(Variable::editor, std::move(names.names));
      return;
    }
  }
  {
    NameList names;
    if (s.back() == ')' || text::count_words(s) <= 8) {
      std::string_view probe = s;
      if (c.lex.editor_marks.match(probe, probe.rfind(' ') == npos ? 0 : probe.rfind(' ') + 1) || probe.back() == ')') {
        if (parse_name_list(probe, c.lex, names) && names.editors && !names.names.empty()) {
          r.set_names(Variable::editor, std::move(names.names));
          return;
        }
      }
    }
  }
  // it "collana Saggi": the series.
  if (WordMatch m = text::starts_lower(s) ? c.lex.series_markers.match(s, 0) : WordMatch{};
      m && m.length < s.size() && text::space_len_at(s, m.length)) {
    std::string_view series = text::trim(s.substr(m.length));
    // fr Ouvrage prints the series in guillemets, "coll. « Folio »": typography, not the name.
    if (series.size() > 4 && series.starts_with("\u00ab") && series.ends_with("\u00bb") &&
        series.find("\u00ab", 2) == npos)
      series = text::trim(series.substr(2, series.size() - 4));
    c.put(Variable::collection_title, series);
    return;
  }
  if (WordMatch m = c.lex.site_markers.match(s, 0); m && m.length < s.size() && text::space_len_at(s, m.length)) {
    std::string_view site = text::trim(s.substr(m.length));
    set_if_empty(Variable::container_title, site);
    c.site_marker = true;
    return;
  }
  if (WordMatch m = c.lex.list_labels.match(s, 0); m && m.length < s.size()) {
    set_if_empty(Variable::genre, s.substr(0, m.length));
    set_if_empty(Variable::container_title, text::trim(s.substr(m.length)));
    return;
  }
  // GOST "— 3000 экз.": the print run (digits, then the word).
  if (const std::size_t sp = text::is_ascii_digit(s[0]) ? s.rfind(' ') : npos; sp != npos && sp > 0 && c.lex.print_run_words.whole(s.substr(sp + 1))) {
    bool digits = true;
    for (std::size_t i = 0; i < sp && digits; ++i) digits = text::is_ascii_digit(s[i]) || s[i] == ' ';
    if (digits) {
      // No quote after a locator (trailing() would read it so): the note on the edition.
      prev_locator = false;
      trailing(s);
      return;
    }
  }
  // "IEEE Standard for Floating-Point Arithmetic. IEEE Std 754-2019. 2019.": a standard's
  // designation as an element of its own (CS1 |id= or |number=) is its number, not the
  // publisher.
  if (!r.has(Variable::number) && c.title_kind == TitleKind::plain && standard_designation(s)) {
    c.put(Variable::number, s);
    return;
  }
  // {{cite report}} "(Report). Open-File Report 98-428. U.S. Geological Survey.": the series
  // and number of the report in one element, before or after the agency (CS1 |series=, |id=).
  // "MIT AI Lab. AI Memo 353" stays one element ("Lab." an abbreviation): the agency is what
  // comes before the last period, when it is more than one word ("U.S. Geological Survey
  // Open-File Report" is no agency "U.S").
  if (r.type == ItemType::report && !r.has(Variable::number)) {
    std::size_t dot = s.rfind(". ");
    // "NIST SP 800-57 Part 1 Rev. 5": the revision's period is the number's own.
    if (dot != npos && dot >= 3 && s.compare(dot - 3, 3, "Rev") == 0 && dot + 2 < s.size() && text::is_ascii_digit(s[dot + 2]))
      dot = dot >= 4 ? s.rfind(". ", dot - 4) : npos;
    const bool agency = dot != npos && text::count_words(s.substr(0, dot)) >= 2;
    if (const std::string_view number = agency ? s.substr(dot + 2) : s; report_number_element(number, c.lex)) {
      if (agency) place_plain(s.substr(0, dot));
      c.put(Variable::number, number);
      return;
    }
    // "(Technical report). MIT Project MAC. Memorandum-M-352.": the number after the
    // institution, one token.
    if (r.has(Variable::publisher) && report_designation_token(s)) {
      c.put(Variable::number, s);
      return;
    }
  }
  // "Cryptology ePrint Archive. Report 2016/659.": a report's series noun and its number
  // after the container or publisher of any reference (CS1 |id=, |number=), when the number
  // is a designation ("2016/659", "98-428") rather than a count.
  if (!r.has(Variable::number) && r.type != ItemType::report &&
      (r.has(Variable::container_title) || r.has(Variable::publisher)) && s.size() < 40 &&
      text::count_words(s) == 2 && s.find_first_of("/-", s.find(' ')) != npos &&
      report_number_element(s, c.lex) && c.lex.report_number_words.whole(s.substr(0, s.find(' ')))) {
    c.put(Variable::number, s);
    return;
  }
  // {{cite newsgroup}} "\"Title\". Newsgroup: comp.os.minix. Usenet: <id>.": the group (one
  // dotted name) is where the post was published, as a mailing list is for its posts.
  if (const std::size_t colon = s.find(": "); colon != npos && colon < 16 && !r.has(Variable::container_title) &&
                                              c.lex.newsgroup_labels.whole(s.substr(0, colon))) {
    const std::string_view group = s.substr(colon + 2);
    if (group.find('.') != npos && group.find_first_of(" ,;") == npos) {
      c.put(Variable::genre, s.substr(0, colon));
      c.put(Variable::container_title, group);
      return;
    }
  }
  if (volume_with_title(s, index, segs)) return;
  // "Versione 2020.2": a work's version (it {{IUCN}}, CS1 |version= written out).
  if (const WordMatch vm = c.lex.version_labels.match(s, 0); vm && vm.length + 1 < s.size() && s[vm.length] == ' ' &&
                                                             text::is_ascii_digit(s[vm.length + 1]) && s.find(' ', vm.length + 1) == npos) {
    if (c.put(Variable::version, s.substr(vm.length + 1))) return;
  }
  Locators loc;
  if (parse_labeled_locators(s, c.lex, loc)) {
    apply(loc);
    last_was_locator = true;
    late = late || !loc.page.empty();
    return;
  }
  if (auto tail = parse_journal_tail(s)) {
    // "Revista de Historia (en inglés) 12 (3): 45-67": tags may sit between journal and volume.
    std::string_view cont = strip_end_tags(tail->container);
    // NLM "J Bras Pneumol [Internet]. 2018 [cited 2020 Mar 3];44(2)": the journal's medium
    // designation (in the tail, or in the element before it), and when its web copy was read.
    const auto medium_off = [&](std::string_view j) {
      if (j.size() < 3 || j.back() != ']') return j;
      const std::size_t open = j.rfind(" [");
      if (open == npos || !c.lex.is_format(j.substr(open + 2, j.size() - open - 3))) return j;
      set_if_empty(Variable::medium, j.substr(open + 2, j.size() - open - 3));
      return text::trim(j.substr(0, open));
    };
    cont = medium_off(cont);
    if (!tail->cited.empty() && cont.empty() && r.has(Variable::container_title)) {
      const std::string had(r.get(Variable::container_title));
      if (const std::string_view j = medium_off(had); j.size() < had.size()) r.set(Variable::container_title, std::string(j));
    }
    if (const WordMatch m = c.lex.cited_words.match(tail->cited, 0); m && m.length < tail->cited.size()) {
      const std::string_view when = text::trim(tail->cited.substr(m.length));
      if (const Date d = journal_date(when); d.has_parts()) c.put_date(Variable::accessed, d, when);
    }
    // "J Appl Physiol. 116 (5)": an abbreviation without periods (NLM style) ends at the
    // separator; "J. Chem. Inf. Comput. Sci." keeps its own.
    if (cont.size() > 1 && cont.back() == '.' && cont.find('.') == cont.size() - 1) cont.remove_suffix(1);
    // zh "Title. Linux Journal. 2014, 2014 (239): 2.": the date before the locators after a
    // comma (GB/T 7714's order); the element before it, read as a plain title's publisher,
    // is the journal.
    if (!cont.empty() && c.offset(cont) + cont.size() < c.t.size() && c.t[c.offset(cont) + cont.size()] == ',' &&
        parse_date(cont).has_parts() && !r.has(Variable::issued)) {
      issued(cont);
      cont = {};
      if (!r.has(Variable::container_title) && r.has(Variable::publisher) && !r.has(Variable::publisher_place) &&
          c.title_kind == TitleKind::plain) {
        r.set(Variable::container_title, std::string(r.get(Variable::publisher)));
        r.set(Variable::publisher, std::string());
      }
    }
    // "DDT 2006": a year glued to the journal name.
    if (const std::size_t sp = cont.rfind(' '); sp != npos && parse_date(cont.substr(sp + 1)).has_parts()) {
      issued(cont.substr(sp + 1));
      cont = text::trim(cont.substr(0, sp));
    }
    if (!cont.empty()) {
      // "QSAR modeling: where have you been? Where are you going to? Journal of …": the
      // title ran into the journal.
      if (!r.has(Variable::container_title)) r.set(Variable::container_title, std::string(cont));
      else c.put(Variable::publisher, cont);
    }
    // Harvard "Journal, 12(3), pp.45-67": the page label, often without its space.
    if (const WordMatch label = c.lex.page_labels.match_label(tail->loc.page, 0);
        label && label.length < tail->loc.page.size() && tail->loc.page[label.length - 1] == '.')
      tail->loc.page = text::trim(tail->loc.page.substr(label.length));
    apply(tail->loc);
    if (!tail->date.empty()) issued(tail->date);
    c.journal_pages = !tail->loc.page.empty();
    last_was_locator = true;
    return;
  }
  if (const std::size_t at = find_labeled_locators(s, c.lex, loc); at != npos) {
    // de "C. H. Beck, München 2010, S. 45": the publisher, place and year before the pages.
    std::string_view before = text::trim_chars(s.substr(0, at), " ,");
    // pt ABNT "Revista Brasileira de Física, São Paulo, v. 32, n. 2": the journal's place
    // stands between its name and the lowercase "v." ABNT writes (CS1 prints "Vol.").
    if (const std::size_t comma = before.rfind(", "); comma != npos && s.compare(at, 3, "v. ") == 0 && !r.has(Variable::container_title)) {
      const std::string_view place = text::trim(before.substr(comma + 2));
      if (place_name(place)) {
        c.put(Variable::publisher_place, place);
        before = text::trim(before.substr(0, comma));
      }
    }
    // de "In: Bundesgesetzblatt. 2009, S. 2542": the year alone before the pages of a work.
    if (r.has(Variable::container_title) && !r.has(Variable::issued) && before.size() == 4 && text::all_digits(before))
      issued(before);
    else if (c.title_kind == TitleKind::quoted || r.has(Variable::container_title) || !publisher_place_year(before))
      set_if_empty(Variable::container_title, before);
    apply(loc);
    last_was_locator = true;
    return;
  }
  if (text::all_digits(s) && s.size() <= 6 && r.has(Variable::container_title) && !r.has(Variable::volume)) {
    // Chicago "The New Yorker, May 3, 2005, 45": a number after the date is the page.
    if (late && r.has(Variable::issued) && !r.has(Variable::page)) {
      r.set(Variable::page, std::string(s));
      c.pages = true;
      return;
    }
    r.set(Variable::volume, std::string(s));
    bare_volume = true;
    return;
  }
  // "107–125" alone after a journal: the pages.
  if (r.has(Variable::container_title) && !r.has(Variable::page) && looks_like_pages(s) && text::is_ascii_digit(s[0])) {
    bool range = false;
    for (std::size_t i = 0; i < s.size(); ++i)
      if (text::dash_len_at(s, i)) range = true;
    if (range) {
      r.set(Variable::page, std::string(s));
      c.pages = true;
      last_was_locator = true;
      return;
    }
  }
  if (split_inner_label(s)) return;
  // Free text: the element before "V:P" / "V (I): P" names the journal.
  std::size_t after = index + 1;
  while (after < segs.size() && parse_date(c.view(segs[after].begin, segs[after].end)).has_parts()) ++after;
  if (after < segs.size() && c.title_kind != TitleKind::quoted && !r.has(Variable::container_title) &&
      !segs[after].after_dash) {
    const std::string_view nv = c.view(segs[after].begin, segs[after].end);
    const auto next = parse_journal_tail(nv);
    // ACS "Title, Journal, 2010, 5, 10-20": a bare volume, then the pages.
    const bool volume_then_pages = !next && text::all_digits(nv) && nv.size() <= 4 && after + 1 < segs.size() &&
                                   !segs[after + 1].after_dash && text::is_ascii_digit(c.t[segs[after + 1].begin]) &&
                                   looks_like_pages(c.view(segs[after + 1].begin, segs[after + 1].end)) &&
                                   c.view(segs[after + 1].begin, segs[after + 1].end).find_first_of("-\u2013") != npos;
    if ((next && next->container.empty() && !next->loc.page.empty()) || volume_then_pages) {
      // "Journal of Cheminformatics 2009, 1:12": the year belongs to the date.
      if (const std::size_t sp = s.rfind(' '); sp != npos && !r.has(Variable::issued) &&
                                               parse_date(s.substr(sp + 1)).has_parts()) {
        issued(s.substr(sp + 1));
        s = text::trim(s.substr(0, sp));
      }
      r.set(Variable::container_title, std::string(s));
      return;
    }
  }
  if (classical_after_title(s, index, segs)) return;
  if (container_with_colon(s, index, segs)) return;
  if (place_over_commas(s, index, segs)) return;
  if (place_publisher(s)) return;
  if (publisher_place_year(s)) return;
  // "IEEE, 2004": a name and a year. Not when the reference has its date already or prints it
  // later as an element of its own: then the years belong to a title ("Germany, 1914–1918").
  if (const std::size_t comma = s.rfind(", "); comma != npos && comma > 0 && !r.has(Variable::issued) && !date_element_after(index, segs)) {
    const std::string_view tail = s.substr(comma + 2);
    if (parse_date(tail).has_parts() && !parse_date(s.substr(0, comma)).has_parts()) {
      issued(tail);
      s = text::trim(s.substr(0, comma));
    }
  }
  if (proceedings_place(s, index, segs)) return;
  if (comma_place_pair(s, index, segs)) return;
  if (speech_event(s, index, segs)) return;
  if (news_place_and_agency(s, index, segs)) return;
  if (author_before_last_date(s, index, segs)) return;
  if (network_after_date(s, index, segs)) return;
  if (free_locator(s)) return;
  place_plain(s, seg.after_dash);
}

// True when a segment after `index` is a date and nothing else.
bool Placer::date_element_after(std::size_t index, const std::vector<Segment>& segs) const {
  if (last_date_segment == npos - 1) {
    last_date_segment = npos;
    for (std::size_t k = segs.size(); k-- > 0;)
      if (segs[k].begin < segs[k].end) {
        // CS1's "n.d." stands where the date would ("… Penguin. n.d. pp. 5–9.").
        const Date d = parse_date(c.view(segs[k].begin, segs[k].end));
        if (d.has_parts() || d.undated) {
          last_date_segment = k;
          break;
        }
      }
  }
  return last_date_segment != npos && last_date_segment > index;
}

// True when segment k is plain text with nothing placed between it and segment `from`.
bool Placer::plain_from(std::size_t from, std::size_t k, const std::vector<Segment>& segs) const {
  const Segment& g = segs[k];
  if (g.begin >= g.end || g.after_dash) return false;
  for (std::size_t i = segs[from].end; i < g.begin; ++i)
    if (c.used[i]) return false;
  const std::string_view v = c.view(g.begin, g.end);
  Locators tmp;
  return !parse_date(v).has_parts() && !parse_journal_tail(v) && !parse_labeled_locators(v, c.lex, tmp);
}

namespace {

// Chicago's journal reference, "Journal of Asian Studies 5, no. 2 (2001): 10–20.": the
// journal, its volume, the issue after an issue label, the date in parentheses and the pages
// after a colon, as one run that ends the reference. Read before the rest is split, since the
// comma after the volume is no element separator here. Without an issue the date follows the
// volume, "Journal of Asian Studies 5 (2001): 10–20." or "5 (March 2001)."; CS1 prints its
// issue there, "Nature. 89 (2153): 49–52", but after the journal's period and with the
// date elsewhere, so the short form needs the volume joined to the journal by a space and
// no date read before.
void chicago_journal(ParseContext& c) {
  const std::string_view t = c.t;
  std::size_t b = c.rest_begin;
  while (b < t.size() && (t[b] == ' ' || t[b] == ',' || t[b] == '.')) ++b;
  if (b >= t.size() || c.used[b] || !text::starts_upper(t.substr(b))) return;
  std::size_t end = b;
  while (end < t.size() && !c.used[end]) ++end;
  const std::string_view run = c.view(b, end);
  std::size_t no = run.find(", ");
  const std::size_t paren = run.find(" (");
  const bool labeled = no != npos && (paren == npos || no < paren);
  if (!labeled) no = paren;
  if (no == npos || no < 3) return;
  // The volume: digits right before the comma (or the parenthesis), after a space.
  std::size_t vb = no;
  while (vb > 0 && text::is_ascii_digit(run[vb - 1])) --vb;
  if (vb == no || vb < 2 || run[vb - 1] != ' ') return;
  std::size_t ib = no, ie = no;
  if (labeled) {
    const WordMatch label = c.lex.issue_labels.match(run, no + 2);
    if (!label) return;
    ib = skip_spaces(run, no + 2 + label.length);
    ie = ib;
    while (ie < run.size() && run[ie] != ' ') ++ie;
    if (ie == ib) return;
  } else {
    const char before = run[vb - 2];
    if (before == '.' || before == ',' || before == ':' || c.ref.date(Variable::issued)) return;
  }
  if (ie + 2 >= run.size() || run[ie + 1] != '(') return;
  const std::size_t close = run.find(')', ie + 2);
  if (close == npos) return;
  const Date d = parse_date(run.substr(ie + 2, close - ie - 2));
  if (!d.has_parts()) return;
  std::string_view pages;
  if (close + 2 < run.size() && run[close + 1] == ':' && run[close + 2] == ' ') {
    pages = text::trim(run.substr(close + 3));
    if (!pages.empty() && pages.back() == '.') pages.remove_suffix(1);
    if (pages.empty() || !looks_like_pages(pages)) return;
  } else if (labeled || c.title_kind != TitleKind::quoted || text::trim(run.substr(close + 1)).find_first_not_of('.') != npos) {
    // Without pages only an article's journal ending the reference: "… Studies 5 (2001)."
    return;
  }
  c.put(Variable::container_title, text::trim(run.substr(0, vb - 1)));
  c.put(Variable::volume, run.substr(vb, no - vb));
  if (labeled) c.put(Variable::issue, run.substr(ib, ie - ib));
  c.put_date(Variable::issued, d, run.substr(ie + 2, close - ie - 2));
  if (!pages.empty()) c.put(Variable::page, pages);
  c.journal_pages = true;
  c.mark(b, end);
}

}  // namespace

void place_elements(ParseContext& c) {
  if (c.rest_begin >= c.t.size()) return;
  chicago_journal(c);
  if (c.rest_begin >= c.t.size()) return;
  for (std::size_t i = c.rest_begin; i < c.t.size(); ++i) {
    if (i >= c.credit_begin && i < c.credit_end) continue;
    if (c.used[i]) {
      c.first_late = i;
      break;
    }
  }
  split_segments(c.t, c.rest_begin, c.t.size(), c.used, c.mode, c.lex, c.segments, &c.protect, c.dotted_days());
  std::vector<Segment>& segs = c.segments;
  Placer p{c, c.ref};
  for (std::size_t k = 0; k < segs.size(); ++k) {
    if (segs[k].begin >= segs[k].end) continue;
    p.place(k, segs);
    c.mark(segs[k].begin, segs[k].end);
  }
}

}  // namespace citelib::list

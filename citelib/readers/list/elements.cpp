// The elements after the title: container (work, website, journal), publisher and place,
// dates, volume/issue/pages, editors of a chapter's book, and trailing text (quote, comment).
// Grammar §2: "Container. Series. Volume (Issue): Pages. Place: Publisher. Date.
// Identifiers. …"; cues 5-6.
#include "readers/list/head_steps.hpp"
#include "readers/list/lexicon.hpp"
#include "readers/list/locators.hpp"
#include "readers/list/names.hpp"
#include "readers/list/parse_context.hpp"
#include "readers/list/quotes.hpp"

#include "core/text.hpp"

namespace citelib::list {

namespace {

constexpr std::size_t npos = std::string_view::npos;

struct Placer {
  ParseContext& c;
  Reference& r;
  bool late = false;           // past the dates, locators and identifiers: only trailing text follows
  bool expect_book = false;    // after "In Editor (ed.)": the next element is the book
  bool last_was_locator = false;
  bool prev_locator = false;   // the element before this one was a locator
  std::size_t plain = 0;       // plain elements placed so far
  std::size_t publisher_end = npos;  // end of the publisher element in the text

  bool set_if_empty(Variable v, std::string_view value) { return c.put(v, value); }

  void apply(const Locators& loc) {
    if (set_if_empty(Variable::volume, loc.volume)) {}
    set_if_empty(Variable::issue, loc.issue);
    if (set_if_empty(Variable::page, loc.page)) c.pages = true;
    set_if_empty(Variable::section, loc.section);
    if (!loc.date.empty()) issued(loc.date);
  }

  void issued(std::string_view s) {
    const Date d = parse_date(s);
    if (d.has_parts()) c.put_date(Variable::issued, d, s);
  }

  // Parenthesised tags at the end of an element: "Medium (en inglés)", "The Register
  // (3 марта 2017)", "git (Lista de grupo de correio)".
  std::string_view strip_end_tags(std::string_view s) {
    for (int guard = 0; guard < 4 && !s.empty() && s.back() == ')'; ++guard) {
      std::size_t open = npos;
      int depth = 0;
      for (std::size_t i = s.size(); i-- > 0;) {
        if (s[i] == ')') ++depth;
        else if (s[i] == '(' && --depth == 0) {
          open = i;
          break;
        }
      }
      if (open == npos) break;
      const std::string_view content = text::trim(s.substr(open + 1, s.size() - open - 2));
      std::string_view size;
      auto lang = c.lex.language_tag(content);
      // A tag alone is an element only when it names a language: de "…, abgerufen am
      // 4. Mai 2019 (englisch)."
      // So is a type label after the container ("Apple Inc. (Press release).").
      if (open == 0 && !lang && !c.lex.type_label(content)) break;
      if (lang) {
        c.put(Variable::language, *lang, content);
      } else if (c.lex.is_format(content)) {
        set_if_empty(Variable::medium, content);
      } else if (auto fmt = c.lex.format_with_size(content, size)) {
        set_if_empty(Variable::medium, *fmt);
        set_if_empty(Variable::dimensions, size);
      } else if (const TypeLabel* label = c.lex.type_label(content)) {
        set_if_empty(Variable::genre, content);
        if (label->sets_type && !c.type_label) {
          r.type = label->type;
          c.type_label = true;
        }
      } else if (auto ed = c.lex.edition(content)) {
        c.put(Variable::edition, *ed, content);
        c.has_edition = true;
      } else if (const PhraseMatch pm = c.lex.match_phrase(content, 0);
                 pm && pm.field == PhraseField::published && pm.length == content.size()) {
        // "Penguin (published 2011)": CS1 |publication-date= beside |date=.
        c.put_date(Variable::available_date, pm.date, c.view(pm.date_begin + c.offset(content), pm.date_end + c.offset(content)));
      } else if (open > 0 && content.find(": ") != npos && journal_imprint(content)) {
        // es "Revista (Lima: Editorial) 5 (2): 10-20": where and by whom the journal is published.
      } else if (const Date d = parse_date(content); d.has_parts() && text::count_words(s.substr(0, open)) > 0) {
        c.put_date(Variable::issued, d, content);
      } else {
        break;
      }
      s = text::trim(s.substr(0, open));
    }
    return s;
  }

  // A type label inside an element: "git (Lista de grupo de correio) Uma breve descrição …".
  bool split_inner_label(std::string_view s) {
    for (std::size_t i = 1; i < s.size(); ++i) {
      if (s[i] != '(') continue;
      const std::size_t g = group_end(s, i);
      if (g == npos) return false;
      const std::string_view content = text::trim(s.substr(i + 1, g - i - 2));
      const TypeLabel* label = c.lex.type_label(content);
      if (!label) {
        i = g - 1;
        continue;
      }
      set_if_empty(Variable::genre, content);
      place_plain(text::trim(s.substr(0, i)));
      const std::string_view after = text::trim_chars(s.substr(g), " ,.");
      if (!after.empty()) trailing(after);
      return true;
    }
    return false;
  }

  void trailing(std::string_view s) {
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

  // Publisher names and places start with a capital, a digit, a quote or a bracket, or are
  // a domain name ("docs.python.org").
  static bool name_like_start(std::string_view s) {
    if (text::starts_upper(s, true) || s.front() == '"' || s.front() == '[' || s.compare(0, 2, "\u00AB") == 0) return true;
    const std::size_t dot = s.find('.');
    return dot != npos && dot > 0 && dot + 1 < s.size() && s.find(' ') == npos && text::is_ascii_alpha(s[dot + 1]);
  }

  bool has_publisher_word(std::string_view s) const {
    for (std::size_t i = 0; i < s.size(); ++i)
      if (text::at_word_start(s, i) && c.lex.publisher_words.match(s, i)) return true;
    return false;
  }

  // de Literatur: "C. H. Beck, München 2010": a place of capitalised words, a space, a bare
  // year (no other edition glues a year to a place without a comma).
  static bool place_then_year(std::string_view place, std::string_view year) {
    if (year.size() != 4 || !text::all_digits(year) || place.empty() || text::count_words(place) > 3) return false;
    for (std::size_t i = 0; i < place.size(); ++i)
      if (text::at_word_start(place, i) && !text::starts_upper(place.substr(i))) return false;
    for (char ch : place)
      if (text::is_ascii_digit(ch)) return false;
    return true;
  }

  // German "Verlag, Ort Jahr": "Verlag Beispiel, Berlin 2005".
  bool publisher_place_year(std::string_view s) {
    const std::size_t comma = s.rfind(", ");
    if (comma == npos || comma == 0 || r.has(Variable::publisher) || late) return false;
    const std::string_view tail = s.substr(comma + 2);
    const std::size_t sp = tail.rfind(' ');
    if (sp == npos || text::count_words(tail) > 4 || !text::starts_upper(tail) ||
        !parse_date(tail.substr(sp + 1)).has_parts() || parse_date(tail).has_parts() ||
        !(has_publisher_word(s.substr(0, comma)) || place_then_year(tail.substr(0, sp), tail.substr(sp + 1))))
      return false;
    issued(tail.substr(sp + 1));
    set_if_empty(Variable::publisher, text::trim(s.substr(0, comma)));
    set_if_empty(Variable::publisher_place, text::trim(tail.substr(0, sp)));
    c.place = true;
    return true;
  }

  // Two plain elements in a comma list: "Milano, Apogeo" or "Bristol Books, Bristol".
  void place_pair(std::string_view a, std::string_view b) {
    const bool a_pub = has_publisher_word(a), b_pub = has_publisher_word(b);
    const bool a_first_is_place = !(a_pub && !b_pub);
    set_if_empty(Variable::publisher_place, a_first_is_place ? a : b);
    set_if_empty(Variable::publisher, a_first_is_place ? b : a);
    c.place = true;
  }

  void place_plain(std::string_view s, bool after_dash = false) {
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
    // Russian web citations: "Title (англ.). Site (date)." — the site is the container.
    const bool part_title = c.title_kind == TitleKind::quoted ||
                            (c.title_kind == TitleKind::plain && c.edition && c.edition->site_after_plain_title);
    const bool untitled = !r.has(Variable::title);
    if (!late && (part_title || untitled) && !r.has(Variable::container_title)) {
      r.set(Variable::container_title, std::string(s));
      return;
    }
    if (!late && !r.has(Variable::publisher) && name_like_start(s) && text::count_words(s) <= 12) {
      r.set(Variable::publisher, std::string(s));
      publisher_end = c.offset(s) + s.size();
      return;
    }
    // Free text: "Departamento de …. Facultad de Medicina. Universidad de Granada" is one publisher.
    if (c.publisher_runs && publisher_end != npos && r.has(Variable::publisher) && !late) {
      bool clean = true;
      for (std::size_t i = publisher_end; i < c.offset(s); ++i)
        if (c.used[i]) clean = false;
      if (clean) {
        r.set(Variable::publisher, std::string(r.get(Variable::publisher)) + std::string(c.view(publisher_end, c.offset(s) + s.size())));
        publisher_end = c.offset(s) + s.size();
        return;
      }
    }
    trailing(s);
  }

  // cite book "|volume=2: The Middle Ages": "Vol. 2: The Middle Ages." — the volume and its title.
  bool volume_with_title(std::string_view s) {
    const WordMatch m = c.lex.volume_labels.match_label(s, 0);
    if (!m || r.has(Variable::volume)) return false;
    const std::string_view value = text::trim(s.substr(m.length));
    const std::size_t colon = value.find(": ");
    if (colon == npos || colon == 0 || !text::all_digits(value.substr(0, colon))) return false;
    const std::string_view title = text::trim(value.substr(colon + 1));
    if (title.empty() || !text::starts_upper(title, true)) return false;
    r.set(Variable::volume, std::string(value.substr(0, colon)));
    r.set(Variable::volume_title, std::string(title));
    last_was_locator = true;
    return true;
  }

  // "1:50,000", "1:250 000", "1:25000": a map's scale — a number written with thousands
  // separators or of five digits and more after "1:" ("1:1234" stays volume 1, page 1234).
  bool map_scale(std::string_view s) {
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

  // CS1 |at=: "Table 3", "Fig. 2" after the publisher (or once the dates and pages are past):
  // a capitalised word and a number is a place in the work, the locator.
  bool free_locator(std::string_view s) {
    if (!r.locator_text.empty() || !(late || r.has(Variable::publisher)) || text::count_words(s) != 2 ||
        !text::starts_upper(s))
      return false;
    const std::string_view number = s.substr(s.rfind(' ') + 1);
    if (number.empty() || !text::is_ascii_digit(number[0]) || number.size() > 6) return false;
    for (char ch : number)
      if (!text::is_ascii_digit(ch) && ch != '.' && !text::is_ascii_alpha(ch)) return false;
    r.locator_text = std::string(s);
    return true;
  }

  // A periodical's "(Place: Publisher)": the imprint of the journal, no book evidence.
  bool journal_imprint(std::string_view content) {
    const bool had_place = c.place;
    const bool read = place_publisher(content);
    c.place = had_place;
    return read;
  }

  // "Lima: Ministerio de Relaciones Exteriores", "Englewood Cliffs, N.J: Prentice Hall",
  // "Ciudad de La Habana : Editorial Universitaria, 2008".
  bool place_publisher(std::string_view s) {
    const std::size_t colon = s.find(':');
    if (colon == npos || colon == 0 || colon + 1 >= s.size()) return false;
    const std::string_view place = text::trim(s.substr(0, colon));
    std::string_view pub = text::trim(s.substr(colon + 1));
    if (place.empty() || pub.empty() || place.size() > 60) return false;
    if (c.lex.editor_in.whole(s.substr(0, colon + 1))) return false;  // "In: Werk"
    if (!(text::starts_upper(place) || place.front() == '[')) return false;
    if (text::count_words(place) > 6) return false;
    for (char ch : place)
      if (text::is_ascii_digit(ch)) return false;
    // Every word of a place is capitalised (or a short joiner): "Tunbridge Wells, Kent, England".
    std::size_t lower = 0;
    for (std::size_t i = 0; i < place.size(); ++i)
      if (text::at_word_start(place, i) && text::starts_lower(place.substr(i))) ++lower;
    if (lower > 1) return false;
    if (!name_like_start(pub)) return false;
    // "Publisher, 2008"
    if (const std::size_t comma = pub.rfind(", "); comma != npos) {
      const std::string_view tail = pub.substr(comma + 2);
      if (parse_date(tail).has_parts()) {
        issued(tail);
        pub = text::trim(pub.substr(0, comma));
      }
    }
    set_if_empty(Variable::publisher_place, place);
    set_if_empty(Variable::publisher, pub);
    c.place = true;
    return true;
  }

  // CS2 splits the editors over comma elements: "…, in Smith, J. (ed.), Book, Series, vol. 3,
  // Place: Publisher": the names run to the element that ends in an editor mark, the book
  // follows.
  bool editors_over_elements(std::string_view rest, std::size_t seg_index, std::vector<Segment>& segs) {
    if (c.mode != SepMode::comma) return false;
    for (std::size_t k = seg_index + 1; k < segs.size() && k <= seg_index + 4; ++k) {
      if (segs[k].begin >= segs[k].end || segs[k].after_dash) return false;
      for (std::size_t i = segs[k - 1].end; i < segs[k].begin; ++i)
        if (c.used[i]) return false;
      const std::string_view v = c.view(segs[k].begin, segs[k].end);
      const std::size_t sp = v.find_last_of(" (");
      const std::string_view last = sp == npos ? v : v.substr(v[sp] == '(' ? sp : sp + 1);
      if (!c.lex.editor_marks.whole(last)) continue;
      NameList names;
      const std::string_view who = c.view(c.offset(rest), segs[k].end);
      if (!parse_name_list(who, c.lex, names) || !names.editors || names.names.empty()) return false;
      r.set_names(Variable::editor, std::move(names.names));
      c.chapter = true;
      expect_book = true;
      for (std::size_t j = seg_index + 1; j <= k; ++j) {
        c.mark(segs[j].begin, segs[j].end);
        segs[j].begin = segs[j].end;
      }
      return true;
    }
    return false;
  }

  // "In Smith, J. (ed.). Book", "En Waterbeemd, Han van de, ed.", "Em: Sam Parc (Ed.) "Book"";
  // "in Designs, Codes and Cryptography" (free text: the container).
  bool editor_in(std::string_view s, std::size_t seg_index, std::vector<Segment>& segs) {
    WordMatch m = c.lex.editor_in.match(s, 0);
    if (!m || m.length >= s.size() || !text::space_len_at(s, m.length)) return false;
    const std::string_view rest = text::trim(s.substr(m.length));
    // Editors up to an editor mark.
    std::size_t mark_end = npos, mark_begin = npos;
    for (std::size_t i = 0; i < rest.size(); ++i) {
      if (!(i == 0 || rest[i - 1] == ' ' || rest[i - 1] == ',')) continue;
      if (WordMatch em = c.lex.editor_marks.match(rest, i)) {
        mark_begin = i;
        mark_end = i + em.length;
        break;
      }
    }
    if (mark_begin != npos) {
      NameList names;
      std::string_view who = rest.substr(0, mark_end);
      if (parse_name_list(who, c.lex, names) && names.editors) {
        r.set_names(Variable::editor, std::move(names.names));
        c.chapter = true;
        const std::string_view after = text::trim_chars(rest.substr(mark_end), " .,");
        if (!after.empty()) {
          if (auto q = quoted_at(after, 0)) set_if_empty(Variable::container_title, text::trim(after.substr(q->inner_begin, q->inner_end - q->inner_begin)));
          else set_if_empty(Variable::container_title, after);
        } else {
          expect_book = true;
        }
        return true;
      }
    }
    if (m.length >= s.size() || !name_like_start(rest) || r.has(Variable::container_title)) return false;
    if (editors_over_elements(rest, seg_index, segs)) return true;
    // "in X": the container, with the plain elements that follow it in a comma list.
    std::size_t end = c.offset(rest) + rest.size();
    if (c.mode == SepMode::comma) {
      for (std::size_t k = seg_index + 1; k < segs.size(); ++k) {
        const std::string_view nx = c.view(segs[k].begin, segs[k].end);
        if (!text::starts_upper(nx) || parse_date(nx).has_parts() || parse_journal_tail(nx)) break;
        Locators tmp;
        if (parse_labeled_locators(nx, c.lex, tmp) || text::has_alnum(nx) == false) break;
        bool gap_used = false;
        for (std::size_t i = end; i < segs[k].begin; ++i)
          if (c.used[i]) gap_used = true;
        if (gap_used) break;
        end = segs[k].end;
        c.mark(segs[k].begin, segs[k].end);
        segs[k].begin = segs[k].end;  // consumed
      }
    }
    r.set(Variable::container_title, std::string(c.view(c.offset(rest), end)));
    c.container_marker = true;
    return true;
  }

  void place(std::size_t index, std::vector<Segment>& segs) {
    const Segment seg = segs[index];
    if (seg.begin >= seg.end) return;
    std::string_view s = c.view(seg.begin, seg.end);
    if (c.first_late != npos && seg.begin > c.first_late) late = true;
    prev_locator = last_was_locator;
    last_was_locator = false;
    // "12 minutes in": a time in an audio or video work, like "Event occurs at 12:34".
    if (const std::size_t sp = s.find(' '); sp != npos && text::all_digits(s.substr(0, sp)) &&
                                            c.lex.minutes_suffixes.whole(s.substr(sp + 1))) {
      if (r.locator_text.empty()) {
        r.locator_text = std::string(s.substr(0, sp));
        return;
      }
    }
    // cite map "1:50,000": a scale, not a volume and a page.
    if (map_scale(s)) return;
    // "240 с.", "426 p.": the number of pages.
    if (const std::size_t sp = s.rfind(' '); sp != npos && text::all_digits(s.substr(0, sp)) &&
                                             c.lex.page_count_labels.whole(s.substr(sp + 1))) {
      set_if_empty(Variable::number_of_pages, s.substr(0, sp));
      return;
    }
    if (seg.after_dash) {
      // Russian: "— Packt Publishing, 2015.", "— М.: Наука, 2005.", "— «quote»".
      if (parse_date(s).has_parts()) {
        issued(s);
        return;
      }
      if (auto q = quoted_at(s, 0); q && q->end + 1 >= s.size()) {
        trailing(s);
        return;
      }
      if (place_publisher(s)) return;
      if (const std::size_t comma = s.rfind(", "); comma != npos && parse_date(s.substr(comma + 2)).has_parts()) {
        set_if_empty(Variable::publisher, text::trim(s.substr(0, comma)));
        issued(s.substr(comma + 2));
        return;
      }
    }
    if (container_run(index, segs)) return;
    if (series_then_volume(s, index, segs)) return;
    if (conference_event(s, index, segs)) return;
    s = strip_end_tags(s);
    if (s.empty()) return;
    // "2009 [1859]": a date without authors, then the original date (CS1 |orig-date=).
    if (const std::size_t open = original_date_after_date(s); open != npos) {
      std::size_t oend = 0;
      Date orig;
      original_date_group(s, open, &oend, &orig);
      c.put_date(Variable::original_date, orig, s.substr(open));
      s = text::trim(s.substr(0, open));
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
    // "(2nd ed.)" written without parentheses: "2e éd.", "2. Auflage".
    if (text::count_words(s) <= 3)
      if (auto ed = c.lex.edition(s)) {
        c.put(Variable::edition, *ed, s);
        c.has_edition = true;
        return;
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
    if (volume_with_title(s)) return;
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
      // "J Appl Physiol. 116 (5)": an abbreviation without periods (NLM style) ends at the
      // separator; "J. Chem. Inf. Comput. Sci." keeps its own.
      if (cont.size() > 1 && cont.back() == '.' && cont.find('.') == cont.size() - 1) cont.remove_suffix(1);
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
      apply(tail->loc);
      if (!tail->date.empty()) issued(tail->date);
      c.journal_pages = !tail->loc.page.empty();
      last_was_locator = true;
      return;
    }
    if (const std::size_t at = find_labeled_locators(s, c.lex, loc); at != npos) {
      // de "C. H. Beck, München 2010, S. 45": the publisher, place and year before the pages.
      const std::string_view before = text::trim_chars(s.substr(0, at), " ,");
      if (c.title_kind == TitleKind::quoted || r.has(Variable::container_title) || !publisher_place_year(before))
        set_if_empty(Variable::container_title, before);
      apply(loc);
      last_was_locator = true;
      return;
    }
    if (text::all_digits(s) && s.size() <= 6 && r.has(Variable::container_title) && !r.has(Variable::volume)) {
      r.set(Variable::volume, std::string(s));
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
      const auto next = parse_journal_tail(c.view(segs[after].begin, segs[after].end));
      if (next && next->container.empty() && !next->loc.page.empty()) {
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
    if (container_with_colon(s, index, segs)) return;
    if (place_publisher(s)) return;
    if (publisher_place_year(s)) return;
    // "IEEE, 2004": a name and a year.
    if (const std::size_t comma = s.rfind(", "); comma != npos && comma > 0) {
      const std::string_view tail = s.substr(comma + 2);
      if (parse_date(tail).has_parts() && !parse_date(s.substr(0, comma)).has_parts()) {
        issued(tail);
        s = text::trim(s.substr(0, comma));
      }
    }
    // A comma list of two plain elements after a standalone title: place and publisher.
    if (c.mode == SepMode::comma && index + 1 < segs.size() && !late) {
      const std::string_view nx = c.view(segs[index + 1].begin, segs[index + 1].end);
      const bool free_quoted = c.title_kind == TitleKind::quoted && !c.cs1_shape && !r.has(Variable::container_title);
      if ((c.title_kind != TitleKind::quoted || free_quoted || r.has(Variable::container_title)) &&
          !r.has(Variable::publisher) && name_like_start(s) && name_like_start(nx) && text::count_words(s) <= 5 &&
          text::count_words(nx) <= 5 && !parse_date(nx).has_parts() && !parse_journal_tail(nx) && !segs[index + 1].after_dash) {
        Locators tmp;
        bool gap_used = false;
        for (std::size_t i = seg.end; i < segs[index + 1].begin; ++i)
          if (c.used[i]) gap_used = true;
        if (!gap_used && !parse_labeled_locators(nx, c.lex, tmp)) {
          place_pair(s, nx);
          c.mark(segs[index + 1].begin, segs[index + 1].end);
          segs[index + 1].begin = segs[index + 1].end;
          return;
        }
      }
    }
    if (speech_event(s, index, segs)) return;
    if (news_place_and_agency(s, index, segs)) return;
    if (author_before_last_date(s, index, segs)) return;
    if (network_after_date(s, index, segs)) return;
    if (free_locator(s)) return;
    place_plain(s, seg.after_dash);
  }

  // True when segment k is plain text with nothing placed between it and segment `from`.
  bool plain_from(std::size_t from, std::size_t k, const std::vector<Segment>& segs) const {
    const Segment& g = segs[k];
    if (g.begin >= g.end || g.after_dash) return false;
    for (std::size_t i = segs[from].end; i < g.begin; ++i)
      if (c.used[i]) return false;
    const std::string_view v = c.view(g.begin, g.end);
    Locators tmp;
    return !parse_date(v).has_parts() && !parse_journal_tail(v) && !parse_labeled_locators(v, c.lex, tmp);
  }

  // A container printed over several elements (Google Scholar's proceedings names: "Software
  // Maintenance, 2004. Proceedings. 20th IEEE International Conference on."): an element that
  // ends in a short lowercase word ("on", "of") is unfinished, so the container runs through it.
  bool container_run(std::size_t index, std::vector<Segment>& segs) {
    if (late || r.has(Variable::container_title) || c.mode != SepMode::period ||
        (c.title_kind != TitleKind::quoted && c.title_kind != TitleKind::link))
      return false;
    for (std::size_t k = index + 1; k < segs.size() && k <= index + 3; ++k) {
      if (!plain_from(k - 1, k, segs)) return false;
      const std::string_view v = c.view(segs[k].begin, segs[k].end);
      const std::size_t sp = v.rfind(' ');
      const std::string_view last = sp == npos ? v : v.substr(sp + 1);
      if (last.size() > 3 || !text::starts_lower(last)) continue;
      bool letters = true;
      for (char ch : last) letters = letters && text::is_ascii_alpha(ch);
      if (!letters) continue;
      r.set(Variable::container_title, c.str(segs[index].begin, segs[k].end));
      for (std::size_t j = index + 1; j <= k; ++j) {
        c.mark(segs[j].begin, segs[j].end);
        segs[j].begin = segs[j].end;
      }
      return true;
    }
    return false;
  }

  // "Lecture Notes in Computer Science. 8441.": a series, then its volume as a bare number.
  // A book's series: "Title. The Story of Civilization. Vol. 1. New York: Simon & Schuster."
  // A chapter's book has its series too: "\"Chapter\". In Smith, J. (ed.). Book. Lecture Notes in
  // Computer Science. Vol. 1234. Berlin: Springer." — the book is the container already, the
  // element after it is the series when a volume alone follows (a magazine's own "Vol. 12,
  // no. 3" follows the magazine, which is not placed yet). A place of one or two words
  // ("London. Vol. 5") is no series.
  bool book_series_volume(std::string_view s, std::string_view nx, Locators& loc) const {
    const bool standalone = c.title_kind == TitleKind::plain && !r.has(Variable::container_title) && plain == 0;
    const bool in_book = (c.chapter || c.title_kind == TitleKind::quoted) && r.has(Variable::container_title) &&
                         (c.chapter || text::count_words(s) >= 3);
    if (!(standalone || in_book) || r.has(Variable::publisher)) return false;
    if (!standalone && !c.lex.volume_labels.match_label(nx, 0)) return false;
    if (!parse_labeled_locators(nx, c.lex, loc) || loc.volume.empty() || !loc.page.empty() || !loc.section.empty())
      return false;
    return !has_publisher_word(s) && text::count_words(s) <= 10;
  }

  bool series_then_volume(std::string_view s, std::size_t index, std::vector<Segment>& segs) {
    if (late || r.has(Variable::volume) || index + 1 >= segs.size()) return false;
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
    r.set(Variable::collection_title, std::string(s));
    if (book) {
      apply(loc);
      last_was_locator = true;
      c.mark(next.begin, next.end);
      segs[index + 1].begin = segs[index + 1].end;
      return true;
    }
    r.set(Variable::volume, std::string(nx));
    c.mark(next.begin, next.end);
    segs[index + 1].begin = segs[index + 1].end;
    // cite conference: "… Series. 8441. Copenhagen, Denmark. pp. 1–16.": the place after the
    // volume is where the conference was held.
    if (index + 2 < segs.size() && plain_from(index + 1, index + 2, segs)) {
      const std::string_view where = c.view(segs[index + 2].begin, segs[index + 2].end);
      std::size_t lower = 0;
      for (std::size_t i = 0; i < where.size(); ++i)
        if (text::at_word_start(where, i) && text::starts_lower(where.substr(i))) ++lower;
      if (lower == 0 && text::count_words(where) <= 4 && !has_publisher_word(where)) {
        r.set(Variable::event_place, std::string(where));
        c.mark(segs[index + 2].begin, segs[index + 2].end);
        segs[index + 2].begin = segs[index + 2].end;
      }
    }
    return true;
  }

  // cite conference: "\"Paper\". Proceedings of X. International Conference on Y. Place:
  // Publisher." — right after the proceedings (the container), an element that names a
  // meeting ("Conference", "Symposium", "Congreso"…) or reads as an acronym and its year
  // ("NeurIPS 2020") is the event, not the publisher.
  bool conference_event(std::string_view s, std::size_t index, const std::vector<Segment>& segs) {
    if (late || c.title_kind != TitleKind::quoted || plain != 1 ||
        !r.has(Variable::container_title) || r.has(Variable::event) || r.has(Variable::publisher) ||
        !text::starts_upper(s, true) || text::count_words(s) > 16)
      return false;
    bool event = false;
    for (std::size_t i = 0; i < s.size() && !event; ++i)
      if (text::at_word_start(s, i) && c.lex.event_words.match(s, i)) event = true;
    if (!event) {
      // "NeurIPS 2020", "ICML 2019": capitals in a word of letters, then a year.
      const std::size_t sp = s.find(' ');
      if (sp == npos || s.find(' ', sp + 1) != npos || s.size() - sp - 1 != 4 || !text::all_digits(s.substr(sp + 1)))
        return false;
      std::size_t upper = 0;
      for (char ch : s.substr(0, sp)) {
        if (!text::is_ascii_alpha(ch)) return false;
        if (ch >= 'A' && ch <= 'Z') ++upper;
      }
      if (upper < 2) return false;
    }
    if (!plain_from(index, index, segs)) return false;
    // A paper in proceedings has its pages; a web page's publisher may be named "United
    // Nations Conference on Trade and Development" too.
    bool pages_follow = false;
    for (std::size_t k = index + 1; k < segs.size() && !pages_follow; ++k) {
      Locators loc;
      const std::string_view v = c.view(segs[k].begin, segs[k].end);
      if (segs[k].begin < segs[k].end && parse_labeled_locators(v, c.lex, loc) && !loc.page.empty()) pages_follow = true;
    }
    if (!pages_follow) return false;
    r.set(Variable::event, std::string(s));
    ++plain;
    return true;
  }

  // "\"Title\". Cosmos: A Personal Voyage. Episode 1." — after a quoted title, a work whose
  // name has a colon is the container, not "Place: Publisher", when its volume or issue
  // follows (a place and publisher are followed by the date).
  bool container_with_colon(std::string_view s, std::size_t index, const std::vector<Segment>& segs) {
    if (late || plain > 0 || c.title_kind != TitleKind::quoted || c.chapter || r.has(Variable::container_title) ||
        s.find(": ") == npos || index + 1 >= segs.size() || segs[index + 1].begin >= segs[index + 1].end)
      return false;
    const std::string_view nx = c.view(segs[index + 1].begin, segs[index + 1].end);
    Locators loc;
    if (!parse_labeled_locators(nx, c.lex, loc) && !parse_journal_tail(nx)) return false;
    if (loc.volume.empty() && loc.issue.empty() && !parse_journal_tail(nx)) return false;
    r.set(Variable::container_title, std::string(s));
    ++plain;
    return true;
  }

  // cite episode: "\"Title\". Series. Season 4. Episode 12. 15 January 1998. NBC." — the
  // network is printed after the date, as the last element: a short name of capitalised
  // words there is the publisher, not a comment.
  bool network_after_date(std::string_view s, std::size_t index, const std::vector<Segment>& segs) {
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

  // cite speech: "Title (Speech). Event. Place." — after a label that names an event, the last
  // plain element is where it was held and one before it the event.
  bool speech_event(std::string_view s, std::size_t index, const std::vector<Segment>& segs) {
    if (late || !r.has(Variable::genre) || r.has(Variable::event_place)) return false;
    const TypeLabel* label = c.lex.type_label(r.get(Variable::genre));
    if (!label || !label->event_after || !plain_from(index, index, segs)) return false;
    const bool more = index + 1 < segs.size() && plain_from(index, index + 1, segs);
    if (more && !r.has(Variable::event)) r.set(Variable::event, std::string(s));
    else if (!more) r.set(Variable::event_place, std::string(s));
    else return false;
    return true;
  }

  // Mail archives: "Subject, Ian Monroe, Wed July 8 18:43:42 CEST 2009": after a title that
  // opens the reference, a personal name in natural order, then a full date that ends it, is
  // the author (a book's publisher comes with a year, not a day).
  bool author_before_last_date(std::string_view s, std::size_t index, const std::vector<Segment>& segs) {
    if (c.mode != SepMode::comma || c.title_kind != TitleKind::plain || c.title_begin != c.start ||
        r.has(Variable::author) || index + 2 != segs.size() || !plain_from(index, index, segs))
      return false;
    const std::string_view last = c.view(segs[index + 1].begin, segs[index + 1].end);
    const Date d = parse_date(last);
    if (!d.has_parts() || d.precision() != DatePrecision::day || has_publisher_word(s) || !natural_names(c.lex, s) ||
        text::count_words(s) > 4)
      return false;
    NameList names;
    if (!parse_name_list(s, c.lex, names) || names.names.empty()) return false;
    r.set_names(Variable::author, std::move(names.names));
    return true;
  }

  // cite news: "\"Title\". Newspaper. Place. Agency. Date." — after the container of a quoted
  // title, a short name followed by another plain element is the place, the next the agency
  // (its publisher). One plain element alone stays the publisher ("Website. Publisher.").
  bool news_place_and_agency(std::string_view s, std::size_t index, std::vector<Segment>& segs) {
    if (c.mode != SepMode::period || c.title_kind != TitleKind::quoted || late || index + 1 >= segs.size()) return false;
    if (!r.has(Variable::container_title) || r.has(Variable::publisher) || r.has(Variable::publisher_place)) return false;
    const Segment& next = segs[index + 1];
    if (next.after_dash || next.begin >= next.end) return false;
    const std::string_view nx = c.view(next.begin, next.end);
    if (!text::starts_upper(s) || !text::starts_upper(nx) || text::count_words(s) > 3 || text::count_words(nx) > 6 ||
        has_publisher_word(s) || parse_date(nx).has_parts() || parse_journal_tail(nx))
      return false;
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
    c.mark(next.begin, next.end);
    segs[index + 1].begin = segs[index + 1].end;
    return true;
  }
};

}  // namespace

void place_elements(ParseContext& c) {
  if (c.rest_begin >= c.t.size()) return;
  for (std::size_t i = c.rest_begin; i < c.t.size(); ++i) {
    if (i >= c.credit_begin && i < c.credit_end) continue;
    if (c.used[i]) {
      c.first_late = i;
      break;
    }
  }
  split_segments(c.t, c.rest_begin, c.t.size(), c.used, c.mode, c.lex, c.segments, &c.protect);
  std::vector<Segment>& segs = c.segments;
  Placer p{c, c.ref};
  for (std::size_t k = 0; k < segs.size(); ++k) {
    if (segs[k].begin >= segs[k].end) continue;
    p.place(k, segs);
    c.mark(segs[k].begin, segs[k].end);
  }
}

}  // namespace citelib::list

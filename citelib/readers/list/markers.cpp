// Message strings, identifiers, URLs and CS1 error text: elements with fixed wording that can
// be taken out of a reference wherever they are (grammar, "practical parsing cues" 2).
#include "readers/list/identifiers.hpp"
#include "readers/list/lexicon.hpp"
#include "readers/list/locators.hpp"
#include "readers/list/names.hpp"
#include "readers/list/parse_context.hpp"

#include "core/text.hpp"
#include "model/date_scan.hpp"

#include <algorithm>

namespace citelib::list {

namespace {

// Where an element can start: the beginning, after whitespace or punctuation.
// Han ideographs anywhere in the text (UTF-8 lead bytes E3-E9 cover U+3000-U+9FFF; the
// check is exact on the code point).
bool has_han(std::string_view t) {
  for (std::size_t i = 0; i < t.size(); ++i) {
    const auto b = static_cast<unsigned char>(t[i]);
    if (b < 0xE3 || b > 0xE9) continue;
    const char32_t cp = text::decode(t, i).cp;
    if (cp >= 0x3400 && cp <= 0x9FFF) return true;
  }
  return false;
}

bool element_start(std::string_view t, std::size_t i) {
  if (i == 0) return true;
  const char p = t[i - 1];
  if (p == ' ' || p == '.' || p == ',' || p == ';' || p == ':' || p == '(' || p == '[' || p == '|' || p == '<') return true;
  // ja "…アーカイブ。2021年5月8日閲覧", zh "（原始内容存档于…）": after an ideographic full stop
  // or a full-width parenthesis, which no space follows.
  const auto last = static_cast<unsigned char>(p);
  return (last == 0x82 || last == 0x88) && i >= 3 && (t.compare(i - 3, 3, "\u3002") == 0 || t.compare(i - 3, 3, "\uFF08") == 0);
}

std::size_t url_end(std::string_view t, std::size_t i) {
  std::size_t e = i;
  while (e < t.size() && !text::space_len_at(t, e)) ++e;
  // Sentence punctuation and unbalanced closers after the URL are not part of it.
  for (;;) {
    if (e <= i) break;
    const char c = t[e - 1];
    // ABNT "<http://…>": the brackets are no part of the address.
    if (c == '.' || c == ',' || c == ';' || c == ':' || c == '"' || c == '\'' || (c == '>' && i > 0 && t[i - 1] == '<')) {
      --e;
      continue;
    }
    if (c == ')' || c == ']') {
      const char open = c == ')' ? '(' : '[';
      if (t.substr(i, e - i).find(open) == std::string_view::npos) {
        --e;
        continue;
      }
    }
    if (e - i >= 2 && t.compare(e - 2, 2, "\u00BB") == 0) {
      e -= 2;
      continue;
    }
    break;
  }
  return e;
}

bool url_at(std::string_view t, std::size_t i) {
  if (t[i] == 'w') {
    // MLA prints addresses without their scheme, "www.theatlantic.com/x/": one with a path.
    // A bare "www.tiobe.com." is CS1's website name, the work.
    if (t.compare(i, 4, "www.") != 0) return false;
    std::size_t e = i + 4;
    while (e < t.size() && (text::is_ascii_alpha(t[e]) || text::is_ascii_digit(t[e]) || t[e] == '-' || t[e] == '.')) ++e;
    return e + 1 < t.size() && t[e] == '/' && t.substr(i + 4, e - i - 4).find('.') != std::string_view::npos &&
           !text::space_len_at(t, e + 1) && t[e + 1] != '.';
  }
  if (t[i] != 'h' && t[i] != 'f') return false;
  return t.compare(i, 7, "http://") == 0 || t.compare(i, 8, "https://") == 0 || t.compare(i, 6, "ftp://") == 0;
}

// "http://… on 3 May 2020" after the address of an access phrase's slot: the date after the
// address and one short lowercase word that joins them (its scan covers "May 3, 2020", which
// the slot ends at the comma); an empty scan when no date follows.
DateScan date_after_url(std::string_view t, std::size_t url, std::size_t* date_begin) {
  std::size_t k = url_end(t, url);
  if (k + 2 >= t.size() || t[k] != ' ') return {};
  ++k;
  const std::size_t word = k;
  while (k < t.size() && t[k] >= 'a' && t[k] <= 'z') ++k;
  if (k == word || k - word > 4 || k >= t.size() || t[k] != ' ') return {};
  ++k;
  *date_begin = k;
  return scan_date(t.substr(k));
}

// After an access date: ", from " (any spacing, the comma optional) and a URL. Returns where
// the URL starts, 0 when the text there is something else.
std::size_t apa_from_before_url(std::string_view t, std::size_t i) {
  while (i < t.size() && (t[i] == ',' || t[i] == ' ')) ++i;
  if (t.size() - i < 5 || t.compare(i, 4, "from") != 0) return 0;
  i += 4;
  const std::size_t word_end = i;
  while (i < t.size() && t[i] == ' ') ++i;
  if (i == word_end || i >= t.size() || !url_at(t, i)) return 0;
  return i;
}

// " [cs.CL]", " [hep-th]", " [astro-ph.GA]" after an arXiv identifier: a lowercase archive
// name, optionally a dot and a subject; returns its length with the space and brackets, or 0.
std::size_t arxiv_class_len(std::string_view t, std::size_t i) {
  if (i + 4 >= t.size() || t[i] != ' ' || t[i + 1] != '[' || !(t[i + 2] >= 'a' && t[i + 2] <= 'z')) return 0;
  std::size_t k = i + 2;
  bool dot = false;
  while (k < t.size() && k < i + 24) {
    const char ch = t[k];
    if ((ch >= 'a' && ch <= 'z') || ch == '-') {
    } else if (ch == '.' && !dot && k + 1 < t.size() && text::is_ascii_alpha(t[k + 1])) {
      dot = true;
    } else if ((ch >= 'A' && ch <= 'Z') && dot) {
    } else {
      break;
    }
    ++k;
  }
  // Every archive name has a dot or a hyphen ("cs.CL", "hep-th"); "[online]" is no class.
  if (k >= t.size() || t[k] != ']') return 0;
  const std::string_view name = t.substr(i + 2, k - i - 2);
  if (!dot && name.find('-') == std::string_view::npos) return 0;
  return k + 1 - i;
}

// Capitalised words of a name, its particles aside ("van der Berg" has one).
std::size_t name_capitals(const Lexicon& lex, std::string_view piece) {
  std::size_t n = 0;
  for (std::size_t k = 0; k < piece.size(); ++k)
    if ((k == 0 || piece[k - 1] == ' ') && text::starts_upper(piece.substr(k))) {
      const WordMatch pm = lex.name_particles.match(piece, k);  // "Al-Sayed" is one name, "Van Loan" has a particle
      if (!(pm && k + pm.length < piece.size() && piece[k + pm.length] == ' ')) ++n;
    }
  return n;
}

// A given name after an inverted family: capitalised words or initials, three at most, no
// digit, colon or bracket ("Peter J.", "Mary Ann", "J. R."; not "London: Penguin").
bool given_like(std::string_view g) {
  if (g.empty() || !text::starts_upper(g) || text::count_words(g) > 3) return false;
  for (std::size_t k = 0; k < g.size(); ++k) {
    if (g[k] == ':' || g[k] == '(' || g[k] == '[' || text::is_ascii_digit(g[k])) return false;
    if ((k == 0 || g[k - 1] == ' ') && !text::starts_upper(g.substr(k))) return false;
  }
  return true;
}

// CS2 "Title, Illustrated by John Tenniel, London: Macmillan", "…, Foreword by Green, Bob,
// Penguin": a credit after a comma stands in a comma list, so its text ends with its names:
// "Family, Given" when the part before the comma is one family name (particles aside) or the
// part after it has an initial, else one name in natural order; names joined by "; " go on.
// Returns the end of the names (`e` when they run to it).
std::size_t credit_names_end(const Lexicon& lex, std::string_view t, std::size_t b, std::size_t e) {
  std::size_t pos = b;
  for (int names = 0; names < 8 && pos < e; ++names) {
    const std::string_view rest = t.substr(pos, e - pos);
    const std::size_t comma = rest.find(", ");
    const std::size_t semi = rest.find("; ");
    if (comma == std::string_view::npos) return e;
    if (semi < comma) {  // a natural name, then the next one
      pos += semi + 2;
      continue;
    }
    const std::string_view piece = rest.substr(0, comma);
    std::string_view after = rest.substr(comma + 2);
    std::size_t given_end = std::min(after.find(", "), after.find("; "));
    if (given_end == std::string_view::npos) given_end = after.size();
    const std::string_view given = after.substr(0, given_end);
    const bool initial = given.find('.') != std::string_view::npos;
    if (given_like(given) && (name_capitals(lex, piece) == 1 || initial) && name_capitals(lex, piece) <= 3) {
      const std::size_t end = pos + comma + 2 + given_end;
      if (end < e && t.compare(end, 2, "; ") == 0) {
        pos = end + 2;
        continue;
      }
      return end;
    }
    return pos + comma;
  }
  return e;
}

bool is_name_credit(PhraseField f) {
  return f == PhraseField::translator || f == PhraseField::interviewer || f == PhraseField::illustrator ||
         f == PhraseField::editor || f == PhraseField::contributor;
}

void apply_phrase(ParseContext& c, const PhraseMatch& m, std::size_t pos) {
  Reference& r = c.ref;
  switch (m.field) {
    case PhraseField::accessed:
      c.put_date(Variable::accessed, m.date, c.view(m.date_begin, m.date_end));
      break;
    case PhraseField::archived:
      if (!r.archive_date) r.archive_date = m.date;
      else if (!(*r.archive_date == m.date)) c.keep_unplaced(c.view(m.date_begin, m.date_end));
      break;
    case PhraseField::via:
      if (r.via.empty()) r.via = c.str(m.text_begin, m.text_end);
      else c.keep_unplaced(c.view(m.text_begin, m.text_end));
      break;
    case PhraseField::translator:
    case PhraseField::interviewer:
    case PhraseField::illustrator:
    case PhraseField::editor:
    case PhraseField::contributor: {
      const Variable v = m.field == PhraseField::translator    ? Variable::translator
                         : m.field == PhraseField::interviewer ? Variable::interviewer
                         : m.field == PhraseField::illustrator ? Variable::illustrator
                         : m.field == PhraseField::contributor ? Variable::contributor
                                                               : Variable::editor;
      // CS1 |others=, "Translated by Robert Fagles; introduction by Bernard Knox": a second
      // credit after a semicolon is read as its own phrase.
      std::size_t text_end = m.text_end;
      // MLA "Translated by Ann Jones, Penguin, 2001.": the publisher and the year go on in the
      // credit's element after the names.
      if (const std::size_t comma = c.view(m.text_begin, text_end).rfind(", "); comma != std::string_view::npos) {
        const std::string_view year = text::trim(c.view(m.text_begin + comma + 2, text_end));
        const std::size_t prev = c.view(m.text_begin, m.text_begin + comma).rfind(", ");
        if (prev != std::string_view::npos && text::all_digits(year) && year.size() == 4 && !r.has(Variable::issued) &&
            !r.has(Variable::publisher)) {
          const std::string_view pub = text::trim(c.view(m.text_begin + prev + 2, m.text_begin + comma));
          bool publisher = false;
          for (std::size_t i = 0; i < pub.size() && !publisher; ++i)
            if (text::at_word_start(pub, i) && c.lex.publisher_words.match(pub, i)) publisher = true;
          if (publisher) {
            c.put_date(Variable::issued, parse_date(year), year);
            c.put(Variable::publisher, pub);
            text_end = m.text_begin + prev;
          }
        }
      }
      // Chicago's chapter, "In The Book, edited by Jane Doe, 10–20.": the pages end the credit.
      if (const std::size_t comma = c.view(m.text_begin, text_end).rfind(", "); comma != std::string_view::npos) {
        const std::string_view tail = text::trim(c.view(m.text_begin + comma + 2, text_end));
        if (looks_like_pages(tail) && !r.has(Variable::page)) {
          r.set(Variable::page, std::string(tail));
          c.pages = true;
          text_end = m.text_begin + comma;
        }
      }
      PhraseMatch next;
      if (const std::size_t semi = c.view(m.text_begin, m.text_end).find("; "); semi != std::string_view::npos) {
        next = c.lex.match_phrase(c.t, m.text_begin + semi + 2);
        if (next && next.text_end == m.text_end && is_name_credit(next.field)) text_end = m.text_begin + semi;
        else next = PhraseMatch{};
      }
      NameList names;
      if (!r.has(v) && parse_name_list(c.view(m.text_begin, text_end), c.lex, names) && !names.names.empty()) {
        r.set_names(v, std::move(names.names));
        c.credit_begin = std::min(c.credit_begin, pos);
        c.credit_end = std::max(c.credit_end, pos + m.length);
      } else
        c.keep_unplaced(c.view(m.text_begin, text_end));
      if (next) apply_phrase(c, next, text_end + 2);
      break;
    }
    case PhraseField::timestamp:
      if (r.locator_text.empty()) r.locator_text = c.str(m.text_begin, m.text_end);
      else c.keep_unplaced(c.view(m.text_begin, m.text_end));
      break;
    case PhraseField::published:
      // The date of publication where CS1 also prints the work's own date: CSL's
      // available-date (issued holds the date after the authors).
      c.put_date(Variable::available_date, m.date, c.view(m.date_begin, m.date_end));
      break;
    case PhraseField::container_author: {
      NameList names;
      if (!r.has(Variable::container_author) && parse_name_list(c.view(m.text_begin, m.text_end), c.lex, names) &&
          !names.names.empty()) {
        r.set_names(Variable::container_author, std::move(names.names));
        c.credit_begin = std::min(c.credit_begin, pos);
        c.credit_end = std::max(c.credit_end, pos + m.length);
      } else
        c.keep_unplaced(c.view(m.text_begin, m.text_end));
      break;
    }
    case PhraseField::annotation:
      if (!r.comment.empty()) r.comment += ' ';
      r.comment.append(c.view(pos, m.text_end));
      break;
  }
}

}  // namespace

void scan_markers(ParseContext& c, std::size_t skip_begin, std::size_t skip_end) {
  const std::string_view t = c.t;
  Reference& r = c.ref;
  // Looked for once per reference (a long line of bracketed dates stays linear).
  int han = -1;
  auto has_han_once = [&] {
    if (han < 0) han = has_han(t) ? 1 : 0;
    return han == 1;
  };
  std::size_t i = c.start;
  while (i < t.size()) {
    if (i >= skip_begin && i < skip_end) {
      i = skip_end;
      continue;
    }
    // A CS1 message glued to a closing quote or bracket: "\"Quoted.\"CS1 maint: …",
    // "[dead link]{{cite web}}: …" (copies print no space before the message).
    if (!c.used[i] && i > 0 && (t[i - 1] == '"' || t[i - 1] == ']') && c.lex.may_start_marker(t, i))
      if (const std::size_t n = c.lex.match_cs1_message(t, i)) {
        r.cs1_messages.emplace_back(text::trim(t.substr(i, n)));
        c.mark(i, i + n);
        i += n;
        continue;
      }
    // Markers in brackets may be glued to the text before them ("dragonflywiki[ligação inativa]").
    if (c.used[i] || (!element_start(t, i) && t[i] != '[' && t[i] != '(')) {
      ++i;
      continue;
    }
    if (url_at(t, i)) {
      const std::size_t e = url_end(t, i);
      const std::string_view url = t.substr(i, e - i);
      // A second address in a hand-written reference: an archive copy is the archive URL;
      // any other ("(mirror: http://…)") joins the note, since CSL has one URL.
      if (r.has(Variable::URL) && r.get(Variable::URL) != url) {
        if (r.archive_url.empty() && c.lex.is_archive_url(url)) {
          r.archive_url = std::string(url);
        } else {
          // "(mirror: URL)": a one-word label in brackets goes with the address.
          std::size_t b = i, close = e;
          if (i >= 4 && t[i - 1] == ' ' && t[i - 2] == ':' && e < t.size() && t[e] == ')') {
            std::size_t k = i - 2;
            while (k > 0 && k + 24 > i && text::is_ascii_alpha(t[k - 1])) --k;
            if (k > 0 && k < i - 2 && t[k - 1] == '(' && !c.used[k - 1]) b = k, close = e + 1;
          }
          std::string note(r.get(Variable::note));
          if (!note.empty()) note += ' ';
          note.append(t.substr(b, e - b));
          r.set(Variable::note, std::move(note));
          if (close != e) {
            c.mark(b - 1, close);
            i = close;
            continue;
          }
        }
      } else {
        c.put(Variable::URL, url);
      }
      if (!r.has(Variable::DOI))
        if (auto doi = doi_from_url(url)) r.set(Variable::DOI, std::string(*doi));
      c.mark(i, e);
      i = e;
      continue;
    }
    if (auto id = match_identifier(t, i)) {
      // "doi:10.1000/x.5.{{cite journal}}: …", "…/x.5.CS1 maint: …": a CS1 message glued to
      // the reference's final period (copies print no space there) ends the value before it.
      for (std::size_t k = id->value_begin + 2; k < id->end; ++k)
        if (t[k - 1] == '.' && c.lex.may_start_marker(t, k) && c.lex.match_cs1_message(t, k)) {
          id->end = id->value_end = k - 1;
          break;
        }
      const std::string value = c.str(id->value_begin, id->value_end);
      const std::string_view written = c.view(id->value_begin, id->value_end);
      // "RFC 9110. Obsoletes RFC 2818, 7231 …", "RFC 2119. Updated by RFC 8174.": a second
      // designation is another document the note names, not this one's number; it stays in
      // the text around it.
      if (id->variable == Variable::number && id->keep_label && r.has(Variable::number) &&
          r.get(Variable::number) != written) {
        i = id->end;
        continue;
      }
      // es/pt "(junio de 2014). RFC 7231 (en inglés). IETF.", it "Julian Reschke, RFC 7231,
      // IETF, giugno 2014": the designation printed as the title (before its tags, or between
      // the names and the body in a comma list) is the number and stays the title's text.
      // The same with the title's own words after a colon, "(June 2022). RFC 9114: HTTP/3
      // (Report). IETF." (|title=RFC 9114: HTTP/3): the designation opens the title.
      if (id->variable == Variable::number && id->keep_label && !r.has(Variable::number) &&
          (t.compare(id->end, 2, " (") == 0 || (t.compare(id->end, 2, ": ") == 0 && id->end + 2 < t.size() && !text::space_len_at(t, id->end + 2)) ||
           (i >= 2 && t.compare(i - 2, 2, ", ") == 0 && t.compare(id->end, 2, ", ") == 0))) {
        c.put(*id->variable, written);
        i = id->end;
        continue;
      }
      if (id->variable) {
        c.put(*id->variable, written);
      } else if (id->identifier && r.identifier(*id->identifier).empty()) {
        r.set_identifier(*id->identifier, value);
      } else if (id->identifier && r.identifier(*id->identifier) != value) {
        c.keep_unplaced(written);
      }
      std::size_t end = id->end;
      if (id->identifier == Identifier::arXiv)
        if (const std::size_t n = arxiv_class_len(t, end)) {
          // "arXiv:1901.01234 [cs.CL]": CS1 |class=, the subject class of the identifier.
          r.extra.emplace_back("arXiv-class", '"' + std::string(t.substr(end + 2, n - 3)) + '"');
          end += n;
        }
      c.mark(i, end);
      i = end;
      continue;
    }
    if (!c.lex.may_start_marker(t, i)) {
      ++i;
      continue;
    }
    if (const std::size_t n = c.lex.match_cs1_message(t, i)) {
      // "Parámetro desconocido |coautores= …": the words the message printed first.
      std::size_t from = c.lex.cs1_lead_in_before(t, i);
      for (std::size_t k = from; k < i; ++k)
        if (c.used[k]) from = i;
      r.cs1_messages.emplace_back(text::trim(t.substr(from, i + n - from)));
      c.mark(from, i + n);
      i += n;
      continue;
    }
    if (WordMatch m = c.lex.access_notes.match(t, i)) {
      if (!r.comment.empty()) r.comment += ' ';
      r.comment.append(t.substr(i, m.length));
      c.mark(i, i + m.length);
      i += m.length;
      continue;
    }
    if (PhraseMatch m = c.lex.match_phrase(t, i)) {
      // zh's access date in brackets after the date, "2018-06-12 [2021-05-08]": en CS1 prints a
      // first publication the same way ("2020 [2019-03-01]", |orig-date=), so the brackets are
      // an access date only in a list headed in Chinese ("参考资料"; ja shares "参考文献", which
      // names no edition) or beside Chinese text.
      if (t[i] == '[' && m.field == PhraseField::accessed && m.edition && m.edition->code == "zh" &&
          !(c.list_edition && c.list_edition->code == "zh") && !has_han_once()) {
        ++i;
        continue;
      }
      // "Prólogo de una vida" is a title; a credit names a person ("Prólogo de Ana Gómez",
      // "Foreword by van der Berg, Elena": a family name's particles first).
      if (m.field == PhraseField::contributor && !text::starts_upper(text::trim(t.substr(m.text_begin, m.text_end - m.text_begin)))) {
        const std::string_view who = text::trim(t.substr(m.text_begin, m.text_end - m.text_begin));
        std::size_t k = 0;
        while (k < who.size()) {
          const WordMatch pm = c.lex.name_particles.match(who, k);
          if (!pm || k + pm.length >= who.size() || who[k + pm.length] != ' ') break;
          k += pm.length + 1;
        }
        if (k == 0 || !text::starts_upper(who.substr(k))) {
          ++i;
          continue;
        }
      }
      if (is_name_credit(m.field) && i >= 2 && t.compare(i - 2, 2, ", ") == 0)
        if (const std::size_t e = credit_names_end(c.lex, t, m.text_begin, m.text_end); e < m.text_end) {
          m.text_end = e;
          m.length = e - i;
        }
      // CS1 |contributor=, "\"Introduction\". The Grapes of Wrath. By Steinbeck, John.": an
      // element of its own that holds inverted names ("Stand By Me" is a title's words).
      if (m.field == PhraseField::container_author) {
        std::size_t p = i;
        while (p > 0 && t[p - 1] == ' ') --p;
        const std::string_view who = text::trim(t.substr(m.text_begin, m.text_end - m.text_begin));
        // CS1 prints the contributor inverted, "By Last, First" (a "By Invitation Only" is none).
        const NameShape shape = name_shape(who, c.lex);
        if (p < 2 || t[p - 1] != '.' || (shape != NameShape::inverted && shape != NameShape::vancouver && who.find("; ") == std::string_view::npos)) {
          ++i;
          continue;
        }
      }
      // APA "Retrieved from http://…": the slot holds the address, no date. The message's
      // words are read; the address is left for the URL step.
      if (m.date_literal && m.field == PhraseField::accessed && url_at(t, m.date_begin)) {
        c.phrases = true;
        c.mark(i, m.date_begin);
        // "Retrieved from http://… on 3 May 2020": a short word joins the address to the date.
        std::size_t d = 0;
        if (const DateScan when = date_after_url(t, m.date_begin, &d); when.length) {
          c.put_date(Variable::accessed, when.date, c.view(d, d + when.length));
          c.mark(url_end(t, m.date_begin), d + when.length);
        }
        i = m.date_begin;
        continue;
      }
      apply_phrase(c, m, i);
      if (m.date_literal) c.problems.push_back({DiagCode::date_unparsed, m.date_begin, m.date_end});
      c.phrases = true;
      if (!c.edition) c.edition = m.edition;
      std::size_t end = i + m.length;
      // APA "Retrieved May 3, 2020, from http://…": "from" joins the date to the address and
      // belongs to the message; the address is left for the URL step.
      if (m.field == PhraseField::accessed && !m.date_literal)
        if (const std::size_t from = apa_from_before_url(t, end)) end = from;
      c.mark(i, end);
      i = end;
      continue;
    }
    // After the phrases: "Lay summary – Source (date)" is a phrase, "Lay summary" alone a label.
    if (WordMatch m = c.lex.link_labels.match(t, i)) {
      c.mark(i, i + m.length);
      i += m.length;
      continue;
    }
    ++i;
  }
}

}  // namespace citelib::list

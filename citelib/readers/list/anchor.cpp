// Where the title is: "(DATE)" after the author list, then the first quoted, italic or
// linked span that only names precede (grammar cues 3-4).
#include "readers/list/head_steps.hpp"
#include "readers/list/lexicon.hpp"
#include "readers/list/locators.hpp"
#include "readers/list/names.hpp"
#include "readers/list/parse_context.hpp"
#include "readers/list/quotes.hpp"

#include "core/text.hpp"
#include "model/date_words.hpp"
#include "model/date_scan.hpp"

#include <algorithm>
#include <array>

namespace citelib::list {

namespace {

constexpr std::size_t npos = std::string_view::npos;
constexpr std::size_t kMaxHead = 1200;

// "mid-2015", "pre-1900": a short word of letters joined to the year by a hyphen, which
// people write for approximate dates (CS1 flags them, hand-written lists keep them). A
// longer word ("Windows-2000") is a name with a number, not a date.
bool qualifier_hyphen_before(std::string_view s, std::size_t digit) {
  if (digit < 2 || s[digit - 1] != '-') return false;
  std::size_t w = digit - 1;
  while (w > 0 && text::is_ascii_alpha(s[w - 1])) --w;
  const std::size_t len = digit - 1 - w;
  return len >= 3 && len <= 5 && (w == 0 || s[w - 1] == ' ');
}

// A date that ends `s` after some words ("Christmas 2015", "1st pub. 1851"): the date, and in
// `words` where it starts; no parts when no word of `s` starts a date that runs to its end.
Date date_at_end(std::string_view s, std::size_t* words) {
  s = text::trim(s);
  for (std::size_t i = 1; i < s.size(); ++i) {
    if (s[i - 1] != ' ' && !(text::is_ascii_digit(s[i]) && qualifier_hyphen_before(s, i))) continue;
    // A date starts with a number or with its month ("Delivered to the Society November
    // 1936" read the year alone, the month as a word before it).
    if (!text::is_ascii_digit(s[i])) {
      if (!text::starts_upper(s.substr(i))) continue;
      const std::size_t we = std::min(s.find(' ', i), s.size());
      if (date_words::lookup_word(s.substr(i, we - i)).kind != date_words::WordKind::month) continue;
    }
    const DateScan d = scan_date(s.substr(i));
    if (d.length == 0 || !d.date.has_parts()) continue;
    const std::size_t rest = s.size() - i - d.length;
    if (rest > 1 || (rest == 1 && s.back() != '.')) continue;
    *words = i;
    return d.date;
  }
  return {};
}

// Initials only: "J.", "J. A.", "J.-P.", "M.A." (each word a capital and a period).
bool initials_only(std::string_view s) {
  if (s.empty()) return false;
  for (std::size_t i = 0; i < s.size();) {
    const text::CodePoint cp = text::decode(s, i);
    if (!text::is_letter_cp(cp.cp) || !text::starts_upper(s.substr(i))) return false;
    i += cp.len;
    if (i >= s.size() || s[i] != '.') return false;
    ++i;
    while (i < s.size() && (s[i] == ' ' || s[i] == '-')) ++i;
  }
  return true;
}

// "Pérez, J., López, M." and "Smith, J. and Jones, K.": inverted names with initials
// separated by commas, the form of hand-written and Harvard lists that put a comma before
// the year. Families and initials alternate ("et al." may end the list), so a title with a
// comma ("Rossi, Storia di Roma, 2005") is none.
bool comma_names_before_year(const ParseContext& c, std::string_view head) {
  bool want_initials = false;
  std::size_t parts = 0;
  for (std::size_t i = 0; i <= head.size();) {
    std::size_t e = head.find(", ", i);
    if (e == npos) e = head.size();
    std::string_view part = text::trim(head.substr(i, e - i));
    i = e + 2;
    if (part.empty()) return false;
    if (c.lex.et_al.match(part, 0).length == part.size()) return want_initials == false && parts > 0;
    if (want_initials) {
      // "J. and Jones": the initials, a joiner, the next family.
      std::size_t sp = npos;
      for (std::size_t k = part.find(' '); k != npos; k = part.find(' ', k + 1)) {
        const std::size_t w = k + 1, we = part.find(' ', w);
        if (we != npos && c.lex.name_joiners.whole(part.substr(w, we - w))) {
          sp = k;
          break;
        }
      }
      if (sp == npos) {
        if (!initials_only(part)) return false;
        want_initials = false;
      } else {
        if (!initials_only(part.substr(0, sp))) return false;
        const std::string_view family = text::trim(part.substr(part.find(' ', sp + 1) + 1));
        if (family.empty() || !text::starts_upper(family) || text::count_words(family) > 3) return false;
      }
    } else {
      // "& Jones", "and Jones": the joiner before the last family.
      if (const std::size_t sp = part.find(' '); sp != npos && c.lex.name_joiners.whole(part.substr(0, sp)))
        part = text::trim(part.substr(sp + 1));
      if (!text::starts_upper(part) || text::count_words(part) > 3 || initials_only(part)) return false;
      want_initials = true;
    }
    ++parts;
  }
  return !want_initials && parts >= 2;
}

// Harvard (UK) "Smith, J. (2005) 'The rivers of Asia', Journal": a title in single quotes
// right after the date. Only there: elsewhere a single quote is mostly an apostrophe. The
// closing quote follows a letter, digit or "?!." and precedes ", " / ". " or the end.
std::optional<QuotedSpan> single_quoted_after(std::string_view t, std::size_t from) {
  std::size_t i = from;
  while (i < t.size() && (t[i] == ' ' || t[i] == ',' || t[i] == '.')) ++i;
  std::size_t ql = 0;
  if (i < t.size() && t[i] == '\'') ql = 1;
  else if (t.compare(i, 3, "\u2018") == 0) ql = 3;
  if (ql == 0 || i - from > 3 || i + ql >= t.size() || t[i + ql] == ' ') return std::nullopt;
  const std::size_t limit = std::min<std::size_t>(t.size(), i + 400);
  for (std::size_t k = i + ql + 1; k < limit; ++k) {
    std::size_t cl = 0;
    if (t[k] == '\'') cl = 1;
    else if (t.compare(k, 3, "\u2019") == 0) cl = 3;
    if (cl == 0 || t[k - 1] == ' ') continue;
    const std::size_t a = k + cl;
    if (a < t.size() && !((t[a] == ',' || t[a] == '.') && (a + 1 == t.size() || t[a + 1] == ' '))) continue;
    return QuotedSpan{i, a, i + ql, k};
  }
  return std::nullopt;
}

// Content of the group at `open` reads as a date.
bool date_group(std::string_view t, std::size_t open, std::size_t* end) {
  const std::size_t g = group_end(t, open);
  if (g == npos || g - open > 48) return false;
  const Date d = written_date(t.substr(open + 1, g - open - 2));
  if (!d.has_parts() && !d.undated) return false;
  *end = g;
  return true;
}

bool excluded_link(const ParseContext& c, const ItemLink& l) {
  if (l.target.empty() || l.target.front() == '#') return true;
  const std::string_view txt = c.view(l.begin, l.end);
  if (txt.empty()) return true;
  if (txt.front() == '[' && txt.back() == ']') return true;  // "[1]": an external link label
  for (std::string_view w : {"Archived", "the original", "Wayback Machine", "archive", "Archive"})
    if (text::equals_fold(txt, w)) return true;
  if (l.target.find("Special:BookSources") != npos || l.target.find("Speciale:RicercaISBN") != npos) return true;
  if (l.target.find("_(identifier)") != npos) return true;
  if (txt.compare(0, 3, "10.") == 0) return true;  // a DOI value
  // A page link: "pp. [63ff](...)".
  std::size_t b = l.begin;
  while (b > 0 && c.t[b - 1] == ' ') --b;
  std::size_t w = b;
  while (w > 0 && c.t[w - 1] != ' ') --w;
  if (b > w && c.lex.page_labels.whole(c.view(w, b))) return true;
  // Identifier labels linked to their articles ("[ISBN](/wiki/ISBN)"): all capitals, short.
  if (l.target.compare(0, 6, "/wiki/") == 0 && txt.size() <= 10 && text::starts_upper(txt) &&
      txt.find(' ') == npos && l.end < c.t.size() && (c.t[l.end] == ' ' || c.t[l.end] == ':'))
    return true;
  return false;
}

}  // namespace

Date written_date(std::string_view content) {
  Date d = parse_date(content);
  if (d.has_parts() || d.undated) return d;
  // CS1 accepts proper-name dates ("Christmas 2015", "First Quarter 2017") and people write
  // others ("Summer/Fall 2016", "2nd quarter of 2017", "2015-16 season"): a few words before
  // or after a date that starts or ends the group. The date keeps the words as its text.
  const std::string_view s = text::trim(content);
  if (s.size() > 48) return d;
  std::size_t at = 0;
  Date found = date_at_end(s, &at);
  // "(London: Penguin, 2001)" is Chicago's imprint, not a worded date: no colon before the date.
  if (found.has_parts() && text::count_words(s.substr(0, at)) <= 4 && s.substr(0, at).find(':') == std::string_view::npos) {
    found.literal = std::string(s);
    return found;
  }
  const DateScan head = scan_date(s);
  if (head.length > 0 && head.date.has_parts() && text::count_words(s.substr(head.length)) <= 2) {
    found = head.date;
    found.literal = std::string(s);
    return found;
  }
  return d;
}

bool original_date_group(std::string_view t, std::size_t open, std::size_t* end, Date* date) {
  if (open >= t.size() || t[open] != '[') return false;
  const std::size_t g = group_end(t, open);
  if (g == npos || g - open > 64) return false;
  const std::string_view content = text::trim(t.substr(open + 1, g - open - 2));
  Date d = parse_date(content);
  if (!d.has_parts()) {
    // "[1st pub. 1851]", "[First published 1859]", "[publicado originalmente en 1950]": a few
    // words, then the date; the words stay with the date as its text.
    std::size_t at = 0;
    d = date_at_end(content, &at);
    if (!d.has_parts() || text::count_words(content.substr(0, at)) > 4) return false;
    // "[Proteins and compilers, 1969–2022]": a comma before the years ends a translated
    // title's phrase, which no "first published" note has.
    if (const std::string_view words = text::trim(content.substr(0, at)); !words.empty() && words.back() == ',') return false;
    d.literal = std::string(content);
  }
  *end = g;
  *date = std::move(d);
  return true;
}

std::size_t original_date_after_date(std::string_view s) {
  if (s.empty() || s.back() != ']') return npos;
  const std::size_t open = s.rfind(" [");
  std::size_t oend = 0;
  Date orig;
  if (open == npos || !original_date_group(s, open + 1, &oend, &orig) || oend != s.size() ||
      !parse_date(s.substr(0, open)).has_parts())
    return npos;
  return open + 1;
}

// The first top-level "(DATE)" in [from, to).
std::size_t find_date_paren(std::string_view t, std::size_t from, std::size_t to, std::size_t* end) {
  to = std::min({to, t.size(), from + kMaxHead});
  for (std::size_t i = from; i < to; ++i) {
    if (t[i] == '(') {
      if (date_group(t, i, end)) return i;
      continue;
    }
    const unsigned char b = static_cast<unsigned char>(t[i]);
    if (t[i] == '"' || (b == 0xC2 && t.compare(i, 2, "\u00AB") == 0) || (b == 0xE2 && t.compare(i, 3, "\u201C") == 0)) {
      if (auto q = quoted_at(t, i)) i = q->end - 1;
    }
  }
  return npos;
}

namespace {

// An editor mark at `pos` in `head` ("coord.", "dir.", "ed"). The head was trimmed of its final
// period, which the mark may own: "Romero Frizzi, María, coord. (2001)" ends in "coord" there.
bool editor_mark_at(const Lexicon& lex, std::string_view head, std::size_t pos, std::size_t len) {
  if (lex.editor_marks.whole(head.substr(pos, len))) return true;
  return pos + len < head.size() && head[pos + len] == '.' && lex.editor_marks.whole(head.substr(pos, len + 1));
}

}  // namespace

// Could `head` be an author list (the text before a title)? Names, "et al.", an editor mark;
// no sentence inside, no tag.
bool plausible_authors(const ParseContext& c, std::string_view head) {
  const std::string_view h = text::trim_chars(head, " .,:;");
  if (h.empty()) return true;
  // CS1 prints every author it is given, separated by semicolons: a database paper's list of
  // twenty names and more runs past the bound a comma-separated head keeps.
  const bool semicolons = h.find(';') != npos;
  if (h.size() > (semicolons ? kMaxHead : 400)) return false;
  if (h.find('"') != npos || h.find("\u00AB") != npos) return false;
  for (std::size_t i = 0; i + 1 < h.size(); ++i) {
    if (h[i] == '.' && is_period_separator(h, i, c.lex)) {
      // "et al. " inside a list is fine; any other sentence break is not.
      if (!(i >= 5 && h.compare(i - 5, 5, "et al") == 0)) return false;
    }
    if (h[i] == '(') {
      const std::size_t g = group_end(h, i);
      if (g == npos || g - i > 40) return false;
      if (is_title_tag_content(c.lex, h.substr(i + 1, g - i - 2))) return false;
    }
  }
  // Names are capitalised; lowercase words are particles, joiners, "et al.", editor marks, or
  // one odd family name ("jst, Johnny", "iabervon").
  // An organisation ("Ministry of Foreign Affairs of Peru") has short lowercase words too.
  // A text dump's link underscores stand for spaces ("de_la_Cruz,_Wei": a particle, a name).
  std::size_t words = 0, lower = 0, short_lower = 0, names = 1;
  for (std::size_t i = 0; i < h.size();) {
    while (i < h.size() && (text::space_len_at(h, i) || h[i] == ',' || h[i] == ';' || h[i] == '_')) {
      if (h[i] == ';') ++names;
      i += text::space_len_at(h, i) ? text::space_len_at(h, i) : 1;
    }
    if (i >= h.size()) break;
    std::size_t e = i;
    while (e < h.size() && !text::space_len_at(h, e) && h[e] != ',' && h[e] != ';' && h[e] != '_') ++e;
    const std::string_view w = h.substr(i, e - i);
    ++words;
    if (text::starts_lower(w) && !c.lex.name_particles.whole(w) && !c.lex.name_joiners.whole(w) &&
        !editor_mark_at(c.lex, head, static_cast<std::size_t>(h.data() - head.data()) + i, w.size()) &&
        !c.lex.et_al.match(h, i) && w != "al." && w != "al") {
      ++lower;
      if (w.size() <= 3) ++short_lower;
    }
    i = e;
  }
  if (lower > 0 && lower == short_lower && words <= 12) {
    for (std::size_t i = 0; i < h.size(); ++i)
      if (text::at_word_start(h, i) && text::starts_upper(h.substr(i))) {
        std::size_t e = i;
        while (e < h.size() && !text::space_len_at(h, e) && h[e] != ',' && h[e] != ';') ++e;
        if (c.lex.organisation_words.whole(h.substr(i, e - i))) return true;
        i = e;
      }
  }
  // Forty words, or in a semicolon list up to three a name ("Magariños, María Paula").
  const std::size_t max_words = semicolons ? std::max<std::size_t>(40, 3 * names) : 40;
  if (words <= max_words && (lower == 0 || (lower == 1 && words <= 3))) return true;
  // fr/it/es bodies in sentence case, "Institut national de la santé et de la recherche
  // médicale", "Organisation mondiale de la santé": an organisation's word first, one name.
  if (words <= 12 && h.find(',') == npos && h.find(';') == npos) {
    std::size_t e = 0;
    while (e < h.size() && !text::space_len_at(h, e)) ++e;
    return e < h.size() && c.lex.organisation_words.whole(h.substr(0, e));
  }
  return false;
}

// Chicago author-date bibliographies: "Smith, John. 2001. The Book.", "Smith, J. 2001.
// "Title." Journal": the year, a period, after the inverted names (the first author is
// always inverted, so the names hold a comma). Harvard lists and hand-written comma lists put
// a comma around the year ("Smith, J. and Jones, K., 2005. Title.", "Pérez, J., López, M.,
// 2010, Título, Revista"). Returns the space before the year (as if it were the "(" of a
// date) and sets `end` after the year's separator; npos when not there.
std::size_t bare_year_after_names(const ParseContext& c, std::size_t limit, std::size_t* end) {
  const std::string_view t = c.t;
  limit = std::min<std::size_t>({limit, t.size(), c.start + 160});
  for (std::size_t p = c.start + 1; p + 2 < limit; ++p) {
    if ((t[p] != '.' && t[p] != ',') || t[p + 1] != ' ') continue;
    const std::size_t y = p + 2;
    std::size_t e = y;
    while (e < t.size() && text::is_ascii_digit(t[e])) ++e;
    if (e - y != 4) continue;
    if (e < t.size() && t[e] >= 'a' && t[e] <= 'z') ++e;
    if (e + 1 >= t.size() || (t[e] != '.' && t[e] != ',') || t[e + 1] != ' ') continue;
    // The comma forms: the year ends the names, so no period inside them ends an element.
    const bool comma = t[p] == ',' || t[e] == ',';
    const std::string_view head = t.substr(c.start, p + (t[p] == '.') - c.start);
    if (head.find(", ") == npos || !plausible_authors(c, head)) return npos;
    if (comma && !comma_names_before_year(c, head)) return npos;
    *end = e + 1;
    return y - 1;
  }
  return npos;
}

namespace {

// ru web citations print no date after the authors ("Автор. Заглавие (англ.). Сайт (дата)."):
// in a list of that edition, "Сталкер (1979). Кинопоиск." holds the year in its title. Names
// there have initials or a comma ("Иванов И. И.", "Иванов, Иван"); this head has neither.
bool year_in_plain_title(const ParseContext& c, std::size_t d) {
  const ReaderLanguage* ed = c.edition ? c.edition : c.list_edition;
  if (!ed || !ed->site_after_plain_title) return false;
  const std::string_view head = text::trim(c.view(c.start, d));
  if (head.empty() || head.find(',') != npos || head.find(';') != npos || text::count_words(head) > 6) return false;
  for (std::size_t i = 0; i + 1 < head.size(); ++i)
    if (head[i + 1] == '.' && (i == 0 || head[i - 1] == ' ')) return false;  // an initial (ASCII)
  for (std::size_t i = 0; i < head.size();) {
    const text::CodePoint cp = text::decode(head, i);
    // A Cyrillic initial, "И.": a letter alone before a period.
    if (i + cp.len < head.size() && head[i + cp.len] == '.' && (i == 0 || head[i - 1] == ' ') && cp.len > 1) return false;
    i += cp.len;
  }
  // One element, the site, between the date and the messages ("Дата обращения: …"); an
  // author's date has a title and a site after it ("Microsoft (2015). Windows 10. Microsoft
  // Docs."), or a quoted title.
  std::size_t end = d;
  while (end < c.t.size() && c.t[end] != ')') ++end;
  std::size_t k = end + 1;
  while (k < c.t.size() && (c.t[k] == '.' || c.t[k] == ' ')) ++k;
  if (k >= c.t.size() || find_quoted(c.t, k, std::min(c.t.size(), k + 4))) return false;
  std::size_t elements = 0;
  for (std::size_t b = k; b < c.t.size();) {
    if (c.lex.may_start_marker(c.t, b) && c.lex.match_phrase(c.t, b)) break;
    if (++elements > 1) return false;
    std::size_t i = b;
    while (i < c.t.size() && !(c.t[i] == '.' && is_period_separator(c.t, i, c.lex))) ++i;
    b = skip_spaces(c.t, i + 1);
  }
  return elements == 1;
}

// ". Poole, A. (ed.). " between the date and a quoted title: names with an editor mark and
// nothing else; records their span.
bool editors_between(ParseContext& c, std::size_t b, std::size_t e) {
  if (e - b > 300) return false;
  const std::string_view gap = c.view(b, e);
  const std::string_view names = text::trim_chars(gap, " .,");
  if (names.size() < 4 || names.back() != ')') return false;
  NameList list;
  if (!parse_name_list(names, c.lex, list) || !list.editors || list.names.empty()) return false;
  c.editors_begin = c.offset(names);
  c.editors_end = c.editors_begin + names.size();
  return true;
}

// The quotes ending at `end` are followed by the work: ", in …", ", su …".
bool quote_before_work(const ParseContext& c, std::size_t end) {
  const std::string_view t = c.t;
  if (end + 2 >= t.size() || t[end] != ',' || t[end + 1] != ' ') return false;
  const std::size_t after = end + 2;
  return text::starts_lower(t.substr(after)) && (c.lex.site_markers.match(t, after) || c.lex.editor_in.match(t, after));
}

// it headlines that quote a speaker, "Luca Bianchin, Baggio: «Il rigore di Pasadena mi tormenta
// ancora», in La Gazzetta dello Sport": the quotes at `open` follow a colon and a short phrase
// (after the start or a person's name and its comma) and precede the work ("in …", "su …"):
// they are inside the title, not the title.
bool quote_inside_headline(const ParseContext& c, std::size_t open, std::size_t end) {
  const std::string_view t = c.t;
  if (open < c.start + 3 || t[open - 1] != ' ') return false;
  // "Roberto Longhi, Caravaggio and \"L'esempio davanti del naturale\", in The Art Bulletin":
  // a lowercase word right before the quotes joins them to the words before.
  if (t[open - 2] != ':') {
    std::size_t w = open - 1;
    while (w > c.start && t[w - 1] != ' ' && t[w - 1] != ',') --w;
    // The word must follow other words: one that starts the item joins nothing.
    if (w <= c.start || w >= open - 1 || !text::starts_lower(t.substr(w)) || t[w - 1] != ' ') return false;
    return quote_before_work(c, end) && text::count_words(c.view(c.start, open)) <= 12;
  }
  // ru prints a web citation's title unquoted ("Title (англ.). Site (date)."; GOST quotes no
  // title either): its headlines that quote a speaker, "Путин: «Россия готова к диалогу».
  // РИА Новости (4 июня 2018).", end at the closing quote and the element's period or tag.
  const ReaderLanguage* edition = c.edition ? c.edition : c.list_edition;
  const bool unquoted_titles = edition && edition->site_after_plain_title &&
                               (end == t.size() || t.compare(end, 2, ". ") == 0 || t.compare(end, 2, " (") == 0 ||
                                t.compare(end, 4, " // ") == 0);
  if (!quote_before_work(c, end) && !unquoted_titles) return false;
  const std::size_t colon = open - 2;
  std::size_t b = t.rfind(", ", colon);
  b = b == npos || b < c.start ? c.start : b + 2;
  // GOST's heading before the headline, "Сидоров А. Греф: «…» // Ведомости.": the names with
  // their initials are the author's.
  if (unquoted_titles && b == c.start)
    if (const std::size_t n = leading_vancouver_names(c.view(c.start, colon), c.lex); n > 0 && c.start + n < colon) {
      b = c.start + n;
      while (b < colon && t[b] == ' ') ++b;
      const std::string_view phrase = c.view(b, colon);
      return !phrase.empty() && text::count_words(phrase) <= 4 && phrase.find_first_of(".0123456789") == npos &&
             text::starts_upper(phrase);
    }
  const std::string_view phrase = c.view(b, colon);
  if (phrase.empty() || text::count_words(phrase) > 4 || phrase.find_first_of(".0123456789") != npos || !text::starts_upper(phrase))
    return false;
  return b == c.start || natural_names(c.lex, text::trim(c.view(c.start, b - 2)));
}

}  // namespace

void find_title_anchor(ParseContext& c) {
  const std::string_view t = c.t;
  // "(DATE)" after the authors comes before any quoted text; what precedes it must read as
  // names (markdown author links included).
  std::size_t limit = t.size();
  if (auto q = find_quoted(t, c.start, t.size())) limit = q->open;
  std::size_t dend = 0;
  std::size_t d = find_date_paren(t, c.start, limit, &dend);
  if (d != npos && !plausible_authors(c, t.substr(c.start, d - c.start))) d = npos;
  if (d != npos && year_in_plain_title(c, d)) d = npos;
  if (d == npos) d = bare_year_after_names(c, limit, &dend);
  if (d != npos) {
    c.date_begin = d;
    c.date_end = dend;
    // "(2009) [1859]": the original date follows the date; the title comes after both.
    std::size_t oend = 0;
    Date orig;
    if (const std::size_t o = skip_spaces(t, dend); original_date_group(t, o, &oend, &orig)) {
      c.orig_begin = o;
      c.orig_end = oend;
      dend = oend;
      c.mark(o, oend);  // no message phrase inside ("[First published 1813]")
    }
  }
  const std::size_t from = d != npos ? dend : c.start;

  struct Cand {
    std::size_t pos, end, b, e;
    TitleKind kind;
    std::string_view target = {};  // a link's
  };
  std::array<Cand, 5> cands{};
  std::size_t n = 0;
  if (auto q = find_quoted(t, from, t.size())) cands[n++] = {q->open, q->end, q->inner_begin, q->inner_end, TitleKind::quoted};
  if (d != npos)
    if (auto q = single_quoted_after(t, dend)) cands[n++] = {q->open, q->end, q->inner_begin, q->inner_end, TitleKind::quoted};
  for (const ItemEmphasis& e : c.item.emphasis) {
    if (e.italic && e.begin >= from && e.end > e.begin) {
      cands[n++] = {e.begin, e.end, e.begin, e.end, TitleKind::italic};
      break;
    }
  }
  bool linked = false;
  for (const ItemLink& l : c.item.links) {
    if (l.begin >= from && !excluded_link(c, l)) {
      // A second link right after the first and its comma: the first may be an author's.
      if (linked) {
        if (l.begin > cands[n - 1].end && l.begin - cands[n - 1].end <= 3 && t.compare(cands[n - 1].end, 1, ",") == 0)
          cands[n++] = {l.begin, l.end, l.begin, l.end, TitleKind::link, l.target};
        break;
      }
      cands[n++] = {l.begin, l.end, l.begin, l.end, TitleKind::link, l.target};
      linked = true;
    }
  }
  // At most five: an insertion sort (what std::sort does below sixteen, without the branch
  // for more that GCC's -Warray-bounds took for an overrun).
  for (std::size_t i = 1; i < n; ++i)
    for (std::size_t j = i; j > 0 && cands[j].pos < cands[j - 1].pos; --j) std::swap(cands[j], cands[j - 1]);
  for (std::size_t k = 0; k < n; ++k) {
    Cand cand = cands[k];
    // A link around a quoted title ("["Title"](url)") is the quoted title.
    if (cand.kind == TitleKind::link && k + 1 < n && cands[k + 1].kind == TitleKind::quoted && cands[k + 1].pos <= cand.pos + 1)
      cand = cands[k + 1];
    if (d != npos) {
      if (cand.pos < dend) continue;
      if (!separators_only(t.substr(dend, cand.pos - dend)) || cand.pos - dend > 4) {
        // cite encyclopedia with authors and editors, "Kochert, M. N. (2002). Poole, A. (ed.).
        // \"Golden Eagle\". The Birds of North America.": the editors sit between.
        if (cand.kind != TitleKind::quoted || !editors_between(c, dend, cand.pos)) continue;
      }
    } else if (!plausible_authors(c, t.substr(c.start, cand.pos - c.start))) {
      continue;
    } else if (cand.kind == TitleKind::quoted && quote_inside_headline(c, cand.pos, cand.end)) {
      continue;
    } else if (cand.kind == TitleKind::link && cand.target.starts_with("/wiki/") && k + 1 < n &&
               cands[k + 1].kind != TitleKind::quoted && cands[k + 1].pos > cand.end &&
               cands[k + 1].pos - cand.end <= 3 && t.compare(cand.end, 1, ",") == 0 &&
               plausible_authors(c, t.substr(c.start, cands[k + 1].pos - c.start))) {
      // it "[Istat](/wiki/Istat), [Popolazione residente](https://…) (PDF), su …": a linked
      // author (a link to its article) before the linked or italic title.
      continue;
    }
    c.anchor = cand.pos;
    c.anchor_end = cand.end;
    c.title_kind = cand.kind;
    c.title_begin = cand.b;
    c.title_end = cand.e;
    return;
  }
}

}  // namespace citelib::list

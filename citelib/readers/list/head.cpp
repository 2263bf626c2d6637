// The head of a reference: authors, "(DATE)" after them, and the title with what follows it
// directly (translated title, format, language, type label, edition). Grammar §2 and
// "practical parsing cues" 3-4: authors end at the first "(DATE)"; a quoted title is a part of
// a container; an unquoted title followed by "[…]", "(in X)", "(PDF)" or "(Report)" is a
// standalone work.
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
constexpr std::size_t kMaxHead = 600;

bool separators_only(std::string_view s) {
  for (char ch : s)
    if (ch != ' ' && ch != '.' && ch != ',' && ch != ':' && ch != ';') return false;
  return true;
}

// Content of the group at `open` parses as a date.
bool date_group(std::string_view t, std::size_t open, std::size_t* end) {
  const std::size_t g = group_end(t, open);
  if (g == npos || g - open > 48) return false;
  const Date d = parse_date(t.substr(open + 1, g - open - 2));
  if (!d.has_parts() && !d.undated) return false;
  *end = g;
  return true;
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

// Tag content that marks the end of a standalone title.
bool is_title_tag_content(const Lexicon& lex, std::string_view content) {
  return lex.is_format(content) || lex.language_tag(content) || lex.type_label(content) || lex.edition(content) ||
         lex.language_tag_prefix(content);
}

// Could `head` be an author list (the text before a title)? Names, "et al.", an editor mark;
// no sentence inside, no tag.
bool plausible_authors(const ParseContext& c, std::string_view head) {
  const std::string_view h = text::trim_chars(head, " .,:;");
  if (h.empty()) return true;
  if (h.size() > 400) return false;
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
  std::size_t words = 0, lower = 0;
  for (std::size_t i = 0; i < h.size();) {
    while (i < h.size() && (text::space_len_at(h, i) || h[i] == ',' || h[i] == ';')) i += text::space_len_at(h, i) ? text::space_len_at(h, i) : 1;
    if (i >= h.size()) break;
    std::size_t e = i;
    while (e < h.size() && !text::space_len_at(h, e) && h[e] != ',' && h[e] != ';') ++e;
    const std::string_view w = h.substr(i, e - i);
    ++words;
    if (text::starts_lower(w) && !c.lex.name_particles.whole(w) && !c.lex.name_joiners.whole(w) &&
        !c.lex.editor_marks.whole(w) && !c.lex.et_al.match(h, i) && w != "al." && w != "al")
      ++lower;
    i = e;
  }
  return words <= 40 && (lower == 0 || (lower == 1 && words <= 3));
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

void take_authors(ParseContext& c, std::size_t b, std::size_t e) {
  std::string_view region = text::trim_chars(c.view(b, e), " :");
  if (region.empty()) return;
  NameList names;
  if (!parse_name_list(region, c.lex, names)) return;
  if (!names.names.empty()) c.ref.set_names(names.editors ? Variable::editor : Variable::author, std::move(names.names));
  if (names.et_al) c.ref.et_al = true;
  c.mark(b, e);
}

void set_title(ParseContext& c, std::size_t b, std::size_t e, TitleKind kind) {
  std::string_view s = text::trim(c.view(b, e));
  while (kind == TitleKind::plain && !s.empty() && (s.back() == ',' || s.back() == ':' || s.back() == ';'))
    s = text::trim(s.substr(0, s.size() - 1));
  if (!s.empty() && s.back() == '.' && kind == TitleKind::plain) {
    std::size_t w = s.size() - 1;
    while (w > 0 && !text::space_len_at(s, w - 1)) --w;
    if (!c.lex.is_abbreviation(s.substr(w, s.size() - 1 - w))) s = s.substr(0, s.size() - 1);
  }
  if (s.empty()) return;
  c.title_kind = kind;
  c.title_begin = c.offset(s);
  c.title_end = c.title_begin + s.size();
  c.ref.set(Variable::title, std::string(s));
  c.mark(b, e);
}

std::size_t skip_spaces(std::string_view t, std::size_t i) {
  while (i < t.size() && t[i] == ' ') ++i;
  return i;
}

// First title tag ("[…]" translated title, "(PDF)", "(in Spanish)", "(Report)", "(2nd ed.)")
// in [from, end of text), stopping at text already placed.
std::size_t find_title_tag(const ParseContext& c, std::size_t from) {
  const std::string_view t = c.t;
  for (std::size_t i = from; i < t.size(); ++i) {
    if (c.used[i]) return npos;
    if (t[i] != '(' && t[i] != '[') continue;
    if (i == from) continue;
    const std::size_t g = group_end(t, i);
    if (g == npos) continue;
    const std::string_view content = t.substr(i + 1, g - i - 2);
    if (t[i] == '(') {
      if (is_title_tag_content(c.lex, content)) return i;
      i = g - 1;
      continue;
    }
    // "[Translated title]": after a space, followed by a tag, a separator or the end.
    const std::size_t after = skip_spaces(t, g);
    if (t[i - 1] == ' ' && text::has_alnum(content) &&
        (after >= t.size() || t[after] == '(' || t[after] == '.' || t[after] == ',' || c.used[after]))
      return i;
    i = g - 1;
  }
  return npos;
}

// Text before a title without punctuation between author and title: "Avram, Abel Docker: …",
// "Schmidt J. Docker bekommt …", or a first element that is a name ("Thomas Claburn. …").
std::size_t author_prefix(const ParseContext& c, std::size_t b, std::size_t e) {
  const std::string_view s = c.view(b, e);
  for (std::size_t i = 0; i + 1 < s.size(); ++i) {
    if (s[i] == '.' && is_period_separator(s, i, c.lex)) {
      const std::string_view first = s.substr(0, i + 1);
      NameList names;
      if (name_shape(text::trim_chars(first, "."), c.lex) != NameShape::none ||
          (first.find(';') != npos && parse_name_list(first, c.lex, names)))
        return i + 1;
      break;
    }
  }
  if (const std::size_t n = leading_vancouver_name(s, c.lex)) return n;
  if (const std::size_t n = leading_inverted_name(s, c.lex)) return n;
  return 0;
}

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
bool title_then_author(ParseContext& c, const std::vector<Segment>& segs) {
  if (c.date_paren || c.phrases || c.mode != SepMode::period || segs.size() < 3) return false;
  // A first element that is itself a name list is the authors ("Pethuru Raj; Jeeva S. …").
  const std::string_view first = c.view(segs[0].begin, segs[0].end);
  if (first.find(';') != npos || name_shape(first, c.lex) != NameShape::none) return false;
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

// Elements that read as names at the start of a comma list: "Pearlman, R.S. and Smith, K.M.,
// Metric Validation …", "David Flanagan, JavaScript - La guida, …", "AllTrails, Caminhada …".
bool nameish(const Lexicon& lex, std::string_view s) {
  if (s.empty() || s.size() > 60 || s.find_first_of("0123456789\"()[]:") != npos) return false;
  std::size_t words = 0;
  for (std::size_t i = 0; i < s.size();) {
    while (i < s.size() && text::space_len_at(s, i)) i += text::space_len_at(s, i);
    if (i >= s.size()) break;
    std::size_t e = i;
    while (e < s.size() && !text::space_len_at(s, e)) ++e;
    const std::string_view w = s.substr(i, e - i);
    ++words;
    if (!text::starts_upper(w) && !lex.name_particles.whole(w) && !lex.name_joiners.whole(w) && !lex.et_al.match(s, i) &&
        w != "al." && !lex.editor_marks.whole(w))
      return false;
    i = e;
  }
  return words >= 1 && words <= 8;
}

std::size_t leading_authors(ParseContext& c, const std::vector<Segment>& segs) {
  if (c.date_paren || segs.size() < 2) return 0;
  if (c.mode == SepMode::comma) {
    std::size_t j = 0;
    while (j + 1 < segs.size() && j < 16 && nameish(c.lex, c.view(segs[j].begin, segs[j].end))) ++j;
    if (j == 0) return 0;
    for (std::size_t i = segs[0].begin; i < segs[j - 1].end; ++i)
      if (c.used[i]) return 0;
    NameList names;
    if (!parse_name_list(c.view(segs[0].begin, segs[j - 1].end), c.lex, names)) return 0;
    take_authors(c, segs[0].begin, segs[j - 1].end);
    return j;
  }
  const std::string_view first = c.view(segs[0].begin, segs[0].end);
  const NameShape shape = name_shape(first, c.lex);
  NameList names;
  const bool list = first.find(';') != npos && parse_name_list(first, c.lex, names);
  if (list || shape == NameShape::inverted || shape == NameShape::vancouver) {
    take_authors(c, segs[0].begin, segs[0].end);
    return 1;
  }
  return 0;
}

// "Livro importante 2.ª ed. São Paulo": an edition printed after the title without
// parentheses. Returns the new end of the title.
std::size_t edition_after_title(ParseContext& c, std::size_t b, std::size_t e) {
  std::size_t end = e;
  if (end < c.t.size() && c.t[end] == '.') ++end;  // the abbreviation's period
  const std::string_view s = c.view(b, end);
  const std::size_t sp2 = s.rfind(' ');
  if (sp2 == npos || sp2 == 0) return e;
  const std::size_t sp1 = s.rfind(' ', sp2 - 1);
  const std::string_view number = s.substr(sp1 == npos ? 0 : sp1 + 1, sp2 - (sp1 == npos ? 0 : sp1 + 1));
  if (sp1 == npos || number.find_first_of("0123456789") == npos) return e;
  if (!c.lex.edition_suffixes.whole(s.substr(sp2 + 1))) return e;
  c.ref.set(Variable::edition, std::string(number));
  c.has_edition = true;
  c.mark(b + sp1, end);
  return b + sp1;
}

// A plain title that ran into its journal ("QSAR modeling: where have you been? Where are you
// going to? Journal of medicinal chemistry, 57(12), 4977-5010"): split after the last
// question or exclamation mark.
std::size_t title_end_before_journal(const ParseContext& c, std::size_t b, std::size_t e) {
  const std::string_view s = c.view(b, e);
  const auto tail = parse_journal_tail(s);
  if (!tail || tail->container.empty()) return e;
  const std::size_t q = tail->container.find_last_of("?!");
  if (q == npos || q + 1 >= tail->container.size()) return e;
  return b + static_cast<std::size_t>(tail->container.data() - s.data()) + q + 1;
}

// An item with nothing but plain text: the whole is its title, or an explanatory note when it
// reads as sentences.
bool bare_item(ParseContext& c, std::size_t from) {
  for (std::size_t i = 0; i < c.t.size(); ++i)
    if (c.used[i]) return false;
  if (c.date_paren || !c.item.links.empty() || !c.item.emphasis.empty()) return false;
  const std::string_view s = text::trim(c.view(from, c.t.size()));
  if (s.empty()) return false;
  // A date, a journal tail or a locator anywhere as an element means structure.
  for (std::size_t i = 0, b = 0; i <= s.size(); ++i) {
    const bool dash = i < s.size() && static_cast<unsigned char>(s[i]) == 0xE2 && s.compare(i, 3, "\u2014") == 0;
    const bool cut = i == s.size() || (s[i] == '.' && is_period_separator(s, i, c.lex)) ||
                     (s[i] == ',' && i + 1 < s.size() && s[i + 1] == ' ') || dash;
    if (!cut) continue;
    const std::string_view part = text::trim(s.substr(b, i - b));
    Locators loc;
    if (parse_date(part).has_parts() || parse_journal_tail(part) || parse_labeled_locators(part, c.lex, loc)) return false;
    b = i + (dash ? 3 : 1);
  }
  std::size_t sentences = 0, long_sentences = 0, words = 0;
  std::size_t b = 0;
  for (std::size_t i = 0; i <= s.size(); ++i) {
    if (i < s.size() && !(s[i] == '.' && is_period_separator(s, i, c.lex))) continue;
    const std::string_view part = text::trim(s.substr(b, i - b));
    const std::size_t w = text::count_words(part);
    words += w;
    ++sentences;
    if (w >= 6) ++long_sentences;
    b = i + 1;
  }
  if (long_sentences >= 2 && words >= 15) {
    c.ref.no_citation = true;
    c.mark(c.offset(s), c.offset(s) + s.size());
    return true;
  }
  set_title(c, c.offset(s), c.offset(s) + s.size(), TitleKind::plain);
  c.rest_begin = c.t.size();
  return true;
}

// " — " somewhere in the text (Russian element separators).
bool has_dash_separator(std::string_view t) {
  for (std::size_t p = t.find('\xE2'); p != npos; p = t.find('\xE2', p + 1))
    if (p > 0 && t[p - 1] == ' ' && t.compare(p, 3, "\u2014") == 0 && p + 3 < t.size() && t[p + 3] == ' ') return true;
  return false;
}

SepMode mode_after(const ParseContext& c, std::size_t from) {
  const std::size_t i = skip_spaces(c.t, from);
  if (i < c.t.size() && c.t[i] == ',') return SepMode::comma;
  if (i < c.t.size() && c.t[i] == '.') return SepMode::period;
  // Free text: commas unless a period separates elements somewhere.
  bool comma = false;
  for (std::size_t k = from; k < c.t.size(); ++k) {
    if (c.used[k]) continue;
    const char ch = c.t[k];
    if (ch == '(' || ch == '[' || ch == '"') {
      const std::size_t g = group_end(c.t, k);
      if (g != npos) k = g - 1;
      continue;
    }
    if (ch == '.' && is_period_separator(c.t, k, c.lex)) {
      std::size_t n = skip_spaces(c.t, k + 1);
      if (n < c.t.size() && !c.used[n]) return SepMode::period;
    }
    if (ch == ',' && k + 1 < c.t.size() && c.t[k + 1] == ' ') comma = true;
    // Russian " — " separators come with periods, commas stay inside elements.
    if (static_cast<unsigned char>(ch) == 0xE2 && c.t.compare(k, 3, "\u2014") == 0 && k > 0 && c.t[k - 1] == ' ')
      return SepMode::period;
  }
  return comma ? SepMode::comma : SepMode::period;
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
  if (d != npos) {
    c.date_begin = d;
    c.date_end = dend;
  }
  const std::size_t from = d != npos ? dend : c.start;

  struct Cand {
    std::size_t pos, end, b, e;
    TitleKind kind;
  };
  std::array<Cand, 3> cands{};
  std::size_t n = 0;
  if (auto q = find_quoted(t, from, t.size())) cands[n++] = {q->open, q->end, q->inner_begin, q->inner_end, TitleKind::quoted};
  for (const ItemEmphasis& e : c.item.emphasis) {
    if (e.italic && e.begin >= from && e.end > e.begin) {
      cands[n++] = {e.begin, e.end, e.begin, e.end, TitleKind::italic};
      break;
    }
  }
  for (const ItemLink& l : c.item.links) {
    if (l.begin >= from && !excluded_link(c, l)) {
      cands[n++] = {l.begin, l.end, l.begin, l.end, TitleKind::link};
      break;
    }
  }
  std::sort(cands.begin(), cands.begin() + n, [](const Cand& a, const Cand& b) { return a.pos < b.pos; });
  for (std::size_t k = 0; k < n; ++k) {
    Cand cand = cands[k];
    // A link around a quoted title ("["Title"](url)") is the quoted title.
    if (cand.kind == TitleKind::link && k + 1 < n && cands[k + 1].kind == TitleKind::quoted && cands[k + 1].pos <= cand.pos + 1)
      cand = cands[k + 1];
    if (d != npos) {
      if (cand.pos < dend || !separators_only(t.substr(dend, cand.pos - dend)) || cand.pos - dend > 4) continue;
    } else if (!plausible_authors(c, t.substr(c.start, cand.pos - c.start))) {
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

void read_head(ParseContext& c) {
  const std::string_view t = c.t;
  Reference& r = c.ref;
  if (c.date_begin != npos) {
    take_authors(c, c.start, c.date_begin);
    const Date d = parse_date(t.substr(c.date_begin + 1, c.date_end - c.date_begin - 2));
    r.set_date(Variable::issued, d);
    c.mark(c.date_begin, c.date_end);
    c.date_paren = true;
    const std::size_t after = skip_spaces(t, c.date_end);
    if (after < t.size() && (t[after] == '.' || t[after] == ',')) {
      c.cs1_shape = true;
      if (t[after] == ',') c.mode = SepMode::comma;
    }
  }
  if (c.anchor != npos) {
    if (c.date_begin == npos) take_authors(c, c.start, c.anchor);
    const TitleKind kind = c.title_kind;
    set_title(c, c.title_begin, c.title_end, kind);
    c.title_kind = kind;
    c.mark(c.anchor, c.anchor_end);
    // The markdown link on the title, if any.
    for (std::size_t k = 0; k < c.item.links.size(); ++k) {
      const ItemLink& l = c.item.links[k];
      const bool covers = l.begin <= c.title_begin && l.end >= c.title_end;
      const bool inside = l.begin >= c.title_begin && l.end < c.title_end && l.begin <= c.title_begin + 1 &&
                          text::trim_chars(c.view(l.end, c.title_end), ".,;:").empty();
      if ((covers || inside) && l.begin + 2 >= c.anchor && l.end <= c.anchor_end + 2) {
        c.title_link = static_cast<int>(k);
        c.mark(std::min<std::size_t>(l.begin, c.anchor), std::max<std::size_t>(l.end, c.anchor_end));
        c.anchor_end = std::max<std::size_t>(l.end, c.anchor_end);
        break;
      }
    }
    // "["An evaluation …"](url)." : the title is the link text, not the period inside the quotes.
    if (c.title_link >= 0 && kind == TitleKind::quoted) {
      const ItemLink& l = c.item.links[static_cast<std::size_t>(c.title_link)];
      if (l.begin >= c.title_begin && l.end < c.title_end && text::trim_chars(c.view(l.end, c.title_end), ".,;:").empty())
        set_title(c, l.begin, l.end, kind);
    }
    if (kind != TitleKind::quoted) c.cs1_shape = true;  // markdown italics and links come from templates
    c.rest_begin = c.anchor_end;
    const std::size_t after = skip_spaces(t, c.anchor_end);
    if (after < t.size() && (t[after] == '.' || t[after] == ',')) {
      if (kind == TitleKind::quoted && (!c.date_paren || c.cs1_shape)) c.cs1_shape = true;
      // "(DATE)." then «Title», comment: the template ended after the title.
      if (t[after] == ',' && c.date_paren && c.mode == SepMode::period && kind == TitleKind::quoted) {
        const std::string_view rest = text::trim(t.substr(after + 1));
        bool clean = true;
        for (std::size_t i = after; i < t.size(); ++i)
          if (c.used[i]) clean = false;
        if (clean && !rest.empty() && text::starts_lower(rest)) {
          r.comment = std::string(rest);
          c.mark(after, t.size());
        }
      }
      if (c.date_begin == npos || t[after] == ',') c.mode = t[after] == ',' ? SepMode::comma : SepMode::period;
    } else if (!c.date_paren || !c.cs1_shape) {
      c.mode = mode_after(c, c.anchor_end);
    }
    read_title_tags(c);
    return;
  }

  // No quoted, italic or linked title.
  std::size_t s0 = c.date_begin != npos ? c.date_end : c.start;
  while (s0 < t.size() && (t[s0] == ' ' || t[s0] == '.' || t[s0] == ',' || t[s0] == ':')) ++s0;
  // A CS1 error says the title is missing ("|url= sin título"): the elements are the rest.
  for (const std::string& m : r.cs1_messages) {
    if (c.lex.says_untitled(m)) {
      c.mode = mode_after(c, s0);
      c.rest_begin = s0;
      c.cs1_shape = true;
      return;
    }
  }
  if (!c.date_paren || !c.cs1_shape) c.mode = mode_after(c, s0);

  if (!c.date_paren && s0 == c.start) {
    const ReaderLanguage* style = c.lex.style_of(t);
    if (style && style->author_colon_title) {
      // "Hans Müller: Ein Titel. In: Die Zeit." — names, a colon, the title.
      const std::size_t colon = t.find(": ", s0);
      if (colon != npos && colon - s0 <= 80) {
        const std::string_view who = c.view(s0, colon);
        NameList names;
        if (natural_names(c.lex, who) || name_shape(who, c.lex) == NameShape::inverted ||
            (who.find(';') != npos && parse_name_list(who, c.lex, names))) {
          take_authors(c, s0, colon + 1);
          s0 = skip_spaces(t, colon + 1);
        }
      }
    } else if (has_dash_separator(t) || t.find("//") != npos) {
      // "Иванов И. И. Название книги. — М.: Наука": a name with initials, then the title.
      if (const std::size_t n = leading_vancouver_name(c.view(s0, t.size()), c.lex)) {
        take_authors(c, s0, s0 + n);
        s0 = skip_spaces(t, s0 + n);
      }
    }
  }

  if (const std::size_t tag = find_title_tag(c, s0); tag != npos) {
    std::size_t tb = s0;
    if (!c.date_paren) {
      if (const std::size_t n = author_prefix(c, s0, tag)) {
        take_authors(c, s0, s0 + n);
        tb = s0 + n;
      }
    }
    set_title(c, tb, tag, TitleKind::plain);
    c.cs1_shape = true;
    c.rest_begin = tag;
    read_title_tags(c);
    return;
  }

  split_segments(t, s0, t.size(), c.used, c.mode, c.lex, c.segments, &c.protect);
  const std::vector<Segment> segs = c.segments;
  if (segs.empty()) return;
  if (!c.date_paren && s0 == c.start) {
    if (title_then_author(c, segs)) return;
    if (bare_item(c, s0)) return;
  }
  std::size_t k = leading_authors(c, segs);
  // "Reschke, Julian F.. ed.": an editor list after the date.
  if (k + 2 < segs.size()) {
    const std::string_view mark = c.view(segs[k + 1].begin, segs[k + 1].end);
    if (c.lex.editor_marks.whole(mark) && name_shape(c.view(segs[k].begin, segs[k].end), c.lex) != NameShape::none) {
      NameList names;
      if (parse_name_list(c.view(segs[k].begin, segs[k].end), c.lex, names)) r.set_names(Variable::editor, std::move(names.names));
      c.mark(segs[k].begin, segs[k + 1].end);
      k += 2;
    }
  }
  // A date or a "— …" element is no title ("Tsai T. https://… — 2019.").
  if (k < segs.size() && (segs[k].after_dash || parse_date(c.view(segs[k].begin, segs[k].end)).has_parts())) k = segs.size();
  if (k < segs.size()) {
    std::size_t te = title_end_before_journal(c, segs[k].begin, segs[k].end);
    // "Статья // Журнал": Russian bibliographic style names the container after "//".
    if (const std::size_t sl = c.view(segs[k].begin, te).find(" // "); sl != npos) {
      const std::string_view cont = text::trim(c.view(segs[k].begin + sl + 4, te));
      if (!cont.empty()) r.set(Variable::container_title, std::string(cont));
      c.mark(segs[k].begin + sl, te);
      te = segs[k].begin + sl;
    }
    te = edition_after_title(c, segs[k].begin, te);
    set_title(c, segs[k].begin, te, TitleKind::plain);
    c.rest_begin = te;
    read_title_tags(c);
  }
}

void read_title_tags(ParseContext& c) {
  const std::string_view t = c.t;
  Reference& r = c.ref;
  std::size_t i = c.rest_begin;
  bool any_tag = false;
  for (;;) {
    std::size_t j = skip_spaces(t, i);
    // A marker in parentheses among the tags ("(англ.) (недоступная ссылка — история)").
    if (j < t.size() && c.used[j] && (t[j] == '(' || t[j] == '[')) {
      while (j < t.size() && c.used[j]) ++j;
      i = j;
      continue;
    }
    if (j >= t.size() || c.used[j]) break;
    if (t[j] == '[' && r.title_translated.empty() && !any_tag) {
      const std::size_t g = group_end(t, j);
      if (g == npos) break;
      const std::string_view content = text::trim(t.substr(j + 1, g - j - 2));
      const std::size_t after = skip_spaces(t, g);
      if (content.empty() || !(after >= t.size() || t[after] == '(' || t[after] == '.' || t[after] == ',' || c.used[after]))
        break;
      r.title_translated = std::string(content);
      c.mark(j, g);
      c.cs1_shape = true;
      i = g;
      continue;
    }
    if (t[j] != '(') break;
    const std::size_t g = group_end(t, j);
    if (g == npos) break;
    const std::string_view content = text::trim(t.substr(j + 1, g - j - 2));
    if (c.lex.is_format(content)) {
      if (!r.has(Variable::medium)) r.set(Variable::medium, std::string(content));
    } else if (auto lang = c.lex.language_tag(content, c.edition ? nullptr : &c.edition)) {
      if (!r.has(Variable::language)) r.set(Variable::language, std::string(*lang));
    } else if (const TypeLabel* label = c.lex.type_label(content)) {
      r.set(Variable::genre, std::string(content));
      if (label->sets_type && !c.type_label) {
        r.type = label->type;
        c.type_label = true;
      }
    } else if (auto ed = c.lex.edition(content)) {
      r.set(Variable::edition, std::string(*ed));
      c.has_edition = true;
    } else if (c.lex.language_tag_prefix(content)) {
      // "(in Klingon)": a language tag whose language no table names.
      c.problems.push_back({DiagCode::language_unknown, j + 1, g - 1});
    } else if (any_tag && text::starts_upper(content) && text::count_words(content) >= 2 && !parse_date(content).has_parts()) {
      // "(PDF) (Lecture notes for MATH334)": a further label after a tag names the genre.
      r.set(Variable::genre, std::string(content));
    } else {
      break;
    }
    any_tag = true;
    c.cs1_shape = true;
    c.mark(j, g);
    i = g;
  }
  c.rest_begin = i;
}

}  // namespace citelib::list

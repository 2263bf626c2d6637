// The head of a reference: authors, "(DATE)" after them, and the title with what follows it
// directly (translated title, format, language, type label, edition). Grammar §2 and
// "practical parsing cues" 3-4: authors end at the first "(DATE)"; a quoted title is a part of
// a container; an unquoted title followed by "[…]", "(in X)", "(PDF)" or "(Report)" is a
// standalone work.
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

SepMode mode_after(const ParseContext& c, std::size_t from) {
  const std::size_t i = skip_spaces(c.t, from);
  if (i < c.t.size() && c.t[i] == ',') return SepMode::comma;
  if (i < c.t.size() && c.t[i] == '.') return SepMode::period;
  // Free text: commas unless a period separates elements somewhere; but a comma list whose
  // first element is a person in natural order (or whose edition prints such lists) keeps
  // its commas when a period or two stand among many commas: it/fr "Roberto Cotroneo, La
  // diffidenza come sistema. Saggio su Eco, Milano, Anabasi, 1995" (the period is the
  // subtitle's, inside the title).
  std::size_t commas = 0, periods = 0, first_comma = npos;
  bool period_first = false;
  // it "Roma. Profilo di una città, su web.dev.", "Git. Teoria e pratica, in la Repubblica,
  // 3 marzo 2015.": a comma before the lowercase site or work marker (`su`, `in` and a
  // capitalised name) is that edition's comma list, whatever periods the title holds. It
  // follows the title, so two periods at most stand before it (a subtitle's, an initial's);
  // "… Humanos. 1989. p. 26. Dotación …, en San Isidro." is a comment's place.
  for (std::size_t k = from, seps = 0; k + 2 < c.t.size() && seps <= 2; ++k) {
    if (c.used[k]) continue;
    if (c.t[k] == '.' && is_period_separator(c.t, k, c.lex)) ++seps;
    if (c.t[k] != ',' || c.t[k + 1] != ' ') continue;
    const std::size_t m = k + 2;
    if (m >= c.t.size() || c.used[m] || !text::starts_lower(c.t.substr(m))) continue;
    const WordMatch site = c.lex.site_markers.match(c.t, m);
    const WordMatch in = site ? WordMatch{} : c.lex.editor_in.match(c.t, m);
    const std::size_t len = site ? site.length : in.length;
    if (!len || m + len + 1 >= c.t.size() || c.t[m + len] != ' ') continue;
    std::size_t w = m + len + 1;
    // "in la Repubblica": a newspaper's lowercase article before its name.
    if (in && !text::starts_upper(c.t.substr(w)))
      if (const std::size_t sp = c.t.find(' ', w); sp != npos && sp - w <= 3) w = sp + 1;
    if (w < c.t.size() && (site || text::starts_upper(c.t.substr(w)))) return SepMode::comma;
  }
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
      if (n < c.t.size() && !c.used[n]) {
        if (commas == 0) period_first = true;
        if (period_first || ++periods > 2) return SepMode::period;
      }
    }
    if (ch == ',' && k + 1 < c.t.size() && c.t[k + 1] == ' ') {
      if (commas++ == 0) first_comma = k;
    }
    // Russian " — " separators come with periods, commas stay inside elements.
    if (static_cast<unsigned char>(ch) == 0xE2 && c.t.compare(k, 3, "\u2014") == 0 && k > 0 && c.t[k - 1] == ' ')
      return SepMode::period;
  }
  if (periods == 0) return commas > 0 ? SepMode::comma : SepMode::period;
  // it "(EN) Roberto Bianchi, Git. Teoria e pratica, Hoepli, 1986.": one period (a subtitle's)
  // among a few commas after people in natural order is that edition's list too.
  // (Not "Weininger D. SMILES, a chemical language …": no initial's period before the comma;
  // "Giulia Ricci et al., Roma. Profilo di una città, Zanichelli" keeps its "et al.")
  if (periods == 1 && commas >= 2 && first_comma != npos) {
    std::string_view who = text::trim(c.view(from, first_comma));
    for (std::size_t sp = who.find(' '); sp != npos && who.size() <= 80; sp = who.find(' ', sp + 1))
      if (c.lex.et_al.whole(who.substr(sp + 1))) {
        who = text::trim(who.substr(0, sp));
        break;
      }
    // "Donald E. Knuth" keeps its initial; a word in capitals ("SMILES") is no person's.
    bool capitals = false;
    for (std::size_t w = 0; w + 1 < who.size() && !capitals; ++w)
      capitals = text::at_word_start(who, w) && who[w] >= 'A' && who[w] <= 'Z' && who[w + 1] >= 'A' && who[w + 1] <= 'Z';
    if (text::count_words(who) >= 2 && !capitals && natural_names(c.lex, who)) return SepMode::comma;
  }
  if (commas < periods + 3) return SepMode::period;
  return c.natural_order() || natural_names(c.lex, text::trim(c.view(from, first_comma))) ? SepMode::comma : SepMode::period;
}

// A letter of a script other than Latin (Greek, Cyrillic, CJK, Arabic…): Latin, with its
// extensions, ends before U+0370 and has one more block at U+1E00–U+1EFF.
bool non_latin_letter(char32_t cp) {
  return cp >= 0x370 && !(cp >= 0x1E00 && cp <= 0x1EFF) && text::is_letter_cp(cp);
}

// A one-letter initial ("И. ", "J. ") among the first words: the cheap test before the
// name tokenizer runs on a reference without a title anchor.
bool initial_early(std::string_view s) {
  const std::size_t limit = std::min<std::size_t>(s.size(), 48);
  for (std::size_t p = s.find(". "); p != npos && p < limit; p = s.find(". ", p + 2)) {
    if (p >= 2 && s[p - 2] == ' ' && static_cast<unsigned char>(s[p - 1]) < 0x80) return true;
    if (p >= 3 && s[p - 3] == ' ' && static_cast<unsigned char>(s[p - 2]) >= 0xC0) return true;  // a 2-byte letter
  }
  return false;
}

// CS1 |script-title= after a quoted title: "Nihon no rekishi" 日本の歴史 [History of Japan].
// The template sets the original script after the closing quote; the title holds both, as it
// does for an unquoted title ("Istoriya Rossii История России").
void script_title_after_quotes(ParseContext& c) {
  const std::string_view t = c.t;
  std::size_t b = c.anchor_end;
  if (b >= t.size() || t[b] != ' ') return;
  b = skip_spaces(t, b);
  if (b >= t.size() || static_cast<unsigned char>(t[b]) < 0x80 || !non_latin_letter(text::decode(t, b).cp)) return;
  std::size_t e = b;
  while (e < t.size() && t[e] != '[' && t[e] != '.' && t[e] != ',' && t[e] != '(' && t[e] != '"' && !c.used[e]) ++e;
  const std::string_view script = text::trim(t.substr(b, e - b));
  if (script.empty() || !c.ref.has(Variable::title)) return;
  c.ref.set(Variable::title, std::string(c.ref.get(Variable::title)) + ' ' + std::string(script));
  c.mark(b, b + script.size());
  c.anchor_end = b + script.size();
}

}  // namespace

bool separators_only(std::string_view s) {
  for (char ch : s)
    if (ch != ' ' && ch != '.' && ch != ',' && ch != ':' && ch != ';') return false;
  return true;
}

// Tag content that marks the end of a standalone title.
bool is_title_tag_content(const Lexicon& lex, std::string_view content) {
  std::string_view size;
  return lex.is_format(content) || lex.format_with_size(content, size) || lex.language_tag(content) || lex.type_label(content) || lex.edition(content) ||
         lex.language_tag_prefix(content);
}

// "Spielberg, Steven (Director); Crichton, Michael (Writer)": names followed by their role
// (CS1 |people=). Each name goes to its role's variable; false when no role mark is there.
// The role mark that ends `piece` ("(Director)"), or null.
const NameRole* role_mark(const ParseContext& c, std::string_view piece, std::size_t* open) {
  if (piece.empty() || piece.back() != ')') return nullptr;
  *open = piece.rfind('(');
  return *open == npos ? nullptr : c.lex.name_role(piece.substr(*open));
}

bool take_people_with_roles(ParseContext& c, std::string_view region) {
  if (region.find(')') == std::string_view::npos) return false;
  bool any = false;
  for (std::size_t b = 0, open = 0; b < region.size() && !any;) {
    std::size_t e = region.find(';', b);
    if (e == npos) e = region.size();
    any = role_mark(c, text::trim(region.substr(b, e - b)), &open) != nullptr;
    b = e + 1;
  }
  if (!any) return false;
  // Names read as authors since the last role mark: a plural mark ("(writers)") takes them.
  std::size_t unmarked = 0;
  for (std::size_t b = 0; b < region.size();) {
    std::size_t e = region.find(';', b);
    if (e == npos) e = region.size();
    std::string_view piece = text::trim(region.substr(b, e - b));
    b = e + 1;
    Variable role = Variable::author;
    std::size_t open = 0;
    const NameRole* mark = role_mark(c, piece, &open);
    if (mark) {
      role = mark->role;
      piece = text::trim_chars(piece.substr(0, open), " ,");
    }
    NameList names;
    if (piece.empty() || !parse_name_list(piece, c.lex, names)) continue;
    const std::span<const Name> had = c.ref.names(role);
    std::vector<Name> merged(had.begin(), had.end());
    if (mark && mark->plural && unmarked > 0 && role != Variable::author) {
      const std::span<const Name> authors = c.ref.names(Variable::author);
      merged.insert(merged.end(), authors.end() - static_cast<std::ptrdiff_t>(unmarked), authors.end());
      c.ref.set_names(Variable::author, std::vector<Name>(authors.begin(), authors.end() - static_cast<std::ptrdiff_t>(unmarked)));
    }
    unmarked = mark ? 0 : unmarked + names.names.size();
    for (Name& n : names.names) merged.push_back(std::move(n));
    c.ref.set_names(role, std::move(merged));
    if (names.et_al) c.ref.et_al = true;
  }
  return any;
}

void take_authors(ParseContext& c, std::size_t b, std::size_t e) {
  std::string_view region = text::trim_chars(c.view(b, e), " :");
  if (region.empty()) return;
  // cite tweet, "Persson, Markus [@notch]": one account, its user's name and handle, kept
  // whole as one literal (as the corpus keeps "RIT Womens Hockey [@RITWHKY]"), not two people.
  if (region.size() > 4 && region.back() == ']' && region.find(';') == npos)
    if (const std::size_t open = region.rfind(" [@"); open != npos && region.find(' ', open + 1) == npos) {
      c.ref.set_names(Variable::author, {literal_name(std::string(region))});
      c.mark(b, e);
      return;
    }
  if (take_people_with_roles(c, region)) {
    c.mark(b, e);
    return;
  }
  NameList names;
  if (!parse_name_list(region, c.lex, names, c.natural_order())) return;
  if (!names.names.empty()) c.ref.set_names(names.editors ? Variable::editor : Variable::author, std::move(names.names));
  if (names.et_al) c.ref.et_al = true;
  c.mark(b, e);
}

namespace {

// True when the `len` bytes at `at` end in two periods and a third follows: an ellipsis the
// element's separator cut before its last period ("poeta.." + ". Barcelona").
bool ellipsis_cut(std::string_view t, std::size_t at, std::size_t len) {
  const std::size_t end = at + len;
  return len >= 3 && t[end - 1] == '.' && t[end - 2] == '.' && t[end - 3] != '.' && end < t.size() && t[end] == '.' &&
         (end + 1 == t.size() || t[end + 1] == ' ');
}

}  // namespace

void set_title(ParseContext& c, std::size_t b, std::size_t e, TitleKind kind) {
  std::string_view s = text::trim(c.view(b, e));
  while (kind == TitleKind::plain && !s.empty() && (s.back() == ',' || s.back() == ':' || s.back() == ';'))
    s = text::trim(s.substr(0, s.size() - 1));
  // Chicago puts the comma after a title inside its quotes ("The Rivers of Asia," Journal):
  // punctuation, not the title's (a period there may be the title's own: "Saga..").
  if (kind == TitleKind::quoted && !s.empty() && s.back() == ',') s = text::trim(s.substr(0, s.size() - 1));
  std::size_t mark_end = e;
  if (kind == TitleKind::plain && ellipsis_cut(c.t, c.offset(s), s.size())) {
    // "Adiós, poeta... Barcelona:": the separator's period is the ellipsis's last; the title
    // keeps all three (CS1 adds no period after a title that ends in one).
    s = c.view(c.offset(s), c.offset(s) + s.size() + 1);
    mark_end = std::max(e, c.offset(s) + s.size());
  } else if (!s.empty() && s.back() == '.' && kind == TitleKind::plain && !s.ends_with("...") && !periods_before_comma(c.t, s)) {
    std::size_t w = s.size() - 1;
    while (w > 0 && !text::space_len_at(s, w - 1)) --w;
    const std::size_t at = c.offset(s);
    if ((!c.lex.is_abbreviation(s.substr(w, s.size() - 1 - w)) || letter_before_imprint(c.t, at + w, at + s.size() - 1) ||
         letter_after_spaced_dash(c.t, at + w, at + s.size() - 1)) &&
        !doubled_plural_pair(c.t, at + w, at + s.size() - 1))
      s = s.substr(0, s.size() - 1);
  }
  if (s.empty()) return;
  // GOST "Гидрология Волги : дис. … канд. геогр. наук": the other title information names
  // the work's type (a thesis), kept as its genre.
  if (kind == TitleKind::plain)
    if (const std::size_t colon = s.find(" : "); colon != npos && colon > 0)
      if (const WordMatch m = c.lex.type_labels.match(s, colon + 3)) {
        if (const TypeLabel* label = c.lex.type_label(s.substr(colon + 3, m.length)); label && label->sets_type) {
          c.ref.set(Variable::genre, std::string(s.substr(colon + 3)));
          c.ref.type = label->type;
          c.type_label = true;
          s = text::trim(s.substr(0, colon));
        }
      }
  c.title_kind = kind;
  c.title_begin = c.offset(s);
  c.title_end = c.title_begin + s.size();
  c.ref.set(Variable::title, std::string(s));
  c.mark(b, mark_end);
}

std::size_t skip_spaces(std::string_view t, std::size_t i) {
  while (i < t.size() && t[i] == ' ') ++i;
  return i;
}

namespace {

// de "Johann Wolfgang von Goethe:", "Carl Friedrich von Weizsäcker:": three given and family
// words with a particle inside are one person before the colon (natural names stop at three
// words so that titles of four capitalised words stay titles; the particle is the evidence).
bool particle_natural_name(const Lexicon& lex, std::string_view who) {
  if (who.size() > 60 || who.find(',') != npos || text::count_words(who) != 4) return false;
  for (std::size_t i = 1; i < who.size(); ++i) {
    if (!text::at_word_start(who, i)) continue;
    const WordMatch m = lex.name_particles.match(who, i);
    if (!m || i + m.length >= who.size() || who[i + m.length] != ' ') continue;
    std::string rest(who.substr(0, i));
    rest += who.substr(i + m.length + 1);
    return name_shape(rest, lex) == NameShape::natural;
  }
  return false;
}

// de "Ashish Vaswani u. a.:", "Ashish Vaswani et al.:": people in natural order and the
// edition's "and others" before the colon.
bool natural_names_et_al(const Lexicon& lex, std::string_view who) {
  if (who.size() > 80) return false;
  for (std::size_t i = who.find(' '); i != npos; i = who.find(' ', i + 1))
    if (lex.et_al.whole(who.substr(i + 1))) return natural_names(lex, text::trim(who.substr(0, i)));
  return false;
}


// "Tolstoy, Leo (2010). Jones, Mary (ed.). War and Peace (PDF).": CS1 prints a book's editors
// between the date and the title when there is no chapter; before a title with tags (the title
// runs to its first tag) they are read here, as read_head reads them before a plain title.
// Returns where the title starts.
std::size_t editors_before_tagged_title(ParseContext& c, std::size_t s0, std::size_t tag) {
  const std::string_view head = c.view(s0, tag);
  // CS1 ". " or CS2 ", " after the mark's bracket
  const std::size_t p = head.find(c.mode == SepMode::comma ? "), " : "). ");
  if (p == std::string_view::npos) return s0;
  NameList names;
  if (!parse_name_list(head.substr(0, p + 1), c.lex, names) || !names.editors || names.names.empty()) return s0;
  c.ref.set_names(Variable::editor, std::move(names.names));
  if (names.et_al) c.ref.et_al = true;
  c.mark(s0, s0 + p + 1);
  return skip_spaces(c.t, s0 + p + 2);
}

// de "Karl Schmidt, Johann Wolfgang von Goethe:", "Johann Wolfgang von Goethe u. a.:": people
// in natural order, one at least with a particle before the family name.
bool natural_names_with_particles(const Lexicon& lex, std::string_view who) {
  if (who.size() > 80) return false;
  for (std::size_t i = who.find(' '); i != npos; i = who.find(' ', i + 1))
    if (lex.et_al.whole(who.substr(i + 1))) {
      who = text::trim(who.substr(0, i));
      break;
    }
  bool particle = false;
  for (std::size_t b = 0;;) {
    const std::size_t e = who.find(", ", b);
    const std::string_view piece = text::trim(who.substr(b, e == npos ? npos : e - b));
    const bool with_particle = particle_natural_name(lex, piece);
    if (!with_particle && name_shape(piece, lex) != NameShape::natural) return false;
    particle = particle || with_particle;
    if (e == npos) break;
    b = e + 2;
  }
  return particle;
}

}  // namespace

void read_head(ParseContext& c) {
  const std::string_view t = c.t;
  Reference& r = c.ref;
  // The year of an English report in round brackets ("(1765) 19 St Tr 1030") reads as the date
  // after the authors; the case's own shape is tried first.
  if (c.anchor == npos && bracket_case_head(c, c.start)) return;
  if (c.date_begin == npos && (patent_head(c, c.start) || court_case_head(c, c.start))) return;
  // No quoted or italic title: those are the templates' works, never a bare classical citation.
  if (c.date_begin == npos && c.anchor == npos && (classical_head(c, c.start) || standard_head(c, c.start))) return;
  // Its year in brackets after the volume reads as a date after the authors.
  if (c.anchor == npos && untitled_article_head(c, c.start)) return;
  if (c.date_begin != npos) {
    take_authors(c, c.start, c.date_begin);
    r.set_date(Variable::issued, written_date(t.substr(c.date_begin + 1, c.date_end - c.date_begin - 2)));
    c.mark(c.date_begin, c.date_end);
    c.date_paren = true;
    if (c.orig_begin != npos) {
      std::size_t oend = 0;
      Date orig;
      if (original_date_group(t, c.orig_begin, &oend, &orig)) r.set_date(Variable::original_date, orig);
      c.mark(c.orig_begin, c.orig_end);
    }
    const std::size_t after = skip_spaces(t, std::max(c.date_end, c.orig_end));
    if (after < t.size() && (t[after] == '.' || t[after] == ',')) {
      c.cs1_shape = true;
      if (t[after] == ',') c.mode = SepMode::comma;
    }
  }
  if (c.editors_begin != npos) {
    NameList names;
    if (parse_name_list(c.view(c.editors_begin, c.editors_end), c.lex, names) && !names.names.empty()) {
      r.set_names(Variable::editor, std::move(names.names));
      if (names.et_al) r.et_al = true;
      c.mark(c.date_end, c.anchor);
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
    if (kind == TitleKind::quoted) script_title_after_quotes(c);
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
        // Harvard's "(2001) 'Chapter', in Jones, K. (ed.) The Book." goes on with the book.
        const WordMatch in = c.lex.editor_in.match(rest, 0);
        const bool book_follows = in && in.length < rest.size() && rest[in.length] == ' ' && text::starts_upper(rest.substr(in.length + 1));
        if (clean && !rest.empty() && text::starts_lower(rest) && !book_follows) {
          r.comment = std::string(rest);
          c.mark(after, t.size());
        }
      }
      if (c.date_begin == npos || t[after] == ',') c.mode = t[after] == ',' ? SepMode::comma : SepMode::period;
    } else if (!c.date_paren || !c.cs1_shape) {
      c.mode = mode_after(c, c.anchor_end);
    }
    if (kind != TitleKind::quoted && !c.date_paren && chicago_imprint_after_title(c)) return;
    if (kind == TitleKind::quoted && !c.date_paren && chicago_chapter_after_title(c)) return;
    read_title_tags(c);
    return;
  }

  // No quoted, italic or linked title.
  std::size_t s0 = c.date_begin != npos ? std::max(c.date_end, c.orig_end) : c.start;
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

  // "AA. VV., Titolo, Milano", "VV. AA. Título.": a collective author first, as free text and
  // the it templates print it (its letters are no initials, no ABNT organisation).
  if (!c.date_paren && s0 == c.start)
    if (const WordMatch m = c.lex.collective_authors.match(t, s0)) {
      std::size_t e = s0 + m.length;
      if (e < t.size() && t[e] == '.') ++e;
      if (e < t.size() && (t[e] == ',' || t[e] == ':')) ++e;
      if (e == t.size() || text::space_len_at(t, e)) {
        take_authors(c, s0, e);
        c.mark(s0, e);
        s0 = skip_spaces(t, e);
      }
    }
  // NLM/ICMJE hand-written references, "Smith J, Jones K, et al. Title. Journal. 2005;12(3):45-67.":
  // the period after the last initials (which reads as an initial's) ends the names.
  if (!c.date_paren && s0 == c.start)
    if (const std::size_t n = leading_nlm_names(c.view(s0, t.size()), c.lex)) {
      // The list's period is no initial's, except the one of "et al.".
      const bool et_al_end = c.view(s0, s0 + n).ends_with("al.");
      take_authors(c, s0, s0 + n - (et_al_end ? 0 : 1));
      c.mark(s0, s0 + n);
      s0 = skip_spaces(t, s0 + n);
    }
  // "World Health Organization. Title. Geneva: WHO; 2016.": an organisation as NLM's author.
  if (!c.date_paren && s0 == c.start)
    if (const std::size_t n = leading_nlm_organisation(c.view(s0, t.size()), c.lex)) {
      r.set_names(Variable::author, {literal_name(std::string(c.view(s0, s0 + n - 1)))});
      c.mark(s0, s0 + n);
      s0 = skip_spaces(t, s0 + n);
    }
  if (!c.date_paren && s0 == c.start) {
    std::size_t names_end = 0;
    if (const std::size_t title = leading_abnt_names(c.view(s0, t.size()), c.lex, &names_end)) {
      take_authors(c, s0, s0 + names_end);
      c.mark(s0, s0 + title);
      s0 += title;
    } else if (Name person; const std::size_t n = c.anchor == npos ? leading_family_given_in_brackets(c.view(s0, t.size()), c.lex, &person) : 0) {
      r.set_names(Variable::author, {std::move(person)});
      c.mark(s0, s0 + n + 1);
      s0 = skip_spaces(t, s0 + n + 1);
    } else if (const std::size_t org = leading_abnt_organisation(c.view(s0, t.size()), c.lex)) {
      r.set_names(Variable::author, {literal_name(std::string(text::trim_chars(c.view(s0, s0 + org), " .")))});
      c.mark(s0, s0 + org);
      s0 += org;
    }
  }
  if (!c.date_paren && s0 == c.start) {
    const ReaderLanguage* style = c.lex.style_of(t);
    if (!style && c.edition && c.edition->author_colon_title) {
      // "Ashish Vaswani et al.: Title. 2017, arXiv:…" in a German list, with no marker of
      // the style: people and the edition's "and others" before a colon are its evidence.
      const std::size_t colon = t.substr(0, s0 + 82).find(": ", s0);
      if (colon != npos && natural_names_et_al(c.lex, c.view(s0, colon))) style = c.edition;
    }
    if (style && style->author_colon_title) {
      // "Hans Müller: Ein Titel. In: Die Zeit." — names, a colon, the title.
      const std::size_t colon = t.find(": ", s0);
      // "Titel. (PDF) In: Werk.": the colon of "In:" follows no author.
      std::size_t word = colon;
      while (word != npos && word > s0 && t[word - 1] != ' ') --word;
      const bool in_marker = colon != npos && c.lex.editor_in.whole(t.substr(word, colon + 1 - word));
      if (colon != npos && colon - s0 <= 80 && !in_marker) {
        const std::string_view who = c.view(s0, colon);
        NameList names;
        if (natural_names(c.lex, who) || name_shape(who, c.lex) == NameShape::inverted || particle_natural_name(c.lex, who) ||
            natural_names_et_al(c.lex, who) || natural_names_with_particles(c.lex, who) ||
            (who.find(';') != npos && parse_name_list(who, c.lex, names)) ||
            (who.back() == ')' && parse_name_list(who, c.lex, names) && names.editors)) {  // "Hans Weber (Hrsg.):"
          take_authors(c, s0, colon + 1);
          c.colon_author = true;
          s0 = skip_spaces(t, colon + 1);
          // The style separates its elements with periods and keeps commas inside them
          // ("In: Werk. Band 22, Nr. 6, 1976, S. 644–654, doi:…"); the commas of a list of
          // authors and of the details group outnumber the periods but separate nothing.
          c.mode = SepMode::period;
        }
      }
    } else if (dash_separator(t, 0) != npos || t.find("//") != npos) {
      // "Иванов И. И. Название книги. — М.: Наука": a name with initials, then the title.
      if (const std::size_t n = leading_vancouver_names(c.view(s0, t.size()), c.lex)) {
        take_authors(c, s0, s0 + n);
        s0 = skip_spaces(t, s0 + n);
      }
      if (statement_of_responsibility(c, s0)) return;
      if (gost_title_area(c, s0)) return;
      // "История Москвы. — СПб.: Музыка, 1803.": GOST never prints a heading without its
      // title, so one element alone before the first area separator, with no author read, is
      // the title (two capitalised words read as a person in natural order otherwise).
      if (s0 == c.start) {
        const std::size_t area = area_separator(t, s0);
        if (area != npos && area > s0 + 1 && t[area - 1] == '.') {
          const std::string_view title = text::trim(c.view(s0, area - 1));
          // Tags ("(англ.)", "[Электронный ресурс]") and GOST's marks are left to the ordinary reading.
          bool plain = !title.empty() && title.find_first_of("([:") == npos && title.find(" // ") == npos && title.find(" / ") == npos;
          for (std::size_t i = s0; i + 1 < area && plain; ++i)
            plain = !c.used[i] && !(t[i] == '.' && is_period_separator(t, i, c.lex));
          if (plain) {
            set_title(c, s0, area - 1, TitleKind::plain);
            c.mode = SepMode::period;
            c.rest_begin = area - 1;
            return;
          }
        }
      }
    } else if (const std::size_t n = initial_early(c.view(s0, t.size())) ? leading_vancouver_names(c.view(s0, t.size()), c.lex) : 0;
               n > 0) {
      // ru cite web: "Иванов И. И. Заголовок статьи. Коммерсантъ (12 марта 2014).": the
      // initials' period is the author's separator. Two initials at least: "Vitamin D. Fact
      // sheet." is a title.
      const std::string_view first = c.view(s0, s0 + n).substr(0, c.view(s0, s0 + n).find(','));
      const std::size_t after = skip_spaces(t, s0 + n);
      // Two people ("Todeschini R., Consonni V. Handbook …") are no title either.
      const bool two = first.size() < n && c.view(s0, s0 + n).find(", ") != npos;
      // ru cite news, "Иванов И. Путин подписал закон, Коммерсантъ (12 марта 2014).": one
      // Cyrillic initial after a Cyrillic family name is a name too (no Latin word such as
      // "Vitamin D." reads so).
      bool cyrillic = false;
      if (const std::size_t sp = first.find(' '); sp != npos && first.size() >= 3 && first.back() == '.') {
        const text::CodePoint f = text::decode(first, 0);
        const text::CodePoint l = text::decode(first, text::prev_start(first, first.size() - 1));
        cyrillic = f.cp >= 0x0400 && f.cp <= 0x04FF && l.cp >= 0x0400 && l.cp <= 0x04FF;
      }
      // it "Thomas J. R. Hughes, The Finite Element Method, Mineola, …": one capitalised word
      // and a comma after the initials finish a name in natural order, in a list whose
      // elements commas separate (a title after Vancouver's initials ends at a period, "Smith
      // J. R. Docker, containers. The Register"). Cyrillic names keep GOST's order.
      std::size_t w = after;
      while (w < t.size() && t[w] != ' ' && t[w] != ',' && t[w] != '.') ++w;
      const bool family_follows = c.mode == SepMode::comma && w > after && w + 1 < t.size() && t[w] == ',' && t[w + 1] == ' ' && !two &&
                                  !non_latin_letter(text::decode(t, s0).cp) &&
                                  c.view(after, w).find_first_of("0123456789()[]\"\u00ab:;/&") == npos;
      if ((std::count(first.begin(), first.end(), '.') >= 2 || two || cyrillic) && !family_follows && after < t.size() &&
          text::starts_upper(t.substr(after))) {
        take_authors(c, s0, s0 + n);
        s0 = after;
      }
    }
  }

  if (!c.date_paren && s0 == c.start && !c.phrases && chicago_note(c, s0)) return;
  // ru "Fielding R. RFC 9110. HTTP Semantics (англ.). — IETF, 2022.": a designation read as an
  // identifier before the title (GOST prints a document's number first); its tags follow
  // the title after it. ru's web citation prints it so too, without GOST's dashes:
  // "Fielding R. RFC 7230. Hypertext … (англ.). IETF (июнь 2014). Дата обращения: …".
  if (s0 < t.size() && c.used[s0]) {
    std::size_t tf = s0;
    while (tf < t.size() && tf < s0 + 40 && c.used[tf]) ++tf;
    while (tf < t.size() && !c.used[tf] && (t[tf] == '.' || t[tf] == ' ')) ++tf;
    if (tf > s0 && tf < t.size() && !c.used[tf] && tf - s0 < 40 && find_title_tag(c, tf) != npos) s0 = tf;
  }
  if (const std::size_t tag = find_title_tag(c, s0); tag != npos) {
    std::size_t tb = s0;
    if (!c.date_paren) {
      if (const std::size_t n = author_prefix(c, s0, tag)) {
        take_authors(c, s0, s0 + n);
        tb = s0 + n;
      }
    } else if (!c.ref.has(Variable::editor)) {
      tb = editors_before_tagged_title(c, s0, tag);
    }
    set_title(c, tb, series_volume_before_tag(c, tb, tag), TitleKind::plain);
    c.cs1_shape = true;
    c.rest_begin = tag;
    read_title_tags(c);
    return;
  }

  split_segments(t, s0, t.size(), c.used, c.mode, c.lex, c.segments, &c.protect, c.dotted_days());
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
  // "Tolstoy, Leo (2010). Jones, Mary (ed.). War and Peace.": CS1 prints a book's editors
  // between the date and the title when there is no chapter.
  if (c.date_paren && k + 1 < segs.size() && !segs[k].after_dash) {
    const std::string_view seg = c.view(segs[k].begin, segs[k].end);
    NameList names;
    if (seg.size() > 0 && seg.back() == ')' && parse_name_list(seg, c.lex, names) && names.editors && !names.names.empty()) {
      r.set_names(Variable::editor, std::move(names.names));
      if (names.et_al) r.et_al = true;
      c.mark(segs[k].begin, segs[k].end);
      ++k;
    }
  }
  // CS2 "Shakespeare, William (1997), Bate, Jonathan (ed.), Titus Andronicus, London": its
  // commas cut the editors into elements; they run to the element that ends with the mark.
  if (c.date_paren && c.mode == SepMode::comma && !r.has(Variable::editor)) {
    for (std::size_t j = k; j < segs.size() && j < k + 8; ++j) {
      if (segs[j].after_dash) break;
      const std::string_view seg = c.view(segs[j].begin, segs[j].end);
      if (seg.empty() || seg.back() != ')') continue;
      NameList names;
      if (j > k && j + 1 < segs.size() && parse_name_list(c.view(segs[k].begin, segs[j].end), c.lex, names) && names.editors &&
          !names.names.empty()) {
        r.set_names(Variable::editor, std::move(names.names));
        if (names.et_al) r.et_al = true;
        c.mark(segs[k].begin, segs[j].end);
        k = j + 1;
      }
      break;
    }
  }
  // A date or a "— …" element is no title ("Tsai T. https://… — 2019.").
  // pt "Gomes, Laurentino (2007). 1808. São Paulo: Planeta.": after CS1's date in brackets a
  // bare year followed by more elements is the title (the template prints the date once).
  const auto year_title = [&](std::size_t i) {
    const std::string_view v = c.view(segs[i].begin, segs[i].end);
    return c.date_paren && c.cs1_shape && i == 0 && i + 1 < segs.size() && v.size() == 4 && text::all_digits(v) &&
           !segs[i + 1].after_dash && !parse_date(c.view(segs[i + 1].begin, segs[i + 1].end)).has_parts();
  };
  if (k < segs.size() && (segs[k].after_dash || (parse_date(c.view(segs[k].begin, segs[k].end)).has_parts() && !year_title(k))))
    k = segs.size();
  if (k < segs.size()) {
    std::size_t te = title_end_before_journal(c, segs[k].begin, segs[k].end);
    std::size_t last = k;
    const std::size_t rest = k > 0 && c.names_natural ? lowercase_part_then_subtitle(c, segs, k) : 0;
    if (rest) last = rest;
    else if (headline_comma(c, segs, k) || subtitle_after_period(c, segs, k) || headword_comma(c, segs, k)) last = k + 1;
    else if (const std::size_t part = numbered_part_after_period(c, segs, k)) last = part;
    else if (k > 0 && c.names_natural)
      if (const std::size_t sub = lone_words_then_subtitle(c, segs, k)) last = sub;
    last += lowercase_title_parts(c, segs, last);
    last += capitalised_part_before_work(c, segs, last);
    if (last > k) te = segs[last].end;
    // "Статья // Журнал": Russian bibliographic style names the container after "//".
    std::size_t sl = c.view(segs[k].begin, te).find(" // ");
    // "Волга — великая русская река // Вопросы географии.": a dash inside the title (no
    // period before it) split it; the title runs to the " // ".
    if (sl == npos && k + 1 < segs.size() && segs[k + 1].after_dash && t[segs[k].end - 1] != '.') {
      const std::size_t area = t.find(". \u2014 ", segs[k].begin);
      if (const std::size_t p = t.find(" // ", segs[k].end); p < area) {
        bool clean = true;
        for (std::size_t i = segs[k].begin; i < p && clean; ++i) clean = !c.used[i];
        if (clean) {
          te = std::min(t.size(), p + 4);
          sl = p - segs[k].begin;
        }
      }
    }
    // "Москва — Петушки. — М.: Наука": a dash between words inside a GOST title; the title
    // runs to the area separator ". — " (a dash after a tag or before a date is none).
    if (sl == npos && k + 1 < segs.size() && segs[k + 1].after_dash && text::is_letter_cp(text::decode(t, text::prev_start(t, segs[k].end)).cp) &&
        text::is_letter_cp(text::decode(t, segs[k + 1].begin).cp) && !parse_date(c.view(segs[k + 1].begin, segs[k + 1].end)).has_parts()) {
      const std::size_t area = t.find(". \u2014 ", segs[k].end);
      bool clean = area != npos && area >= segs[k + 1].end && t.find(" // ", segs[k].end) == npos;
      for (std::size_t i = segs[k].begin; i < area && clean; ++i) clean = !c.used[i];
      if (clean) te = area;
    }
    if (sl != npos) {
      // The container runs to the next ". — ": "// Известия вузов. Математика. — 2010.",
      // "// Знание — сила. — 2010."
      std::size_t cend = te;
      if (const std::size_t dash = area_separator(t, te); dash != npos) {
        bool clean = true;
        for (std::size_t i = te; i < dash && clean; ++i) clean = !c.used[i];
        if (clean) cend = dash;
      }
      const std::string_view cont = text::trim_chars(c.view(segs[k].begin + sl + 4, cend), " .");
      if (!cont.empty()) r.set(Variable::container_title, std::string(cont));
      c.mark(segs[k].begin + sl, cend);
      te = segs[k].begin + sl;
    }
    te = edition_after_title(c, segs[k].begin, te);
    set_title(c, segs[k].begin, te, TitleKind::plain);
    c.rest_begin = te;
    read_title_tags(c);
  }
}

}  // namespace citelib::list

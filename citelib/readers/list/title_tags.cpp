// What ends a standalone title and follows it: "[translated title]", "(PDF)", "(in Spanish)",
// "(Report)", "(2nd ed.)", an edition after the title, a journal the title ran into.
#include "readers/list/head_steps.hpp"
#include "readers/list/lexicon.hpp"
#include "readers/list/locators.hpp"
#include "readers/list/names.hpp"
#include "readers/list/parse_context.hpp"
#include "readers/list/quotes.hpp"
#include "readers/list/segments.hpp"

#include "core/text.hpp"
#include "model/date_scan.hpp"

#include <algorithm>
#include <array>

namespace citelib::list {

namespace {

constexpr std::size_t npos = std::string_view::npos;

// "s.n.", "S.l.", "s.d.": letters each followed by a period, nothing else.
bool initials_only(std::string_view s) {
  if (s.size() < 2) return false;
  for (std::size_t i = 0; i < s.size(); i += 2)
    if (!text::is_ascii_alpha(s[i]) || i + 1 >= s.size() || s[i + 1] != '.') return false;
  return true;
}

// True when the text before `open` (back to the start of its element: `from`, or the last
// ". " or ", ") is a date by itself.
bool date_stands_before(std::string_view t, std::size_t from, std::size_t open) {
  std::size_t b = from;
  for (std::size_t k = open; k > from + 1; --k) {
    if ((t[k - 2] == '.' || t[k - 2] == ',') && t[k - 1] == ' ') {
      b = k;
      break;
    }
  }
  return parse_date(text::trim(t.substr(b, open - b))).has_parts();
}

// "(Preliminary Report)", "(Senior Thesis)": CS1 |type= is free text; a few capitalised words
// that end in a label naming a report or a thesis are one, printed where the tags go.
bool free_type_label(const Lexicon& lex, std::string_view content) {
  const std::size_t sp = content.rfind(' ');
  if (sp == npos || content.size() > 48 || !text::starts_upper(content) || content.find_first_of("()[],;:") != npos)
    return false;
  const TypeLabel* label = lex.type_label(content.substr(sp + 1));
  return label != nullptr && label->sets_type;
}

// APA's "(Version 2.1)" after a software or data set's title (CS1 |version= written out):
// the version label, a space and one token that starts with a digit. Returns the token.
std::string_view version_tag(const Lexicon& lex, std::string_view content) {
  const WordMatch vm = lex.version_labels.match(content, 0);
  if (!vm || vm.length + 1 >= content.size() || content[vm.length] != ' ' || !text::is_ascii_digit(content[vm.length + 1]) ||
      content.find(' ', vm.length + 1) != npos)
    return {};
  return content.substr(vm.length + 1);
}

}  // namespace

// First title tag ("[…]" translated title, "(PDF)", "(in Spanish)", "(Report)", "(2nd ed.)")
// in [from, end of text), stopping at text already placed.
// ". 2018 [cited 2020 Mar 3];44(2):145-52", ". 2018;44(2)": after a bracket, NLM's year of a
// journal (an optional bracket of its own) and a semicolon before the volume's digit.
bool nlm_journal_after(std::string_view t, std::size_t g) {
  if (t.compare(g, 2, ". ") != 0 || g + 6 >= t.size()) return false;
  std::size_t i = g + 2;
  for (std::size_t k = 0; k < 4; ++k)
    if (!text::is_ascii_digit(t[i + k])) return false;
  // Looked for within 48 bytes only: a long line of tags stays linear.
  const std::size_t semi = t.substr(i + 4, 44).find(';');
  if (semi == npos) return false;
  const std::size_t at = i + 4 + semi;
  return at + 1 < t.size() && text::is_ascii_digit(t[at + 1]);
}

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
      // "Cass Series on the Soviet (Russian) Study of War", "The JavaScript Object Notation
      // (JSON) Data Interchange Format": a bare language or format name that the title's words
      // go on after is the title's own (CS1 puts a tag before a tag, a separator or the end).
      if (content.find(' ') == npos && (c.lex.language_tag(content) || c.lex.is_format(content))) {
        const std::size_t after = skip_spaces(t, g);
        // ru {{MathWorld}} "Title (англ.) на сайте Wolfram MathWorld.": a site marker after
        // the tag, no separator between; the tag ends the title.
        if (after > g && after < t.size() && !c.used[after] && text::is_letter_cp(text::decode(t, after).cp) &&
            !(text::starts_lower(t.substr(after)) && c.lex.site_markers.match(t, after))) {
          i = g - 1;
          continue;
        }
      }
      // "Notre-Dame de Paris. Paris: Éditions X. (in French)": a tag standing alone at the end,
      // after a period, tags the whole reference; the title does not run up to it. So does a
      // format, "Annual Report 2019. Geneva: WHO. (PDF)" (the link's, read as the medium).
      if (i >= from + 2 && t[i - 1] == ' ' && t[i - 2] == '.' && separators_only(t.substr(g)) &&
          (c.lex.language_tag(content) || c.lex.language_tag_prefix(content) || c.lex.is_format(content)))
        return npos;
      // de "Autor: Titel. In: Zeitschrift. Band 22, Nr. 6, 1976, S. 644–654 (englisch).": after
      // an author's colon the style prints the language last, after the last element; a
      // language closing the reference after a sentence of its own tags the reference, not
      // the title. (Scanned once: only for the last group.)
      if (c.colon_author && separators_only(t.substr(g)) && c.lex.language_tag(content)) {
        bool sentence = false;
        for (std::size_t j = from; j < i && !sentence; ++j) sentence = t[j] == '.' && is_period_separator(t, j, c.lex);
        if (sentence) return npos;
      }
      if (is_title_tag_content(c.lex, content)) return i;
      // "Climate data portal (Version 2.1) [Computer software].": before APA's description
      // or the title's end.
      if (!version_tag(c.lex, content).empty()) {
        const std::size_t after = skip_spaces(t, g);
        if (after >= t.size() || t[after] == '[' || t[after] == '.' || t[after] == '(') return i;
      }
      if (free_type_label(c.lex, content) && (g >= t.size() || t[g] == '.' || t[skip_spaces(t, g)] == '('))
        return i;
      i = g - 1;
      continue;
    }
    // GOST "История Казани [Электронный ресурс] // Ведомости": a medium designation.
    if (c.lex.is_format(content)) {
      // NLM "Title. J Bras Pneumol [Internet]. 2018 [cited 2020 Mar 3];44(2):145-52": before a
      // year and a volume after a semicolon the designation is the journal's, and the title
      // ends at the period before the journal.
      if (nlm_journal_after(t, g)) {
        i = g - 1;
        continue;
      }
      return i;
    }
    // "1860 [1859]": an original date after the date, no translated title. The number before
    // it must be a date of its own, not the end of a title ("Bukhan 1945 [North Korea
    // relations 1945]" is a title and its translation).
    std::size_t oend = 0;
    Date orig;
    if (i > from + 1 && text::is_ascii_digit(t[i - 2]) && date_stands_before(t, from, i) &&
        original_date_group(t, i, &oend, &orig)) {
      i = g - 1;
      continue;
    }
    // "[Translated title]": after a space, followed by a tag, a separator or the end. Not
    // "[s.n.]" or "[S.l.]" (no publisher, no place: ABNT), which are initials only.
    const std::size_t after = skip_spaces(t, g);
    if (t[i - 1] == ' ' && text::has_alnum(content) && !initials_only(content) &&
        (after >= t.size() || t[after] == '(' || t[after] == '.' || t[after] == ',' || c.used[after]))
      return i;
    i = g - 1;
  }
  return npos;
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

// "Fundamental Algorithms. The Art of Computer Programming. Vol. 1 (3rd ed.)": a book of a
// series, the volume last, before the tags (grammar §5 "Series name. Vol. 7."). Sets the
// volume and the series and returns the end of the title; `e` when the text has no such tail.
namespace {

// The words that name a book series in English ("Graduate Texts in Mathematics", "Springer
// Series in Computational Mathematics", "Lecture Notes in Physics", "Cambridge Studies in
// Advanced Mathematics", "Oxford Handbooks", "Library of Congress", "Monographs on …").
constexpr std::string_view kSeriesNouns[] = {"Series", "Texts", "Notes", "Studies", "Monographs", "Handbooks",
                                             "Lectures", "Library", "Tracts", "Textbooks"};

// CS1 prints a book's edition after its series when no volume stands between: "Numerical
// Optimization. Springer Series in Operations Research and Financial Engineering (2nd ed.).
// New York: Springer." The last sentence before the edition tag is the series when it is a
// name (capitalised words, no digit or colon) holding a series noun; a subtitle after a
// period ("Numerical Recipes. The Art of Scientific Computing (3rd ed.)") stays the title's.
std::size_t series_before_edition(ParseContext& c, std::size_t b, std::size_t e) {
  const std::string_view t = c.t;
  if (e >= t.size() || t[e] != '(') return e;
  const std::size_t g = group_end(t, e);
  if (g == npos || !c.lex.edition(t.substr(e + 1, g - e - 2))) return e;
  const std::string_view s = c.view(b, e);
  std::size_t cut = npos;
  for (std::size_t i = s.size(); i-- > 1;)
    if (is_period_separator(s, i, c.lex) || (c.mode == SepMode::comma && s[i] == ',' && i + 1 < s.size() && s[i + 1] == ' ')) {
      cut = i;  // CS2 "Title, Lecture Notes in Computer Science (Second ed.), Publisher"
      break;
    }
  if (cut == npos) return e;
  const std::string_view series = text::trim(s.substr(cut + 1));
  if (!series_name(series)) return e;
  c.put(Variable::collection_title, series);
  c.mark(b + cut, e);
  return b + cut;
}

}  // namespace

bool series_name(std::string_view series) {
  if (series.empty() || series.size() > 120 || !text::starts_upper(series) || series.find_first_of("0123456789:;,") != npos)
    return false;
  bool noun = false;
  for (std::size_t i = 0; i < series.size();) {
    std::size_t w = series.find(' ', i);
    if (w == npos) w = series.size();
    const std::string_view word = series.substr(i, w - i);
    for (const std::string_view n : kSeriesNouns) noun = noun || word == n;
    if (!word.empty() && text::starts_lower(word) && word.size() > 4) return false;  // a phrase, not a name
    i = w + 1;
  }
  return noun;
}

std::size_t series_volume_before_tag(ParseContext& c, std::size_t b, std::size_t e) {
  const std::string_view s = c.view(b, e);
  std::size_t vol_cut = npos;
  Locators loc;
  for (std::size_t i = s.size(); i-- > 1;) {
    // CS2 separates with commas: "The Art of Computer Programming, vol. 2 (3rd ed.)".
    const bool comma = c.mode == SepMode::comma && s[i] == ',' && i + 1 < s.size() && s[i + 1] == ' ';
    // "Why Hitler Won? Vol. 2 (2nd ed.)": CS1 prints no separator after an italic title's "?".
    const bool question = (s[i] == '?' || s[i] == '!') && i + 1 < s.size() && s[i + 1] == ' ';
    if (!comma && !question && !is_period_separator(s, i, c.lex)) continue;
    Locators l;
    const std::string_view tail = text::trim(s.substr(i + 1));
    if (parse_labeled_locators(tail, c.lex, l) && !l.volume.empty() && l.page.empty() && l.section.empty()) {
      vol_cut = question ? i + 1 : i;
      loc = l;
      if (question) break;
    } else if (std::string_view vol, vol_title; volume_and_title(tail, c.lex, vol, vol_title)) {
      // "The Art of Computer Programming. Vol. 1: Fundamental Algorithms (3rd ed.)".
      c.put(Variable::volume, vol);
      c.put(Variable::volume_title, vol_title);
      // "Why Korea won? Vol. 3: Seminumerical Algorithms (2nd ed.)": the "?" stays the title's.
      const std::size_t cut = question ? i + 1 : i;
      c.mark(b + cut, e);
      return b + cut;
    }
    break;
  }
  if (vol_cut == npos) return series_before_edition(c, b, e);
  std::size_t title_end = vol_cut;
  // CS2 "Why Git failed?, Texts in Applied Mathematics, vol. 6 (3rd ed.)": the element before
  // the volume is the series when it is a series' name (the title may hold commas).
  if (c.mode == SepMode::comma && s[vol_cut] == ',' && vol_cut > 2)
    if (const std::size_t comma = s.rfind(", ", vol_cut - 1); comma != npos && comma > 0) {
      const std::string_view series = text::trim(s.substr(comma + 2, vol_cut - comma - 2));
      if (series_name(series)) {
        c.put(Variable::collection_title, series);
        title_end = comma;
      }
    }
  for (std::size_t i = 1; i < vol_cut && s[vol_cut] == '.'; ++i) {
    if (!is_period_separator(s, i, c.lex)) continue;
    const std::string_view series = text::trim(s.substr(i + 1, vol_cut - i - 1));
    if (!series.empty() && text::starts_upper(series, true)) {
      c.put(Variable::collection_title, series);
      title_end = i;
    }
    break;
  }
  c.put(Variable::volume, loc.volume);
  if (!loc.issue.empty()) c.put(Variable::issue, loc.issue);
  c.mark(b + title_end, e);
  return b + title_end;
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
    // APA's description may follow its version: "Title (Version 2.1) [Computer software]."
    if (t[j] == '[' && r.title_translated.empty() && (!any_tag || (r.has(Variable::version) && c.used[j - 2]))) {
      const std::size_t g = group_end(t, j);
      if (g == npos) break;
      const std::string_view content = text::trim(t.substr(j + 1, g - j - 2));
      if (c.lex.is_format(content)) {
        c.put(Variable::medium, content);
        c.mark(j, g);
        i = g;
        continue;
      }
      const std::size_t after = skip_spaces(t, g);
      if (content.empty() || !(after >= t.size() || t[after] == '(' || t[after] == '.' || t[after] == ',' || c.used[after]))
        break;
      // APA describes the work in brackets, "[Paper presentation]", "[Doctoral dissertation,
      // Harvard University]" (the university after the comma): a type label, not a title.
      const std::size_t comma = content.find(", ");
      if (const TypeLabel* label = c.lex.type_label(comma == npos ? content : content.substr(0, comma))) {
        const bool university = comma != npos && label->type == ItemType::thesis && !r.has(Variable::publisher);
        r.set(Variable::genre, std::string(university ? content.substr(0, comma) : content));
        if (university) c.put(Variable::publisher, text::trim(content.substr(comma + 2)));
        if (label->sets_type && !c.type_label) {
          r.type = label->type;
          c.type_label = true;
        }
        c.mark(j, g);
        any_tag = true;
        i = g;
        continue;
      }
      r.title_translated = std::string(content);
      c.mark(j, g);
      c.cs1_shape = true;
      i = g;
      continue;
    }
    // es cita libro "The Art of Computer Programming (en inglés) 1 (3.ª edición).": the
    // volume printed bare after the title's tags, before the edition.
    if (any_tag && text::is_ascii_digit(t[j]) && !r.has(Variable::volume)) {
      std::size_t d = j;
      while (d < t.size() && d - j < 4 && text::is_ascii_digit(t[d])) ++d;
      if (t.compare(d, 2, " (") == 0 && !c.used[d + 1]) {
        const std::size_t g = group_end(t, d + 1);
        if (g != npos && c.lex.edition(text::trim(t.substr(d + 2, g - d - 3)))) {
          c.put(Variable::volume, t.substr(j, d - j));
          c.mark(j, d);
          i = d;
          continue;
        }
      }
    }
    if (t[j] != '(') break;
    const std::size_t g = group_end(t, j);
    if (g == npos) break;
    const std::string_view content = text::trim(t.substr(j + 1, g - j - 2));
    std::string_view size;
    if (c.lex.is_format(content)) {
      c.put(Variable::medium, content);
    } else if (const std::string_view v = version_tag(c.lex, content); !v.empty()) {
      c.put(Variable::version, v);
    } else if (auto fmt = c.lex.format_with_size(content, size)) {
      c.put(Variable::medium, *fmt);
      c.put(Variable::dimensions, size);
    } else if (auto lang = c.lex.language_tag(content, c.edition ? nullptr : &c.edition)) {
      c.put(Variable::language, *lang, content);
    } else if (const TypeLabel* label = c.lex.type_label(content)) {
      r.set(Variable::genre, std::string(content));
      if (label->sets_type && !c.type_label) {
        r.type = label->type;
        c.type_label = true;
      }
    } else if (auto ed = c.lex.edition(content)) {
      r.set(Variable::edition, std::string(*ed));
      c.has_edition = true;
    } else if (const std::size_t name = c.lex.language_tag_prefix(content)) {
      // "(in Klingon)": a language tag whose language no table names; the diagnostic keeps
      // the name.
      const std::size_t b = c.offset(content) + name;
      c.problems.push_back({DiagCode::language_unknown, b, c.offset(content) + content.size()});
    } else if (free_type_label(c.lex, content)) {
      // "(Preliminary Report)": the genre as printed; the type stays what the shape says, as
      // for a label after another tag.
      r.set(Variable::genre, std::string(content));
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

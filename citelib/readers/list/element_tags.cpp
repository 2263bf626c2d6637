// Parenthesised tags on an element after the title ("Medium (en inglés)", "Apple Inc. (Press
// release)", "git (Lista de grupo de correio) …"): language, format, type label, edition or
// date printed in brackets belong to the reference, not to the container or publisher they
// follow, so they are read off before the element itself is placed.
#include "readers/list/lexicon.hpp"
#include "readers/list/locators.hpp"
#include "readers/list/placer.hpp"

#include "core/text.hpp"

namespace citelib::list {

// Parenthesised tags at the end of an element: "Medium (en inglés)", "The Register
// (3 марта 2017)", "git (Lista de grupo de correio)".
std::string_view Placer::strip_end_tags(std::string_view s) {
  // zh "（英语）": a language in full-width parentheses.
  if (s.ends_with("\uFF09")) {
    const std::size_t open = s.rfind("\uFF08");
    if (open == npos) return s;
    const std::string_view content = text::trim(s.substr(open + 3, s.size() - open - 6));
    const auto lang = c.lex.language_tag(content);
    if (!lang) return s;
    c.put(Variable::language, *lang, content);
    return text::trim(s.substr(0, open));
  }
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
    if (open == 0 && !lang && !c.lex.type_label(content)) {
      // ru cite web with no site prints its date in brackets where the site's would follow
      // it, right after the title and its tag ("Title (англ.) (14 апреля 2005). Дата
      // обращения: …"): the element's whole text is the date.
      const ReaderLanguage* ed = c.edition ? c.edition : c.list_edition;
      if (ed && ed->site_after_plain_title && !r.has(Variable::issued) && !r.has(Variable::container_title) &&
          !r.has(Variable::publisher) && c.title_kind == TitleKind::plain && s.size() == content.size() + 2)
        if (const Date d = parse_date(content); d.has_parts()) {
          c.put_date(Variable::issued, d, content);
          return {};
        }
      break;
    }
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
    } else if (open > 2 && text::is_ascii_digit(s[open - 2]) && c.lex.issue_labels.match_label(s, 0) &&
               issue_with_whole_number(text::trim(s.substr(c.lex.issue_labels.match_label(s, 0).length)))) {
      // GOST "№ 7 (1045)": the running number after the issue is no year; locators read both.
      break;
    } else if (text::all_digits(content) && content.size() <= 3) {
      // "Revista Pesquisa FAPESP (217)": a magazine's issue, no year; the journal tail reads it.
      break;
    } else if (const Date d = parse_date(content); d.has_parts() && text::count_words(s.substr(0, open)) > 0) {
      // "Siglo de caudillos. Biografía política de México (1810-1910). Barcelona:": a span of
      // years after the date was read is the period a title's subtitle names, not a date.
      if (d.is_range() && d.precision() == DatePrecision::year && r.has(Variable::issued) &&
          c.title_kind == TitleKind::plain && !r.has(Variable::container_title) && !r.has(Variable::publisher))
        break;
      c.put_date(Variable::issued, d, content);
    } else if (open > 0 && c.title_kind == TitleKind::quoted && !r.has(Variable::container_title) &&
               !r.has(Variable::publisher_place) && text::count_words(content) <= 3 && place_name(content)) {
      // es/pt cite news and journal: "El País (Madrid)", "Revista Andina (Lima) 12 (3)".
      c.put(Variable::publisher_place, content);
    } else {
      break;
    }
    s = text::trim(s.substr(0, open));
  }
  return s;
}

// ABNT theses, "Dissertação (Mestrado em Arquitetura) – Universidade Federal Fluminense,
// Niterói, 2015.": a thesis label and its degree in brackets (the genre), a dash, then the
// institution (the publisher), its town and the year of the defence.
bool Placer::abnt_thesis(std::string_view s) {
  if (c.type_label || !text::starts_upper(s)) return false;
  const WordMatch m = c.lex.type_labels.match(s, 0);
  if (!m) return false;
  const TypeLabel* label = c.lex.type_label(s.substr(0, m.length));
  if (!label || !label->sets_type || label->type != ItemType::thesis) return false;
  std::size_t i = m.length;
  while (i < s.size() && s[i] == ' ') ++i;
  if (i < s.size() && s[i] == '(') {
    const std::size_t g = group_end(s, i);
    if (g == npos) return false;
    i = g;
  }
  const std::string_view genre = text::trim(s.substr(0, i));
  while (i < s.size() && s[i] == ' ') ++i;
  const std::size_t dash = i < s.size() ? text::dash_len_at(s, i) : 0;
  if (dash == 0) return false;
  std::string_view rest = text::trim(s.substr(i + dash));
  // The year last, the town before it: "Universidade de São Paulo, São Paulo, 2015".
  std::string_view year, place;
  if (const std::size_t comma = rest.rfind(", "); comma != npos && parse_date(rest.substr(comma + 2)).has_parts()) {
    year = rest.substr(comma + 2);
    rest = rest.substr(0, comma);
  }
  if (const std::size_t comma = rest.rfind(", "); comma != npos && place_name(rest.substr(comma + 2))) {
    place = rest.substr(comma + 2);
    rest = rest.substr(0, comma);
  }
  if (rest.empty() || !text::starts_upper(rest)) return false;
  set_if_empty(Variable::genre, genre);
  r.type = label->type;
  c.type_label = true;
  c.put(Variable::publisher, rest);
  if (!place.empty()) c.put(Variable::publisher_place, place);
  // The year of the defence repeats the one after the title.
  if (!year.empty()) c.put_date(Variable::issued, parse_date(year), year);
  return true;
}

// de Literatur's Hochschulschrift, "Autor: Titel. Dissertation. Universität Wien, 1995.": a
// thesis label printed as its own sentence after the title (no brackets, no dash) of a
// reference in that style is the genre; the university and the year follow.
bool Placer::bare_thesis_label(std::string_view s, std::size_t index, std::vector<Segment>& segs) {
  // de "Autor: Titel. Dissertation. Universität Wien, 1995."; Harvard "Smith, J. (2019) Title.
  // PhD thesis. University of Oxford."
  // it "Mario Rossi, Titolo, Tesi di laurea, Politecnico di Milano, 2012." (a comma list in
  // natural order, the label often in lowercase, "tesi di dottorato").
  const bool comma_list = c.natural_order() && !c.date_paren && !c.colon_author;
  if (c.type_label || !(c.colon_author || c.date_paren || comma_list) || s.size() > 32 || index + 1 >= segs.size() ||
      !r.has(Variable::title) || r.has(Variable::publisher) || r.has(Variable::container_title) ||
      !(text::starts_upper(s) || comma_list))
    return false;
  const TypeLabel* label = c.lex.type_label(s);
  if (!label || !label->sets_type || label->type != ItemType::thesis) return false;
  set_if_empty(Variable::genre, s);
  r.type = label->type;
  c.type_label = true;
  // "Universität Wien, 1995" or "Universität Wien 1995": the university and the year of the
  // defence (pages after them made the pair a container).
  const std::string_view nx = c.view(segs[index + 1].begin, segs[index + 1].end);
  if (nx.size() > 6 && !segs[index + 1].after_dash && text::starts_upper(nx) && !r.has(Variable::issued)) {
    std::size_t cut = nx.size() - 4;
    if (text::all_digits(nx.substr(cut)) && nx[cut - 1] == ' ') {
      const std::string_view year = nx.substr(cut);
      std::string_view who = text::trim(nx.substr(0, cut));
      if (!who.empty() && who.back() == ',') who.remove_suffix(1);
      if (!who.empty() && who.find_first_of("0123456789,:;") == npos && parse_date(year).has_parts()) {
        c.put(Variable::publisher, who);
        c.put_date(Variable::issued, parse_date(year), year);
        consume(segs, index + 1);
      }
    } else if (index + 2 < segs.size() && nx.find_first_of("0123456789,:;") == npos && text::count_words(nx) <= 6) {
      // The year as an element of its own ("Universität Göttingen, 2001, S. 15").
      const std::string_view year = c.view(segs[index + 2].begin, segs[index + 2].end);
      if (year.size() == 4 && text::all_digits(year) && parse_date(year).has_parts()) {
        c.put(Variable::publisher, nx);
        c.put_date(Variable::issued, parse_date(year), year);
        consume(segs, index + 1);
        consume(segs, index + 2);
      }
    }
  }
  return true;
}

// A type label inside an element: "git (Lista de grupo de correio) Uma breve descrição …".
bool Placer::split_inner_label(std::string_view s) {
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

}  // namespace citelib::list

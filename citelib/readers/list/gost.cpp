// Russian bibliographic description (GOST 7.1), as ru.wikipedia's book and article templates
// print it: the area of title and responsibility after the heading's authors.
#include "readers/list/head_steps.hpp"
#include "readers/list/lexicon.hpp"
#include "readers/list/names.hpp"
#include "readers/list/parse_context.hpp"

#include "core/text.hpp"

#include <algorithm>
#include <span>
#include <vector>

namespace citelib::list {

namespace {

constexpr std::size_t npos = std::string_view::npos;

// An initial ("И.", "J.") at a word start in `s`.
bool has_initial(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const text::CodePoint cp = text::decode(s, i);
    const bool word_start = i == 0 || s[i - 1] == ' ';
    if (word_start && text::is_upper_cp(cp.cp) && i + cp.len < s.size() && s[i + cp.len] == '.') return true;
    i += cp.len;
  }
  return false;
}

}  // namespace

std::size_t dash_separator(std::string_view t, std::size_t from) {
  for (std::size_t p = t.find('\xE2', from); p != npos; p = t.find('\xE2', p + 1))
    if (p > 0 && t[p - 1] == ' ' && t.compare(p, 3, "\u2014") == 0 && p + 3 < t.size() && t[p + 3] == ' ') return p - 1;
  return npos;
}

std::size_t area_separator(std::string_view t, std::size_t from) {
  for (std::size_t p = dash_separator(t, from); p != npos; p = dash_separator(t, p + 4))
    if ((p > 0 && t[p - 1] == '.') || p + 5 >= t.size() || !text::is_lower_cp(text::decode(t, p + 5).cp)) return p;
  return npos;
}

// "Мединский В. Р. Война. Мифы СССР. 1939—1945. — М.: ОЛМА Медиа Групп, 2011.": with no
// statement of responsibility, the title area runs to the first ". — "; the periods inside it
// are the title's own when the next area is the imprint ("М.: Издательство, 2011").
bool gost_title_area(ParseContext& c, std::size_t s0) {
  const std::string_view t = c.t;
  // After the authors only: at the start, "Иванов, И. И. Название." holds them.
  if (s0 == c.start) return false;
  const std::size_t area = area_separator(t, s0);
  if (area == npos || area <= s0 + 1 || t[area - 1] != '.') return false;
  const std::size_t title_end = area - 1;
  const std::string_view title = c.view(s0, title_end);
  // A tag after the title ("(англ.)") is left to the ordinary reading.
  if (title.find(". ") == npos || title.find(" / ") != npos || title.find(" // ") != npos || title.size() > 300 ||
      title.back() == ')')
    return false;
  for (std::size_t i = s0; i < title_end; ++i)
    if (c.used[i]) return false;
  // "Искусство программирования. Т. 1. Основные алгоритмы": a volume and its title are read
  // by the elements.
  for (std::size_t p = title.find(". "); p != npos; p = title.find(". ", p + 2))
    if (c.lex.volume_labels.match_label(title, p + 2) || c.lex.issue_labels.match_label(title, p + 2)) return false;
  // The imprint: "М.: Наука, 1990", "СПб. : Питер, 2021" (a short place, a colon, a year),
  // after the edition area when there is one ("Python. Подробный справочник. — 4-е изд. — СПб.:
  // Символ-Плюс, 2010.": GOST's areas keep their order, the edition before the imprint).
  std::size_t next = area + 5;
  if (next >= t.size()) return false;
  if (const std::size_t ed_end = area_separator(t, next); ed_end != npos && ed_end > next + 1 && t[ed_end - 1] == '.') {
    // "5-е изд., перераб. и доп.": the statement, then what the edition changed.
    std::string_view ed = c.view(next, ed_end);
    if (const std::size_t comma = ed.find(", "); comma != npos) ed = ed.substr(0, comma);
    if (c.lex.edition(ed) || (ed.back() == '.' && c.lex.edition(ed.substr(0, ed.size() - 1)))) next = ed_end + 5;
  }
  if (next >= t.size()) return false;
  const std::size_t next_end = std::min(area_separator(t, next), t.size());
  const std::string_view imprint = c.view(next, next_end);
  const std::size_t colon = imprint.find(':');
  if (colon == npos || colon == 0 || text::count_words(imprint.substr(0, colon)) > 3) return false;
  bool year = false;
  for (std::size_t i = colon; i + 4 <= imprint.size() && !year; ++i)
    year = (i == 0 || !text::is_ascii_digit(imprint[i - 1])) && text::all_digits(imprint.substr(i, 4)) &&
           (i + 4 == imprint.size() || !text::is_ascii_digit(imprint[i + 4]));
  if (!year) return false;
  set_title(c, s0, title_end, TitleKind::plain);
  c.mode = SepMode::period;
  c.rest_begin = title_end;
  return true;
}

// GOST's area of title and responsibility: "Книга / И. И. Иванов, П. П. Петров ; под ред.
// А. А. Сидорова. — М.: Наука" and "Статья / П. П. Петров // Журнал. — 2010.": the title,
// then after " / " the authors in natural order and, after " ; ", editors behind an editor
// mark; " // " names the container. Authors already read before the title are the same
// people: the statement only adds those the heading left out.
bool statement_of_responsibility(ParseContext& c, std::size_t s0) {
  const std::string_view t = c.t;
  const std::size_t element_end = std::min(dash_separator(t, s0), t.size());
  const std::size_t slash = t.find(" / ", s0);
  if (slash == npos || slash <= s0 || slash >= element_end) return false;
  for (std::size_t i = s0; i < element_end; ++i)
    if (c.used[i]) return false;
  // "Статья // Сборник / под ред. …": the statement after the container is the container's
  // (its editors, its compilers); the title ends at the " // ".
  const std::size_t container_first = t.find(" // ", s0);
  const bool of_container = container_first < slash;
  const std::size_t title_end = of_container ? container_first : slash;
  const std::size_t container = of_container ? npos : t.find(" // ", slash);
  const std::size_t sor_end = container < element_end ? container : element_end;
  if (sor_end < slash + 3) return false;
  std::string_view sor = text::trim(c.view(slash + 3, sor_end));
  // "Иезуиты / Пер. с нем. — М.": a translation whose translator the statement does not name.
  const bool translation_only = static_cast<bool>(c.lex.translator_marks.whole(sor));
  // The element's own period, not an initial's ("А. А. Сидорова." but "Петров П.").
  if (sor.size() > 2 && sor.back() == '.') {
    std::size_t w = sor.size() - 1;
    while (w > 0 && sor[w - 1] != ' ' && sor[w - 1] != '.') --w;
    const std::string_view word = sor.substr(w, sor.size() - 1 - w);
    if (word.empty() || text::decode(word, 0).len < word.size()) sor.remove_suffix(1);
  }
  if (sor.empty()) return false;
  // GOST writes the people of the statement with their initials ("И. И. Иванов", "под ред.
  // А. А. Сидорова"): a slash before text without one is part of the title ("Ввод / вывод").
  {
    std::string_view first = text::trim(sor.substr(0, sor.find(';')));
    // "пер. с англ. под ред. Ю. В. Козаченко": a translation, then the editors.
    if (const WordMatch tm = c.lex.translator_marks.match(first, 0)) first = text::trim(first.substr(tm.length));
    if (const WordMatch m = c.lex.editor_marks.match(first, 0)) first = text::trim(first.substr(m.length));
    if (!translation_only && !has_initial(first)) return false;
  }
  set_title(c, s0, title_end, TitleKind::plain);
  if (translation_only) {
    // No person to read: the mark, what the reader needs to know of the book, is a comment.
    if (!c.ref.comment.empty()) c.ref.comment += ' ';
    c.ref.comment.append(text::trim(c.view(slash + 3, sor_end)));
    sor = {};
  }
  if (of_container) {
    const std::string_view cont = text::trim_chars(c.view(container_first + 4, slash), " .");
    if (!cont.empty()) c.put(Variable::container_title, cont);
    c.mark(container_first, slash);
  }
  for (std::size_t b = 0; b <= sor.size();) {
    std::size_t e = sor.find(';', b);
    if (e == npos) e = sor.size();
    std::string_view part = text::trim(sor.substr(b, e - b));
    b = e + 1;
    if (part.empty()) continue;
    // People without a mark after the container wrote or compiled the container.
    Variable role = of_container ? Variable::container_author : Variable::author;
    if (const WordMatch m = c.lex.editor_marks.match(part, 0); m && m.length < part.size()) {
      role = Variable::editor;
      part = text::trim(part.substr(m.length));
    } else if (const WordMatch tm = c.lex.translator_marks.match(part, 0); tm && tm.length < part.size()) {
      role = Variable::translator;
      const std::string_view mark = part.substr(0, tm.length);
      part = text::trim(part.substr(tm.length));
      // "пер. с англ. под ред. Ю. В. Козаченко": the translator unnamed, the editors named.
      if (const WordMatch em = c.lex.editor_marks.match(part, 0); em && em.length < part.size()) {
        role = Variable::editor;
        part = text::trim(part.substr(em.length));
        if (!c.ref.comment.empty()) c.ref.comment += ' ';
        c.ref.comment.append(mark);
      }
    } else if (const WordMatch pm = c.lex.contributor_marks.match(part, 0); pm && pm.length < part.size()) {
      role = Variable::contributor;  // "предисл. Б. Сидорова": a preface's author
      part = text::trim(part.substr(pm.length));
    }
    // Other roles ("сост. …", "худож. …") start with their lowercase mark:
    // no authors, kept as unplaced text.
    NameList names;
    if (!text::starts_upper(part) || !has_initial(part) || !parse_name_list(part, c.lex, names) ||
        names.names.empty()) {
      c.keep_unplaced(part);
      continue;
    }
    const std::span<const Name> had = c.ref.names(role);
    std::vector<Name> merged(had.begin(), had.end());
    for (Name& n : names.names) {
      bool known = false;
      for (const Name& k : merged)
        if (!k.family.empty() && n.literal.size() > k.family.size() &&
            std::string_view(n.literal).ends_with(k.family) &&
            n.literal[n.literal.size() - k.family.size() - 1] == ' ')
          known = true;
      if (!known) merged.push_back(std::move(n));
    }
    c.ref.set_names(role, std::move(merged));
    if (names.et_al) c.ref.et_al = true;
  }
  // Parts that held no names were kept as unplaced text above; the title stands either way.
  c.mark(slash, sor_end);
  if (container < element_end) {
    std::string_view cont = text::trim_chars(c.view(container + 4, element_end), " .");
    // "// Большая российская энциклопедия : [в 35 т.] / гл. ред. Ю. С. Осипов": the
    // container's own statement names its editors.
    if (const std::size_t cs = cont.find(" / "); cs != npos) {
      const std::string_view who = text::trim(cont.substr(cs + 3));
      NameList names;
      if (const WordMatch m = c.lex.editor_marks.match(who, 0); m && m.length < who.size() && !c.ref.has(Variable::editor)) {
        const std::string_view people = text::trim(who.substr(m.length));
        if (has_initial(people) && parse_name_list(people, c.lex, names) && !names.names.empty()) {
          c.ref.set_names(Variable::editor, std::move(names.names));
          cont = text::trim(cont.substr(0, cs));
        }
      }
    }
    if (!cont.empty()) c.put(Variable::container_title, cont);
    c.mark(container, element_end);
  }
  c.mode = SepMode::period;
  c.rest_begin = element_end;
  return true;
}

}  // namespace citelib::list

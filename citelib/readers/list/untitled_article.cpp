// Journal articles cited without their title, as chemistry and physics write them by hand
// and as European free text prints them: "A. Pérez, B. López, Rev. Quím. 5 (2010) 10-20.",
// "M. Smith, J. Am. Chem. Soc. 132 (2010) 1234-1240.", "R. Todeschini, V. Consonni, J. Chem.
// Inf. Model. 2005, 45 (1), 177–182." People with initials in natural order, then the
// journal's abbreviated name and its volume, year and pages: no title.
#include "readers/list/head_steps.hpp"
#include "readers/list/lexicon.hpp"
#include "readers/list/locators.hpp"
#include "readers/list/names.hpp"

#include "core/text.hpp"

namespace citelib::list {

namespace {

constexpr std::size_t npos = std::string_view::npos;

// "A. Pérez", "H.-J. Arpe", "J. C. Escalona y R. Carrasco": a capital and its period first.
bool initial_first(std::string_view s) {
  return s.size() >= 4 && s[0] >= 'A' && s[0] <= 'Z' && (s[1] == '.' || (s[1] == '-' && s.size() > 3 && s[3] == '.'));
}

// A journal's name as abbreviations print it: capitalised words ("J. Am. Chem. Soc.", "Phys.
// Rev. B", "Tetrahedron Lett."), short lowercase words only ("of"), no sentence of a title.
bool abbreviated_journal(std::string_view s) {
  if (s.empty() || s.size() > 80 || text::count_words(s) > 8 || !text::starts_upper(s)) return false;
  for (std::size_t i = 0; i < s.size();) {
    while (i < s.size() && s[i] == ' ') ++i;
    std::size_t e = i;
    while (e < s.size() && s[e] != ' ') ++e;
    if (e == i) break;
    const std::string_view w = s.substr(i, e - i);
    if (!text::starts_upper(w) && !(text::starts_lower(w) && w.size() <= 3)) return false;
    i = e;
  }
  return true;
}

}  // namespace

bool untitled_article_head(ParseContext& c, std::size_t s0) {
  const std::string_view t = c.t;
  if (!initial_first(t.substr(s0))) return false;
  // The text up to the first placed byte (identifiers were read already).
  std::size_t end = s0;
  while (end < t.size() && end - s0 <= 300 && !c.used[end]) ++end;
  if (end - s0 > 300) return false;
  const std::string_view s = t.substr(s0, end - s0);
  // The names: comma pieces, each a person with initials first.
  std::size_t names_end = 0, rest = 0;
  for (std::size_t b = 0;;) {
    const std::size_t comma = s.find(", ", b);
    if (comma == npos) break;  // the journal has no comma of its own
    const std::string_view piece = s.substr(b, comma - b);
    if (!initial_first(piece) || !natural_names(c.lex, piece)) break;
    names_end = comma;
    b = comma + 2;
    rest = b;
  }
  if (names_end == 0) return false;
  const std::string_view tail_text = text::trim_chars(s.substr(rest), " .,;");
  const auto tail = parse_journal_tail(tail_text);
  if (!tail || tail->loc.volume.empty() || tail->loc.page.empty()) return false;
  std::string_view journal = text::trim_chars(tail->container, " ,");
  std::string_view year = tail->date;
  // ACS "J. Chem. Inf. Model. 2005, 45 (1), 177–182": the year between journal and volume.
  if (const std::size_t sp = journal.rfind(' '); year.empty() && sp != npos && journal.size() - sp == 5 &&
                                                 text::all_digits(journal.substr(sp + 1))) {
    year = journal.substr(sp + 1);
    journal = text::trim(journal.substr(0, sp));
  }
  if (year.empty()) return false;
  if (!abbreviated_journal(journal)) return false;
  NameList names;
  if (!parse_name_list(s.substr(0, names_end), c.lex, names, true) || names.names.empty()) return false;
  c.ref.set_names(Variable::author, std::move(names.names));
  if (names.et_al) c.ref.et_al = true;
  c.put(Variable::container_title, journal);
  c.put(Variable::volume, tail->loc.volume);
  if (!tail->loc.issue.empty()) c.put(Variable::issue, tail->loc.issue);
  c.put(Variable::page, tail->loc.page);
  c.put_date(Variable::issued, journal_date(year), year);
  // Free text with a journal, volume and pages is an article whatever the title lacks.
  c.ref.type = ItemType::article_journal;
  c.type_label = true;
  c.mark(s0, c.offset(tail_text) + tail_text.size());
  c.rest_begin = c.offset(tail_text) + tail_text.size();
  c.mode = SepMode::comma;
  return true;
}

}  // namespace citelib::list

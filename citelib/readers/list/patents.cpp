// CS1 {{cite patent}}: "US patent 4200770, Hellman, Martin E.; Diffie, Bailey W. & Merkle,
// Ralph C., "Cryptographic apparatus and method", issued 1980-04-29". The country code, the
// patent word and the number come first, then the inventors and the quoted title; no author
// list of any other template starts with a number.
#include "readers/list/head_steps.hpp"
#include "readers/list/lexicon.hpp"
#include "readers/list/names.hpp"
#include "readers/list/quotes.hpp"

#include "core/text.hpp"

namespace citelib::list {

bool patent_head(ParseContext& c, std::size_t s0) {
  const std::string_view t = c.t;
  // "US", "EP", "GB": a country code in capitals.
  if (s0 + 4 >= t.size() || !(t[s0] >= 'A' && t[s0] <= 'Z') || !(t[s0 + 1] >= 'A' && t[s0 + 1] <= 'Z') || t[s0 + 2] != ' ')
    return false;
  std::size_t i = s0 + 3;
  if (const WordMatch m = c.lex.patent_words.match(t, i); m && i + m.length < t.size() && t[i + m.length] == ' ')
    i += m.length + 1;
  // The number: digits with their group separators, maybe a kind code ("7,123,456 B2"); an
  // application's "2005/0123456" its year and a slash.
  const std::size_t nb = i;
  while (i < t.size() && (text::is_ascii_digit(t[i]) || t[i] == ',' || t[i] == '.' || (t[i] == '/' && i > nb)) &&
         !(t[i] == ',' && i + 1 < t.size() && t[i + 1] == ' '))
    ++i;
  // The kind code after the number, "US 7123456 B2", "EP 1234567 A1": a capital and a digit.
  if (i - nb >= 4 && i + 3 < t.size() && t[i] == ' ' && t[i + 1] >= 'A' && t[i + 1] <= 'Z' && text::is_ascii_digit(t[i + 2]) &&
      t[i + 3] == ',')
    i += 3;
  if (i - nb < 4 || i >= t.size() || t[i] != ',') return false;
  const std::size_t number_end = i;
  // The inventors, up to the quoted title.
  std::size_t q = i + 1;
  while (q < t.size() && q - i < 400 && t[q] != '"' && static_cast<unsigned char>(t[q]) != 0xE2) ++q;
  const auto title = q < t.size() ? quoted_at(t, q) : std::nullopt;
  if (!title) return false;
  c.put(Variable::number, t.substr(s0, number_end - s0));
  c.mark(s0, number_end + 1);
  take_authors(c, number_end + 1, q);
  set_title(c, title->inner_begin, title->inner_end, TitleKind::quoted);
  c.mark(title->open, title->end);
  c.ref.type = ItemType::patent;
  c.type_label = true;
  c.mode = SepMode::comma;
  c.rest_begin = title->end;
  return true;
}

}  // namespace citelib::list

// Sort keys (specification, "Sorting"): variables and macros, ICU collation, empty last.
#include "csl/engine/impl.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cstring>

namespace citelib::csl {

SortValue Engine::Impl::collation_value(std::string_view text) const {
  SortValue v;
  if (text.empty()) return v;
  v.empty = false;
  if (!collator) {
    v.bytes = std::string(text);
    return v;
  }
  // Name parts (kSortFieldSeparator) and the names of a list compare as if a space stood
  // between them: a space sorts before any letter, so "Dale, Xavier" sorts before "Dalebout,
  // Anna", and a literal name compares with a family and given name as one string ("Martin
  // Langhoff" before "Martin, R."), as citeproc-js compares its sort strings.
  // Each space sorts before any letter ("A b" before "Ab"), as in citeproc-js, while other
  // punctuation is ignored: a space becomes "`", a symbol, which the collator's shifted
  // handling does not ignore and orders before digits and letters. Spaces are not merged: with
  // the dash between them ignored, "Git - Fast" has two and sorts before "Git FAQ", as in
  // citeproc-js. Spaces at the end are no gap (a names suffix ". " does not put "Keating,
  // M." after "Keating, M., Bricaud, P."). Spaces at the start are part of the key: a macro's
  // key is "the string value the macro would ordinarily generate" (specification, Sorting),
  // so a names prefix " " keys " Doe, J." before "International Union" (a literal name takes
  // no affixes), as citeproc-js sorts it; a name field left empty at the start is no gap.
  auto is_gap = [](char c) { return c == ' ' || c == kSortFieldSeparator; };
  std::string_view keyed = text;
  thread_local std::string spaced;
  if (std::find_if(text.begin(), text.end(), is_gap) != text.end()) {
    spaced.clear();
    for (const char c : text) {
      if (!is_gap(c)) spaced.push_back(c);
      else if (!spaced.empty() || c == ' ') spaced.push_back('`');
    }
    while (!spaced.empty() && spaced.back() == '`') spaced.pop_back();
    keyed = spaced;
  }
  const icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(keyed.data(), static_cast<int32_t>(keyed.size())));
  uint8_t buf[256];
  const int32_t n = collator->getSortKey(u, buf, sizeof buf);
  if (n > static_cast<int32_t>(sizeof buf)) {
    v.bytes.resize(static_cast<std::size_t>(n));
    collator->getSortKey(u, reinterpret_cast<uint8_t*>(v.bytes.data()), n);
  } else {
    v.bytes.assign(reinterpret_cast<const char*>(buf), static_cast<std::size_t>(n));
  }
  return v;
}

namespace {

std::string pad_number(std::string_view s) {
  // Numbers sort numerically: a fixed-width prefix keeps "2" before "10" (20 digits: a date key
  // of a macro, start and end, has 18, and one of a year before 1 AD starts with a zero).
  std::size_t digits = 0;
  while (digits < s.size() && std::isdigit(static_cast<unsigned char>(s[digits]))) ++digits;
  if (digits > 18) return std::string(s);  // beyond a long: compared as written
  long n = 0;
  std::size_t i = 0;
  while (i < digits) n = n * 10 + (s[i++] - '0');
  return fmt::format("{:020d}{}", n, s.substr(i));
}

// A number variable's key: the first number in it, padded, the rest dropped ("e123" keys as
// 123, "12-15" as 12, "2nd" as 2), as citeproc-js keys numbers (the specification: number
// variables sort as integers); a value without digits ("IV") keys on its text.
std::string number_sort_key(std::string_view s) {
  const std::size_t d = s.find_first_of("0123456789");
  if (d == std::string_view::npos) return std::string(s);
  std::size_t e = d;
  while (e < s.size() && std::isdigit(static_cast<unsigned char>(s[e]))) ++e;
  return pad_number(s.substr(d, e - d));
}

bool all_digits_start(std::string_view s) { return !s.empty() && std::isdigit(static_cast<unsigned char>(s[0])); }

std::string name_sort_text(const Name& n, bool demote) {
  if (n.is_literal()) return n.literal;
  std::string s;
  if (!demote && !n.non_dropping_particle.empty()) s += n.non_dropping_particle + " ";
  s += n.family;
  // A part joins the key after a separator only when something stands before it: a name
  // with a given name alone ("Plato") keys as "Plato", not as an empty family and a gap
  // that sorted it before every other name in its list's place.
  auto add = [&s](const std::string& part) {
    if (part.empty()) return;
    if (!s.empty()) s += kSortFieldSeparator;
    s += part;
  };
  if (demote) add(n.non_dropping_particle);
  add(n.dropping_particle);
  add(n.given);
  add(n.suffix);
  return s;
}

}  // namespace

std::string Engine::Impl::sort_text(std::size_t item, const Layout& layout, const SortKey& k, const CiteInfo* cite) {
  const Reference& r = refs[item];
  std::string text;
  if (k.variable) {
    const Variable v = *k.variable;
    switch (kind_of(v)) {
      case VariableKind::name: {
        auto names = r.names(v);
        std::size_t shown = names.size();
        const NameOptions& o = layout.name_options;
        const auto min = k.names_min ? k.names_min : o.et_al_min;
        const auto first = k.names_use_first ? k.names_use_first : o.et_al_use_first;
        if (min && first && static_cast<int>(names.size()) >= *min) shown = std::min<std::size_t>(shown, static_cast<std::size_t>(*first));
        const bool demote = style->demote_non_dropping_particle != DemoteParticle::never;
        // The names are joined with the inherited name delimiter, as a name list string of
        // them prints (specification, Sorting): " / " puts two spaces between names where ", "
        // puts one (citeproc-js; as for a names macro's key).
        const std::string_view delimiter = o.delimiter ? std::string_view(*o.delimiter) : std::string_view(", ");
        for (std::size_t i = 0; i < shown; ++i) {
          if (i) text += delimiter;
          text += name_sort_text(names[i], demote);
        }
        break;
      }
      case VariableKind::date: {
        const Date* d = r.date(v);
        if (d && d->has_parts()) {
          auto pt = [](const DatePoint& p) { return fmt::format("{:05d}{:02d}{:02d}", p.year + 10000, p.month, p.day); };
          text = pt(d->start);
          if (d->end) text += pt(*d->end);
        }
        break;
      }
      case VariableKind::number: {
        std::string_view val = v == Variable::citation_number ? std::string_view{} : r.get(v);
        std::string num;
        if (v == Variable::citation_number) {
          num = std::to_string(states[item].citation_number);
          val = num;
        }
        text = number_sort_key(val);
        break;
      }
      case VariableKind::text:
        if (v == Variable::citation_label && !r.has(v)) {
          text = generated_citation_label(r);
          break;
        }
        text = ir::render(ir::from_rich_text(r.get(v)), ir::Format::text, quotes);
        break;
    }
  } else if (k.macro) {
    RenderMode mode;
    mode.bibliography = &layout == &style->bibliography;
    mode.sort_key = true;
    mode.sort_names_min = k.names_min;
    mode.sort_names_use_first = k.names_use_first;
    mode.sort_names_use_last = k.names_use_last;
    Evaluator ev(*style, *locale, layout, r, states[item], cite, mode, punct_in_quote, options.guess_title_language);
    text = ir::render(ev.render_elements(*k.macro), ir::Format::text, quotes);
    if (all_digits_start(text) && text.find_first_not_of("0123456789") == std::string::npos) text = pad_number(text);
  }
  return text;
}

namespace {

bool ascii_digits(std::string_view s) {
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

}  // namespace

void Engine::Impl::sort_range(std::vector<std::size_t>& order, std::size_t begin, std::size_t end, std::size_t key,
                              const Layout& layout, const std::vector<const CiteInfo*>& cites,
                              const std::vector<std::size_t>& items) {
  if (end - begin < 2 || key >= layout.sort.size()) return;
  const SortKey& k = layout.sort[key];
  // This key's values for the entries of the range. Digit strings (numbers, dates) compare
  // by their bytes as ICU would order them; only when some value is text is every value of
  // the range given a collation key.
  std::vector<std::pair<SortValue, std::size_t>> values;
  values.reserve(end - begin);
  bool all_digits = true;
  for (std::size_t p = begin; p < end; ++p) {
    const std::size_t e = order[p];
    SortValue v;
    v.bytes = sort_text(items[e], layout, k, cites[e]);
    v.empty = v.bytes.empty();
    if (!ascii_digits(v.bytes)) all_digits = false;
    values.emplace_back(std::move(v), e);
  }
  if (!all_digits)
    for (auto& [v, e] : values)
      if (!v.empty) v = collation_value(v.bytes);
  std::stable_sort(values.begin(), values.end(), [&](const auto& a, const auto& b) {
    if (a.first.empty != b.first.empty) return b.first.empty;  // empty values sort last either way
    if (a.first.empty) return false;
    const int c = a.first.bytes.compare(b.first.bytes);
    return k.descending ? c > 0 : c < 0;
  });
  for (std::size_t p = begin; p < end; ++p) order[p] = values[p - begin].second;
  // Entries this key does not separate are ordered by the next key (computed only for them).
  for (std::size_t p = begin; p < end;) {
    std::size_t q = p + 1;
    while (q < end && values[q - begin].first.empty == values[p - begin].first.empty &&
           values[q - begin].first.bytes == values[p - begin].first.bytes)
      ++q;
    sort_range(order, p, q, key + 1, layout, cites, items);
    p = q;
  }
}

void Engine::Impl::sort_entries(std::vector<std::size_t>& order, const Layout& layout,
                                const std::vector<std::size_t>& items, const std::vector<const CiteInfo*>& cites) {
  sort_range(order, 0, order.size(), 0, layout, cites, items);
}

}  // namespace citelib::csl

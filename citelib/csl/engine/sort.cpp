// Sort keys (specification, "Sorting"): variables and macros, ICU collation, empty last.
#include "csl/engine/impl.hpp"

#include <fmt/format.h>

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
  const icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  uint8_t buf[256];
  int32_t n = collator->getSortKey(u, buf, sizeof buf);
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
  // Numbers sort numerically: a fixed-width prefix keeps "2" before "10".
  long n = 0;
  std::size_t i = 0;
  while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) n = n * 10 + (s[i++] - '0');
  return fmt::format("{:012d}{}", n, s.substr(i));
}

bool all_digits_start(std::string_view s) { return !s.empty() && std::isdigit(static_cast<unsigned char>(s[0])); }

std::string name_sort_text(const Name& n, bool demote) {
  if (n.is_literal()) return n.literal;
  std::string s;
  if (!demote && !n.non_dropping_particle.empty()) s += n.non_dropping_particle + " ";
  s += n.family;
  if (demote && !n.non_dropping_particle.empty()) s += " " + n.non_dropping_particle;
  if (!n.dropping_particle.empty()) s += " " + n.dropping_particle;
  if (!n.given.empty()) s += " " + n.given;
  if (!n.suffix.empty()) s += " " + n.suffix;
  return s;
}

}  // namespace

std::vector<SortValue> Engine::Impl::sort_keys(std::size_t item, const Layout& layout, const CiteInfo* cite) {
  std::vector<SortValue> out;
  out.reserve(layout.sort.size());
  const Reference& r = refs[item];
  for (const SortKey& k : layout.sort) {
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
          for (std::size_t i = 0; i < shown; ++i) {
            if (i) text += "    ";
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
          text = all_digits_start(val) ? pad_number(val) : std::string(val);
          break;
        }
        case VariableKind::text:
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
      Evaluator ev(*style, *locale, layout, r, states[item], cite, mode, punct_in_quote);
      text = ir::render(ev.render_elements(*k.macro), ir::Format::text, quotes);
      if (all_digits_start(text) && text.find_first_not_of("0123456789") == std::string::npos) text = pad_number(text);
    }
    out.push_back(collation_value(text));
  }
  return out;
}

bool Engine::Impl::sort_less(const std::vector<SortValue>& a, const std::vector<SortValue>& b, const Layout& layout) const {
  for (std::size_t i = 0; i < a.size() && i < b.size(); ++i) {
    if (a[i].empty != b[i].empty) return b[i].empty;  // empty values sort last either way
    if (a[i].empty) continue;
    const int c = a[i].bytes.compare(b[i].bytes);
    if (c == 0) continue;
    return layout.sort[i].descending ? c > 0 : c < 0;
  }
  return false;
}

}  // namespace citelib::csl

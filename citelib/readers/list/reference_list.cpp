// read_reference_list(): split the list into items, build each item's text, parse it.
#include <citelib/readers/reference_list.hpp>

#include "readers/list/item_text.hpp"
#include "readers/list/lexicon.hpp"
#include "readers/list/list_splitter.hpp"
#include "readers/list/mojibake.hpp"
#include "readers/list/reference_parser.hpp"
#include "readers/list/short_cites.hpp"

#include "core/text.hpp"

#include <algorithm>
#include <optional>
#include <string>

namespace citelib {

Reference parse_reference(std::string_view text, const ReferenceListOptions& options, Diagnostics& diagnostics) {
  const list::Lexicon& lex = list::Lexicon::get();
  list::ItemText item;
  list::build_item_text(text, 0, list::looks_like_markdown(text), item);
  list::ReferenceParser parser(lex, options.language);
  Reference r;
  parser.parse(item, r, diagnostics, nullptr, {});
  r.raw = std::string(text);
  return r;
}

namespace {

// Every text value of a reference read from a repaired mojibake list, as the list prints it.
void values_as_printed(Reference& r, bool windows1252) {
  const auto as_mojibake = [windows1252](std::string_view s) { return list::as_mojibake(s, windows1252); };
  const auto has_high = [](std::string_view s) {
    return std::any_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
  };
  const auto fix = [&](std::string& s) {
    if (has_high(s)) s = as_mojibake(s);
  };
  std::vector<std::pair<Variable, std::string>> texts;
  for (const auto& [v, value] : r.text_fields())
    if (has_high(value)) texts.emplace_back(v, as_mojibake(value));
  for (auto& [v, value] : texts) r.set(v, std::move(value));
  std::vector<std::pair<Variable, Date>> dates;
  for (const auto& [v, d] : r.date_fields())
    if (has_high(d.literal)) {
      dates.emplace_back(v, d);
      fix(dates.back().second.literal);
    }
  for (auto& [v, d] : dates) r.set_date(v, std::move(d));
  std::vector<std::pair<Variable, std::vector<Name>>> names;
  for (const auto& [v, list] : r.name_fields()) {
    names.emplace_back(v, list);
    for (Name& n : names.back().second)
      for (std::string* part : {&n.family, &n.given, &n.literal, &n.non_dropping_particle, &n.dropping_particle, &n.suffix})
        fix(*part);
  }
  for (auto& [v, list] : names) r.set_names(v, std::move(list));
  if (r.archive_date) fix(r.archive_date->literal);
  for (std::string* s : {&r.archive_url, &r.title_translated, &r.via, &r.comment, &r.locator_text, &r.list_name})
    fix(*s);
  for (std::string& m : r.cs1_messages) fix(m);
  for (ShortCite& c : r.short_cites)
    for (std::string* s : {&c.names, &c.year, &c.page, &c.locator, &c.prefix}) fix(*s);
  for (auto& [id, value] : r.identifiers) fix(value);
}

std::vector<Reference> read_list(const SourceText& source, const ReferenceListOptions& options, Diagnostics& diagnostics,
                                 const SourceText* printed = nullptr, const list::RepairedText* repair = nullptr);

}  // namespace

std::vector<Reference> read_reference_list(const SourceText& source, const ReferenceListOptions& options,
                                           Diagnostics& diagnostics) {
  std::optional<list::RepairedText> repair = list::repair_mojibake(source.text());
  if (!repair) return read_list(source, options, diagnostics);
  // The first repaired character, for the note.
  std::size_t first = 0;
  while (first < repair->text.size() && static_cast<unsigned char>(repair->text[first]) < 0x80) ++first;
  std::size_t first_end = first + 1;
  while (first_end < repair->text.size() && (static_cast<unsigned char>(repair->text[first_end]) & 0xC0) == 0x80) ++first_end;
  const SourceSpan first_span{repair->origin[first], repair->origin[first_end]};
  const std::string repaired_char = repair->text.substr(first, first_end - first);
  const SourceText fixed(std::string(source.name()), std::move(repair->text));
  Diagnostics found;
  std::vector<Reference> refs = read_list(fixed, options, found, &source, &*repair);
  diagnostics.report(options.repair_encoding ? DiagCode::list_mojibake_repaired : DiagCode::list_mojibake_read, &source, first_span,
                     {source.text().substr(first_span.begin, first_span.end - first_span.begin), repaired_char});
  for (Diagnostic d : found.items()) {
    if (d.span.end > d.span.begin || d.position.line != 0) {
      d.span = {repair->origin[std::min<std::size_t>(d.span.begin, repair->origin.size() - 1)],
                repair->origin[std::min<std::size_t>(d.span.end, repair->origin.size() - 1)]};
      d.position = source.position(d.span.begin);
    }
    diagnostics.add(std::move(d));
  }
  return refs;
}

namespace {

std::vector<Reference> read_list(const SourceText& source, const ReferenceListOptions& options, Diagnostics& diagnostics,
                                 const SourceText* printed, const list::RepairedText* repair) {
  const list::Lexicon& lex = list::Lexicon::get();
  list::ListSplit split = repair && printed ? list::split_list(source, lex, diagnostics, printed->text(), &repair->origin)
                                            : list::split_list(source, lex, diagnostics);
  std::vector<Reference> out;
  if (split.items.empty()) {
    diagnostics.report(DiagCode::input_empty, &source, {0, 0});
    return out;
  }
  out.reserve(split.items.size());
  list::ReferenceParser parser(lex, options.language);
  list::ItemText item;
  std::size_t position = 0, later_position = 0;
  constexpr std::size_t npos = std::string_view::npos;
  std::size_t first_note = npos;  // index of the list's first reference read as short notes
  // References whose element after the newspaper may be a place the list prints only later
  // (notes before their bibliography): few, so the vector rarely allocates.
  std::vector<std::size_t> place_candidates;
  // The edition each list's heading names: for references whose wording names none.
  std::vector<const list::ReaderLanguage*> list_editions;
  list_editions.reserve(split.list_names.size());
  for (const std::string& name : split.list_names) list_editions.push_back(list::heading_edition(name));
  const std::string_view text = source.text();
  for (const list::ListItem& it : split.items) {
    parser.set_list_edition(it.list_index < list_editions.size() ? list_editions[it.list_index] : nullptr);
    parser.set_list_without_dotted_days(it.list_index < split.list_names.size() &&
                                        list::heading_excludes_edition(split.list_names[it.list_index], "de"));
    Reference r;
    if (!it.number.empty()) r.id = it.number;
    else if (it.list_index == 0) r.id = std::to_string(++position);
    else r.id = "R" + std::to_string(++later_position);
    const std::string_view raw = text.substr(it.raw.begin, it.raw.end - it.raw.begin);
    list::build_item_text(raw, it.raw.begin, it.markdown, item);
    parser.parse(item, r, diagnostics, &source, r.id);
    r.raw = std::string(raw);
    r.backlinks = it.backlinks;
    if (it.list_index > 0) r.list_name = split.list_names[it.list_index];
    r.source_name = std::string(source.name());
    r.span = it.span;
    r.position = source.position(it.span.begin);
    if (first_note == npos && !r.short_cites.empty() && it.list_index == 0) first_note = out.size();
    if (parser.place_candidate()) place_candidates.push_back(out.size());
    out.push_back(std::move(r));
  }
  for (const std::size_t i : place_candidates) parser.settle_place(out[i]);
  // The list's short notes start later than its first bare "Smith 2005." (a lone note without
  // page reads as a title until the list shows notes): those before the first note get the
  // reading the later ones had.
  for (std::size_t i = 0; first_note != npos && i < first_note; ++i) {
    Reference& r = out[i];
    const list::ListItem& it = split.items[i];
    if (it.list_index != 0 || !r.has(Variable::title) || r.has(Variable::issued) || !r.names(Variable::author).empty())
      continue;
    // "Smith 2005", "Smith & Jones 2005a": short, and a year near its end.
    const std::string_view title = r.get(Variable::title);
    if (title.size() > 80 || title.size() < 6 || title.find_first_of("0123456789", title.size() - 5) == npos) continue;
    const std::string_view raw = text.substr(it.raw.begin, it.raw.end - it.raw.begin);
    list::build_item_text(raw, it.raw.begin, it.markdown, item);
    std::vector<ShortCite> notes;
    if (text::trim_chars(item.text, " .") != r.get(Variable::title) || !list::parse_short_cites(item.text, lex, notes, true))
      continue;
    r.erase(Variable::title);
    r.short_cites = std::move(notes);
  }
  if (repair && printed) {
    // Read from the repaired text: the raw text and span as the list prints them, and the
    // values too unless the caller asked for them repaired.
    const std::string_view original = printed->text();
    for (std::size_t i = 0; i < out.size(); ++i) {
      Reference& r = out[i];
      const list::ListItem& it = split.items[i];
      const std::size_t rb = repair->origin[it.raw.begin], re = repair->origin[it.raw.end];
      r.raw = std::string(original.substr(rb, re - rb));
      r.span = {repair->origin[it.span.begin], repair->origin[it.span.end]};
      r.position = printed->position(r.span.begin);
      if (!options.repair_encoding) values_as_printed(r, repair->windows1252);
    }
  }
  return out;
}

}  // namespace

}  // namespace citelib

#include "readers/list/reference_parser.hpp"
#include "readers/list/quotes.hpp"

#include "readers/list/lexicon.hpp"
#include "readers/list/parse_context.hpp"
#include "readers/list/short_cites.hpp"

#include "core/text.hpp"

#include <algorithm>

namespace citelib::list {

namespace {

// TemplateStyles CSS that a text dump copied into the list (".mw-parser-output cite…").
bool is_leaked_css(std::string_view t) {
  // Style sheets have braces; references rarely do.
  if (t.find('{') == std::string_view::npos) return false;
  return t.find(".mw-parser-output") != std::string_view::npos ||
         (t.size() > 20 && t.front() == '.' && t.find(':') != std::string_view::npos);
}

// "[7]": the label of a bare external link, nothing to cite.
bool is_link_label(std::string_view t) {
  return t.size() >= 3 && t.front() == '[' && t.back() == ']' && text::all_digits(t.substr(1, t.size() - 2));
}

// The first 80 bytes of `s` for a message, cut at a code point boundary.
std::string_view shown_part(std::string_view s) {
  if (s.size() <= 80) return s;
  std::size_t n = 80;
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
  return s.substr(0, n);
}

// The end of a language code ("EN", "ita") starting at b, or npos.
std::size_t code_end(std::string_view s, std::size_t b) {
  std::size_t e = b;
  while (e < s.size() && text::is_ascii_alpha(s[e])) ++e;
  return e - b >= 2 && e - b <= 3 ? e : std::string_view::npos;
}

// A language code or a comment in parentheses before the reference: "(EN) Title, su Site",
// "(these are only about OOP however).[Title](url)".
void read_prefix(ParseContext& c) {
  const std::string_view t = c.t;
  if (t.empty() || t.front() != '(') return;
  const std::size_t g = group_end(t, 0);
  if (g == std::string_view::npos) return;
  const std::string_view content = text::trim(t.substr(1, g - 2));
  std::size_t next = g;
  // it "(DE, EN) Titolo, su Sito": a work in several languages; the first is the item's (as
  // in "(in Spanish and English)", the others belong to the same tag).
  bool codes = code_end(content, 0) != std::string_view::npos;
  for (std::size_t e = code_end(content, 0); codes && e < content.size();) {
    codes = content.compare(e, 2, ", ") == 0;
    if (codes) e = code_end(content, e + 2);
    codes = codes && e != std::string_view::npos;
  }
  if (codes) {
    std::string code(content.substr(0, code_end(content, 0)));
    for (char& ch : code) ch = static_cast<char>(ch | 0x20);
    c.ref.set(Variable::language, code);
  } else if (auto lang = c.lex.language_tag(content)) {
    c.ref.set(Variable::language, std::string(*lang));
  } else if (text::count_words(content) >= 3 && !parse_date(content).has_parts()) {
    if (next < t.size() && t[next] == '.') ++next;
    c.ref.comment = std::string(t.substr(0, next));
  } else {
    return;
  }
  c.mark(0, next);
  while (next < t.size() && t[next] == ' ') ++next;
  c.start = next;
}

// "Washington, D.C.", "Los Angeles, CA", "Albany, N.Y.": a town and the capitals of its state
// or country, the shape of a place and of no publisher.
bool city_and_state(std::string_view s) {
  const std::size_t comma = s.find(", ");
  if (comma == std::string_view::npos || comma == 0 || !text::starts_upper(s) || text::count_words(s.substr(0, comma)) > 3)
    return false;
  for (std::size_t i = 0; i < comma; ++i)
    if (text::is_ascii_digit(s[i]) || s[i] == '.' || s[i] == ':') return false;
  const std::string_view code = s.substr(comma + 2);
  std::size_t letters = 0, run = 0;
  for (const char ch : code) {
    if (ch >= 'A' && ch <= 'Z') {
      ++letters;
      if (++run > 2) return false;
    } else if (ch == '.') {
      run = 0;
    } else {
      return false;
    }
  }
  return letters >= 2 && letters <= 3;
}

}  // namespace

// cite news with a place and no publisher, "\"Title\". El País. Madrid. 3 May 2015.", prints
// the place where cite web prints its publisher ("\"Title\". Website. Publisher."): the one
// plain element after the newspaper is the place when the list printed it as a place before.
void ReferenceParser::place_after_newspaper(ParseContext& c) {
  Reference& r = c.ref;
  place_candidate_ = false;
  if (place_before_year(c)) return;
  if (c.title_kind != TitleKind::quoted || c.chapter || !r.has(Variable::container_title) ||
      r.has(Variable::publisher_place) || r.has(Variable::ISBN))
    return;
  const std::string_view publisher = r.get(Variable::publisher);
  if (publisher.empty() || publisher.size() > 40) return;
  if (std::find(places_.begin(), places_.end(), publisher) == places_.end() && !city_and_state(publisher)) {
    place_candidate_ = true;
    return;
  }
  r.set(Variable::publisher_place, std::string(publisher));
  r.set(Variable::publisher, std::string());
}

// it/fr comma lists print a book with a place and no publisher as "Mario Rossi, Storia di
// Firenze, Firenze, 1968": the one element between the title and the year is a place or a
// publisher ("Einaudi, 1968"), and only the list tells which: a place when the list prints it
// in a place's slot ("Firenze, Sansoni, 1950"). Returns whether the reference had that shape.
// A markdown export's link on the title ("[Storia di Firenze](…), Firenze, 1968") is the same.
bool ReferenceParser::place_before_year(ParseContext& c) {
  Reference& r = c.ref;
  if (c.mode != SepMode::comma || (c.title_kind != TitleKind::plain && c.title_kind != TitleKind::link) || c.chapter || r.has(Variable::container_title) ||
      r.has(Variable::publisher_place) || !r.has(Variable::issued))
    return false;
  const std::string_view publisher = r.get(Variable::publisher);
  if (publisher.empty() || publisher.size() > 40) return false;
  const std::size_t at = c.t.rfind(publisher);
  const std::size_t after = at == std::string_view::npos ? at : at + publisher.size();
  if (after == std::string_view::npos || after + 2 >= c.t.size() || c.t.compare(after, 2, ", ") != 0 ||
      !text::is_ascii_digit(c.t[after + 2]))
    return false;
  if (std::find(places_.begin(), places_.end(), publisher) == places_.end()) {
    place_candidate_ = true;
    return true;
  }
  r.set(Variable::publisher_place, std::string(publisher));
  r.set(Variable::publisher, std::string());
  c.place = true;  // book evidence for the type rules
  return true;
}

void ReferenceParser::settle_place(Reference& r) const {
  const std::string_view publisher = r.get(Variable::publisher);
  if (publisher.empty() || r.has(Variable::publisher_place) ||
      std::find(places_.begin(), places_.end(), publisher) == places_.end())
    return;
  r.set(Variable::publisher_place, std::string(publisher));
  r.set(Variable::publisher, std::string());
  // A place is a book's evidence for an unquoted title (a quoted one stays a web page).
  if (r.type == ItemType::document) r.type = ItemType::book;
}

// "Smith 2005, p. 40. sfn error: no target: CITEREFSmith2005 (help)": a short note with the
// error message Module:Footnotes prints when its target is missing. Only short texts that end
// as such a message does, with its "(help)" link, are tried, at their sentence ends.
bool ReferenceParser::short_note_with_message(std::string_view t, Reference& ref) const {
  if (t.size() > 240 || t.back() != ')') return false;
  for (std::size_t i = t.find(". "); i != std::string_view::npos; i = t.find(". ", i + 1)) {
    const std::size_t m = i + 2;
    if (m >= t.size() || !lex_.may_start_marker(t, m) || lex_.match_cs1_message(t, m) != t.size() - m) continue;
    if (!parse_short_cites(t.substr(0, i + 1), lex_, ref.short_cites, short_notes_seen_ > 0)) return false;
    ref.cs1_messages.emplace_back(t.substr(m));
    return true;
  }
  return false;
}

ReferenceParser::ReferenceParser(const Lexicon& lexicon, std::string_view language) : lex_(lexicon) {
  for (const ReaderLanguage* l : all_reader_languages())
    if (!language.empty() && language.substr(0, 2) == l->code) edition_ = l;
}

void ReferenceParser::parse(const ItemText& item, Reference& ref, Diagnostics& diagnostics, const SourceText* source,
                            std::string_view ref_id) {
  const std::string_view t = item.text;
  ref.type = ItemType::document;
  if (t.empty() || !text::has_alnum(t)) {
    // Nothing to cite, and said so: an empty item is text the copy lost; symbols alone are
    // kept in raw like any text no field took.
    ref.no_citation = true;
    const SourceSpan at = source ? SourceSpan{item.source_begin(0), item.source_end(t.size())} : SourceSpan{0, t.size()};
    if (t.empty())
      diagnostics.report(DiagCode::reference_empty, source, at, {}, ref_id);
    else
      diagnostics.report(DiagCode::reference_unparsed_text, source, at, {shown_part(t)}, ref_id);
    return;
  }
  if (is_leaked_css(t)) {
    // A style sheet the copy took along: no reference, and said so.
    ref.no_citation = true;
    diagnostics.report(DiagCode::list_line_skipped, source,
                       source ? SourceSpan{item.source_begin(0), item.source_end(t.size())} : SourceSpan{0, t.size()},
                       {shown_part(t)}, ref_id);
    return;
  }
  if (is_link_label(t)) {
    // The label of a bare external link: nothing to cite, kept as printed.
    ref.no_citation = true;
    ref.comment = std::string(t);
    return;
  }
  if (parse_short_cites(t, lex_, ref.short_cites, short_notes_seen_ > 0)) {
    ++short_notes_seen_;
    return;
  }
  if (short_note_with_message(t, ref)) {
    ++short_notes_seen_;
    return;
  }

  used_.assign(t.size(), 0);
  protect_.assign(t.size(), 0);
  for (const ItemEmphasis& e : item.emphasis)
    if (e.italic)
      for (std::size_t i = e.begin; i < e.end && i < t.size(); ++i) protect_[i] = 1;
  ParseContext c{lex_, item, t, ref, used_, segments_, protect_};
  c.edition = edition_;
  c.list_natural_order = natural_seen_ > inverted_seen_;
  c.list_edition = list_edition_;
  c.list_without_dotted_days = list_without_dotted_days_;
  read_prefix(c);
  find_title_anchor(c);
  scan_markers(c, c.anchor, c.anchor == std::string_view::npos ? 0 : c.anchor_end);
  if (!c.edition) c.edition = list_edition_;
  if (read_bracketed_description(c)) {
    assign_links(c);
  } else {
    read_head(c);
    assign_links(c);
    place_elements(c);
  }
  // "Published 2010" with no other date of the work: that is when it was issued.
  if (const Date* published = ref.date(Variable::available_date))
    if (!ref.has(Variable::issued)) {
      ref.set_date(Variable::issued, *published);
      ref.set_date(Variable::available_date, Date{});
    }
  place_after_newspaper(c);
  decide_type(c);
  // ko "《한겨레》", ja "『書名』": a work's name in CJK title marks, wherever a step placed it.
  for (const Variable v : {Variable::title, Variable::container_title, Variable::collection_title})
    if (const std::string_view value = ref.get(v); without_title_marks(value).size() != value.size())
      ref.set(v, std::string(without_title_marks(value)));
  if (c.edition) ref.edition = c.edition->code;
  if (const std::string_view place = ref.get(Variable::publisher_place);
      !place.empty() && places_.size() < kMaxPlaces && place.size() <= 40 &&
      std::find(places_.begin(), places_.end(), place) == places_.end())
    places_.emplace_back(place);
  if (c.names_natural) {
    ++natural_seen_;
  } else {
    const std::span<const Name> authors = ref.names(Variable::author);
    if (!authors.empty() && !authors.front().is_literal() && !authors.front().given.empty()) ++inverted_seen_;
  }

  auto span_of = [&](std::size_t b, std::size_t e) {
    return source ? SourceSpan{item.source_begin(b), item.source_end(e)} : SourceSpan{b, e};
  };
  for (const ParseContext::Problem& p : c.problems)
    diagnostics.report(p.code, source, span_of(p.begin, p.end), {t.substr(p.begin, p.end - p.begin)}, ref_id);
  if (!ref.has(Variable::title) && !ref.no_citation && ref.short_cites.empty() && !ref.has(Variable::URL) &&
      !ref.has(Variable::container_title) && !ref.has(Variable::ISBN))
    diagnostics.report(DiagCode::reference_no_title, source,
                       source ? SourceSpan{item.source_begin(0), item.source_end(t.size())} : SourceSpan{0, t.size()},
                       {}, ref_id);
  // Text no step placed, or placed in no field: report it where it is in the source.
  for (const auto& [b, e] : c.unplaced)
    for (std::size_t i = b; i < e; ++i) used_[i] = 0;
  for (std::size_t i = 0; i < t.size();) {
    if (used_[i]) {
      ++i;
      continue;
    }
    std::size_t e = i;
    while (e < t.size() && !used_[e]) ++e;
    const std::string_view left = text::trim_chars(t.substr(i, e - i), ".,;:()[]\"'-");
    if (text::has_alnum(left)) {
      const std::size_t b = static_cast<std::size_t>(left.data() - t.data());
      const std::size_t en = b + left.size();
      const std::string_view shown = shown_part(left);
      diagnostics.report(DiagCode::reference_unparsed_text, source,
                         source ? SourceSpan{item.source_begin(b), item.source_end(en)} : SourceSpan{b, en}, {shown},
                         ref_id);
    }
    i = e;
  }
}

}  // namespace citelib::list

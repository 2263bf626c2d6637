// Elements in the wrong place: a section of the work inside its title ("Group § Partial
// Chronology"), and free text after the citation that is not in quotation marks (a quotation
// CS1 would print in quotes from |quote=, or a comment). Both are notes: the text is kept as
// it is, the editor decides.
#include "context.hpp"

#include "core/text.hpp"

#include <array>
#include <string>
#include <string_view>

namespace citelib::checks {

namespace {

constexpr std::string_view kSection = "\u00A7";

// The part of `title` from a section mark that follows title text and starts a named
// section ("… Group § Partial Incident Chronology"), or empty. A mark that opens the title or
// numbers a paragraph ("§ 219a StGB", "Gesetz § 5") is part of a legal title.
std::string_view section_in_title(std::string_view title) {
  const std::size_t at = title.find(kSection);
  if (at == std::string_view::npos || at == 0) return {};
  std::size_t after = at + kSection.size();
  if (title.substr(after).starts_with(kSection)) return {};  // "§§ 3–5": paragraphs of a law
  while (after < title.size() && (title[after] == ' ' || title.compare(after, 2, "\u00A0") == 0))
    after += title[after] == ' ' ? 1 : 2;
  if (after >= title.size() || after == at + kSection.size()) return {};
  const auto c = static_cast<unsigned char>(title[after]);
  if (c >= '0' && c <= '9') return {};
  if (title.substr(0, at).find_first_not_of(" \u00A0") == std::string_view::npos) return {};
  return title.substr(at);
}

// Quotation marks that open a quotation (straight, curly, low-9, guillemets, CJK corners).
bool ends_with_opening_quote(std::string_view before) {
  static constexpr std::array<std::string_view, 9> kOpen = {"\"", "'", "\u201C", "\u2018", "\u201E",
                                                            "\u00AB", "\u00BB", "\u300C", "\u300E"};
  for (std::string_view q : kOpen)
    if (before.ends_with(q)) return true;
  return false;
}

// A sentence: at least four words and a final stop. Short free text after a citation
// ("Received August 1975", "mirror: http://…") is a comment, not a quotation.
bool reads_as_sentence(std::string_view s) {
  if (s.empty()) return false;
  const char last = s.back();
  if (last != '.' && last != '!' && last != '?' && !s.ends_with("\u2026")) return false;
  return text::count_words(s) >= 4;
}

// The first `max` bytes of `s`, ending at a word when one ends in their second half.
std::string excerpt(std::string_view s, std::size_t max) {
  if (s.size() <= max) return std::string(s);
  const std::size_t space = s.rfind(' ', max);
  return clipped(s, space != std::string_view::npos && space >= max / 2 ? space : max);
}

}  // namespace

void check_placement(const Reference& r, const ReferenceText& text, CheckContext& cx) {
  if (const std::string_view section = section_in_title(r.get(Variable::title)); !section.empty())
    cx.report(DiagCode::title_section_mark, r, text.find(section), {section});
  // Only printed text shows whether quotation marks were there: a `note` field of structured
  // data is the field itself.
  const std::string_view note = r.get(Variable::note);
  if (note.empty() || r.raw.empty() || !reads_as_sentence(note)) return;
  const std::optional<TextRange> at = text.find_range(note);
  if (!at || at->begin < text.raw_begin()) return;
  std::string_view before = text.text().substr(text.raw_begin(), at->begin - text.raw_begin());
  while (!before.empty() && (before.back() == ' ' || before.ends_with("\u00A0")))
    before.remove_suffix(before.back() == ' ' ? 1 : 2);
  if (ends_with_opening_quote(before)) return;
  cx.report(DiagCode::quote_undelimited, r, text.span(*at), {excerpt(note, 60)});
}

}  // namespace citelib::checks

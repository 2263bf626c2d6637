// Page ranges (reversed, open, malformed, hyphenated) and volume/issue numbers.
#include "context.hpp"

#include <citelib/model/date.hpp>
#include <citelib/model/page_range.hpp>

#include <algorithm>

#include <string>
#include <string_view>

namespace citelib::checks {

namespace {

bool has_digit(std::string_view s) {
  for (char c : s)
    if (c >= '0' && c <= '9') return true;
  return false;
}

// "XII", "iv": volumes of older journals are often Roman.
bool is_roman(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    switch (c) {
      case 'I': case 'V': case 'X': case 'L': case 'C': case 'D': case 'M':
      case 'i': case 'v': case 'x': case 'l': case 'c': case 'd': case 'm': break;
      default: return false;
    }
  }
  return true;
}

// Journals, magazines and newspapers number their volumes and issues.
bool numbered_serial(ItemType t) {
  return t == ItemType::article_journal || t == ItemType::article_magazine ||
         t == ItemType::article_newspaper || t == ItemType::periodical;
}

// "2017-13-05", "2019-02-30": year-month-day in digits that names no day of the calendar.
bool impossible_iso_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u})
    if (s[i] < '0' || s[i] > '9') return false;
  auto num = [&](std::size_t at, std::size_t n) {
    int v = 0;
    for (std::size_t i = at; i < at + n; ++i) v = v * 10 + (s[i] - '0');
    return v;
  };
  DatePoint p;
  p.year = num(0, 4);
  p.has_year = true;
  p.month = static_cast<std::uint8_t>(num(5, 2));
  p.day = static_cast<std::uint8_t>(num(8, 2));
  return !is_valid_calendar_date(p);
}

// "xv + 560", "xi + 201 + 105", "vi + [124]", "400 (est.)", "xxxvi + 2744 (4 volumes)": a
// book's extent as catalogues give it (front matter in Roman numerals, then the numbered
// parts, unnumbered ones in brackets, a remark in parentheses), which .bib files carry in
// `pages`.
bool is_page_extent(std::string_view s) {
  bool remark = false;
  if (s.ends_with(')')) {
    const std::size_t open = s.rfind(" (");
    if (open == std::string_view::npos || open == 0) return false;
    s = s.substr(0, open);
    remark = true;
  }
  auto digits = [](std::string_view t) {
    return !t.empty() && t.find_first_not_of("0123456789") == std::string_view::npos;
  };
  std::size_t parts = 0;
  while (!s.empty()) {
    const std::size_t plus = s.find(" + ");
    std::string_view part = s.substr(0, plus);
    if (part.size() > 2 && part.front() == '[' && part.back() == ']') part = part.substr(1, part.size() - 2);
    if (!digits(part) && !is_roman(part)) return false;
    ++parts;
    if (plus == std::string_view::npos) break;
    s.remove_prefix(plus + 3);
    if (s.empty()) return false;
  }
  return parts >= 2 || (parts == 1 && remark);
}

// Length of the part of `pages` that starts at `offset`: up to the next list separator,
// without trailing spaces.
std::size_t part_length(std::string_view pages, std::size_t offset) {
  std::size_t end = pages.find_first_of(",;&", offset);
  if (end == std::string_view::npos) end = pages.size();
  while (end > offset && whitespace_length(pages, end - 1)) --end;
  while (end > offset + 1 && static_cast<unsigned char>(pages[end - 1]) == 0xA0 &&
         static_cast<unsigned char>(pages[end - 2]) == 0xC2)
    end -= 2;
  return end - offset;
}

void check_pages(const Reference& r, const ReferenceText& text, CheckContext& cx) {
  const std::string_view pages = r.get(Variable::page);
  if (pages.empty()) return;
  // Where the field, and a part of it, are in the text: looked for only for a finding.
  std::optional<std::optional<TextRange>> field;
  auto where = [&](const PageRange& p, std::string_view part) {
    if (!field) field = text.find_range(pages);
    const std::optional<TextRange>& f = *field;
    if (f && f->size() == pages.size()) return text.span(TextRange{f->begin + p.offset, f->begin + p.offset + part.size()});
    if (auto loose = text.find_range(part)) return text.span(*loose);
    return f ? text.span(*f) : text.whole();
  };
  for (const PageRange& p : parse_page_ranges(pages)) {
    const std::string_view part = pages.substr(p.offset, part_length(pages, p.offset));
    switch (p.kind) {
      case PageRange::Kind::range:
        if (p.is_reversed()) cx.report(DiagCode::page_range_reversed, r, where(p, part), {part});
        // Typography of a printed list: in data (CSL-JSON, BibTeX's "--") a hyphen is the
        // convention and every style prints the dash itself, so only a reference that keeps
        // the text it was printed as is told.
        else if (p.separator == "-" && !r.raw.empty())
          cx.report(DiagCode::page_range_hyphen, r, where(p, part), {part});
        break;
      case PageRange::Kind::open:
        cx.report(DiagCode::page_range_open, r, where(p, part), {part});
        break;
      case PageRange::Kind::malformed:
        // An impossible ISO date ("2017-13-05") is no page range: a reader that could not
        // take it for a date left it here. Say what is wrong with it.
        if (impossible_iso_date(part)) cx.report(DiagCode::date_invalid, r, where(p, part), {"the", part});
        else if (is_page_extent(part)) break;
        else cx.report(DiagCode::page_range_malformed, r, where(p, part), {part});
        break;
      case PageRange::Kind::single:
        break;
    }
  }
}

// "POPL", "OOPSLA", "CSCW": journals that publish conference proceedings as issues (ACM's
// PACM series) name the issue after the conference.
bool is_acronym(std::string_view s) {
  return s.size() >= 2 && s.size() <= 10 && std::all_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

void check_serial_number(const Reference& r, Variable v, DiagCode code, const ReferenceText& text,
                         CheckContext& cx) {
  const std::string_view value = r.get(v);
  if (value.empty() || has_digit(value) || is_roman(value)) return;
  if (v == Variable::issue && is_acronym(value)) return;
  cx.report(code, r, text.find_token(value), {value, to_string(r.type)});
}

}  // namespace

void check_numbers(const Reference& r, const ReferenceText& text, CheckContext& cx) {
  check_pages(r, text, cx);
  if (numbered_serial(r.type)) {
    check_serial_number(r, Variable::volume, DiagCode::volume_not_numeric, text, cx);
    check_serial_number(r, Variable::issue, DiagCode::issue_not_numeric, text, cx);
  }
}

}  // namespace citelib::checks

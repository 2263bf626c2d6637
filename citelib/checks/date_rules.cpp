// Dates: impossible calendar dates, dates after the reference date, access and archive dates
// before publication, access dates without a day, and written forms CS1 rejects.
#include "context.hpp"
#include "date_text.hpp"

#include <citelib/model/date.hpp>

#include <optional>
#include <string>

namespace citelib::checks {

namespace {

struct DateSlot {
  const Date* date;
  DateRole role;
  std::string_view name;  // as the message says it: "publication", "access", "archive"
};

// Where the written form of `d` is in the reference; whole() when not found.
SourceSpan locate(const Date& d, DateRole role, const ReferenceText& text) {
  if (!d.has_parts()) return d.literal.empty() ? text.whole() : text.find(d.literal);
  if (auto p = find_date(text.text(), d.start, role)) return text.span(p->range);
  return text.whole();
}

std::string iso_or_parts(const DatePoint& p) {
  // to_iso() cannot print a month of 13 meaningfully; spell what was given.
  std::string out = std::to_string(p.year);
  if (p.month) out += (p.month < 10 ? "-0" : "-") + std::to_string(p.month);
  if (p.month && p.day) out += (p.day < 10 ? "-0" : "-") + std::to_string(p.day);
  return out;
}

// The point a literal date names, when it is written like a date whose numbers are simply
// impossible ("2017-02-30", "31 April 2019"): readers keep those as literals.
std::optional<DatePoint> impossible_literal(const Date& d) {
  if (d.has_parts() || d.literal.empty()) return std::nullopt;
  const std::optional<DatePhrase> p = parse_date_phrase(d.literal);
  if (!p || p->range.begin != 0 || p->range.end != d.literal.size() || !p->month) return std::nullopt;
  // "2016-17" is a year range written with a hyphen, not month 17.
  if (!p->month_in_words && p->day == 0) return std::nullopt;
  DatePoint pt;
  pt.year = p->year;
  pt.has_year = true;
  if (p->month < 1 || p->month > 255 || p->day > 255) return std::nullopt;
  pt.month = static_cast<std::uint8_t>(p->month);
  pt.day = static_cast<std::uint8_t>(p->day);
  if (is_valid_calendar_date(pt)) return std::nullopt;
  return pt;
}

// True when every point of `d` exists; reports the first that does not.
bool check_valid(const Reference& r, const DateSlot& s, const ReferenceText& text, CheckContext& cx) {
  const Date& d = *s.date;
  if (auto bad = impossible_literal(d)) {
    cx.report(DiagCode::date_invalid, r, text.find(d.literal), {s.name, d.literal});
    return false;
  }
  if (!d.has_parts()) return true;
  for (const DatePoint* p : {&d.start, d.end ? &*d.end : nullptr}) {
    if (!p || !p->has_year || p->season != Season::none) continue;
    if (is_valid_calendar_date(*p)) continue;
    SourceSpan at = text.whole();
    if (auto phrase = find_date(text.text(), *p, s.role)) at = text.span(phrase->range);
    cx.report(DiagCode::date_invalid, r, at, {s.name, iso_or_parts(*p)});
    return false;
  }
  return true;
}

Date as_date(const DatePoint& p) {
  Date d;
  d.start = p;
  return d;
}

// True when the text holds a zero-padded day outside an ISO date (" 09," or " 09 "): the only
// form check_form() looks for, so most references skip finding their dates again.
bool has_padded_day(std::string_view t) {
  for (std::size_t i = t.find('0'); i != std::string_view::npos; i = t.find('0', i + 1)) {
    if (i == 0 || i + 1 >= t.size() || t[i + 1] < '1' || t[i + 1] > '9') continue;
    if (i + 2 < t.size() && t[i + 2] >= '0' && t[i + 2] <= '9') continue;
    const char before = t[i - 1];
    if (before == ' ' || static_cast<unsigned char>(before) == 0xA0) return true;
  }
  return false;
}

void check_form(const Reference& r, const DateSlot& s, const ReferenceText& text, CheckContext& cx) {
  const Date& d = *s.date;
  if (!d.has_parts() || d.start.day == 0 || d.start.day >= 10 || !has_padded_day(text.text())) return;
  const std::optional<DatePhrase> p = find_date(text.text(), d.start, s.role);
  if (!p || !p->month_in_words || !p->day_zero_padded) return;
  const std::string written(text.text().substr(p->range.begin, p->range.size()));
  cx.report(DiagCode::date_form_invalid, r, text.span(p->range),
            {written, "a day written out with a month name takes no leading zero"});
}

}  // namespace

void check_dates(const Reference& r, const ReferenceText& text, CheckContext& cx) {
  const DateSlot issued{r.date(Variable::issued), DateRole::issued, "publication"};
  const DateSlot accessed{r.date(Variable::accessed), DateRole::accessed, "access"};
  const DateSlot archived{r.archive_date ? &*r.archive_date : nullptr, DateRole::archived, "archive"};

  bool issued_ok = false, accessed_ok = false, archived_ok = false;
  for (auto [slot, ok] : {std::pair{&issued, &issued_ok}, {&accessed, &accessed_ok}, {&archived, &archived_ok}}) {
    if (!slot->date) continue;
    *ok = check_valid(r, *slot, text, cx) && slot->date->has_parts();
    if (*ok) check_form(r, *slot, text, cx);
  }
  // Other dates (event, original publication...) are only checked for existence.
  for (const auto& [var, d] : r.date_fields()) {
    if (var == Variable::issued || var == Variable::accessed) continue;
    check_valid(r, DateSlot{&d, DateRole::issued, to_string(var)}, text, cx);
  }

  // Where each date is written, looked for once and only for a finding (an access date may
  // have several).
  std::optional<SourceSpan> where[3];
  auto at = [&](const DateSlot& s) {
    std::optional<SourceSpan>& w = where[static_cast<int>(s.role)];
    if (!w) w = locate(*s.date, s.role, text);
    return *w;
  };
  const Date today = as_date(cx.reference_date());
  if (issued_ok && compare_dates(*issued.date, today) > 0)
    cx.report(DiagCode::date_in_future, r, at(issued), {to_iso(issued.date->start), to_iso(cx.reference_date())});
  for (const DateSlot* s : {&accessed, &archived}) {
    if (!(s == &accessed ? accessed_ok : archived_ok)) continue;
    if (compare_dates(*s->date, today) > 0)
      cx.report(DiagCode::access_date_in_future, r, at(*s),
                {s->name, to_iso(s->date->start), to_iso(cx.reference_date())});
  }

  if (issued_ok && accessed_ok && compare_dates(*accessed.date, *issued.date) < 0)
    cx.report(DiagCode::access_before_publication, r, at(accessed),
              {to_iso(accessed.date->start), to_iso(issued.date->start)});
  if (issued_ok && archived_ok && compare_dates(*archived.date, *issued.date) < 0)
    cx.report(DiagCode::archive_before_publication, r, at(archived),
              {to_iso(archived.date->start), to_iso(issued.date->start)});

  if (accessed_ok && accessed.date->precision() != DatePrecision::day && !accessed.date->is_range())
    cx.report(DiagCode::access_date_imprecise, r, at(accessed), {to_iso(accessed.date->start)});
}

}  // namespace citelib::checks

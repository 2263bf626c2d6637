// cs:date and cs:date-part (specification, "Date"): localized and style-defined formats,
// ranges, seasons, BC/AD years, ordinal days; sortable form for sort keys.
#include <algorithm>
#include "csl/eval/evaluator.hpp"

#include <fmt/format.h>

namespace citelib::csl {

namespace {

// Term names of months and seasons, indexed by number (no key string built per date).
constexpr std::string_view kMonthTerms[] = {"",         "month-01", "month-02", "month-03", "month-04",
                                            "month-05", "month-06", "month-07", "month-08", "month-09",
                                            "month-10", "month-11", "month-12"};
constexpr std::string_view kSeasonTerms[] = {"", "season-01", "season-02", "season-03", "season-04"};
// A month beyond 12 names no term (as "month-13" would not).
std::string_view month_term(unsigned month) { return month < std::size(kMonthTerms) ? kMonthTerms[month] : ""; }

int unit_of(DatePartName n) { return n == DatePartName::year ? 0 : n == DatePartName::month ? 1 : 2; }

bool point_has(const DatePoint& p, DatePartName n) {
  switch (n) {
    case DatePartName::year: return p.has_year;
    case DatePartName::month: return p.month != 0 || p.season != Season::none;
    case DatePartName::day: return p.day != 0 && p.month != 0;
  }
  return false;
}

}  // namespace

static std::string render_part(Evaluator& ev, const DatePart& part, const DatePoint& p, bool with_affixes,
                               bool strip_prefix, bool strip_suffix) {
  std::string s;
  switch (part.name) {
    case DatePartName::year: {
      if (!p.has_year) return {};
      const int y = p.year;
      if (part.form == DatePartForm::short_) s = fmt::format("{:02d}", (y < 0 ? -y : y) % 100);
      else s = std::to_string(y < 0 ? -y : y);
      // Era terms follow the year as the locale writes them ("79AD", "250BC", specification;
      // in localized dates too, as citeproc-js prints them).
      const std::string_view era = y < 0 ? ev.locale.term_text("bc") : (y < 1000 && y > 0) ? ev.locale.term_text("ad") : std::string_view{};
      s += era;
      if (ev.mode.drop_first_year && !ev.first_year_dropped) {
        s.clear();
        ev.first_year_dropped = true;
      }
      if (ev.pending_year_suffix) {
        s += ev.year_suffix_text();
        ev.pending_year_suffix = false;
        ev.year_suffix_done = true;
      }
      break;
    }
    case DatePartName::month: {
      if (p.season != Season::none && p.month == 0) {
        s = ev.locale.term_text(kSeasonTerms[static_cast<int>(p.season)]);
        break;
      }
      if (p.month == 0) return {};
      switch (part.form) {
        case DatePartForm::numeric: s = std::to_string(p.month); break;
        case DatePartForm::numeric_leading_zeros: s = fmt::format("{:02d}", p.month); break;
        case DatePartForm::short_:
          s = ev.locale.term_text(month_term(p.month), TermForm::short_);
          break;
        default: s = ev.locale.term_text(month_term(p.month)); break;
      }
      break;
    }
    case DatePartName::day: {
      if (p.day == 0 || p.month == 0) return {};
      switch (part.form) {
        case DatePartForm::numeric_leading_zeros: s = fmt::format("{:02d}", p.day); break;
        case DatePartForm::ordinal: {
          if (ev.locale.limit_day_ordinals_to_day_1() && p.day != 1) {
            s = std::to_string(p.day);
          } else {
            std::string gender;
            if (const Term* t = ev.locale.term(month_term(p.month))) gender = t->gender;
            s = std::to_string(p.day) + ev.locale.ordinal_suffix(p.day, gender);
          }
          break;
        }
        default: s = std::to_string(p.day); break;
      }
      break;
    }
  }
  Formatting f = part.fmt;
  if (!with_affixes) {
    f.prefix.clear();
    f.suffix.clear();
  }
  if (strip_prefix) f.prefix.clear();
  if (strip_suffix) f.suffix.clear();
  ev.strip_inherited_periods(s);
  ev.finish(s, f);
  return s;
}

// A literal date ("c. 1750", "forthcoming") stands in the year's place: it takes the year
// date-part's affixes, formatting and text case, then the date's own (citeproc-js; the
// specification is silent).
std::string Evaluator::render_literal_date(std::string_view literal, const std::vector<DatePart>& parts,
                                           const Formatting& fmt) {
  std::string out = ir::from_rich_text(literal);
  for (const DatePart& p : parts)
    if (p.name == DatePartName::year) {
      finish(out, p.fmt);
      break;
    }
  finish(out, fmt);
  return out;
}

std::string Evaluator::render_date(const Element& e, const DateEl& d) {
  // The accessed date tells no two works apart: the ambiguity test leaves it out (citeproc-js).
  if (mode.disambiguation && d.variable == Variable::accessed) return {};
  ++vars_called;
  if (suppressed.test(static_cast<std::size_t>(d.variable))) return {};
  const Date* date = ref.date(d.variable);
  if (!date || date->empty()) return {};
  ++vars_rendered;
  touched.set(static_cast<std::size_t>(d.variable));
  // A date of the item opens an output level in citeproc-js: its affixes count for the
  // note-style brace counter (its date parts' do not).
  const Formatting& fmt = brace_leave(e.fmt, brace_enter(e.fmt));
  std::string out;
  if (mode.sort_key) {
    // Sortable: YYYYMMDD with ranges appended, literal dates as nothing. A date in a sort macro
    // keys only on the parts it renders (a year-only date sorts before full dates of that
    // year, as it prints).
    bool has_month = true, has_day = true;
    if (d.form == DateForm::none) {
      has_month = has_day = false;
      for (const DatePart& p : d.date_parts) {
        if (p.name == DatePartName::month) has_month = true;
        if (p.name == DatePartName::day) has_day = true;
      }
    } else {
      has_month = d.parts != DatePartsAttr::year;
      has_day = d.parts == DatePartsAttr::year_month_day;
    }
    auto point = [&](const DatePoint& p) {
      // A season is no month: "Summer 2000" keys as the year alone, as in a variable's key
      // (citeproc-js).
      const int month = has_month ? p.month : 0;
      return fmt::format("{:05d}{:02d}{:02d}", p.year + 10000, month, has_day ? p.day : 0);
    };
    if (date->has_parts()) {
      // A date without an end keys with a zero end: every date key has the same width, as
      // the key of a macro that prints only digits compares as a number ("2005" before the
      // range "1999–2000" otherwise).
      out = point(date->start);
      out += date->end ? point(*date->end) : std::string("000000000");
    }
    // A literal date ("Spring 1999", "forthcoming") has no date-parts to key on: it adds
    // nothing to the macro's key, as it keys empty (last either way) as a variable key
    // (specification, Sorting: dates key as YYYYMMDD; citeproc-js keys a literal date in a
    // macro as nothing too).
    return out;
  }
  // The year suffix goes to the first year rendered through cs:date, whatever its variable
  // (spec, disambiguate-add-year-suffix): an undated reference takes it on its accessed year.
  pending_year_suffix = implicit_year_suffix && !year_suffix_done && state.year_suffix >= 0 && !mode.sort_key;
  if (!date->has_parts()) {
    // A literal ("n.d.", "Spring 2001") stands where the year would: a cs:date that renders
    // no year (APA's month and day after the year) prints nothing of it (citeproc-js).
    if (d.form == DateForm::none &&
        std::none_of(d.date_parts.begin(), d.date_parts.end(), [](const DatePart& p) { return p.name == DatePartName::year; }))
      return out;
    if (d.form == DateForm::none) return render_literal_date(date->literal, d.date_parts, fmt);
  }
  // The parts to render, in order, with attributes from the locale (localized dates) or the style.
  // (One list per thread, refilled for every date: no date renders another one.)
  thread_local std::vector<DatePart> merged;
  const std::vector<DatePart>* parts = &d.date_parts;
  std::string_view delimiter;
  if (d.form != DateForm::none) {
    const LocaleDateFormat& lf = locale.date_format(d.form);
    delimiter = d.delimiter ? std::string_view(*d.delimiter) : std::string_view(lf.delimiter);
    merged.clear();
    for (const DatePart& lp : lf.parts) {
      if (d.parts == DatePartsAttr::year && lp.name != DatePartName::year) continue;
      if (d.parts == DatePartsAttr::year_month && lp.name == DatePartName::day) continue;
      DatePart p = lp;
      for (const DatePart& sp : d.date_parts) {
        if (sp.name != lp.name) continue;
        if (sp.form != DatePartForm::default_) p.form = sp.form;
        if (sp.range_delimiter) p.range_delimiter = sp.range_delimiter;
        // Attributes the style's part sets override the locale's; the others stay
        // (a locale's uppercase month keeps its case under a style's form="short").
        const Formatting& f = sp.fmt;
        Formatting& m = p.fmt;
        if (!f.prefix.empty()) m.prefix = f.prefix;
        if (!f.suffix.empty()) m.suffix = f.suffix;
        if (f.font_style != FontStyle::unset) m.font_style = f.font_style;
        if (f.font_variant != FontVariant::unset) m.font_variant = f.font_variant;
        if (f.font_weight != FontWeight::unset) m.font_weight = f.font_weight;
        if (f.text_decoration != TextDecoration::unset) m.text_decoration = f.text_decoration;
        if (f.vertical_align != VerticalAlign::unset) m.vertical_align = f.vertical_align;
        if (f.display != Display::none) m.display = f.display;
        if (f.text_case != TextCase::none) m.text_case = f.text_case;
        if (f.quotes) m.quotes = true;
        if (f.strip_periods) m.strip_periods = true;
      }
      merged.push_back(std::move(p));
    }
    parts = &merged;
  } else if (d.delimiter) {
    delimiter = *d.delimiter;
  }
  if (!date->has_parts()) return render_literal_date(date->literal, *parts, fmt);
  // Drop parts the date lacks (a season stands in for the month).
  const DatePoint& s = date->start;
  thread_local std::vector<const DatePart*> present;
  present.clear();
  for (const DatePart& p : *parts)
    if (point_has(s, p.name) || (date->end && point_has(*date->end, p.name))) present.push_back(&p);

  auto render_span = [&](const DatePoint& pt, std::size_t from, std::size_t to, bool strip_first_prefix,
                         bool strip_last_suffix) {
    std::string r;
    for (std::size_t i = from; i < to; ++i) {
      std::string piece = render_part(*this, *present[i], pt, true, strip_first_prefix && i == from,
                                      strip_last_suffix && i + 1 == to);
      if (ir::is_blank(piece)) continue;
      if (!r.empty() && !delimiter.empty()) ir::append(r, delimiter, punct_in_quote);
      ir::append(r, piece, punct_in_quote);
    }
    return r;
  };

  if (date->end && date->end->year == 0) {
    // An open range ("1987–").
    std::string range_delim = "\u2013";
    for (const DatePart* p : present)
      if (p->name == DatePartName::year && p->range_delimiter) range_delim = *p->range_delimiter;
    out = render_span(s, 0, present.size(), false, false);
    out += range_delim;
  } else if (date->end && !(*date->end == s)) {
    const DatePoint& en = *date->end;
    int largest = -1;
    if (en.year != s.year) largest = 0;
    else if (en.month != s.month || en.season != s.season) largest = 1;
    else if (en.day != s.day) largest = 2;
    // Contiguous run of parts at or below the largest differing unit.
    std::size_t first = present.size(), last = 0;
    for (std::size_t i = 0; i < present.size(); ++i)
      if (unit_of(present[i]->name) >= largest) {
        first = std::min(first, i);
        last = i + 1;
      }
    if (largest >= 0 && first < last) {
      std::string range_delim = "\u2013";
      for (const DatePart* p : present)
        if (unit_of(p->name) == largest && p->range_delimiter) range_delim = *p->range_delimiter;
      if (largest == 0) {
        // The year suffix follows the range's last year ("2001–2003a"), as citeproc-js
        // places it.
        const bool suffix_pending = pending_year_suffix;
        pending_year_suffix = false;
        out = render_span(s, 0, present.size(), false, true);
        pending_year_suffix = suffix_pending;
        out += range_delim;
        ir::append(out, render_span(en, 0, present.size(), true, false), punct_in_quote);
      } else {
        out = render_span(s, 0, first, false, false);
        std::string mid = render_span(s, first, last, false, true);
        mid += range_delim;
        ir::append(mid, render_span(en, first, last, true, false), punct_in_quote);
        if (!out.empty() && !delimiter.empty()) ir::append(out, delimiter, punct_in_quote);
        ir::append(out, mid, punct_in_quote);
        std::string tail = render_span(s, last, present.size(), false, false);
        if (!tail.empty()) {
          if (!delimiter.empty()) ir::append(out, delimiter, punct_in_quote);
          ir::append(out, tail, punct_in_quote);
        }
      }
    } else {
      out = render_span(s, 0, present.size(), false, false);
    }
  } else {
    out = render_span(s, 0, present.size(), false, false);
  }
  // A date whose requested parts are all missing ("month" of a year-only date) rendered
  // nothing: for group suppression it is an empty variable.
  if (ir::is_blank(out)) {
    --vars_rendered;
    return {};
  }
  finish(out, fmt);
  return out;
}

}  // namespace citelib::csl

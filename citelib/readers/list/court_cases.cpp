// CS1 {{cite court}} and hand-written US case citations in Bluebook form: "Brown v. Board of
// Education, 347 U.S. 483 (1954).", "United States v. Smith, 123 F.3d 456, 460 (9th Cir.
// 1999)." The litigants, a comma, the reporter's volume, the reporter, the first page, an
// optional pinpoint, and the court and year in parentheses; no other template prints a
// "X v. Y, N Abbrev. N (… YYYY)" head.
#include "readers/list/head_steps.hpp"

#include "citelib/model/date.hpp"
#include "core/text.hpp"

#include <algorithm>

namespace citelib::list {

namespace {

constexpr std::size_t npos = std::string_view::npos;

std::size_t digits_at(std::string_view t, std::size_t i) {
  std::size_t e = i;
  while (e < t.size() && text::is_ascii_digit(t[e])) ++e;
  return e - i;
}

// The parties: "Brown v. Board of Education", "Donoghue v Stevenson" (a "v." or "v" between
// capitalised words), no quotes.
bool litigants(std::string_view s, bool parens = false) {
  if (s.size() < 5 || !text::starts_upper(s)) return false;
  bool versus = false;
  for (std::size_t v = s.find(" v"); v != npos && !versus; v = s.find(" v", v + 1)) {
    std::size_t e = v + 2;
    if (e < s.size() && s[e] == '.') ++e;
    versus = e + 1 < s.size() && s[e] == ' ' && text::starts_upper(s.substr(e + 1), true);
  }
  if (!versus) return false;
  for (const char ch : s)
    if (ch == '"' || ch == '[' || ch == ']' || ch == ';' || ch == ':' || (!parens && (ch == '(' || ch == ')'))) return false;
  return true;
}

// A reporter's word: "U.S.", "F.3d", "S.", "Ct.", "Supp.", "2d", "L.", "Ed." (a capital or an
// ordinal series number, at most eight bytes).
bool reporter_word(std::string_view w) {
  if (w.empty() || w.size() > 8) return false;
  if (w[0] >= 'A' && w[0] <= 'Z') return w.find_first_of(",;:\"") == npos;
  const std::size_t d = digits_at(w, 0);
  const std::string_view suffix = w.substr(d);
  return d > 0 && d <= 2 && (suffix == "d" || suffix == "th" || suffix == "st" || suffix == "nd" || suffix == "rd");
}

}  // namespace

// English and Commonwealth citations, OSCOLA's form: "Donoghue v Stevenson [1932] UKHL 100",
// "R v Brown [1993] UKHL 19", "Carlill v Carbolic Smoke Ball Co [1893] 1 QB 256": the
// litigants, the year in square brackets (the volume's year; round ones, "(1990) 170 CLR 1",
// when the volumes are numbered), an optional volume, the report series or the neutral
// citation's court, and the first page or the judgment's number. A neutral citation is the
// court's own series, so both read as the container and its page. A parallel citation after
// the comma is left to the elements.
bool bracket_case_head(ParseContext& c, std::size_t s0) {
  const std::string_view t = c.t;
  // The first bracket that holds a year alone ("R (Miller) v …", "Mabo v Queensland (No 2)
  // (1992)": a party's own brackets come first).
  const std::size_t limit = std::min(t.size(), s0 + 200);
  // First a " v " or " v. " between the parties ('v' is a rare letter: a few memchr hits).
  bool versus = false;
  for (std::size_t v = t.find('v', s0 + 1); v != npos && v < limit && !versus; v = t.find('v', v + 1))
    versus = t[v - 1] == ' ' && v + 1 < t.size() && (t[v + 1] == ' ' || t[v + 1] == '.');
  if (!versus) return false;
  std::size_t open = s0 + 1;
  for (;; ++open) {
    if (open + 8 > t.size() || open >= limit) return false;
    if ((t[open] == '[' || t[open] == '(') && t[open - 1] == ' ' && digits_at(t, open + 1) == 4 &&
        t[open + 5] == (t[open] == '[' ? ']' : ')'))
      break;
  }
  --open;
  if (!litigants(t.substr(s0, open - s0), true)) return false;
  std::size_t i = open + 2;
  if (i + 5 >= t.size() || t[i + 5] != ' ') return false;
  const std::string_view year = t.substr(i, 4);
  i += 6;
  std::string_view volume;
  if (const std::size_t d = digits_at(t, i); d > 0 && d <= 3 && i + d < t.size() && t[i + d] == ' ') {
    volume = t.substr(i, d);
    i += d + 1;
  }
  const std::size_t rep_begin = i;
  std::size_t page_begin = npos, page_end = npos;
  for (int words = 0; words < 4 && i < t.size(); ++words) {
    std::size_t e = i;
    while (e < t.size() && t[e] != ' ' && t[e] != ',' && t[e] != '.') ++e;
    const std::string_view w = t.substr(i, e - i);
    const std::size_t d = digits_at(w, 0);
    if (d == w.size() && d > 0 && d <= 5 && words > 0) {
      if (e < t.size() && !(t[e] == ',' || t[e] == '.' || t.compare(e, 2, " (") == 0)) return false;
      page_begin = i;
      page_end = e;
      break;
    }
    // "UKHL", "EWCA", "Civ", "AC", "WLR", "All", "ER": capitalised letters only.
    if (w.empty() || w.size() > 8 || !(w[0] >= 'A' && w[0] <= 'Z')) return false;
    for (const char ch : w)
      if (!text::is_ascii_alpha(ch)) return false;
    if (e >= t.size() || t[e] != ' ') return false;
    i = e + 1;
  }
  if (page_begin == npos) return false;
  set_title(c, s0, open, TitleKind::plain);
  c.ref.set(Variable::title, std::string(text::trim(t.substr(s0, open - s0))));
  if (!volume.empty()) c.ref.set(Variable::volume, std::string(volume));
  c.ref.set(Variable::container_title, std::string(t.substr(rep_begin, page_begin - 1 - rep_begin)));
  c.ref.set(Variable::page, std::string(t.substr(page_begin, page_end - page_begin)));
  c.ref.set_date(Variable::issued, parse_date(year));
  std::size_t end = page_end;
  // Parallel citations, ", [1932] AC 562", ", (1868) LR 3 HL 330": the same judgment in other
  // reports; CSL has no variable for them, so they are kept together in `comment`.
  while (t.compare(end, 3, ", [") == 0 || t.compare(end, 3, ", (") == 0) {
    std::size_t e = t.find_first_of(",", end + 2);
    if (e == npos) e = t.size();
    std::size_t stop = e;
    while (stop > end && (t[stop - 1] == '.' || t[stop - 1] == ' ')) --stop;
    if (stop <= end + 9 || !text::is_ascii_digit(t[stop - 1]) || digits_at(t, end + 3) != 4) break;
    if (!c.ref.comment.empty()) c.ref.comment += ", ";
    c.ref.comment += std::string(t.substr(end + 2, stop - end - 2));
    end = stop;
  }
  c.mark(s0, end);
  c.ref.type = ItemType::legal_case;
  c.type_label = true;
  c.rest_begin = end;
  return true;
}

bool court_case_head(ParseContext& c, std::size_t s0) {
  const std::string_view t = c.t;
  // The litigants end at the first ", " followed by a volume number.
  std::size_t comma = t.find(", ", s0);
  while (comma != npos && comma - s0 <= 200 && !(comma + 2 < t.size() && text::is_ascii_digit(t[comma + 2])))
    comma = t.find(", ", comma + 2);
  if (comma == npos || comma - s0 > 200 || !litigants(t.substr(s0, comma - s0))) return false;
  std::size_t i = comma + 2;
  const std::size_t vol_len = digits_at(t, i);
  if (vol_len == 0 || vol_len > 4 || i + vol_len >= t.size() || t[i + vol_len] != ' ') return false;
  const std::string_view volume = t.substr(i, vol_len);
  i += vol_len + 1;
  // The reporter's words up to the page, a number followed by the end, a comma or " (".
  const std::size_t rep_begin = i;
  std::size_t rep_end = npos, page_begin = npos, page_end = npos;
  for (int words = 0; words < 6 && i < t.size(); ++words) {
    std::size_t e = i;
    if (t[i] == '(') {  // a nominative reporter, "U.S. (1 Cranch) 137"
      e = t.find(')', i);
      if (e == npos || e - i > 20) return false;
      ++e;
    } else {
      while (e < t.size() && t[e] != ' ' && t[e] != ',') ++e;
    }
    const std::string_view w = t.substr(i, e - i);
    const std::size_t d = digits_at(w, 0);
    if (d == w.size() && d <= 5 && words > 0 && (e == t.size() || t[e] == ',' || t.compare(e, 2, " (") == 0 || t[e] == '.')) {
      rep_end = i - 1;
      page_begin = i;
      page_end = e;
      break;
    }
    if (t[i] != '(' && !reporter_word(w)) return false;
    if (e >= t.size() || t[e] != ' ') return false;
    i = e + 1;
  }
  if (page_begin == npos) return false;
  i = page_end;
  // A pinpoint, ", 460" or ", 460–462".
  std::size_t pin_begin = npos, pin_end = npos;
  if (t.compare(i, 2, ", ") == 0 && i + 2 < t.size() && text::is_ascii_digit(t[i + 2])) {
    std::size_t e = i + 2;
    while (e < t.size() && (text::is_ascii_digit(t[e]) || t[e] == '-' || static_cast<unsigned char>(t[e]) >= 0x80)) {
      if (static_cast<unsigned char>(t[e]) >= 0x80) {  // an en dash only
        if (t.compare(e, 3, "\u2013") != 0) break;
        e += 3;
        continue;
      }
      ++e;
    }
    pin_begin = i + 2;
    pin_end = e;
    i = e;
  }
  // The court and the year: "(1954)", "(9th Cir. 1999)", "(S.D.N.Y. 2001)".
  if (t.compare(i, 2, " (") != 0) return false;
  const std::size_t close = t.find(')', i + 2);
  if (close == npos || close - i > 60 || close < i + 6) return false;
  const std::string_view paren = t.substr(i + 2, close - i - 2);
  const std::string_view year = paren.substr(paren.size() - 4);
  if (digits_at(year, 0) != 4 || (paren.size() > 4 && paren[paren.size() - 5] != ' ')) return false;
  const std::string_view court = text::trim(paren.substr(0, paren.size() - 4));

  set_title(c, s0, comma, TitleKind::plain);
  // The parties keep an abbreviation's period before the comma ("Microsoft Corp.").
  c.ref.set(Variable::title, std::string(text::trim(t.substr(s0, comma - s0))));
  c.ref.set(Variable::volume, std::string(volume));
  c.ref.set(Variable::container_title, std::string(t.substr(rep_begin, rep_end - rep_begin)));
  c.ref.set(Variable::page, std::string(t.substr(page_begin, page_end - page_begin)));
  if (pin_begin != npos) c.ref.set(Variable::locator, std::string(t.substr(pin_begin, pin_end - pin_begin)));
  if (!court.empty()) c.ref.set(Variable::authority, std::string(court));
  c.ref.set_date(Variable::issued, parse_date(year));
  c.mark(s0, close + 1);
  c.ref.type = ItemType::legal_case;
  c.type_label = true;
  c.rest_begin = close + 1;
  return true;
}

}  // namespace citelib::list

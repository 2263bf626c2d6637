// Standards cited by their designation first, as lists of standards and hand-written
// references print them: "ISO 8601-1:2019. Date and time — Representations for information
// interchange — Part 1: Basic rules. International Organization for Standardization. 2019.",
// "IEEE 754-2008. IEEE Standard for Floating-Point Arithmetic. IEEE.", "DIN EN ISO 9001:2015.
// Qualitätsmanagementsysteme. Beuth.". The body's initials and the number are the standard's
// `number`, the next sentence its title; the publisher and date follow as elements.
#include "readers/list/head_steps.hpp"

#include "core/text.hpp"

namespace citelib::list {

namespace {

constexpr std::size_t npos = std::string_view::npos;

// Bodies whose initials begin a designation (national, European and international ones, and
// the engineering societies whose standards articles cite).
// ASCE/SEI, ANSI/AISC and ACI print the codes structural engineering cites ("ASCE/SEI 7-16",
// "ANSI/AISC 360-16", "ACI 318-19"), UNI and UNE-EN the Italian and Spanish norms, FIPS the US
// federal standards cryptography cites ("FIPS 197"). ГОСТ and ГОСТ Р are the Russian (and
// interstate) standards, СП and СНиП the Russian building codes, ИСО/МЭК the international
// bodies as ru prints them ("ГОСТ Р ИСО/МЭК 27001-2006", "СП 63.13330.2018").
constexpr std::string_view kBodies[] = {"ISO/IEC", "ISO",  "IEC", "IEEE",      "DIN",       "EN",  "BS",
                                        "ANSI",    "ASTM", "NF",  "UNE",       "CEN",       "ITU-T", "ECMA",
                                        "JIS",     "ÖNORM", "NBR", "ASCE/SEI", "ANSI/AISC", "ASCE", "AISC",
                                        "ACI",     "UNI",  "UNE-EN", "FIPS", "ГОСТ Р", "ГОСТ", "ИСО/МЭК",
                                        "ИСО",     "МЭК",  "СП",  "СНиП"};

// The length of the body word at `i` followed by a space, or 0.
std::size_t body_at(std::string_view t, std::size_t i) {
  for (const std::string_view b : kBodies)
    if (t.compare(i, b.size(), b) == 0 && i + b.size() < t.size() && t[i + b.size()] == ' ') return b.size();
  return 0;
}

// "8601-1:2019", "754-2008", "9001:2015", "X.509": a designation's number starts with a digit
// (or a capital and a period, ITU's "X.509").
std::size_t number_at(std::string_view t, std::size_t i) {
  const std::size_t b = i;
  if (i + 1 < t.size() && t[i] >= 'A' && t[i] <= 'Z' && t[i + 1] == '.') i += 2;
  if (i >= t.size() || !text::is_ascii_digit(t[i])) return 0;
  while (i < t.size() && (text::is_ascii_digit(t[i]) || t[i] == '-' || t[i] == ':' || t[i] == '/' ||
                          (t[i] == '.' && i + 1 < t.size() && text::is_ascii_digit(t[i + 1]))))
    ++i;
  return i - b;
}

}  // namespace

bool standard_designation(std::string_view s) {
  if (s.size() > 60) return false;
  std::size_t i = 0, bodies = 0;
  while (const std::size_t n = body_at(s, i)) {
    i += n + 1;
    if (++bodies > 3) return false;
  }
  if (bodies == 0) return false;
  if (s.compare(i, 4, "Std ") == 0) i += 4;
  const std::size_t n = number_at(s, i);
  return n > 0 && i + n == s.size();
}

bool standard_head(ParseContext& c, std::size_t s0) {
  const std::string_view t = c.t;
  std::size_t i = s0;
  std::size_t bodies = 0;
  while (const std::size_t n = body_at(t, i)) {
    i += n + 1;
    if (++bodies > 3) return false;
  }
  if (bodies == 0) return false;
  if (t.compare(i, 4, "Std ") == 0) i += 4;  // IEEE's "Std 754-2008"
  const std::size_t n = number_at(t, i);
  if (n == 0) return false;
  const std::size_t number_end = i + n;
  // The designation is a sentence of its own, then a capitalised title; or, in a comma list
  // (it "UNI EN 1992-1-1:2015, Eurocodice 2 - …, Milano, UNI, 2015."), an element of its own
  // and the title the next one.
  const bool comma = t.compare(number_end, 2, ", ") == 0;
  if (t.compare(number_end, 2, ". ") != 0 && !comma) return false;
  const std::size_t title_begin = number_end + 2;
  if (title_begin >= t.size() || !(text::starts_upper(t.substr(title_begin)) || text::is_ascii_digit(t[title_begin]))) return false;
  std::size_t title_end = t.find(comma ? ", " : ". ", title_begin);
  // GOST, "ГОСТ 7.1-2003. Библиографическая запись. Библиографическое описание. — М.:
  // Изд-во стандартов, 2004.": the title area runs to the first ". — ", its inner periods
  // the title's own (the imprint area follows).
  if (!comma && title_end != npos)
    for (std::size_t p = dash_separator(t, title_begin); p != npos && p < title_begin + 300; p = dash_separator(t, p + 4))
      if (t[p - 1] == '.') {
        const std::string_view area = t.substr(title_begin, p - 1 - title_begin);
        if (area.find(" / ") == npos && area.find(" // ") == npos && area.find(" \u2014 ") == npos) title_end = p - 1;
        break;
      }
  if (title_end == npos) {
    title_end = t.size();
    while (title_end > title_begin && (t[title_end - 1] == '.' || t[title_end - 1] == ' ')) --title_end;
  }
  if (title_end <= title_begin || title_end - title_begin > 300) return false;
  c.ref.set(Variable::number, std::string(t.substr(s0, number_end - s0)));
  c.mark(s0, title_begin);
  set_title(c, title_begin, title_end, TitleKind::plain);
  c.ref.type = ItemType::standard;
  c.type_label = true;
  c.mode = comma ? SepMode::comma : SepMode::period;
  c.rest_begin = title_end;
  return true;
}

}  // namespace citelib::list

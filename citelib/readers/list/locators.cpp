#include "readers/list/locators.hpp"

#include "readers/list/lexicon.hpp"

#include "core/text.hpp"

#include <citelib/model/date.hpp>

namespace citelib::list {

namespace {

bool is_roman(std::string_view w) {
  if (w.empty() || w.size() > 8) return false;
  for (char c : w) {
    const char l = static_cast<char>(c | 0x20);
    if (l != 'i' && l != 'v' && l != 'x' && l != 'l' && l != 'c' && l != 'd' && l != 'm') return false;
  }
  return true;
}

// A volume or issue token: "89", "2153", "4–5", "19-20", "A12", "15_suppl" (the issue of a
// journal's abstract supplement as its DOI and CS1 print it: JCO, Blood, Neurology).
bool number_like(std::string_view v) {
  v = text::trim(v);
  if (v.empty() || v.size() > 15 || v.front() == '_' || v.back() == '_') return false;
  bool digit = false;
  for (std::size_t i = 0; i < v.size();) {
    const text::CodePoint c = text::decode(v, i);
    if (text::is_digit_cp(c.cp)) digit = true;
    else if (!text::is_letter_cp(c.cp) && !text::is_dash_cp(c.cp) && c.cp != '/' && c.cp != ' ' && c.cp != '_') return false;
    i += c.len;
  }
  return digit;
}

// The token at the end of `s` after its last space (or all of it).
std::string_view last_token(std::string_view s) {
  std::size_t b = s.size();
  while (b > 0 && !text::space_len_at(s, b - 1) && s[b - 1] != ',') --b;
  return s.substr(b);
}

std::size_t matching_open(std::string_view s, std::size_t close) {
  int depth = 0;
  for (std::size_t i = close + 1; i-- > 0;) {
    if (s[i] == ')') ++depth;
    else if (s[i] == '(' && --depth == 0) return i;
    if (close - i > 60) break;
  }
  return std::string_view::npos;
}

// The value after a volume or issue label. Numbers ("89", "4–5", "A12") and roman numerals
// are taken as they are; words are taken as written ("Vol. Two", "no. Special") when they
// are few and either the label is an abbreviation or the value is capitalised, so that a
// label-like word starting a name ("Band of Brothers") is no locator. The checks report a
// volume or issue that is no number.
bool volume_value(std::string_view label, std::string_view value) {
  if (number_like(value) || is_roman(value)) return true;
  if (text::count_words(value) > 2 || !text::is_letter_cp(text::decode(value, 0).cp)) return false;
  // A one-letter label ("t.", "v.") before a word is an initial: "W. Strahan and T. Cadell".
  if (label.size() <= 2 || (label.size() <= 3 && static_cast<unsigned char>(label[0]) >= 0x80)) return false;
  for (char ch : value)
    if (ch == ':' || ch == '(' || ch == '"') return false;
  return label.back() == '.' || text::starts_upper(value);
}

std::string_view strip_trailing_comma(std::string_view s) { return text::trim_chars(s, ","); }

// IEEE's volumes of the 1960s–80s carry their series' capitals, "C-28" (Transactions on
// Computers), "IT-22" (Information Theory), "AC-19": capitals, a hyphen, digits.
bool series_volume(std::string_view v) {
  std::size_t i = 0;
  while (i < v.size() && v[i] >= 'A' && v[i] <= 'Z') ++i;
  if (i == 0 || i > 3 || i + 1 >= v.size() || v[i] != '-') return false;
  return text::all_digits(v.substr(i + 1));
}

// "[container] V (I)" / "[container] V" at the end of `before`. `pages_follow`: the journal's
// colon and pages come after it ("40 (Database issue): D1100–D1107").
void volume_issue_from_end(std::string_view before, JournalTail& out, bool pages_follow = false) {
  before = text::trim(before);
  if (!before.empty() && before.back() == ')') {
    const std::size_t open = matching_open(before, before.size() - 1);
    if (open != std::string_view::npos) {
      const std::string_view inside = text::trim(before.substr(open + 1, before.size() - open - 2));
      // "2 (POPL): 1–34": an issue named by its conference, in capitals, after a volume number.
      bool named = inside.size() >= 2 && inside.size() <= 10;
      for (char ch : inside) named = named && ((ch >= 'A' && ch <= 'Z') || text::is_ascii_digit(ch));
      // "40 (Database issue): D1100–D1107", "12 (Suppl 1): S3": CS1 prints |issue= as given;
      // a few words between a volume number and the journal's colon and pages are the issue.
      if (!named && pages_follow && inside.size() <= 24 && text::count_words(inside) <= 3 && text::starts_upper(inside)) {
        named = true;
        for (char ch : inside) named = named && (text::is_ascii_alpha(ch) || text::is_ascii_digit(ch) || ch == ' ' || ch == '.');
      }
      if (named) {
        const std::string_view vol = last_token(text::trim(before.substr(0, open)));
        named = !vol.empty() && text::all_digits(vol) && vol.size() <= 5;
      }
      if (number_like(inside) || named) {
        out.loc.issue = inside;
        before = text::trim(before.substr(0, open));
      }
    }
  }
  const std::string_view tok = last_token(before);
  if (!tok.empty() && number_like(tok) && tok.size() <= 8 && (text::is_ascii_digit(tok[0]) || series_volume(tok))) {
    out.loc.volume = tok;
    before = before.substr(0, before.size() - tok.size());
  } else if (!out.loc.issue.empty()) {
    // "Vol (19-20)": a label with no number before the issue.
    const std::string_view lab = last_token(before);
    if (lab == "Vol" || lab == "Vol." || lab == "vol" || lab == "vol.") before = before.substr(0, before.size() - lab.size());
  }
  out.container = strip_trailing_comma(text::trim(before));
}

}  // namespace

namespace {

// "1914-1991", "1914–1991": two years, the second later.
bool year_span(std::string_view v) {
  v = text::trim(v);
  if (v.size() < 9 || !text::all_digits(v.substr(0, 4))) return false;
  const std::size_t d = text::dash_len_at(v, 4);
  if (d == 0 || v.size() != 8 + d) return false;
  const std::string_view a = v.substr(0, 4), b = v.substr(4 + d);
  return text::all_digits(b) && a >= "1000" && b <= "2099" && a < b && (a[0] == '1' || a[0] == '2');
}

}  // namespace

namespace {

// "66:1–66:34", "66:1-66:34": an article's number and its first and last pages.
bool article_number_pages(std::string_view v) noexcept {
  auto number_colon_number = [&](std::size_t& i) {
    const std::size_t b = i;
    while (i < v.size() && text::is_ascii_digit(v[i])) ++i;
    if (i == b || i >= v.size() || v[i] != ':') return false;
    const std::size_t c = ++i;
    while (i < v.size() && text::is_ascii_digit(v[i])) ++i;
    return i > c;
  };
  std::size_t i = 0;
  if (!number_colon_number(i) || i >= v.size()) return false;
  const std::size_t dash = text::dash_len_at(v, i);
  if (dash == 0) return false;
  i += dash;
  return number_colon_number(i) && i == v.size();
}

}  // namespace

bool looks_like_pages(std::string_view v) noexcept {
  v = text::trim(v);
  if (v.empty() || v.size() > 48) return false;
  if (article_number_pages(v)) return true;
  bool digit = false;
  std::size_t i = 0;
  while (i < v.size()) {
    // One token between spaces and commas.
    while (i < v.size() && (v[i] == ' ' || v[i] == ',')) ++i;
    std::size_t e = i;
    bool tok_digit = false, tok_letter = false;
    while (e < v.size() && v[e] != ' ' && v[e] != ',') {
      const text::CodePoint c = text::decode(v, e);
      if (text::is_digit_cp(c.cp)) tok_digit = true;
      else if (text::is_letter_cp(c.cp) && c.cp < 0x80) tok_letter = true;
      else if (!text::is_dash_cp(c.cp) && !(c.cp >= 0x80 && c.cp <= 0x9F) && c.cp != 0xE2 && c.cp != '+' && c.cp != '.')
        return false;
      e += c.len;
    }
    const std::string_view tok = v.substr(i, e - i);
    if (!tok.empty()) {
      if (tok_digit) {
        digit = true;
      } else if (tok_letter) {
        // Front matter is numbered in lowercase roman numerals ("xii–xv").
        std::size_t d = 0;
        for (std::size_t k = 0; k < tok.size(); ++k)
          if (text::dash_len_at(tok, k)) d = k;
        const std::string_view first = d ? tok.substr(0, d) : tok;
        if (is_roman(first) && text::starts_lower(first)) digit = true;
        else if (tok != "ff" && tok != "f") return false;
      }
    }
    i = e;
  }
  return digit;
}

Date journal_date(std::string_view s) {
  s = text::trim(s);
  if (Date d = parse_date(s); d.has_parts()) return d;
  // NLM: "2005 Jan", "2010 Mar 15", "2005 Jan-Feb" -> "Jan 2005", "15 Mar 2010", "Jan-Feb 2005".
  if (s.size() < 8 || s.size() > 24 || s[4] != ' ' || !text::all_digits(s.substr(0, 4))) return {};
  std::string_view rest = s.substr(5);
  std::string_view day;
  if (const std::size_t sp = rest.rfind(' '); sp != std::string_view::npos && text::all_digits(rest.substr(sp + 1))) {
    day = rest.substr(sp + 1);
    rest = rest.substr(0, sp);
  }
  std::string text;
  text.reserve(s.size() + 1);
  if (!day.empty()) text.append(day).push_back(' ');
  text.append(rest).push_back(' ');
  text.append(s.substr(0, 4));
  Date d = parse_date(text);
  if (d.has_parts()) d.literal = std::string(s);
  return d;
}

std::optional<JournalTail> parse_journal_tail(std::string_view seg) {
  std::string_view s = text::trim(seg);
  JournalTail out;
  // "107–125 (1992)": a date after the pages.
  if (!s.empty() && s.back() == ')') {
    const std::size_t open = matching_open(s, s.size() - 1);
    if (open != std::string_view::npos && open > 0) {
      const std::string_view inside = s.substr(open + 1, s.size() - open - 2);
      // A bare number is a year only as one is written: "Linux Journal. 2014 (239)", "Nature.
      // 171 (4356)" (CS1's volume and issue, no pages) have their issue there.
      if (inside.size() >= 3 && inside.size() <= 30 && text::is_ascii_digit(inside[0]) &&
          !(text::all_digits(inside) && (inside.size() != 4 || inside < "1500" || inside > "2099")) &&
          looks_like_pages(last_token(text::trim(s.substr(0, open))))) {
        out.date = inside;
        s = text::trim(s.substr(0, open));
      }
    }
  }
  // Elsevier "Rev. Quím. 5 (2010) 10-20": the volume, the year in brackets, the pages.
  if (const std::size_t close = s.rfind(") "); close != std::string_view::npos && close >= 7 && s[close - 5] == '(' &&
                                               s[close - 6] == ' ' && text::all_digits(s.substr(close - 4, 4))) {
    const std::string_view pages = text::trim(s.substr(close + 2));
    const std::string_view before = text::trim(s.substr(0, close - 5));
    const std::size_t sp = before.rfind(' ');
    const std::string_view vol = sp == std::string_view::npos ? before : before.substr(sp + 1);
    if (!pages.empty() && text::is_ascii_digit(pages[0]) && looks_like_pages(pages) && !vol.empty() && vol.size() <= 5 &&
        text::all_digits(vol)) {
      JournalTail t;
      t.loc.volume = vol;
      t.loc.page = pages;
      t.date = s.substr(close - 4, 4);
      if (sp != std::string_view::npos) t.container = text::trim_chars(before.substr(0, sp), " ,");
      return t;
    }
  }
  // NLM/Vancouver "J Asian Stud. 2005;12(3):45-67", "Lancet 2010; 375: 1234–40", "Nat Rev
  // Endocrinol. 2018 Jun;14(6):356-370": the date before a ';', then volume, issue and pages;
  // the journal before the date.
  if (const std::size_t semi = s.find(';'); semi != std::string_view::npos && out.date.empty()) {
    std::size_t v = semi + 1;
    while (v < s.size() && s[v] == ' ') ++v;
    // "2018 [cited 2020 Mar 3];44(2)": when the web copy was read, in brackets after the date.
    std::size_t date_end = semi;
    std::string_view cited;
    if (semi > 0 && s[semi - 1] == ']') {
      const std::size_t from = semi > 40 ? semi - 40 : 0;
      const std::size_t in = s.substr(from, semi - from).rfind(" [");
      const std::size_t open = in == std::string_view::npos ? in : from + in;
      if (open != std::string_view::npos) {
        cited = s.substr(open + 2, semi - 1 - (open + 2));
        date_end = open;
      }
    }
    if (v < s.size() && text::is_ascii_digit(s[v]))
      // The date is short ("2010 Mar 15"): only its last 24 bytes before the ';' are tried.
      for (std::size_t db = date_end > 24 ? date_end - 24 : 0; db < date_end; ++db) {
        if (!(db == 0 || s[db - 1] == ' ') || !text::is_ascii_digit(s[db])) continue;
        const std::string_view date = text::trim(s.substr(db, date_end - db));
        if (!journal_date(date).has_parts()) continue;
        auto rest = parse_journal_tail(s.substr(v));
        if (!rest || !rest->container.empty() || !rest->date.empty()) break;
        rest->date = date;
        rest->cited = cited;
        rest->container = text::trim_chars(s.substr(0, db), " .");
        // "J Asian Stud." keeps no period; "J. Chem. Inf." its own (the caller trims that).
        if (db >= 2 && s[db - 2] == '.') rest->container = text::trim(s.substr(0, db - 1));
        return rest;
      }
  }
  // Colon form: the last top-level ':' followed by pages. ACM numbers an article's pages
  // after its number, "2 (POPL): 66:1–66:34": those colons are the pages' own.
  std::size_t from = s.size();
  if (const std::size_t sp = s.rfind(' '); sp != std::string_view::npos && sp >= 2 && s[sp - 1] == ':' &&
                                           article_number_pages(s.substr(sp + 1)))
    from = sp;
  int depth = 0;
  for (std::size_t i = from; i-- > 0;) {
    if (s[i] == ')') ++depth;
    else if (s[i] == '(') --depth;
    else if (s[i] == ':' && depth == 0) {
      const std::string_view pages = text::trim(s.substr(i + 1));
      if (!looks_like_pages(pages)) break;
      out.loc.page = pages;
      volume_issue_from_end(s.substr(0, i), out, true);
      // "O breve século XX: 1914-1991": a subtitle's span of years after a colon, no volume
      // or issue before it, is no journal's pages.
      if (out.loc.volume.empty() && out.loc.issue.empty() && year_span(pages)) return std::nullopt;
      return out;
    }
  }
  // APA form: "Container, 57(12), 4977-5010" / "Container, 2, 107–125".
  const std::size_t last_comma = s.rfind(", ");
  if (last_comma != std::string_view::npos) {
    const std::string_view pages = text::trim(s.substr(last_comma + 1));
    bool range = false;
    for (std::size_t i = 0; i < pages.size(); ++i)
      if (text::dash_len_at(pages, i)) range = true;
    if (range && looks_like_pages(pages)) {
      const std::string_view before = s.substr(0, last_comma);
      const std::size_t vc = before.rfind(", ");
      const std::string_view vol = text::trim(vc == std::string_view::npos ? before : before.substr(vc + 1));
      JournalTail t;
      t.date = out.date;
      volume_issue_from_end(vol, t);
      if (!t.loc.volume.empty() && t.container.empty()) {
        t.container = vc == std::string_view::npos ? std::string_view{} : text::trim(before.substr(0, vc));
        // ACS "J. Chem. Inf. Model. 2005, 45 (1), 177–182": the year before the volume.
        if (t.container.size() == 4 && text::all_digits(t.container) && t.date.empty()) {
          t.date = t.container;
          t.container = {};
        }
        t.loc.page = pages;
        return t;
      }
    }
  }
  // "9 (3)" alone: volume and issue.
  if (!s.empty() && s.back() == ')') {
    JournalTail t;
    volume_issue_from_end(s, t);
    if (!t.loc.volume.empty() && !t.loc.issue.empty()) {
      t.date = out.date;
      return t;
    }
    // cite magazine with an issue and no volume, "Revista Pesquisa FAPESP (217)": CS1 prints
    // the issue in brackets after the magazine (a year there is none).
    if (t.loc.volume.empty() && !t.loc.issue.empty() && !t.container.empty() && t.loc.issue.size() <= 6 &&
        text::all_digits(t.loc.issue) && !(t.loc.issue.size() == 4 && t.loc.issue >= "1500" && t.loc.issue <= "2099") &&
        text::starts_upper(t.container)) {
      t.date = out.date;
      return t;
    }
  }
  return std::nullopt;
}

namespace {

// "2010" (the rest of the text) after pages "10-20": a year, not a further page.
bool year_after_range(std::string_view pages, std::string_view rest) {
  rest = text::trim_chars(rest, " .");
  if (rest.size() != 4 || !text::all_digits(rest) || rest < "1500" || rest > "2099") return false;
  for (std::size_t i = 0; i < pages.size(); ++i)
    if (text::dash_len_at(pages, i)) return true;
  return false;
}

}  // namespace

// GOST "№ 12 (3456)": the issue of the year and, in brackets, the running number since the
// first issue. Both stay in `issue` as printed. A year in the brackets ("No. 12 (2010)") is a
// date, not a running number, and is not read here.
bool issue_with_whole_number(std::string_view value) {
  const std::size_t open = value.find(" (");
  if (open == std::string_view::npos || value.back() != ')') return false;
  const std::string_view issue = value.substr(0, open);
  const std::string_view whole = value.substr(open + 2, value.size() - open - 3);
  if (issue.empty() || !text::all_digits(issue) || whole.empty() || !text::all_digits(whole)) return false;
  return !(whole.size() == 4 && whole >= "1500" && whole <= "2099");
}

bool parse_labeled_locators(std::string_view seg, const Lexicon& lex, Locators& out) {
  const std::string_view s = text::trim(seg);
  // ko "123–125쪽", zh "45页": the pages, then the unit.
  if (!s.empty() && text::is_ascii_digit(s[0]) && static_cast<unsigned char>(s.back()) >= 0x80)
    for (std::size_t k = s.size(); k-- > 1;) {
      if (static_cast<unsigned char>(s[k]) < 0x80 || (static_cast<unsigned char>(s[k]) & 0xC0) == 0x80) continue;
      if (!lex.page_suffixes.whole(s.substr(k))) continue;
      const std::string_view pages = text::trim(s.substr(0, k));
      if (!looks_like_pages(pages)) break;
      out = Locators{};
      out.page = pages;
      return true;
    }
  Locators loc;
  std::size_t i = 0;
  bool any = false;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == ',')) ++i;
    if (i >= s.size()) break;
    std::size_t n;
    enum { none, vol, iss, pag, sec } kind = none;
    if (WordMatch m = lex.volume_labels.match_label(s, i)) kind = vol, n = m.length;
    else if (WordMatch m2 = lex.issue_labels.match_label(s, i)) kind = iss, n = m2.length;
    else if (WordMatch m3 = lex.page_labels.match_label(s, i)) kind = pag, n = m3.length;
    else if (WordMatch m4 = lex.section_labels.match_label(s, i)) kind = sec, n = m4.length;
    else {
      // A date between labelled locators ("Band 5, Nr. 11, 2005, S. 49–52"), once one is seen.
      std::size_t e = s.find(',', i);
      if (e == std::string_view::npos) e = s.size();
      const std::string_view d = text::trim(s.substr(i, e - i));
      // de "Titel. 2017, S. 5." (the Literatur template with neither place nor publisher): a
      // year may open the list too.
      const bool year_first = i == 0 && d.size() == 4 && text::all_digits(d) && e < s.size();
      if ((!any && !year_first) || !loc.date.empty() || !parse_date(d).has_parts()) return false;
      loc.date = d;
      i = e;
      continue;
    }
    std::size_t v = i + n;
    while (v < s.size() && s[v] == ' ') ++v;
    if (v >= s.size()) return false;
    if (kind == vol && s[v] == '(') {
      // "Vol (19-20):895-904": the issue in parentheses, then pages.
      const std::size_t close = s.find(')', v);
      if (close == std::string_view::npos) return false;
      loc.issue = text::trim(s.substr(v + 1, close - v - 1));
      std::size_t p = close + 1;
      while (p < s.size() && (s[p] == ' ' || s[p] == ':')) ++p;
      if (p < s.size()) {
        if (!looks_like_pages(s.substr(p))) return false;
        loc.page = text::trim(s.substr(p));
      }
      any = true;
      i = s.size();
      break;
    }
    // The value runs to the next ", <label>" (pages may hold commas: "48-49, 96").
    std::size_t e = v;
    while (e < s.size()) {
      if (s[e] == ',') {
        std::size_t k = e + 1;
        while (k < s.size() && s[k] == ' ') ++k;
        if (k < s.size() && (kind != pag || !text::is_ascii_digit(s[k]))) break;
        // ABNT "v. 5, n. 2, p. 10-20, 2010": a year after a page range ends the list.
        if (kind == pag && k < s.size() && year_after_range(s.substr(v, e - v), s.substr(k))) break;
      }
      // "Vol. 9 no. 6": the next label ends the value even without a comma.
      if (s[e] == ' ' && e + 1 < s.size() &&
          (lex.volume_labels.match_label(s, e + 1) || lex.issue_labels.match_label(s, e + 1) ||
           lex.page_labels.match_label(s, e + 1)) &&
          e + 1 < s.size() && !text::is_ascii_digit(s[e + 1]))
        break;
      ++e;
    }
    const std::string_view value = text::trim(s.substr(v, e - v));
    if (value.empty()) return false;
    switch (kind) {
      case vol:
        if (!volume_value(s.substr(i, n), value)) return false;
        // GOST "Т. 14, вып. 3": a second volume label after a volume numbers its part, the issue.
        if (!loc.volume.empty() && loc.issue.empty()) loc.issue = value;
        else loc.volume = value;
        break;
      case iss:
        if (!volume_value(s.substr(i, n), value) && !issue_with_whole_number(value)) return false;
        loc.issue = value;
        break;
      case pag:
        if (!looks_like_pages(value)) return false;
        loc.page = value;
        break;
      case sec:
        // "§ Partial Incident Chronology" names a section; after a word label ("Section",
        // "Sección") a number must follow, or the words are a name ("Sección de Modelización").
        if (text::is_letter_cp(text::decode(s, i).cp) && !text::is_ascii_digit(value[0])) return false;
        loc.section = s.substr(i, e - i);
        break;
      case none: return false;
    }
    any = true;
    i = e;
  }
  if (!any) return false;
  out = loc;
  return true;
}

std::size_t find_labeled_locators(std::string_view seg, const Lexicon& lex, Locators& out) {
  for (std::size_t i = 1; i < seg.size(); ++i) {
    if (!text::space_len_at(seg, i - 1) || text::space_len_at(seg, i)) continue;
    if (!lex.volume_labels.match_label(seg, i) && !lex.issue_labels.match_label(seg, i) &&
        !lex.page_labels.match_label(seg, i))
      continue;
    if (parse_labeled_locators(seg.substr(i), lex, out)) return i;
  }
  return std::string_view::npos;
}

}  // namespace citelib::list

// cs:number and cs:label, and the numeric tests that cs:choose and labels share.
#include "csl/eval/evaluator.hpp"

#include <citelib/model/page_range.hpp>

#include <cctype>
#include <charconv>

namespace citelib::csl {

namespace {

struct NumToken {
  std::string_view text;
  bool separator;
};

bool is_sep_char(char c) { return c == '-' || c == ',' || c == '&'; }

// Splits "12-15, 17 & 19" into numbers and separators; en dashes count as hyphens.
// `and_term` is the locale's word for "and" ("et"), a separator like "and". The tokens go
// into `out` (cleared first): callers keep one per thread, as every number variable and
// every is-numeric test comes here.
void tokenize(std::string_view s, bool& ok, std::vector<NumToken>& out, std::string_view and_term = "and") {
  auto word_at = [&](std::size_t j, std::string_view w) {
    return !w.empty() && j > 0 && s[j - 1] == ' ' && s.compare(j, w.size(), w) == 0 && j + w.size() < s.size() &&
           s[j + w.size()] == ' ';
  };
  out.clear();
  ok = true;
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t j = i;
    if (s.compare(i, 3, "\u2013") == 0 || is_sep_char(s[i]) || s[i] == ' ') {
      bool saw_sep = false;
      while (j < s.size()) {
        if (s.compare(j, 3, "\u2013") == 0) { j += 3; saw_sep = true; }
        else if (is_sep_char(s[j])) { ++j; saw_sep = true; }
        else if (s[j] == ' ') ++j;
        else if (word_at(j, "and")) { j += 4; saw_sep = true; }
        else if (and_term != "and" && word_at(j, and_term)) { j += and_term.size() + 1; saw_sep = true; }
        else break;
      }
      if (!saw_sep) ok = false;  // a bare space between numbers
      out.push_back({s.substr(i, j - i), true});
    } else {
      while (j < s.size() && !is_sep_char(s[j]) && s[j] != ' ' && s.compare(j, 3, "\u2013") != 0) ++j;
      out.push_back({s.substr(i, j - i), false});
    }
    i = j;
  }
}

bool numeric_token(std::string_view t) {
  // Optional letters, digits, optional letters ("L2", "2b", "2nd").
  std::size_t i = 0;
  while (i < t.size() && std::isalpha(static_cast<unsigned char>(t[i]))) ++i;
  const std::size_t d = i;
  while (i < t.size() && std::isdigit(static_cast<unsigned char>(t[i]))) ++i;
  if (i == d) return false;
  while (i < t.size() && std::isalpha(static_cast<unsigned char>(t[i]))) ++i;
  return i == t.size();
}

bool roman_token(std::string_view t) {
  if (t.empty()) return false;
  for (char c : t)
    if (std::string_view("ivxlcdmIVXLCDM").find(c) == std::string_view::npos) return false;
  return true;
}

// True when every number of a numeric value is digits alone ("12-15, 17", not "N110-N115").
bool plain_numbers(std::string_view s) {
  bool ok = true;
  thread_local std::vector<NumToken> toks;
  tokenize(s, ok, toks);
  for (const auto& t : toks)
    if (!t.separator && t.text.find_first_not_of("0123456789") != std::string_view::npos) return false;
  return ok;
}

}  // namespace

bool is_numeric_value(std::string_view s) {
  if (s.empty()) return false;
  bool ok = true;
  thread_local std::vector<NumToken> toks;
  tokenize(s, ok, toks);
  if (!ok || toks.empty() || toks.front().separator || toks.back().separator) return false;
  for (const auto& t : toks)
    if (!t.separator && !numeric_token(t.text)) return false;
  return true;
}

bool tests_numeric(std::string_view s) {
  if (is_numeric_value(s)) return true;
  if (s.empty()) return false;
  bool ok = true;
  thread_local std::vector<NumToken> toks;
  tokenize(s, ok, toks);
  if (!ok || toks.empty() || toks.front().separator || toks.back().separator) return false;
  // Lowercase i, v and x, then optional letters ("xiia"), as citeproc-js's number parser
  // matches them; uppercase ones and c, d, l, m read as words there ("IV", "civ").
  auto small_roman = [](std::string_view t) {
    std::size_t i = 0;
    while (i < t.size() && (t[i] == 'i' || t[i] == 'v' || t[i] == 'x')) ++i;
    if (i == 0) return false;
    while (i < t.size() && std::isalpha(static_cast<unsigned char>(t[i]))) ++i;
    return i == t.size();
  };
  for (const auto& t : toks)
    if (!t.separator && !numeric_token(t.text) && !small_roman(t.text)) return false;
  return true;
}

bool roman_range_value(std::string_view s) {
  if (s.find('-') == std::string_view::npos) return false;
  bool ok = true;
  thread_local std::vector<NumToken> toks;
  tokenize(s, ok, toks);
  if (!ok || toks.empty() || toks.front().separator || toks.back().separator) return false;
  // Digits alone or Roman letters alone, as citeproc-js joins the two ends of a range
  // ("iv-vi", "XL-L", "ii-3"; not "cd" nor "xiia").
  for (const auto& t : toks) {
    if (t.separator) continue;
    const bool digits = t.text.find_first_not_of("0123456789") == std::string_view::npos;
    const bool roman = t.text.find_first_not_of("ivxlcmIVXLCM") == std::string_view::npos;
    if (!digits && !roman) return false;
  }
  return true;
}

bool is_plural_value(std::string_view s, std::string_view and_term) {
  bool ok = true;
  thread_local std::vector<NumToken> toks;
  tokenize(s, ok, toks, and_term);
  int numbers = 0;
  for (std::size_t i = 0; i < toks.size(); ++i) {
    if (toks[i].separator) continue;
    if (numeric_token(toks[i].text) || roman_token(toks[i].text)) ++numbers;
    else return false;
  }
  return numbers > 1;
}

std::optional<long> leading_number(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size() && !std::isdigit(static_cast<unsigned char>(s[i]))) {
    if (std::isalpha(static_cast<unsigned char>(s[i])) == 0) return std::nullopt;
    ++i;
  }
  long v = 0;
  auto r = std::from_chars(s.data() + i, s.data() + s.size(), v);
  if (r.ec != std::errc()) return std::nullopt;
  return v;
}

std::string to_roman(long n) {
  if (n <= 0 || n >= 4000) return std::to_string(n);
  static const std::pair<int, const char*> table[] = {{1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"},
                                                      {90, "xc"},  {50, "l"},   {40, "xl"},  {10, "x"},   {9, "ix"},
                                                      {5, "v"},    {4, "iv"},   {1, "i"}};
  std::string out;
  for (const auto& [v, s] : table)
    while (n >= v) {
      out += s;
      n -= v;
    }
  return out;
}

namespace {
// The term "matching the variable" (specification, cs:label): a chapter number's is
// "chapter-number", not the "chapter" locator term, so a locale without it prints no label
// (citeproc-js), as for any other number variable the locale has no term for.
std::string_view term_name_for(Variable v) {
  switch (v) {
    case Variable::chapter_number: return "chapter-number";
    case Variable::collection_number: return "collection-number";
    case Variable::number_of_pages: return "number-of-pages";
    case Variable::number_of_volumes: return "number-of-volumes";
    default: return to_string(v);
  }
}
}  // namespace

std::string Evaluator::render_number(const Element& e, const NumberEl& n) {
  ++vars_called;
  std::string_view value = variable_text(n.variable);
  if (n.variable == Variable::locator) {
    if (locator_rendered_) value = {};
    else if (!value.empty()) locator_rendered_ = true;
    if (value.find(". ") != std::string_view::npos) {
      locator_text_ = expand_locator_labels(value, locale, locator_label_form_.value_or(TermForm::short_), locator_label());
      value = locator_text_;
    }
  }
  if (value.empty()) return {};
  ++vars_rendered;
  touched.set(static_cast<std::size_t>(n.variable));
  // A number opens an output level in citeproc-js: its affixes count for the note-style
  // brace counter (nothing is counted between them).
  const Formatting& fmt = brace_leave(e.fmt, brace_enter(e.fmt));
  std::string out;
  const bool page_like = n.variable == Variable::page ||
                         (n.variable == Variable::locator && cite && cite->item &&
                          (cite->item->label.empty() || cite->item->label == "page"));
  if (!is_numeric_value(value)) {
    // cs:number prints a value that is no number as it is written: markup in it is text. A
    // page range of roman numerals still takes the range delimiter ("xii-xv" -> "xii–xv"),
    // as in cs:text (citeproc-js).
    // Any other locator's range takes it too: "The "locator" variable is always rendered
    // with an en-dash replacing any hyphens" (specification, "Range Delimiters"), also one
    // labelled "line" written in roman numerals ("iv-vi" -> "iv–vi").
    // A number variable's range of Roman numerals takes it as well ("iv-vi" -> "iv–vi" for
    // an edition; citeproc-js), as its ranges of arabic numbers do.
    if (page_like || n.variable == Variable::locator || (ranges_take_delimiter(n.variable) && roman_range_value(value))) {
      const std::string_view delim = locale.term_text("page-range-delimiter");
      out = en_dash_ranges(value, delim.empty() ? std::string_view("\u2013") : delim);
    } else {
      out.assign(value);
    }
    unescape_hyphens(out);
    strip_inherited_periods(out);
    finish(out, fmt);
    return out;
  }
  // A numeric page (or page locator) is a page range in cs:number too: the style's
  // page-range-format applies ("101-108" -> "101–8" minimal), as in cs:text (citeproc-js).
  // (A locator's range cited with an en dash is not abbreviated, as in cs:text.)
  if (page_like && n.form == NumberForm::numeric && style.page_range_format != PageRangeFormat::none &&
      !(n.variable == Variable::locator && value.find('-') == std::string_view::npos)) {
    const std::string_view delim = locale.term_text("page-range-delimiter");
    out = format_page_ranges(value, style.page_range_format, delim.empty() ? std::string_view("\u2013") : delim);
    unescape_hyphens(out);
    localize_ampersand(out, locale);
    strip_inherited_periods(out);
    finish(out, fmt);
    return out;
  }
  // A hyphen between the numbers of any number variable takes the locale's range delimiter,
  // as in cs:text ("19-20" -> "19‑20" in French, "1-3" -> "1-3" where the delimiter is a
  // hyphen; citeproc-js, also for a chapter number or number of pages); an en dash in the
  // data stays.
  auto hyphen_range = [&]() -> std::string_view {
    const std::string_view delim = locale.term_text("page-range-delimiter");
    return delim.empty() ? std::string_view("\u2013") : delim;
  };
  // A page range in another form is reformatted first and its numbers then transformed one
  // by one (the specification: page-range-format reformats page ranges, and "Numbers without
  // affixes are individually transformed"): "22-5" ordinal under chicago -> "22nd–25th", as
  // citeproc-js prints it. A range with prefixed numbers ("N110-N115") is not: its
  // collapsed end ("15") would be transformed as a number of its own ("N110–xv").
  thread_local std::string reformatted;
  if (page_like && style.page_range_format != PageRangeFormat::none &&
      !(n.variable == Variable::locator && value.find('-') == std::string_view::npos) && plain_numbers(value)) {
    reformatted = format_page_ranges(value, style.page_range_format, "-");
    value = reformatted;
  }
  bool ok = true;
  thread_local std::vector<NumToken> toks;
  tokenize(value, ok, toks);
  std::string gender;
  if (const Term* t = locale.term(term_name_for(n.variable))) gender = t->gender;
  for (const auto& t : toks) {
    if (t.separator) {
      std::string_view sep = t.text;
      // Normalise spacing around separators: "1 - 3" -> "1-3", "1,3" -> "1, 3", "1&3" -> "1 & 3".
      if (sep.find(',') != std::string_view::npos) out += ", ";
      else if (sep.find('&') != std::string_view::npos) {
        std::string amp = " & ";
        localize_ampersand(amp, locale);
        out += amp;
      }
      else if (sep.find("and") != std::string_view::npos) out += " and ";
      else out += sep.find('-') != std::string_view::npos ? hyphen_range() : std::string_view("\u2013");
      continue;
    }
    const auto num = leading_number(t.text);
    const bool pure = num && std::to_string(*num) == t.text;
    if (!pure || n.form == NumberForm::numeric) {
      out.append(t.text);
      continue;
    }
    switch (n.form) {
      case NumberForm::ordinal: out += std::to_string(*num) + locale.ordinal_suffix(*num, gender); break;
      case NumberForm::long_ordinal: out += locale.long_ordinal(*num, gender); break;
      case NumberForm::roman: out += to_roman(*num); break;
      case NumberForm::numeric: break;
    }
  }
  strip_inherited_periods(out);
  finish(out, fmt);
  return out;
}

namespace {

// The locator label abbreviations citeproc-js reads in a locator ("fig. 3", "12, fol. 186").
constexpr std::pair<std::string_view, std::string_view> kLocatorAbbreviations[] = {
    {"vrs", "verse"}, {"sv", "sub-verbo"}, {"subpara", "subparagraph"}, {"op", "opus"}, {"subch", "subchapter"},
    {"add", "addendum"}, {"amend", "amendment"}, {"annot", "annotation"}, {"app", "appendix"}, {"art", "article"},
    {"bibliog", "bibliography"}, {"bk", "book"}, {"ch", "chapter"}, {"cl", "clause"}, {"col", "column"},
    {"cmt", "comment"}, {"dec", "decision"}, {"dept", "department"}, {"ex", "example"}, {"fig", "figure"},
    {"fld", "field"}, {"fol", "folio"}, {"n", "note"}, {"hypo", "hypothetical"}, {"illus", "illustration"},
    {"intro", "introduction"}, {"l", "line"}, {"no", "issue"}, {"p", "page"}, {"pp", "page"}, {"para", "paragraph"},
    {"pt", "part"}, {"pmbl", "preamble"}, {"princ", "principle"}, {"pub", "publication"}, {"r", "rule"},
    {"rn", "randnummer"}, {"sched", "schedule"}, {"sec", "section"}, {"subdiv", "subdivision"},
    {"subsec", "subsection"}, {"supp", "supplement"}, {"tbl", "table"}, {"tit", "title"}, {"vol", "volume"}};


// The locator types of CSL 1.0.2, whose short terms may open a locator's own text.
constexpr std::string_view kLocatorTerms[] = {
    "act", "appendix", "article-locator", "book", "canon", "chapter", "column", "elocation", "equation",
    "figure", "folio", "issue", "line", "note", "opus", "page", "paragraph", "part", "rule", "scene",
    "schedule", "section", "sub-verbo", "supplement", "table", "timestamp", "title-locator", "verse", "volume"};

// Whether `text` opens with a locator label abbreviation of the locale ("vol. 1", "fig. 3").
bool starts_with_locator_label(const Locale& locale, std::string_view text) {
  const std::size_t sp = text.find(' ');
  if (sp == std::string_view::npos || sp == 0 || text[sp - 1] != '.') return false;
  const std::string_view word = text.substr(0, sp);
  for (std::string_view t : kLocatorTerms)
    for (bool plural : {false, true})
      if (locale.term_text(t, TermForm::short_, plural) == word) return true;
  return false;
}

}  // namespace

std::string_view locator_label_term(std::string_view abbreviation) {
  for (const auto& [a, term] : kLocatorAbbreviations)
    if (a == abbreviation) return term;
  return {};
}

std::string expand_locator_labels(std::string_view locator, const Locale& locale, TermForm form,
                                  std::string_view own_label) {
  if (form == TermForm::symbol) form = TermForm::short_;  // locator terms have no symbols
  std::string out;
  std::size_t copied = 0;
  // An abbreviation is a run of lowercase letters after a space, then ". " ("12, fol. 186").
  for (std::size_t i = 1; i < locator.size(); ++i) {
    if (locator[i - 1] != ' ' || locator[i] < 'a' || locator[i] > 'z') continue;
    std::size_t e = i;
    while (e < locator.size() && locator[e] >= 'a' && locator[e] <= 'z') ++e;
    if (e + 1 >= locator.size() || locator[e] != '.' || locator[e + 1] != ' ') continue;
    const std::string_view term = locator_label_term(locator.substr(i, e - i));
    if (term.empty()) continue;
    if (term == own_label) {
      // The locator's own label is already printed before it: the part is a bare number.
      out.append(locator.substr(copied, i - copied));
      copied = e + 2;
      i = e + 1;
      continue;
    }
    // The number it labels runs to the next separator: a range or list there is plural.
    const std::size_t from = e + 2;
    std::size_t to = locator.find_first_of(",;&", from);
    if (const std::size_t a = locator.find(" and ", from); a < to) to = a;
    const std::string_view number = locator.substr(from, to == std::string_view::npos ? std::string_view::npos : to - from);
    const std::string_view text = locale.term_text(term, form, is_plural_value(number));
    if (text.empty()) continue;
    out.append(locator.substr(copied, i - copied));
    out.append(text);
    copied = e + 1;  // the space after the period stays
    i = e;
  }
  if (copied == 0) return std::string(locator);
  out.append(locator.substr(copied));
  return out;
}

std::string Evaluator::render_label(const LabelEl& l, const Formatting& fmt, std::string_view value, Variable var) {
  if (value.empty()) return {};
  std::string_view name = term_name_for(var);
  std::string own_parts;
  if (var == Variable::locator) {
    // The labels inside the locator follow a form the label sets (citeproc-js).
    if (l.form_set) locator_label_form_ = l.form;
    name = cite && cite->item && !cite->item->label.empty() ? std::string_view(cite->item->label) : "page";
    // The label the locator opened with, when the cite gives another, shows where the label
    // counts the locator's numbers; a label that is always or never plural is the cite's
    // (citeproc-js: "fig. 3" with the label "verse" prints "figure 3", "verses 3").
    if (cite && !cite->inner_label.empty() && l.plural == Plural::contextual) name = cite->inner_label;
    // Citation data writes some locator types with spaces ("sub verbo" for sub-verbo).
    if (name.find(' ') != std::string_view::npos)
      for (std::string_view t : kLocatorTerms)
        if (t.size() == name.size() &&
            std::equal(t.begin(), t.end(), name.begin(), [](char a, char b) { return a == b || (a == '-' && b == ' '); }))
          name = t;
    // A locator that names its own parts ("vol. 1, fol. 186") needs no label, and only its
    // part before a labelled one ("367-368, fig. 333") decides the plural (citeproc-js).
    if (starts_with_locator_label(locale, value)) return {};
    // A part with the locator's own label ("12, p. 333" for a page) counts without it.
    if (value.find(". ") != std::string_view::npos) {
      own_parts = expand_locator_labels(value, locale, TermForm::short_, name);
      value = own_parts;
    }
    for (std::size_t c = value.find(", "); c != std::string_view::npos; c = value.find(", ", c + 2))
      if (starts_with_locator_label(locale, value.substr(c + 2))) {
        value = value.substr(0, c);
        break;
      }
  }
  bool plural = false;
  switch (l.plural) {
    case Plural::always: plural = true; break;
    case Plural::never: plural = false; break;
    case Plural::contextual:
      if (var == Variable::number_of_pages || var == Variable::number_of_volumes) {
        // "greater than 1" (specification); a value that opens with no arabic number
        // ("xii, 300") is plural when it holds several numbers, as citeproc-js counts it.
        // Several numbers are plural here too ("1-3"): "Content is considered plural when it
        // contains multiple numbers ..., or, in the case of the "number-of-pages" and
        // "number-of-volumes" variables, when the number is higher than 1".
        const auto n = leading_number(value);
        plural = (n && *n > 1) || is_plural_value(value, locale.term_text("and"));
      } else {
        plural = is_plural_value(value, locale.term_text("and"));
      }
      break;
  }
  std::string out(locale.term_text(name, l.form, plural));
  strip_inherited_periods(out);
  term_case_ = true;
  finish(out, fmt);
  term_case_ = false;
  return out;
}

}  // namespace citelib::csl

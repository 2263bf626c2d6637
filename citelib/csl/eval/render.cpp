// Dispatch, cs:text, cs:group, cs:choose, formatting and variable access.
#include "csl/eval/evaluator.hpp"

#include <citelib/model/page_range.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

namespace citelib::csl {

Evaluator::Evaluator(const Style& s, const Locale& l, const Layout& lay, const Reference& r, const ItemState& st,
                     const CiteInfo* c, RenderMode m, bool piq, bool guess)
    : style(s), locale(l), layout(lay), ref(r), state(st), cite(c), mode(m), punct_in_quote(piq),
      guess_title_language(guess) {}

std::string en_dash_ranges(std::string_view s, std::string_view delimiter, bool en_dash_too) {
  // "1-7", "1 - 7" (and, with en_dash_too, "1– 7") -> "1–7": a hyphen between two numeric
  // (or roman) tokens marks a range, and the range loses the spaces around its separator.
  constexpr std::string_view kEnDash = "\u2013";
  auto token_ok = [](std::string_view t) {
    if (t.empty()) return false;
    bool digit = false, roman = true;
    for (char c : t) {
      if (c >= '0' && c <= '9') digit = true;
      if (std::string_view("ivxlcdmIVXLCDM").find(c) == std::string_view::npos) roman = false;
    }
    return digit || roman;
  };
  // Length of the range separator at `i` (a hyphen or an en dash), 0 when there is none.
  auto dash_at = [&](std::size_t i) -> std::size_t {
    if (s[i] == '-') return 1;
    return en_dash_too && s.compare(i, kEnDash.size(), kEnDash) == 0 ? kEnDash.size() : 0;
  };
  auto boundary = [&](std::size_t i) { return s[i] == ' ' || s[i] == ',' || dash_at(i) != 0; };
  std::string out;
  out.reserve(s.size() + 4);
  for (std::size_t i = 0; i < s.size(); ++i) {
    const std::size_t dash = dash_at(i);
    if (dash != 0 && i > 0 && i + dash < s.size()) {
      std::size_t left_end = i;
      while (left_end > 0 && s[left_end - 1] == ' ') --left_end;
      std::size_t b = left_end;
      while (b > 0 && !boundary(b - 1)) --b;
      // The scan stops after an en dash's first byte: step over the other two.
      if (b > 0 && s.compare(b - 1, kEnDash.size(), kEnDash) == 0) b = std::min(b + kEnDash.size() - 1, left_end);
      std::size_t right = i + dash;
      while (right < s.size() && s[right] == ' ') ++right;
      std::size_t e = right;
      while (e < s.size() && !boundary(e)) ++e;
      if (token_ok(s.substr(b, left_end - b)) && token_ok(s.substr(right, e - right))) {
        out.resize(out.size() - (i - left_end));  // the spaces copied before the separator
        out += delimiter;
        i = right - 1;
        continue;
      }
    }
    out.push_back(s[i]);
  }
  return out;
}

void unescape_hyphens(std::string& s) {
  // "327\-30": the backslash marks a hyphen that is not a range; it is not printed.
  std::size_t w = 0;
  for (std::size_t r = 0; r < s.size(); ++r) {
    if (s[r] == '\\' && r + 1 < s.size() && s[r + 1] == '-') continue;
    s[w++] = s[r];
  }
  s.resize(w);
}

void localize_ampersand(std::string& s, const Locale& locale) {
  if (s.find('&') == std::string::npos) return;
  std::string_view amp = locale.term_text("and", TermForm::symbol);
  // The symbol form falls back to the long one: a locale without its own symbol keeps "&".
  if (amp.empty() || amp == "&" || amp == locale.term_text("and")) return;
  auto is_letter = [](char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; };
  std::string out;
  out.reserve(s.size() + amp.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '&') {
      out.push_back(s[i]);
      continue;
    }
    // Letters on both sides ("A&B") stay joined; otherwise one space on each side.
    std::size_t after = i + 1;
    while (after < s.size() && s[after] == ' ') ++after;
    while (!out.empty() && out.back() == ' ') out.pop_back();
    const bool joined = !out.empty() && is_letter(out.back()) && after < s.size() && is_letter(s[after]) && after == i + 1 &&
                        (i == 0 || s[i - 1] != ' ');
    if (!joined) out.push_back(' ');
    out.append(amp);
    if (!joined) out.push_back(' ');
    i = after - 1;
  }
  s.swap(out);
}

void Evaluator::append_year_suffix(std::string& out, int n) {
  // a..z, aa..az, ... (bijective base 26)
  if (n < 0) return;
  char buf[8];
  std::size_t len = 0;
  do {
    buf[len++] = static_cast<char>('a' + n % 26);
    n = n / 26 - 1;
  } while (n >= 0 && len < sizeof buf);
  while (len > 0) out.push_back(buf[--len]);
}

std::string Evaluator::year_suffix_text() {
  std::string s;
  append_year_suffix(s, state.year_suffix);
  return s;
}

bool Evaluator::item_looks_non_english() {
  // The title speaks for the whole item: its container and publisher are in its language.
  if (!item_non_english_)
    item_non_english_ = ir::looks_non_english(ref.get(Variable::title)) ||
                        ir::looks_non_english(ref.get(Variable::container_title));
  return *item_non_english_;
}

bool Evaluator::is_english() const {
  const std::string_view lang = ref.get(Variable::language);
  const bool style_en = style.default_locale.empty() || style.default_locale.rfind("en", 0) == 0;
  if (lang.empty()) return style_en;
  return lang.rfind("en", 0) == 0;
}

// The layout delimiter separates cites, not the layout's children.
std::string Evaluator::render_layout() { return render_children(layout.children, {}); }

std::string Evaluator::render_elements(const Elements& els) {
  // A sort macro keys what its call prints: a macro is an implicit group (citeproc-js), so one
  // that calls variables of which none renders keys empty, as it prints nothing ("anonymous"
  // standing directly in cs:substitute for an empty author).
  const int called = vars_called, rendered = vars_rendered;
  std::string out = render_children(els, {});
  if (vars_called > called && vars_rendered == rendered) out.clear();
  return out;
}

std::string Evaluator::render_children(const Elements& els, std::string_view delimiter) {
  std::string out;
  bool first = true;
  JoinAfter after = JoinAfter::text;
  append_delimited(out, first, after, els, delimiter);
  return out;
}

namespace {
// A cs:text of a variable, value or term with its own font formatting or quotes: in
// citeproc-js its text is a decorated blob, so punctuation after it (its own suffix, or the
// delimiter that follows it) merges with the text's last mark only when it is the same mark
// ("<i>Who?</i>. Pub", "‘Who?’: Pub" without punctuation-in-quote). Groups, macro calls and
// number variables are not such blobs: a suffix or delimiter after them still meets the
// punctuation inside ("<i>Who?</i> Pub"), and so does text with markup of its own (see
// render_text). The specification is silent.
bool is_number_variable(Variable v);
bool closes_own_decoration(const Element& e) {
  if (e.kind != Element::Kind::text || (!e.fmt.has_font() && !e.fmt.quotes)) return false;
  const TextEl& t = *e.text;
  return t.source != TextEl::Source::macro && !(t.source == TextEl::Source::variable && is_number_variable(t.variable));
}
}  // namespace

void Evaluator::append_delimited(std::string& out, bool& first, JoinAfter& after, const Elements& els,
                                 std::string_view delimiter) {
  for (const Element& e : els) {
    if (e.kind == Element::Kind::choose) {
      // The nearest delimiting ancestor's delimiter applies within the output of cs:choose
      // (spec, Choose): the matching branch's children are siblings of the choose's.
      if (depth >= 200) continue;
      struct Nesting {
        int& depth;
        explicit Nesting(int& d) : depth(++d) {}
        ~Nesting() { --depth; }
      } nesting(depth);
      for (const Branch& b : e.choose->branches)
        if (evaluate(b)) {
          append_delimited(out, first, after, b.children, delimiter);
          break;
        }
      continue;
    }
    std::string piece = render(e);
    if (!ir::is_blank(piece)) {
      // The piece ends in the element's suffix (punctuation of a suffix meets a delimiter
      // differently from the text's own, citeproc-js); a suffix whose mark the text absorbed
      // ("to?" + "." -> "to?") is not there to meet it, and the text's "?" absorbs the
      // delimiter's "." as usual ("to? Journal").
      // After a cs:text with its own font formatting (and its suffix, if any) the next
      // element's prefix or text merges no punctuation with it ("<i>Post</i>,, 22" from a
      // suffix "," and a prefix ", "), as citeproc-js keeps the formatted blob apart; after
      // quotes it merges ("“colon”: colon", punctuation_FullMontyQuotesIn). A delimiter
      // between them meets either as it meets a suffix.
      // After a cs:group or macro call with its own font formatting the next prefix or text
      // merges no punctuation either ("<b>Doe (2020):</b>. 2 May", "<b>Done?</b>. G"), nor
      // moves into a quote inside the formatting, as citeproc-js keeps that blob apart too;
      // a delimiter after it meets it by the usual table.
      const bool decorated = closes_own_decoration(e) && last_text_decorated_;
      const bool ends_in_suffix = !e.fmt.suffix.empty() && std::string_view(piece).ends_with(e.fmt.suffix);
      const bool decorated_block =
          e.fmt.has_font() && (e.kind == Element::Kind::group ||
                               (e.kind == Element::Kind::text && e.text->source == TextEl::Source::macro));
      const JoinAfter next = decorated && e.fmt.has_font()  ? JoinAfter::decorated_text
                             : decorated_block               ? ends_in_suffix ? JoinAfter::decorated_block_suffix
                                                                              : JoinAfter::decorated_block
                             : decorated || ends_in_suffix ? JoinAfter::suffix
                                                           : JoinAfter::text;
      // Punctuation that opens a displayed block (its prefix ", ", or an inner element's)
      // ends the text before the block instead, as second-field-align moves it onto the
      // first field ("Title,<div>Doe…" rather than "Title<div>, Doe…"; citeproc-js).
      // After a displayed block it goes inside that block, at its end ("Title,</div>").
      if (e.fmt.display != Display::none && !out.empty()) {
        const ir::Mark m = ir::final_closed_mark(out);
        if (m == ir::block || m == ir::left_margin || m == ir::right_inline || m == ir::indent) {
          std::string inner = out.substr(0, out.size() - 3);
          ir::move_leading_punctuation(piece, inner, punct_in_quote);
          out = std::move(inner.append(out, out.size() - 3, 3));
        } else {
          ir::move_leading_punctuation(piece, out, punct_in_quote);
        }
      }
      const bool delimited = !first && !delimiter.empty();
      if (delimited) {
        if (after != JoinAfter::text && after != JoinAfter::decorated_block)
          ir::append_after_suffix(out, delimiter, punct_in_quote);
        else ir::append(out, delimiter, punct_in_quote);
      }
      if (out.empty()) out.swap(piece);
      else if (after == JoinAfter::decorated_text && !delimited) ir::append_after_decoration(out, piece, punct_in_quote);
      else if ((after == JoinAfter::decorated_block || after == JoinAfter::decorated_block_suffix) && !delimited)
        ir::append_spaced(out, piece);
      else ir::append(out, piece, punct_in_quote);
      first = false;
      after = next;
    }
  }
}

bool Evaluator::turkic_case() const {
  // Case follows the item's language, else the locale's, as citeproc-js's
  // toLocaleUpperCase([item language, style locale]) does.
  std::string_view lang = ref.get(Variable::language);
  if (lang.empty()) lang = locale.lang();
  auto primary = [&](std::string_view p) {
    return lang.size() >= 2 && (lang[0] | 0x20) == p[0] && (lang[1] | 0x20) == p[1] &&
           (lang.size() == 2 || !std::isalpha(static_cast<unsigned char>(lang[2])));
  };
  return primary("tr") || primary("az");
}

void Evaluator::strip_inherited_periods(std::string& s) const {
  if (strip_periods_inherited && !keeps_periods_) ir::strip_periods(s, periods_in_words_);
}

void Evaluator::format_part(std::string& s, const Formatting& f) {
  if (f.text_case != TextCase::none) {
    // Title case is for English items. An item without a language counts as English in an
    // English style, unless (when asked to guess) its title is plainly in another language:
    // pasted lists often give no language for titles in Spanish, French, German or Italian.
    // A term is the locale's text, not the item's: title case applies to it whatever the
    // languages, as citeproc-js applies it (the specification speaks of items).
    bool english = term_case_ || is_english();
    if (guess_title_language && !term_case_ && english && f.text_case == TextCase::title && ref.get(Variable::language).empty())
      english = !item_looks_non_english();
    ir::apply_text_case(s, f.text_case, english, turkic_case());
  }
  // strip-periods follows text-case, as citeproc-js applies them: a period that title case
  // put before a capital goes ("ww7.dokry.com" -> "Ww7DokryCom"). A macro call's
  // strip-periods went to the text of its elements (strip_periods_inherited).
  if (f.strip_periods && !in_macro_finish && !keeps_periods_) ir::strip_periods(s, periods_in_words_);
  // Quotes go outside the font formatting of the same element ("“<i>Title</i>”"), as
  // citeproc-js prints them; the specification does not order them.
  if (undecorated_) return;
  ir::wrap_font(s, f);
  if (f.quotes) {
    ir::wrap_quotes(s);
    // Without punctuation-in-quote a quoted cs:text's own closing comma, semicolon or colon
    // goes outside the quote ("‘Git FAQ’:"), where it meets what follows by the usual
    // table, as citeproc-js places it (not for quotes on a macro call or group); the
    // specification puts punctuation outside then.
    if (!punct_in_quote && decorated_text_finish_) quoted_punct_moved_ = ir::move_punctuation_out_of_quote(s);
  }
}

void NestedBraces::flip(std::string& s) {
  // After more closing than opening parentheses the depth is negative; citeproc-js's test
  // (depth % 2 == 1) then never flips an opening one, and neither does this.
  for (char& c : s) {
    if (c == '(') {
      if (depth % 2 == 1) c = '[';
      ++depth;
    } else if (c == ')') {
      if (depth % 2 == 0) c = ']';
      --depth;
    }
  }
}

std::size_t Evaluator::brace_enter_counted(const Formatting& f) {
  if (f.prefix.find_first_of("()") == std::string::npos) return 0;
  brace_fmts_.push_back(f);
  braces->flip(brace_fmts_.back().prefix);
  return brace_fmts_.size();
}

const Formatting& Evaluator::brace_leave_counted(const Formatting& f, std::size_t slot) {
  Formatting* g = slot != 0 ? &brace_fmts_[slot - 1] : nullptr;
  if (f.suffix.find_first_of("()") != std::string::npos) {
    if (!g) {
      brace_fmts_.push_back(f);
      g = &brace_fmts_.back();
    }
    braces->flip(g->suffix);
  }
  return g ? *g : f;
}

void Evaluator::finish(std::string& s, const Formatting& f) {
  if (ir::is_blank(s)) {
    s.clear();
    return;
  }
  output_started = true;
  format_part(s, f);
  if (!f.prefix.empty()) {
    std::string out;
    out.reserve(f.prefix.size() + s.size() + f.suffix.size());
    // citeproc-js merges no punctuation of a prefix with the text after it (a group's ";"
    // then a page's ":" print ";:", bmj), only a doubled space; the specification is silent.
    out = f.prefix;
    ir::append_spaced(out, s);
    s.swap(out);
  }
  if (!f.suffix.empty()) {
    if (decorated_text_finish_ && !quoted_punct_moved_) ir::append_after_suffix(s, f.suffix, punct_in_quote);
    else ir::append(s, f.suffix, punct_in_quote);
  }
  if (f.display != Display::none) ir::wrap_display(s, f.display);
}

std::string Evaluator::render(const Element& e) {
  if (depth >= 200) return {};  // defensive: macros are acyclic after parsing, so this is unreachable
  // Each case returns its string as built (no move into a shared local per element).
  struct Nesting {
    int& depth;
    explicit Nesting(int& d) : depth(++d) {}
    ~Nesting() { --depth; }
  } nesting(depth);
  switch (e.kind) {
    case Element::Kind::text: return render_text(e, *e.text);
    case Element::Kind::number: return render_number(e, *e.number);
    case Element::Kind::label: {
      const Variable v = e.label->variable;
      std::string_view value = variable_text(v);
      if (kind_of(v) == VariableKind::name) {
        const auto names = ref.names(v);
        value = names.size() > 1 ? "1-2" : names.empty() ? "" : "1";
      }
      return render_label(*e.label, e.fmt, value, v);
    }
    case Element::Kind::names: {
      std::string out = render_names(e, *e.names);
      if (!in_substitute) names_before = true;
      return out;
    }
    case Element::Kind::date: return render_date(e, *e.date);
    case Element::Kind::group: {
      const int called = vars_called, rendered = vars_rendered;
      const bool started = output_started, names_was = names_before;
      const std::size_t braced = brace_enter(e.fmt);
      std::string out = render_children(e.group->children, e.group->delimiter);
      // A cs:names that printed nothing inside a group that printed nothing does not count
      // before a term: citeproc-js capitalizes "N.d." after such a group or macro.
      if (ir::is_blank(out)) names_before = names_was;
      if (vars_called > called && vars_rendered == rendered) forget_output(out, started);
      // A group that rendered only terms and text, calling no variable, counts as a rendered
      // variable for the enclosing group (citeproc-js); otherwise its own variables, which
      // the counters already carry, decide.
      else if (vars_called == called && !ir::is_blank(out)) ++vars_rendered;
      finish(out, brace_leave(e.fmt, braced));
      return out;
    }
    case Element::Kind::choose: {
      for (const Branch& b : e.choose->branches)
        if (evaluate(b)) return render_children(b.children, {});
      return {};
    }
  }
  return {};
}

void Evaluator::forget_output(std::string& out, bool started_before) {
  out.clear();
  // A suppressed group's term was not the first output after all.
  if (!started_before) output_started = starts_with_term = false;
}

std::string_view Evaluator::variable_text(Variable v, bool short_form) {
  if (suppressed.test(static_cast<std::size_t>(v))) return {};
  return variable_value(v, short_form);
}

std::string_view Evaluator::variable_value(Variable v, bool short_form) {
  switch (v) {
    case Variable::locator: {
      if (!cite || !cite->item) return {};
      std::string_view loc = cite->item->locator;
      while (!loc.empty() && (loc.front() == ' ' || loc.front() == '\t')) loc.remove_prefix(1);
      while (!loc.empty() && (loc.back() == ' ' || loc.back() == '\t')) loc.remove_suffix(1);
      return loc;
    }
    case Variable::citation_number:
      if (state.citation_number <= 0) return {};
      scratch_ = std::to_string(state.citation_number);
      return scratch_;
    case Variable::first_reference_note_number:
      if (!cite || cite->first_reference_note_number <= 0 || cite->position == Position::first) return {};
      scratch_ = std::to_string(cite->first_reference_note_number);
      return scratch_;
    case Variable::year_suffix:
      if (state.year_suffix < 0) return {};
      scratch_ = year_suffix_text();
      return scratch_;
    case Variable::citation_label:
      // Generated when the data has none; a label carries the year suffix that tells apart
      // the references it shares ("RoNo78a"), so it counts as the rendered year suffix.
      if (ref.has(Variable::citation_label)) scratch_.assign(ref.get(Variable::citation_label));
      else scratch_ = generated_citation_label(ref);
      if (!mode.sort_key) scratch_ += year_suffix_text();
      return scratch_;
    default: break;
  }
  if (v == Variable::page_first && !ref.has(Variable::page_first)) {
    // Derived from `page` when the data has none: the first page of its first range.
    const std::string_view page = ref.get(Variable::page);
    if (page.empty()) return {};
    const std::vector<PageRange> ranges = parse_page_ranges(page);
    if (ranges.empty()) return {};
    scratch_ = ranges.front().first;
    return scratch_;
  }
  if (v == Variable::title && !short_form && !ref.title_translated.empty() && ref.has(Variable::title)) {
    // CSL 1.0.2 has no variable for a translated title; the major styles print it in
    // brackets after the original title ("Entrevista al embajador [Interview with the
    // ambassador]"), as the reference lists citelib reads do.
    title_buffer_.assign(ref.get(Variable::title));
    title_buffer_ += " [";
    title_buffer_ += ref.title_translated;
    title_buffer_ += ']';
    return title_buffer_;
  }
  if (short_form) {
    if (v == Variable::title && ref.has(Variable::title_short)) return ref.get(Variable::title_short);
    if (v == Variable::container_title && ref.has(Variable::container_title_short))
      return ref.get(Variable::container_title_short);
  }
  return ref.get(v);
}

namespace {
// The number variables whose numeric ranges cs:text prints with a range delimiter.
// The variables cs:text prints as citeproc-js's numeric fields (its CITE_FIELDS among them).
bool is_number_variable(Variable v) {
  switch (v) {
    case Variable::locator: case Variable::first_reference_note_number: case Variable::page:
    case Variable::page_first: case Variable::chapter_number:
    case Variable::collection_number: case Variable::edition: case Variable::issue: case Variable::number:
    case Variable::number_of_pages: case Variable::number_of_volumes: case Variable::volume: return true;
    default: return false;
  }
}

}  // namespace

// The number variables whose numeric ranges cs:text writes with the locale's range delimiter
// (citeproc-js: every number variable but the citation number, which prints as it is).
bool ranges_take_delimiter(Variable v) {
  return v == Variable::volume || v == Variable::issue || v == Variable::edition || v == Variable::number ||
         v == Variable::collection_number || v == Variable::chapter_number || v == Variable::number_of_pages ||
         v == Variable::number_of_volumes;
}

std::string Evaluator::render_text(const Element& e, const TextEl& t) {
  std::string out;
  switch (t.source) {
    case TextEl::Source::value:
      // A style's literal text carries the same inline markup and quotes as field values.
      ir::append_rich_text(out, t.term);
      break;
    case TextEl::Source::term:
      out = locale.term_text(t.term, t.term_form, t.plural);
      // A term with its own text-case ("[w:]" lowercase) keeps it even at the start, and so
      // does one after a cs:names element, even one that printed nothing: citeproc-js counts
      // a names element as output before the term.
      if (!output_started && !names_before && !out.empty() && e.fmt.text_case == TextCase::none) {
        // A bibliography entry whose text opens with a term starts a sentence: the term is
        // capitalized, behind the affixes around it (", N.d.") and after the entry's citation
        // number, which is a label ("79 N.d."), as citeproc-js capitalizes it. A citation's
        // cite does so when the cluster asks for it (only notes capitalize, see
        // render_cluster), and reports the term.
        if (mode.bibliography || mode.capitalize_opening_term)
          ir::apply_text_case(out, TextCase::capitalize_first, true);
        if (!mode.bibliography) {
          starts_with_term = true;
          opening_term = out;
        }
      }
      break;
    case TextEl::Source::macro: {
      const int called = vars_called, rendered = vars_rendered;
      const bool started = output_started, names_was = names_before;
      const bool inherited = strip_periods_inherited;
      strip_periods_inherited = inherited || e.fmt.strip_periods;
      // A macro call is a group in citeproc-js: its affixes count as a group's.
      const std::size_t braced = brace_enter(e.fmt);
      out = render_children(*t.macro, {});
      if (ir::is_blank(out)) names_before = names_was;  // as for a group, see above
      strip_periods_inherited = inherited;
      // A macro behaves like an implicit group for suppression (citeproc-js).
      if (vars_called > called && vars_rendered == rendered) forget_output(out, started);
      else if (vars_called == called && !ir::is_blank(out)) ++vars_rendered;
      in_macro_finish = true;
      finish(out, brace_leave(e.fmt, braced));
      in_macro_finish = false;
      return out;
    }
    case TextEl::Source::variable: {
      const Variable v = t.variable;
      // (citeproc-js's special variables and the locator do not count.)
      if (v != Variable::locator && v != Variable::year_suffix && v != Variable::citation_number &&
          v != Variable::citation_label)
        text_variable_evaluated = true;
      std::string_view value = variable_text(v, t.short_form);
      // A cite prints its locator once: a second cs:text or cs:number for it prints nothing
      // (citeproc-js marks the locator done; the specification is silent).
      if (v == Variable::locator) {
        if (locator_rendered_) value = {};
        else if (!value.empty()) locator_rendered_ = true;
        // The labels inside a locator print in the form of its label, or short without one.
        if (value.find(". ") != std::string_view::npos) {
          locator_text_ = expand_locator_labels(value, locale, locator_label_form_.value_or(TermForm::short_), locator_label());
          value = locator_text_;
        }
      }
      // An absent year suffix does not make its group empty ("n.d." then "-a" only when
      // disambiguation assigned one), as in citeproc-js.
      if (!(v == Variable::year_suffix && value.empty())) ++vars_called;
      if (value.empty()) break;
      ++vars_rendered;
      touched.set(static_cast<std::size_t>(v));
      if (sas_value_) {
        out = *sas_value_;
        sas_value_ = nullptr;
        break;
      }
      if (v == Variable::year_suffix || v == Variable::citation_label) year_suffix_rendered_ = true;
      const bool page_like = v == Variable::page ||
                             (v == Variable::locator && cite && cite->item &&
                              (cite->item->label.empty() || cite->item->label == "page"));
      if (page_like) {
        const std::string_view delim = locale.term_text("page-range-delimiter");
        // A locator is abbreviated only where it writes its range with a hyphen: one cited
        // with an en dash ("23–25") stays as cited (citeproc-js, which reads the page
        // variable's en dashes as hyphens but not the locator's).
        // Its en dashes stay as cited too, spaced or not, whatever the locale's delimiter
        // ("23–25" in Spanish, whose delimiter is a hyphen; citeproc-js).
        const bool locator_as_cited = v == Variable::locator && value.find('-') == std::string_view::npos;
        const PageRangeFormat prf = locator_as_cited ? PageRangeFormat::none : style.page_range_format;
        out = format_page_ranges(value, prf, delim.empty() ? std::string_view("\u2013") : delim);
        // Roman page ranges ("xii-xv") are not abbreviated but take the delimiter too.
        if (prf == PageRangeFormat::none)
          out = en_dash_ranges(out, delim.empty() ? std::string_view("\u2013") : delim, !locator_as_cited);
        else if (value.find_first_of("0123456789") == std::string_view::npos)
          out = en_dash_ranges(out, delim.empty() ? std::string_view("\u2013") : delim);
        unescape_hyphens(out);
        localize_ampersand(out, locale);
      } else if (v == Variable::locator) {
        // Other locators ("chapter 200 - 201") are not abbreviated, but their ranges are.
        const std::string_view delim = locale.term_text("page-range-delimiter");
        ir::append_rich_text(out, en_dash_ranges(value, delim.empty() ? std::string_view("\u2013") : delim));
        unescape_hyphens(out);
        localize_ampersand(out, locale);
      } else if (v == Variable::URL || v == Variable::DOI) {
        out = value;
      } else if (ranges_take_delimiter(v) && (is_numeric_value(value) || roman_range_value(value))) {
        // A numeric volume, issue, edition, number or collection number is a range like a
        // page: "19-20" -> "19–20" with the locale's delimiter (citeproc-js). Text with a
        // hyphen in it ("3-B", "Suppl-2a") is not numeric and stays as written, and so does
        // an en dash the data already has (AMA's delimiter is a hyphen: "2–4" stays). A
        // collection number takes the page-range-delimiter too, as citeproc-js prints it, and
        // so does a range of Roman numerals ("iv-vi", "XL-L"; citeproc-js).
        const std::string_view delim = locale.term_text("page-range-delimiter");
        out = en_dash_ranges(value, delim.empty() ? std::string_view("\u2013") : delim);
        unescape_hyphens(out);
      } else {
        ir::append_rich_text(out, value);
      }
      break;
    }
  }
  // strip-periods removes the periods of abbreviations; in a field's text a period before a
  // lowercase letter belongs to a word ("nature.com", "Gob.pe") and stays, as citeproc-js
  // keeps it. Terms, names and month names lose every period.
  periods_in_words_ = t.source == TextEl::Source::variable || t.source == TextEl::Source::value;
  // A URL or DOI keeps its periods: without them it no longer leads anywhere (citeproc-js
  // never strips them; the specification does not speak of identifiers).
  keeps_periods_ = t.source == TextEl::Source::variable && (t.variable == Variable::URL || t.variable == Variable::DOI);
  strip_inherited_periods(out);
  const bool started = output_started;
  // A term or a style's own text (cs:text value) is in the style's language, not the item's:
  // title case applies to it whatever the item's language (citeproc-js).
  term_case_ = t.source == TextEl::Source::term || t.source == TextEl::Source::value;
  // A number variable with a value opens an output level in citeproc-js (its numeric field):
  // its affixes count for the note-style brace counter.
  // Text with markup of its own (rich-text quotes or italics) is nested in citeproc-js: the
  // punctuation after it merges as after a group ("<i>how to speed up “git log”?</i> git").
  quoted_punct_moved_ = false;
  last_text_decorated_ = closes_own_decoration(e) && !ir::has_marks(out);
  decorated_text_finish_ = last_text_decorated_;
  finish(out, braces && t.source == TextEl::Source::variable && !out.empty() && is_number_variable(t.variable)
                  ? brace_leave(e.fmt, brace_enter(e.fmt))
                  : e.fmt);
  decorated_text_finish_ = false;
  // Punctuation moved out of the quote meets what follows as plain text does.
  if (quoted_punct_moved_) last_text_decorated_ = false;
  periods_in_words_ = false;
  keeps_periods_ = false;
  term_case_ = false;
  // A bibliography entry's citation number is a label: a term after it still opens the text.
  if (!started && !out.empty() && mode.bibliography && t.source == TextEl::Source::variable &&
      t.variable == Variable::citation_number)
    output_started = false;
  return out;
}

bool Evaluator::evaluate(const Branch& b) {
  if (b.conditions.empty()) return true;
  // Each value of each condition is one test; match says how tests combine.
  int tests = 0, passed = 0;
  auto record = [&](bool ok) {
    ++tests;
    if (ok) ++passed;
  };
  for (const Condition& c : b.conditions) {
    switch (c.kind) {
      case CondKind::type: {
        // An item has one type: several types in one test ("webpage post post-weblog") are
        // alternatives even under match="all", where they could never all hold (citeproc-js
        // composes them with "any"; for "any" and "none" it is the same).
        bool any = false;
        for (int code : c.codes) any = any || (code >= 0 && static_cast<ItemType>(code) == ref.type);
        record(any);
        break;
      }
      case CondKind::variable:
        for (int code : c.codes) {
          if (code < 0) { record(false); continue; }
          const auto v = static_cast<Variable>(code);
          bool has = false;
          switch (kind_of(v)) {
            case VariableKind::name: has = !ref.names(v).empty(); break;
            case VariableKind::date: has = ref.date(v) != nullptr && !ref.date(v)->empty(); break;
            default: has = !variable_value(v).empty(); break;
          }
          // A variable that cs:substitute used is suppressed from the output, not from the
          // tests: "editor" is still there for a later <if variable="editor"> (citeproc-js).
          record(has);
        }
        break;
      case CondKind::is_numeric:
        for (int code : c.codes) record(code >= 0 && tests_numeric(variable_value(static_cast<Variable>(code))));
        break;
      case CondKind::is_uncertain_date:
        for (int code : c.codes) {
          const Date* d = code >= 0 ? ref.date(static_cast<Variable>(code)) : nullptr;
          record(d && d->circa);
        }
        break;
      case CondKind::locator:
        for (const std::string& v : c.values) {
          if (!cite || !cite->item || cite->item->locator.empty()) { record(false); continue; }
          // The label a locator opened with counts over the cite's (citeproc-js tests the
          // label it reads in the locator).
          const std::string_view label = !cite->inner_label.empty() ? cite->inner_label
                                         : cite->item->label.empty() ? std::string_view("page")
                                                                     : std::string_view(cite->item->label);
          record(label == v || (v == "sub-verbo" && label == "sub verbo"));
        }
        break;
      case CondKind::position:
        for (int code : c.codes) {
          if (!cite || mode.bibliography) { record(false); continue; }
          const Position p = cite->position;
          bool ok = false;
          switch (code) {
            case 0: ok = p == Position::first; break;
            case 1: ok = p != Position::first; break;
            case 2: ok = p == Position::ibid || p == Position::ibid_with_locator; break;
            case 3: ok = p == Position::ibid_with_locator; break;
            case 4: ok = p != Position::first && cite->near_note; break;
            default: break;
          }
          record(ok);
        }
        break;
      case CondKind::disambiguate:
        for (int code : c.codes) record((code == 1) == state.disambiguate);
        break;
    }
  }
  switch (b.match) {
    case Match::all: return tests > 0 && passed == tests;
    case Match::any: return passed > 0;
    case Match::none: return passed == 0;
  }
  return false;
}

}  // namespace citelib::csl

#include "csl/output/markup.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <vector>

namespace citelib::csl::ir {

namespace {

bool is_punct(char c) { return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?'; }

// Index of the last byte of visible text in s (skipping trailing marks), or npos.
std::size_t last_visible(std::string_view s, bool* quote_closed = nullptr, std::size_t* quote_at = nullptr) {
  std::size_t i = s.size();
  while (i >= 3 && is_mark(s.data() + i - 3, s.data() + s.size())) {
    // Of several closing quotes in a row, the innermost one: punctuation moves inside all.
    if (mark_at(s.data() + i - 3) == quote_close && quote_closed) {
      *quote_closed = true;
      if (quote_at) *quote_at = i - 3;
    }
    i -= 3;
  }
  if (i == 0) return std::string_view::npos;
  return i - 1;
}

std::size_t first_visible(std::string_view s) {
  std::size_t i = 0;
  while (i + 3 <= s.size() && is_mark(s.data() + i, s.data() + s.size())) i += 3;
  return i < s.size() ? i : std::string_view::npos;
}

// Whether punctuation `b` following punctuation `a` is redundant.
// Punctuation that meets punctuation (citeproc-js's table, as the suite expects): the second
// is dropped when the first says as much ("!." -> "!", ";:" -> ";"), and replaces a colon or
// semicolon before it when it is a question or exclamation mark (":?" -> "?").
bool redundant(char a, char b) {
  if (a == b) return true;
  if ((a == '!' || a == '?') && (b == '.' || b == ':')) return true;
  if ((a == ':' || a == ';') && b == '.') return true;
  if (a == ';' && b == ':') return true;
  return false;
}
bool replaces(char a, char b) { return (a == ':' || a == ';') && (b == '!' || b == '?'); }

// Where punctuation moved into the closing quote at `qat` goes: after the last visible text
// (which ends at `from`), past the closing marks of markup that opened within the quoted
// text ("“Origin of <i>species</i>.”"), before those of formatting that wraps the whole
// quoted text ("“<i>Title.</i>”"), as citeproc-js places it. A field's own markup is
// never such formatting, even around the whole field: the mark follows it ("“<i>Title</i>.”"
// for the title "<i>Title</i>"), as citeproc-js puts it after the field's markup.
std::size_t quote_punct_position(std::string_view out, std::size_t from, std::size_t qat) {
  if (from >= qat) return qat;  // the text ends right at the quote (the common case)
  const char* const end = out.data() + out.size();
  auto mark = [&](std::size_t at) { return at + 3 <= out.size() && is_mark(out.data() + at, end); };
  // The opening quote that `qat` closes.
  std::size_t oq = std::string_view::npos;
  int depth = 0;
  for (std::size_t i = from; i >= 3;) {
    i -= 3;
    if (!mark(i)) {
      i += 2;  // not a mark: go back one byte
      continue;
    }
    const Mark m = mark_at(out.data() + i);
    if (m == quote_close) ++depth;
    else if ((m == quote_open || m == quote_open_inner || m == quote_open_curly) && depth-- == 0) {
      oq = i;
      break;
    }
  }
  if (oq == std::string_view::npos) return qat;
  // The marks that open right after the quote wrap the whole quoted text.
  std::size_t leading_end = oq + 3;
  while (leading_end < qat && mark(leading_end)) {
    const Mark m = mark_at(out.data() + leading_end);
    if (m == close || m == quote_close || m == quote_open || m == quote_open_inner || m == quote_open_curly) break;
    if (m == italic || m == bold || m == small_caps || m == nocase) break;  // a field's markup
    leading_end += 3;
  }
  std::size_t pos = from;
  std::vector<std::size_t> open;
  for (std::size_t i = oq + 3; i < qat;) {
    if (!mark(i)) {
      ++i;
      continue;
    }
    const Mark m = mark_at(out.data() + i);
    if (m == close || m == quote_close) {
      const std::size_t o = open.empty() ? 0 : open.back();
      if (!open.empty()) open.pop_back();
      if (i >= from) {
        if (o < leading_end) return pos;  // the formatting around the whole text closes here
        pos = i + 3;
      }
    } else {
      open.push_back(i);
    }
    i += 3;
  }
  return pos;
}

}  // namespace

bool is_blank(std::string_view s) { return first_visible(s) == std::string_view::npos; }

bool has_marks(std::string_view s) {
  for (std::size_t i = s.find('\xEE'); i != std::string_view::npos; i = s.find('\xEE', i + 1))
    if (is_mark(s.data() + i, s.data() + s.size())) return true;
  return false;
}

void strip_marks(std::string& s) {
  std::size_t w = s.find('\xEE');
  if (w == std::string::npos) return;
  for (std::size_t r = w; r < s.size();) {
    if (is_mark(s.data() + r, s.data() + s.size())) r += 3;
    else s[w++] = s[r++];
  }
  s.resize(w);
}

void append(std::string& out, std::string_view piece, bool punct_in_quote, bool collapse_spaces) {
  if (piece.empty()) return;
  if (out.empty()) {
    out.append(piece);
    return;
  }
  const std::size_t f = first_visible(piece);
  if (f == std::string_view::npos) {
    out.append(piece);
    return;
  }
  bool quoted = false;
  std::size_t qat = 0;
  const std::size_t l = last_visible(out, &quoted, &qat);
  if (l == std::string_view::npos) {
    out.append(piece);
    return;
  }
  const char b = piece[f];
  if (punct_in_quote && quoted && (b == '.' || b == ',' || b == '!' || b == '?')) {
    // Move the punctuation before the closing quote (citeproc-js moves "!" and "?" too), and
    // drop it when the quoted text already ends in punctuation that makes it redundant;
    // other marks add up ("comma,." "period.," "question?!").
    const std::size_t inner = last_visible(std::string_view(out).substr(0, qat));
    const bool drop = inner != std::string_view::npos && is_punct(out[inner]) && redundant(out[inner], b);
    if (!drop) out.insert(inner == std::string_view::npos ? qat : quote_punct_position(out, inner + 1, qat), 1, b);
    out.append(piece.substr(0, f));
    out.append(piece.substr(f + 1));
    return;
  }
  const char a = out[l];
  if (is_punct(a) && is_punct(b) && redundant(a, b)) {
    out.append(piece.substr(0, f));
    out.append(piece.substr(f + 1));
    return;
  }
  if (is_punct(a) && is_punct(b) && replaces(a, b) && !quoted) {
    // The "!" or "?" takes the place of the colon, and moves into quotes before it.
    out.erase(l, 1);
    append(out, piece, punct_in_quote, collapse_spaces);
    return;
  }
  if (a == ' ' && b == ' ' && collapse_spaces) {
    out.append(piece.substr(0, f));
    out.append(piece.substr(f + 1));
    return;
  }
  out.append(piece);
}

Mark final_closed_mark(std::string_view s) {
  const char* end = s.data() + s.size();
  if (s.size() < 3 || !is_mark(end - 3, end) || mark_at(end - 3) != close) return close;
  auto is_quote = [](Mark o) { return o == quote_open || o == quote_open_inner || o == quote_open_curly; };
  std::vector<Mark> open;
  Mark closed = close;
  // One pass over the marks, keeping the open ones.
  for (const char* p = s.data(); p < end;) {
    if (!is_mark(p, end)) {
      ++p;
      continue;
    }
    const Mark m = mark_at(p);
    p += 3;
    if (m == close || m == quote_close) {
      const bool quote = m == quote_close;
      auto it = std::find_if(open.rbegin(), open.rend(), [&](Mark o) { return is_quote(o) == quote; });
      if (it == open.rend()) continue;
      if (!quote) closed = *it;
      open.erase(std::next(it).base());
    } else if (m <= last_open) {
      open.push_back(m);
    }
  }
  return closed;
}

void move_leading_punctuation(std::string& from, std::string& to, bool punct_in_quote) {
  const std::size_t f = first_visible(from);
  if (f == std::string_view::npos || !is_punct(from[f])) return;
  append(to, std::string_view(from).substr(f, 1), punct_in_quote);
  from.erase(f, 1);
}

void append_after_decoration(std::string& out, std::string_view piece, bool punct_in_quote) {
  const std::size_t f = first_visible(piece);
  bool quoted = false;
  last_visible(out, &quoted);
  if (punct_in_quote && quoted && f != std::string_view::npos &&
      (piece[f] == '.' || piece[f] == ',' || piece[f] == '!' || piece[f] == '?')) {
    append(out, piece, punct_in_quote);
    return;
  }
  append_spaced(out, piece);
}

void append_spaced(std::string& out, std::string_view piece) {
  const std::size_t f = first_visible(piece);
  const std::size_t l = last_visible(out);
  if (f != std::string_view::npos && l != std::string_view::npos && out[l] == ' ' && piece[f] == ' ') {
    out.append(piece.substr(0, f));
    out.append(piece.substr(f + 1));
    return;
  }
  out.append(piece);
}

// citeproc-js copies a delimiter's leading punctuation onto the suffix of each element before
// it unless that suffix already ends in it; marks of a suffix never merge with the delimiter's.
void append_after_suffix(std::string& out, std::string_view delimiter, bool punct_in_quote) {
  const std::size_t f = first_visible(delimiter);
  bool quoted = false;
  const std::size_t l = last_visible(out, &quoted);
  // Punctuation that punctuation-in-quote moves inside a closing quote still goes there.
  const bool moves_in = quoted && punct_in_quote && f != std::string_view::npos &&
                        (delimiter[f] == '.' || delimiter[f] == ',' || delimiter[f] == '!' || delimiter[f] == '?');
  if (f == std::string_view::npos || l == std::string_view::npos || moves_in || !is_punct(out[l]) ||
      !is_punct(delimiter[f])) {
    append(out, delimiter, punct_in_quote);
    return;
  }
  if (out[l] == delimiter[f]) {
    out.append(delimiter.substr(0, f));
    out.append(delimiter.substr(f + 1));
    return;
  }
  out.append(delimiter);
}

namespace {
// In place: the text is short, a memmove is cheaper than a new string.
void wrap(std::string& s, Mark m) {
  char open[3];
  std::string tmp;
  put(tmp, m);  // SSO: no allocation
  std::memcpy(open, tmp.data(), 3);
  s.insert(0, open, 3);
  put(s, m == quote_open ? quote_close : close);
}
}  // namespace

void wrap_font(std::string& s, const Formatting& f) {
  if (!f.has_font() || is_blank(s)) return;
  switch (f.font_style) {
    case FontStyle::italic: wrap(s, style_italic); break;
    case FontStyle::oblique: wrap(s, oblique); break;
    case FontStyle::normal: wrap(s, normal_style); break;
    case FontStyle::unset: break;
  }
  switch (f.font_variant) {
    case FontVariant::small_caps: wrap(s, style_small_caps); break;
    case FontVariant::normal: wrap(s, normal_variant); break;
    case FontVariant::unset: break;
  }
  switch (f.font_weight) {
    case FontWeight::bold: wrap(s, style_bold); break;
    case FontWeight::light: wrap(s, light); break;
    case FontWeight::normal: wrap(s, normal_weight); break;
    case FontWeight::unset: break;
  }
  switch (f.text_decoration) {
    case TextDecoration::underline: wrap(s, underline); break;
    case TextDecoration::none: wrap(s, no_decoration); break;
    case TextDecoration::unset: break;
  }
  switch (f.vertical_align) {
    case VerticalAlign::sup: wrap(s, sup); break;
    case VerticalAlign::sub: wrap(s, sub); break;
    case VerticalAlign::baseline: wrap(s, baseline); break;
    case VerticalAlign::unset: break;
  }
}

void wrap_quotes(std::string& s) {
  if (!is_blank(s)) wrap(s, quote_open);
}

bool move_punctuation_out_of_quote(std::string& s) {
  bool quoted = false;
  std::size_t qat = 0;
  last_visible(s, &quoted, &qat);
  if (!quoted) return false;
  const std::size_t inner = last_visible(std::string_view(s).substr(0, qat));
  if (inner == std::string_view::npos || (s[inner] != ',' && s[inner] != ';' && s[inner] != ':')) return false;
  const char c = s[inner];
  s.erase(inner, 1);
  s.push_back(c);
  return true;
}

void wrap_display(std::string& s, Display d) {
  switch (d) {
    case Display::block: wrap(s, block); break;
    case Display::left_margin: wrap(s, left_margin); break;
    case Display::right_inline: wrap(s, right_inline); break;
    case Display::indent: wrap(s, indent); break;
    case Display::none: break;
  }
}

void strip_periods(std::string& s, bool keep_before_lowercase) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i)
    if (s[i] != '.' || (keep_before_lowercase && i + 1 < s.size() && s[i + 1] >= 'a' && s[i + 1] <= 'z')) out.push_back(s[i]);
  s.swap(out);
}

std::string from_rich_text(std::string_view v) {
  std::string out;
  append_rich_text(out, v);
  return out;
}

void append_rich_text(std::string& result, std::string_view v) {
  // French spacing (citeproc-js): a space before ":", ";", "?", "!" or "»" and after "«" is
  // a narrow no-break space, so the mark never starts a line ("« Anonyme »", "Titre : sous-titre").
  const std::size_t n = v.size();
  auto byte = [&](std::size_t i) { return i < n ? static_cast<unsigned char>(v[i]) : 0u; };
  auto narrow_space_at = [&](std::size_t i) {  // v[i] is a space
    const unsigned char next = byte(i + 1);
    return next == ':' || next == ';' || next == '?' || next == '!' || (next == 0xC2 && byte(i + 2) == 0xBB) ||
           (i >= 2 && byte(i - 2) == 0xC2 && byte(i - 1) == 0xAB);
  };
  // Fast path: nothing to interpret (no tag, no straight or curly quote, no French spacing).
  // One table lookup per byte; only the rare candidates look further (French spacing from
  // the mark, rarer than the space: ":" or "»" after a space, "«" before one).
  static constexpr auto kCandidate = [] {
    std::array<std::uint8_t, 256> t{};
    t['<'] = t['"'] = t['\''] = 1;
    t[0xE2] = 2;  // curly quotes: E2 80 xx
    t[':'] = t[';'] = t['?'] = t['!'] = 3;
    t[0xC2] = 4;  // guillemets: C2 AB, C2 BB
    return t;
  }();
  bool plain = true;
  for (std::size_t i = 0; i < n; ++i) {
    const std::uint8_t k = kCandidate[static_cast<unsigned char>(v[i])];
    if (k == 0) [[likely]]
      continue;
    const unsigned char next = byte(i + 1);
    const bool after_space = i > 0 && v[i - 1] == ' ';
    if (k == 1 || (k == 2 && next == 0x80) || (k == 3 && after_space) || (k == 4 && next == 0xBB && after_space) ||
        (k == 4 && next == 0xAB && byte(i + 2) == ' ')) {
      plain = false;
      break;
    }
  }
  if (plain) {
    result.append(v);
    return;
  }
  std::string& out = result;
  out.reserve(out.size() + v.size() + 8);
  // Open spans: 0 a quote mark, otherwise the number of marks the tag opened (a "nodecor"
  // span opens three: normal style, weight and variant).
  std::vector<std::uint8_t> stack;
  // The open quotes (one per 0 on the stack): where their mark is in `out`, and what the
  // field had written. A quote that is never closed is no quote (citeproc-js): its mark
  // becomes that text again, a straight single quote an apostrophe.
  struct OpenQuote {
    std::size_t at;
    std::string_view written;
    bool single;
  };
  std::vector<OpenQuote> quotes;
  // The open tags (one per nonzero entry on the stack): where their marks are in `out` and
  // the tag as written. A tag never closed is no markup (citeproc-js): it prints as written,
  // as a closing tag that closes nothing does ("An unclosed &#60;i&#62;italic").
  struct OpenTag {
    std::size_t at;
    std::string_view written;
  };
  std::vector<OpenTag> tags;
  // The input offset just past the last opening tag or quote: a quote right after one opens
  // like a quote after a space.
  std::size_t after_opener = std::string_view::npos;
  auto starts = [&](std::size_t i, std::string_view t) { return v.substr(i, t.size()) == t; };
  auto open_quote = [&](std::size_t i, std::size_t len, bool single) {
    quotes.push_back({out.size(), v.substr(i, len), single});
    put(out, len != 3 ? quote_open : single ? quote_open_inner : quote_open_curly);
    stack.push_back(0);
    after_opener = i + len;
  };
  auto close_quote = [&] {
    put(out, quote_close);
    stack.pop_back();
    quotes.pop_back();
  };
  // Turns the innermost open quote back into text.
  auto drop_quote = [&] {
    const OpenQuote q = quotes.back();
    out.replace(q.at, 3, q.single && q.written == "'" ? std::string_view("\u2019") : q.written);
    stack.pop_back();
    quotes.pop_back();
  };
  // Turns the innermost open tag back into text (a nocase span keeps its case).
  auto drop_tag = [&] {
    std::string literal;
    put(literal, nocase);
    literal += tags.back().written;
    put(literal, close);
    out.replace(tags.back().at, 3 * std::size_t{stack.back()}, literal);
    tags.pop_back();
    stack.pop_back();
  };
  // Turns what opened after stack entry `k` and is still open back into text, innermost
  // first (what an outer one is replaced with does not move inner ones).
  auto unwind_to = [&](std::size_t k) {
    while (stack.size() > k + 1) {
      if (stack.back() == 0) drop_quote();
      else drop_tag();
    }
  };
  // The stack entry of the double quote a closing one closes: the innermost open double
  // quote; single quotes and tags opened after it are no quotes and no markup then
  // (citeproc-js: "\"<i>a\" b" closes the quote, the tag prints as written). npos if none.
  auto double_quote_to_close = [&]() -> std::size_t {
    for (std::size_t k = stack.size(), q = quotes.size(); k-- > 0;) {
      if (stack[k] != 0) continue;
      if (!quotes[--q].single) return k;
    }
    return std::string_view::npos;
  };
  // The stack entry of the innermost open tag a closing tag closes: one of its own kind
  // ("</i>" closes "<i>", "</span>" any span), as citeproc-js matches them. npos if none.
  auto tag_to_close = [&](std::string_view closing) -> std::size_t {
    const std::string_view name = closing.substr(2, closing.size() - 3);  // "</i>" -> "i"
    for (std::size_t k = stack.size(), t = tags.size(); k-- > 0;) {
      if (stack[k] == 0) continue;
      const std::string_view w = tags[--t].written;
      if (w.size() > name.size() + 1 && w.substr(1, name.size()) == name && (w[name.size() + 1] == '>' || w[name.size() + 1] == ' '))
        return k;
    }
    return std::string_view::npos;
  };
  // Whether a straight quote at `i` may open: at the start, after a space or an opening
  // bracket, or right after an opening tag or quote.
  auto may_open_at = [&](std::size_t i) {
    if (i == 0 || i == after_opener) return true;
    const char p = v[i - 1];
    return p == ' ' || p == '(' || p == '[' || (p >= '\t' && p <= '\r') || (i >= 2 && v.substr(i - 2, 2) == "\u00A0");
  };
  for (std::size_t i = 0; i < v.size();) {
    const char c = v[i];
    if (c == '<') {
      struct Tag { std::string_view text; Mark mark; };
      static const Tag opens[] = {
          {"<i>", italic}, {"<em>", italic}, {"<b>", bold}, {"<strong>", bold}, {"<sup>", sup}, {"<sub>", sub},
          {"<sc>", small_caps}, {"<span style=\"font-variant:small-caps;\">", small_caps},
          {"<span style=\"font-variant: small-caps;\">", small_caps}, {"<span class=\"nocase\">", nocase},
          {"<span style=\"font-style:italic;\">", italic}, {"<span style=\"font-weight:bold;\">", bold},
      };
      static const std::string_view closes[] = {"</i>", "</em>", "</b>", "</strong>", "</sup>", "</sub>", "</sc>", "</span>"};
      bool done = false;
      for (const Tag& t : opens)
        if (starts(i, t.text)) {
          tags.push_back({out.size(), t.text});
          put(out, t.mark);
          stack.push_back(1);
          i += t.text.size();
          after_opener = i;
          done = true;
          break;
        }
      // A "nodecor" span undoes the decorations around it (citeproc-js).
      if (!done && starts(i, "<span class=\"nodecor\">")) {
        tags.push_back({out.size(), v.substr(i, std::string_view("<span class=\"nodecor\">").size())});
        put(out, normal_style);
        put(out, normal_weight);
        put(out, normal_variant);
        stack.push_back(3);
        i += std::string_view("<span class=\"nodecor\">").size();
        after_opener = i;
        done = true;
      }
      if (!done)
        for (std::string_view t : closes)
          if (starts(i, t)) {
            const std::size_t k = stack.empty() ? std::string_view::npos : tag_to_close(t);
            if (k == std::string_view::npos) {
              // A closing tag that closes nothing prints as written and, like an opening tag
              // never closed, keeps its case under text-case ("A STRAY </b> TAG"; citeproc-js).
              put(out, nocase);
              out += t;
              put(out, close);
              i += t.size();
              done = true;
              break;
            }
            unwind_to(k);  // quotes and other tags opened inside it and left open
            for (std::uint8_t j = 0; j < stack.back(); ++j) put(out, close);
            stack.pop_back();
            tags.pop_back();
            i += t.size();
            done = true;
            break;
          }
      if (!done) {
        out.push_back(c);
        ++i;
      }
      continue;
    }
    if (c == '"' || starts(i, "\u201C") || starts(i, "\u201D")) {
      const std::size_t len = c == '"' ? 1 : 3;
      // A straight quote after a space opens (it cannot close); one after a word or
      // punctuation closes (it cannot open). Curly quotes say which they are.
      const bool opening = c == '"' ? may_open_at(i) : starts(i, "\u201C");
      if (opening) {
        open_quote(i, len, false);  // quotes nest, also in quotes of their own kind
      } else if (const std::size_t k = double_quote_to_close(); k != std::string_view::npos) {
        unwind_to(k);  // single quotes and tags opened inside and never closed are text again
        close_quote();
      } else {
        out.append(v.substr(i, len));
      }
      i += len;
      continue;
    }
    if (c == '\'' || starts(i, "\u2018") || starts(i, "\u2019")) {
      // Single quotes: paired ones are quotes (rendered by nesting depth), the others
      // apostrophes.
      const std::size_t len = c == '\'' ? 1 : 3;
      auto word_char = [](char x) { return (x >= 'a' && x <= 'z') || (x >= 'A' && x <= 'Z') || (x >= '0' && x <= '9') || (static_cast<unsigned char>(x) >= 0x80); };
      const bool prev_word = i > 0 && word_char(v[i - 1]);
      const bool next_word = i + len < v.size() && v[i + len] != ' ';
      // A straight one opens after a space; a curly "‘" always opens, as an inner quote at
      // the top level ("meaning ‘God willing’" keeps its single quotes), flip-flopping
      // inside other quotes. Quotes nest: in "the '90s and 'quoted' words" the second
      // pair closes and the first, never closed, is an apostrophe.
      const bool may_open = c == '\'' ? next_word && may_open_at(i) : starts(i, "\u2018");
      if (may_open && len == 3) {
        open_quote(i, len, true);
      } else if (prev_word && i + len < v.size() && word_char(v[i + len])) {
        out += "\u2019";
      } else if (may_open) {
        open_quote(i, len, true);
      } else if (!stack.empty() && stack.back() == 0 && quotes.back().single) {
        close_quote();
      } else {
        out += "\u2019";
      }
      i += len;
      continue;
    }
    if (c == ' ' && narrow_space_at(i)) out += "\u202F";
    else out.push_back(c);
    ++i;
  }
  while (!stack.empty()) {
    if (stack.back() == 0) {
      drop_quote();
      continue;
    }
    // Innermost first: what an outer tag's marks are replaced with does not move inner ones.
    // The tag's text keeps its case under text-case, as citeproc-js leaves it ("An Unclosed
    // <i>Italic"): a nocase span, which prints no markup of its own.
    // The text after a tag that keeps case (small caps, sup, sub, nocase, nodecor) still does.
    const Mark first = mark_at(out.data() + tags.back().at);
    const bool keeps_case = first == small_caps || first == sup || first == sub || first == nocase || first == normal_style;
    std::string literal;
    put(literal, nocase);
    literal += tags.back().written;
    if (!keeps_case) put(literal, close);
    out.replace(tags.back().at, 3 * std::size_t{stack.back()}, literal);
    if (keeps_case) put(out, close);
    tags.pop_back();
    stack.pop_back();
  }
}

namespace {
// A superscript character ("ª", "ʳ", "²", "™") as its base letters in <sup> markup, as
// citeproc-js prints them (ordinal suffixes of the French and Spanish locales); false when
// `c` is no superscript.
bool append_superscript(std::string& out, UChar32 c) {
  if (u_getIntPropertyValue(c, UCHAR_DECOMPOSITION_TYPE) != U_DT_SUPER) return false;
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* nfkd = icu::Normalizer2::getNFKDInstance(err);
  icu::UnicodeString base;
  if (U_FAILURE(err) || !nfkd->getDecomposition(c, base) || base.isEmpty()) return false;
  std::string text;
  base.toUTF8String(text);
  out += "<sup>";
  for (char b : text) {
    if (b == '&') out += "&#38;";
    else if (b == '<') out += "&#60;";
    else if (b == '>') out += "&#62;";
    else out.push_back(b);
  }
  out += "</sup>";
  return true;
}

void escape_html(std::string& out, std::string_view t) {
  for (std::size_t i = 0; i < t.size(); ++i) {
    const char c = t[i];
    if (c == '&') out += "&#38;";
    else if (c == '<') out += "&#60;";
    else if (c == '>') out += "&#62;";
    else if (static_cast<unsigned char>(c) >= 0xC2) {
      // Superscripts are in U+00AA..U+33FF and beyond: decode only non-ASCII lead bytes.
      std::size_t j = i;
      UChar32 cp = 0;
      U8_NEXT(reinterpret_cast<const uint8_t*>(t.data()), j, t.size(), cp);
      if (cp >= 0 && append_superscript(out, cp)) {
        i = j - 1;
        continue;
      }
      out.push_back(c);
    } else {
      out.push_back(c);
    }
  }
}
}  // namespace

std::string render(std::string_view ir, Format f, const QuoteTerms& q) {
  std::string out;
  render_to(out, ir, f, q);
  return out;
}

void render_to(std::string& out, std::string_view ir, Format f, const QuoteTerms& q) {
  out.clear();
  out.reserve(ir.size() + 32);
  struct Open { Mark mark; std::string_view close_tag; int flip; };
  thread_local std::vector<Open> stack;  // one per thread, not one per entry
  stack.clear();
  int italic_on = 0, bold_on = 0, sc_on = 0, quote_depth = 0;
  int oblique_on = 0;  // inside an oblique span: a font-style="normal" in it prints
  bool top_quote_inner = false;  // the outermost open quote is a quote_open_inner printed as inner
  struct LiteralQuote { int depth; std::string_view close; };
  thread_local std::vector<LiteralQuote> literal_quotes;  // open curly quotes printed as text
  literal_quotes.clear();
  const bool html = f == Format::html;
  std::size_t text_start = 0;
  auto flush = [&](std::size_t end) {
    if (end > text_start) {
      if (html) escape_html(out, ir.substr(text_start, end - text_start));
      else out.append(ir.substr(text_start, end - text_start));
    }
  };
  for (std::size_t i = 0; i < ir.size();) {
    if (!is_mark(ir.data() + i, ir.data() + ir.size())) {
      // Marks start with byte 0xEE: jump to the next one.
      const void* next = std::memchr(ir.data() + i + 1, 0xEE, ir.size() - i - 1);
      i = next ? static_cast<std::size_t>(static_cast<const char*>(next) - ir.data()) : ir.size();
      continue;
    }
    flush(i);
    const Mark m = mark_at(ir.data() + i);
    i += 3;
    text_start = i;
    Mark qm = m;
    if (m == quote_open_inner || m == quote_open_curly) {
      // Curly quotes in a value are quotes when they are the locale's (citeproc-js): the
      // locale's outer marks open an outer quote, its inner ones an inner quote ("‘" in
      // en-US, "“" in en-GB, which prints it as written at the top level); others are text
      // ("“x”" in German or French, "‘x’" in French), and so are the marks closing them.
      const std::string_view typed = m == quote_open_curly ? "\u201C" : "\u2018";
      if (typed == q.open) qm = quote_open;
      else if (typed == q.inner_open) qm = quote_open_inner;
      else {
        out += typed;
        literal_quotes.push_back({quote_depth, m == quote_open_curly ? "\u201D" : "\u2019"});
        continue;
      }
    }
    if (qm == quote_open_inner && quote_depth == 0) {
      // Inner quotes at the top level; what they enclose flips to outer quotes.
      out += q.inner_open;
      quote_depth = 2;
      top_quote_inner = true;
      continue;
    }
    if (qm == quote_open || qm == quote_open_inner) {
      out += (quote_depth % 2 == 0) ? q.open : q.inner_open;
      ++quote_depth;
      continue;
    }
    if (m == quote_close) {
      // A literal curly quote closes where no quote opened inside it is still open.
      if (!literal_quotes.empty() && literal_quotes.back().depth == quote_depth) {
        out += literal_quotes.back().close;
        literal_quotes.pop_back();
        continue;
      }
      if (top_quote_inner && quote_depth == 2) {
        quote_depth = 0;
        top_quote_inner = false;
        out += q.inner_close;
        continue;
      }
      if (quote_depth > 0) --quote_depth;
      out += (quote_depth % 2 == 0) ? q.close : q.inner_close;
      continue;
    }
    if (m == close) {
      if (stack.empty()) continue;
      const Open o = stack.back();
      stack.pop_back();
      if (o.mark == italic || o.mark == style_italic) italic_on = o.flip;
      if (o.mark == oblique || o.mark == normal_style) {
        italic_on = o.flip & 1;
        oblique_on = o.flip >> 1;
      }
      if (o.mark == bold || o.mark == style_bold) bold_on = o.flip;
      if (o.mark == normal_weight) bold_on = o.flip;
      if (o.mark == small_caps || o.mark == style_small_caps || o.mark == normal_variant) sc_on = o.flip;
      if (html) out += o.close_tag;
      continue;
    }
    std::string_view open_tag, close_tag;
    int prev = 0;
    switch (m) {
      case italic:
        prev = italic_on;
        if (italic_on) { open_tag = "<span style=\"font-style:normal;\">"; close_tag = "</span>"; italic_on = 0; }
        else { open_tag = "<i>"; close_tag = "</i>"; italic_on = 1; }
        break;
      case style_italic:
        // A style's italic (bold, small caps) inside italic prints italic again (citeproc-js;
        // the specification flips only the rich text markup of a value, not the style's own
        // formatting), while markup in a value inside it still flips to normal.
        prev = italic_on;
        open_tag = "<i>";
        close_tag = "</i>";
        italic_on = 1;
        break;
      case style_bold:
        prev = bold_on;
        open_tag = "<b>";
        close_tag = "</b>";
        bold_on = 1;
        break;
      case style_small_caps:
        prev = sc_on;
        open_tag = "<span style=\"font-variant:small-caps;\">";
        close_tag = "</span>";
        sc_on = 1;
        break;
      case oblique:
        // The suite's HTML prints oblique as <em> and does not flip italics inside it
        // (citeproc-js: "<em>… <i>Title</i>…</em>"); the specification defines no markup.
        prev = italic_on | (oblique_on << 1);
        open_tag = "<em>";
        close_tag = "</em>";
        oblique_on = 1;
        break;
      case normal_style:
        // "normal" only undoes an enclosing decoration, italic or oblique ("<em>in <span
        // style="font-style:normal;">A</span></em>", citeproc-js); with none, it prints nothing.
        prev = italic_on | (oblique_on << 1);
        if (italic_on || oblique_on) { open_tag = "<span style=\"font-style:normal;\">"; close_tag = "</span>"; }
        italic_on = 0;
        oblique_on = 0;
        break;
      case bold:
        prev = bold_on;
        if (bold_on) { open_tag = "<span style=\"font-weight:normal;\">"; close_tag = "</span>"; bold_on = 0; }
        else { open_tag = "<b>"; close_tag = "</b>"; bold_on = 1; }
        break;
      case light: open_tag = "<span style=\"font-weight:light;\">"; close_tag = "</span>"; break;
      case normal_weight:
        prev = bold_on;
        if (bold_on) { open_tag = "<span style=\"font-weight:normal;\">"; close_tag = "</span>"; }
        bold_on = 0;
        break;
      case small_caps:
        prev = sc_on;
        if (sc_on) { open_tag = "<span style=\"font-variant:normal;\">"; sc_on = 0; }
        else { open_tag = "<span style=\"font-variant:small-caps;\">"; sc_on = 1; }
        close_tag = "</span>";
        break;
      case normal_variant:
        prev = sc_on;
        if (sc_on) { open_tag = "<span style=\"font-variant:normal;\">"; close_tag = "</span>"; }
        sc_on = 0;
        break;
      case underline: open_tag = "<span style=\"text-decoration:underline;\">"; close_tag = "</span>"; break;
      case no_decoration: open_tag = "<span style=\"text-decoration:none;\">"; close_tag = "</span>"; break;
      case sup: open_tag = "<sup>"; close_tag = "</sup>"; break;
      case sub: open_tag = "<sub>"; close_tag = "</sub>"; break;
      case baseline: open_tag = "<span style=\"baseline\">"; close_tag = "</span>"; break;
      case block: open_tag = "<div class=\"csl-block\">"; close_tag = "</div>"; break;
      case left_margin: open_tag = "<div class=\"csl-left-margin\">"; close_tag = "</div>"; break;
      case right_inline: open_tag = "<div class=\"csl-right-inline\">"; close_tag = "</div>"; break;
      case indent: open_tag = "<div class=\"csl-indent\">"; close_tag = "</div>"; break;
      default: break;  // nocase: no markup
    }
    stack.push_back({m, close_tag, prev});
    if (html) out += open_tag;
    else if (m == block && !out.empty() && out.back() != '\n') out.push_back('\n');
    else if (m == right_inline && !out.empty() && out.back() != ' ') out.push_back(' ');
  }
  flush(ir.size());
}

}  // namespace citelib::csl::ir

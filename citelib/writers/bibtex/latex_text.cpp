#include "writers/bibtex/latex_text.hpp"

#include "core/byte_scan.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <array>
#include <utility>
#include <cstdio>

namespace citelib::bibtex {

namespace {

// Replacement for an ASCII byte that LaTeX or the .bib grammar treats specially; nullptr
// when the byte is written as is. Braces are written as commands, never as \{ \}, because
// bibtex and biber count every brace (escaped or not) when they look for the end of a value.
constexpr const char* ascii_special(unsigned char c) noexcept {
  switch (c) {
    case '\\': return "\\textbackslash{}";
    case '{': return "\\textbraceleft{}";
    case '}': return "\\textbraceright{}";
    case '#': return "\\#";
    case '$': return "\\$";
    case '%': return "\\%";
    case '&': return "\\&";
    case '_': return "\\_";
    case '~': return "\\textasciitilde{}";
    case '^': return "\\textasciicircum{}";
    case '`': return "\\textasciigrave{}";
    case '\t':
    case '\n':
    case '\r': return " ";  // a value is one line: no "@" can start a line inside it
    default: return nullptr;
  }
}

// What the escaper does with a byte: one table lookup per byte on its hot path.
enum ByteClass : uint8_t {
  kPlain,     // printable ASCII written as is
  kDoubling,  // '-' and '\'': written as is unless doubled ("--" and "''" are TeX ligatures)
  kSpecial,   // ASCII replaced (LaTeX specials, controls)
  kHigh,      // a byte of a multi-byte character
};

constexpr std::array<ByteClass, 256> kByteClass = [] {
  std::array<ByteClass, 256> t{};
  for (int c = 0; c < 256; ++c) {
    ByteClass k = kSpecial;
    if (c >= 0x80) k = kHigh;
    else if (c == '-' || c == '\'') k = kDoubling;
    else if (c >= 0x20 && ascii_special(static_cast<unsigned char>(c)) == nullptr) k = kPlain;
    t[static_cast<std::size_t>(c)] = k;
  }
  return t;
}();

// The next byte at or after `i` that is not printable ASCII written as is, sixteen bytes at
// a time: most text is runs of such bytes.
std::size_t next_non_plain(std::string_view text, std::size_t i) noexcept {
  using detail::Bytes16;
  return detail::find_byte_if(
      text, i,
      [](Bytes16 v) {
        // Controls, non-ASCII, # $ % & ', -, \, ^ _ `, {, } ~ (see ascii_special).
        return (v < 0x20) | (v >= 0x80) | (static_cast<Bytes16>(v - 0x23) < 5) | (v == '-') | (v == '\\') |
               (static_cast<Bytes16>(v - 0x5E) < 3) | (v == '{') | (static_cast<Bytes16>(v - 0x7D) < 2);
      },
      [](unsigned char c) { return kByteClass[c] != kPlain; });
}

// "--" and "''" would read back as a dash and a quote mark.
bool doubled_ligature(const uint8_t* s, int32_t i, int32_t len) noexcept {
  return kByteClass[s[i]] == kDoubling && i + 1 < len && s[i + 1] == s[i];
}

struct Mapped {
  char32_t cp;
  const char* tex;
};

// Characters without a canonical decomposition into letter + accent, and typographic
// punctuation, with their LaTeX forms (ascii mode only; the rest goes through NFD).
constexpr std::array<Mapped, 40> kMapped = {{
    {U'\u00DF', "{\\ss}"}, {U'\u00E6', "{\\ae}"}, {U'\u00C6', "{\\AE}"}, {U'\u0153', "{\\oe}"},
    {U'\u0152', "{\\OE}"}, {U'\u00F8', "{\\o}"}, {U'\u00D8', "{\\O}"}, {U'\u0142', "{\\l}"},
    {U'\u0141', "{\\L}"}, {U'\u0131', "{\\i}"}, {U'\u0237', "{\\j}"}, {U'\u00F0', "{\\dh}"},
    {U'\u00D0', "{\\DH}"}, {U'\u00FE', "{\\th}"}, {U'\u00DE', "{\\TH}"}, {U'\u0111', "{\\dj}"},
    {U'\u0110', "{\\DJ}"}, {U'\u2013', "--"}, {U'\u2014', "---"}, {U'\u2018', "`"},
    {U'\u2019', "'"}, {U'\u201C', "``"}, {U'\u201D', "''"}, {U'\u00A0', "~"},
    {U'\u00A7', "\\S{}"}, {U'\u00B6', "\\P{}"}, {U'\u2026', "\\ldots{}"},
    {U'\u00AB', "\\guillemotleft{}"}, {U'\u00BB', "\\guillemotright{}"},
    {U'\u00A9', "\\textcopyright{}"}, {U'\u00B0', "\\textdegree{}"}, {U'\u00BF', "\\textquestiondown{}"},
    {U'\u00A1', "\\textexclamdown{}"}, {U'\u20AC', "\\texteuro{}"}, {U'\u00A3', "\\pounds{}"},
    {U'\u00D7', "\\texttimes{}"}, {U'\u2022', "\\textbullet{}"}, {U'\u201E', ",,"},
    {U'\u2039', "\\guilsinglleft{}"}, {U'\u203A', "\\guilsinglright{}"},
}};

struct Accent {
  char32_t mark;
  char cmd;
  bool symbol;  // \'e (symbol) or \v{c} (letter)
};

constexpr std::array<Accent, 15> kAccents = {{
    {U'\u0300', '`', true}, {U'\u0301', '\'', true}, {U'\u0302', '^', true},
    {U'\u0303', '~', true}, {U'\u0304', '=', true}, {U'\u0307', '.', true},
    {U'\u0308', '"', true}, {U'\u0306', 'u', false}, {U'\u030A', 'r', false},
    {U'\u030B', 'H', false}, {U'\u030C', 'v', false}, {U'\u0323', 'd', false},
    {U'\u0327', 'c', false}, {U'\u0328', 'k', false}, {U'\u0331', 'b', false},
}};

const Accent* find_accent(char32_t m) noexcept {
  for (const Accent& a : kAccents)
    if (a.mark == m) return &a;
  return nullptr;
}

const icu::Normalizer2* nfd() {
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFDInstance(err);
  return U_SUCCESS(err) ? n : nullptr;
}

const icu::Normalizer2* nfc() {
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFCInstance(err);
  return U_SUCCESS(err) ? n : nullptr;
}

// The LaTeX form of one non-ASCII code point ({\'e}, {\v{c}}, {\'{\^e}}), or empty.
std::string latex_for(char32_t c) {
  for (const Mapped& m : kMapped)
    if (m.cp == c) return m.tex;
  const icu::Normalizer2* n = nfd();
  icu::UnicodeString dec;
  if (!n || !n->getDecomposition(static_cast<UChar32>(c), dec) || dec.length() < 2) return {};
  const UChar32 base = dec.char32At(0);
  if (!((base >= 'a' && base <= 'z') || (base >= 'A' && base <= 'Z'))) return {};
  std::string inner(1, static_cast<char>(base));
  for (int32_t i = U16_LENGTH(base); i < dec.length();) {
    const UChar32 m = dec.char32At(i);
    i += U16_LENGTH(m);
    const Accent* a = find_accent(static_cast<char32_t>(m));
    if (!a) return {};
    std::string next = "\\";
    next += a->cmd;
    if (a->symbol && inner.size() == 1) {
      next += inner;
    } else {
      next += '{';
      next += inner;
      next += '}';
    }
    inner = std::move(next);
  }
  return "{" + inner + "}";
}

// Appends `piece`, first breaking a TeX ligature it would form with what precedes it
// ("-" + "--" would read as "---", "?" + "`" as "¿").
inline void append_piece(std::string& out, std::string_view piece) {
  if (!out.empty() && !piece.empty()) {
    const char a = out.back(), b = piece.front();
    if ((a == b && (a == '-' || a == '\'' || a == '`')) || ((a == '?' || a == '!') && b == '`')) out += "{}";
  }
  out.append(piece);
}

void append_escaped_run(std::string& out, std::string_view text, const TextStyle& style,
                        EscapeReport* report) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const auto len = static_cast<int32_t>(text.size());
  int32_t i = 0;
  while (i < len) {
    // Bulk-copy the bytes that need nothing: plain ASCII, and (UTF-8 output) whole valid
    // sequences, which join no ligature.
    int32_t j = i;
    while (true) {
      j = static_cast<int32_t>(next_non_plain(text, static_cast<std::size_t>(j)));
      if (j >= len) break;
      const ByteClass k = kByteClass[s[j]];
      if (k == kDoubling) {
        if (j + 1 < len && s[j + 1] == s[j]) break;
        ++j;
        continue;
      }
      if (k == kSpecial || style.ascii) break;
      // Whole valid sequences, as many as follow one another (a word of Cyrillic, Hangul...).
      int32_t end = j;
      UChar32 c = 0;
      while (end < len && s[end] >= 0x80) {
        U8_NEXT(s, end, len, c);
        if (c < 0) break;
        j = end;
      }
      if (c < 0) break;
    }
    if (j > i) append_piece(out, text.substr(static_cast<std::size_t>(i), static_cast<std::size_t>(j - i)));
    i = j;
    if (i >= len) break;
    if (doubled_ligature(s, i, len)) {
      // "--" and "''" are TeX ligatures (en dash, closing quotes): "-{}-" keeps two hyphens.
      append_piece(out, text.substr(static_cast<std::size_t>(i), 1));
      out += "{}";
      ++i;
      continue;
    }
    if (s[i] < 0x80) {
      if (const char* rep = ascii_special(s[i])) out += rep;
      else {
        char buf[16];
        std::snprintf(buf, sizeof buf, "\\char\"%02X{}", s[i]);  // other C0 controls
        out += buf;
      }
      ++i;
      continue;
    }
    const int32_t at = i;
    UChar32 c;
    U8_NEXT(s, i, len, c);
    if (c < 0) {
      out += "\xEF\xBF\xBD";  // invalid UTF-8 from a library caller: U+FFFD, never raw bytes
      continue;
    }
    if (!style.ascii) {
      out.append(text.data() + at, static_cast<std::size_t>(i - at));
      continue;
    }
    const std::string tex = latex_for(static_cast<char32_t>(c));
    if (!tex.empty()) {
      append_piece(out, tex);
      continue;
    }
    out.append(text.data() + at, static_cast<std::size_t>(i - at));
    if (report && report->first_unmapped.empty()) {
      // Excerpt: this character and a few after it, whole code points.
      int32_t e = i;
      for (int k = 0; k < 8 && e < len; ++k) U8_FWD_1(s, e, len);
      report->first_unmapped.assign(text.data() + at, static_cast<std::size_t>(e - at));
    }
  }
}

// NFC first, so that decomposed input (e + U+0301) maps like precomposed input.
std::string normalized_for_ascii(std::string_view text) {
  const icu::Normalizer2* n = nfc();
  if (!n) return std::string(text);
  UErrorCode err = U_ZERO_ERROR;
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  if (n->isNormalized(u, err) && U_SUCCESS(err)) return std::string(text);
  err = U_ZERO_ERROR;
  icu::UnicodeString norm = n->normalize(u, err);
  if (U_FAILURE(err)) return std::string(text);
  std::string out;
  norm.toUTF8String(out);
  return out;
}

bool has_non_ascii(std::string_view text) noexcept {
  for (char c : text)
    if (static_cast<unsigned char>(c) >= 0x80) return true;
  return false;
}

// ---- case protection ---------------------------------------------------------------------

// A word of a title: where it ends (at the next space, or the end of the text), and
// whether a style's lower-casing would change it (a capital anywhere but at the start of the
// title's first word), found in one pass.
struct TitleWord {
  std::size_t end;
  bool needs_protection;
};

// Where scanning a word (not the title's first) stops: a space (the word ends), an ASCII
// capital (the word needs protection) or a byte of a multi-byte character (asked of ICU).
constexpr std::array<bool, 256> kWordStop = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 256; ++c) t[static_cast<std::size_t>(c)] = c == ' ' || (c >= 'A' && c <= 'Z') || c >= 0x80;
  return t;
}();

// The next byte at or after `i` where scanning a word stops (see kWordStop), sixteen bytes
// at a time.
std::size_t next_word_stop(std::string_view text, std::size_t i) noexcept {
  using detail::Bytes16;
  return detail::find_byte_if(
      text, i, [](Bytes16 v) { return (v == ' ') | (static_cast<Bytes16>(v - 'A') < 26) | (v >= 0x80); },
      [](unsigned char c) { return kWordStop[c]; });
}

TitleWord scan_first_word(std::string_view text, std::size_t from);

TitleWord scan_word(std::string_view text, std::size_t from, bool first_word) {
  if (first_word) return scan_first_word(text, from);
  // Any capital needs protection here.
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const auto len = static_cast<int32_t>(text.size());
  auto i = static_cast<int32_t>(from);
  while (true) {
    i = static_cast<int32_t>(next_word_stop(text, static_cast<std::size_t>(i)));
    if (i >= len || s[i] == ' ') return {static_cast<std::size_t>(i), false};
    if (s[i] < 0x80) break;
    UChar32 c;
    U8_NEXT(s, i, len, c);  // a sequence never runs over a space
    if (c < 0) continue;
    const int8_t type = u_charType(c);  // u_isupper is Lu, u_istitle Lt
    if (type == U_UPPERCASE_LETTER || type == U_TITLECASE_LETTER) break;
  }
  const std::size_t space = text.find(' ', static_cast<std::size_t>(i));
  return {space == std::string_view::npos ? text.size() : space, true};
}

// The title's first word: a capital at its start needs no protection.
TitleWord scan_first_word(std::string_view text, std::size_t from) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const auto len = static_cast<int32_t>(text.size());
  bool seen_letter = false, protect = false;
  auto i = static_cast<int32_t>(from);
  while (i < len) {
    bool upper = false, alpha = false;
    if (s[i] < 0x80) {
      // ASCII without ICU: the same answers (no title-case letters here).
      const uint8_t c = s[i];
      if (c == ' ') break;
      ++i;
      upper = c >= 'A' && c <= 'Z';
      alpha = upper || (c >= 'a' && c <= 'z');
    } else if (protect) {
      ++i;  // only the end is looked for now: no byte of a multi-byte character is a space
      continue;
    } else {
      UChar32 c;
      U8_NEXT(s, i, len, c);  // a sequence never runs over a space
      if (c < 0) continue;
      // One lookup of the general category: u_isupper is Lu, u_istitle Lt, u_isalpha L.
      const int8_t type = u_charType(c);
      upper = type == U_UPPERCASE_LETTER || type == U_TITLECASE_LETTER;
      alpha = upper || type == U_LOWERCASE_LETTER || type == U_MODIFIER_LETTER || type == U_OTHER_LETTER;
    }
    if (upper && seen_letter) protect = true;
    if (alpha) seen_letter = true;
  }
  return {static_cast<std::size_t>(i), protect};
}

bool is_ascii_alnum(char c) noexcept {
  return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

// The part of `word` from its first to its last letter or digit: punctuation around a word
// ("(PDF)", "Norte:", "“Las") stays outside its braces, so a brace never spans the
// punctuation between two phrases.
std::pair<std::size_t, std::size_t> word_core(std::string_view word) {
  // Most words start and end with an ASCII letter or digit: the whole word, nothing to decode.
  if (!word.empty() && is_ascii_alnum(word.front()) && is_ascii_alnum(word.back())) return {0, word.size()};
  const auto* s = reinterpret_cast<const uint8_t*>(word.data());
  const auto len = static_cast<int32_t>(word.size());
  auto alnum_at = [&](int32_t i, int32_t& next) {
    UChar32 c;
    U8_NEXT(s, i, len, c);
    next = i;
    if (c < 0) return false;
    if (c < 0x80) return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
    return u_isalnum(c) || u_charType(c) == U_NON_SPACING_MARK;
  };
  int32_t b = 0, next = 0;
  while (b < len && !alnum_at(b, next)) b = next;
  if (b == len) return {0, 0};
  // Most words end in a letter or digit: the end found from there, without decoding the
  // characters between (a valid last character starts where decoding from the front finds
  // it, since no decoding error takes a lead byte).
  int32_t last = len;
  UChar32 c;
  U8_PREV(s, 0, last, c);
  if (c >= 0 && alnum_at(last, next) && next == len) return {static_cast<std::size_t>(b), word.size()};
  int32_t e = b;
  for (int32_t i = b; i < len;) {
    if (alnum_at(i, next)) e = next;
    i = next;
  }
  return {static_cast<std::size_t>(b), static_cast<std::size_t>(e)};
}

void append_protected_plain(std::string& out, std::string_view text, const TextStyle& style,
                            bool protect, bool& first_word, EscapeReport* report) {
  if (!protect) {
    append_escaped_run(out, text, style, report);
    if (text.find_first_not_of(' ') != std::string_view::npos) first_word = false;
    return;
  }
  // Words are separated by spaces; a run of words that all need protection (separated by
  // single spaces, with no punctuation between them) is braced as one group:
  // {North Korean Trade Office}.
  // The text is escaped a stretch at a time, from `written` on: in UTF-8 output from one
  // brace to the next (escaping a stretch is escaping its pieces one by one: they meet at a
  // space, letter or digit, which joins no ligature). In ASCII output the words around a
  // braced run are pieces of their own, as before: the excerpt of a character left
  // unmapped ends with its piece.
  std::size_t i = 0, written = 0;
  auto write_to = [&](std::size_t to) {
    if (to > written) append_escaped_run(out, text.substr(written, to - written), style, report);
    written = to;
  };
  while (i < text.size()) {
    if (text[i] == ' ') {
      ++i;
      continue;
    }
    if (!first_word) {
      // Only a word with an ASCII capital or a multi-byte character can need protection: a
      // word of neither is passed over here, without a call.
      const std::size_t stop = next_word_stop(text, i);
      if (stop == text.size()) break;
      if (text[stop] == ' ') {
        i = stop;
        continue;
      }
    }
    const TitleWord w = scan_word(text, i, first_word);
    const std::size_t we = w.end;
    const auto [cb, ce] = w.needs_protection ? word_core(text.substr(i, we - i)) : std::pair<std::size_t, std::size_t>{};
    first_word = false;
    if (cb == ce) {
      i = we;
      continue;
    }
    // Extend over following words while this one ends in a letter or digit and the next
    // starts with one and needs protection too.
    std::size_t run_end = we, core_end = i + ce;
    while (core_end == run_end && run_end + 1 < text.size() && text[run_end] == ' ' && text[run_end + 1] != ' ') {
      const TitleWord w_next = scan_word(text, run_end + 1, false);
      if (!w_next.needs_protection) break;
      const std::size_t ne = w_next.end;
      const auto [nb, ncore_end] = word_core(text.substr(run_end + 1, ne - run_end - 1));
      if (nb != 0 || nb == ncore_end) break;
      core_end = run_end + 1 + ncore_end;
      run_end = ne;
    }
    if (style.ascii) write_to(i);
    write_to(i + cb);
    out += '{';
    write_to(core_end);
    out += '}';
    if (style.ascii) write_to(run_end);
    i = run_end;
  }
  write_to(text.size());
}

struct Tag {
  std::string_view open;
  std::string_view close;
  const char* biblatex;
  const char* bibtex;
};

constexpr std::array<Tag, 6> kTags = {{
    {"<i>", "</i>", "\\mkbibemph{", "\\emph{"},
    {"<b>", "</b>", "\\mkbibbold{", "\\textbf{"},
    {"<sup>", "</sup>", "\\textsuperscript{", "\\textsuperscript{"},
    {"<sub>", "</sub>", "\\textsubscript{", "\\textsubscript{"},
    {"<span class=\"nocase\">", "</span>", "{", "{"},
    {"<span style=\"font-variant:small-caps;\">", "</span>", "\\textsc{", "\\textsc{"},
}};

// End of the element opened at `from` (position of its closing tag), honouring nesting of
// the same closing tag; npos when it is not closed.
std::size_t find_close(std::string_view t, std::size_t from, const Tag& tag) {
  int depth = 1;
  std::size_t i = from;
  while (i < t.size()) {
    const std::size_t lt = t.find('<', i);
    if (lt == std::string_view::npos) return std::string_view::npos;
    if (t.compare(lt, tag.close.size(), tag.close) == 0) {
      if (--depth == 0) return lt;
      i = lt + tag.close.size();
      continue;
    }
    bool opened = false;
    for (const Tag& o : kTags)
      if (o.close == tag.close && t.compare(lt, o.open.size(), o.open) == 0) {
        ++depth;
        i = lt + o.open.size();
        opened = true;
        break;
      }
    if (!opened) i = lt + 1;
  }
  return std::string_view::npos;
}

void append_rich(std::string& out, std::string_view text, const TextStyle& style, bool protect,
                 bool& first_word, EscapeReport* report, int depth = 0) {
  // Tags nested deeper than any real title are written as text (bounded stack and time).
  if (depth > 16) {
    append_protected_plain(out, text, style, protect, first_word, report);
    return;
  }
  std::size_t plain_from = 0, i = 0;
  while (i < text.size()) {
    const std::size_t lt = text.find('<', i);
    if (lt == std::string_view::npos) break;
    const Tag* found = nullptr;
    for (const Tag& t : kTags)
      if (text.compare(lt, t.open.size(), t.open) == 0) { found = &t; break; }
    const std::size_t close = found ? find_close(text, lt + found->open.size(), *found) : std::string_view::npos;
    if (close == std::string_view::npos) {
      i = lt + 1;
      continue;
    }
    append_protected_plain(out, text.substr(plain_from, lt - plain_from), style, protect, first_word, report);
    out += style.biblatex ? found->biblatex : found->bibtex;
    // Inside a command's braces bibtex changes no case, so no protection is needed there.
    bool inner_first = first_word;
    append_rich(out, text.substr(lt + found->open.size(), close - lt - found->open.size()), style,
                false, inner_first, report, depth + 1);
    out += '}';
    first_word = false;
    i = plain_from = close + found->close.size();
  }
  append_protected_plain(out, text.substr(plain_from), style, protect, first_word, report);
}

}  // namespace

void append_escaped(std::string& out, std::string_view text, const TextStyle& style, EscapeReport* report) {
  if (style.ascii && has_non_ascii(text)) {
    append_escaped_run(out, normalized_for_ascii(text), style, report);
    return;
  }
  append_escaped_run(out, text, style, report);
}

void append_title(std::string& out, std::string_view text, const TextStyle& style, bool protect_case,
                  EscapeReport* report) {
  std::string norm;
  if (style.ascii && has_non_ascii(text)) {
    norm = normalized_for_ascii(text);
    text = norm;
  }
  bool first_word = true;
  // Rich-text tags are looked for in title-sized text only: a megabyte of unclosed tags
  // would otherwise cost a scan to the end for each one.
  if (text.find('<') == std::string_view::npos || text.size() > 4096) {
    append_protected_plain(out, text, style, protect_case, first_word, report);
    return;
  }
  append_rich(out, text, style, protect_case, first_word, report);
}

void append_verbatim(std::string& out, std::string_view text) {
  // The bytes kept are copied a run at a time, found sixteen bytes at a time.
  using detail::Bytes16;
  for (std::size_t i = 0;;) {
    const std::size_t at = detail::find_byte_if(
        text, i, [](Bytes16 v) { return (v == '{') | (v == '}') | (v == ' ') | (v == '\t') | (v == '\n') | (v == '\r'); },
        [](unsigned char c) { return c == '{' || c == '}' || c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
    out.append(text, i, at - i);
    if (at == text.size()) return;
    switch (text[at]) {
      case '{': out += "%7B"; break;
      case '}': out += "%7D"; break;
      case ' ': out += "%20"; break;
      case '\t': out += "%09"; break;
      case '\n': out += "%0A"; break;
      default: out += "%0D"; break;  // '\r'
    }
    i = at + 1;
  }
}

}  // namespace citelib::bibtex

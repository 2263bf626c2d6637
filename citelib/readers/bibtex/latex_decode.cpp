// TeX markup of .bib values to Unicode text (the inverse of writers/bibtex/latex_text.cpp,
// and the forms other tools write: \'{e}, {\"o}, \v c, \ss{}, ``quotes'', --).
#include <citelib/readers/bibtex.hpp>

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdlib>
#include <cstring>
#include <utility>
#include <vector>

namespace citelib {

namespace {

// Bytes the decoder acts on (and NUL, which ends a run of plain bytes as it always did).
constexpr std::array<bool, 256> kSpecial = [] {
  std::array<bool, 256> t{};
  for (const char c : std::string_view("{}\\~-`'\t\n\r$^_")) t[static_cast<unsigned char>(c)] = true;
  t[0] = true;
  return t;
}();

}  // namespace

namespace {

struct Cmd {
  std::string_view name;
  std::string_view text;
};

// Control words that stand for one character (or nothing).
constexpr std::array<Cmd, 171> kSymbols = {{
    {"ss", "\u00DF"}, {"SS", "SS"}, {"ae", "\u00E6"}, {"AE", "\u00C6"}, {"oe", "\u0153"}, {"OE", "\u0152"},
    {"o", "\u00F8"}, {"O", "\u00D8"}, {"l", "\u0142"}, {"L", "\u0141"}, {"aa", "\u00E5"}, {"AA", "\u00C5"},
    {"i", "\u0131"}, {"j", "\u0237"}, {"dh", "\u00F0"}, {"DH", "\u00D0"}, {"th", "\u00FE"}, {"TH", "\u00DE"},
    {"dj", "\u0111"}, {"DJ", "\u0110"}, {"ng", "\u014B"}, {"NG", "\u014A"},
    {"textbackslash", "\\"}, {"textasciitilde", "~"}, {"textasciicircum", "^"}, {"textbraceleft", "{"},
    {"textbraceright", "}"}, {"textendash", "\u2013"}, {"textemdash", "\u2014"}, {"textquoteleft", "\u2018"},
    {"textquoteright", "\u2019"}, {"textquotedblleft", "\u201C"}, {"textquotedblright", "\u201D"},
    {"guillemotleft", "\u00AB"}, {"guillemotright", "\u00BB"}, {"guillemetleft", "\u00AB"},
    {"guillemetright", "\u00BB"}, {"guilsinglleft", "\u2039"}, {"guilsinglright", "\u203A"},
    {"ldots", "\u2026"}, {"dots", "\u2026"}, {"textellipsis", "\u2026"}, {"S", "\u00A7"},
    {"textsection", "\u00A7"}, {"P", "\u00B6"}, {"textparagraph", "\u00B6"}, {"textcopyright", "\u00A9"},
    {"copyright", "\u00A9"}, {"textdegree", "\u00B0"}, {"textquestiondown", "\u00BF"},
    {"textexclamdown", "\u00A1"}, {"texteuro", "\u20AC"}, {"pounds", "\u00A3"}, {"textsterling", "\u00A3"},
    {"texttimes", "\u00D7"}, {"textbullet", "\u2022"}, {"textdollar", "$"}, {"textunderscore", "_"},
    {"textbar", "|"}, {"textless", "<"}, {"textgreater", ">"}, {"textregistered", "\u00AE"},
    {"texttrademark", "\u2122"}, {"textperiodcentered", "\u00B7"}, {"slash", "/"}, {"textquotesingle", "'"}, {"textasciigrave", "`"},
    // Logos, as their names are written in text; the dashes many .bib files define.
    {"TeX", "TeX"}, {"LaTeX", "LaTeX"}, {"LaTeXe", "LaTeX2\u03B5"}, {"BibTeX", "BibTeX"}, {"XeTeX", "XeTeX"},
    {"XeLaTeX", "XeLaTeX"}, {"LuaTeX", "LuaTeX"}, {"LuaLaTeX", "LuaLaTeX"}, {"pdfTeX", "pdfTeX"},
    {"pdfLaTeX", "pdfLaTeX"}, {"ConTeXt", "ConTeXt"}, {"eTeX", "\u03B5-TeX"}, {"SliTeX", "SliTeX"},
    {"AmSTeX", "AMS-TeX"}, {"AMSTeX", "AMS-TeX"}, {"AmS", "AMS"}, {"AMS", "AMS"}, {"MF", "Metafont"},
    {"METAFONT", "METAFONT"}, {"MP", "MetaPost"}, {"METAPOST", "METAPOST"}, {"PiCTeX", "PiCTeX"},
    {"TUB", "TUGboat"}, {"POSTSCRIPT", "PostScript"},
    {"emdash", "\u2014"}, {"endash", "\u2013"}, {"Dash", "\u2014"},
    // Greek letters and the symbols titles use most, in math or out.
    {"alpha", "\u03B1"}, {"beta", "\u03B2"}, {"gamma", "\u03B3"}, {"delta", "\u03B4"}, {"epsilon", "\u03F5"},
    {"varepsilon", "\u03B5"}, {"zeta", "\u03B6"}, {"eta", "\u03B7"}, {"theta", "\u03B8"}, {"vartheta", "\u03D1"},
    {"iota", "\u03B9"}, {"kappa", "\u03BA"}, {"lambda", "\u03BB"}, {"mu", "\u03BC"}, {"nu", "\u03BD"},
    {"xi", "\u03BE"}, {"pi", "\u03C0"}, {"varpi", "\u03D6"}, {"rho", "\u03C1"}, {"varrho", "\u03F1"},
    {"sigma", "\u03C3"}, {"varsigma", "\u03C2"}, {"tau", "\u03C4"}, {"upsilon", "\u03C5"}, {"phi", "\u03D5"},
    {"varphi", "\u03C6"}, {"chi", "\u03C7"}, {"psi", "\u03C8"}, {"omega", "\u03C9"}, {"Gamma", "\u0393"},
    {"Delta", "\u0394"}, {"Theta", "\u0398"}, {"Lambda", "\u039B"}, {"Xi", "\u039E"}, {"Pi", "\u03A0"},
    {"Sigma", "\u03A3"}, {"Upsilon", "\u03A5"}, {"Phi", "\u03A6"}, {"Psi", "\u03A8"}, {"Omega", "\u03A9"},
    {"times", "\u00D7"}, {"pm", "\u00B1"}, {"infty", "\u221E"}, {"leq", "\u2264"}, {"le", "\u2264"},
    {"geq", "\u2265"}, {"ge", "\u2265"}, {"neq", "\u2260"}, {"ne", "\u2260"}, {"approx", "\u2248"},
    {"cdot", "\u22C5"}, {"rightarrow", "\u2192"}, {"to", "\u2192"}, {"leftarrow", "\u2190"},
    {"sqrt", "\u221A"}, {"partial", "\u2202"}, {"nabla", "\u2207"}, {"sum", "\u2211"}, {"prod", "\u220F"},
    {"int", "\u222B"}, {"in", "\u2208"}, {"ell", "\u2113"}, {"hbar", "\u210F"}, {"circ", "\u2218"},
    {"deg", "\u00B0"},
    // Layout only: nothing to keep.
    {"par", " "}, {"unskip", ""}, {"relax", ""}, {"protect", ""}, {"null", ""}, {"ignorespaces", ""},
    {"nobreak", ""}, {"thinspace", "\u2009"}, {"enspace", "\u2002"}, {"quad", "\u2003"}, {"qquad", "\u2003\u2003"},
    {"allowbreak", ""},
}};

// A control word and the CSL rich text (or nothing) it opens and closes.
struct Markup {
  std::string_view name;
  std::string_view open;
  std::string_view close;
};

// Font declarations ({\em x}, {\bf x}): CSL rich text up to the end of the enclosing group.
constexpr std::array<Markup, 23> kDeclarations = {{
    {"em", "<i>", "</i>"}, {"it", "<i>", "</i>"}, {"itshape", "<i>", "</i>"}, {"sl", "<i>", "</i>"},
    {"slshape", "<i>", "</i>"}, {"bf", "<b>", "</b>"}, {"bfseries", "<b>", "</b>"},
    {"sc", "<span style=\"font-variant:small-caps;\">", "</span>"},
    {"scshape", "<span style=\"font-variant:small-caps;\">", "</span>"},
    {"rm", "", ""}, {"tt", "", ""}, {"sf", "", ""}, {"normalfont", "", ""}, {"upshape", "", ""},
    {"mdseries", "", ""}, {"rmfamily", "", ""}, {"sffamily", "", ""}, {"ttfamily", "", ""},
    {"small", "", ""}, {"large", "", ""}, {"footnotesize", "", ""}, {"cal", "", ""}, {"ssf", "", ""},
}};

// Commands whose argument only sorts (\noopsort{1973b}, defined in the @preamble of many
// files to print nothing), or only takes room (\hphantom{x}).
constexpr std::array<std::string_view, 7> kDropArgument = {"noopsort", "sortnoop", "SortNoop", "noop",
                                                           "phantom", "hphantom", "vphantom"};

// Control words whose argument becomes CSL rich text (or plain text).
constexpr std::array<Markup, 24> kWraps = {{
    {"emph", "<i>", "</i>"}, {"textit", "<i>", "</i>"}, {"mkbibemph", "<i>", "</i>"}, {"textsl", "<i>", "</i>"},
    {"textbf", "<b>", "</b>"}, {"mkbibbold", "<b>", "</b>"}, {"textsuperscript", "<sup>", "</sup>"},
    {"mkbibsuperscript", "<sup>", "</sup>"}, {"textsubscript", "<sub>", "</sub>"},
    {"textsc", "<span style=\"font-variant:small-caps;\">", "</span>"}, {"mkbibquote", "\u201C", "\u201D"},
    {"textup", "", ""}, {"textnormal", "", ""}, {"textrm", "", ""}, {"mbox", "", ""}, {"textsf", "", ""},
    {"texttt", "", ""}, {"hologo", "", ""}, {"hbox", "", ""}, {"acro", "", ""},
    // csquotes (\enquote*: the inner, single quotes); the book titles of classic files.
    {"enquote", "\u201C", "\u201D"}, {"enquote*", "\u2018", "\u2019"}, {"booktitle", "<i>", "</i>"},
    {"textquote", "\u201C", "\u201D"},
}};

// Accent commands and the combining mark they put on their argument.
struct AccentCmd {
  std::string_view name;
  std::string_view mark;
};
constexpr std::array<AccentCmd, 16> kAccents = {{
    {"`", "\u0300"}, {"'", "\u0301"}, {"^", "\u0302"}, {"~", "\u0303"}, {"=", "\u0304"}, {".", "\u0307"},
    {"\"", "\u0308"}, {"u", "\u0306"}, {"r", "\u030A"}, {"H", "\u030B"}, {"v", "\u030C"}, {"d", "\u0323"},
    {"c", "\u0327"}, {"k", "\u0328"}, {"b", "\u0331"}, {"t", "\u0361"},
}};

bool is_letter(char c) noexcept { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Nesting of command arguments decoded recursively; deeper groups (only hostile input has
// them) are copied as text, so neither the stack nor the time can blow up.
constexpr int kMaxDepth = 32;

class Decoder {
 public:
  explicit Decoder(std::string_view t, int depth = 0) : t_(t), depth_(depth) {}

  std::string run() {
    out_.reserve(t_.size());
    // A dollar sign left unpaired is no math shift (a file that did not escape it as \$).
    std::size_t dollars = 0;
    // (Most values have none: one memchr instead of a test per byte.)
    for (std::size_t k = t_.find('$') == std::string_view::npos ? t_.size() : 0; k < t_.size(); ++k) {
      if (t_[k] == '\\') ++k;
      else if (t_[k] == '$') ++dollars;
    }
    math_shift_ = dollars % 2 == 0;
    decode_until(t_.size());
    close_declarations(0);
    if (composed_) normalize();
    return std::move(out_);
  }

 private:
  void decode_until(std::size_t end) {
    while (i_ < end) {
      const char c = t_[i_];
      switch (c) {
        // Protective braces carry no text; a group ends the font declarations made in it.
        case '{': ++group_; ++i_; break;
        case '}':
          close_declarations(group_);
          if (group_ > 0) --group_;
          ++i_;
          break;
        // TeX's math shift (a dollar sign in text is written \$): the math is read as text,
        // with ^ and _ as superscript and subscript.
        case '$':
          if (math_shift_) math_ = !math_;
          else out_ += '$';
          ++i_;
          break;
        case '^':
        case '_':
          ++i_;
          if (!math_) {
            out_ += c;
            break;
          }
          out_ += c == '^' ? "<sup>" : "<sub>";
          out_ += argument(end);
          out_ += c == '^' ? "</sup>" : "</sub>";
          break;
        case '\\': command(end); break;
        case '~': out_ += "\u00A0"; ++i_; break;
        case '-':
          if (t_.compare(i_, 3, "---") == 0) { out_ += "\u2014"; i_ += 3; }
          else if (t_.compare(i_, 2, "--") == 0) { out_ += "\u2013"; i_ += 2; }
          else { out_ += '-'; ++i_; }
          break;
        case '`':
          if (i_ + 1 < end && t_[i_ + 1] == '`') { out_ += "\u201C"; i_ += 2; }
          else { out_ += "\u2018"; ++i_; single_open_ = true; }
          break;
        case '\'':
          if (i_ + 1 < end && t_[i_ + 1] == '\'') { out_ += "\u201D"; i_ += 2; }
          else if (single_open_ && !(i_ + 1 < end && is_letter(t_[i_ + 1]))) {
            // Closes a `quote' (TeX prints both as curly quotes); an apostrophe inside a
            // word (don't) stays one.
            out_ += "\u2019";
            ++i_;
            single_open_ = false;
          } else { out_ += '\''; ++i_; }
          break;
        case '\t':
        case '\n':
        case '\r':
          // A line break in a value is a space, and so are the blanks around it.
          while (!out_.empty() && out_.back() == ' ') out_.pop_back();
          out_ += ' ';
          ++i_;
          while (i_ < end && (t_[i_] == ' ' || t_[i_] == '\t' || t_[i_] == '\n' || t_[i_] == '\r')) ++i_;
          break;
        default: {
          // Copy a run of ordinary bytes at once.
          std::size_t j = i_ + 1;
          while (j < end && !kSpecial[static_cast<unsigned char>(t_[j])]) ++j;
          out_.append(t_.substr(i_, j - i_));
          i_ = j;
        }
      }
    }
  }

  /// The end of the brace group opening at `open` (position of its "}"), or `end`.
  std::size_t group_end(std::size_t open, std::size_t end) const {
    int depth = 0;
    for (std::size_t p = open; p < end; ++p) {
      if (t_[p] == '\\') { ++p; continue; }
      if (t_[p] == '{') ++depth;
      else if (t_[p] == '}' && --depth == 0) return p;
    }
    return end;
  }

  void skip_blanks(std::size_t end) {
    while (i_ < end && (t_[i_] == ' ' || t_[i_] == '\t' || t_[i_] == '\n')) ++i_;
  }

  /// Decodes the argument of a command: a brace group or one character.
  std::string argument(std::size_t end) {
    skip_blanks(end);
    if (i_ >= end) return {};
    if (t_[i_] == '{') {
      const std::size_t close = group_end(i_, end);
      if (depth_ >= kMaxDepth) {
        std::string raw(t_.substr(i_ + 1, close - i_ - 1));
        i_ = close < end ? close + 1 : end;
        return raw;
      }
      Decoder inner(t_.substr(i_ + 1, close - i_ - 1), depth_ + 1);
      std::string s = inner.run();
      composed_ = composed_ || inner.composed_;
      i_ = close < end ? close + 1 : end;
      return s;
    }
    if (t_[i_] == '\\') {
      // \'\i: the argument is itself a command.
      const std::size_t from = i_;
      std::size_t p = i_ + 1;
      while (p < end && is_letter(t_[p])) ++p;
      if (p == i_ + 1) ++p;
      Decoder inner(t_.substr(from, p - from), depth_ + 1);
      i_ = p;
      return depth_ >= kMaxDepth ? std::string(t_.substr(from, p - from)) : inner.run();
    }
    // One UTF-8 character.
    std::size_t len = 1;
    const auto u = static_cast<unsigned char>(t_[i_]);
    if (u >= 0xF0) len = 4;
    else if (u >= 0xE0) len = 3;
    else if (u >= 0xC0) len = 2;
    std::string s(t_.substr(i_, len));
    i_ += len;
    return s;
  }

  void accent(std::string_view mark, std::size_t end) {
    std::string arg = argument(end);
    if (arg.empty()) {
      // \^{} and \~{} stand for the accent character itself.
      if (mark == "\u0302") out_ += '^';
      else if (mark == "\u0303") out_ += '~';
      return;
    }
    // A dotless i or j under an accent is the ordinary letter (\'\i -> í).
    if (arg.compare(0, 2, "\u0131") == 0) arg.replace(0, 2, "i");
    else if (arg.compare(0, 2, "\u0237") == 0) arg.replace(0, 2, "j");
    // The mark goes after the first character of the argument; NFC composes it later.
    std::size_t first = 1;
    const auto u = static_cast<unsigned char>(arg[0]);
    if (u >= 0xF0) first = 4;
    else if (u >= 0xE0) first = 3;
    else if (u >= 0xC0) first = 2;
    // Keep marks already on the base letter (nested accents) before this one.
    while (first + 1 < arg.size() && (static_cast<unsigned char>(arg[first]) == 0xCC ||
                                      static_cast<unsigned char>(arg[first]) == 0xCD))
      first += 2;
    arg.insert(std::min(first, arg.size()), mark);
    out_ += arg;
    composed_ = true;
  }

  void command(std::size_t end) {
    ++i_;  // the backslash
    if (i_ >= end) {
      out_ += '\\';
      return;
    }
    const char c = t_[i_];
    if (!is_letter(c)) {
      ++i_;
      switch (c) {
        case '&': case '%': case '$': case '#': case '_': case '{': case '}': out_ += c; return;
        case ' ': case '\n': out_ += ' '; return;
        case ',': out_ += "\u2009"; return;
        case '-': case '/': case '@': return;  // hyphenation hint, italic correction, spacing
        case '\\': out_ += ' '; return;         // a line break in a value
        default: break;
      }
      for (const AccentCmd& a : kAccents)
        if (a.name.size() == 1 && a.name[0] == c) return accent(a.mark, end);
      out_ += '\\';
      out_ += c;
      return;
    }
    const std::size_t b = i_;
    while (i_ < end && is_letter(t_[i_])) ++i_;
    const std::string_view name = t_.substr(b, i_ - b);
    for (const AccentCmd& a : kAccents)
      if (a.name.size() == 1 && a.name == name) return accent(a.mark, end);
    for (const Cmd& s : kSymbols) {
      if (s.name != name) continue;
      out_ += s.text;
      // A control word eats the blanks after it, and "{}" ends it (in math the blanks typed
      // are kept: read as text, "x \\leq 3" needs them).
      if (t_.compare(i_, 2, "{}") == 0) i_ += 2;
      else if (!math_) skip_blanks(end);
      return;
    }
    for (const Markup& d : kDeclarations) {
      if (d.name != name) continue;
      skip_blanks(end);
      out_ += d.open;
      if (!d.close.empty()) declared_.push_back({group_, d.close});
      return;
    }
    if (std::find(kDropArgument.begin(), kDropArgument.end(), name) != kDropArgument.end()) {
      (void)argument(end);
      return;
    }
    // A starred form (\enquote*) has its own entry.
    std::string starred;
    if (i_ < end && t_[i_] == '*') {
      starred.assign(name).push_back('*');
      ++i_;
    }
    for (const Markup& w : kWraps) {
      if (w.name != (starred.empty() ? name : std::string_view(starred))) continue;
      out_ += w.open;
      out_ += argument(end);
      out_ += w.close;
      return;
    }
    if (name == "kern" || name == "hskip" || name == "hspace") {
      // Spacing: \kern.06em, \hskip 1pt, \hspace{1em} print no text.
      skip_blanks(end);
      if (i_ < end && t_[i_] == '{') (void)argument(end);
      else {
        // A dimension: sign, number, unit (.06em, -1.5pt).
        if (i_ < end && (t_[i_] == '-' || t_[i_] == '+')) ++i_;
        while (i_ < end && (std::isdigit(static_cast<unsigned char>(t_[i_])) || t_[i_] == '.' || t_[i_] == ',')) ++i_;
        skip_blanks(end);
        static constexpr std::string_view kUnits[] = {"pt", "em", "ex", "mm", "cm", "in", "bp", "pc", "dd", "cc", "sp", "mu"};
        if (i_ + 2 <= end && std::find(std::begin(kUnits), std::end(kUnits), t_.substr(i_, 2)) != std::end(kUnits)) i_ += 2;
      }
      return;
    }
    if (name == "url" || name == "path" || name == "nolinkurl") {
      // Verbatim argument: kept byte for byte.
      skip_blanks(end);
      if (i_ < end && t_[i_] == '{') {
        const std::size_t close = group_end(i_, end);
        out_.append(t_.substr(i_ + 1, close - i_ - 1));
        i_ = close < end ? close + 1 : end;
        return;
      }
      // \path|...| (url.sty takes any delimiter, as \verb does).
      if (i_ < end && !is_letter(t_[i_])) verbatim(end);
      return;
    }
    if (name == "verb" && i_ < end) {
      verbatim(end);
      return;
    }
    if (name == "href") {
      skip_blanks(end);
      if (i_ < end && t_[i_] == '{') i_ = std::min(group_end(i_, end) + 1, end);  // the target
      out_ += argument(end);
      return;
    }
    if (name == "char") {
      // \char"41, \char'101, \char65
      int base = 10;
      if (i_ < end && t_[i_] == '"') { base = 16; ++i_; }
      else if (i_ < end && t_[i_] == '\'') { base = 8; ++i_; }
      const std::size_t nb = i_;
      while (i_ < end && std::isxdigit(static_cast<unsigned char>(t_[i_]))) ++i_;
      const long cp = std::strtol(std::string(t_.substr(nb, i_ - nb)).c_str(), nullptr, base);
      if (cp > 0 && cp < 0x110000) {
        char buf[4];
        int32_t len = 0;
        UBool err = false;
        U8_APPEND(buf, len, 4, static_cast<UChar32>(cp), err);
        if (!err) out_.append(buf, static_cast<std::size_t>(len));
      }
      if (t_.compare(i_, 2, "{}") == 0) i_ += 2;
      return;
    }
    if (name == "nth") {
      // \nth{4}: 4th (fmtcount, nth).
      const std::string n = argument(end);
      const int v = std::atoi(n.c_str());
      const int tens = v % 100, ones = v % 10;
      out_ += n;
      out_ += (tens >= 11 && tens <= 13) ? "th" : ones == 1 ? "st" : ones == 2 ? "nd" : ones == 3 ? "rd" : "th";
      return;
    }
    if (t_.compare(i_, 2, "{}") == 0) {
      // "{}" only ends the control word (\TUB{}): kept as written.
      i_ += 2;
    } else if (i_ < end && t_[i_] == '{' && starred.empty()) {
      // An unknown command with an argument (\acro{TUG}, a macro of the file's @preamble):
      // its text is what a reader sees; the name glued to it ("\fooText") helps no one.
      out_ += argument(end);
      return;
    }
    // Unknown command: kept as written, so nothing is lost.
    out_ += '\\';
    out_ += name;
    out_ += starred.empty() ? "" : "*";
  }

  /// \verb|text|: verbatim between two copies of the character at i_.
  void verbatim(std::size_t end) {
    const char delim = t_[i_];
    const std::size_t close = t_.find(delim, i_ + 1);
    const std::size_t stop = close == std::string_view::npos || close > end ? end : close;
    out_.append(t_.substr(i_ + 1, stop - i_ - 1));
    i_ = stop < end ? stop + 1 : end;
  }

  /// Closes the font declarations made at group depth `depth` or deeper, innermost first.
  void close_declarations(int depth) {
    while (!declared_.empty() && declared_.back().first >= depth) {
      out_ += declared_.back().second;
      declared_.pop_back();
    }
  }

  void normalize() {
    UErrorCode err = U_ZERO_ERROR;
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(err);
    if (U_FAILURE(err)) return;
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(out_.data(), static_cast<int32_t>(out_.size())));
    icu::UnicodeString n = nfc->normalize(u, err);
    if (U_FAILURE(err)) return;
    out_.clear();
    n.toUTF8String(out_);
  }

  std::string_view t_;
  int depth_ = 0;
  std::size_t i_ = 0;
  std::string out_;
  bool composed_ = false;
  bool math_ = false;
  bool math_shift_ = true;  // the dollar signs of this value pair up
  bool single_open_ = false;  // a `quote' is open
  int group_ = 0;                                         // braces open in this value
  std::vector<std::pair<int, std::string_view>> declared_;  // closing tags, by group depth
};

}  // namespace

std::string decode_latex(std::string_view tex) {
  // Fast path: nothing to decode.
  if (std::none_of(tex.begin(), tex.end(), [](char c) { return kSpecial[static_cast<unsigned char>(c)] && c != '\0'; }))
    return std::string(tex);
  return Decoder(tex).run();
}

}  // namespace citelib

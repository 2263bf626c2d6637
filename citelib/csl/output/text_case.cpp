// text-case (specification, "Text-case") over IR text with ICU character properties: marks
// are transparent, nocase spans are left alone, words split at spaces, hyphens and slashes.
// The text is decoded once into code points (buffers reused across calls), so a title costs
// no allocation per word; stop words are looked up without building strings.
#include "csl/output/markup.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <optional>
#include <string_view>
#include <vector>

namespace citelib::csl::ir {

namespace {

// Stop words of the CSL schema's stop-words.json, lowercased by title case (sorted for
// binary search).
constexpr auto kStopWords = [] {
  std::array<std::string_view, 98> w = {
      "a", "about", "above", "according", "across", "afore", "after", "against", "ahead", "along", "alongside", "amid", "amidst",
      "among", "amongst", "an", "and", "anenst", "apart", "apropos", "apud", "around", "as", "aside", "astride",
      "at", "athwart", "atop", "barring", "before", "behind", "below", "beneath", "beside", "besides", "between",
      "beyond", "but", "by", "circa", "despite", "down", "during", "except", "for", "forenenst", "from", "given",
      "in", "inside", "into", "lest", "like", "modulo", "near", "next", "nor", "notwithstanding", "of", "off",
      "on", "onto", "or", "out", "over", "per", "plus", "pro", "qua", "sans", "since", "so", "than", "the",
      "through", "thru", "throughout", "thruout", "till", "to", "toward", "towards", "under", "underneath",
      "until", "unto", "up", "upon", "versus", "vs", "v", "via", "with", "within", "without", "yet", "vs.", "v."};
  std::sort(w.begin(), w.end());
  return w;
}();
constexpr std::size_t kLongestStopWord = 15;  // "notwithstanding"

// Name particles and Latin abbreviations of the stop-word list ("de", "von", "van", "d'",
// "et", "al", "ca"): title case leaves them as written, so "Alexis de Tocqueville" keeps its
// "de" while "Van Halen", written with a capital, is not lowercased.
constexpr auto kParticleStopWords = [] {
  std::array<std::string_view, 8> w = {"al", "c", "ca", "d'", "de", "et", "van", "von"};
  std::sort(w.begin(), w.end());
  return w;
}();

// A Greek letter standing alone ("β-carotene", "α helix") is a symbol, not a word: no case
// change makes it a capital.
bool is_greek(UChar32 c) { return c >= 0x370 && c <= 0x3FF; }

bool is_mark_cp(UChar32 c) { return c >= 0xE000 && c <= 0xE0FF; }
bool is_separator(UChar32 c) {
  if (c < 0x80) return c == ' ' || c == '-' || c == '/' || (c >= '\t' && c <= '\r');
  return c == 0x2013 || c == 0x2014 || c == 0xA0 || u_isspace(c);
}
bool is_upper(UChar32 c) { return c < 0x80 ? (c >= 'A' && c <= 'Z') : (u_isupper(c) || u_istitle(c)); }
bool is_lower(UChar32 c) { return c < 0x80 ? (c >= 'a' && c <= 'z') : static_cast<bool>(u_islower(c)); }
bool is_alpha(UChar32 c) {
  return c < 0x80 ? ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') : static_cast<bool>(u_isalpha(c));
}
UChar32 to_lower(UChar32 c) { return c < 0x80 ? (c >= 'A' && c <= 'Z' ? c + 32 : c) : u_tolower(c); }
UChar32 to_upper(UChar32 c) { return c < 0x80 ? (c >= 'a' && c <= 'z' ? c - 32 : c) : u_toupper(c); }
UChar32 to_title(UChar32 c) { return c < 0x80 ? to_upper(c) : u_totitle(c); }

struct Word {
  std::size_t begin, end;  // [begin, end) in code points, marks included
  bool protected_;         // inside a nocase span
  bool joined = false;     // goes on a word that a protected span opened ("<nocase>x</nocase>ray")
};

// The text being cased: code points, whether each is protected (a mark or inside nocase).
struct Text {
  std::vector<UChar32> cp;
  std::vector<std::uint8_t> nocase;
  std::vector<Word> words;
  std::vector<UChar32> stack;

  void decode(std::string_view s) {
    cp.clear();
    const auto* p = reinterpret_cast<const uint8_t*>(s.data());
    const auto n = static_cast<int32_t>(s.size());
    for (int32_t i = 0; i < n;) {
      if (p[i] < 0x80) {
        cp.push_back(p[i++]);
        continue;
      }
      UChar32 c = 0;
      U8_NEXT(p, i, n, c);
      cp.push_back(c < 0 ? 0xFFFD : c);
    }
  }

  // Splits into words; marks inside words stay part of them. With `at_periods`, a period
  // between a letter or digit and a letter also ends a word ("docs.python.org" is three).
  void split(bool at_periods = false) {
    words.clear();
    stack.clear();
    nocase.assign(cp.size(), 0);
    int depth_nocase = 0;
    std::size_t start = 0;
    bool in_word = false, prot = false, prot_start = false, joined = false, join_next = false;
    for (std::size_t i = 0; i < cp.size(); ++i) {
      const UChar32 c = cp[i];
      if (is_mark_cp(c)) {
        // Small caps, superscript and subscript spans keep their case, as nocase spans do
        // (citeproc-js: they are usually abbreviations and formulas).
        // (and so do "nodecor" spans, which open with normal_variant).
        auto protects = [](UChar32 m) {
          return m == ir::nocase || m == ir::small_caps || m == ir::style_small_caps || m == ir::sup || m == ir::sub || m == ir::normal_variant;
        };
        if (protects(c)) ++depth_nocase;
        if (c <= static_cast<UChar32>(ir::last_open) || c == ir::quote_open) {
          stack.push_back(c);
        } else if (!stack.empty()) {
          // quote_close closes the innermost quote; close closes the innermost non-quote.
          if (protects(stack.back()) && c == ir::close && --depth_nocase == 0 && in_word && prot_start) {
            // A protected span that opened the word ends it: what follows is cased as a
            // word of its own ("<nocase>x</nocase>ray" -> "xRay"; an unclosed tag printed as
            // written, "&lt;i&gt;Italic"), as citeproc-js cases the text between tags.
            words.push_back({start, i, true});
            in_word = false;
            join_next = true;
          }
          stack.pop_back();
        }
        nocase[i] = 1;
        continue;
      }
      nocase[i] = depth_nocase > 0;
      const bool period_break = at_periods && c == '.' && in_word && i + 1 < cp.size() && is_alpha(cp[i + 1]) && i > 0 &&
                                (is_alpha(cp[i - 1]) || (cp[i - 1] >= '0' && cp[i - 1] <= '9'));
      if (period_break || is_separator(c)) {
        if (in_word) words.push_back({start, i, prot, joined});
        in_word = join_next = false;
        continue;
      }
      if (!in_word) {
        start = i;
        in_word = true;
        prot = prot_start = depth_nocase > 0;
        joined = join_next;
        join_next = false;
      } else if (depth_nocase > 0) {
        prot = true;
      }
    }
    if (in_word) words.push_back({start, cp.size(), prot, joined});
  }

  struct Case { bool has_upper = false, has_lower = false; };
  Case case_of(std::size_t b, std::size_t e) const {
    Case wc;
    for (std::size_t i = b; i < e; ++i) {
      if (is_upper(cp[i])) wc.has_upper = true;
      else if (is_lower(cp[i])) wc.has_lower = true;
    }
    return wc;
  }
  // Turkish and Azerbaijani case the dotted and dotless i apart ("i" <-> "İ", "ı" <-> "I").
  bool turkic = false;
  UChar32 lower_of(UChar32 c) const {
    if (turkic && (c == 'I' || c == 0x130)) return c == 'I' ? 0x131 : 'i';
    return to_lower(c);
  }
  UChar32 upper_of(UChar32 c) const { return turkic && c == 'i' ? 0x130 : to_upper(c); }
  void lower(std::size_t b, std::size_t e) {
    for (std::size_t i = b; i < e; ++i)
      if (!nocase[i]) cp[i] = lower_of(cp[i]);
  }
  void upper(std::size_t b, std::size_t e) {
    for (std::size_t i = b; i < e; ++i)
      if (!nocase[i]) cp[i] = upper_of(cp[i]);
  }
  // Capitalizes the first letter of the word (skipping leading marks and punctuation).
  void capitalize(std::size_t b, std::size_t e) {
    for (std::size_t i = b; i < e; ++i) {
      if (is_mark_cp(cp[i])) continue;
      if (nocase[i]) return;
      // A word that starts with a digit ("20th", "2to3") has no first letter to capitalize.
      if (cp[i] < 0x80 ? (cp[i] >= '0' && cp[i] <= '9') : u_isdigit(cp[i])) return;
      if (is_alpha(cp[i])) {
        if (is_greek(cp[i]) && letters(b, e) == 1) return;
        cp[i] = turkic && cp[i] == 'i' ? 0x130 : to_title(cp[i]);
        return;
      }
    }
  }
  // The number of code points of the word other than marks.
  std::size_t letters(std::size_t b, std::size_t e) const {
    std::size_t n = 0;
    for (std::size_t i = b; i < e; ++i) n += !is_mark_cp(cp[i]);
    return n;
  }
  // The number of letters of the word ("g." and "v2" have one).
  std::size_t alphabetic(std::size_t b, std::size_t e) const {
    std::size_t n = 0;
    for (std::size_t i = b; i < e; ++i) n += !is_mark_cp(cp[i]) && is_alpha(cp[i]);
    return n;
  }
  // The word lowercased into `buf` when it is ASCII and no longer than a stop word.
  std::optional<std::string_view> ascii_lower(std::size_t b, std::size_t e, char (&buf)[kLongestStopWord]) const {
    std::size_t n = 0;
    for (std::size_t i = b; i < e; ++i) {
      UChar32 c = cp[i];
      if (is_mark_cp(c)) continue;
      if (c == 0x2019) c = '\'';  // "d’" is "d'"
      if (c >= 0x80 || n == kLongestStopWord) return std::nullopt;
      buf[n++] = static_cast<char>(to_lower(c));
    }
    return std::string_view(buf, n);
  }
  // Whether the word follows a ":", "?" or "!" (only separators and marks between).
  bool after_colon(std::size_t k) const {
    if (k == 0) return false;
    for (std::size_t i = words[k].begin; i-- > words[k - 1].begin;) {
      const UChar32 c = cp[i];
      if (c == ':' || c == '?' || c == '!') return true;
      if (!is_separator(c) && !is_mark_cp(c)) return false;
    }
    return false;
  }

  void encode(std::string& s) const {
    s.clear();
    for (UChar32 c : cp) {
      if (c < 0x80) {
        s.push_back(static_cast<char>(c));
        continue;
      }
      char b[4];
      int32_t len = 0;
      U8_APPEND_UNSAFE(reinterpret_cast<uint8_t*>(b), len, c);
      s.append(b, static_cast<std::size_t>(len));
    }
  }
};

bool is_plain_ascii(std::string_view s) {
  for (char c : s)
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  return true;
}

// Function words of other Latin-script languages that are not English words (sorted).
constexpr auto kForeignFunctionWords = [] {
  std::array<std::string_view, 38> w = {
      "al", "als", "aux", "con", "da", "das", "de", "dei", "del", "della", "dem", "den", "der", "des", "di", "die",
      "du", "e", "el", "en", "et", "für", "il", "la", "las", "le", "les", "los", "mit", "na", "para", "pelo",
      "por", "que", "sur", "una", "und", "y"};
  std::sort(w.begin(), w.end());
  return w;
}();
constexpr auto kEnglishFunctionWords = [] {
  std::array<std::string_view, 10> w = {"an", "and", "for", "from", "is", "of", "on", "the", "to", "with"};
  std::sort(w.begin(), w.end());
  return w;
}();

// The characters citeproc-js's title case splits the text at (its "tags"): quotes, dashes,
// the slash, punctuation, brackets and markup.
bool is_title_case_tag(UChar32 c) {
  if (c < 0x80) return c == '"' || c == '\'' || c == '-' || c == '/' || c == '.' || c == ',' || c == ';' || c == '?' ||
                       c == '!' || c == ':' || c == '[' || c == ']' || c == '(' || c == ')';
  return c == 0x2018 || c == 0x2019 || c == 0x201C || c == 0x201D || c == 0x2013 || c == 0x2014 || is_mark_cp(c);
}

// A stop word also when punctuation or brackets touch it ("of, and, the, in": citeproc-js
// splits words at punctuation before matching its stop words), "vs." and "v." as listed.
bool is_stop_word_in_punctuation(std::string_view w) {
  if (std::binary_search(kStopWords.begin(), kStopWords.end(), w)) return true;
  auto letter = [](char c) { return c >= 'a' && c <= 'z'; };
  if (w.empty() || (letter(w.front()) && letter(w.back()))) return false;  // the common case
  const auto b = w.find_first_not_of("([");
  const auto e = w.find_last_not_of(",;:.?!)]");
  if (b == std::string_view::npos || e == std::string_view::npos || e < b || (b == 0 && e + 1 == w.size())) return false;
  return std::binary_search(kStopWords.begin(), kStopWords.end(), w.substr(b, e + 1 - b));
}

}  // namespace

bool is_stop_word(std::string_view lowercase_word) {
  return std::binary_search(kStopWords.begin(), kStopWords.end(), lowercase_word);
}

// Letters with the diacritics of Spanish, Portuguese, French, Italian and German: Latin-1
// letters (UTF-8 lead byte 0xC3: á, ñ, ü, ç, ß...), and the Spanish "¿" and "¡".
static bool has_romance_diacritic(std::string_view s) {
  return s.find('\xC3') != std::string_view::npos || s.find("\xC2\xBF") != std::string_view::npos ||
         s.find("\xC2\xA1") != std::string_view::npos;
}

bool looks_non_english(std::string_view s) {
  std::array<std::string_view, 2> seen{};
  std::size_t foreign = 0;
  char word[5];  // function words have at most five bytes ("della"): longer words are skipped
  std::size_t len = 0;
  bool too_long = false;
  // Judges the word just ended: true when it is an English function word.
  auto judge = [&]() {
    if (len == 0 || too_long) return false;
    const std::string_view w(word, len);
    if (std::binary_search(kEnglishFunctionWords.begin(), kEnglishFunctionWords.end(), w)) return true;
    const auto it = std::lower_bound(kForeignFunctionWords.begin(), kForeignFunctionWords.end(), w);
    if (it != kForeignFunctionWords.end() && *it == w && foreign < seen.size() &&
        std::find(seen.begin(), seen.begin() + static_cast<std::ptrdiff_t>(foreign), *it) ==
            seen.begin() + static_cast<std::ptrdiff_t>(foreign))
      seen[foreign++] = *it;
    return false;
  };
  for (std::size_t i = 0; i <= s.size(); ++i) {
    const unsigned char c = i < s.size() ? static_cast<unsigned char>(s[i]) : ' ';
    if (c == ' ' || c == ',' || c == ':' || c == ';' || c == '.' || c == '?' || c == '!' || c == '(' || c == ')') {
      if (judge()) return false;  // an English function word: English
      len = 0;
      too_long = false;
      continue;
    }
    if (i + 3 <= s.size() && is_mark(s.data() + i, s.data() + s.size())) {
      i += 2;
      continue;
    }
    if (len == sizeof word) {
      too_long = true;
      continue;
    }
    word[len++] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  }
  // Two function words, or one and a word written with the diacritics of those languages.
  return foreign >= 2 || (foreign == 1 && has_romance_diacritic(s));
}

void apply_text_case(std::string& s, TextCase tc, bool english, bool turkic) {
  if (tc == TextCase::none || s.empty()) return;
  if (tc == TextCase::title && !english) return;
  // ASCII text has no marks: whole-string case changes need no decoding.
  if ((tc == TextCase::lowercase || tc == TextCase::uppercase) && !turkic && is_plain_ascii(s)) {
    for (char& c : s) c = static_cast<char>(tc == TextCase::lowercase ? to_lower(c) : to_upper(c));
    return;
  }
  thread_local Text t;
  t.turkic = turkic;
  t.decode(s);
  // Title case and capitalize-all take the parts of a dotted name for words
  // ("Docs.Python.Org", "n.p." -> "N.P."), as citeproc-js splits words at periods; the
  // specification names only hyphens and says no more of what a word is.
  t.split(tc == TextCase::title || tc == TextCase::capitalize_all);
  const std::vector<Word>& words = t.words;
  const std::size_t n = t.cp.size();
  // The word the text opens with: past protected spans that open it and the word goes on
  // after ("&lt;i&gt;a" of an unclosed tag printed as written opens with "a").
  std::size_t lead = 0;
  auto literal_tag = [&](const Word& w) {
    std::size_t i = w.begin;
    while (i < w.end && is_mark_cp(t.cp[i])) ++i;
    return i < w.end && t.cp[i] == '<';
  };
  while (lead + 1 < words.size() && words[lead].protected_ && words[lead + 1].joined && literal_tag(words[lead])) ++lead;
  switch (tc) {
    case TextCase::lowercase: t.lower(0, n); break;
    case TextCase::uppercase: t.upper(0, n); break;
    // Both capitalize lowercase words only, as the specification says; a word with a capital
    // ("phpBB", "eWeek") stays as written (citeproc-js too).
    case TextCase::capitalize_first:
      if (!words.empty() && !words[lead].protected_ && !t.case_of(words[lead].begin, words[lead].end).has_upper)
        t.capitalize(words[lead].begin, words[lead].end);
      break;
    case TextCase::capitalize_all:
      for (const Word& w : words)
        if (!w.protected_ && !t.case_of(w.begin, w.end).has_upper) t.capitalize(w.begin, w.end);
      break;
    case TextCase::sentence: {
      // As citeproc-js and the suite have it (textcase_SentenceCapitalization): the first word
      // capitalized when it is lowercase and kept when it is not, every other word lowercased,
      // words in nocase spans as written. The specification keeps the other words' case; the
      // form is deprecated and real styles hardly use it. An elided first letter ("l'Été")
      // is a word of its own, as citeproc-js splits at the apostrophe ("L'été").
      for (std::size_t k = 0; k < words.size(); ++k) {
        const Word& w = words[k];
        if (w.protected_ || k < lead) continue;
        if (k > lead) {
          t.lower(w.begin, w.end);
        } else if (w.end - w.begin > 2 && (t.cp[w.begin + 1] == '\'' || t.cp[w.begin + 1] == 0x2019)) {
          t.capitalize(w.begin, w.begin + 1);
          t.lower(w.begin + 2, w.end);
        } else if (!t.case_of(w.begin, w.end).has_upper) {
          t.capitalize(w.begin, w.end);
        }
      }
      break;
    }
    case TextCase::title: {
      // A word written in capitals keeps them, also when the whole string is in capitals
      // ("UK", "FOO BAR"), as citeproc-js and the test suite have it (textcase_CapitalsUntouched,
      // bugreports_UndefinedNotString). The specification lowercases an all-uppercase string
      // after each first letter, which turns an acronym title into "Uk" or "Nato".
      // Where the first punctuation mark or markup is (citeproc-js's first "tag"), found
      // when a compound asks for it.
      std::optional<std::size_t> first_tag;
      auto before_first_tag = [&](std::size_t end) {
        if (!first_tag) {
          std::size_t i = 0;
          while (i < n && !is_title_case_tag(t.cp[i])) ++i;
          first_tag = i;
        }
        return *first_tag >= end;
      };
      for (std::size_t k = 0; k < words.size(); ++k) {
        const Word& w = words[k];
        if (w.protected_) continue;
        const bool opens = k <= lead || t.after_colon(k);
        const bool edge = opens || k + 1 == words.size();
        const auto wc = t.case_of(w.begin, w.end);
        // The first part of a hyphenated compound ("Pro-Environmental", "X-Ray") is no stop
        // word and no lone symbol letter, in the text before its first punctuation or markup
        // only ("Self-Help and the x-Factor"), as citeproc-js tests the hyphen there alone.
        const bool compound_head = w.end < n && t.cp[w.end] == '-' && (w.begin == 0 || t.cp[w.begin - 1] != '-') &&
                                   before_first_tag(w.end);
        char buf[kLongestStopWord];
        const auto lw = t.ascii_lower(w.begin, w.end, buf);
        // A stop word stays as written, lowercase or capitalized where the text capitalizes it
        // ("All for One. For All."), as citeproc-js and the suite have it
        // (textcase_CapitalsUntouched); the specification lowercases it.
        if (lw && !edge && !compound_head && is_stop_word_in_punctuation(*lw)) continue;
        if (lw && lw->size() <= 3 && !edge && !compound_head &&
            std::binary_search(kParticleStopWords.begin(), kParticleStopWords.end(), *lw))
          continue;
        // A lone lowercase letter inside a title ("07-x", "the n best") is a symbol or a
        // variable: it keeps its case unless it opens the title or a compound ("X-Ray").
        // (Marks are code points too: a word of one letter spans few.)
        if (!compound_head && !opens && w.end - w.begin <= 7 && t.alphabetic(w.begin, w.end) == 1) continue;
        // Likewise a letter elided before an apostrophe ("l’art", "d’arcy", "y’all"): citeproc-js
        // takes the apostrophe for a word break, so the letter stands alone and what follows
        // the apostrophe is not capitalized; the word keeps its case inside a title.
        if (!opens && w.end - w.begin > 2 && is_lower(t.cp[w.begin]) &&
            (t.cp[w.begin + 1] == '\'' || t.cp[w.begin + 1] == 0x2019))
          continue;
        if (!wc.has_upper) t.capitalize(w.begin, w.end);
      }
      break;
    }
    case TextCase::none: break;
  }
  t.encode(s);
}

}  // namespace citelib::csl::ir

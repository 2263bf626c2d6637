// text-case (specification, "Text-case") over IR text with ICU: marks are transparent,
// nocase spans are left alone, words split at spaces, hyphens and slashes.
#include "csl/output/markup.hpp"

#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <string_view>
#include <vector>

namespace citelib::csl::ir {

namespace {

// Stop words of the CSL schema's stop-words.json, lowercased by title case.
constexpr std::array<std::string_view, 64> kStopWords = {
    "a", "according", "across", "afore", "after", "against", "ahead", "along", "alongside", "amid", "amidst",
    "among", "amongst", "an", "and", "anenst", "apart", "apropos", "apud", "around", "as", "aside", "astride",
    "at", "athwart", "atop", "barring", "before", "behind", "below", "beneath", "beside", "besides", "between",
    "beyond", "but", "by", "circa", "despite", "down", "during", "except", "for", "forenenst", "from", "given",
    "in", "inside", "into", "lest", "like", "modulo", "near", "next", "nor", "notwithstanding", "of", "off",
    "on", "onto", "or", "out", "over", "per"};
constexpr std::array<std::string_view, 32> kStopWords2 = {
    "plus", "pro", "qua", "sans", "since", "so", "than", "the", "through", "thru", "throughout", "thruout",
    "till", "to", "toward", "towards", "under", "underneath", "until", "unto", "up", "upon", "versus", "vs",
    "v", "via", "with", "within", "without", "yet", "vs.", "v."};

bool is_stop_word(const icu::UnicodeString& w) {
  std::string s;
  icu::UnicodeString lower(w);
  lower.toLower();
  lower.toUTF8String(s);
  return std::find(kStopWords.begin(), kStopWords.end(), s) != kStopWords.end() ||
         std::find(kStopWords2.begin(), kStopWords2.end(), s) != kStopWords2.end();
}

bool is_mark_char(UChar c) { return c >= 0xE000 && c <= 0xE0FF; }
bool is_separator(UChar c) { return u_isspace(c) || c == '-' || c == '/' || c == 0x2013 || c == 0x2014 || c == 0xA0; }

struct Word {
  int32_t begin, end;  // [begin, end) in the UnicodeString, marks included
  bool protected_;     // inside a nocase span
};

// Splits into words; marks inside words stay part of them.
std::vector<Word> words_of(const icu::UnicodeString& u, std::vector<bool>& nocase) {
  std::vector<Word> out;
  nocase.assign(static_cast<std::size_t>(u.length()), false);
  std::vector<UChar> stack;
  int32_t i = 0;
  const int32_t n = u.length();
  int depth_nocase = 0;
  int32_t start = -1;
  bool prot = false;
  for (; i < n; ++i) {
    const UChar c = u.charAt(i);
    if (is_mark_char(c)) {
      if (c == static_cast<UChar>(ir::nocase)) ++depth_nocase;
      if (c <= static_cast<UChar>(ir::last_open) || c == static_cast<UChar>(ir::quote_open)) stack.push_back(c);
      else if (!stack.empty()) {
        // quote_close closes the innermost quote; close closes the innermost non-quote.
        if (stack.back() == static_cast<UChar>(ir::nocase) && c == static_cast<UChar>(ir::close)) --depth_nocase;
        stack.pop_back();
      }
      nocase[static_cast<std::size_t>(i)] = true;
      continue;
    }
    nocase[static_cast<std::size_t>(i)] = depth_nocase > 0;
    if (is_separator(c)) {
      if (start >= 0) out.push_back({start, i, prot});
      start = -1;
      continue;
    }
    if (start < 0) {
      start = i;
      prot = depth_nocase > 0;
    } else if (depth_nocase > 0) {
      prot = true;
    }
  }
  if (start >= 0) out.push_back({start, n, prot});
  return out;
}

struct WordCase { bool has_upper = false, has_lower = false; };
WordCase case_of(const icu::UnicodeString& u, int32_t b, int32_t e) {
  WordCase wc;
  for (int32_t i = b; i < e; ++i) {
    const UChar32 c = u.char32At(i);
    if (u_isupper(c) || u_istitle(c)) wc.has_upper = true;
    else if (u_islower(c)) wc.has_lower = true;
  }
  return wc;
}

void lower_range(icu::UnicodeString& u, const std::vector<bool>& nocase, int32_t b, int32_t e) {
  for (int32_t i = b; i < e; ++i) {
    if (nocase[static_cast<std::size_t>(i)]) continue;
    const UChar c = u.charAt(i);
    if (U16_IS_SURROGATE(c)) continue;
    u.setCharAt(i, static_cast<UChar>(u_tolower(c)));
  }
}
void upper_range(icu::UnicodeString& u, const std::vector<bool>& nocase, int32_t b, int32_t e) {
  for (int32_t i = b; i < e; ++i) {
    if (nocase[static_cast<std::size_t>(i)]) continue;
    const UChar c = u.charAt(i);
    if (U16_IS_SURROGATE(c)) continue;
    u.setCharAt(i, static_cast<UChar>(u_toupper(c)));
  }
}
// Capitalizes the first letter of the word (skipping leading marks and punctuation).
void capitalize(icu::UnicodeString& u, const std::vector<bool>& nocase, int32_t b, int32_t e) {
  for (int32_t i = b; i < e; ++i) {
    const UChar c = u.charAt(i);
    if (is_mark_char(c)) continue;
    if (nocase[static_cast<std::size_t>(i)]) return;
    if (u_isalpha(c)) {
      if (!U16_IS_SURROGATE(c)) u.setCharAt(i, static_cast<UChar>(u_totitle(c)));
      return;
    }
  }
}

icu::UnicodeString text_of(const icu::UnicodeString& u, int32_t b, int32_t e) {
  icu::UnicodeString w;
  for (int32_t i = b; i < e; ++i)
    if (!is_mark_char(u.charAt(i))) w.append(u.charAt(i));
  return w;
}

}  // namespace

void apply_text_case(std::string& s, TextCase tc, bool english) {
  if (tc == TextCase::none || s.empty()) return;
  if (tc == TextCase::title && !english) return;
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(s);
  std::vector<bool> nocase;
  const std::vector<Word> words = words_of(u, nocase);
  const int32_t n = u.length();
  switch (tc) {
    case TextCase::lowercase: lower_range(u, nocase, 0, n); break;
    case TextCase::uppercase: upper_range(u, nocase, 0, n); break;
    case TextCase::capitalize_first:
      if (!words.empty() && !words.front().protected_) capitalize(u, nocase, words.front().begin, words.front().end);
      break;
    case TextCase::capitalize_all:
      for (const Word& w : words)
        if (!w.protected_) capitalize(u, nocase, w.begin, w.end);
      break;
    case TextCase::sentence: {
      const WordCase all = case_of(u, 0, n);
      if (all.has_upper && !all.has_lower) {
        lower_range(u, nocase, 0, n);
        if (!words.empty()) capitalize(u, nocase, words.front().begin, words.front().end);
      } else if (!words.empty() && !words.front().protected_) {
        const Word& w = words.front();
        if (!case_of(u, w.begin, w.end).has_upper) capitalize(u, nocase, w.begin, w.end);
      }
      break;
    }
    case TextCase::title: {
      const WordCase all = case_of(u, 0, n);
      const bool upper_string = all.has_upper && !all.has_lower;
      for (std::size_t k = 0; k < words.size(); ++k) {
        const Word& w = words[k];
        if (w.protected_) continue;
        bool after_colon = false;
        if (k > 0) {
          for (int32_t i = w.begin - 1; i >= words[k - 1].begin && i >= 0; --i) {
            const UChar c = u.charAt(i);
            if (c == ':' || c == '?' || c == '!') { after_colon = true; break; }
            if (!is_separator(c) && !is_mark_char(c)) break;
          }
        }
        const bool edge = k == 0 || k + 1 == words.size() || after_colon;
        const WordCase wc = case_of(u, w.begin, w.end);
        if (upper_string) lower_range(u, nocase, w.begin, w.end);
        const bool stop = is_stop_word(text_of(u, w.begin, w.end));
        if (stop && !edge) {
          if (!wc.has_upper || upper_string || wc.has_lower) lower_range(u, nocase, w.begin, w.end);
          continue;
        }
        if (upper_string || !wc.has_upper) capitalize(u, nocase, w.begin, w.end);
      }
      break;
    }
    case TextCase::none: break;
  }
  s.clear();
  u.toUTF8String(s);
}

}  // namespace citelib::csl::ir

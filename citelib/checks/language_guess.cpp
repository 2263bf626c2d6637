// guess_language(): script first, then, for Latin script, weighed cues per language.
#include "language_guess.hpp"

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <array>
#include <bit>
#include <bitset>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace citelib::checks {

namespace {

// The Latin-script languages told apart, in the order of their bits.
constexpr std::array<std::string_view, 8> kLatin = {"en", "es", "pt", "fr", "de", "it", "nl", "pl"};
constexpr std::size_t kLanguages = kLatin.size();
using Scores = std::array<float, kLanguages>;

// The commonest short words of each language, as titles use them. A word several languages
// share counts for each of them with a weight of 1/n; a function word of one language in a
// title counts a little against the others (Italian writes "di", so "de" is evidence against
// it). Elided articles keep their apostrophe ("l'", "dell'").
constexpr std::array<std::string_view, kLanguages> kFunctionWords = {
    "the of and to in for on with from by is at an as how why what are was were after over into its "
    "new this that be or not about under between your you we our their has have a",
    "el la los las del de y en por para con una un que se su al es sobre entre como más sus desde "
    "tras ante según a no lo le ha han fue son sin hasta contra muy está están este esta o",
    "o os a as do da dos das de e em no na nos nas um uma para com que por ao aos é sobre não à "
    "entre como mais pelo pela se seu sua foi são até ser este esta contra desde sem ou muito",
    "le la les des du de et en un une pour dans sur avec au aux est qui par que ne pas à son sa "
    "ses ce cette il elle se ou l' d' qu' n'",
    "der die das und den dem des ein eine einer im mit von zu für auf ist nicht bei aus vom zum "
    "zur über sich als wie nach",
    "il lo la i gli le di del della dei degli delle e in per con un una che da al alla nel nella "
    "sul dal tra fra è non dello nei negli sulla dalla come più l' dell' all' nell' un' sull'",
    "de het een van en in op met voor zijn niet te die dat naar bij uit aan ook over",
    "w z na i do się nie od po dla o oraz jest przez ze we jak czy",
};

// A word of up to 8 bytes as one integer: the table is searched without string compares.
constexpr std::size_t kMaxFunctionWord = 8;
std::uint64_t word_key(std::string_view w) {
  std::uint64_t key = 0;
  for (const char c : w) key = key << 8 | static_cast<std::uint8_t>(c);
  return key;
}

struct FunctionWord {
  std::uint64_t key = 0;
  std::uint16_t languages = 0;  // bit i: kLatin[i]
};

const std::vector<FunctionWord>& function_words() {
  static const std::vector<FunctionWord> table = [] {
    std::vector<FunctionWord> t;
    for (std::size_t lang = 0; lang < kLanguages; ++lang) {
      std::string_view list = kFunctionWords[lang];
      while (!list.empty()) {
        const std::size_t space = list.find(' ');
        const std::string_view word = list.substr(0, space);
        list = space == std::string_view::npos ? std::string_view{} : list.substr(space + 1);
        if (word.size() > kMaxFunctionWord) throw std::logic_error("function word longer than its key");
        const std::uint64_t key = word_key(word);
        auto it = std::find_if(t.begin(), t.end(), [&](const FunctionWord& f) { return f.key == key; });
        if (it == t.end()) it = t.insert(t.end(), FunctionWord{key, 0});
        it->languages |= static_cast<std::uint16_t>(1u << lang);
      }
    }
    std::sort(t.begin(), t.end(), [](const FunctionWord& x, const FunctionWord& y) { return x.key < y.key; });
    return t;
  }();
  return table;
}

// Endings and letter groups one or two of the languages write much more than the others.
struct Cue {
  std::string_view text;
  std::uint8_t language;
  float weight;
};
enum : std::uint8_t { en, es, pt, fr, de, it, nl, pl };
constexpr Cue kEndings[] = {
    {"ión", es, 1.0f},   {"ón", es, 0.5f},     {"ción", es, 1.0f},   {"ciones", es, 1.0f}, {"dad", es, 0.7f},
    {"dades", es, 0.7f}, {"ía", es, 0.5f},     {"ías", es, 0.5f},    {"ção", pt, 1.0f},    {"ções", pt, 1.0f},
    {"ão", pt, 1.0f},    {"ões", pt, 1.0f},    {"dade", pt, 0.7f},   {"dades", pt, 0.3f},  {"zione", it, 1.0f},
    {"zioni", it, 1.0f}, {"ità", it, 1.0f},    {"ung", de, 1.0f},    {"heit", de, 1.0f},   {"keit", de, 1.0f},
    {"ing", en, 0.5f},   {"tion", en, 0.3f},   {"tion", fr, 0.3f},   {"ement", fr, 0.5f},  {"eux", fr, 0.7f},
    {"ijk", nl, 1.0f},   {"ów", pl, 1.0f},     {"ych", pl, 0.7f},    {"ość", pl, 1.0f},
};
constexpr Cue kLetterGroups[] = {
    {"ñ", es, 1.0f},  {"¿", es, 1.0f},   {"¡", es, 1.0f},   {"ã", pt, 1.0f},  {"õ", pt, 1.0f},
    {"ß", de, 1.0f},  {"nh", pt, 0.5f},  {"lh", pt, 0.5f},  {"gli", it, 0.5f}, {"zz", it, 0.5f},
    {"cch", it, 0.5f}, {"sch", de, 0.5f}, {"th", en, 0.3f},  {"ue", es, 0.25f}, {"ij", nl, 0.5f},
    {"oe", nl, 0.3f}, {"ą", pl, 1.0f},   {"ę", pl, 1.0f},   {"ł", pl, 1.0f},  {"ś", pl, 1.0f},
    {"ż", pl, 1.0f},  {"ź", pl, 1.0f},   {"œ", fr, 1.0f},  {"ê", fr, 0.3f},
    {"ç", fr, 0.3f},  {"ç", pt, 0.3f},   {"ä", de, 0.5f},   {"ö", de, 0.5f},  {"ü", de, 0.5f},
};

// The endings that end in each byte: a word tries only those ending in its last byte.
static_assert(std::size(kEndings) <= 32);
const std::array<std::uint32_t, 256>& ending_candidates() {
  static const std::array<std::uint32_t, 256> table = [] {
    std::array<std::uint32_t, 256> t{};
    for (std::size_t e = 0; e < std::size(kEndings); ++e)
      t[static_cast<std::uint8_t>(kEndings[e].text.back())] |= std::uint32_t{1} << e;
    return t;
  }();
  return table;
}

// The first two bytes of each letter group, as a bitmap: a word is searched for groups in one
// pass, and most of its byte pairs start none.
static_assert(std::size(kLetterGroups) <= 32);
std::uint16_t pair_key(char a, char b) {
  return static_cast<std::uint16_t>(static_cast<std::uint8_t>(a) << 8 | static_cast<std::uint8_t>(b));
}
const std::bitset<65536>& group_starts() {
  static const std::bitset<65536> starts = [] {
    std::bitset<65536> b;
    for (const Cue& c : kLetterGroups) b.set(pair_key(c.text[0], c.text[1]));
    return b;
  }();
  return starts;
}

// Weighs one word of a Latin-script text (lowercase UTF-8 without digits; whether its last
// letter is a grave vowel, whether an acute vowel stands inside it): adds its cues to `total`
// and counts it in `words_for` for each language it speaks for.
void weigh_word(std::string_view w, bool acute_inside, bool grave_last, Scores& total,
                std::array<std::size_t, kLanguages>& words_for) {
  Scores s{};
  if (w.size() <= kMaxFunctionWord) {
    const auto& words = function_words();
    const std::uint64_t key = word_key(w);
    const auto found = std::lower_bound(words.begin(), words.end(), key,
                                        [](const FunctionWord& f, std::uint64_t k) { return f.key < k; });
    if (found != words.end() && found->key == key) {
      const int shared = std::popcount(found->languages);
      for (std::size_t l = 0; l < kLanguages; ++l)
        s[l] += (found->languages >> l & 1u) ? 1.0f / static_cast<float>(shared) : -0.25f;
    }
  }
  for (std::uint32_t e = ending_candidates()[static_cast<std::uint8_t>(w.back())]; e != 0; e &= e - 1) {
    const Cue& c = kEndings[std::countr_zero(e)];
    if (w.size() > c.text.size() + 2 && w.ends_with(c.text)) s[c.language] += c.weight;
  }
  // Each group counts once per word.
  std::uint32_t matched = 0;
  const auto& starts = group_starts();
  for (std::size_t i = 0; i + 1 < w.size(); ++i) {
    if (!starts.test(pair_key(w[i], w[i + 1]))) continue;
    for (std::size_t g = 0; g < std::size(kLetterGroups); ++g)
      if (w.substr(i).starts_with(kLetterGroups[g].text)) matched |= std::uint32_t{1} << g;
  }
  for (std::size_t g = 0; matched != 0; ++g, matched >>= 1)
    if (matched & 1u) s[kLetterGroups[g].language] += kLetterGroups[g].weight;
  // Spanish and Portuguese accent inside words (política, últimos); Italian only on the last
  // vowel (città, perché), which French and Portuguese do in a few words.
  if (acute_inside) s[es] += 0.4f, s[pt] += 0.4f;
  if (grave_last && w.size() > 2) s[it] += 0.7f;
  for (std::size_t l = 0; l < kLanguages; ++l) {
    total[l] += s[l];
    if (s[l] > 0.0f) ++words_for[l];
  }
}

bool is_acute_vowel(UChar32 c) { return c == 0xE1 || c == 0xE9 || c == 0xED || c == 0xF3 || c == 0xFA; }
bool is_grave_vowel(UChar32 c) { return c == 0xE0 || c == 0xE8 || c == 0xEC || c == 0xF2 || c == 0xF9; }
bool is_apostrophe(UChar32 c) { return c == '\'' || c == 0x2019; }

// Cyrillic: Russian unless letters only another language writes say otherwise; empty when
// they point to a language not told apart here (Kazakh ә, Mongolian ө, ...).
struct CyrillicLetters {
  bool be_u = false, uk_only = false, i_dotted = false, yery = false, sr_only = false, mk_only = false,
       sr_mk = false, other = false;
  void add(UChar32 c) {
    if (c >= 0x430 && c <= 0x44F) {
      if (c == 0x44B) yery = true;
    } else if (c == 0x45E) {
      be_u = true;
    } else if (c == 0x457 || c == 0x454 || c == 0x491) {
      uk_only = true;
    } else if (c == 0x456) {
      i_dotted = true;
    } else if (c == 0x452 || c == 0x45B) {
      sr_only = true;
    } else if (c == 0x453 || c == 0x45C || c == 0x455) {
      mk_only = true;
    } else if (c == 0x458 || c == 0x459 || c == 0x45A || c == 0x45F) {
      sr_mk = true;
    } else if (c != 0x451) {
      other = true;
    }
  }
  std::string_view language() const {
    if (other) return {};
    if (be_u || (i_dotted && yery)) return "be";
    if (uk_only || i_dotted) return "uk";
    if (sr_only) return "sr";
    if (mk_only) return "mk";
    if (sr_mk) return {};
    return "ru";
  }
};

// Scripts that one language writes (of those a reference list meets).
std::string_view script_language(UScriptCode script) {
  switch (script) {
    case USCRIPT_HANGUL: return "ko";
    case USCRIPT_GREEK: return "el";
    case USCRIPT_HEBREW: return "he";
    case USCRIPT_THAI: return "th";
    case USCRIPT_ARMENIAN: return "hy";
    case USCRIPT_GEORGIAN: return "ka";
    case USCRIPT_BENGALI: return "bn";
    case USCRIPT_TAMIL: return "ta";
    case USCRIPT_TELUGU: return "te";
    case USCRIPT_KANNADA: return "kn";
    case USCRIPT_MALAYALAM: return "ml";
    case USCRIPT_GUJARATI: return "gu";
    case USCRIPT_GURMUKHI: return "pa";
    case USCRIPT_SINHALA: return "si";
    case USCRIPT_KHMER: return "km";
    case USCRIPT_LAO: return "lo";
    case USCRIPT_MYANMAR: return "my";
    case USCRIPT_ETHIOPIC: return "am";
    case USCRIPT_TIBETAN: return "bo";
    default: return {};
  }
}

}  // namespace

std::string_view guess_language(std::string_view text) {
  Scores scores{};
  std::array<std::size_t, kLanguages> words_for{};
  std::size_t letters = 0, latin = 0, cyrillic = 0, han = 0, kana = 0, arabic = 0, words = 0;
  bool persian = false, urdu = false;
  CyrillicLetters cyr;
  // The script of the letters no language above names by itself, and how many it has.
  UScriptCode other = USCRIPT_INVALID_CODE;
  std::size_t other_letters = 0;

  char word[64];
  std::size_t len = 0;
  bool word_ok = true, acute_inside = false, grave_last = false, upper_single = false;
  UChar32 last = 0;
  auto end_word = [&](bool elided) {
    if (len == 0) return;
    ++words;
    if (elided && word_ok && len + 1 < sizeof word) word[len++] = '\'';
    // A capital one-letter word is a numeral or initial ("Part I", "J. Smith") more often
    // than the article it is lowercase ("i", "a", "o").
    if (word_ok && !(upper_single && len == 1)) weigh_word({word, len}, acute_inside, grave_last, scores, words_for);
    len = 0;
    word_ok = true;
    acute_inside = grave_last = false;
  };

  const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
  const auto n = static_cast<std::int32_t>(std::min<std::size_t>(text.size(), 4096));
  for (std::int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(bytes, i, n, c);
    if (c < 0) {
      end_word(false);
      continue;
    }
    const bool ascii = c < 0x80;
    if (ascii ? static_cast<unsigned>((c | 0x20) - 'a') < 26u : u_isalpha(c) != 0) {
      ++letters;
      UErrorCode status = U_ZERO_ERROR;
      const UScriptCode script = ascii ? USCRIPT_LATIN : uscript_getScript(c, &status);
      const UChar32 lower = ascii ? (c | 0x20) : u_tolower(c);
      switch (script) {
        case USCRIPT_LATIN: ++latin; break;
        case USCRIPT_CYRILLIC: ++cyrillic, cyr.add(lower); break;
        case USCRIPT_HAN: ++han; break;
        case USCRIPT_HIRAGANA: case USCRIPT_KATAKANA: ++kana; break;
        case USCRIPT_ARABIC:
          ++arabic;
          persian |= c == 0x67E || c == 0x686 || c == 0x698 || c == 0x6AF;
          urdu |= c == 0x679 || c == 0x688 || c == 0x691 || c == 0x6BA || c == 0x6D2;
          break;
        default:
          if (other == USCRIPT_INVALID_CODE) other = script;
          if (script == other) ++other_letters;
      }
      upper_single = len == 0 && lower != c;
      if (script == USCRIPT_LATIN && word_ok) {
        if (len > 0 && is_acute_vowel(last)) acute_inside = true;
        std::int32_t at = static_cast<std::int32_t>(len);
        UBool error = false;
        U8_APPEND(reinterpret_cast<std::uint8_t*>(word), at, static_cast<std::int32_t>(sizeof word), lower, error);
        if (error) word_ok = false;
        len = static_cast<std::size_t>(at);
        grave_last = is_grave_vowel(lower);
      }
      if (script == USCRIPT_LATIN) last = lower;
      continue;
    }
    // "support.microsoft.com", "user@host", "a/b": one token, no word of a language.
    if ((c == '.' || c == '/' || c == '@') && len > 0 && i < n && (bytes[i] >= 0x80 || std::isalpha(bytes[i]))) {
      word_ok = false;
      continue;
    }
    if (len > 0 && (ascii ? static_cast<unsigned>(c - '0') < 10u : u_isdigit(c) != 0)) {
      word_ok = false;  // "3D", "Python3": not words of a language
      continue;
    }
    const bool elided = is_apostrophe(c) && len > 0 && len <= 4 && i < n && (bytes[i] >= 0x80 || std::isalpha(bytes[i]));
    end_word(elided);
    last = 0;
  }
  end_word(false);

  if (letters < 2) return {};
  // Another script than Latin for most letters: the script says the language, where one
  // language writes it.
  if (latin * 2 <= letters) {
    if (kana > 0 && (kana + han) * 2 > letters) return "ja";
    if (han * 2 > letters) return "zh";
    if (cyrillic * 2 > letters) return cyr.language();
    if (arabic * 2 > letters) return persian ? "fa" : urdu ? "ur" : "ar";
    if (other_letters * 2 > letters) return script_language(other);
    return {};
  }
  if (words < 3) return {};
  std::array<std::size_t, kLanguages> order{};
  for (std::size_t l = 0; l < kLanguages; ++l) order[l] = l;
  std::partial_sort(order.begin(), order.begin() + 2, order.end(),
                    [&](std::size_t a, std::size_t b) { return scores[a] > scores[b]; });
  const float best = scores[order[0]], second = scores[order[1]];
  // Two words at least must speak for it: one function word ("ce", "die") is often a name.
  if (best >= 1.0f && best - second >= 0.75f && words_for[order[0]] >= 2) return kLatin[order[0]];
  return {};
}

}  // namespace citelib::checks

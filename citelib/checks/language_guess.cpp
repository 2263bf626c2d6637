// guess_language(): script first, then, for Latin script, weighed cues per language.
#include "language_guess.hpp"

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
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
    "su sul sui dal tra fra è non dello nei negli sulla dalla come più ai agli l' dell' all' nell' un' sull'",
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

// The function words in an open-addressed table keyed by word_key(), each with what it adds
// to every language's score.
class FunctionWords {
 public:
  FunctionWords() {
    for (std::size_t lang = 0; lang < kLanguages; ++lang) {
      std::string_view list = kFunctionWords[lang];
      while (!list.empty()) {
        const std::size_t space = list.find(' ');
        const std::string_view word = list.substr(0, space);
        list = space == std::string_view::npos ? std::string_view{} : list.substr(space + 1);
        if (word.size() > kMaxFunctionWord) throw std::logic_error("function word longer than its key");
        slot(word_key(word)).languages |= static_cast<std::uint16_t>(1u << lang);
      }
    }
    for (Slot& e : slots_) {
      if (e.key == 0) continue;
      const int shared = std::popcount(e.languages);
      for (std::size_t l = 0; l < kLanguages; ++l)
        e.adds[l] = (e.languages >> l & 1u) ? 1.0f / static_cast<float>(shared) : -0.25f;
    }
  }
  /// What `key` adds to each language's score, or nullptr for a word that is none.
  const Scores* find(std::uint64_t key) const noexcept {
    for (std::size_t i = hash(key);; i = (i + 1) & (kSlots - 1)) {
      if (slots_[i].key == key) return &slots_[i].adds;
      if (slots_[i].key == 0) return nullptr;
    }
  }

 private:
  static constexpr std::size_t kSlots = 1024;  // a power of two, under a third full
  struct Slot {
    std::uint64_t key = 0;
    std::uint16_t languages = 0;  // bit i: kLatin[i]
    Scores adds{};
  };
  static std::size_t hash(std::uint64_t key) noexcept { return (key * 0x9E3779B97F4A7C15ull) >> 54; }
  Slot& slot(std::uint64_t key) {
    std::size_t i = hash(key);
    while (slots_[i].key != 0 && slots_[i].key != key) i = (i + 1) & (kSlots - 1);
    slots_[i].key = key;
    return slots_[i];
  }
  std::array<Slot, kSlots> slots_{};
};

const FunctionWords& function_words() {
  static const FunctionWords table;
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
// Letters (one non-ASCII letter) and groups of two or three ASCII letters.
constexpr Cue kLetterGroups[] = {
    {"ñ", es, 1.0f},  {"ã", pt, 1.0f},   {"õ", pt, 1.0f},   {"ß", de, 1.0f},   {"nh", pt, 0.5f},
    {"lh", pt, 0.5f}, {"gli", it, 0.5f}, {"zz", it, 0.5f},  {"cch", it, 0.5f}, {"sch", de, 0.5f},
    {"th", en, 0.3f}, {"ue", es, 0.25f}, {"ij", nl, 0.5f},  {"oe", nl, 0.3f},  {"ą", pl, 1.0f},
    {"ę", pl, 1.0f},  {"ł", pl, 1.0f},   {"ś", pl, 1.0f},   {"ż", pl, 1.0f},   {"ź", pl, 1.0f},
    {"œ", fr, 1.0f},  {"ê", fr, 0.3f},   {"ç", fr, 0.3f},   {"ç", pt, 0.3f},   {"ä", de, 0.5f},
    {"ö", de, 0.5f},  {"ü", de, 0.5f},
};
static_assert(std::size(kEndings) <= 32 && std::size(kLetterGroups) < 32);
// How much of a text is read: a title is shorter; a longer text says enough in this much.
constexpr std::size_t kScanned = 4096;
// Set in a word's groups when it holds the first two letters of a three-letter group: the few
// words that do are looked at again (see triple_groups).
constexpr std::uint32_t kTripleMark = std::uint32_t{1} << 31;

bool is_ascii_letter(std::uint8_t b) { return static_cast<unsigned>((b | 0x20) - 'a') < 26u; }
// Two lowercase ASCII letters (or 0 for none before) as a table index, without branches.
std::size_t pair_index(char x, char y) { return static_cast<std::size_t>((x & 31) << 5 | (y & 31)); }

// The cue tables in the shapes the scanner asks them: groups by the letters that end them,
// endings by their last byte and as packed bytes.
struct CueTables {
  // Indexed by pair_index(x, y): the groups "xy", and kTripleMark where a group "xyz" starts.
  std::array<std::uint32_t, 32 * 32> pairs{};
  std::array<std::uint32_t, 32 * 32> triples{};   // the groups "xyz", by their "xy"
  std::vector<std::pair<UChar32, std::uint32_t>> letters;  // one-letter groups
  std::array<std::uint32_t, 256> ending_by_last{};
  std::array<std::uint64_t, std::size(kEndings)> ending_key{}, ending_mask{};

  CueTables() {
    for (std::size_t g = 0; g < std::size(kLetterGroups); ++g) {
      const std::string_view t = kLetterGroups[g].text;
      const std::uint32_t bit = std::uint32_t{1} << g;
      if (!is_ascii_letter(static_cast<std::uint8_t>(t[0]))) {
        std::int32_t i = 0;
        UChar32 c = 0;
        U8_NEXT(t.data(), i, static_cast<std::int32_t>(t.size()), c);
        if (static_cast<std::size_t>(i) != t.size()) throw std::logic_error("a letter cue is one letter");
        auto it = std::find_if(letters.begin(), letters.end(), [&](const auto& e) { return e.first == c; });
        if (it == letters.end()) it = letters.insert(letters.end(), {c, 0});
        it->second |= bit;
      } else if (t.size() == 2) {
        pairs[pair_index(t[0], t[1])] |= bit;
      } else if (t.size() == 3) {
        triples[pair_index(t[0], t[1])] |= bit;
        pairs[pair_index(t[0], t[1])] |= kTripleMark;
      } else {
        throw std::logic_error("letter groups have two or three letters");
      }
    }
    for (std::size_t e = 0; e < std::size(kEndings); ++e) {
      const std::string_view t = kEndings[e].text;
      if (t.size() > 8) throw std::logic_error("ending longer than its key");
      ending_by_last[static_cast<std::uint8_t>(t.back())] |= std::uint32_t{1} << e;
      ending_key[e] = word_key(t);
      ending_mask[e] = t.size() == 8 ? ~std::uint64_t{0} : (std::uint64_t{1} << (8 * t.size())) - 1;
    }
  }
};

const CueTables& cue_tables() {
  static const CueTables tables;
  return tables;
}

bool is_acute_vowel(UChar32 c) { return c == 0xE1 || c == 0xE9 || c == 0xED || c == 0xF3 || c == 0xFA; }
bool is_grave_vowel(UChar32 c) { return c == 0xE0 || c == 0xE8 || c == 0xEC || c == 0xF2 || c == 0xF9; }

// A Latin-script word as the cues see it: its last eight bytes packed (all of it when it is
// that short), its length in bytes, and the letter groups found in it.
struct Word {
  std::uint64_t tail = 0;
  std::size_t bytes = 0;
  std::uint32_t groups = 0;
  bool acute_inside = false;  // an acute vowel before another letter (política)
  bool grave_last = false;    // a grave vowel last (città)
};

// The three-letter groups in the ASCII letters of bytes [begin, end).
std::uint32_t triple_groups(const std::uint8_t* bytes, std::int32_t begin, std::int32_t end, const CueTables& t) {
  std::uint32_t found = 0;
  char prev = 0, prev2 = 0;
  for (std::int32_t k = begin; k < end; ++k) {
    if (!is_ascii_letter(bytes[k])) {
      prev = prev2 = 0;
      continue;
    }
    const auto c = static_cast<char>(bytes[k] | 0x20);
    for (std::uint32_t g = t.triples[pair_index(prev2, prev)]; g != 0; g &= g - 1)
      if (kLetterGroups[std::countr_zero(g)].text[2] == c) found |= g & (~g + 1);
    prev2 = prev;
    prev = c;
  }
  return found;
}

// Adds the cues of a finished word to `total`, and counts it in `words_for` for each
// language it speaks for.
void weigh_word(const Word& w, const CueTables& t, const FunctionWords& function_words, Scores& total,
                std::array<std::size_t, kLanguages>& words_for) {
  const Scores* adds = w.bytes <= kMaxFunctionWord ? function_words.find(w.tail) : nullptr;
  std::uint32_t endings = 0;
  for (std::uint32_t e = t.ending_by_last[w.tail & 0xFF]; e != 0; e &= e - 1) {
    const auto i = static_cast<std::size_t>(std::countr_zero(e));
    if (w.bytes > kEndings[i].text.size() + 2 && (w.tail & t.ending_mask[i]) == t.ending_key[i])
      endings |= e & (~e + 1);  // its lowest bit: this ending
  }
  // Italian accents only the last vowel (città, perché); French and Portuguese a few words so.
  const bool grave = w.grave_last && w.bytes > 2;
  // Most words of a title are no function word and carry no cue.
  if (!adds && !endings && !w.groups && !w.acute_inside && !grave) return;
  Scores s = adds ? *adds : Scores{};
  for (; endings != 0; endings &= endings - 1) {
    const Cue& c = kEndings[std::countr_zero(endings)];
    s[c.language] += c.weight;
  }
  for (std::uint32_t g = w.groups; g != 0; g &= g - 1) {
    const Cue& c = kLetterGroups[std::countr_zero(g)];
    s[c.language] += c.weight;
  }
  // Spanish and Portuguese accent inside words (política, últimos).
  if (w.acute_inside) s[es] += 0.4f, s[pt] += 0.4f;
  if (grave) s[it] += 0.7f;
  for (std::size_t l = 0; l < kLanguages; ++l) {
    total[l] += s[l];
    if (s[l] > 0.0f) ++words_for[l];
  }
}

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

// `tail` with the ASCII letters of bytes [begin, end) appended in lowercase, keeping the last
// eight bytes. Eight bytes are loaded at once where the text has them before `end`.
std::uint64_t append_letters(std::uint64_t tail, const std::uint8_t* bytes, std::int32_t begin, std::int32_t end) {
  const auto len = static_cast<unsigned>(end - begin);
  std::uint64_t run = 0;
  if (end >= 8) {
    std::uint64_t v;
    std::memcpy(&v, bytes + end - 8, 8);
    run = __builtin_bswap64(v);  // big-endian: the last byte lowest, as word_key() packs
  } else {
    for (std::int32_t k = begin; k < end; ++k) run = run << 8 | bytes[k];
  }
  if (len >= 8) return run | 0x2020202020202020ull;
  const std::uint64_t mask = (std::uint64_t{1} << (8 * len)) - 1;
  return tail << (8 * len) | ((run | 0x2020202020202020ull) & mask);
}

// A non-ASCII letter's script and lowercase form; false for a character that is no letter.
// The Latin and Cyrillic letters of most non-English titles are told without asking ICU.
bool classify_letter(UChar32 c, UScriptCode& script, UChar32& lower) {
  if (c >= 0xC0 && c <= 0xFF && c != 0xD7 && c != 0xF7) {  // Latin-1 letters
    script = USCRIPT_LATIN;
    lower = c <= 0xDE ? c + 0x20 : c;
    return true;
  }
  if (c >= 0x410 && c <= 0x44F) {  // the Russian alphabet
    script = USCRIPT_CYRILLIC;
    lower = c < 0x430 ? c + 0x20 : c;
    return true;
  }
  if (!u_isalpha(c)) return false;
  UErrorCode status = U_ZERO_ERROR;
  script = uscript_getScript(c, &status);
  lower = u_tolower(c);
  return true;
}

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
  const CueTables& tables = cue_tables();
  const FunctionWords& words_table = function_words();
  Scores scores{};
  std::array<std::size_t, kLanguages> words_for{};
  std::size_t letters = 0, latin = 0, cyrillic = 0, han = 0, kana = 0, arabic = 0, words = 0;
  bool persian = false, urdu = false;
  CyrillicLetters cyr;
  // The script of the letters no language above names by itself, and how many it has.
  UScriptCode other = USCRIPT_INVALID_CODE;
  std::size_t other_letters = 0;

  std::size_t size = text.size();
  if (size > kScanned) {
    const std::size_t space = text.rfind(' ', kScanned);
    size = space == std::string_view::npos || space == 0 ? kScanned : space;
  }
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
  const auto n = static_cast<std::int32_t>(size);
  auto letter_at = [&](std::int32_t at) { return at < n && (bytes[at] >= 0x80 || is_ascii_letter(bytes[at])); };
  auto is_digit = [](std::uint8_t b) { return static_cast<unsigned>(b - '0') < 10u; };

  for (std::int32_t i = 0; i < n;) {
    // A token: letters and digits, joined by ".", "/", "@" before a letter ("support.microsoft.com").
    // It ends at anything else; an apostrophe before a letter ends an elided article ("l'").
    // Its cues are gathered in this one pass over its bytes.
    const std::int32_t start = i;
    bool ok = true, elided = false, capital = false, acute_last = false;
    // The word's cues in locals (kept in registers), a Word once it ends.
    std::uint64_t tail = 0;
    std::size_t word_bytes = 0;
    std::uint32_t groups = 0;
    bool acute_inside = false, grave_last = false;
    std::size_t word_latin = 0;
    char prev = 0;  // the last ASCII letter, for the letter groups
    while (i < n) {
      const std::uint8_t b = bytes[i];
      if (b < 0x80) {
        if (is_ascii_letter(b)) {
          // A run of ASCII letters, read in one tight loop; its last eight bytes join the tail.
          if (word_latin == 0) capital = (b & 0x20) == 0;
          if (acute_last) acute_inside = true;
          acute_last = grave_last = false;
          std::int32_t end = i;
          do {
            const auto c = static_cast<char>(bytes[end] | 0x20);
            groups |= tables.pairs[pair_index(prev, c)];
            prev = c;
            ++end;
          } while (end < n && is_ascii_letter(bytes[end]));
          tail = append_letters(tail, bytes, i, end);
          word_bytes += static_cast<std::size_t>(end - i);
          word_latin += static_cast<std::size_t>(end - i);
          i = end;
        } else if (is_digit(b) || ((b == '.' || b == '/' || b == '@') && i > start && letter_at(i + 1))) {
          ok = false;  // "3D", "Python3", "a.com": no word of a language
          ++i;
        } else {
          elided = b == '\'' && letter_at(i + 1);
          break;
        }
        continue;
      }
      std::int32_t next = i;
      UChar32 c;
      U8_NEXT(bytes, next, n, c);
      UScriptCode script = USCRIPT_LATIN;
      UChar32 lower = c;
      if (c < 0 || !classify_letter(c, script, lower)) {
        if (c >= 0 && u_isdigit(c)) {
          ok = false;
          i = next;
          continue;
        }
        elided = c == 0x2019 && letter_at(next);
        break;
      }
      i = next;
      if (script != USCRIPT_LATIN) ++letters;  // Latin letters are counted with their word
      switch (script) {
        case USCRIPT_LATIN: break;
        case USCRIPT_CYRILLIC: ++cyrillic, cyr.add(lower); continue;
        case USCRIPT_HAN: ++han; continue;
        case USCRIPT_HIRAGANA: case USCRIPT_KATAKANA: ++kana; continue;
        case USCRIPT_ARABIC:
          ++arabic;
          persian |= c == 0x67E || c == 0x686 || c == 0x698 || c == 0x6AF;
          urdu |= c == 0x679 || c == 0x688 || c == 0x691 || c == 0x6BA || c == 0x6D2;
          continue;
        default:
          if (other == USCRIPT_INVALID_CODE) other = script;
          if (script == other) ++other_letters;
          continue;
      }
      // An accented Latin letter.
      if (word_latin++ == 0) capital = lower != c;
      if (acute_last) acute_inside = true;
      acute_last = is_acute_vowel(lower);
      grave_last = is_grave_vowel(lower);
      std::uint8_t buf[4];
      std::int32_t len = 0;
      [[maybe_unused]] UBool error = false;  // a letter fits in 4 bytes
      U8_APPEND(buf, len, 4, lower, error);
      for (std::int32_t j = 0; j < len; ++j) tail = tail << 8 | buf[j];
      word_bytes += static_cast<std::size_t>(len);
      for (const auto& [letter, g] : tables.letters)
        if (letter == lower) groups |= g;
      prev = 0;
    }
    if (i == start) {
      // No token here: step over one character.
      if (bytes[i] < 0x80) ++i;
      else U8_FWD_1(bytes, i, n);
      continue;
    }
    letters += word_latin;
    latin += word_latin;
    if (groups & kTripleMark) groups = (groups & ~kTripleMark) | triple_groups(bytes, start, i, tables);
    if (word_latin == 0) continue;
    ++words;
    if (!ok) continue;
    if (elided && word_bytes <= 4) {
      tail = tail << 8 | '\'';
      ++word_bytes;
    }
    const Word w{tail, word_bytes, groups, acute_inside, grave_last};
    // A capital one-letter word is a numeral or initial ("Part I", "J. Smith") more often
    // than the article it is lowercase ("i", "a", "o").
    if (!(capital && w.bytes == 1)) weigh_word(w, tables, words_table, scores, words_for);
  }

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
  std::size_t lead = 0;
  for (std::size_t l = 1; l < kLanguages; ++l)
    if (scores[l] > scores[lead]) lead = l;
  float second = -1e9f;
  for (std::size_t l = 0; l < kLanguages; ++l)
    if (l != lead) second = std::max(second, scores[l]);
  // Two words at least must speak for it: one function word ("ce", "die") is often a name.
  if (scores[lead] >= 1.0f && scores[lead] - second >= 0.75f && words_for[lead] >= 2) return kLatin[lead];
  return {};
}

}  // namespace citelib::checks

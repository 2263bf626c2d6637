// Citation keys: <name><year><word>, ASCII-folded with ICU, unique ignoring case (see
// make_citation_keys in the public header for the rule).
#include "writers/bibtex/citation_keys.hpp"

#include "writers/bibtex/script_readings.hpp"

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstdint>
#include <cctype>
#include <array>
#include <memory>
#include <mutex>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace citelib {

namespace {

// Function words skipped when a title word is chosen (en, es, pt, fr, it, de).
constexpr std::array<std::string_view, 62> kStopWords = {
    "a", "an", "the", "of", "on", "in", "and", "for", "to", "at", "by", "with", "from", "is",
    "el", "la", "los", "las", "lo", "un", "una", "unos", "de", "del", "en", "y", "e", "o",
    "al", "con", "por", "para", "os", "as", "do", "da", "dos", "das", "no", "na", "um", "uma",
    "le", "les", "des", "du", "et", "une", "il", "gli", "della", "di", "der", "die", "das",
    "ein", "eine", "und", "von", "zu", "im", "s",
};

// A word of at most five letters packed into an integer (its bytes and its length), so that
// a stop word is found by a binary search of integers: the keys ask this for every word of a
// family name and the title's first words, and comparing texts one by one cost ~300
// instructions a word.
constexpr std::uint64_t pack_short_word(std::string_view w) noexcept {
  std::uint64_t v = w.size();
  for (char c : w) v = (v << 8) | static_cast<unsigned char>(c);
  return v;
}

constexpr std::size_t kLongestStopWord = 5;

constexpr auto kPackedStopWords = [] {
  std::array<std::uint64_t, kStopWords.size()> packed{};
  for (std::size_t i = 0; i < kStopWords.size(); ++i) packed[i] = pack_short_word(kStopWords[i]);
  std::sort(packed.begin(), packed.end());
  return packed;
}();

static_assert(std::all_of(kStopWords.begin(), kStopWords.end(), [](std::string_view w) { return w.size() <= kLongestStopWord; }));

bool is_stop_word(std::string_view w) noexcept {
  return w.size() <= kLongestStopWord &&
         std::binary_search(kPackedStopWords.begin(), kPackedStopWords.end(), pack_short_word(w));
}

bool is_ascii(std::string_view s) noexcept {
  return std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

const icu::Normalizer2* nfd() {
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFDInstance(err);
  return U_SUCCESS(err) ? n : nullptr;
}

// "Peru" for "Perú": NFD without the combining marks, when that leaves ASCII (most Latin
// text, and much cheaper than a transliterator); otherwise ICU's `Any-Latin; Latin-ASCII`
// ("박승혁" -> "bagseunghyeog", "Шмидт" -> "Smidt", "Straße" -> "Strasse").
std::string fold_word_uncached(std::string_view s);

struct TextHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};

// Names and title words repeat across a bibliography: remember the folds of non-ASCII words.
// The view is valid until the next call.
std::string_view fold_word(std::string_view s) {
  if (is_ascii(s)) return s;
  thread_local std::unordered_map<std::string, std::string, TextHash, std::equal_to<>> cache;
  if (auto it = cache.find(s); it != cache.end()) return it->second;
  if (cache.size() > 50000) cache.clear();
  return cache.emplace(std::string(s), fold_word_uncached(s)).first->second;
}

// The locks of the scripts of `u` (Latin's for a word of Latin letters and marks only), taken
// in script order so that two threads never wait for each other.
std::vector<std::unique_lock<std::mutex>> lock_scripts_of(const icu::UnicodeString& u) {
  static std::array<std::mutex, USCRIPT_CODE_LIMIT> by_script;
  std::array<bool, USCRIPT_CODE_LIMIT> used{};
  bool any = false;
  for (int32_t i = 0; i < u.length();) {
    const UChar32 c = u.char32At(i);
    i += U16_LENGTH(c);
    UErrorCode err = U_ZERO_ERROR;
    const UScriptCode sc = uscript_getScript(c, &err);
    if (U_FAILURE(err) || sc == USCRIPT_COMMON || sc == USCRIPT_INHERITED || sc < 0 || sc >= USCRIPT_CODE_LIMIT) continue;
    used[static_cast<std::size_t>(sc)] = true;
    any = true;
  }
  if (!any) used[USCRIPT_LATIN] = true;
  std::vector<std::unique_lock<std::mutex>> locks;
  for (std::size_t sc = 0; sc < used.size(); ++sc)
    if (used[sc]) locks.emplace_back(by_script[sc]);
  return locks;
}

std::string fold_word_uncached(std::string_view s) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  if (const icu::Normalizer2* n = nfd()) {
    UErrorCode err = U_ZERO_ERROR;
    const icu::UnicodeString d = n->normalize(u, err);
    if (U_SUCCESS(err)) {
      std::string out;
      bool ascii = true;
      for (int32_t i = 0; i < d.length() && ascii;) {
        const UChar32 c = d.char32At(i);
        i += U16_LENGTH(c);
        if (u_getCombiningClass(c) > 0 || u_charType(c) == U_NON_SPACING_MARK) continue;
        if (c < 0x80) out += static_cast<char>(c);
        // "Ł", "ß", "ø" (no decomposition), "«", "’", NBSP: from the tables built with ICU.
        else ascii = bibtex::append_latin_letter(static_cast<char32_t>(c), out) ||
                     bibtex::append_punctuation(static_cast<char32_t>(c), out);
      }
      if (ascii) return out;
    }
  }
  // Han, Cyrillic and Hangul from the tables built with the library: ICU would compile its
  // Han rules first, and build its registry of transliterators for any script.
  if (std::string han; bibtex::fold_han_word(s, han)) return han;
  if (std::string cyrillic; bibtex::fold_cyrillic_word(s, cyrillic)) return cyrillic;
  if (std::string hangul; bibtex::fold_hangul_word(s, hangul)) return hangul;
  // The first transliteration of a script compiles its rules (Han: about 90 ms), which ICU
  // then shares: threads meeting the same script together would each compile them, so they
  // take turns per script. A lock per script, not one for all: a thread folding a Cyrillic
  // name does not wait while another compiles Han. Words reach here once per thread
  // (fold_word caches), so the locks are rarely contended.
  const std::vector<std::unique_lock<std::mutex>> locks = lock_scripts_of(u);
  thread_local std::unique_ptr<icu::Transliterator> tr = [] {
    UErrorCode err = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t(
        icu::Transliterator::createInstance("Any-Latin; Latin-ASCII", UTRANS_FORWARD, err));
    return U_SUCCESS(err) ? std::move(t) : nullptr;
  }();
  if (!tr) return std::string(s);
  tr->transliterate(u);
  std::string out;
  u.toUTF8String(out);
  return out;
}

// Bytes of a raw word: letters and digits of ASCII (in the C locale), apostrophes, and any
// byte of a multi-byte character. A table: std::isalnum costs a library call per byte.
constexpr std::array<bool, 256> kWordByte = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 256; ++c)
    t[static_cast<std::size_t>(c)] = c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
                                     (c >= 'A' && c <= 'Z') || c == '\'' || c == '`';
  return t;
}();

bool is_word_byte(char c) noexcept { return kWordByte[static_cast<unsigned char>(c)]; }

// What a byte of a folded word is to a key: kept (an ASCII letter, lowered, or digit),
// dropped (an apostrophe) or the end of a word.
enum class KeyByte : std::uint8_t { separator, kept, dropped };

constexpr std::array<KeyByte, 256> kKeyByte = [] {
  std::array<KeyByte, 256> t{};
  for (int c = 0; c < 256; ++c) {
    KeyByte k = KeyByte::separator;
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) k = KeyByte::kept;
    else if (c == '\'' || c == '`') k = KeyByte::dropped;
    t[static_cast<std::size_t>(c)] = k;
  }
  return t;
}();

// Calls word(w) on each lower-case ASCII word of `s` ("Sendero Luminoso:" -> "sendero",
// "luminoso"), folding raw word by raw word, until done() says enough before a raw word.
template <class Word, class Done>
void for_each_key_word(std::string_view s, Word&& word, Done&& done) {
  std::string cur;
  std::size_t i = 0;
  while (i < s.size() && !done()) {
    // A raw word: a run of bytes that are not ASCII separators.
    while (i < s.size() && !is_word_byte(s[i])) ++i;
    std::size_t e = i;
    unsigned char high = 0;  // any byte of a multi-byte character has the top bit
    for (; e < s.size() && is_word_byte(s[e]); ++e) high |= static_cast<unsigned char>(s[e]);
    if (e == i) break;
    const std::string_view raw = s.substr(i, e - i);
    const std::string_view folded = high & 0x80 ? fold_word(raw) : raw;
    i = e;
    for (std::size_t k = 0; k < folded.size();) {
      // A run of letters and digits is appended at once, then lowered in place.
      std::size_t run = k;
      while (run < folded.size() && kKeyByte[static_cast<unsigned char>(folded[run])] == KeyByte::kept) ++run;
      if (run > k) {
        const std::size_t from = cur.size();
        cur.append(folded, k, run - k);
        for (std::size_t m = from; m < cur.size(); ++m)
          if (cur[m] >= 'A' && cur[m] <= 'Z') cur[m] = static_cast<char>(cur[m] - 'A' + 'a');
        k = run;
        continue;
      }
      if (kKeyByte[static_cast<unsigned char>(folded[k])] == KeyByte::separator && !cur.empty()) {
        word(std::string_view(cur));
        cur.clear();
      }
      ++k;  // "O'Brien" -> "obrien": apostrophes are dropped
    }
    if (!cur.empty()) {
      word(std::string_view(cur));
      cur.clear();
    }
  }
}

/// The first word of `s` that is not a stop word, or "".
std::string significant_word(std::string_view s) {
  std::string found;
  for_each_key_word(
      s,
      [&](std::string_view w) {
        if (found.empty() && !is_stop_word(w)) found = w;
      },
      [&] { return !found.empty(); });
  return found;
}

std::string name_part(const Reference& r) {
  std::span<const Name> names = r.names(Variable::author);
  if (names.empty()) names = r.names(Variable::editor);
  if (names.empty() && !r.name_fields().empty()) names = r.name_fields().front().second;
  if (names.empty()) return {};
  const Name& n = names.front();
  if (n.is_literal()) return significant_word(n.literal);
  // Every word of the family name, up to 64 significant ones.
  std::string joined;
  std::size_t significant = 0;
  for_each_key_word(
      n.family,
      [&](std::string_view w) {
        significant += !is_stop_word(w);
        joined += w;
      },
      [&] { return significant >= 64; });
  if (joined.empty()) joined = significant_word(n.given);
  return joined;
}

std::string year_part(const Reference& r) {
  const Date* d = r.date(Variable::issued);
  if (!d || !d->has_parts()) return {};
  const long y = d->start.year;
  return std::to_string(y < 0 ? -y : y);
}

bool is_safe_id(std::string_view id) noexcept {
  if (id.empty() || id.size() > 64) return false;
  bool letter = false;
  for (char c : id) {
    const auto u = static_cast<unsigned char>(c);
    const bool alpha = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
    if (alpha) letter = true;
    else if (!((u >= '0' && u <= '9') || u == '_' || u == ':' || u == '.' || u == '-')) return false;
  }
  return letter;
}

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// "a" ... "z", "aa", "ab", ...: bijective base 26.
std::string suffix(std::size_t n) {
  std::string s;
  ++n;
  while (n > 0) {
    --n;
    s.insert(s.begin(), static_cast<char>('a' + n % 26));
    n /= 26;
  }
  return s;
}

}  // namespace

namespace bibtex {

void warm_up_folding(std::string_view text) {
  // The first kana, CJK or Hangul character (U+3000-U+D7FF) the tables do not fold: folding it
  // builds ICU's registry of transliterators and its script's rules, which ICU then keeps for
  // every thread. Text without one (Latin, Cyrillic, Han of the table) needs no ICU.
  const auto* p = reinterpret_cast<const std::uint8_t*>(text.data());
  const auto length = static_cast<std::int32_t>(std::min<std::size_t>(text.size(), INT32_MAX));
  std::string scratch;
  for (std::int32_t i = 0; i < length;) {
    const std::int32_t at = i;
    UChar32 c = 0;
    U8_NEXT(p, i, length, c);
    if (c < 0x3000 || c > 0xD7FF) continue;  // malformed UTF-8 is negative
    const std::string_view character = text.substr(static_cast<std::size_t>(at), static_cast<std::size_t>(i - at));
    if (fold_han_word(character, scratch) || fold_hangul_word(character, scratch) ||
        append_punctuation(static_cast<char32_t>(c), scratch))
      continue;
    (void)fold_word_uncached(character);
    return;
  }
}

std::string citation_key_base(const Reference& r, BibKeyPolicy policy) {
  if (policy == BibKeyPolicy::id_if_safe) {
    // The key the user's reference manager gave the item (Zotero, Better BibTeX and
    // citeproc-js's `citation-key`) is what their documents \cite: it comes first.
    if (const std::string_view ck = r.get(Variable::citation_key); is_safe_id(ck)) return std::string(ck);
    if (is_safe_id(r.id)) return r.id;
  }
  // The first significant word of the title after the name, or its first two without one:
  // the second is folded only when it is used (a Han word costs ICU's Han rules).
  std::string name = name_part(r);
  const std::size_t wanted = name.empty() ? 2 : 1;
  std::string first, second;
  std::size_t significant = 0;
  for_each_key_word(
      r.get(Variable::title),
      [&](std::string_view w) {
        if (is_stop_word(w)) return;
        if (significant == 0) first = w;
        else if (significant == 1) second = w;
        ++significant;
      },
      [&] { return significant >= wanted; });
  std::string word;
  if (name.empty()) {
    name = std::move(first);
    word = std::move(second);
  } else {
    word = std::move(first);
  }
  if (name.empty() && word.empty()) name = significant_word(r.get(Variable::container_title));
  const std::string year = year_part(r);
  std::string base;
  base.reserve(3 + name.size() + year.size() + word.size());
  const bool letter_first = !name.empty()   ? (name[0] >= 'a' && name[0] <= 'z')
                            : !year.empty() ? false
                                            : (!word.empty() && word[0] >= 'a' && word[0] <= 'z');
  if (!letter_first && !(name.empty() && year.empty() && word.empty())) base = "ref";
  base += name;
  base += year;
  base += word;
  return base;
}

KeyAssigner::Base KeyAssigner::prepare(std::string base) {
  Base b;
  // Generated bases are lower case already: `lowered` stays empty for them (no second copy).
  if (std::any_of(base.begin(), base.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) b.lowered = lower_ascii(base);
  b.key = std::move(base);
  b.hash = detail::StringTable::hash(b.lower());
  return b;
}

void KeyAssigner::prefetch(const std::vector<Base>& bases) const {
  for (const Base& b : bases)
    if (!b.key.empty()) given_.prefetch(b.hash);
}

std::string KeyAssigner::assign(std::string base, std::size_t index) { return assign(prepare(std::move(base)), index); }

std::string KeyAssigner::assign(Base base, std::size_t index) {
  if (base.key.empty()) base = prepare("ref" + std::to_string(index + 1));
  // Room for the base and the key it gets: the base's entry stays where it is meanwhile.
  given_.reserve_more(2);
  bool added = false;
  std::size_t& next = given_.insert(base.lower(), base.hash, 0, added);
  if (added) return std::move(base.key);
  // Suffixes continue from the last one given to the same base, so a base shared by many
  // references costs one probe each, not one per earlier holder. Suffixes are lower case:
  // the lower-cased key is the lower-cased base with the suffix.
  std::string lowered(base.lower());
  const std::size_t base_size = lowered.size();
  while (true) {
    const std::string s = suffix(next++);
    lowered.resize(base_size);
    lowered += s;
    given_.insert(lowered, 0, added);
    if (added) return base.key + s;
  }
}

}  // namespace bibtex

std::vector<std::string> make_citation_keys(std::span<const Reference> refs, BibKeyPolicy policy) {
  std::vector<std::string> keys;
  keys.reserve(refs.size());
  bibtex::KeyAssigner assigner;
  assigner.reserve(refs.size());
  for (std::size_t i = 0; i < refs.size(); ++i) keys.push_back(assigner.assign(bibtex::citation_key_base(refs[i], policy), i));
  return keys;
}

}  // namespace citelib

// Citation keys: <name><year><word>, ASCII-folded with ICU, unique ignoring case (see
// make_citation_keys in the public header for the rule).
#include "writers/bibtex/citation_keys.hpp"

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cctype>
#include <array>
#include <memory>
#include <unordered_map>
#include <unordered_set>

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

bool is_stop_word(std::string_view w) noexcept {
  return std::find(kStopWords.begin(), kStopWords.end(), w) != kStopWords.end();
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

// Names and title words repeat across a bibliography: remember the folds of non-ASCII words.
std::string fold_word(std::string_view s) {
  if (is_ascii(s)) return std::string(s);
  thread_local std::unordered_map<std::string, std::string> cache;
  if (auto it = cache.find(std::string(s)); it != cache.end()) return it->second;
  if (cache.size() > 50000) cache.clear();
  std::string folded = fold_word_uncached(s);
  cache.emplace(std::string(s), folded);
  return folded;
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
        else ascii = false;
      }
      if (ascii) return out;
    }
  }
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

// Lower-case ASCII words of `s` ("Sendero Luminoso:" -> {"sendero", "luminoso"}), folding
// word by word and stopping once `enough` significant words are found.
std::vector<std::string> key_words(std::string_view s, std::size_t enough = 64) {
  std::vector<std::string> words;
  std::size_t significant = 0;
  std::size_t i = 0;
  while (i < s.size() && significant < enough) {
    // A raw word: a run of bytes that are not ASCII separators.
    while (i < s.size() && static_cast<unsigned char>(s[i]) < 0x80 && !std::isalnum(static_cast<unsigned char>(s[i])) &&
           s[i] != '\'' && s[i] != '`')
      ++i;
    std::size_t e = i;
    while (e < s.size() && (static_cast<unsigned char>(s[e]) >= 0x80 || std::isalnum(static_cast<unsigned char>(s[e])) ||
                            s[e] == '\'' || s[e] == '`'))
      ++e;
    if (e == i) break;
    const std::string folded = fold_word(s.substr(i, e - i));
    i = e;
    std::string cur;
    auto flush = [&] {
      if (cur.empty()) return;
      if (!is_stop_word(cur)) ++significant;
      words.push_back(std::move(cur));
      cur.clear();
    };
    for (char c : folded) {
      const auto u = static_cast<unsigned char>(c);
      if ((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9')) cur += c;
      else if (u >= 'A' && u <= 'Z') cur += static_cast<char>(u - 'A' + 'a');
      else if (u == '\'' || u == '`') continue;  // "O'Brien" -> "obrien"
      else flush();
    }
    flush();
  }
  return words;
}

std::string first_significant(const std::vector<std::string>& words, std::size_t skip = 0) {
  std::size_t seen = 0;
  for (const std::string& w : words) {
    if (is_stop_word(w)) continue;
    if (seen++ < skip) continue;
    return w;
  }
  return {};
}

std::string name_part(const Reference& r) {
  std::span<const Name> names = r.names(Variable::author);
  if (names.empty()) names = r.names(Variable::editor);
  if (names.empty() && !r.name_fields().empty()) names = r.name_fields().front().second;
  if (names.empty()) return {};
  const Name& n = names.front();
  if (n.is_literal()) return first_significant(key_words(n.literal, 1));
  std::string joined;
  for (const std::string& w : key_words(n.family)) joined += w;
  if (joined.empty()) joined = first_significant(key_words(n.given, 1));
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

std::string citation_key_base(const Reference& r, BibKeyPolicy policy) {
  if (policy == BibKeyPolicy::id_if_safe && is_safe_id(r.id)) return r.id;
  const std::vector<std::string> title = key_words(r.get(Variable::title), 2);
  std::string name = name_part(r);
  std::string word;
  if (name.empty()) {
    name = first_significant(title);
    word = first_significant(title, 1);
  } else {
    word = first_significant(title);
  }
  if (name.empty() && word.empty()) name = first_significant(key_words(r.get(Variable::container_title), 1));
  std::string base = name + year_part(r) + word;
  if (!base.empty() && !(base[0] >= 'a' && base[0] <= 'z')) base = "ref" + base;
  return base;
}

std::string KeyAssigner::assign(std::string base, std::size_t index) {
  if (base.empty()) base = "ref" + std::to_string(index + 1);
  // Suffixes continue from the last one given to the same base, so a base shared by many
  // references costs one probe each, not one per earlier holder.
  std::string key = base;
  std::size_t& next = next_suffix_[lower_ascii(base)];
  while (!taken_.insert(lower_ascii(key)).second) key = base + suffix(next++);
  return key;
}

}  // namespace bibtex

std::vector<std::string> make_citation_keys(std::span<const Reference> refs, BibKeyPolicy policy) {
  std::vector<std::string> keys;
  keys.reserve(refs.size());
  bibtex::KeyAssigner assigner;
  for (std::size_t i = 0; i < refs.size(); ++i) keys.push_back(assigner.assign(bibtex::citation_key_base(refs[i], policy), i));
  return keys;
}

}  // namespace citelib

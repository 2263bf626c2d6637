// Build tool: writes the tables of script_readings.cpp, ICU's `Any-Latin; Latin-ASCII` of
// every Han character ICU reads one way in any context ("東" -> "dong") and of every Cyrillic
// letter ICU folds the same beside any other ("Ж" -> "Zh"), taken from the ICU the library
// links. ICU compiles its Han rules (about 40,000 characters) on the first Han character a
// process folds, 100-150 ms of CPU: more than converting a whole article, and a fifth of
// converting 100,000 references; the first transliterator of any script builds ICU's registry
// of transliterators, ~140 million instructions, which made a Russian list's biblatex take two
// to three times its CSL-JSON. Computed here once per build, the keys stay ICU's.
//
//   citelib-script-readings-gen OUT.cpp
#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/uclean.h>
#include <unicode/uscript.h>
#include <unicode/unistr.h>
#include <unicode/uvernum.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <random>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace {

bool is_plain_ascii(const std::string& s) {
  for (unsigned char c : s)
    if (c >= 0x80 || c < 0x20) return false;
  return !s.empty();
}

// Characters the Han rules read differently beside another one ("{重}' '?庆 > chóng"): every
// Han character of a rule with a context. They stay with ICU.
std::set<UChar32> context_characters(icu::Transliterator& han) {
  icu::UnicodeString rules;
  han.toRules(rules, false);
  std::set<UChar32> out;
  int32_t line_start = 0;
  while (line_start < rules.length()) {
    int32_t end = rules.indexOf(u'\n', line_start);
    if (end < 0) end = rules.length();
    const icu::UnicodeString line = rules.tempSubStringBetween(line_start, end);
    if (line.indexOf(u'{') >= 0 || line.indexOf(u'}') >= 0 || line.indexOf(u'@') >= 0) {
      for (int32_t i = 0; i < line.length();) {
        const UChar32 c = line.char32At(i);
        i += U16_LENGTH(c);
        UErrorCode err = U_ZERO_ERROR;
        if (uscript_getScript(c, &err) == USCRIPT_HAN) out.insert(c);
      }
    }
    line_start = end + 1;
  }
  return out;
}

std::string fold_of(icu::Transliterator& fold, const icu::UnicodeString& s) {
  icu::UnicodeString u(s);
  fold.transliterate(u);
  std::string out;
  u.toUTF8String(out);
  return out;
}

std::string lower_ascii(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

using Folds = std::vector<std::pair<UChar32, std::string>>;

// Drops from `folds` every character whose fold is not its own beside one of `neighbours` (on
// either side) or beside another character of `folds` (compared ignoring ASCII case: keys are
// lower-cased): what is left folds as the folds of its characters joined.
void keep_context_free(Folds& folds, const std::vector<icu::UnicodeString>& neighbours, icu::Transliterator& fold) {
  auto joins = [&](const icu::UnicodeString& a, const std::string& fa, const icu::UnicodeString& b, const std::string& fb) {
    icu::UnicodeString ab(a);
    ab.append(b);
    return lower_ascii(fold_of(fold, ab)) == lower_ascii(fa + fb);
  };
  std::set<UChar32> context;
  for (const auto& [c, fc] : folds)
    for (const icu::UnicodeString& n : neighbours) {
      const std::string fn = fold_of(fold, n);
      if (!joins(n, fn, icu::UnicodeString(c), fc) || !joins(icu::UnicodeString(c), fc, n, fn)) context.insert(c);
    }
  for (const auto& [a, fa] : folds)
    for (const auto& [b, fb] : folds)
      if (!joins(icu::UnicodeString(a), fa, icu::UnicodeString(b), fb)) {
        context.insert(a);
        context.insert(b);
      }
  std::erase_if(folds, [&](const auto& f) { return context.count(f.first) > 0; });
}

// Cyrillic letters ICU folds to printable ASCII ("Ж" -> "Zh", "ь" -> "'") the same way
// whatever letter stands beside them: every pair is folded and compared with its letters'
// folds joined (ignoring ASCII case: keys are lower-cased, and ICU writes "SHCH" beside a
// capital), and the letters of a pair that differs stay with ICU.
std::vector<std::pair<UChar32, std::string>> cyrillic_letters(icu::Transliterator& fold) {
  std::vector<std::pair<UChar32, std::string>> letters;
  for (UChar32 c = 0; c <= 0x10FFFF; ++c) {
    UErrorCode e = U_ZERO_ERROR;
    if (uscript_getScript(c, &e) != USCRIPT_CYRILLIC || U_FAILURE(e) || !u_isalpha(c)) continue;
    std::string out = fold_of(fold, icu::UnicodeString(c));
    if (is_plain_ascii(out) && out.find(' ') == std::string::npos) letters.emplace_back(c, std::move(out));
  }
  keep_context_free(letters, {}, fold);
  return letters;
}

// Punctuation and spaces ICU folds to ASCII ("«" -> "<<", "’" -> "'", "—" -> "-", NBSP ->
// " ") the same way beside letters and beside each other: they start and end the words of
// titles ("«Аэрофлот»", "¿Cuál", "Google’s"), and one of them sent a whole word to ICU.
std::vector<std::pair<UChar32, std::string>> punctuation_marks(icu::Transliterator& fold) {
  std::vector<std::pair<UChar32, std::string>> marks;
  for (UChar32 c = 0x80; c <= 0xFFFF; ++c) {
    UErrorCode e = U_ZERO_ERROR;
    if (uscript_getScript(c, &e) != USCRIPT_COMMON || U_FAILURE(e)) continue;
    if (!(U_GET_GC_MASK(c) & (U_GC_P_MASK | U_GC_ZS_MASK))) continue;
    std::string out = fold_of(fold, icu::UnicodeString(c));
    bool printable = !out.empty();
    for (unsigned char b : out) printable = printable && b >= 0x20 && b < 0x7F;
    if (printable) marks.emplace_back(c, std::move(out));
  }
  const std::vector<icu::UnicodeString> neighbours = {u"a", u"\u00e9", u"\u0416", u"\u0436", u"1", u"'"};
  keep_context_free(marks, neighbours, fold);
  return marks;
}

// Latin letters without a decomposition to ASCII ("Ł" -> "L", "ı" -> "i", "ø" -> "o", "ß" ->
// "ss", "æ" -> "ae"), which the keys' NFD path cannot fold, and which ICU folds the same beside
// other letters (compared ignoring case, as for Cyrillic: "Æ" is "AE" beside a capital).
std::vector<std::pair<UChar32, std::string>> latin_letters(icu::Transliterator& fold) {
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(err);
  std::vector<std::pair<UChar32, std::string>> letters;
  for (UChar32 c = 0x80; c <= 0xFFFF; ++c) {
    UErrorCode e = U_ZERO_ERROR;
    if (uscript_getScript(c, &e) != USCRIPT_LATIN || U_FAILURE(e) || !u_isalpha(c)) continue;
    // Letters NFD makes ASCII with marks ("é") are the NFD path's.
    icu::UnicodeString d;
    e = U_ZERO_ERROR;
    if (nfd) d = nfd->normalize(icu::UnicodeString(c), e);
    bool decomposes = U_SUCCESS(e) && d.length() > 0;
    for (int32_t i = 0; i < d.length() && decomposes;) {
      const UChar32 x = d.char32At(i);
      i += U16_LENGTH(x);
      decomposes = x < 0x80 || u_getCombiningClass(x) > 0 || u_charType(x) == U_NON_SPACING_MARK;
    }
    if (decomposes) continue;
    std::string out = fold_of(fold, icu::UnicodeString(c));
    bool letters_only = !out.empty();
    for (unsigned char b : out) letters_only = letters_only && ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z'));
    if (letters_only) letters.emplace_back(c, std::move(out));
  }
  const std::vector<icu::UnicodeString> neighbours = {u"a", u"A", u"e", u"\u00e9", u"\u00c9", u"1", u"'", u"\u00ab"};
  keep_context_free(letters, neighbours, fold);
  return letters;
}

// Hangul syllables: ICU folds each alone ("박" -> "bag") and joins two directly or with a
// hyphen ("뭍틘" -> "mut-tuin"), which it decides from the first's final consonant and the
// second's initial and vowel, or, between a syllable without final and one whose initial is
// silent (ㅇ), from both vowels. Those decisions are read off ICU here (-1 where a combination
// is not folded consistently: ICU then folds the word) and checked on random pairs.
struct HangulTables {
  std::vector<std::string> readings = std::vector<std::string>(11172);  // "" = ICU folds it
  std::vector<int> junction = std::vector<int>(28 * 19 * 21, -1);      // [final][initial][vowel]
  std::vector<int> vowels = std::vector<int>(21 * 21, -1);             // [vowel][vowel]
  int join(int a, int b) const {
    if (a % 28 == 0 && b / 588 == 11) return vowels[((a % 588) / 28) * 21 + (b % 588) / 28];
    return junction[((a % 28) * 19 + b / 588) * 21 + (b % 588) / 28];
  }
};

HangulTables hangul_tables(icu::Transliterator& fold) {
  HangulTables h;
  auto syllable = [](int i) { return icu::UnicodeString(static_cast<UChar32>(0xAC00 + i)); };
  for (int i = 0; i < 11172; ++i) {
    std::string out = fold_of(fold, syllable(i));
    bool letters = !out.empty();
    for (unsigned char b : out) letters = letters && b >= 'a' && b <= 'z';
    if (letters) h.readings[static_cast<std::size_t>(i)] = std::move(out);
  }
  auto decide = [&](int a, int b) {
    const std::string& fa = h.readings[static_cast<std::size_t>(a)];
    const std::string& fb = h.readings[static_cast<std::size_t>(b)];
    if (fa.empty() || fb.empty()) return -1;
    icu::UnicodeString pair = syllable(a);
    pair.append(syllable(b));
    const std::string out = fold_of(fold, pair);
    return out == fa + fb ? 0 : out == fa + "-" + fb ? 1 : -1;
  };
  for (int t = 0; t < 28; ++t)
    for (int l = 0; l < 19; ++l)
      for (int v = 0; v < 21; ++v) h.junction[static_cast<std::size_t>((t * 19 + l) * 21 + v)] = decide(t, l * 588 + v * 28);
  for (int v1 = 0; v1 < 21; ++v1)
    for (int v2 = 0; v2 < 21; ++v2) h.vowels[static_cast<std::size_t>(v1 * 21 + v2)] = decide(v1 * 28, 11 * 588 + v2 * 28);
  // Checked on other syllables than the ones decided on: a combination ICU joins otherwise
  // somewhere is left to ICU.
  std::mt19937 rng(20261123);
  for (int k = 0; k < 200000; ++k) {
    const int a = static_cast<int>(rng() % 11172), b = static_cast<int>(rng() % 11172);
    const int rule = h.join(a, b);
    if (rule < 0 || decide(a, b) == rule) continue;
    if (a % 28 == 0 && b / 588 == 11) h.vowels[static_cast<std::size_t>(((a % 588) / 28) * 21 + (b % 588) / 28)] = -1;
    else h.junction[static_cast<std::size_t>(((a % 28) * 19 + b / 588) * 21 + (b % 588) / 28)] = -1;
  }
  return h;
}

void write_hangul(std::ofstream& f, const HangulTables& h) {
  f << "namespace hangul_table {\n\nextern const char kReadings[] =";
  for (std::size_t i = 0; i < h.readings.size(); ++i) f << (i % 12 == 0 ? "\n    \"" : "\"") << h.readings[i] << "\\0\"";
  f << ";\n\nextern const std::uint32_t kReadingStart[] = {";
  std::size_t at = 0;
  for (std::size_t i = 0; i < h.readings.size(); ++i) {
    f << (i % 12 == 0 ? "\n    " : " ") << at << ",";
    at += h.readings[i].size() + 1;
  }
  auto ints = [&f](std::string_view name, const std::vector<int>& v) {
    f << "\n};\n\nextern const std::int8_t " << name << "[] = {";
    for (std::size_t i = 0; i < v.size(); ++i) f << (i % 24 == 0 ? "\n    " : " ") << v[i] << ",";
  };
  ints("kJunction", h.junction);
  ints("kVowels", h.vowels);
  f << "\n};\n\n}  // namespace hangul_table\n\n";
}

// Writes one table (see script_readings.hpp) as `name`; returns the larger of the size of its
// reading text and its number of readings, both of which must fit 16 bits.
std::size_t write_table(std::ofstream& f, std::string_view name, const std::vector<std::pair<UChar32, std::string>>& folds) {
  // Readings numbered in order of first use: characters share them ("dong" for several).
  std::map<std::string, std::uint16_t> index;
  std::vector<std::string> readings;
  std::vector<std::uint16_t> reading_of;
  for (const auto& [c, out] : folds) {
    auto [it, added] = index.emplace(out, static_cast<std::uint16_t>(readings.size()));
    if (added) readings.push_back(out);
    reading_of.push_back(it->second);
  }
  const std::string ns = std::string(name) + "_data";
  f << "namespace {\nnamespace " << ns << " {\n\nconst char kReadings[] =";
  for (std::size_t i = 0; i < readings.size(); ++i) {
    std::string r;
    for (char c : readings[i]) {
      if (c == '"' || c == '\\') r += '\\';  // a C string literal's escapes
      r += c;
    }
    f << (i % 12 == 0 ? "\n    \"" : "\"") << r << "\\0\"";
  }
  f << ";\n\nconst std::uint16_t kReadingStart[] = {";
  std::size_t at = 0;
  for (std::size_t i = 0; i < readings.size(); ++i) {
    f << (i % 16 == 0 ? "\n    " : " ") << at << ",";
    at += readings[i].size() + 1;
  }
  f << "\n};\n\nconst char32_t kCharacters[] = {";
  for (std::size_t i = 0; i < folds.size(); ++i) f << (i % 12 == 0 ? "\n    " : " ") << "0x" << std::hex << folds[i].first << std::dec << ",";
  f << "\n};\n\nconst std::uint16_t kReadingOf[] = {";
  for (std::size_t i = 0; i < reading_of.size(); ++i) f << (i % 20 == 0 ? "\n    " : " ") << reading_of[i] << ",";
  f << "\n};\n\n}  // namespace " << ns << "\n}  // namespace\n\n"
    << "extern const ReadingTable " << name << "{" << ns << "::kReadings, " << ns << "::kReadingStart, " << ns
    << "::kCharacters, " << ns << "::kReadingOf, " << folds.size() << "};\n\n";
  return std::max(at, readings.size());
}
}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: citelib-script-readings-gen OUT.cpp\n";
    return 2;
  }
  UErrorCode err = U_ZERO_ERROR;
  std::unique_ptr<icu::Transliterator> fold(icu::Transliterator::createInstance("Any-Latin; Latin-ASCII", UTRANS_FORWARD, err));
  std::unique_ptr<icu::Transliterator> han_rules(icu::Transliterator::createInstance("Han-Latin", UTRANS_FORWARD, err));
  if (U_FAILURE(err) || !fold || !han_rules) {
    std::cerr << "citelib-script-readings-gen: ICU has no Han-Latin transliterator (" << u_errorName(err) << ")\n";
    return 1;
  }
  const std::set<UChar32> in_context = context_characters(*han_rules);

  std::vector<std::pair<UChar32, std::string>> han;
  for (UChar32 c = 0; c <= 0x10FFFF; ++c) {
    UErrorCode e = U_ZERO_ERROR;
    if (uscript_getScript(c, &e) != USCRIPT_HAN || U_FAILURE(e) || in_context.count(c)) continue;
    // Radicals and other Han symbols are not spaced from their neighbours as ideographs are
    // ("⺄" beside "𣵼" folds to "ganya"): they stay with ICU.
    if (!u_hasBinaryProperty(c, UCHAR_IDEOGRAPHIC)) continue;
    std::string out = fold_of(*fold, icu::UnicodeString(c));
    // Only characters ICU turns into plain letters; the rest stay with ICU.
    if (is_plain_ascii(out) && out.find(' ') == std::string::npos) han.emplace_back(c, std::move(out));
  }

  std::ofstream f(argv[1]);
  f << "// Generated by citelib-script-readings-gen from ICU " << U_ICU_VERSION
    << " (Any-Latin; Latin-ASCII). Do not edit.\n"
    << "#include \"writers/bibtex/script_readings.hpp\"\n\n"
    << "namespace citelib::bibtex {\n\n";
  const std::size_t han_text = write_table(f, "kHanReadings", han);
  const std::size_t cyrillic_text = write_table(f, "kCyrillicReadings", cyrillic_letters(*fold));
  const std::size_t mark_text = write_table(f, "kPunctuationReadings", punctuation_marks(*fold));
  const std::size_t latin_text = write_table(f, "kLatinReadings", latin_letters(*fold));
  write_hangul(f, hangul_tables(*fold));
  f << "}  // namespace citelib::bibtex\n";
  fold.reset();
  han_rules.reset();
  u_cleanup();
  if (han_text > 0xFFFF || cyrillic_text > 0xFFFF || mark_text > 0xFFFF || latin_text > 0xFFFF) {
    std::cerr << "citelib-script-readings-gen: too many readings or reading text too long\n";
    return 1;
  }
  return f ? 0 : 1;
}

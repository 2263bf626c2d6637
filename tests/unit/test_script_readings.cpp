// The Han and Cyrillic tables built with the library fold exactly as ICU's `Any-Latin;
// Latin-ASCII`, which citation keys used before them (and still use for everything the tables
// leave out).
#include "writers/bibtex/script_readings.hpp"

#include <citelib/writers/bibtex.hpp>

#include <catch2/catch.hpp>
#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>
#include <random>

using namespace citelib;
using bibtex::fold_cyrillic_word;
using bibtex::fold_han_word;

namespace {

std::string icu_fold(const std::string& s) {
  static const std::unique_ptr<icu::Transliterator> tr = [] {
    UErrorCode err = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createInstance("Any-Latin; Latin-ASCII", UTRANS_FORWARD, err));
    REQUIRE(U_SUCCESS(err));
    return t;
  }();
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(s);
  tr->transliterate(u);
  std::string out;
  u.toUTF8String(out);
  return out;
}

std::string utf8(char32_t c) {
  std::string s;
  icu::UnicodeString(static_cast<UChar32>(c)).toUTF8String(s);
  return s;
}

std::string lower(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

// How many characters of `table` `append` folds otherwise than ICU (up to ASCII case when
// `ignore_case`).
std::size_t folded_otherwise(const bibtex::ReadingTable& table, bool (*append)(char32_t, std::string&), bool ignore_case) {
  std::size_t differ = 0;
  for (std::size_t i = 0; i < table.count; ++i) {
    const char32_t c = table.characters[i];
    std::string mine;
    const std::string icu = icu_fold(utf8(c));
    if (!append(c, mine) || (ignore_case ? lower(mine) != lower(icu) : mine != icu)) ++differ;
  }
  return differ;
}

}  // namespace

TEST_CASE("the Han table folds every character it holds as ICU does", "[bibtex]") {
  REQUIRE(bibtex::kHanReadings.count > 20000);  // the unified ideographs at least
  std::size_t differ = 0;
  std::string mine;
  for (std::size_t i = 0; i < bibtex::kHanReadings.count; ++i) {
    const std::string s = utf8(bibtex::kHanReadings.characters[i]);
    if (!fold_han_word(s, mine) || mine != icu_fold(s)) ++differ;
  }
  CHECK(differ == 0);
}

TEST_CASE("the Han table folds words of table characters as ICU does", "[bibtex]") {
  std::mt19937 rng(20261123);
  std::size_t differ = 0;
  std::string mine;
  for (int k = 0; k < 5000; ++k) {
    std::string word;
    const int length = 1 + static_cast<int>(rng() % 5);
    for (int j = 0; j < length; ++j) word += utf8(bibtex::kHanReadings.characters[rng() % bibtex::kHanReadings.count]);
    if (!fold_han_word(word, mine) || mine != icu_fold(word)) ++differ;
  }
  CHECK(differ == 0);
  REQUIRE(fold_han_word("\u5317\u4eac\u5927\u5b66", mine));  // 北京大学
  CHECK(mine == "bei jing da xue");
}

TEST_CASE("the Han table leaves to ICU what it does not hold", "[bibtex]") {
  std::string out;
  CHECK_FALSE(fold_han_word("", out));
  CHECK_FALSE(fold_han_word("Tokyo\u6771\u4eac", out));      // Latin beside Han
  CHECK_FALSE(fold_han_word("\u6771\u4eac\u306e", out));     // kana
  CHECK_FALSE(fold_han_word("\u2e84\u6771", out));           // a radical: not spaced as ideographs are
  CHECK_FALSE(fold_han_word("\u91cd\u5e86", out));           // 重庆: 重 is read by its neighbour
  CHECK_FALSE(fold_han_word("\xe6\x9d", out));               // a truncated character
  CHECK_FALSE(fold_han_word("\xed\xa0\x80\xe6\x9d\xb1", out));  // a surrogate's bytes
  // What ICU gives for them is what the keys get.
  CHECK(icu_fold("\u91cd\u5e86") == "chong qing");
}

TEST_CASE("citation keys of Han titles and names are ICU's folds", "[bibtex]") {
  std::vector<Reference> refs(2);
  refs[0].set(Variable::title, "\u5317\u4eac\u5927\u5b66\u5b66\u62a5");  // 北京大学学报
  refs[0].set_date(Variable::issued, make_date(2015));
  refs[1].add_name(Variable::author, personal_name("\u738b", "\u5c0f\u660e"));  // 王 小明
  refs[1].set(Variable::title, "\u91cd\u5e86");
  const auto keys = make_citation_keys(refs);
  CHECK(keys[0] == "bei2015jing");
  CHECK(keys[1] == "wangchong");
}

TEST_CASE("the Cyrillic table folds its letters and words of them as ICU does, up to case", "[bibtex]") {
  // Every letter of the Russian, Ukrainian, Belarusian, Serbian and Macedonian alphabets
  // but the capitals of the hard and soft signs, which ICU folds with a combining mark.
  REQUIRE(bibtex::kCyrillicReadings.count > 100);
  std::string mine;
  std::size_t differ = 0;
  for (std::size_t i = 0; i < bibtex::kCyrillicReadings.count; ++i) {
    const std::string s = utf8(bibtex::kCyrillicReadings.characters[i]);
    if (!fold_cyrillic_word(s, mine) || lower(mine) != lower(icu_fold(s))) ++differ;
  }
  CHECK(differ == 0);
  std::mt19937 rng(20261123);
  differ = 0;
  for (int k = 0; k < 5000; ++k) {
    std::string word;
    const int length = 1 + static_cast<int>(rng() % 10);
    for (int j = 0; j < length; ++j) word += utf8(bibtex::kCyrillicReadings.characters[rng() % bibtex::kCyrillicReadings.count]);
    if (!fold_cyrillic_word(word, mine) || lower(mine) != lower(icu_fold(word))) ++differ;
  }
  CHECK(differ == 0);
  // Words with the punctuation that opens and closes titles: «Аэрофлот», «Луч, —
  differ = 0;
  for (int k = 0; k < 3000; ++k) {
    std::string word;
    const int length = 1 + static_cast<int>(rng() % 8);
    bool letter = false;
    for (int j = 0; j < length; ++j) {
      if (rng() % 3 == 0) {
        word += utf8(bibtex::kPunctuationReadings.characters[rng() % bibtex::kPunctuationReadings.count]);
      } else {
        word += utf8(bibtex::kCyrillicReadings.characters[rng() % bibtex::kCyrillicReadings.count]);
        letter = true;
      }
    }
    const bool folded = fold_cyrillic_word(word, mine);
    if (folded != letter || (folded && lower(mine) != lower(icu_fold(word)))) ++differ;
  }
  CHECK(differ == 0);
  for (const char* word : {"\u0428\u043c\u0438\u0434\u0442", "\u0429\u0415\u0420\u0411\u0410", "\u043e\u0431\u044a\u0435\u043a\u0442",
                           "\u0407\u0436\u0430\u043a", "\u0452\u0443\u0440\u0452\u0435\u0432\u0434\u0430\u043d"}) {
    INFO(word);
    REQUIRE(fold_cyrillic_word(word, mine));
    CHECK(lower(mine) == lower(icu_fold(word)));
  }
}

TEST_CASE("the Cyrillic table leaves to ICU what it does not hold", "[bibtex]") {
  std::string out;
  CHECK_FALSE(fold_cyrillic_word("", out));
  CHECK_FALSE(fold_cyrillic_word("\u041e\u0411\u042a\u0415\u041a\u0422", out));  // ОБЪЕКТ: Ъ folds with a mark
  CHECK_FALSE(fold_cyrillic_word("Docker\u0445", out));                   // Latin beside Cyrillic
  CHECK_FALSE(fold_cyrillic_word("\u0445\u6771", out));                   // Han beside Cyrillic
  CHECK_FALSE(fold_cyrillic_word("\xd0", out));                           // a truncated letter
}

TEST_CASE("citation keys of Cyrillic names and titles are ICU's folds", "[bibtex]") {
  std::vector<Reference> refs(2);
  refs[0].add_name(Variable::author, personal_name("\u0429\u0435\u0440\u0431\u0430", "\u041b\u0435\u0432"));  // Щерба Лев
  refs[0].set(Variable::title, "\u041e \u0440\u0443\u0441\u0441\u043a\u043e\u0439 \u0433\u0440\u0430\u043c\u043c\u0430\u0442\u0438\u043a\u0435");
  refs[0].set_date(Variable::issued, make_date(1957));
  refs[1].set(Variable::title, "\u041f\u043e\u0434\u044a\u0435\u0437\u0434 \u0438 \u0434\u043e\u043c");  // Подъезд и дом
  const auto keys = make_citation_keys(refs);
  // ICU's Cyrillic-Latin is ISO 9 ("Щ" -> "Ŝ" -> "S"); "О" ("o") is a stop word.
  CHECK(keys[0] == "serba1957russkoj");
  CHECK(keys[0] == lower(icu_fold("\u0429\u0435\u0440\u0431\u0430")) + "1957" +
                       lower(icu_fold("\u0440\u0443\u0441\u0441\u043a\u043e\u0439")));
  CHECK(keys[1] == "podezd");  // the hard sign's '"' ends no word: ICU gives 'Pod"ezd'
  CHECK(icu_fold("\u041f\u043e\u0434\u044a\u0435\u0437\u0434") == "Pod\"ezd");
}

TEST_CASE("the punctuation table folds every mark it holds as ICU does", "[bibtex]") {
  REQUIRE(bibtex::kPunctuationReadings.count > 50);
  CHECK(folded_otherwise(bibtex::kPunctuationReadings, bibtex::append_punctuation, false) == 0);
  std::string out;
  CHECK(bibtex::append_punctuation(U'\u00ab', out));  // «
  CHECK(bibtex::append_punctuation(U'\u2019', out));  // ’
  CHECK(out == "<<'");
  CHECK_FALSE(bibtex::append_punctuation(U'\u0416', out));  // a letter
}

TEST_CASE("keys of words with non-ASCII punctuation are ICU's, without ICU", "[bibtex]") {
  std::vector<Reference> refs(3);
  refs[0].set(Variable::title, "\u00abAeroflot\u00bb y la aviaci\u00f3n");
  refs[1].set(Variable::title, "\u00bfCu\u00e1l? Google\u2019s story");
  refs[2].set(Variable::title, "\u00ab\u0410\u044d\u0440\u043e\u0444\u043b\u043e\u0442\u00bb \u2014 \u0438\u0441\u0442\u043e\u0440\u0438\u044f");
  const auto keys = make_citation_keys(refs);
  CHECK(keys[0] == "aeroflotaviacion");
  CHECK(keys[1] == "cualgoogles");
  CHECK(keys[2] == lower(icu_fold("\u0410\u044d\u0440\u043e\u0444\u043b\u043e\u0442")) + "istoria");
}

TEST_CASE("the Hangul table folds syllables and words of them as ICU does", "[bibtex]") {
  std::string mine;
  std::size_t held = 0, differ = 0;
  for (char32_t c = 0xAC00; c <= 0xD7A3; ++c) {
    const std::string s = utf8(c);
    if (!bibtex::fold_hangul_word(s, mine)) continue;
    ++held;
    if (mine != icu_fold(s)) ++differ;
  }
  CHECK(held == 11172);
  CHECK(differ == 0);
  std::mt19937 rng(20261123);
  std::size_t words = 0;
  differ = 0;
  for (int k = 0; k < 5000; ++k) {
    std::string word;
    const int length = 1 + static_cast<int>(rng() % 5);
    for (int j = 0; j < length; ++j) word += utf8(static_cast<char32_t>(0xAC00 + rng() % 11172));
    if (!bibtex::fold_hangul_word(word, mine)) continue;  // a junction ICU decides itself
    ++words;
    if (mine != icu_fold(word)) ++differ;
  }
  CHECK(words > 4900);
  CHECK(differ == 0);
  REQUIRE(bibtex::fold_hangul_word("\ubc15\uc2b9\ud601", mine));  // 박승혁
  CHECK(mine == "bagseunghyeog");
  REQUIRE(bibtex::fold_hangul_word("\ubb4d\ud2d8", mine));  // 뭍틘: a hyphen where ICU puts one
  CHECK(mine == "mut-tuin");
  CHECK_FALSE(bibtex::fold_hangul_word("2019\ub144", mine));  // 2019년: a digit
  CHECK_FALSE(bibtex::fold_hangul_word("\u1100\u1161", mine));  // conjoining jamo, not syllables
}

TEST_CASE("the Latin table folds the letters NFD leaves alone as ICU does, up to case", "[bibtex]") {
  REQUIRE(bibtex::kLatinReadings.count > 100);
  CHECK(folded_otherwise(bibtex::kLatinReadings, bibtex::append_latin_letter, true) == 0);
  // Keys of names with them are ICU's, without ICU: Łukasiewicz, Yılmaz, Straße, Ørsted, Æsir.
  std::vector<Reference> refs(5);
  const char* families[] = {"\u0141ukasiewicz", "Y\u0131lmaz", "Stra\u00dfe", "\u00d8rsted", "\u00c6sir"};
  for (std::size_t i = 0; i < refs.size(); ++i) {
    refs[i].add_name(Variable::author, personal_name(families[i], "A."));
    refs[i].set_date(Variable::issued, make_date(2001));
  }
  const auto keys = make_citation_keys(refs);
  for (std::size_t i = 0; i < refs.size(); ++i) CHECK(keys[i] == lower(icu_fold(families[i])) + "2001");
  CHECK(keys[0] == "lukasiewicz2001");
  CHECK(keys[2] == "strasse2001");
}

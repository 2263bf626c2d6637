// The Han table built with the library folds exactly as ICU's `Any-Latin; Latin-ASCII`, which
// citation keys used before it (and still use for everything the table leaves out).
#include "writers/bibtex/han_readings.hpp"

#include <citelib/writers/bibtex.hpp>

#include <catch2/catch.hpp>
#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>
#include <random>

using namespace citelib;
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

}  // namespace

TEST_CASE("the Han table folds every character it holds as ICU does", "[bibtex]") {
  REQUIRE(bibtex::han_table::kCount > 20000);  // the unified ideographs at least
  std::size_t differ = 0;
  std::string mine;
  for (std::size_t i = 0; i < bibtex::han_table::kCount; ++i) {
    const std::string s = utf8(bibtex::han_table::kCharacters[i]);
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
    for (int j = 0; j < length; ++j) word += utf8(bibtex::han_table::kCharacters[rng() % bibtex::han_table::kCount]);
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

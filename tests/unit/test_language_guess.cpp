// guess_language(): the language of a title, or nothing when no language clearly leads.
#include "checks/language_guess.hpp"

#include <catch2/catch.hpp>

#include <string>

using citelib::checks::guess_language;

TEST_CASE("Latin-script titles are told apart by their words, endings and letters", "[checks][language]") {
  CHECK(guess_language("Gobierno peruano condena los \u00FAltimos ensayos nucleares de Corea del Norte") == "es");
  CHECK(guess_language("\u00BFCu\u00E1l es el intercambio comercial entre el Per\u00FA y Corea del Norte?") == "es");
  CHECK(guess_language("Manual de recomenda\u00E7\u00F5es para o controle da tuberculose no Brasil") == "pt");
  CHECK(guess_language("Elezioni politiche 2022 \u2013 Camera dei deputati") == "it");
  CHECK(guess_language("La chiesa di San Francesco ad Assisi") == "it");
  CHECK(guess_language("Canti del destino. Studi su Brahms") != "es");  // "su" is Italian too
  CHECK(guess_language("Les chemins de fer du P\u00E9rou") == "fr");
  CHECK(guess_language("Die Geschichte der Anden") == "de");
  CHECK(guess_language("De geschiedenis van het Nederlandse spoor") == "nl");
  CHECK(guess_language("Historia kolei w Polsce i na \u015Bwiecie") == "pl");
  CHECK(guess_language("Security Message for U.S. Citizens: Security Threat to U.S. Government Personnel") == "en");
  CHECK(guess_language("The function of the cranial crest and jaws of a unique pterosaur") == "en");
}

TEST_CASE("other scripts say the language where one language writes them", "[checks][language]") {
  CHECK(guess_language("\uD398\uB8E8-\uBD81\uD55C \uAD00\uACC4") == "ko");                           // 페루-북한 관계
  CHECK(guess_language("\u65E5\u672C\u306E\u6B74\u53F2") == "ja");                                  // 日本の歴史: kana
  CHECK(guess_language("\u6C49\u8BED\u53F2\u7A3F") == "zh");                                        // 汉语史稿
  CHECK(guess_language("\u0418\u0441\u0442\u043E\u0440\u0438\u044F \u041A\u0430\u0437\u0430\u043D\u0438") == "ru");  // История Казани
  CHECK(guess_language("\u0406\u0441\u0442\u043E\u0440\u0456\u044F \u041A\u0438\u0454\u0432\u0430") == "uk");        // Історія Києва
  CHECK(guess_language("\u0399\u03C3\u03C4\u03BF\u03C1\u03AF\u03B1") == "el");
  CHECK(guess_language("\u05EA\u05D5\u05DC\u05D3\u05D5\u05EA \u05D9\u05E8\u05D5\u05E9\u05DC\u05D9\u05DD") == "he");
  CHECK(guess_language("\u062A\u0627\u0631\u06CC\u062E \u0627\u06CC\u0631\u0627\u0646 \u067E\u0633") == "fa");  // Persian پ
  // Cyrillic letters of a language not told apart here (Kazakh қ): no guess rather than Russian.
  CHECK(guess_language("\u049A\u0430\u0437\u0430\u049B \u0442\u0456\u043B\u0456").empty());
}

TEST_CASE("short titles, names and tokens that are no words get no guess", "[checks][language]") {
  CHECK(guess_language("Informe mensual").empty());  // two words: too little to tell
  CHECK(guess_language("Storia di Roma").empty());   // one cue only
  CHECK(guess_language("Support.microsoft.com").empty());
  CHECK(guess_language("Structural_Analysis.pdf,_Version_2_CE_IIT").empty());
  CHECK(guess_language("20 Interactive 3D JavaScript Libraries & Frameworks").empty());  // "3D" is no French "d'"
  // A capital one-letter word is a numeral, not Italian "i".
  CHECK(guess_language("Solving Ordinary Differential Equations I: Nonstiff Problems") != "it");
  CHECK(guess_language("").empty());
  CHECK(guess_language("1989").empty());
  // Broken UTF-8 is read past, not trusted.
  CHECK(guess_language(std::string("\xC3 \xFF\xFE de la del los") + "\x80").size() <= 2);
}

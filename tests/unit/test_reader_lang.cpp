// Each language table: the message strings, language tags and locators of one edition.
#include <citelib/readers/reference_list.hpp>

#include "readers/list/lang/reader_language.hpp"
#include "readers/list/lexicon.hpp"
#include "model/date_words.hpp"

#include "reader_util.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

using namespace citelib;

namespace {

Reference parse(std::string_view text) { return test::parse_one(text); }
std::string iso(const Reference& r, Variable v) { return test::iso_of(r, v); }

}  // namespace

TEST_CASE("every table is listed and has a code", "[reader][lang]") {
  std::set<std::string_view> codes;
  for (const list::ReaderLanguage* l : list::all_reader_languages()) {
    CHECK(l->code.size() == 2);
    CHECK_FALSE(l->headings.empty());
    // The access and archive messages of each edition are in its date table (shared with
    // the checks).
    const auto dates = date_words::all_date_languages();
    const auto d = std::find_if(dates.begin(), dates.end(), [&](const auto* x) { return x->code == l->code; });
    REQUIRE(d != dates.end());
    CHECK_FALSE((*d)->messages.empty());
    codes.insert(l->code);
  }
  CHECK(codes == std::set<std::string_view>{"en", "es", "pt", "de", "fr", "it", "ru", "ja", "ko", "zh"});
}

TEST_CASE("English (CS1)", "[reader][lang]") {
  Reference r = parse("Porto, P. (29 August 2018). \"Workflows\" (in Spanish and English). Medium. Archived from the original on 2 September 2018. Retrieved 1 May 2024.");
  CHECK(r.get(Variable::language) == "es");
  CHECK(iso(r, Variable::accessed) == "2024-05-01");
  CHECK(to_iso(r.archive_date->start) == "2018-09-02");
  r = parse("Buchanan, Bill, \"Example\", Bill's Security Tips, archived from the original on 2011-08-27, retrieved 2015-08-27");
  CHECK(r.get(Variable::container_title) == "Bill's Security Tips");
  CHECK(iso(r, Variable::accessed) == "2015-08-27");
  r = parse("\"Structural\". The Foundation Coalition. 2 December 2010. Accessed on 26 November 2010.");
  CHECK(iso(r, Variable::accessed) == "2010-11-26");
}

TEST_CASE("Spanish", "[reader][lang]") {
  Reference r = parse("Lav\u00edn Z., Felipe (10 de agosto de 2013). \u00abFlujos de trabajo\u00bb (html). Yukei Net (en ingl\u00e9s). Archivado desde el original el 24 de agosto de 2013. Consultado el 28 de mayo de 2020.");
  CHECK(r.names(Variable::author)[0].family == "Lav\u00edn Z.");
  CHECK(r.get(Variable::medium) == "html");
  CHECK(r.get(Variable::language) == "en");
  CHECK(r.get(Variable::container_title) == "Yukei Net");
  CHECK(to_iso(r.archive_date->start) == "2013-08-24");
  CHECK(iso(r, Variable::accessed) == "2020-05-28");
  r = parse("Torvalds, Linus (8 de abril de 2005), \u00abRe: Kernel SCM saga\u00bb, lista de correo linux-kernel, consultado el 20 de febrero de 2008.");
  CHECK(r.get(Variable::genre) == "lista de correo");
  CHECK(r.get(Variable::container_title) == "linux-kernel");
  r = parse("Wold S, Eriksson L (1995). \u00abStatistical validation\u00bb. En Waterbeemd, Han van de, ed. Chemometric methods. Weinheim: VCH. pp.\u00a0309\u2013318. (requiere registro).");
  CHECK(r.type == ItemType::chapter);
  CHECK(r.names(Variable::editor)[0].given == "Han van de");
  CHECK(r.comment == "(requiere registro)");
}

TEST_CASE("Portuguese", "[reader][lang]") {
  Reference r = parse("\u00abFeature: No More Free BitKeeper\u00bb. Consultado em 23 de maio de 2012. Arquivado do original em 23 de maio de 2012");
  CHECK(iso(r, Variable::accessed) == "2012-05-23");
  CHECK(to_iso(r.archive_date->start) == "2012-05-23");
  r = parse("Linus Torvalds (7 de abril de 2005). \u00abRe: Kernel SCM saga..\u00bb. linux-kernel (Lista de grupo de correio)");
  CHECK(r.get(Variable::genre) == "Lista de grupo de correio");
  CHECK(r.get(Variable::container_title) == "linux-kernel");
  CHECK(r.type == ItemType::webpage);
  r = parse("\u00abAbout\u00bb. GitHub (em ingl\u00eas). Consultado em 10 de julho de 2017");
  CHECK(r.get(Variable::language) == "en");
  r = parse("AllTrails, Caminhada pelas Pontes de Bristol , Consultado em: 22/11/2023");
  CHECK(iso(r, Variable::accessed) == "2023-11-22");
  CHECK(r.names(Variable::author)[0].literal == "AllTrails");
  r = parse("Robert Fendt, Robert (21 de janeiro de 2009). DVCS Round-Up. [S.l.]: Linux Foundation. Recuperado em 25 de junho de 2009. |\u00faltimo= e |autor= redundantes (ajuda)");
  CHECK(r.get(Variable::publisher_place) == "[S.l.]");
  CHECK(iso(r, Variable::accessed) == "2009-06-25");
  REQUIRE(r.cs1_messages.size() == 1);
}

TEST_CASE("Italian", "[reader][lang]") {
  Reference r = parse("(EN) [A Brief History of JavaScript](https://auth0.com/blog/), su Auth0 - Blog. URL consultato il 28 febbraio 2020.");
  CHECK(r.get(Variable::language) == "en");
  CHECK(r.get(Variable::title) == "A Brief History of JavaScript");
  CHECK(r.get(Variable::container_title) == "Auth0 - Blog");
  CHECK(iso(r, Variable::accessed) == "2020-02-28");
  CHECK(r.type == ItemType::webpage);
  r = parse("David Flanagan, JavaScript - La guida, Milano, Apogeo, 2000, p.53, ISBN\u00a088-7303-627-9.");
  CHECK(r.get(Variable::publisher_place) == "Milano");
  CHECK(r.get(Variable::publisher) == "Apogeo");
  CHECK(r.get(Variable::page) == "53");
  CHECK(r.type == ItemType::book);
}

TEST_CASE("German", "[reader][lang]") {
  Reference r = parse("Hans M\u00fcller: Ein Titel. In: Die Zeit. 12. M\u00e4rz 2015, abgerufen am 13. M\u00e4rz 2015.");
  CHECK(r.names(Variable::author)[0].literal == "Hans M\u00fcller");
  CHECK(r.get(Variable::title) == "Ein Titel");
  CHECK(r.get(Variable::container_title) == "Die Zeit");
  CHECK(iso(r, Variable::issued) == "2015-03-12");
  CHECK(iso(r, Variable::accessed) == "2015-03-13");
  r = parse("Max Mustermann: Das Buch. Verlag Beispiel, Berlin 2005, ISBN 3-12-345678-9, S. 12.");
  CHECK(r.get(Variable::publisher) == "Verlag Beispiel");
  CHECK(r.get(Variable::publisher_place) == "Berlin");
  CHECK(r.get(Variable::page) == "12");
  CHECK(iso(r, Variable::issued) == "2005");
}

TEST_CASE("French", "[reader][lang]") {
  Reference r = parse("Jean Dupont, \u00ab\u00a0Le titre\u00a0\u00bb, Le Monde, 12 mars 2015 (lire en ligne, consult\u00e9 le 13 mars 2015).");
  CHECK(r.get(Variable::title) == "Le titre");
  CHECK(r.get(Variable::container_title) == "Le Monde");
  CHECK(iso(r, Variable::issued) == "2015-03-12");
  CHECK(iso(r, Variable::accessed) == "2015-03-13");
  r = parse("(en) John Smith, \u00ab An English title \u00bb, sur example.com, 2019 (consult\u00e9 le 1er avril 2020).");
  CHECK(r.get(Variable::language) == "en");
  CHECK(r.get(Variable::container_title) == "example.com");
  CHECK(iso(r, Variable::accessed) == "2020-04-01");
  r = parse("Marie Curie, Trait\u00e9 de radioactivit\u00e9, Paris, Gauthier-Villars, 1910, 2e \u00e9d., 426 p.");
  CHECK(r.get(Variable::edition) == "2e");
  CHECK(r.get(Variable::number_of_pages) == "426");
}

TEST_CASE("Russian", "[reader][lang]") {
  Reference r = parse("Thomas Claburn. Docker looks big. Straight out of the playbook (\u0430\u043d\u0433\u043b.). The Register (3 \u043c\u0430\u0440\u0442\u0430 2017). \u2014 \u00abDocker has extended\u00bb. \u0414\u0430\u0442\u0430 \u043e\u0431\u0440\u0430\u0449\u0435\u043d\u0438\u044f: 29 \u0438\u044e\u043d\u044f 2017. \u0410\u0440\u0445\u0438\u0432\u0438\u0440\u043e\u0432\u0430\u043d\u043e 1 \u0438\u044e\u043b\u044f 2017 \u0433\u043e\u0434\u0430.");
  CHECK(r.names(Variable::author)[0].literal == "Thomas Claburn");
  CHECK(r.get(Variable::title) == "Docker looks big. Straight out of the playbook");
  CHECK(r.get(Variable::language) == "en");
  CHECK(r.get(Variable::container_title) == "The Register");
  CHECK(iso(r, Variable::issued) == "2017-03-03");
  CHECK(iso(r, Variable::accessed) == "2017-06-29");
  CHECK(to_iso(r.archive_date->start) == "2017-07-01");
  CHECK(r.get(Variable::note) == "Docker has extended");
  r = parse("Pethuru Raj; Vinod Singh. Learning Docker. \u2014 Packt Publishing, 2015. \u2014 240 \u0441. \u2014 ISBN 978-1-78439-793-7.");
  CHECK(r.get(Variable::publisher) == "Packt Publishing");
  CHECK(r.get(Variable::number_of_pages) == "240");
  CHECK(r.type == ItemType::book);
  r = parse("\u041f\u0435\u0442\u0440\u043e\u0432 \u041f. \u0421\u0442\u0430\u0442\u044c\u044f // \u0416\u0443\u0440\u043d\u0430\u043b. \u2014 2010. \u2014 \u2116 5. \u2014 \u0421. 10\u201420.");
  CHECK(r.get(Variable::title) == "\u0421\u0442\u0430\u0442\u044c\u044f");
  CHECK(r.get(Variable::container_title) == "\u0416\u0443\u0440\u043d\u0430\u043b");
  CHECK(r.get(Variable::issue) == "5");
}

TEST_CASE("Japanese, Korean and Chinese: dates with units, messages after their dates", "[reader][lang]") {
  // ja: "2021\u5E745\u67088\u65E5\u95B2\u89A7\u3002" and the archive messages, "\u3002" ending each, the language in Japanese.
  Reference r = parse("Smith, John (2018\u5E746\u670812\u65E5). \u201CDocker overview\u201D (\u82F1\u8A9E). Docker Documentation. 2016\u5E743\u67084\u65E5\u6642\u70B9\u306E\u30AA\u30EA\u30B8\u30CA\u30EB\u3088\u308A\u30A2\u30FC\u30AB\u30A4\u30D6\u30022021\u5E745\u67088\u65E5\u95B2\u89A7\u3002");
  CHECK(r.names(Variable::author)[0].family == "Smith");
  CHECK(iso(r, Variable::issued) == "2018-06-12");
  CHECK(r.get(Variable::title) == "Docker overview");
  CHECK(r.get(Variable::language) == "en");
  CHECK(r.get(Variable::container_title) == "Docker Documentation");
  CHECK(to_iso(r.archive_date->start) == "2016-03-04");
  CHECK(iso(r, Variable::accessed) == "2021-05-08");
  CHECK(r.edition == "ja");
  r = parse("\u201CDocker\u3068\u306F\u201D. \u65E5\u7D4C\u30AF\u30ED\u30B9\u30C6\u30C3\u30AF. 2019-03-01. \u30AA\u30EA\u30B8\u30CA\u30EB\u306E2019-03-02\u6642\u70B9\u306B\u304A\u3051\u308B\u30A2\u30FC\u30AB\u30A4\u30D6\u30022021-05-08\u95B2\u89A7\u3002");
  CHECK(r.get(Variable::container_title) == "\u65E5\u7D4C\u30AF\u30ED\u30B9\u30C6\u30C3\u30AF");
  CHECK(iso(r, Variable::issued) == "2019-03-01");
  CHECK(to_iso(r.archive_date->start) == "2019-03-02");
  CHECK(iso(r, Variable::accessed) == "2021-05-08");
  // ko: "\uC5D0 \uD655\uC778\uD568", the archive message either way round, works in \u300A\u300B.
  r = parse("\uD64D\uAE38\uB3D9 (2019\uB144 3\uC6D4 1\uC77C). \u201C\uB3C4\uCEE4\uB780 \uBB34\uC5C7\uC778\uAC00\u201D. \u300A\uBE14\uB85C\uD130\u300B (\uC601\uC5B4). \uC6D0\uBCF8 \uBB38\uC11C\uC5D0\uC11C 2019\uB144 3\uC6D4 2\uC77C\uC5D0 \uBCF4\uC874\uB41C \uBB38\uC11C. 2021\uB144 5\uC6D4 8\uC77C\uC5D0 \uD655\uC778\uD568.");
  CHECK(r.names(Variable::author)[0].literal == "\uD64D\uAE38\uB3D9");
  CHECK(iso(r, Variable::issued) == "2019-03-01");
  CHECK(r.get(Variable::title) == "\uB3C4\uCEE4\uB780 \uBB34\uC5C7\uC778\uAC00");
  CHECK(r.get(Variable::container_title) == "\uBE14\uB85C\uD130");
  CHECK(r.get(Variable::language) == "en");
  CHECK(to_iso(r.archive_date->start) == "2019-03-02");
  CHECK(iso(r, Variable::accessed) == "2021-05-08");
  r = parse("\u201CDocker overview\u201D. \u300ADocker Documentation\u300B. 2018\uB144 6\uC6D4 12\uC77C. 2019\uB144 3\uC6D4 2\uC77C\uC5D0 \uC6D0\uBCF8 \uBB38\uC11C\uC5D0\uC11C \uBCF4\uC874\uB41C \uBB38\uC11C. 2021\uB144 5\uC6D4 8\uC77C\uC5D0 \uD655\uC778\uD568.");
  CHECK(r.get(Variable::container_title) == "Docker Documentation");
  CHECK(to_iso(r.archive_date->start) == "2019-03-02");
  CHECK(iso(r, Variable::accessed) == "2021-05-08");
  r = parse("\uD64D\uAE38\uB3D9 (2010). \u300A\uD504\uB85C\uADF8\uB798\uBC0D \uC785\uBB38\u300B. \uC11C\uC6B8: \uD55C\uBE5B\uBBF8\uB514\uC5B4.");
  CHECK(r.get(Variable::title) == "\uD504\uB85C\uADF8\uB798\uBC0D \uC785\uBB38");
  CHECK(r.get(Variable::publisher_place) == "\uC11C\uC6B8");
  CHECK(r.get(Variable::publisher) == "\uD55C\uBE5B\uBBF8\uB514\uC5B4");
  // zh: the access date in brackets after the date, the archive and the language in
  // full-width parentheses.
  r = parse("Smith, John. Docker overview. Docker Documentation. 2018-06-12 [2021-05-08]. \uFF08\u539F\u59CB\u5185\u5BB9\u5B58\u6863\u4E8E2019-01-01\uFF09 \uFF08\u82F1\u8BED\uFF09.");
  CHECK(iso(r, Variable::issued) == "2018-06-12");
  CHECK(iso(r, Variable::accessed) == "2021-05-08");
  CHECK(to_iso(r.archive_date->start) == "2019-01-01");
  CHECK(r.get(Variable::language) == "en");
  CHECK(r.get(Variable::title) == "Docker overview");
  // A year in brackets is a first publication, no access date (CS1 |orig-date=).
  r = parse("Darwin, Charles (2009) [1859]. On the Origin of Species. London: John Murray.");
  CHECK_FALSE(r.has(Variable::accessed));
  r = parse("Darwin, Charles (2009) [2008-11-24]. On the Origin of Species. London: John Murray.");
  CHECK_FALSE(r.has(Variable::accessed));
  // en CS1's full-date |orig-date= after the date of a reference without authors: no access
  // date outside a zh list or Chinese text.
  r = parse("\"Release notes\". Example Site. 2020 [2019-03-01].");
  CHECK_FALSE(r.has(Variable::accessed));
  CHECK(iso(r, Variable::issued) == "2020");
}

TEST_CASE("the edition named in the options applies to every reference", "[reader][lang]") {
  // "Title (англ.). Site." reads as a Russian web citation only once the edition is known.
  Diagnostics d;
  ReferenceListOptions ru;
  ru.language = "ru";
  Reference r = parse_reference("Some title. Docker Documentation. 2017.", ru, d);
  CHECK(r.get(Variable::publisher).empty());
  CHECK(r.get(Variable::container_title) == "Docker Documentation");
  r = parse_reference("Some title. Docker Documentation. 2017.", {}, d);
  CHECK(r.get(Variable::publisher) == "Docker Documentation");
}

TEST_CASE("two people in natural order: the edition or the list decides", "[reader][lang]") {
  // "Mario Rossi, Luigi Bianchi" has the shape of CS2's "García Márquez, Gabriel José".
  const std::string_view two = "Mario Rossi, Luigi Bianchi, Storia di Roma, Milano, Mondadori, 2005, p. 12.";
  auto authors = [](const Reference& r) { return r.names(Variable::author).size(); };
  Diagnostics d;
  CHECK(authors(parse_reference(two, {}, d)) == 1);  // alone and unmarked: left as it was
  ReferenceListOptions it;
  it.language = "it";
  CHECK(authors(parse_reference(two, it, d)) == 2);
  ReferenceListOptions es;
  es.language = "es";
  CHECK(authors(parse_reference(two, es, d)) == 1);

  auto read = [&](std::string text) { return read_reference_list(SourceText("l.txt", std::move(text)), {}, d); };
  // A list whose earlier references print people in natural order before the title.
  std::vector<Reference> refs = read(
      "1. ^ Luca Bianchi e Mario Rossi, Il titolo del libro, Torino, Einaudi, 2003.\n"
      "2. ^ Anna Verdi, Storia di Milano, Milano, Hoepli, 2001.\n"
      "3. ^ Mario Rossi, Luigi Bianchi, Storia di Roma, Milano, Mondadori, 2005, p. 12.\n");
  REQUIRE(refs.size() == 3);
  CHECK(authors(refs[2]) == 2);
  CHECK(refs[2].names(Variable::author)[1].literal == "Luigi Bianchi");
  // A list of CS1/CS2 "Family, Given" names keeps the one inverted name.
  refs = read(
      "1. ^ Smith, John (2005). A Title. London: Penguin.\n"
      "2. ^ Vargas Llosa, Mario (1963). La ciudad y los perros. Barcelona: Seix Barral.\n"
      "3. ^ Garc\u00eda M\u00e1rquez, Gabriel Jos\u00e9, Cien a\u00f1os de soledad, Buenos Aires, Sudamericana, 1967.\n");
  REQUIRE(refs.size() == 3);
  REQUIRE(authors(refs[2]) == 1);
  CHECK(refs[2].names(Variable::author)[0].family == "Garc\u00eda M\u00e1rquez");
  // Before any evidence, the first reference of a list stays as it was.
  refs = read("1. ^ Mario Rossi, Luigi Bianchi, Storia di Roma, Milano, Mondadori, 2005.\n");
  REQUIRE(refs.size() == 1);
  CHECK(authors(refs[0]) == 1);
}

TEST_CASE("cite news with a place only: a place the list printed before", "[reader][lang]") {
  // "Newspaper. Madrid." has the shape of cite web's "Website. Publisher.": no gazetteer, but
  // the list's own places ("Madrid: Alianza", "The Guardian. London. Associated Press.").
  Diagnostics d;
  auto read = [&](std::string text) { return read_reference_list(SourceText("l.txt", std::move(text)), {}, d); };
  std::vector<Reference> refs = read(
      "1. ^ P\u00e9rez, Juan (2001). Historia. Madrid: Alianza.\n"
      "2. ^ \"Peru expels envoy\". The Guardian. London. Associated Press. 11 September 2017.\n"
      "3. ^ \"Title\". El Pa\u00eds. Madrid. 3 May 2015.\n"
      "4. ^ Smith, John (3 May 2015). \"Storm\". The Observer. London. Retrieved 4 May 2015.\n"
      "5. ^ \"Other\". El Mundo. Unidad Editorial. 3 May 2015.\n");
  REQUIRE(refs.size() == 5);
  CHECK(refs[2].get(Variable::publisher_place) == "Madrid");
  CHECK_FALSE(refs[2].has(Variable::publisher));
  CHECK(refs[3].get(Variable::publisher_place) == "London");
  CHECK(refs[4].get(Variable::publisher) == "Unidad Editorial");
  // A place the list never printed as one stays the publisher, as cite web needs.
  refs = read("1. ^ \"Title\". El Pa\u00eds. Madrid. 3 May 2015.\n");
  REQUIRE(refs.size() == 1);
  CHECK(refs[0].get(Variable::publisher) == "Madrid");
}

TEST_CASE("dates and languages no table knows are reported", "[reader][lang]") {
  Diagnostics d;
  Reference r = parse_reference("\"Title\". Site. Retrieved sometime last week.", {}, d);
  REQUIRE(r.date(Variable::accessed) != nullptr);
  CHECK(r.date(Variable::accessed)->literal == "sometime last week");
  bool date_reported = false, lang_reported = false;
  for (const Diagnostic& x : d) date_reported = date_reported || x.code == DiagCode::date_unparsed;
  CHECK(date_reported);
  d.clear();
  r = parse_reference("Title (in Klingonese). Publisher. 2019.", {}, d);
  CHECK(r.get(Variable::title) == "Title");
  CHECK_FALSE(r.has(Variable::language));
  for (const Diagnostic& x : d) {
    if (x.code != DiagCode::language_unknown) continue;
    lang_reported = true;
    // The argument and the span are the language name only.
    CHECK(x.message.find("\"Klingonese\"") != std::string::npos);
    CHECK(x.span.begin == 10);
    CHECK(x.span.end == 20);
  }
  CHECK(lang_reported);
}

// CS1 prints `|language=` as its CLDR name in the wiki's language: languages and variants the
// reader's tables do not list are found by that name (ICU has every one), after the
// edition's "in" / "en" / "em" only.
TEST_CASE("languages by their CLDR names, in each edition's wording", "[reader][lang]") {
  const auto language_of = [](std::string_view line) {
    Diagnostics d;
    const Reference r = parse_reference(line, {}, d);
    for (const Diagnostic& x : d) CHECK(x.code != DiagCode::language_unknown);
    return std::string(r.get(Variable::language));
  };
  CHECK(language_of("\"Habari\". Taifa Leo (in Swahili). 3 March 2015.") == "sw");
  CHECK(language_of("\"Balita\" (in Tagalog). Abante. 3 March 2015.") == "tl");
  CHECK(language_of("\"\u4e2d\u570b\" (in Chinese (Taiwan)). Site. Retrieved 5 May 2021.") == "zh-TW");
  CHECK(language_of("\"\u4e2d\u56fd\" [China]. Xinhua (in Simplified Chinese). 13 September 2017.") == "zh-Hans");
  CHECK(language_of("Silva, Jo\u00e3o (2012). Os \u00edndios (in Brazilian Portuguese). S\u00e3o Paulo: \u00c1tica.") == "pt-BR");
  CHECK(language_of("Hansen, Ole (2001). Norsk historie (in Norwegian Bokm\u00e5l). Oslo: Gyldendal.") == "nb");
  CHECK(language_of("\u00abNoticia\u00bb. Taifa Leo (en suajili). 3 de marzo de 2015.") == "sw");
  CHECK(language_of("\u00abNot\u00edcia\u00bb. Taifa Leo (em sua\u00edli). 3 de mar\u00e7o de 2015.") == "sw");
  // The container keeps its name: the tag is not read into it.
  Diagnostics d;
  const Reference r = parse_reference("\"Habari\". Taifa Leo (in Swahili). 3 March 2015.", {}, d);
  CHECK(r.get(Variable::container_title) == "Taifa Leo");
  // A bare word in parentheses is not looked up ("(Luo)" is also a name).
  const Reference luo = parse_reference("Title (Luo). Publisher. 2019.", {}, d);
  CHECK_FALSE(luo.has(Variable::language));
}

TEST_CASE("wordings of older template versions", "[reader][lang]") {
  CHECK(test::iso_of(test::parse_one("\"T\". S. Retrieved on 2008-06-12."), Variable::accessed) == "2008-06-12");
  CHECK(test::iso_of(test::parse_one("\u00abT\u00bb. S. P\u00e1gina visitada em 3 de maio de 2010."), Variable::accessed) == "2010-05-03");
  CHECK(test::iso_of(test::parse_one("[T](http://x.org), su S. URL consultato in data 28 febbraio 2020."), Variable::accessed) == "2020-02-28");
  CHECK(test::iso_of(test::parse_one("T (\u0430\u043d\u0433\u043b.). S. \u041f\u0440\u043e\u0432\u0435\u0440\u0435\u043d\u043e 12 \u043c\u0430\u044f 2010."), Variable::accessed) == "2010-05-12");
}

TEST_CASE("es \"EE. UU.\" inside an element is no separator", "[reader][lang]") {
  // The first period of the abbreviation of Estados Unidos cut the title or the publisher in
  // two (the rest a series, a place or a comment); the second is the abbreviation's too (kept
  // like "Inc."), and a separator only before a capitalised word or a number.
  const Reference book = parse("P\u00e9rez, Ana (2011). Viaje a EE. UU. Barcelona: Planeta.");
  CHECK(book.get(Variable::title) == "Viaje a EE. UU.");
  CHECK_FALSE(book.has(Variable::collection_title));
  CHECK(book.get(Variable::publisher_place) == "Barcelona");
  CHECK(book.get(Variable::publisher) == "Planeta");
  const Reference web = parse("\u00abInforme anual\u00bb. Embajada de EE. UU. Madrid. 2010.");
  CHECK(web.get(Variable::container_title) == "Embajada de EE. UU.");
  CHECK((web.get(Variable::publisher_place) == "Madrid" || web.get(Variable::publisher) == "Madrid"));
  const Reference inside = parse("P\u00e9rez, Juan (2005). Historia de los EE. UU. en el siglo XX. Barcelona: Cr\u00edtica.");
  CHECK(inside.get(Variable::title) == "Historia de los EE. UU. en el siglo XX");
  CHECK(inside.get(Variable::publisher) == "Cr\u00edtica");
  CHECK(inside.comment.empty());
  // Two doubled words only: "Las FF. AA." too, but a lone "UU." or "Smith, AA." is no pair.
  CHECK(parse("Ruiz, Eva (2010). Las FF. AA. Madrid: Akal.").get(Variable::title) == "Las FF. AA.");
}

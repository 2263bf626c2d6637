// One reference at a time: each element of the rendered CS1 grammar and the type rules.
#include <citelib/readers/reference_list.hpp>

#include "readers/list/lexicon.hpp"
#include "readers/list/locators.hpp"
#include "readers/list/quotes.hpp"
#include "readers/list/segments.hpp"

#include "reader_util.hpp"

#include <catch2/catch.hpp>

using namespace citelib;

namespace {

Reference parse(std::string_view text) { return test::parse_one(text); }
std::string date_of(const Reference& r, Variable v) { return test::iso_of(r, v); }

}  // namespace

TEST_CASE("authors, (DATE), quoted title, container", "[reader][grammar]") {
  Reference r = parse("Mej\u00eda Huaraca, Mario (2017-09-13). \"Embajador protesta\". El Comercio.");
  CHECK(r.names(Variable::author)[0].family == "Mej\u00eda Huaraca");
  CHECK(date_of(r, Variable::issued) == "2017-09-13");
  CHECK(r.get(Variable::title) == "Embajador protesta");
  CHECK(r.get(Variable::container_title) == "El Comercio");
  CHECK(r.type == ItemType::webpage);
}

TEST_CASE("nested quotes stay in the title", "[reader][grammar]") {
  Reference r = parse("\"Embajador de Corea del Norte: \"Las puertas est\u00e1n abiertas\"\". RPP Noticias. 2017-09-11.");
  CHECK(r.get(Variable::title) == "Embajador de Corea del Norte: \"Las puertas est\u00e1n abiertas\"");
  CHECK(r.get(Variable::container_title) == "RPP Noticias");
  r = parse("\"\"Total Turnover\"\". Archived from the original on 25 October 2013.");
  CHECK(r.get(Variable::title) == "\"Total Turnover\"");
  r = parse("\u00ab\"Rails is moving from SVN to Git\"\u00bb. Consultado em 3 de abril de 2008");
  CHECK(r.get(Variable::title) == "\"Rails is moving from SVN to Git\"");
}

TEST_CASE("standalone titles: translated title, language, format, publisher", "[reader][grammar]") {
  Reference r = parse("Per\u00fa declara persona no grata [Peru declares persona non grata] (in Spanish). 24 Horas. 2017-09-12.");
  CHECK(r.get(Variable::title) == "Per\u00fa declara persona no grata");
  CHECK(r.title_translated == "Peru declares persona non grata");
  CHECK(r.get(Variable::language) == "es");
  CHECK(r.get(Variable::publisher) == "24 Horas");
  CHECK(r.type == ItemType::document);
  r = parse("Memoria 2006 - 2011 (PDF) (in Spanish). Lima: Ministerio de Relaciones Exteriores. 2012. p.\u00a0175.");
  CHECK(r.get(Variable::medium) == "PDF");
  CHECK(r.get(Variable::publisher_place) == "Lima");
  CHECK(r.get(Variable::publisher) == "Ministerio de Relaciones Exteriores");
  CHECK(r.get(Variable::page) == "175");
  CHECK(date_of(r, Variable::issued) == "2012");
  CHECK(r.type == ItemType::book);
}

TEST_CASE("journal volume, issue and pages", "[reader][grammar]") {
  Reference r = parse("\"Sendero Luminoso\". Department of State Bulletin. 89 (2153): 49\u201352. 1989-12-01.");
  CHECK(r.get(Variable::volume) == "89");
  CHECK(r.get(Variable::issue) == "2153");
  CHECK(r.get(Variable::page) == "49\u201352");
  CHECK(r.type == ItemType::article_journal);
  r = parse("Novais, Renato (2017). \"Assessing\". Journal of Systems and Software. 128: 56\u201371.");
  CHECK(r.get(Variable::volume) == "128");
  CHECK(r.get(Variable::page) == "56\u201371");
  r = parse("Doe, Jane (June 2001). \"Article\". Wired. Vol. 9, no. 6. pp. 10\u201312.");
  CHECK(r.get(Variable::volume) == "9");
  CHECK(r.get(Variable::issue) == "6");
  CHECK(r.get(Variable::page) == "10\u201312");
}

TEST_CASE("free-text journal references", "[reader][grammar]") {
  Reference r = parse("Cummings, Maxwell D.; Maxwell, Alan C. (2007) Processing of Small Molecule Databases. Medicinal Chemistry 3(1):107-113");
  CHECK(r.get(Variable::title) == "Processing of Small Molecule Databases");
  CHECK(r.get(Variable::container_title) == "Medicinal Chemistry");
  CHECK(r.get(Variable::issue) == "1");
  CHECK(r.type == ItemType::article_journal);
  r = parse("LIN Jr-Hung ; CLARK Timothy (2005) An analytical description. JCIM Vol. 45, no4, pp. 1010-1016");
  CHECK(r.get(Variable::container_title) == "JCIM");
  CHECK(r.get(Variable::volume) == "45");
  CHECK(r.get(Variable::issue) == "4");
  CHECK(r.get(Variable::page) == "1010-1016");
}

TEST_CASE("chapters: In editors (ed.). Book", "[reader][grammar]") {
  Reference r = parse("Smith, J. (2005). \"Chapter One\". In Brown, A. (ed.). The Big Book. Oxford: Oxford University Press. pp. 3\u20139.");
  CHECK(r.names(Variable::editor)[0].family == "Brown");
  CHECK(r.get(Variable::container_title) == "The Big Book");
  CHECK(r.type == ItemType::chapter);
}

TEST_CASE("message strings: archive, access, via, Wayback", "[reader][grammar]") {
  Reference r = parse("\"GCHQ trio\". BBC News. 5 October 2010. Archived from the original on 10 August 2014. Retrieved 5 August 2014.");
  CHECK(date_of(r, Variable::issued) == "2010-10-05");
  CHECK(to_iso(r.archive_date->start) == "2014-08-10");
  CHECK(date_of(r, Variable::accessed) == "2014-08-05");
  r = parse("Hiscock, Geoff (30 November 2012). \"India's Store Wars\". John Wiley & Sons. Retrieved 16 March 2023 \u2013 via Google Books.");
  CHECK(r.via == "Google Books");
  r = parse("\"The Possibility\" (PDF). Archived (PDF) from the original on 2017-02-16. Retrieved 2017-07-08.");
  CHECK(r.get(Variable::medium) == "PDF");
  CHECK(to_iso(r.archive_date->start) == "2017-02-16");
  r = parse("Kharagpur. \"Analysis\" Archived 2010-08-19 at the Wayback_Machine. 7 August 2008.");
  CHECK(to_iso(r.archive_date->start) == "2010-08-19");
  CHECK(date_of(r, Variable::issued) == "2008-08-07");
}

TEST_CASE("identifiers", "[reader][grammar]") {
  Reference r = parse(
      "Smith JA (2010). \"T\". Nature. 465 (7294): 123\u2013127. Bibcode:2010Natur.465..123S. doi:10.1038/nature09000. "
      "PMID 20463731. PMC 1302793. S2CID 4408416. ISSN 0028-0836. OCLC 123. arXiv:1001.0001. JSTOR 4567. hdl:10.1/2. "
      "ISBN 978-0-19-920613-5. RFC 2616.");
  CHECK(r.get(Variable::DOI) == "10.1038/nature09000");
  CHECK(r.get(Variable::PMID) == "20463731");
  CHECK(r.get(Variable::PMCID) == "1302793");
  CHECK(r.get(Variable::ISSN) == "0028-0836");
  CHECK(r.get(Variable::ISBN) == "978-0-19-920613-5");
  CHECK(r.get(Variable::number) == "RFC 2616");
  CHECK(r.identifier(Identifier::Bibcode) == "2010Natur.465..123S");
  CHECK(r.identifier(Identifier::S2CID) == "4408416");
  CHECK(r.identifier(Identifier::OCLC) == "123");
  CHECK(r.identifier(Identifier::arXiv) == "1001.0001");
  CHECK(r.identifier(Identifier::JSTOR) == "4567");
  CHECK(r.identifier(Identifier::hdl) == "10.1/2");
  r = parse("Cherkasov, A., et al. (2014). T. J, 57(12), 4977-5010. https://doi.org/10.1021/jm4004285");
  CHECK(r.get(Variable::URL) == "https://doi.org/10.1021/jm4004285");
  CHECK(r.get(Variable::DOI) == "10.1021/jm4004285");
}

TEST_CASE("type labels, editions, sections", "[reader][grammar]") {
  Reference r = parse("Griswold, William G (July 1991). Program Restructuring (PDF) (Ph.D. thesis). University of Washington.");
  CHECK(r.type == ItemType::thesis);
  CHECK(r.get(Variable::genre) == "Ph.D. thesis");
  CHECK(r.get(Variable::publisher) == "University of Washington");
  r = parse("WHO (2019). Global report (Report). Geneva: WHO.");
  CHECK(r.type == ItemType::report);
  r = parse("\"Launch\" (Press release). Company Inc. 12 May 2020.");
  CHECK(r.type == ItemType::document);
  CHECK(r.get(Variable::genre) == "Press release");
  r = parse("Buchmann, Johannes A. (2013). Introduction to Cryptography (Second ed.). Springer. pp. 190\u2013191.");
  CHECK(r.get(Variable::edition) == "Second");
  r = parse("Hibbeler, R.C. (2009). Structural Analysis (Seventh Edition). Pearson Prentice Hall.");
  CHECK(r.get(Variable::edition) == "Seventh Edition");
  CHECK(r.type == ItemType::book);
  r = parse("Diffie, W. \"Authentication\", in Designs, Codes and Cryptography, 2, 107\u2013125 (1992), Section 5.2");
  CHECK(r.get(Variable::container_title) == "Designs, Codes and Cryptography");
  CHECK(r.get(Variable::section) == "Section 5.2");
  CHECK(r.get(Variable::page) == "107\u2013125");
  CHECK(date_of(r, Variable::issued) == "1992");
}

TEST_CASE("trailing quote, comment, CS1 messages", "[reader][grammar]") {
  Reference r = parse("Informe mensual (in Spanish). IDL. 1989. p.\u00a026. Dotaci\u00f3n frustr\u00f3 un atentado.");
  CHECK(r.get(Variable::note) == "Dotaci\u00f3n frustr\u00f3 un atentado.");  // prose keeps its period
  CHECK(r.get(Variable::publisher) == "IDL");
  r = parse("Tannhausser (12 de julio de 2018). \u00abGuido dimite\u00bb (html). La Mirada. Consultado el 21 de julio de 2018. \u00abComo veis no solo transfiere el poder.\u00bb");
  CHECK(r.get(Variable::note) == "Como veis no solo transfiere el poder.");
  CHECK(r.get(Variable::medium) == "html");
  r = parse("ww7.dokry.com http://ww7.dokry.com/x.html |url= sin t\u00edtulo (ayuda). Consultado el 1 de mayo de 2024.");
  REQUIRE(r.cs1_messages.size() == 1);
  CHECK(r.cs1_messages[0] == "|url= sin t\u00edtulo (ayuda)");
  CHECK_FALSE(r.has(Variable::title));
  CHECK(r.get(Variable::container_title) == "ww7.dokry.com");
  CHECK(r.get(Variable::URL) == "http://ww7.dokry.com/x.html");
}

TEST_CASE("a NBSP in mojibake (\"\u00c2\" + NBSP) separates as the NBSP did", "[reader][grammar]") {
  // UTF-8 read as Latin-1 and saved again, as old text dumps are.
  Reference r = parse("Hibbeler, R.C. (2009). Structural Analysis. ISBN\u00c2\u00a00-13-602060-7.");
  CHECK(r.get(Variable::ISBN) == "0-13-602060-7");
  r = parse("Smith, J. (2001). \"Title\". Journal. 12 (3): pp.\u00c2\u00a049\u201352.");
  CHECK(r.get(Variable::page) == "49\u201352");
  // A capital A with circumflex elsewhere is a letter.
  r = parse("\u00c2ngelo, Jo\u00e3o (2001). \"T\u00c2\u00a0\". Folha.");
  REQUIRE(r.names(Variable::author).size() == 1);
  CHECK(r.names(Variable::author)[0].family == "\u00c2ngelo");
}

TEST_CASE("short notes and no-citation items", "[reader][grammar]") {
  Reference r = parse("Butcher_2003, p.\u00a045; Hairer,_N\u00f8rsett_&_Wanner_1993, p.\u00a035");
  REQUIRE(r.short_cites.size() == 2);
  CHECK(r.short_cites[0].names == "Butcher");
  CHECK(r.short_cites[0].page == "45");
  CHECK(r.short_cites[1].names == "Hairer,_N\u00f8rsett_&_Wanner");
  r = parse("See also Atkinson_1989, p. 344");
  REQUIRE(r.short_cites.size() == 1);
  CHECK(r.short_cites[0].prefix == "See also");
  r = parse("Lakoba_2012, equation (1.16)");
  CHECK(r.short_cites[0].locator == "equation (1.16)");
  CHECK(parse("Windows 2000").short_cites.empty());  // a title that ends in a year
  CHECK(parse("[7]").no_citation);
  CHECK(parse(".mw-parser-output cite.citation{font-style:inherit}").no_citation);
  r = parse("\"Holand\u00e9s\" hace referencia a Guido van Rossum, el autor del lenguaje de programaci\u00f3n Python, que es holand\u00e9s. Tambi\u00e9n hace referencia a la gran concentraci\u00f3n de desarrolladores holandeses conocidos.");
  CHECK(r.no_citation);
  CHECK(parse("History and License").get(Variable::title) == "History and License");
}

TEST_CASE("quoted spans", "[reader][grammar]") {
  using list::find_quoted;
  const std::string_view t = "\"A \"B\" C\". D";
  auto q = find_quoted(t, 0, t.size());
  REQUIRE(q);
  CHECK(t.substr(q->inner_begin, q->inner_end - q->inner_begin) == "A \"B\" C");
  const std::string_view fr = "Jean, \u00ab\u00a0Le titre\u00a0\u00bb, Le Monde";
  q = find_quoted(fr, 0, fr.size());
  REQUIRE(q);
  CHECK(fr.substr(q->inner_begin, q->inner_end - q->inner_begin) == "Le titre");
  CHECK_FALSE(find_quoted("no \"closing quote here", 0, 22));
}

TEST_CASE("element separators respect abbreviations", "[reader][grammar]") {
  const auto& lex = list::Lexicon::get();
  const std::string_view t = "Dr. Fanous. J. Chem. Inf. Comput. Sci. 39:747-750. U.S. Embassy in Peru. 12. M\u00e4rz 2015. Next";
  std::vector<std::uint8_t> used(t.size(), 0);
  std::vector<list::Segment> segs;
  list::split_segments(t, 0, t.size(), used, list::SepMode::period, lex, segs);
  std::vector<std::string_view> parts;
  for (const auto& s : segs) parts.push_back(t.substr(s.begin, s.end - s.begin));
  REQUIRE(parts.size() == 5);
  CHECK(parts[0] == "Dr. Fanous");
  CHECK(parts[1] == "J. Chem. Inf. Comput. Sci. 39:747-750");
  CHECK(parts[2] == "U.S. Embassy in Peru");
  CHECK(parts[3] == "12. M\u00e4rz 2015");
}

TEST_CASE("page values and journal tails", "[reader][grammar]") {
  using namespace list;
  CHECK(looks_like_pages("49\u201352"));
  CHECK(looks_like_pages("63ff"));
  CHECK(looks_like_pages("eaam9744"));
  CHECK(looks_like_pages("48-49, 96, 215, 225"));
  CHECK(looks_like_pages("xii\u2013xv"));
  CHECK_FALSE(looks_like_pages("Addison-Wesley"));
  auto tail = parse_journal_tail("Chemical Reviews 96 (8): 3147-3176");
  REQUIRE(tail);
  CHECK(tail->container == "Chemical Reviews");
  CHECK(tail->loc.volume == "96");
  CHECK(tail->loc.issue == "8");
  CHECK(tail->loc.page == "3147-3176");
  tail = parse_journal_tail("Journal of medicinal chemistry, 57(12), 4977-5010");
  REQUIRE(tail);
  CHECK(tail->container == "Journal of medicinal chemistry");
  CHECK(tail->loc.volume == "57");
  CHECK_FALSE(parse_journal_tail("Reading, MA: Addison-Wesley"));
}

TEST_CASE("locators without commas and harvtxt notes", "[reader][grammar]") {
  Reference r = parse("Doe, Jane (June 2001). \"Article\". Wired. Vol. 9 no. 6. pp. 10\u201312.");
  CHECK(r.get(Variable::volume) == "9");
  CHECK(r.get(Variable::issue) == "6");
  r = parse("Smith (2005), p. 12.");
  REQUIRE(r.short_cites.size() == 1);
  CHECK(r.short_cites[0].names == "Smith");
  CHECK(r.short_cites[0].year == "2005");
  CHECK(r.short_cites[0].page == "12");
}

TEST_CASE("volumes and issues that are no numbers are kept as written", "[reader][grammar]") {
  const list::Lexicon& lex = list::Lexicon::get();
  list::Locators loc;
  REQUIRE(list::parse_labeled_locators("Vol. Two, no. Special", lex, loc));
  CHECK(loc.volume == "Two");
  CHECK(loc.issue == "Special");
  REQUIRE(list::parse_labeled_locators("Vol. II", lex, loc));
  CHECK(loc.volume == "II");
  // A label word that starts a name is no locator.
  CHECK_FALSE(list::parse_labeled_locators("Band of the Andes", lex, loc));
  // de: the year among the locators.
  REQUIRE(list::parse_labeled_locators("Band 5, Nr. 11, 2005, S. 49\u201352", lex, loc));
  CHECK(loc.volume == "5");
  CHECK(loc.issue == "11");
  CHECK(loc.date == "2005");
  CHECK(loc.page == "49\u201352");
}

TEST_CASE("a second value for a field is reported, not dropped", "[reader][grammar]") {
  Diagnostics d;
  const Reference r = parse_reference("Knuth, Donald (1997). Sorting. Reading: Addison-Wesley. ISBN 978-0-201-89685-5. ISBN 0-201-89685-0.", {}, d);
  CHECK(r.get(Variable::ISBN) == "978-0-201-89685-5");
  std::vector<std::string> unplaced;
  for (const Diagnostic& x : d)
    if (x.code == DiagCode::reference_unparsed_text) unplaced.push_back(x.message);
  REQUIRE(unplaced.size() == 1);
  CHECK(unplaced[0].find("0-201-89685-0") != std::string::npos);
}

TEST_CASE("series, cite news and conference shapes", "[reader][grammar]") {
  Reference r = parse("Knuth, Donald (1997). Fundamental Algorithms. The Art of Computer Programming. Vol. 1 (3rd ed.). Reading, Massachusetts: Addison-Wesley.");
  CHECK(r.get(Variable::title) == "Fundamental Algorithms");
  CHECK(r.get(Variable::collection_title) == "The Art of Computer Programming");
  CHECK(r.get(Variable::volume) == "1");
  CHECK(r.get(Variable::edition) == "3rd");
  r = parse("\"Envoy expelled\". The Guardian. London. Associated Press. 11 September 2017. p. 12.");
  CHECK(r.get(Variable::container_title) == "The Guardian");
  CHECK(r.get(Variable::publisher_place) == "London");
  CHECK(r.get(Variable::publisher) == "Associated Press");
  // One plain element after the work stays its publisher.
  r = parse("\"Status codes\". MDN Web Docs. Mozilla. 11 September 2017.");
  CHECK(r.get(Variable::publisher) == "Mozilla");
  CHECK_FALSE(r.has(Variable::publisher_place));
  r = parse("Doe, J. (2014). \"Paper\". Advances in Cryptology. Lecture Notes in Computer Science. 8441. Copenhagen, Denmark. pp. 1\u201316.");
  CHECK(r.get(Variable::collection_title) == "Lecture Notes in Computer Science");
  CHECK(r.get(Variable::volume) == "8441");
  CHECK(r.get(Variable::event_place) == "Copenhagen, Denmark");
  CHECK_FALSE(r.has(Variable::publisher));
}

TEST_CASE("a classical citation's short book number is no year", "[reader][grammar]") {
  // "Augusto, 100": the chapter of the life of Augustus, not the year 100 with a publisher.
  for (const char* text : {"Svetonio, Vite dei Cesari, Augusto, 100.", "Svetonio, Vite dei Cesari, Tiberio, 21."}) {
    INFO(text);
    const Reference r = parse(text);
    CHECK_FALSE(r.has(Variable::issued));
    CHECK_FALSE(r.has(Variable::publisher));
    CHECK(r.get(Variable::title) == std::string(text).substr(0, std::string(text).size() - 1));
  }
  // A Roman book and its chapter: the place in the work (a classical citation, twenty-first pass).
  const Reference livy = parse("Livio, Ab Urbe condita, XXI, 120.");
  CHECK_FALSE(livy.has(Variable::issued));
  CHECK_FALSE(livy.has(Variable::publisher));
  CHECK(livy.type == ItemType::classic);
  CHECK(livy.get(Variable::title) == "Ab Urbe condita");
  CHECK(livy.get(Variable::locator) == "XXI, 120");
  // A year of four digits after a comma is still a date.
  CHECK(date_of(parse("Giovanni Villani, Nuova Cronica, Firenze, 1845."), Variable::issued) == "1845");
}

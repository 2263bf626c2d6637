// Splitting pasted lists into items: numbering, carets and letters, bullets, headings and second
// lists, markdown exports, wrapped text dumps, CRLF, error lines.
#include <citelib/readers/reference_list.hpp>

#include "readers/list/lexicon.hpp"
#include "readers/list/list_splitter.hpp"

#include <catch2/catch.hpp>

using namespace citelib;

namespace {

std::vector<Reference> read(std::string text, Diagnostics* out = nullptr) {
  Diagnostics d;
  auto refs = read_reference_list(SourceText("test.txt", std::move(text)), {}, d);
  if (out) *out = d;
  return refs;
}

bool has_code(const Diagnostics& d, DiagCode c) {
  for (const Diagnostic& x : d)
    if (x.code == c) return true;
  return false;
}

}  // namespace

TEST_CASE("numbered list with carets and letters", "[reader][split]") {
  auto refs = read("References[edit]\n\n  1. ^ a b \"One\". Site. 2017-09-11.\n  2. ^ \"Two\". Site.\n  3. \"Three\".\n");
  REQUIRE(refs.size() == 3);
  CHECK(refs[0].id == "1");
  CHECK(refs[0].backlinks == 2);
  CHECK(refs[0].raw == "\"One\". Site. 2017-09-11.");
  CHECK(refs[1].backlinks == 1);
  CHECK_FALSE(refs[2].backlinks.has_value());
  CHECK(refs[0].position.line == 3);
}

TEST_CASE("letter runs past z and the Jump up prefix", "[reader][split]") {
  std::string letters;
  for (char c = 'a'; c <= 'z'; ++c) letters += std::string(1, c) + " ";
  letters += "aa ab ac ";
  auto refs = read("1. ^ " + letters + "Fielding, Roy (1999). Title. IETF.\n2. ^ Jump up to: a b c Smith, J. (2000). T. P.\n");
  REQUIRE(refs.size() == 2);
  CHECK(refs[0].backlinks == 29);
  CHECK(refs[0].raw.rfind("Fielding", 0) == 0);
  CHECK(refs[1].backlinks == 3);
  CHECK(refs[1].raw.rfind("Smith", 0) == 0);
}

TEST_CASE("a single letter after the caret is text, not a run", "[reader][split]") {
  auto refs = read("1. ^ a Title of something. Publisher.\n");
  REQUIRE(refs.size() == 1);
  CHECK(refs[0].backlinks == 1);
  CHECK(refs[0].raw == "a Title of something. Publisher.");
}

TEST_CASE("other renderings of the back-link", "[reader][split][lang]") {
  auto refs = read("Referencias\n\n- \u2191 \u00abUno\u00bb. Sitio.\n\n- \u2191 a b et c Dupont, Jean. Titre.\n\u2191 1 2 \u0418\u0432\u0430\u043d\u043e\u0432 \u0418. \u0422\u0435\u043a\u0441\u0442.\n");
  REQUIRE(refs.size() == 3);
  CHECK(refs[0].backlinks == 1);
  CHECK(refs[1].backlinks == 3);
  CHECK(refs[2].backlinks == 2);
}

TEST_CASE("unnumbered lists: one reference per line, ids are positions", "[reader][split]") {
  auto refs = read("Referencias\n\n\u00abUno\u00bb. a.org.\nDos. b.org.\n\n    Tres. c.org. 5 de abril de 2019\n");
  REQUIRE(refs.size() == 3);
  CHECK(refs[0].id == "1");
  CHECK(refs[2].id == "3");
  CHECK(refs[2].raw == "Tres. c.org. 5 de abril de 2019");
  CHECK_FALSE(refs[0].backlinks.has_value());
}

TEST_CASE("a second heading starts a bibliography with R ids", "[reader][split]") {
  auto refs = read("***** Notes[edit] *****\n   1. ^ Butcher 2003, p. 45\n***** References[edit] *****\n    * Atkinson, Kendall (1989). Book. Wiley.\nButcher, John (2003). Other. Wiley.\n");
  REQUIRE(refs.size() == 3);
  CHECK(refs[0].id == "1");
  CHECK(refs[0].list_name.empty());
  CHECK(refs[1].id == "R1");
  CHECK(refs[1].list_name == "References");
  CHECK(refs[2].id == "R2");
}

TEST_CASE("continuation lines of numbered items are joined", "[reader][split]") {
  auto refs = read("6. ^ a b c \nFraivert, Dov (2022). \"Title\". Journal: 1\u20132.\n7. ^Unni, M. P. (2017). \"Memory\n      reduction\". Conf. doi:10.1109/\n      CSPA.2017.8064928.\n");
  REQUIRE(refs.size() == 2);
  CHECK(refs[0].backlinks == 3);
  CHECK(refs[0].raw.rfind("Fraivert", 0) == 0);
  CHECK(refs[0].get(Variable::title) == "Title");
  CHECK(refs[1].get(Variable::title) == "Memory reduction");
  CHECK(refs[1].get(Variable::DOI) == "10.1109/CSPA.2017.8064928");  // a break after "/" joins without space
}

TEST_CASE("lines a text dump wrapped are joined; new entries are not", "[reader][split]") {
  // Wrapped at 79 columns: "fits" tells a hard break, an author-date start tells a new entry.
  const std::string dump =
      "References\n"
      "Ascher, Uri M.; Petzold, Linda R. (1998). Computer_Methods_for_Ordinary\n"
      "Differential_Equations_and_Differential-Algebraic_Equations. Philadelphia:\n"
      "Society_for_Industrial_and_Applied_Mathematics. ISBN 978-0-89871-412-8.\n"
      "Butcher, John C. (2003). Numerical Methods for Ordinary Differential Equations.\n"
      "New York: John_Wiley_&_Sons. ISBN 978-0-471-96758-3. Retrieved 5 August 2014.\n"
      "Hairer, Ernst; Wanner, Gerhard (1993). Solving ordinary differential equatio\n"
      "ns. Berlin, New York: Springer-Verlag. ISBN 978-3-540-56670-0 (yes, really).\n";
  auto refs = read(dump);
  REQUIRE(refs.size() == 3);
  CHECK(refs[0].get(Variable::publisher) == "Society_for_Industrial_and_Applied_Mathematics");
  CHECK(refs[1].get(Variable::publisher_place) == "New York");
  CHECK(refs[2].get(Variable::ISBN) == "978-3-540-56670-0");
}

TEST_CASE("a wrapped dump's GOST \" //\" and a dash at a line's start stay inside the item", "[reader][split]") {
  // Wrapped at 78 columns (found by re-wrapping the CS1 model's lists): a line that ends with
  // GOST's " //" before the journal, and a site name "Auth0 - Blog" broken before its dash.
  auto refs = read(
      "References\n"
      "  1. ^ Иванов Л., Менделеев И. И. Введение в теорию криптографии //\n"
      "     Журнал Русского химического общества. — 1943. — Т. 81, вып. 2. — С.\n"
      "     232—263.\n"
      "  2. ^ (DE) Peter J. Colombo et al., Firenze. Profilo di una città, su Auth0\n"
      "     - Blog.\n"
      "  3. ^ Smith, John (2001). Title. London: Penguin.\n"
      "- Doe, Jane (2005). A bulleted entry. Publisher.\n");
  REQUIRE(refs.size() == 4);
  CHECK(refs[0].get(Variable::container_title) == "Журнал Русского химического общества");
  CHECK(refs[0].get(Variable::title) == "Введение в теорию криптографии");
  CHECK(refs[1].get(Variable::container_title) == "Auth0 - Blog");
  CHECK(refs[2].get(Variable::publisher) == "Penguin");
  CHECK(refs[3].raw.rfind("Doe, Jane", 0) == 0);  // a bullet at the list's own indent opens an item
}

TEST_CASE("MediaWiki's numeric back-link labels: the reference's number and each use from 0", "[reader][split][lang]") {
  std::string uses;
  for (int k = 0; k <= 11; ++k) uses += "2." + std::string(k < 10 ? "0" : "") + std::to_string(k) + " ";
  auto refs = read(
      "1. \u2191 1,0 1,1 \u0418\u0432\u0430\u043d\u043e\u0432 \u0418. \u0422\u0435\u043a\u0441\u0442.\n"
      "2. ^ " + uses + "Smith, John (2010). Book. London: Penguin.\n"
      "3. ^ 3.0 3.1\n   3.2 Roe, Jane (2002). Another Title. Publisher.\n"
      "4. ^ 4,5 million people. Report. 2010.\n"
      "5. ^ 5.0 5.2 Doe, Ann (2003). Third. Publisher.\n");
  REQUIRE(refs.size() == 5);
  CHECK(refs[0].backlinks == 2);
  CHECK(refs[0].raw.rfind("\u0418\u0432\u0430\u043d\u043e\u0432", 0) == 0);
  CHECK(refs[1].backlinks == 12);  // padded to the count's width: 2.00 ... 2.11
  CHECK(refs[1].raw.rfind("Smith", 0) == 0);
  CHECK(refs[2].backlinks == 3);  // a run a text dump wrapped goes on
  CHECK(refs[2].raw.rfind("Roe", 0) == 0);
  // A number with a decimal comma that starts the text is no run, nor are labels out of step.
  CHECK(refs[3].backlinks == 1);
  CHECK(refs[3].raw.rfind("4,5 million", 0) == 0);
  CHECK(refs[4].backlinks == 1);
  CHECK(refs[4].raw.rfind("5.0 5.2", 0) == 0);
}

TEST_CASE("a run of back-link letters a text dump wrapped goes on on the next line", "[reader][split]") {
  const std::string dump =
      "References\n"
      "   1. ^ \"The HTTP status codes in IIS 7.0\". Microsoft. July 14, 2009. Retrieved\n"
      "      April 1, 2009.\n"
      "   2. ^ a b c d e f g h i j k l m n o p q r s t u v w x y z aa ab ac ad ae af ag\n"
      "      ah ai aj Fielding, Roy T.; Gettys, James (June 1999). Hypertext Transfer\n"
      "      Protocol -- HTTP/1.1. IETF. RFC 2616.\n"
      "   3. ^ a b\n"
      "      c. Smith, John (2001). A Title. Publisher.\n"
      "   4. ^ a b c d e f g h i j k l m n o p q r s t u v w x y z aa ab ac ad ae af ag\n"
      "      ah\n"
      "      ai Roe, Jane (2002). Another Title. Publisher.\n";
  auto refs = read(dump);
  REQUIRE(refs.size() == 4);
  CHECK(refs[0].backlinks == 1);
  CHECK(refs[1].backlinks == 36);
  REQUIRE(refs[1].names(Variable::author).size() == 2);
  CHECK(refs[1].names(Variable::author)[0].family == "Fielding");
  CHECK(refs[1].get(Variable::issued).empty());
  CHECK(refs[1].date(Variable::issued) != nullptr);
  // "c." is no letter of the run (a letter stands alone): the text starts there.
  CHECK(refs[2].backlinks == 2);
  CHECK(refs[2].raw.rfind("c. Smith", 0) == 0);
  // A run may be wrapped twice.
  CHECK(refs[3].backlinks == 35);
  CHECK(refs[3].names(Variable::author)[0].family == "Roe");
}

TEST_CASE("a number alone on its line: the caret and letters open the next line", "[reader][split]") {
  auto refs = read(
      "References\n"
      "1.\n"
      "^ \"First\". Site. Retrieved 4 May 2020.\n"
      "2.\n"
      "^ a b c\n"
      "Roe, Jane (1999). Book Title. Wiley.\n"
      "3.\n"
      "Smith, John (2001). No Caret. Wiley.\n");
  REQUIRE(refs.size() == 3);
  CHECK(refs[0].backlinks == 1);
  CHECK(refs[0].get(Variable::title) == "First");
  CHECK(refs[1].backlinks == 3);
  CHECK(refs[1].names(Variable::author)[0].family == "Roe");
  CHECK_FALSE(refs[2].backlinks.has_value());
  CHECK(refs[2].names(Variable::author)[0].family == "Smith");
}

TEST_CASE("markdown exports: caret links, letters, link text and targets", "[reader][split][markdown]") {
  auto refs = read(
      "References[[edit](/w/index.php?action=edit \"Edit section\")]\n"
      "-----------\n"
      "1. ^ [***a***](#cite_ref-k_1-0) [***b***](#cite_ref-k_1-1) Kerievsky, Joshua (2004). *Refactoring to Patterns*. Addison Wesley.\n"
      "2. **[^](#cite_ref-2)** [Fowler, Martin](/wiki/Martin_Fowler \"Martin Fowler\") (1999). [*Refactoring*](https://example.org/r). Addison-Wesley. pp.\u00a0[63ff](https://example.org/p). [ISBN](/wiki/ISBN_(identifier) \"ISBN (identifier)\")\u00a0[978-0-201-48567-7](/wiki/Special:BookSources/978-0-201-48567-7).\n"
      "3.  [**^**](#cite_ref-3) (EN) [A Brief History](https://auth0.com/blog/h/), su Auth0 - Blog. URL consultato il 28 febbraio 2020.\n"
      "4.  **^** _[a](#cite_ref-n_4-0)_ _[b](#cite_ref-n_4-1)_ (EN) [Notification.permission](https://developer.mozilla.org/p), su developer.mozilla.org.\n");
  REQUIRE(refs.size() == 4);
  CHECK(refs[0].backlinks == 2);
  CHECK(refs[0].get(Variable::title) == "Refactoring to Patterns");
  CHECK(refs[1].backlinks == 1);
  CHECK(refs[1].names(Variable::author)[0].family == "Fowler");
  CHECK(refs[1].get(Variable::title) == "Refactoring");
  CHECK(refs[1].get(Variable::URL) == "https://example.org/r");  // the title link, not the page link
  CHECK(refs[1].get(Variable::page) == "63ff");
  CHECK(refs[1].get(Variable::ISBN) == "978-0-201-48567-7");
  CHECK(refs[2].get(Variable::language) == "en");
  CHECK(refs[2].get(Variable::container_title) == "Auth0 - Blog");
  CHECK(refs[3].backlinks == 2);
  CHECK(refs[3].get(Variable::URL) == "https://developer.mozilla.org/p");
}

TEST_CASE("CRLF line ends, leaked HTML and error lines", "[reader][split]") {
  Diagnostics d;
  auto refs = read("1. ^ \"A\". B. 2009.\r\n2. ^ \"C\". D.\r\n", &d);
  REQUIRE(refs.size() == 2);
  CHECK(refs[0].raw == "\"A\". B. 2009.");
  refs = read("References\n \"T\". Archived from the original on 19 February 2023.</p>\n", &d);
  REQUIRE(refs.size() == 1);
  CHECK(refs[0].raw == "\"T\". Archived from the original on 19 February 2023.");
  refs = read("Referencias\n\u00abA\u00bb. b.org.\nError en la cita: La etiqueta <ref> no se utiliza.\n", &d);
  CHECK(refs.size() == 1);
  CHECK(has_code(d, DiagCode::list_line_skipped));
}

TEST_CASE("a list numbered again from 1 after a caret is a second list, not continuation text", "[reader][split]") {
  Diagnostics d;
  auto refs = read("1. ^ Smith, J. (2000). One. P.\n2. ^ Roe, J. (2001). Two. P.\n"
                   "1. ^ Doe, A. (2002). Three. P.\n2. ^ a b Poe, E. (2003). Four. P.\n"
                   "3. Without a caret the number 1 below stays text of this item\n1. a wrapped line.\n",
                   &d);
  REQUIRE(refs.size() == 5);
  CHECK(refs[1].raw == "Roe, J. (2001). Two. P.");
  CHECK(refs[2].raw == "Doe, A. (2002). Three. P.");
  CHECK(refs[2].id == "1");
  CHECK(refs[3].backlinks == 2);
  CHECK(refs[4].raw.find("1. a wrapped line.") != std::string::npos);
  CHECK_FALSE(has_code(d, DiagCode::list_numbering_gap));
}

TEST_CASE("numbering gaps are reported, numbers kept as printed", "[reader][split]") {
  Diagnostics d;
  auto refs = read("1. ^ \"A\". B.\n2. ^ \"B\". C.\n5. ^ \"E\". F.\n", &d);
  REQUIRE(refs.size() == 3);
  CHECK(refs[2].id == "5");
  CHECK(has_code(d, DiagCode::list_numbering_gap));
}

TEST_CASE("a number that continues a wrapped line is not a new item", "[reader][split]") {
  auto refs = read("   3. ^ a b \"Influence\". The Constructor. 10 February\n      2010. Accessed on 26 November 2010.\n   4. ^ \"X\". Y.\n");
  REQUIRE(refs.size() == 2);
  CHECK(refs[0].date(Variable::issued)->start.day == 10);
  CHECK(refs[0].date(Variable::accessed)->start.year == 2010);
}

TEST_CASE("numbers printed as [1], 1) or 1 before a caret number the list", "[reader][split]") {
  for (const std::string_view open : {"[", ""}) {
    const std::string close = open.empty() ? ")" : "]";
    const std::string list = std::string(open) + "1" + close + " A. Smith and B. Jones, \"A study of things,\" Journal, vol. 12, 2001.\n" +
                             std::string(open) + "2" + close + " Roe, Jane (1999). Book Title. New York: Wiley.\n";
    auto refs = read(list);
    REQUIRE(refs.size() == 2);
    CHECK(refs[0].id == "1");
    CHECK(refs[0].raw.rfind("A. Smith", 0) == 0);
    CHECK(refs[0].get(Variable::title) == "A study of things");
    CHECK(refs[1].id == "2");
    CHECK(refs[1].names(Variable::author)[0].family == "Roe");
  }
  auto refs = read("1 ^ \"First\". Site. Retrieved 1 May 2020.\n2 ^ a b \"Second\". Site.\n");
  REQUIRE(refs.size() == 2);
  CHECK(refs[1].id == "2");
  CHECK(refs[1].backlinks == 2);
  CHECK(refs[1].get(Variable::title) == "Second");
}

TEST_CASE("[n] alone is an item of its own, and a list keeps its form of numbers", "[reader][split]") {
  // Wikipedia prints an external link without a title as "[1]": in an unnumbered list each
  // is an item, and the lines after it are not its continuation.
  auto refs = read(" \u00abFirst\u00bb. Site. Consultado em 1 de maio de 2020\n [1]\n [2]\n \u00abSecond\u00bb. Site\n");
  REQUIRE(refs.size() == 4);
  CHECK(refs[3].get(Variable::title) == "Second");
  // A list does not start at "[2]" or "5)", and a "1." list reads "2)" in a wrapped line as text.
  refs = read("[2] Roe, Jane (1999). Book Title. Wiley.\n");
  REQUIRE(refs.size() == 1);
  CHECK(refs[0].raw.rfind("[2]", 0) == 0);
  refs = read("   1. ^ Roe, Jane (1999). Book Title, with two points: 1) the\n      first and\n      2) the second. Wiley.\n   2. ^ \"X\". Y.\n");
  REQUIRE(refs.size() == 2);
  CHECK(refs[1].get(Variable::title) == "X");
}

TEST_CASE("read_backlink_prefix reads the caret forms", "[reader][split]") {
  const auto& lex = list::Lexicon::get();
  std::optional<int> n;
  std::string_view s = "**[^](#cite_ref-3)** Suryanarayana";
  CHECK(s.substr(list::read_backlink_prefix(s, 0, s.size(), lex, n)) == "Suryanarayana");
  CHECK(n == 1);
  n.reset();
  s = "Plain text";
  CHECK(list::read_backlink_prefix(s, 0, s.size(), lex, n) == 0);
  CHECK_FALSE(n.has_value());
}

TEST_CASE("notes numbered with letters keep their letter as id", "[reader][split]") {
  auto refs = read("Notes\n\na. ^ The census counts residents only.\nb. ^ a b Estimated.\nReferences\n\n1. ^ \"A\". B.\n");
  REQUIRE(refs.size() == 3);
  CHECK(refs[0].id == "a");
  CHECK(refs[1].id == "b");
  CHECK(refs[1].backlinks == 2);
  CHECK(refs[2].id == "1");
  CHECK(refs[2].list_name == "References");
}

// A copy that runs on past the references: "External links" (and "See also", in any edition's
// wording) hold no references; their lines are reported one by one, and a reference heading
// after them reads again.
TEST_CASE("sections that hold no references are skipped and reported", "[reader][split]") {
  Diagnostics d;
  auto refs = read("References\n  1. ^ \"One\". Site.\nExternal links[edit]\n  * Official website\n"
                   "  * Media related to X at Wikimedia Commons\nFurther reading\n  * Smith, John (2001). Two. London: Penguin.\n",
                   &d);
  REQUIRE(refs.size() == 2);
  CHECK(refs[0].get(Variable::title) == "One");
  CHECK(refs[1].get(Variable::title) == "Two");
  std::size_t skipped = 0;
  for (const Diagnostic& x : d)
    if (x.code == DiagCode::list_section_skipped) {
      ++skipped;
      CHECK(x.message.find("\"External links\"") != std::string::npos);
    }
  CHECK(skipped == 2);
  // es, pt, de wording; a heading with markdown marks.
  for (const char* heading : {"Enlaces externos", "## Ligações externas", "Weblinks", "See also"}) {
    Diagnostics e;
    const auto r = read(std::string("Referencias\n1. ↑ «Uno». Sitio.\n") + heading + "\n* Sitio oficial\n", &e);
    CHECK(r.size() == 1);
    CHECK(has_code(e, DiagCode::list_section_skipped));
  }
}

TEST_CASE("an empty item or one of symbols alone is kept and reported", "[reader][split]") {
  Diagnostics d;
  auto refs = read("1. ^ Smith, J. (2001). \"A\". B.\n2. ^\n3. ^ ]]]] ###\n4. ^ Doe, J. (2002). \"C\". D.\n", &d);
  REQUIRE(refs.size() == 4);
  CHECK(refs[1].no_citation);
  CHECK(refs[2].no_citation);
  CHECK(refs[2].raw == "]]]] ###");
  const auto found = [&](DiagCode code, std::string_view id) {
    for (const Diagnostic& x : d)
      if (x.code == code && !x.references.empty() && x.references.front() == id) return true;
    return false;
  };
  CHECK(found(DiagCode::reference_empty, "2"));
  CHECK(found(DiagCode::reference_unparsed_text, "3"));
  CHECK_FALSE(found(DiagCode::reference_unparsed_text, "1"));
  CHECK_FALSE(found(DiagCode::reference_empty, "4"));
}

#include <citelib/readers/bibtex.hpp>
#include <citelib/writers/bibtex.hpp>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace citelib;

namespace {

std::string write_one(const Reference& r, BibOptions opt = {}) {
  Diagnostics d;
  return write_bibtex(std::span(&r, 1), opt, d);
}

BibOptions bibtex_dialect(bool ascii = false) {
  BibOptions o;
  o.dialect = BibDialect::bibtex;
  o.ascii = ascii;
  return o;
}

bool has(const std::string& text, std::string_view needle) { return text.find(needle) != std::string::npos; }

Reference journal_article() {
  Reference r;
  r.id = "7";
  r.type = ItemType::article_journal;
  r.set(Variable::title, "Sendero Luminoso: Peruvian Terrorist Group");
  r.set(Variable::container_title, "Department of State Bulletin");
  r.set(Variable::volume, "89");
  r.set(Variable::issue, "2153");
  r.set(Variable::page, "49-52");
  r.set_date(Variable::issued, make_date(1989, 12, 1));
  r.add_name(Variable::author, personal_name("Smith", "Anna"));
  return r;
}

}  // namespace

TEST_CASE("journal articles use journaltitle/journal, number and -- in pages", "[bibtex]") {
  const Reference r = journal_article();
  const std::string bl = write_one(r);
  CHECK(has(bl, "@article{smith1989sendero,"));
  CHECK(has(bl, "journaltitle = {Department of State Bulletin}"));
  CHECK(has(bl, "number = {2153}"));
  CHECK(has(bl, "pages = {49--52}"));
  CHECK(has(bl, "date = {1989-12-01}"));
  CHECK_FALSE(has(bl, "year ="));
  const std::string bt = write_one(r, bibtex_dialect());
  CHECK(has(bt, "journal = {Department of State Bulletin}"));
  CHECK(has(bt, "year = {1989}"));
  CHECK(has(bt, "month = dec,"));  // a bare macro, not braced text
  CHECK_FALSE(has(bt, "journaltitle"));
}

TEST_CASE("entry types follow the mapping note", "[bibtex]") {
  Reference r;
  r.id = "x";
  r.set(Variable::title, "T");
  auto type_of = [&](ItemType t, BibOptions o = {}) {
    r.type = t;
    const std::string s = write_one(r, o);
    const auto at = s.find('@');
    return s.substr(at + 1, s.find('{', at) - at - 1);
  };
  CHECK(type_of(ItemType::webpage) == "online");
  CHECK(type_of(ItemType::webpage, bibtex_dialect()) == "misc");
  CHECK(type_of(ItemType::report) == "report");
  CHECK(type_of(ItemType::report, bibtex_dialect()) == "techreport");
  CHECK(type_of(ItemType::thesis, bibtex_dialect()) == "phdthesis");
  CHECK(type_of(ItemType::paper_conference) == "inproceedings");
  CHECK(type_of(ItemType::chapter) == "inbook");
  r.add_name(Variable::editor, personal_name("Ed", "E."));
  CHECK(type_of(ItemType::chapter) == "incollection");
  CHECK(type_of(ItemType::motion_picture) == "misc");
  CHECK(has(write_one(r), "entrysubtype = {motion_picture}"));
  r.type = ItemType::article_newspaper;
  CHECK(has(write_one(r), "entrysubtype = {newspaper}"));
  r.type = ItemType::report;
  CHECK(has(write_one(r), "type = {techreport}"));  // biber requires a type for @report
}

TEST_CASE("names: comma form, particles, suffixes, organisations, single names", "[bibtex]") {
  Reference r;
  r.id = "n";
  r.type = ItemType::book;
  Name vb = personal_name("Beethoven", "Ludwig");
  vb.dropping_particle = "van";
  Name fontaine = personal_name("Fontaine", "Jean");
  fontaine.non_dropping_particle = "de la";
  Name king = personal_name("King", "Martin Luther");
  king.suffix = "Jr.";
  r.set_names(Variable::author, {vb, fontaine, king, literal_name("Black and Decker, Inc."),
                                 personal_name("Mej\u00eda Huaraca", ""), personal_name("\ubc15", "\uc2b9\ud601")});
  r.et_al = true;
  const std::string s = write_one(r);
  CHECK(has(s, "author = {van Beethoven, Ludwig and de la Fontaine, Jean and King, Jr., Martin Luther and "
               "{Black and Decker, Inc.} and {Mej\u00eda Huaraca} and \ubc15, \uc2b9\ud601 and others}"));
  // Read back: the same names.
  Diagnostics d;
  auto back = read_bibtex(SourceText("n.bib", s), d);
  REQUIRE(back.size() == 1);
  auto names = back[0].names(Variable::author);
  REQUIRE(names.size() == 6);
  CHECK(names[0].non_dropping_particle == "van");
  CHECK(names[0].family == "Beethoven");
  CHECK(names[1].non_dropping_particle == "de la");
  CHECK(names[2].suffix == "Jr.");
  CHECK(names[2].given == "Martin Luther");
  CHECK(names[3].literal == "Black and Decker, Inc.");
  CHECK(names[5].family == "\ubc15");
  CHECK(back[0].et_al);
}

TEST_CASE("other name roles keep their role", "[bibtex]") {
  Reference r;
  r.id = "film";
  r.type = ItemType::motion_picture;
  r.set(Variable::title, "Film");
  r.add_name(Variable::director, personal_name("Kubrick", "Stanley"));
  r.add_name(Variable::interviewer, personal_name("Doe", "Jane"));
  const std::string s = write_one(r);
  CHECK(has(s, "editor = {Kubrick, Stanley}"));
  CHECK(has(s, "editortype = {director}"));
  CHECK(has(s, "namea = {Doe, Jane}"));
  CHECK(has(s, "nameatype = {interviewer}"));
  Diagnostics d;
  auto back = read_bibtex(SourceText("f.bib", s), d);
  REQUIRE(back.size() == 1);
  CHECK(back[0].type == ItemType::motion_picture);
  CHECK(back[0].names(Variable::director).size() == 1);
  CHECK(back[0].names(Variable::interviewer)[0].family == "Doe");
  CHECK_FALSE(back[0].has(Variable::editor));
}

TEST_CASE("dates: ISO/EDTF in biblatex, year/month in BibTeX", "[bibtex]") {
  Reference r;
  r.id = "d";
  r.type = ItemType::webpage;
  r.set(Variable::title, "T");
  r.set(Variable::URL, "https://example.org/a b{c}");
  Date range = make_date(2017, 12);
  range.end = make_date(2018, 2).start;
  r.set_date(Variable::issued, range);
  Date circa = make_date(1950);
  circa.circa = true;
  r.set_date(Variable::original_date, circa);
  Date season = make_date(2019);
  season.start.season = Season::spring;
  r.set_date(Variable::event_date, season);
  r.set_date(Variable::accessed, make_date(2020, 1, 2));
  const std::string s = write_one(r);
  CHECK(has(s, "date = {2017-12/2018-02}"));
  CHECK(has(s, "origdate = {1950~}"));
  CHECK(has(s, "urldate = {2020-01-02}"));
  CHECK(has(s, "url = {https://example.org/a%20b%7Bc%7D}"));
  // @online has no eventdate: it goes to the addendum, and comes back.
  CHECK(has(s, "event-date: 2019-21"));
  Diagnostics d;
  auto back = read_bibtex(SourceText("d.bib", s), d);
  REQUIRE(back.size() == 1);
  CHECK(*back[0].date(Variable::issued) == range);
  CHECK(*back[0].date(Variable::original_date) == circa);
  CHECK(back[0].date(Variable::event_date)->start.season == Season::spring);

  const std::string bt = write_one(r, bibtex_dialect());
  CHECK(has(bt, "year = {2017--2018}"));
  CHECK(has(bt, "Accessed 2020-01-02"));
  Reference lit;
  lit.id = "l";
  lit.set(Variable::title, "T");
  Date spring;
  spring.literal = "Spring 2019";
  lit.set_date(Variable::issued, spring);
  CHECK(has(write_one(lit), "issued: Spring 2019"));
  CHECK(has(write_one(lit, bibtex_dialect()), "year = {Spring 2019}"));
}

TEST_CASE("what BibTeX has no field for goes to addendum and comes back", "[bibtex]") {
  Reference r;
  r.id = "5";
  r.type = ItemType::webpage;
  r.set(Variable::title, "Relaciones Bilaterales");
  r.set(Variable::container_title, "Ministerio");
  r.set(Variable::medium, "PDF");
  r.set(Variable::section, "5.2");
  r.set(Variable::language, "es");
  r.archive_date = make_date(2016, 10, 10);
  r.archive_url = "https://web.archive.org/x";
  r.via = "Google Books";
  r.title_translated = "Bilateral relations";
  r.comment = "A discussion. Of things.";
  r.set_identifier(Identifier::OCLC, "123");
  r.set(Variable::PMID, "456");
  r.backlinks = 3;
  r.raw = "raw @text";
  const std::string s = write_one(r);
  CHECK(has(s, "addendum = {OCLC 123. (PDF). \u00a7 5.2. Archived from the original on 2016-10-10 at "
               "\\url{https://web.archive.org/x}. Via Google Books. A discussion. Of things.}"));
  CHECK(has(s, "eprint = {456}"));
  CHECK(has(s, "eprinttype = {pubmed}"));
  CHECK(has(s, "titleaddon = {[Bilateral relations]}"));
  CHECK(has(s, "langid = {spanish}"));
  CHECK(has(s, "% citelib: {\"id\":\"5\",\"backlinks\":3,\"raw\":\"raw \\u0040text\"}\n"));
  Diagnostics d;
  auto back = read_bibtex(SourceText("a.bib", s), d);
  REQUIRE(back.size() == 1);
  const Reference& b = back[0];
  CHECK(b.id == "5");
  CHECK(b.type == ItemType::webpage);
  CHECK(b.get(Variable::medium) == "PDF");
  CHECK(b.get(Variable::section) == "5.2");
  CHECK(b.get(Variable::language) == "es");
  CHECK(*b.archive_date == make_date(2016, 10, 10));
  CHECK(b.archive_url == "https://web.archive.org/x");
  CHECK(b.via == "Google Books");
  CHECK(b.title_translated == "Bilateral relations");
  CHECK(b.comment == "A discussion. Of things.");
  CHECK(b.identifier(Identifier::OCLC) == "123");
  CHECK(b.get(Variable::PMID) == "456");
  CHECK(b.backlinks == 3);
  CHECK(b.raw == "raw @text");
  CHECK(b.get(Variable::container_title) == "Ministerio");
  CHECK_FALSE(b.has(Variable::publisher));

  BibOptions no_extras;
  no_extras.keep_extras = false;
  Diagnostics d2;
  const std::string lean = write_bibtex(std::span(&r, 1), no_extras, d2);
  CHECK_FALSE(has(lean, "% citelib"));
  REQUIRE(std::any_of(d2.begin(), d2.end(), [](const Diagnostic& x) { return x.code == DiagCode::bib_extras_omitted; }));
}

TEST_CASE("a fine language tag, a printed date and a medium of several words come back", "[bibtex]") {
  Reference r;
  r.id = "zh";
  r.type = ItemType::document;
  r.set(Variable::title, "\u4E2D\u570B\u5927\u9678");
  r.set(Variable::language, "zh-TW");
  r.set(Variable::medium, "\u042D\u043B\u0435\u043A\u0442\u0440\u043E\u043D\u043D\u044B\u0439 \u0440\u0435\u0441\u0443\u0440\u0441");
  Date christmas = make_date(2015);
  christmas.literal = "Christmas 2015";
  r.set_date(Variable::issued, christmas);
  r.set_date(Variable::accessed, make_date(2020, 3, 3));  // no printed form: nothing extra
  for (const BibOptions& opt : {BibOptions{}, bibtex_dialect()}) {
    const std::string s = write_one(r, opt);
    CHECK(has(s, "\"language\":\"zh-TW\""));
    CHECK(has(s, "\"date-text\":{\"issued\":\"Christmas 2015\"}"));
    CHECK(has(s, "medium: \u042D\u043B\u0435\u043A\u0442\u0440\u043E\u043D\u043D\u044B\u0439 \u0440\u0435\u0441\u0443\u0440\u0441"));
    Diagnostics d;
    const auto back = read_bibtex(SourceText("a.bib", s), d);
    REQUIRE(back.size() == 1);
    CHECK(back[0].get(Variable::language) == "zh-TW");
    // biblatex's addendum segments are read back; BibTeX's note is kept as the note.
    if (opt.dialect == BibDialect::biblatex) CHECK(back[0].get(Variable::medium) == r.get(Variable::medium));
    else CHECK(back[0].get(Variable::note).ends_with(r.get(Variable::medium)));
    REQUIRE(back[0].date(Variable::issued));
    CHECK(*back[0].date(Variable::issued) == christmas);
    REQUIRE(back[0].date(Variable::accessed));
    CHECK(back[0].date(Variable::accessed)->literal.empty());
    CHECK(back[0].comment.empty());
  }
  // A tag its babel name gives back exactly needs no extra.
  Reference es = r;
  es.set(Variable::language, "es");
  CHECK_FALSE(has(write_one(es), "\"language\""));
}

TEST_CASE("number goes to what it means for the entry type; the others come back from the addendum", "[bibtex]") {
  Reference art = journal_article();  // issue 2153
  art.set(Variable::collection_title, "Series");
  art.set(Variable::collection_number, "7");
  art.set(Variable::edition, "2");
  const std::string a = write_one(art);
  CHECK(has(a, "number = {2153}"));
  CHECK(has(a, "collection-number: 7"));
  Reference book;
  book.id = "b";
  book.type = ItemType::book;
  book.set(Variable::title, "Book");
  book.set(Variable::collection_title, "Lecture Notes");
  book.set(Variable::issue, "12");
  book.set(Variable::collection_number, "3572");
  const std::string b = write_one(book);
  CHECK(has(b, "number = {3572}"));
  CHECK(has(b, "issue: 12"));
  for (const auto& [ref, text] : {std::pair{&art, a}, std::pair{&book, b}}) {
    Diagnostics d;
    const auto back = read_bibtex(SourceText("a.bib", text), d);
    REQUIRE(back.size() == 1);
    for (Variable v : {Variable::issue, Variable::collection_number, Variable::edition})
      CHECK(back[0].get(v) == ref->get(v));
    CHECK(back[0].comment.empty());
  }
  // A segment for a variable a field already set is kept, and the segments after it are read.
  Diagnostics d;
  const auto back = read_bibtex(SourceText("c.bib", "@article{c, title={T}, number={4}, addendum={issue: 5. edition: 2}}"), d);
  REQUIRE(back.size() == 1);
  CHECK(back[0].get(Variable::issue) == "4");
  CHECK(back[0].get(Variable::edition) == "2");
  CHECK(back[0].comment.empty());
  CHECK(std::any_of(back[0].extra.begin(), back[0].extra.end(), [](const auto& e) { return e.first == "issue" && e.second == "\"5\""; }));
}

TEST_CASE("LaTeX specials are escaped and cannot unbalance the file", "[bibtex]") {
  Reference r;
  r.id = "s";
  r.type = ItemType::book;
  r.set(Variable::title, "50% of $5 & a_b #1 ~x^2 \\cmd {open } close} `q'' --");
  const std::string s = write_one(r);
  CHECK(has(s, "50\\% of \\$5 \\& a\\_b \\#1 \\textasciitilde{}x\\textasciicircum{}2 \\textbackslash{}cmd "
               "\\textbraceleft{}open \\textbraceright{} close\\textbraceright{} \\textasciigrave{}q'{}' -{}-"));
  Diagnostics d;
  auto back = read_bibtex(SourceText("s.bib", s), d);
  REQUIRE(back.size() == 1);
  CHECK(back[0].get(Variable::title) == r.get(Variable::title));
}

TEST_CASE("classic BibTeX --ascii writes Latin letters as accent commands via NFD", "[bibtex]") {
  Reference r;
  r.id = "a";
  r.type = ItemType::book;
  // Precomposed and decomposed é, ß, ł, ế (two accents), ñ, Ø, a Hangul title.
  r.set(Variable::title, "P\u00e9rou e\u0301 Stra\u00dfe \u0141\u00f3d\u017a \u1ebf Espa\u00f1a \u00d8re \u2013 \ud55c\uad6d");
  Diagnostics d;
  const std::string s = write_bibtex(std::span(&r, 1), bibtex_dialect(true), d);
  CHECK(has(s, "P{\\'e}rou {\\'e} {Stra{\\ss}e {\\L}{\\'o}d{\\'z}} {\\'{\\^e}} {Espa{\\~n}a {\\O}re} -- \ud55c\uad6d}"));
  REQUIRE(d.size() == 1);
  CHECK(d.items()[0].code == DiagCode::bib_non_ascii);
  // Read back into the same Unicode text (NFC).
  Diagnostics d2;
  auto back = read_bibtex(SourceText("a.bib", s), d2);
  REQUIRE(back.size() == 1);
  CHECK(back[0].get(Variable::title) == "P\u00e9rou \u00e9 Stra\u00dfe \u0141\u00f3d\u017a \u1ebf Espa\u00f1a \u00d8re \u2013 \ud55c\uad6d");
}

TEST_CASE("capitals are protected by whole words or runs", "[bibtex]") {
  Reference r;
  r.id = "c";
  r.set(Variable::title, "NASA and the iPhone in North Korea: a history <i>of Things</i>");
  const std::string s = write_one(r);
  CHECK(has(s, "title = {{NASA} and the {iPhone} in {North Korea}: a history \\mkbibemph{of Things}}"));
  BibOptions plain;
  plain.protect_case = false;
  CHECK(has(write_one(r, plain), "title = {NASA and the iPhone in North Korea: a history \\mkbibemph{of Things}}"));
  Diagnostics d;
  auto back = read_bibtex(SourceText("c.bib", s), d);
  REQUIRE(back.size() == 1);
  CHECK(back[0].get(Variable::title) == r.get(Variable::title));
}

TEST_CASE("case protection braces stop at punctuation", "[bibtex]") {
  Reference r;
  r.id = "p";
  r.set(Variable::title, "Embajador de Corea del Norte: \"Las puertas (PDF) U.S. \u201cDPRK\u201d, Kim's McDonald-Smith");
  const std::string s = write_one(r);
  CHECK(has(s, "{Corea} del {Norte}: \"{Las} puertas ({PDF}) {U.S}. \u201c{DPRK}\u201d, {Kim's McDonald-Smith}}"));
  Diagnostics d;
  auto back = read_bibtex(SourceText("p.bib", s), d);
  REQUIRE(back.size() == 1);
  CHECK(back[0].get(Variable::title) == r.get(Variable::title));
}

TEST_CASE("citation keys: readable, ASCII-folded, unique", "[bibtex]") {
  std::vector<Reference> refs(6);
  refs[0].set(Variable::title, "The Security of Things");
  refs[0].add_name(Variable::author, personal_name("M\u00fcller", "Anna"));
  refs[0].set_date(Variable::issued, make_date(2017));
  refs[1] = refs[0];
  refs[2] = refs[0];
  refs[3].set(Variable::title, "\ud398\ub8e8-\ubd81\ud55c \uad00\uacc4");  // Hangul, no author
  refs[3].set_date(Variable::issued, make_date(2012));
  refs[4].add_name(Variable::author, literal_name("World Health Organization"));
  refs[4].set(Variable::title, "Report");
  refs[5].id = "smith2017";  // a safe id is kept under id_if_safe
  const auto keys = make_citation_keys(refs);
  CHECK(keys[0] == "muller2017security");
  CHECK(keys[1] == "muller2017securitya");
  CHECK(keys[2] == "muller2017securityb");
  CHECK(keys[3] == "pelu2012bughan");
  CHECK(keys[4] == "worldreport");
  CHECK(keys[5] == "ref6");
  CHECK(make_citation_keys(refs, BibKeyPolicy::id_if_safe)[5] == "smith2017");
  // Case-insensitive uniqueness.
  std::vector<Reference> two(2);
  two[0].id = "Key";
  two[1].id = "key";
  const auto k2 = make_citation_keys(two, BibKeyPolicy::id_if_safe);
  CHECK(k2[0] == "Key");
  CHECK(k2[1] == "keya");
}

TEST_CASE("hostile rich text in a title stays bounded", "[bibtex]") {
  Reference r;
  r.id = "h";
  std::string title;
  for (int i = 0; i < 20000; ++i) title += "<i>";
  r.set(Variable::title, title + "x");
  const std::string s = write_one(r);
  Diagnostics d;
  auto back = read_bibtex(SourceText("h.bib", s), d);
  REQUIRE(back.size() == 1);
  CHECK(back[0].get(Variable::title) == r.get(Variable::title));
}

TEST_CASE("a reference manager's citation-key is the entry key, its source catalogue is not printed, both come back", "[bibtex]") {
  Reference r = journal_article();
  r.id = "http://zotero.org/users/1/items/ABCD";  // not a usable key
  r.set(Variable::citation_key, "smith1989");
  r.set(Variable::source, "DOI.org (Crossref)");  // the catalogue Zotero found it in
  const std::string bl = write_one(r);
  CHECK(has(bl, "@article{smith1989,"));
  CHECK_FALSE(has(bl, "citation-key: "));  // neither is printed in the addendum
  CHECK_FALSE(has(bl, "addendum"));
  Diagnostics d;
  const std::vector<Reference> back = read_bibtex(SourceText("back.bib", bl), d);
  REQUIRE(back.size() == 1);
  CHECK(back[0].id == r.id);
  CHECK(back[0].get(Variable::citation_key) == "smith1989");
  CHECK(back[0].get(Variable::source) == "DOI.org (Crossref)");
  // A citation key that cannot be a key is kept where other variables without a field go.
  Reference odd = journal_article();
  odd.set(Variable::citation_key, "Smith 1989 {x}");
  const std::string o = write_one(odd);
  CHECK(has(o, "@article{smith1989sendero,"));
  CHECK(has(o, "citation-key: Smith 1989"));
  // Generated keys ignore it, as they ignore the id.
  std::vector<Reference> refs{r};
  CHECK(make_citation_keys(refs, BibKeyPolicy::generate)[0] == "smith1989sendero");
  CHECK(make_citation_keys(refs, BibKeyPolicy::id_if_safe)[0] == "smith1989");
}

TEST_CASE("a date the calendar does not have is not given to biber as a date", "[bibtex]") {
  Reference r = journal_article();
  Date bad;
  bad.start = DatePoint{2020, 2, 30, Season::none, true};
  r.set_date(Variable::accessed, bad);
  r.set(Variable::URL, "https://example.org/");
  const std::string bl = write_one(r);
  CHECK_FALSE(has(bl, "urldate"));       // biber would drop it with a warning
  CHECK(has(bl, "accessed: 2020-02-30"));  // kept as text
  CHECK(has(bl, "date = {1989-12-01}"));   // real dates as before
}

TEST_CASE("years before Christ: biblatex counts them with a year 0, BibTeX prints the era", "[bibtex]") {
  Reference r;
  r.id = "caesar";
  r.type = ItemType::book;
  r.set(Variable::title, "Commentarii de Bello Gallico");
  r.set_date(Variable::issued, make_date(-44, 3, 15));  // CSL-JSON: 44 BC
  Date one_bc = make_date(-1);
  one_bc.end = make_date(14).start;
  r.set_date(Variable::original_date, one_bc);
  const std::string s = write_one(r);
  CHECK(has(s, "date = {-0043-03-15}"));
  CHECK(has(s, "origdate = {0000/0014}"));
  Diagnostics d;
  auto back = read_bibtex(SourceText("bc.bib", s), d);
  REQUIRE(back.size() == 1);
  CHECK(*back[0].date(Variable::issued) == *r.date(Variable::issued));
  CHECK(*back[0].date(Variable::original_date) == one_bc);

  const std::string bt = write_one(r, bibtex_dialect());
  CHECK(has(bt, "year = {44 BC}"));
  auto back_bt = read_bibtex(SourceText("bc.bib", bt), d);
  REQUIRE(back_bt.size() == 1);
  CHECK(back_bt[0].date(Variable::issued)->start == make_date(-44, 3, 15).start);
  // A year field of its own with an era reads as that year.
  auto year_only = read_bibtex(SourceText("y.bib", "@book{k, title = {T}, year = {430 BC}}\n"), d);
  REQUIRE(year_only.size() == 1);
  CHECK(year_only[0].date(Variable::issued)->start == make_date(-430).start);
}

TEST_CASE("a value's TeX ligature breaks look at that value only, not the field before", "[bibtex]") {
  // The writer escapes each value after the one before it in one buffer: "-" ending a name
  // and "-" starting the title are two values, not "--".
  Reference r;
  r.id = "x";
  r.type = ItemType::book;
  r.add_name(Variable::author, personal_name("Foo-", ""));
  r.set(Variable::title, "-Bar");
  r.set(Variable::publisher, "'Quoted'");
  r.set(Variable::publisher_place, "'Place");
  for (const BibOptions& o : {BibOptions{}, bibtex_dialect(), bibtex_dialect(true)}) {
    const std::string s = write_one(r, o);
    CHECK(has(s, "title = {-Bar}"));
    CHECK(has(s, "{'Place}"));
    CHECK_FALSE(has(s, "{}"));
  }
}

#include <citelib/readers/bibtex.hpp>
#include <citelib/writers/bibtex.hpp>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace citelib;

namespace {

std::vector<Reference> read(std::string text, Diagnostics& d) { return read_bibtex(SourceText("t.bib", std::move(text)), d); }

const Diagnostic* find(const Diagnostics& d, DiagCode code) {
  auto it = std::find_if(d.begin(), d.end(), [code](const Diagnostic& x) { return x.code == code; });
  return it == d.end() ? nullptr : &*it;
}

}  // namespace

TEST_CASE(".bib grammar: @string, #, quotes, braces, comments, @preamble, @comment", "[bibtex]") {
  const char* text = R"(This text is a comment, and so is % this.
@preamble{ "\newcommand{\noop}[1]{}" }
@String{ acm = "ACM" }
@STRING(press = {Press})
@comment{ @article{ignored, title = {x}} }
@Article{Knuth84,
  Author = "Donald E. Knuth",
  title = {Literate {P}rogramming},
  journal = acm # " " # press,   % a comment between fields
  year = 1984,
  month = may,
  pages = "97--111",
  volume = {27},
}
@book(b2,
  title = "Quoted {"}braces{"}",
  publisher = {Ed. {\'E}ditions},
  year = {2001}
)
)";
  Diagnostics d;
  BibDatabase db = parse_bib(SourceText("g.bib", text), d);
  CHECK(d.empty());
  REQUIRE(db.entries.size() == 2);
  REQUIRE(db.preambles.size() == 1);
  CHECK(db.preambles[0] == "\\newcommand{\\noop}[1]{}");
  CHECK(db.strings.size() == 2);
  CHECK(db.entries[0].key == "Knuth84");
  CHECK(db.entries[0].field("journal")->value == "ACM Press");
  auto refs = read(text, d);
  REQUIRE(refs.size() == 2);
  const Reference& k = refs[0];
  CHECK(k.type == ItemType::article_journal);
  CHECK(k.get(Variable::title) == "Literate Programming");
  CHECK(k.get(Variable::container_title) == "ACM Press");
  CHECK(k.get(Variable::page) == "97-111");
  CHECK(k.get(Variable::volume) == "27");
  CHECK(k.date(Variable::issued)->start == make_date(1984, 5).start);
  REQUIRE(k.names(Variable::author).size() == 1);
  CHECK(k.names(Variable::author)[0].family == "Knuth");
  CHECK(k.names(Variable::author)[0].given == "Donald E.");
  CHECK(k.position.line == 6);
  CHECK(refs[1].get(Variable::title) == "Quoted \"braces\"");
  CHECK(refs[1].get(Variable::publisher) == "Ed. \u00c9ditions");
}

TEST_CASE("TeX accents and commands decode to Unicode", "[bibtex]") {
  CHECK(decode_latex("{\\'e}\\'{e}\\'e \\\"o {\\v{c}} \\v c \\ss{} \\o\\ \\l{} {\\aa} \\'\\i \\c{c} \\k{a} \\H{o} \\u{g} \\r{u}") ==
        "\u00e9\u00e9\u00e9 \u00f6 \u010d \u010d \u00df \u00f8 \u0142 \u00e5 \u00ed \u00e7 \u0105 \u0151 \u011f \u016f");
  CHECK(decode_latex("a--b---c ``q'' ~x \\& \\% \\$ \\# \\_ \\{ \\}") == "a\u2013b\u2014c \u201cq\u201d \u00a0x & % $ # _ { }");
  CHECK(decode_latex("\\emph{x} \\textbf{y} \\textsuperscript{2} \\url{http://a_b%20} \\S{} 5 \\LaTeX") ==
        "<i>x</i> <b>y</b> <sup>2</sup> http://a_b%20 \u00a7 5 LaTeX");
  CHECK(decode_latex("line\n   break") == "line break");
  CHECK(decode_latex("\\char\"41\\char65") == "AA");
}

TEST_CASE("TeX in real .bib files: logos, font declarations, math, sort-only commands", "[bibtex]") {
  // Logos read as their names; a control word eats the blanks after it, "\ " keeps one.
  CHECK(decode_latex("The \\TeX book, \\LaTeX\\ users, \\BibTeX ing, \\LaTeXe, \\MF{} and \\MP") ==
        "The TeXbook, LaTeX users, BibTeXing, LaTeX2\u03b5, Metafont and MetaPost");
  // Declarations last to the end of their group; unknown commands are still kept as written.
  CHECK(decode_latex("{\\em On} {\\bf bold {\\it both}} {\\tt tt} {\\sc Caps} \\unknown") ==
        "<i>On</i> <b>bold <i>both</i></b> tt <span style=\"font-variant:small-caps;\">Caps</span> \\unknown");
  CHECK(decode_latex("\\em to the end") == "<i>to the end</i>");
  // Math: Greek letters and symbols, ^ and _ as superscript and subscript, no dollar signs.
  CHECK(decode_latex("The $\\lambda$-calculus, $O(n^2)$ and H$_{2}$O, $x \\leq 3$") ==
        "The \u03bb-calculus, O(n<sup>2</sup>) and H<sub>2</sub>O, x \u2264 3");
  // Outside math ^ and _ are text; an unpaired dollar sign is a dollar sign.
  CHECK(decode_latex("snake_case a^b costs US$ 5") == "snake_case a^b costs US$ 5");
  CHECK(decode_latex("\\noopsort{1973b}Title \\emdash{}part \\verb|a_b$| \\hologo{pdfTeX}") ==
        "Title \u2014part a_b$ pdfTeX");
}

TEST_CASE("BibTeX name grammar", "[bibtex]") {
  Diagnostics d;
  auto refs = read(R"(@book{n, author = {Ludwig van Beethoven and Charles Louis Xavier Joseph de la Vall{\'e}e Poussin and
  {\'E}mile Zola and King, Jr., Martin Luther and {World Health Organization} and
  family=Gogh, given=Vincent, prefix=van and Plato and others}})", d);
  REQUIRE(refs.size() == 1);
  auto n = refs[0].names(Variable::author);
  REQUIRE(n.size() == 7);
  CHECK(n[0].given == "Ludwig");
  CHECK(n[0].non_dropping_particle == "van");
  CHECK(n[0].family == "Beethoven");
  CHECK(n[1].given == "Charles Louis Xavier Joseph");
  CHECK(n[1].non_dropping_particle == "de la");
  CHECK(n[1].family == "Vall\u00e9e Poussin");
  CHECK(n[2].given == "\u00c9mile");
  CHECK(n[2].family == "Zola");
  CHECK(n[3].suffix == "Jr.");
  CHECK(n[4].literal == "World Health Organization");
  CHECK(n[5].non_dropping_particle == "van");
  CHECK(n[5].family == "Gogh");
  CHECK(n[6].family == "Plato");
  CHECK(refs[0].et_al);
}

TEST_CASE("\"and others\" of any role is kept and written back", "[bibtex]") {
  Diagnostics d;
  auto refs = read(R"(@book{k, author = {Doe, Jane}, editor = {Roe, Richard and others},
  translator = {Poe, Ed and others}, title = {T}, date = {2001}})", d);
  REQUIRE(refs.size() == 1);
  CHECK_FALSE(refs[0].et_al);  // the author list is complete
  CHECK(refs[0].names(Variable::editor).size() == 1);
  const auto extra = [&](std::string_view k) {
    for (const auto& [key, value] : refs[0].extra)
      if (key == k) return value;
    return std::string();
  };
  CHECK(extra("editor-et-al") == "true");
  CHECK(extra("translator-et-al") == "true");
  // biblatex has a field for both roles: "and others" is written there, not in the extras.
  BibOptions bl;
  const std::string out = write_bibtex(refs, bl, d);
  CHECK(out.find("editor = {Roe, Richard and others}") != std::string::npos);
  CHECK(out.find("translator = {Poe, Ed and others}") != std::string::npos);
  CHECK(out.find("et-al") == std::string::npos);
  // Classic BibTeX has no translator field: its "and others" stays in the extras line.
  BibOptions classic;
  classic.dialect = BibDialect::bibtex;
  const std::string old = write_bibtex(refs, classic, d);
  CHECK(old.find("editor = {Roe, Richard and others}") != std::string::npos);
  CHECK(old.find("\"translator-et-al\":true") != std::string::npos);
  CHECK(old.find("editor-et-al") == std::string::npos);
  // And it reads back once, not twice (the field and the extras line both say it).
  auto back = read(old, d);
  REQUIRE(back.size() == 1);
  CHECK(std::count_if(back[0].extra.begin(), back[0].extra.end(), [](const auto& e) { return e.first == "translator-et-al"; }) == 1);
}

TEST_CASE("the language comes from langid, language or the old hyphenation field", "[bibtex]") {
  Diagnostics d;
  auto refs = read(R"(@book{a, title = {T}, langid = {american}}
@book{b, title = {T}, hyphenation = {british}}
@book{c, title = {T}, langid = {ngerman}, hyphenation = {british}}
@book{e, title = {T}, hyphenation = {klingon}})", d);
  REQUIRE(refs.size() == 4);
  CHECK(refs[0].get(Variable::language) == "en-US");
  CHECK(refs[1].get(Variable::language) == "en-GB");
  CHECK(refs[2].get(Variable::language) == "de");
  // What is not read is kept, not dropped.
  const auto kept = [](const Reference& r) {
    return std::any_of(r.extra.begin(), r.extra.end(), [](const auto& e) { return e.first == "hyphenation"; });
  };
  CHECK(kept(refs[2]));
  CHECK_FALSE(refs[3].has(Variable::language));
  CHECK(kept(refs[3]));
}

TEST_CASE("crossref and xdata: children inherit what they lack", "[bibtex]") {
  Diagnostics d;
  auto refs = read(R"(
@incollection{ch1, author = {A, B}, title = {Chapter}, crossref = {proc}, pages = {1--10}}
@inproceedings{p1, author = {C, D}, title = {Paper}, crossref = {missing}}
@collection{proc, editor = {E, F}, title = {The Book}, publisher = {Pub}, date = {2001}}
)", d);
  REQUIRE(refs.size() == 3);
  CHECK(refs[0].get(Variable::container_title) == "The Book");
  CHECK(refs[0].get(Variable::title) == "Chapter");
  CHECK(refs[0].get(Variable::publisher) == "Pub");
  CHECK(refs[0].names(Variable::editor).size() == 1);
  CHECK(refs[0].date(Variable::issued)->start.year == 2001);
  const Diagnostic* m = find(d, DiagCode::bib_crossref_missing);
  REQUIRE(m);
  CHECK(m->position.line == 3);
}

TEST_CASE("crossref and xdata cycles are reported where they close, and cut there", "[bibtex]") {
  Diagnostics d;
  auto refs = read(R"(
@book{a, title = {A}, crossref = {b}, publisher = {PA}}
@book{b, title = {B}, crossref = {c}}
@book{c, title = {C}, crossref = {a}, date = {1999}}
@book{self, title = {S}, xdata = {self}}
@book{tree, title = {T}, crossref = {c}}
)", d);
  REQUIRE(refs.size() == 5);
  std::vector<std::string> cycles;
  for (const Diagnostic& x : d.items())
    if (x.code == DiagCode::bib_crossref_cycle) cycles.push_back(x.message);
  REQUIRE(cycles.size() == 2);  // one per cycle, not one per member or per entry leading into it
  CHECK(cycles[0].find("c → a → b → c") != std::string::npos);
  CHECK(cycles[1].find("self → self") != std::string::npos);
  // Inheritance still runs, cut where the cycle closes.
  CHECK(refs[0].date(Variable::issued)->start.year == 1999);
  CHECK(refs[4].get(Variable::publisher) == "PA");
}

TEST_CASE("malformed .bib: positions, recovery, every intact entry converted", "[bibtex]") {
  const std::string text =
      "@article{good1, title = {One}, year = 2001}\n"                     // line 1
      "@article{unclosed, title = {Two, year = 2002\n"                    // line 2: brace never closed
      "@article{good2, title = {Three}\n"                                 // line 3
      "  year = 2003}\n"                                                  // line 4: missing comma
      "@nonsense{odd, title = {Four}}\n"                                  // line 5: unknown type
      "@article{good1, title = {Dup}}\n"                                  // line 6: duplicate key
      "@article{bad8, title = {Caf\xC3 au lait}}\n"                       // line 7: invalid UTF-8
      "@article{good3, title = {Five} year = {2005},}\n"                  // line 8: missing comma
      "@article{nokey title = {x}}\n"                                     // line 9: no comma after key
      "@article{good4, title = \"Six}\n"                                  // line 10: unclosed quote
      "@article{good5, title = {Seven}}\n";                               // line 11
  Diagnostics d;
  auto refs = read(text, d);
  std::vector<std::string> ids;
  for (const Reference& r : refs) ids.push_back(r.id);
  CHECK(ids == std::vector<std::string>{"good1", "good2", "odd", "good3", "good5"});
  CHECK(refs[1].get(Variable::title) == "Three");
  CHECK(refs[1].date(Variable::issued)->start.year == 2003);
  CHECK(refs[2].type == ItemType::document);

  auto at = [&](DiagCode code) -> SourcePosition {
    const Diagnostic* x = find(d, code);
    return x ? x->position : SourcePosition{};
  };
  CHECK(at(DiagCode::bib_unclosed_entry) == SourcePosition{2, 28});
  CHECK(at(DiagCode::bib_missing_comma) == SourcePosition{4, 3});
  CHECK(at(DiagCode::bib_unknown_entry_type) == SourcePosition{5, 1});
  CHECK(at(DiagCode::bib_duplicate_key) == SourcePosition{6, 1});
  CHECK(at(DiagCode::input_invalid_utf8) == SourcePosition{7, 28});
  CHECK(at(DiagCode::bib_syntax) == SourcePosition{9, 10});
  const auto unclosed = std::count_if(d.begin(), d.end(), [](const Diagnostic& x) { return x.code == DiagCode::bib_unclosed_entry; });
  CHECK(unclosed == 2);
  CHECK(std::count_if(d.begin(), d.end(), [](const Diagnostic& x) { return x.code == DiagCode::bib_missing_comma; }) == 2);
  // The duplicate's message names the line of the first definition.
  CHECK(find(d, DiagCode::bib_duplicate_key)->message.find("line 1") != std::string::npos);
}

TEST_CASE("dates: EDTF, legacy year/month, invalid dates kept as literal", "[bibtex]") {
  Diagnostics d;
  auto refs = read(R"(
@misc{a, date = {2017-09-11T10:00}, urldate = {1950~}, origdate = {2019-23}, eventdate = {2017-12/2018-02}}
@misc{b, year = {1999}, month = {10}, day = {3}}
@misc{c, year = {2016--2017}}
@misc{d, date = {Spring 2019}}
)", d);
  REQUIRE(refs.size() == 4);
  CHECK(refs[0].date(Variable::issued)->start == make_date(2017, 9, 11).start);
  CHECK(refs[0].date(Variable::accessed)->circa);
  CHECK(refs[0].date(Variable::original_date)->start.season == Season::autumn);
  CHECK(refs[0].date(Variable::event_date)->end->year == 2018);
  CHECK(refs[1].date(Variable::issued)->start == make_date(1999, 10, 3).start);
  CHECK(refs[2].date(Variable::issued)->end->year == 2017);
  CHECK(refs[3].date(Variable::issued)->literal == "Spring 2019");
  const Diagnostic* bad = find(d, DiagCode::bib_date_invalid);
  REQUIRE(bad);
  CHECK(bad->position.line == 5);
}

TEST_CASE("legacy year and month fields lose nothing the table cannot read", "[bibtex]") {
  Diagnostics d;
  auto refs = read(R"(
@misc{a, year = {2015a}, month = {Jan.}}
@misc{b, year = {2015}, month = {Spring}}
@misc{c, year = {2015}, month = {Jan.--Feb.}}
@misc{d, year = {n.d.}, month = {may}}
@misc{e, year = {2015}, month = mar, day = {3}}
@misc{f, year = {2015}, month = {Mid-year}}
)", d);
  REQUIRE(refs.size() == 6);
  auto issued = [&](std::size_t i) { return *refs[i].date(Variable::issued); };
  CHECK(issued(0).start == make_date(2015, 1).start);  // the letter of author-year labels
  CHECK(issued(0).literal == "Jan. 2015a");
  CHECK(issued(1).start.season == Season::spring);
  CHECK(issued(2).end->month == 2);
  CHECK(issued(3).is_literal());
  CHECK(issued(3).literal == "may n.d.");
  CHECK(issued(4) == make_date(2015, 3, 3));  // a month macro and a day: nothing printed to keep
  CHECK(issued(5).start == make_date(2015).start);
  CHECK(issued(5).literal == "Mid-year 2015");  // unread, but kept beside the year
}

TEST_CASE("unknown fields are kept under custom and reported once", "[bibtex]") {
  Diagnostics d;
  auto refs = read("@misc{a, mendeley-tags = {x}}\n@misc{b, mendeley-tags = {y}}\n", d);
  REQUIRE(refs.size() == 2);
  REQUIRE(refs[1].extra.size() == 1);
  CHECK(refs[1].extra[0].first == "mendeley-tags");
  CHECK(refs[1].extra[0].second == "\"y\"");
  CHECK(std::count_if(d.begin(), d.end(), [](const Diagnostic& x) { return x.code == DiagCode::bib_field_unmapped; }) == 1);
}

TEST_CASE("two fields for one variable: the second is kept under its own name", "[bibtex]") {
  // As large collections write them: number within the volume and whole issue number,
  // institution and publisher, address and location, a journal and a booktitle.
  Diagnostics d;
  auto refs = read("@article{a, journal = {J}, number = {2}, issue = {4}, booktitle = {Proc}}\n"
                   "@techreport{b, institution = {Univ}, publisher = {Press}, address = {Oslo}, location = {Bergen}}\n"
                   "@article{c, number = {3}, issue = {3}}\n",
                   d);
  REQUIRE(refs.size() == 3);
  CHECK(refs[0].get(Variable::issue) == "2");
  CHECK(refs[0].get(Variable::container_title) == "J");
  CHECK(refs[0].extra == std::vector<std::pair<std::string, std::string>>{{"issue", "\"4\""}, {"booktitle", "\"Proc\""}});
  CHECK(refs[1].get(Variable::publisher) == "Univ");
  CHECK(refs[1].get(Variable::publisher_place) == "Oslo");
  CHECK(refs[1].extra == std::vector<std::pair<std::string, std::string>>{{"publisher", "\"Press\""}, {"location", "\"Bergen\""}});
  CHECK(refs[2].extra.empty());  // the same value twice is one value
}

TEST_CASE("deeply nested or huge hostile values neither overflow the stack nor take quadratic time", "[bibtex]") {
  std::string nested;
  for (int i = 0; i < 20000; ++i) nested += "\\'{";
  nested += "e";
  for (int i = 0; i < 20000; ++i) nested += "}";
  const std::string decoded = decode_latex(nested);
  CHECK_FALSE(decoded.empty());

  Diagnostics d;
  auto refs = read_bibtex(SourceText("deep.bib", "@misc{a, title = {" + nested + "}}\n@misc{b, title = {ok}}\n"), d);
  REQUIRE(refs.size() == 2);
  CHECK(refs[1].get(Variable::title) == "ok");
}

TEST_CASE("reference managers' exports: escaped URLs, pmid, numpages, arXiv preprints", "[bibtex]") {
  Diagnostics d;
  const auto refs = read(R"(@article{Smith2010, title = {{A study}}, journal = {J}, year = {2010},
  url = {http://www.example.com/paper{\_}1.pdf?a=50{\%}}, doi = {10.1000/x{\_}1}, pmid = {12345678}}
@inproceedings{acm, title = {T}, booktitle = {Proc}, year = {2016}, numpages = {10},
  doi = {10.1002/{braces}}, url = {{https://example.org/}}}
@misc{brown2020, title = {Language Models}, year = {2020}, eprint = {2005.14165}, archivePrefix = {arXiv}}
@misc{plain, title = {A web page}, year = {2020}})",
                         d);
  REQUIRE(refs.size() == 4);
  CHECK(refs[0].get(Variable::URL) == "http://www.example.com/paper_1.pdf?a=50%");
  CHECK(refs[0].get(Variable::DOI) == "10.1000/x_1");
  CHECK(refs[0].get(Variable::PMID) == "12345678");
  CHECK(refs[1].get(Variable::number_of_pages) == "10");
  CHECK(refs[1].get(Variable::DOI) == "10.1002/{braces}");  // a DOI may hold braces
  CHECK(refs[1].get(Variable::URL) == "https://example.org/");
  CHECK(refs[2].type == ItemType::article);  // CSL's type for preprints
  CHECK(refs[2].identifier(Identifier::arXiv) == "2005.14165");
  CHECK(refs[3].type == ItemType::document);
  CHECK(find(d, DiagCode::bib_field_unmapped) == nullptr);
}

TEST_CASE("TeX of real .bib files: commands with an argument, spacing, quotes", "[bibtex]") {
  // A command the reader does not know, given an argument (a macro of the file's @preamble),
  // reads as its argument, not as its name glued to the text ("\acroTUG").
  CHECK(decode_latex("The \\acro{TUG} meeting, \\mymacro{Text} here") == "The TUG meeting, Text here");
  CHECK(decode_latex("Book review: \\booktitle{A Catalogue}") == "Book review: <i>A Catalogue</i>");
  // Dashes and spacing of classic files: \Dash, \kern<dimen>, \thinspace, \hphantom.
  CHECK(decode_latex("Packages\\Dash the basics") == "Packages\u2014the basics");
  CHECK(decode_latex("{\\acro{GUST} e\\kern.06em-foundry}") == "GUST e-foundry");
  CHECK(decode_latex("a\\thinspace b\\hphantom{xx}c") == "a\u2009bc");
  CHECK(decode_latex("The \\nth{21} and \\nth{2} and \\nth{13}") == "The 21st and 2nd and 13th");
  // csquotes; \path with any delimiter, as \verb.
  CHECK(decode_latex("\\enquote{a} and \\enquote*{c}") == "\u201Ca\u201D and \u2018c\u2019");
  CHECK(decode_latex("e-mail: \\path|bnb@math.ams.org|, \\path{x_y}") == "e-mail: bnb@math.ams.org, x_y");
  // TeX prints ` and ' as curly quotes: a `quote' closes with ’; an apostrophe in a word stays.
  CHECK(decode_latex("these `prototypes' don't") == "these \u2018prototypes\u2019 don't");
  CHECK(decode_latex("users' guide") == "users' guide");
  CHECK(decode_latex("\\unknown* x") == "\\unknown* x");
  // "{}" only ends a control word: no argument, kept as written.
  CHECK(decode_latex("{\\Unknown{}} journal, {\\TUB{}}") == "\\Unknown journal, TUGboat");
}

TEST_CASE("placeholder values (\"??\") are no values: left out, reported once per file", "[bibtex]") {
  Diagnostics d;
  const std::vector<Reference> r = read(R"(@Book{a, author = "A. Author", title = "T", publisher = "????",
  address = "??", year = "1995", month = "??", ISBN = "????", pages = "??--??"}
@Article{b, author = "B. Author", title = "U", journal = "J", volume = "??", number = "3", year = 2001}
)", d);
  REQUIRE(r.size() == 2);
  CHECK_FALSE(r[0].has(Variable::publisher));
  CHECK_FALSE(r[0].has(Variable::publisher_place));
  CHECK_FALSE(r[0].has(Variable::ISBN));
  CHECK_FALSE(r[0].has(Variable::page));
  const Date* issued = r[0].date(Variable::issued);
  REQUIRE(issued);
  CHECK(issued->start.year == 1995);
  CHECK(issued->start.month == 0);
  CHECK(issued->literal.empty());
  CHECK_FALSE(r[1].has(Variable::volume));
  CHECK(r[1].get(Variable::issue) == "3");
  const auto placeholders = std::count_if(d.begin(), d.end(), [](const Diagnostic& x) { return x.code == DiagCode::bib_placeholder_value; });
  CHECK(placeholders == 1);
  // A question mark in a real value is kept.
  Diagnostics d2;
  const std::vector<Reference> q = read("@Book{c, title = {Why?}, note = {Is it 19?? or not}, year = 2001}\n", d2);
  CHECK(q[0].get(Variable::title) == "Why?");
  CHECK(find(d2, DiagCode::bib_placeholder_value) == nullptr);
}

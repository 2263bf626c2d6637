// The checks, one rule family per section, on references built in code. Each finding is
// asserted by code and by the exact text its span covers.
#include <citelib/checks/checks.hpp>
#include <citelib/checks/identifiers.hpp>
#include <citelib/checks/markers.hpp>
#include <citelib/readers/csl_json.hpp>

#include "paths.hpp"
#include "reference_list_builder.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

using namespace citelib;
using citelib::test::ReferenceListBuilder;

namespace {

DatePoint day(int y, int m, int d) { return make_date(y, static_cast<unsigned>(m), static_cast<unsigned>(d)).start; }

CheckOptions fixed_date() {
  CheckOptions o;
  o.reference_date = day(2024, 6, 1);
  return o;
}

struct Run {
  SourceText source;
  Diagnostics diags;
  std::string_view text_of(const Diagnostic& d) const {
    return source.text().substr(d.span.begin, d.span.end - d.span.begin);
  }
  std::vector<const Diagnostic*> with(std::string_view code) const {
    std::vector<const Diagnostic*> out;
    for (const Diagnostic& d : diags)
      if (d.id() == code) out.push_back(&d);
    return out;
  }
  std::vector<std::string> codes() const {
    std::vector<std::string> out;
    for (const Diagnostic& d : diags) out.emplace_back(d.id());
    return out;
  }
};

Run check(ReferenceListBuilder& b, const CheckOptions& options = fixed_date()) {
  Run run{b.source(), {}};
  check_references(b.references(), &run.source, options, run.diags);
  return run;
}

// The one diagnostic of `code`, its span text and its references.
void expect_one(const Run& run, std::string_view code, std::string_view span_text,
                std::vector<std::string> refs) {
  INFO("codes: " << Catch::Detail::stringify(run.codes()));
  const auto found = run.with(code);
  REQUIRE(found.size() == 1);
  CHECK(run.text_of(*found[0]) == span_text);
  CHECK(found[0]->references == refs);
  CHECK(found[0]->file == "refs.txt");
  CHECK(found[0]->position.line > 0);
}

}  // namespace

TEST_CASE("identifier check digits and syntax", "[checks][identifiers]") {
  CHECK(check_isbn("978-0-201-48567-7").ok());
  CHECK(check_isbn("0-8247-2397-X").ok());
  CHECK(check_isbn("978 0 201 48567 7").ok());
  CHECK(check_isbn("9781491954546").ok());
  const IdentifierCheck bad = check_isbn("978-0-201-48567-8");
  CHECK(bad.status == IdentifierCheck::Status::bad_check_digit);
  CHECK(bad.check_digit == '8');
  CHECK(bad.expected_digit == '7');
  CHECK(check_isbn("0-8247-2397-5").status == IdentifierCheck::Status::bad_check_digit);
  CHECK(check_isbn("12345").status == IdentifierCheck::Status::malformed);
  CHECK(check_isbn("977-0-201-48567-7").status == IdentifierCheck::Status::malformed);
  CHECK(check_isbn("X-8247-2397-1").status == IdentifierCheck::Status::malformed);
  CHECK(check_isbn("ISBN 978-0-201-48567-7").status == IdentifierCheck::Status::malformed);
  CHECK(isbn_to_13("0-201-48567-2") == "9780201485677");
  CHECK(isbn_to_13("978-0-201-48567-7") == "9780201485677");

  CHECK(check_issn("0199-6649").ok());
  CHECK(check_issn("2434-561X").ok());
  CHECK(check_issn("0199-6648").status == IdentifierCheck::Status::bad_check_digit);
  CHECK(check_issn("0199-664").status == IdentifierCheck::Status::malformed);

  CHECK(check_doi("10.1145/359460.359473").ok());
  CHECK(check_doi("10.1016/S0164-1212(01)00152-2").ok());
  CHECK(check_doi("10.1000.10/abc").ok());
  CHECK(check_doi("https://doi.org/10.1145/359460.359473").ok());
  CHECK(check_doi("doi:10.1145/359460.359473").ok());
  CHECK(check_doi("11.1145/359460").status == IdentifierCheck::Status::malformed);
  CHECK(check_doi("10.1145").status == IdentifierCheck::Status::malformed);
  CHECK(check_doi("10.abc/xyz").status == IdentifierCheck::Status::malformed);
  CHECK(check_doi("10.1145/").status == IdentifierCheck::Status::malformed);
  CHECK(check_doi("10.1145/35 9460").status == IdentifierCheck::Status::malformed);
}

TEST_CASE("impossible calendar dates", "[checks][dates]") {
  ReferenceListBuilder b;
  b.add("\"Title\". Site. 30 February 2017.").set_date(Variable::issued, make_date(2017, 2, 30));
  b.add("\"Title two\". Site. 2017-13-05.").set_date(Variable::issued, make_date(2017, 13, 5));
  Date literal;
  literal.literal = "2019-04-31";
  b.add("\"Title three\". Site. Retrieved 2019-04-31.").set_date(Variable::accessed, literal);
  b.add("\"Title four\". Site. 29 February 2016.").set_date(Variable::issued, make_date(2016, 2, 29));
  Date season;  // a year range a reader kept as text is not month 17
  season.literal = "2016-17";
  b.add("\"Title five\". Site. 2016-17.").set_date(Variable::issued, season);
  const Run run = check(b);
  const auto found = run.with("date-invalid");
  REQUIRE(found.size() == 3);
  CHECK(run.text_of(*found[0]) == "30 February 2017");
  CHECK(found[0]->references == std::vector<std::string>{"1"});
  CHECK(found[0]->severity == Severity::error);
  CHECK(run.text_of(*found[1]) == "2017-13-05");
  CHECK(run.text_of(*found[2]) == "2019-04-31");
  CHECK(found[2]->references == std::vector<std::string>{"3"});
}

TEST_CASE("dates after the reference date", "[checks][dates]") {
  ReferenceListBuilder b;
  Reference& r = b.add("\"Title\". Site. 12 March 2031. Retrieved 4 July 2030.");
  r.set_date(Variable::issued, make_date(2031, 3, 12));
  r.set_date(Variable::accessed, make_date(2030, 7, 4));
  b.add("\"Other\". Site. 2024. Retrieved 1 June 2024.").set_date(Variable::issued, make_date(2024));
  b.references()[1].set_date(Variable::accessed, make_date(2024, 6, 1));
  const Run run = check(b);
  expect_one(run, "date-in-future", "12 March 2031", {"1"});
  expect_one(run, "access-date-in-future", "4 July 2030", {"1"});

  // The reference date decides: the same list checked in 2032 is fine.
  CheckOptions later;
  later.reference_date = day(2032, 1, 1);
  const Run run2 = check(b, later);
  CHECK(run2.with("date-in-future").empty());
  CHECK(run2.with("access-date-in-future").empty());
}

TEST_CASE("access and archive dates before publication", "[checks][dates]") {
  ReferenceListBuilder b;
  Reference& a = b.add("\"The HTTP status codes\". Microsoft. July 14, 2009. Retrieved April 1, 2009.");
  a.set_date(Variable::issued, make_date(2009, 7, 14));
  a.set_date(Variable::accessed, make_date(2009, 4, 1));
  Reference& c = b.add(
      "Linus Torvalds (18 de julho de 2007). \u00abCrissCrossMerge\u00bb. Consultado em 31 de agosto de "
      "2010. Arquivado do original em 13 de janeiro de 2006");
  c.set_date(Variable::issued, make_date(2007, 7, 18));
  c.set_date(Variable::accessed, make_date(2010, 8, 31));
  c.archive_date = make_date(2006, 1, 13);
  // Same year at different precision is not "before".
  Reference& d = b.add("\"Yearly\". Site. 2009. Retrieved 3 March 2009.");
  d.set_date(Variable::issued, make_date(2009));
  d.set_date(Variable::accessed, make_date(2009, 3, 3));
  const Run run = check(b);
  expect_one(run, "access-before-publication", "April 1, 2009", {"1"});
  expect_one(run, "archive-before-publication", "13 de janeiro de 2006", {"2"});
}

TEST_CASE("the role words pick which written date a finding points at", "[checks][dates]") {
  // Publication and access on the same day: the access finding must point at the date after
  // "Retrieved", not at the first one.
  ReferenceListBuilder b;
  Reference& r = b.add("\"T\". Site. 2 May 2024. Retrieved 2 May 2024. Archived from the original on 2 May 2021.");
  r.set_date(Variable::issued, make_date(2024, 5, 2));
  r.set_date(Variable::accessed, make_date(2024, 5, 2));
  r.archive_date = make_date(2021, 5, 2);
  const Run run = check(b);
  const auto found = run.with("archive-before-publication");
  REQUIRE(found.size() == 1);
  const std::string_view all = run.source.text();
  CHECK(found[0]->span.begin == all.find("2 May 2021"));
}

TEST_CASE("access dates without a day and invalid written forms", "[checks][dates]") {
  ReferenceListBuilder b;
  b.add("\u00abSMSD::Home Page\u00bb. Consultado el 2009. ").set_date(Variable::accessed, make_date(2009));
  Reference& r = b.add("Sysoev, Igor (August 2007). \"Re: 499 error in nginx\". Retrieved December 09, 2010.");
  r.set_date(Variable::issued, make_date(2007, 8));
  r.set_date(Variable::accessed, make_date(2010, 12, 9));
  const Run run = check(b);
  expect_one(run, "access-date-imprecise", "2009", {"1"});
  expect_one(run, "date-form-invalid", "December 09, 2010", {"2"});
}

TEST_CASE("page ranges", "[checks][pages]") {
  ReferenceListBuilder b;
  b.add("\"A\". Journal. 12 (3): 52\u201349.").set(Variable::page, "52\u201349");
  b.add("\"B\". Journal. 12 (3): 49\u2013.").set(Variable::page, "49\u2013");
  b.add("\"C\". Journal. 12 (3): 49-52.").set(Variable::page, "49-52");
  b.add("\"D\". Journal. pp. 48-49, 96, 215, 225.").set(Variable::page, "48\u201349, 96, 12 and 14");
  b.add("\"E\". Journal. pp. 321\u201328, 63ff.").set(Variable::page, "321\u201328, 63ff");
  const Run run = check(b);
  expect_one(run, "page-range-reversed", "52\u201349", {"1"});
  expect_one(run, "page-range-open", "49\u2013", {"2"});
  expect_one(run, "page-range-hyphen", "49-52", {"3"});
  CHECK(run.with("page-range-hyphen")[0]->severity == Severity::info);
  // Ref 4's page field is not in the text as printed: the finding falls back to the reference.
  const auto malformed = run.with("page-range-malformed");
  REQUIRE(malformed.size() == 1);
  CHECK(malformed[0]->references == std::vector<std::string>{"4"});
  CHECK(malformed[0]->message.find("12 and 14") != std::string::npos);
  CHECK(run.diags.size() == 4);  // nothing on ref 5: abbreviated end and "ff" are fine
}

TEST_CASE("a hyphen in a page range is typography of printed lists, not of data", "[checks][pages]") {
  // CSL-JSON and .bib ("--" reads as "-") write ranges with a hyphen; styles print the dash.
  Diagnostics d;
  check_references(read_csl_json(SourceText("d.json", R"([{"id": "a", "title": "T", "page": "49-52"},
    {"id": "b", "title": "U", "page": "49-53", "custom": {"raw": "\"U\". J. pp. 49-53."}}])"),
                                 d),
                   nullptr, fixed_date(), d);
  std::vector<std::string> hyphen;
  for (const Diagnostic& x : d)
    if (x.code == DiagCode::page_range_hyphen) hyphen.insert(hyphen.end(), x.references.begin(), x.references.end());
  CHECK(hyphen == std::vector<std::string>{"b"});  // only the one that keeps its printed text
}

TEST_CASE("a book's extent in the pages field is no malformed range", "[checks][pages]") {
  ReferenceListBuilder b;
  b.add("Book. Pub. xv + 560 pp.").set(Variable::page, "xv + 560");
  b.add("Book. Pub. xi + 201 + 105 pp.").set(Variable::page, "xi + 201 + 105");
  b.add("Book. Pub. xv + see 560.").set(Variable::page, "xv + see 560");
  b.add("Book. Pub. xv + pp.").set(Variable::page, "xv + ");
  // As Beebe's bibliographies give them: unnumbered pages in brackets, a remark after.
  b.add("Book. Pub. vi + [124] pp.").set(Variable::page, "vi + [124]");
  b.add("Book. Pub. xxxvi + 2744 pp. (4 volumes).").set(Variable::page, "xxxvi + 2744 (4 volumes)");
  b.add("Book. Pub. 400 pp. (est.).").set(Variable::page, "400 (est.)");
  b.add("Book. Pub. 43-49 (or 43-48).").set(Variable::page, "43-49 (or 43-48)");  // a range is no extent
  const Run run = check(b);
  const auto malformed = run.with("page-range-malformed");
  REQUIRE(malformed.size() == 3);
  CHECK(malformed[0]->references == std::vector<std::string>{"3"});
  CHECK(malformed[1]->references == std::vector<std::string>{"4"});
  CHECK(malformed[2]->references == std::vector<std::string>{"8"});
}

TEST_CASE("an impossible ISO date left in the page field is reported as a date", "[checks][pages]") {
  ReferenceListBuilder b;
  b.add("\"Embassy opens in Lima\". Andina. 2017-13-05.").set(Variable::page, "2017-13-05");
  b.add("\"Other\". Andina. 99\u20138.").set(Variable::page, "99\u20138");  // abbreviated end going back
  const Run run = check(b);
  expect_one(run, "date-invalid", "2017-13-05", {"1"});
  CHECK(run.with("date-invalid")[0]->message == "the date 2017-13-05 does not exist in the calendar");
  expect_one(run, "page-range-reversed", "99\u20138", {"2"});
  CHECK(run.diags.size() == 2);
}

TEST_CASE("volume and issue that are not numbers", "[checks][numbers]") {
  ReferenceListBuilder b;
  Reference& r = b.add("\"A\". Nature. Springer (Spring): 4\u20136.");
  r.type = ItemType::article_journal;
  r.set(Variable::container_title, "Nature");
  r.set(Variable::title, "A");
  r.set(Variable::volume, "Springer");
  r.set(Variable::issue, "Spring");
  Reference& ok = b.add("\"B\". Old Journal. XII (3\u20134): 5.");
  ok.type = ItemType::article_journal;
  ok.set(Variable::container_title, "Old Journal");
  ok.set(Variable::title, "B");
  ok.set(Variable::volume, "XII");
  ok.set(Variable::issue, "3\u20134");
  Reference& book = b.add("Book. Vol. One.");
  book.type = ItemType::book;
  book.set(Variable::title, "Book");
  book.set(Variable::volume, "One");
  // ACM's PACM journals name an issue after its conference: "2 (POPL): 66:1–66:34".
  Reference& acm = b.add("\"RustBelt\". Proc. ACM Program. Lang. 2 (POPL): 66:1\u201366:34.");
  acm.type = ItemType::article_journal;
  acm.set(Variable::container_title, "Proc. ACM Program. Lang.");
  acm.set(Variable::title, "RustBelt");
  acm.set(Variable::volume, "2");
  acm.set(Variable::issue, "POPL");
  const Run run = check(b);
  expect_one(run, "volume-not-numeric", "Springer", {"1"});
  expect_one(run, "issue-not-numeric", "Spring", {"1"});
  CHECK(run.diags.size() == 2);
}

TEST_CASE("ISBN, ISSN and DOI in references", "[checks][identifiers]") {
  ReferenceListBuilder b;
  b.add("Book. Place: Pub. ISBN 978-0-201-48567-8.").set(Variable::ISBN, "978-0-201-48567-8");
  b.add("Book. ISBN 978-0-201-4856.").set(Variable::ISBN, "978-0-201-4856");
  b.add("\"J\". Journal. ISSN 0199-6648.").set(Variable::ISSN, "0199-6648");
  b.add("\"K\". Journal. doi:10.1145.").set(Variable::DOI, "10.1145");
  b.add("Two. ISBN 0-8247-2397-X, 978-0-201-48567-7.").set(Variable::ISBN, "0-8247-2397-X, 978-0-201-48567-7");
  const Run run = check(b);
  expect_one(run, "isbn-checksum", "978-0-201-48567-8", {"1"});
  expect_one(run, "isbn-malformed", "978-0-201-4856", {"2"});
  expect_one(run, "issn-checksum", "0199-6648", {"3"});
  expect_one(run, "doi-malformed", "10.1145", {"4"});
  CHECK(run.diags.size() == 4);
}

TEST_CASE("ISBN and ISSN values qualified in parentheses", "[checks][identifiers]") {
  // How library catalogues and large .bib collections write several standard numbers.
  auto with = [](ReferenceListBuilder& b, Variable v, std::string_view value) {
    b.add("Book. " + std::string(value) + ".").set(v, std::string(value));
  };
  ReferenceListBuilder b;
  with(b, Variable::ISSN, "0001-0782 (print), 1557-7317 (electronic)");
  with(b, Variable::ISBN, "0-201-13447-0 (hardcover), 0-201-13448-9 (paperback)");
  with(b, Variable::ISBN, "0-262-19229-2 (MIT Press) and 0-07-057290-9");
  with(b, Variable::ISBN, "0-521-21967-1 (vol. I, hardcover); 0-521-21969-8 (vol. II)");
  with(b, Variable::ISBN, "(pbk.) 978-0-201-48567-7");
  // The qualifiers are left out, the values still checked: a wrong check digit, a non-ISBN.
  with(b, Variable::ISSN, "0001-0782 (print), 1557-7318 (electronic)");
  with(b, Variable::ISBN, "0-201-13447-0 (hardcover), ???? (paperback)");
  const Run run = check(b);
  expect_one(run, "issn-checksum", "1557-7318", {"6"});
  expect_one(run, "isbn-malformed", "????", {"7"});
  CHECK(run.diags.size() == 2);
}

TEST_CASE("CSL rich text in field values is markup on purpose", "[checks][text]") {
  // Structured input (CSL-JSON, or .bib read into CSL's model) has no printed text: its fields
  // are scanned, and CSL-JSON's rich-text tags in them are not leaked HTML. Other tags are.
  ReferenceListBuilder b;
  Reference& rich = b.add("Title");
  rich.raw.clear();
  rich.set(Variable::title, "On <i>Drosophila</i> in <span class=\"nocase\">iPhone</span> apps, H<sub>2</sub>O "
                            "and <span style=\"font-variant:small-caps;\">Smith</span><sup>2</sup> <b>now</b>");
  Reference& leaked = b.add("Title");
  leaked.raw.clear();
  leaked.set(Variable::title, "Accessing <a href=\"http://git-scm.com/\">GIT</a>");
  // Printed text carries no markup of its own, rich-text tags included.
  b.add("<i>Nature</i>. 2001.");
  const Run run = check(b);
  const auto markup = run.with("markup-leaked");
  REQUIRE(markup.size() == 2);
  CHECK(markup[0]->references == std::vector<std::string>{"2"});
  CHECK(markup[0]->message.find("<a href") != std::string::npos);
  CHECK(markup[1]->references == std::vector<std::string>{"3"});
  CHECK(run.text_of(*markup[1]) == "<i>");
}

TEST_CASE("language names and unknown languages", "[checks][language]") {
  ReferenceListBuilder b;
  b.add("Title (in Klingonese). Site.").set(Variable::language, "Klingonese");
  b.add("Title (in Spanish). Site.").set(Variable::language, "Spanish");
  b.add("Title (en espa\u00f1ol). Site.").set(Variable::language, "espa\u00f1ol");
  b.add("Title (in Spanish). Site.").set(Variable::language, "es");
  b.add("Title (in Brazilian Portuguese). Site.").set(Variable::language, "pt-BR");
  const Run run = check(b);
  expect_one(run, "language-unknown", "Klingonese", {"1"});
  const auto names = run.with("language-name-not-tag");
  REQUIRE(names.size() == 2);
  CHECK(run.text_of(*names[0]) == "Spanish");
  CHECK(names[0]->message.find("\"es\"") != std::string::npos);
  CHECK(run.text_of(*names[1]) == "espa\u00f1ol");
  CHECK(run.diags.size() == 3);
}

TEST_CASE("unbalanced quotes and brackets", "[checks][text]") {
  ReferenceListBuilder b;
  b.add("\"Unclosed title. Site. 2017.");
  b.add("\u201cCurly title. Site.");
  b.add("Title (2nd ed. Publisher.");
  b.add("Title] Site.");
  b.add("\u00abT\u00edtulo. Sitio.");
  // Balanced, with nested quotes as CS1 prints them: nothing to report.
  b.add("\"Embajador de Corea del Norte: \"Las puertas est\u00e1n abiertas\"\". RPP Noticias. 2017-09-11.");
  b.add("\u201eDeutscher Titel\u201c. Seite. (Band 2) [Nachdruck].");
  b.add("\u00bbDeutscher Titel\u00ab. Seite.");
  const Run run = check(b);
  const auto quotes = run.with("quote-unbalanced");
  REQUIRE(quotes.size() == 3);
  CHECK(run.text_of(*quotes[0]) == "\"");
  CHECK(quotes[0]->references == std::vector<std::string>{"1"});
  CHECK(quotes[0]->position.column == 6);  // "1. ^ " then the quote
  CHECK(run.text_of(*quotes[1]) == "\u201c");
  CHECK(run.text_of(*quotes[2]) == "\u00ab");
  CHECK(quotes[2]->references == std::vector<std::string>{"5"});
  const auto brackets = run.with("bracket-unbalanced");
  REQUIRE(brackets.size() == 2);
  CHECK(run.text_of(*brackets[0]) == "(");
  CHECK(brackets[0]->references == std::vector<std::string>{"3"});
  CHECK(run.text_of(*brackets[1]) == "]");
  CHECK(run.diags.size() == 5);
}

TEST_CASE("mojibake and leaked markup", "[checks][text]") {
  ReferenceListBuilder b;
  b.add("N\u00c3\u00b8rsett, S. P. (1993). Solving ODEs. pp. 74\u00e2\u0080\u009375.");
  b.add("\"Caf\u00c3\u00a9 \u00e2\u20ac\u201c menu\". Site.");
  b.add("S\u00c3O PAULO, \u00c3 bient\u00f4t, na\u00efve, caf\u00e9.");  // real accents: nothing
  b.add(".mw-parser-output cite.citation{font-style:inherit}.mw-parser-output .x{color:red}");
  b.references().back().no_citation = true;
  b.add("<a href=\"https://git-scm.com\">GIT</a> home page.");
  const Run run = check(b);
  const auto moji = run.with("text-mojibake");
  REQUIRE(moji.size() == 4);
  CHECK(run.text_of(*moji[0]) == "\u00c3\u00b8");
  CHECK(moji[0]->message.find("\u00f8") != std::string::npos);
  CHECK(run.text_of(*moji[1]) == "\u00e2\u0080\u0093");
  CHECK(run.text_of(*moji[2]) == "\u00c3\u00a9");
  CHECK(moji[2]->references == std::vector<std::string>{"2"});
  CHECK(run.text_of(*moji[3]) == "\u00e2\u20ac\u201c");
  const auto markup = run.with("markup-leaked");
  REQUIRE(markup.size() == 2);
  CHECK(run.text_of(*markup[0]).substr(0, 17) == ".mw-parser-output");
  CHECK(markup[0]->references == std::vector<std::string>{"4"});
  CHECK(run.text_of(*markup[1]) == "<a href=\"https://git-scm.com\">");
}

TEST_CASE("a list garbled throughout: the first mojibake findings, then one note counting the rest",
          "[checks][text]") {
  ReferenceListBuilder b;
  for (int i = 0; i < 12; ++i) b.add("N\u00c3\u00b8rsett, S. P. (1993). Caf\u00c3\u00a9 noir. Site.");
  b.add("Clean, A. (2001). Plain title. Site.");
  const Run run = check(b);
  const auto shown = run.with("text-mojibake");
  REQUIRE(shown.size() == 10);  // two per reference, in list order: references 1 to 5
  CHECK(shown[0]->references == std::vector<std::string>{"1"});
  CHECK(shown[9]->references == std::vector<std::string>{"5"});
  CHECK(run.text_of(*shown[9]) == "\u00c3\u00a9");
  const auto more = run.with("text-mojibake-more");
  REQUIRE(more.size() == 1);
  // 24 pieces in all: 14 not shown, in references 6 to 12.
  CHECK(more[0]->message.find("14 more pieces") != std::string::npos);
  CHECK(more[0]->references == std::vector<std::string>{"6", "7", "8", "9", "10", "11", "12"});
  CHECK(run.text_of(*more[0]) == "\u00c3\u00b8");
  CHECK(more[0]->position.line == 6);
  // Few findings are all shown, with no note.
  ReferenceListBuilder few;
  few.add("N\u00c3\u00b8rsett, S. P. (1993). Solving ODEs. Site.");
  const Run one = check(few);
  CHECK(one.with("text-mojibake").size() == 1);
  CHECK(one.with("text-mojibake-more").empty());
}

TEST_CASE("Windows-1252 mojibake of an en dash", "[checks][text]") {
  ReferenceListBuilder b;
  b.add("\"Caf\u00e9\". Site. pp. 4\u00e2\u20ac\u201c6.");
  const Run run = check(b);
  expect_one(run, "text-mojibake", "\u00e2\u20ac\u201c", {"1"});
  CHECK(run.diags.size() == 1);  // the \u201c of the mojibake is no unbalanced quote
}

TEST_CASE("required fields per item type", "[checks][required]") {
  ReferenceListBuilder b;
  Reference& web = b.add("Site. Retrieved 2 May 2024.");
  web.type = ItemType::webpage;
  Reference& art = b.add("\"Article\". 12 (3): 4\u20135.");
  art.type = ItemType::article_journal;
  art.set(Variable::title, "Article");
  Reference& isbn_only = b.add("ISBN 0-13-602060-7.");
  isbn_only.type = ItemType::book;
  isbn_only.set(Variable::ISBN, "0-13-602060-7");
  Reference& doc = b.add("https://example.org");
  doc.type = ItemType::document;
  const Run run = check(b);
  const auto found = run.with("required-field-missing");
  REQUIRE(found.size() == 3);
  CHECK(found[0]->references == std::vector<std::string>{"1"});
  CHECK(found[0]->message == "webpage has no title");
  CHECK(run.text_of(*found[0]) == "Site. Retrieved 2 May 2024.");
  CHECK(found[1]->message == "article-journal has no container-title");
  CHECK(found[2]->references == std::vector<std::string>{"3"});
}

TEST_CASE("a section inside a title is a note; a legal paragraph sign is not", "[checks][placement]") {
  ReferenceListBuilder b;
  Reference& leaked = b.add("\"Terrorist Group \u00A7 Partial Incident Chronology\". Bulletin. 89 (2153): 49\u201352.");
  leaked.set(Variable::title, "Terrorist Group \u00A7 Partial Incident Chronology");
  Reference& law = b.add("\"Strafgesetzbuch \u00A7 219a\". Bundesamt.");
  law.set(Variable::title, "Strafgesetzbuch \u00A7 219a");
  Reference& opening = b.add("\"\u00A7 Werbung\". Bundesamt.");
  opening.set(Variable::title, "\u00A7 Werbung");
  Reference& plural = b.add("\"Gesetz \u00A7\u00A7 3\u20135\". Bundesamt.");
  plural.set(Variable::title, "Gesetz \u00A7\u00A7 3\u20135");
  const Run run = check(b);
  expect_one(run, "title-section-mark", "\u00A7 Partial Incident Chronology", {"1"});
  CHECK(run.with("title-section-mark")[0]->severity == Severity::info);
}

TEST_CASE("free text after a citation without quotation marks is a note", "[checks][placement]") {
  ReferenceListBuilder b;
  const std::string bare = "Informe mensual. IDL. 1989. p. 26. Dotaci\u00F3n de la Unidad frustr\u00F3 un atentado en San Isidro.";
  Reference& plain = b.add(bare);
  plain.set(Variable::title, "Informe mensual");
  plain.set(Variable::note, "Dotaci\u00F3n de la Unidad frustr\u00F3 un atentado en San Isidro.");
  Reference& quoted = b.add("\"Docker\". Site. 2017. \u2014 \u00ABDocker has extended its product line by adding two.\u00BB");
  quoted.set(Variable::title, "Docker");
  quoted.set(Variable::note, "Docker has extended its product line by adding two.");
  Reference& comment = b.add("\"Paper\". Journal. Received August, 1975; revised September 1977");
  comment.set(Variable::title, "Paper");
  comment.set(Variable::note, "Received August, 1975; revised September 1977");
  const Run run = check(b);
  expect_one(run, "quote-undelimited", "Dotaci\u00F3n de la Unidad frustr\u00F3 un atentado en San Isidro.", {"1"});
  CHECK(run.with("quote-undelimited")[0]->message ==
        "text after the citation is not in quotation marks: \"Dotaci\u00F3n de la Unidad frustr\u00F3 un atentado en San Isidro.\"");

  // The note of structured data is a field: no printed text says whether quotes were there.
  Diagnostics diags;
  const std::vector<Reference> items = read_csl_json(
      SourceText("d.json", R"([{"id": "a", "title": "T", "note": "This is a long note about the source."}])"), diags);
  Diagnostics found;
  check_references(items, nullptr, fixed_date(), found);
  CHECK(std::none_of(found.begin(), found.end(), [](const Diagnostic& d) { return d.id() == "quote-undelimited"; }));
}

TEST_CASE("online references without access dates are one note on the list", "[checks][list]") {
  ReferenceListBuilder b;
  for (int i = 0; i < 12; ++i) {
    Reference& r = b.add("\"Page\". Site. 2020-01-0" + std::to_string(i % 9 + 1) + ".");
    r.type = ItemType::webpage;
    r.set(Variable::title, "Page " + std::to_string(i));
  }
  Reference& read = b.add("\"Read page\". Site. Retrieved 2 May 2024.");
  read.type = ItemType::webpage;
  read.set_date(Variable::accessed, make_date(2024, 5, 2));
  Reference& book = b.add("Book. Publisher. 2001.");
  book.type = ItemType::book;
  const Run run = check(b);
  const auto found = run.with("access-date-missing");
  REQUIRE(found.size() == 1);
  CHECK(found[0]->severity == Severity::info);
  CHECK(found[0]->message ==
        "online references without an access date: 12 of 13 (references 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 and 2 more)");
  CHECK(found[0]->references.size() == 10);
  CHECK(run.text_of(*found[0]) == "\"Page\". Site. 2020-01-01.");

  // Checked slice by slice, as a long file is converted, the list gives the same one note.
  ReferenceChecker checker(&run.source, fixed_date());
  Diagnostics sliced;
  const std::span<const Reference> all = b.references();
  for (std::size_t at = 0; at < all.size(); at += 5) {
    const auto slice = all.subspan(at, std::min<std::size_t>(5, all.size() - at));
    checker.check(slice, sliced);
    checker.check_across(slice, sliced);
  }
  checker.finish(sliced);
  const auto note = std::find_if(sliced.begin(), sliced.end(), [](const Diagnostic& d) { return d.id() == "access-date-missing"; });
  REQUIRE(note != sliced.end());
  CHECK(note->message == found[0]->message);
  CHECK(note->span == found[0]->span);
}

TEST_CASE("a list whose online references all give access dates gets no note", "[checks][list]") {
  ReferenceListBuilder b;
  Reference& r = b.add("\"Page\". Site. Retrieved 2 May 2024.");
  r.type = ItemType::webpage;
  r.set(Variable::title, "Page");
  r.set_date(Variable::accessed, make_date(2024, 5, 2));
  Reference& news = b.add("\"Story\". The Times. 3 May 2020.");  // news without a URL: maybe in print
  news.type = ItemType::article_newspaper;
  news.set(Variable::title, "Story");
  news.set(Variable::container_title, "The Times");
  CHECK(check(b).with("access-date-missing").empty());
}

TEST_CASE("titles in another language than the list's wording, without a language note, are one note per language",
          "[checks][list]") {
  // Built as the reader gives them: each reference's printed text, its title, and the edition
  // its wording names ("Retrieved": en), if any.
  const std::string es1 = "Gobierno peruano condena los \u00FAltimos ensayos nucleares de Corea del Norte";
  const std::string es2 = "Embajada de Estados Unidos en Lima emiti\u00F3 una alerta de seguridad";
  const std::string es3 = "Per\u00FA condena lanzamiento de misiles por parte de Corea del Norte";
  const std::string ko = "\uD398\uB8E8-\uBD81\uD55C \uAD00\uACC4";
  const std::string en = "Security Message for U.S. Citizens: Security Threat to U.S. Government Personnel";
  auto build = [&](std::string_view edition, bool printed) {
    ReferenceListBuilder b;
    auto add = [&](const std::string& title, std::string_view ref_edition, std::string_view tag = {}) {
      Reference& r = b.add("\"" + title + "\". Andina. 2016-09-09.");
      r.set(Variable::title, title);
      r.edition = std::string(ref_edition);
      if (!tag.empty()) r.set(Variable::language, std::string(tag));
      if (!printed) r.raw.clear();
    };
    add(es1, "");
    add(es2, edition);
    add(es3, edition, "es");  // "(in Spanish)": has its note
    add(ko, "");
    add(en, edition);
    add(es3, "");
    return b;
  };
  auto notes = [](const Run& run) {
    std::vector<std::string> out;
    for (const Diagnostic* d : run.with("language-note-missing")) out.push_back(d->message);
    return out;
  };

  ReferenceListBuilder english = build("en", true);
  const Run run = check(english);
  CHECK(notes(run) == std::vector<std::string>{
                          "Spanish titles without a language note in a list worded in English: 3 (references 1, 2, 6)",
                          "Korean titles without a language note in a list worded in English: 1 (reference 4)"});
  const auto spanish = run.with("language-note-missing");
  REQUIRE(!spanish.empty());
  CHECK(spanish[0]->severity == Severity::info);
  CHECK(spanish[0]->references == std::vector<std::string>{"1", "2", "6"});
  CHECK(run.text_of(*spanish[0]) == "\"" + es1 + "\". Andina. 2016-09-09.");

  // In a list worded in Spanish the Spanish titles need no note, the English one does.
  ReferenceListBuilder spanish_list = build("es", true);
  CHECK(notes(check(spanish_list)) ==
        std::vector<std::string>{"English titles without a language note in a list worded in Spanish: 1 (reference 5)",
                                 "Korean titles without a language note in a list worded in Spanish: 1 (reference 4)"});
  // No wording says the edition: nothing to compare with.
  ReferenceListBuilder unworded = build("", true);
  CHECK(notes(check(unworded)).empty());
  // Structured input (CSL-JSON, .bib) has a language field, not a printed note.
  ReferenceListBuilder structured = build("en", false);
  CHECK(notes(check(structured)).empty());
  // Titles wait for the list's wording to name its edition, 256 of them at most: a list whose
  // first 300 references name none (CSL-JSON keeping their printed text) is not guessed.
  ReferenceListBuilder late;
  for (int i = 0; i < 300; ++i) late.add("\"" + es1 + "\". Andina.").set(Variable::title, es1);
  Reference& worded = late.add("\"" + es2 + "\". Andina. Retrieved 2 May 2024.");
  worded.set(Variable::title, es2);
  worded.edition = "en";
  CHECK(notes(check(late)).empty());
}

TEST_CASE("duplicates name both references", "[checks][duplicates]") {
  ReferenceListBuilder b;
  auto web = [&](std::string_view raw, std::string_view title, std::string_view container) -> Reference& {
    Reference& r = b.add(raw);
    r.type = ItemType::webpage;
    r.set(Variable::title, std::string(title));
    r.set(Variable::container_title, std::string(container));
    return r;
  };
  web("\"Relaciones Bilaterales\". Ministerio. Archived from the original on 2016-10-10.", "Relaciones Bilaterales", "Ministerio");
  web("\"Other title\". Ministerio.", "Other title", "Ministerio");
  web("\"RELACIONES bilaterales\". Ministerio. Archived from the original on 2016-07-03.", "RELACIONES bilaterales", "Ministerio");
  // Same title, one container missing, same day: the same mailing-list post.
  Reference& p1 = b.add("Linus Torvalds (8 de abril de 2005). \u00abRe: Kernel SCM saga\u00bb.");
  p1.set(Variable::title, "Re: Kernel SCM saga");
  p1.set_date(Variable::issued, make_date(2005, 4, 8));
  Reference& p2 = b.add("Torvalds, Linus (8 de abril de 2005), \u00abRe: Kernel SCM saga\u00bb, lista de correo linux-kernel.");
  p2.set(Variable::title, "Re: Kernel SCM saga");
  p2.set(Variable::container_title, "linux-kernel");
  p2.set_date(Variable::issued, make_date(2005, 4, 8));
  // Same book at different pages: different citations, not duplicates.
  Reference& k1 = b.add("Book. ISBN 88-7303-627-9. p. 1.");
  k1.set(Variable::ISBN, "88-7303-627-9");
  k1.set(Variable::page, "1");
  Reference& k2 = b.add("Book. ISBN 88-7303-627-9. p. 53.");
  k2.set(Variable::ISBN, "88-7303-627-9");
  k2.set(Variable::page, "53");
  // Same DOI (and an ISBN-10/13 pair of one book).
  b.add("\"SMSD\". J. Cheminf. doi:10.1186/1758-2946-1-12").set(Variable::DOI, "10.1186/1758-2946-1-12");
  b.add("SMSD, J. Cheminf. 2009. DOI:10.1186/1758-2946-1-12").set(Variable::DOI, "10.1186/1758-2946-1-12");
  b.add("Refactoring. ISBN 0-201-48567-2.").set(Variable::ISBN, "0-201-48567-2");
  b.add("Refactoring. ISBN 978-0-201-48567-7.").set(Variable::ISBN, "978-0-201-48567-7");
  // Same outlet, different articles: not duplicates.
  web("\"Peru condemns launch\". Andina. 2022-03-25.", "Peru condemns launch", "Andina");
  web("\"Peru condemns missiles\". Andina. 2022-05-26.", "Peru condemns missiles", "Andina");
  // Same URL.
  b.add("[Home](https://www.example.org/a/)").set(Variable::URL, "https://www.example.org/a/");
  b.add("[Start page](http://example.org/a)").set(Variable::URL, "http://example.org/a");

  const Run run = check(b);
  const auto found = run.with("duplicate-reference");
  REQUIRE(found.size() == 5);
  CHECK(found[0]->references == std::vector<std::string>{"3", "1"});
  CHECK(run.text_of(*found[0]) == "RELACIONES bilaterales");
  CHECK(found[0]->message.find("title and container") != std::string::npos);
  CHECK(found[1]->references == std::vector<std::string>{"5", "4"});
  CHECK(found[1]->message.find("title and date") != std::string::npos);
  CHECK(found[2]->references == std::vector<std::string>{"9", "8"});
  CHECK(run.text_of(*found[2]) == "10.1186/1758-2946-1-12");
  CHECK(found[3]->references == std::vector<std::string>{"11", "10"});
  CHECK(run.text_of(*found[3]) == "978-0-201-48567-7");
  CHECK(found[4]->references == std::vector<std::string>{"15", "14"});
  CHECK(run.text_of(*found[4]) == "http://example.org/a");
}

TEST_CASE("citation markers in bodies", "[checks][body]") {
  auto numbers = [](std::string_view body) {
    std::vector<std::uint32_t> out;
    for (const CitationMarker& m : find_citation_markers(body)) out.push_back(m.number);
    return out;
  };
  using V = std::vector<std::uint32_t>;
  CHECK(numbers("Text.[1][12] More[ 3 ] and[\u00a04\u00a0].") == V{1, 12, 3, 4});
  CHECK(numbers("Named[a] groups[note 1][lower-alpha 2][nb 1], links [en] and years [2019].") == V{});
  CHECK(numbers("Zero [0] and [01] are not markers.") == V{});
  // A list of 2,500 references makes [2019] a marker.
  CHECK(find_citation_markers("Year [2019] or marker.", 2500).size() == 1);
  const std::string md = "Text.[[12]](#cite_note-12) Also [\\[3\\]](#cite_note-3) but not a[1] here.";
  CHECK(numbers(md) == V{12, 3});
  const auto ms = find_citation_markers(md);
  CHECK(md.substr(ms[0].span.begin, ms[0].span.end - ms[0].span.begin) == "[[12]](#cite_note-12)");
  CHECK(md.substr(ms[1].span.begin, ms[1].span.end - ms[1].span.begin) == "[\\[3\\]](#cite_note-3)");
  CHECK(numbers("```\nx[1]\n```\nText[2].") == V{2});
}

TEST_CASE("checks against the body", "[checks][body]") {
  ReferenceListBuilder b;
  b.add("\"One\". Site.", 2);   // ^ a b: cited twice
  b.add("\"Two\". Site.");      // ^: cited once
  b.add("\"Three\". Site.", 3);  // ^ a b c, but cited once
  b.add("\"Four\". Site.");     // never cited
  const SourceText list = b.source();
  const SourceText body("body.txt", "Intro.[1] More[2][1].\nNote[a] and [3]. Then [7].\n");
  Diagnostics diags;
  check_body(b.references(), &list, body, fixed_date(), diags);
  std::vector<std::string> codes;
  for (const Diagnostic& d : diags) codes.emplace_back(d.id());
  INFO(Catch::Detail::stringify(codes));
  REQUIRE(diags.size() == 3);
  const Diagnostic& mismatch = diags.items()[0];
  CHECK(mismatch.id() == "backlink-count-mismatch");
  CHECK(mismatch.references == std::vector<std::string>{"3"});
  CHECK(list.text().substr(mismatch.span.begin, mismatch.span.end - mismatch.span.begin) == "^ a b c");
  const Diagnostic& unused = diags.items()[1];
  CHECK(unused.id() == "reference-unused");
  CHECK(unused.references == std::vector<std::string>{"4"});
  CHECK(unused.file == "refs.txt");
  CHECK(list.text().substr(unused.span.begin, unused.span.end - unused.span.begin) == "\"Four\". Site.");
  const Diagnostic& missing = diags.items()[2];
  CHECK(missing.id() == "marker-without-reference");
  CHECK(missing.severity == Severity::error);
  CHECK(missing.file == "body.txt");
  CHECK(missing.references == std::vector<std::string>{"7"});
  CHECK(body.text().substr(missing.span.begin, missing.span.end - missing.span.begin) == "[7]");
  CHECK(missing.position == SourcePosition{2, 23});
}

TEST_CASE("a body without markers is reported once, not as every reference unused", "[checks][body]") {
  ReferenceListBuilder b;
  b.add("\"One\". Site.");
  b.add("\"Two\". Site.");
  const SourceText list = b.source();
  const SourceText body("body.txt", "Text whose markers were lost.");
  Diagnostics diags;
  check_body(b.references(), &list, body, fixed_date(), diags);
  REQUIRE(diags.size() == 1);
  CHECK(diags.items()[0].id() == "body-without-markers");
}

TEST_CASE("references without a source are located through their raw text", "[checks]") {
  Reference r;
  r.id = "9";
  r.raw = "\"A\". Journal. 52\u201349.";
  r.set(Variable::page, "52\u201349");
  r.source_name = "list.txt";
  r.span = {100, 100 + r.raw.size()};
  r.position = {7, 5};
  Diagnostics diags;
  check_references(std::span<const Reference>(&r, 1), nullptr, fixed_date(), diags);
  REQUIRE(diags.size() == 1);
  const Diagnostic& d = diags.items()[0];
  CHECK(d.id() == "page-range-reversed");
  CHECK(d.file == "list.txt");
  CHECK(d.span.begin == 100 + r.raw.find("52"));
  CHECK(d.position == SourcePosition{7, 19});
}

TEST_CASE("a finding the reader already reported is not repeated", "[checks]") {
  ReferenceListBuilder b;
  b.add("Title (in Klingonese). Site.").set(Variable::language, "Klingonese");
  const SourceText src = b.source();
  Diagnostics diags;
  const std::size_t at = src.text().find("Klingonese");
  diags.report(DiagCode::language_unknown, &src, {at, at + 10}, {"Klingonese"}, "1");
  check_references(b.references(), &src, fixed_date(), diags);
  CHECK(diags.size() == 1);
}

TEST_CASE("replies by different people in one thread are not duplicates", "[checks][duplicates]") {
  ReferenceListBuilder b;
  auto post = [&](std::string_view raw, Name author, int day) -> Reference& {
    Reference& r = b.add(raw);
    r.set(Variable::title, "Re: VCS comparison table");
    r.set(Variable::container_title, "git");
    r.add_name(Variable::author, std::move(author));
    if (day) r.set_date(Variable::issued, make_date(2006, 10, static_cast<unsigned>(day)));
    return r;
  };
  post("Linus Torvalds (20 de outubro de 2006). \u00abRe: VCS comparison table\u00bb. git", literal_name("Linus Torvalds"), 20);
  post("Shawn Pearce (20 de outubro de 2006). \u00abRe: VCS comparison table\u00bb. git", literal_name("Shawn Pearce"), 20);
  post("Torvalds, Linus. \u00abRe: VCS comparison table\u00bb. git", personal_name("Torvalds", "Linus"), 0);
  const Run run = check(b);
  // Ref 3 is Linus's post again (no date to tell them apart); ref 2 is someone else's reply.
  expect_one(run, "duplicate-reference", "Re: VCS comparison table", {"3", "1"});
}

TEST_CASE("articles of one issue sharing the issue's URL are not duplicates", "[checks][duplicates]") {
  ReferenceListBuilder b;
  auto article = [&](std::string_view raw, std::string_view title, Name author) {
    Reference& r = b.add(raw);
    r.set(Variable::title, std::string(title));
    r.set(Variable::URL, "https://www.rit.edu/press/printing-history-4-0");
    r.add_name(Variable::author, std::move(author));
  };
  article("Thompson, S. Early Japanese imprints. https://www.rit.edu/press/printing-history-4-0", "Early Japanese imprints",
          personal_name("Thompson", "Susan"));
  article("Silver, R. A printing shop. https://www.rit.edu/press/printing-history-4-0", "A printing shop",
          personal_name("Silver", "Rollo"));
  // A shared given name does not make one person.
  article("Harlan, Susan. Book review. https://www.rit.edu/press/printing-history-4-0", "Book review",
          personal_name("Harlan", "Susan"));
  // The same title by the same person at that URL is the same article again.
  article("Thompson, Susan. Early Japanese imprints. https://www.rit.edu/press/printing-history-4-0",
          "Early Japanese imprints", personal_name("Thompson", "Susan"));
  // A retitled copy by the same person is too.
  article("Silver, R. The printing shop. https://www.rit.edu/press/printing-history-4-0", "The printing shop",
          personal_name("Silver", "R."));
  const Run run = check(b);
  const auto found = run.with("duplicate-reference");
  REQUIRE(found.size() == 2);
  CHECK(found[0]->references == std::vector<std::string>{"4", "1"});
  CHECK(found[1]->references == std::vector<std::string>{"5", "2"});
}

TEST_CASE("quote and guillemet uses that are not unbalanced", "[checks][text]") {
  ReferenceListBuilder b;
  b.add("\u00abAfter controversy, Torvalds begins work on \"git\"\u00bb. InfoWorld. Texto \" Platforms - InfoWorld:\" ignorado (ajuda)");
  b.add("The Linux Mint Blog \u00bb Blog Archive \u00bb Mint to use Launchpad");
  b.add("\u00ab Titre fran\u00e7ais \u00bb, sur Site.");
  b.add("Jean Dupont, \u00ab Les chemins de fer \u00bb, sur lemonde.fr, 12 mars 2015.");  // « between spaces opens
  b.add("O'Brien's \u2018quoted\u2019 title: a) first, (b) second.");
  const Run run = check(b);
  INFO(Catch::Detail::stringify(run.codes()));
  CHECK(run.with("quote-unbalanced").empty());
  // "a)" is an enumeration a careful reader would not fix either, but it is unbalanced text:
  // the one finding is the bracket.
  expect_one(run, "bracket-unbalanced", ")", {"5"});
}

TEST_CASE("docs/diagnostics.md documents every code", "[checks][docs]") {
  const std::string doc = citelib::test::read_file(citelib::test::source_dir() / "docs" / "diagnostics.md");
  const std::string def =
      citelib::test::read_file(citelib::test::source_dir() / "include" / "citelib" / "diagnostic_codes.def");
  // The checks' own section must be complete; other stages' codes only warn, so that a code
  // added elsewhere does not break this test before its documentation lands.
  const std::size_t checks_begin = def.find("// ---- checks ----");
  const std::size_t checks_end = def.find("// ----", checks_begin + 1);
  REQUIRE(checks_begin != std::string::npos);
  for (DiagCode c : all_diag_codes()) {
    const std::string id(diag_info(c).id);
    const bool documented = doc.find("`" + id + "`") != std::string::npos;
    const std::size_t at = def.find("\"" + id + "\"");
    if (at > checks_begin && at < checks_end) {
      INFO(id);
      CHECK(documented);
    } else if (!documented) {
      WARN("docs/diagnostics.md does not document " << id);
    }
  }
}

TEST_CASE("duplicates are the same whether the list's length was given, too small or not at all",
          "[checks][duplicates]") {
  // Over 4096 references: the index keeps them in one array sized from the length given, then
  // in blocks; its tables are sized once or grow as they fill.
  std::vector<Reference> refs(10000);
  for (std::size_t i = 0; i < refs.size(); ++i) {
    Reference& r = refs[i];
    r.id = "r" + std::to_string(i % 9000);
    r.type = ItemType::article_journal;
    r.set(Variable::title, "Title " + std::to_string(i % 3000));
    r.set(Variable::container_title, "Journal " + std::to_string(i % 3000 % 7));
    if (i % 11 == 0) r.set(Variable::DOI, "10.1000/" + std::to_string(i % 500));
    if (i % 100 == 0) r.set(Variable::ISBN, "0-201-48567-2");  // a chain over the 32 compared
    if (i % 3 == 0) r.set(Variable::page, std::to_string(i % 40));
    if (i % 2 == 0) r.set_names(Variable::author, {Name{.family = "Doe" + std::to_string(i % 5), .given = "Jo"}});
  }
  auto findings = [](const Diagnostics& d) {
    std::vector<std::string> out;
    for (const Diagnostic& x : d)
      if (x.code == DiagCode::duplicate_reference || x.code == DiagCode::duplicate_id) out.push_back(x.message);
    return out;
  };
  Diagnostics whole;
  check_references(refs, nullptr, fixed_date(), whole);
  const std::vector<std::string> expected = findings(whole);
  REQUIRE(expected.size() > 1000);
  for (const std::size_t told : {std::size_t{0}, std::size_t{100}, refs.size()}) {
    ReferenceChecker checker(nullptr, fixed_date());
    if (told) checker.reserve(told);
    std::vector<std::string> sliced;
    const std::span<const Reference> all = refs;
    for (std::size_t at = 0; at < all.size(); at += 512) {  // each slice with its diagnostics, as a chunk
      const auto slice = all.subspan(at, std::min<std::size_t>(512, all.size() - at));
      Diagnostics d;
      checker.check(slice, d);
      checker.check_across(slice, d);
      const std::vector<std::string> found = findings(d);
      sliced.insert(sliced.end(), found.begin(), found.end());
    }
    INFO("told " << told);
    CHECK(sliced == expected);
  }
}

TEST_CASE("two items with one id are reported, numeric and string ids alike", "[checks][duplicates]") {
  // citeproc-js and pandoc find items by id: the second "1" (and the number 1) is unreachable.
  Diagnostics d;
  check_references(read_csl_json(SourceText("d.json", R"([{"id": "1", "type": "book", "title": "A"},
    {"id": "2", "type": "book", "title": "B"}, {"id": "1", "type": "book", "title": "C"},
    {"id": 1, "type": "book", "title": "D"}])"),
                                 d),
                   nullptr, fixed_date(), d);
  std::vector<std::string> messages;
  for (const Diagnostic& x : d)
    if (x.code == DiagCode::duplicate_id) messages.push_back(x.message);
  REQUIRE(messages.size() == 2);
  CHECK(messages[0].find("item 3 is also the id of item 1") != std::string::npos);
  CHECK(messages[1].find("item 4 is also the id of item 1") != std::string::npos);
}

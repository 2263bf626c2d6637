// .bib files as reference managers and databases export them (tests/data/bibtex/exporters.bib:
// JabRef, Zotero/Better BibTeX, Mendeley, Google Scholar, DBLP, ACM, IEEE Xplore, arXiv, and
// the names and dates hand-written files hold), read as a careful reader would.
#include "paths.hpp"

#include <citelib/readers/bibtex.hpp>

#include <catch2/catch.hpp>

#include <map>
#include <string>

using namespace citelib;

namespace {

std::map<std::string, Reference> read_exporters(Diagnostics& d) {
  static const SourceText src("exporters.bib", test::read_file(test::data_dir() / "bibtex" / "exporters.bib"));
  std::map<std::string, Reference> out;
  for (Reference& r : read_bibtex(src, d)) out.emplace(r.id, std::move(r));
  return out;
}

}  // namespace

TEST_CASE("exporters' .bib shapes are read as they mean it", "[bibtex]") {
  Diagnostics d;
  std::map<std::string, Reference> refs = read_exporters(d);
  REQUIRE(refs.size() == 11);  // JabRef's @Comment{jabref-meta: ...} blocks are no entries
  for (const Diagnostic& x : d) CHECK(x.severity != Severity::error);

  SECTION("DBLP: a generational suffix after the family name") {
    const auto editors = refs.at("DBLP:conf/icml/SmithJ20").names(Variable::editor);
    REQUIRE(editors.size() == 2);
    CHECK(editors[0].family == "Daumé");
    CHECK(editors[0].given == "Hal");
    CHECK(editors[0].suffix == "III");
  }
  SECTION("names: Jr. after a comma, hyphenated initials, particles, {Barnes and Noble}") {
    const auto a = refs.at("hyphen").names(Variable::author);
    REQUIRE(a.size() == 5);
    CHECK(a[0].given == "Jean-Paul");
    CHECK(a[1].given == "E.-J.");
    CHECK(a[2].family == "Beethoven");
    CHECK(a[3].family == "King");
    CHECK(a[3].given == "Martin Luther");
    CHECK(a[3].suffix == "Jr.");
    CHECK(a[4].family == "Fontaine");
    CHECK(a[4].non_dropping_particle == "de la");
    CHECK(refs.at("web2021").names(Variable::author)[0].literal == "Barnes and Noble");
    CHECK(refs.at("Smith2019").et_al);
  }
  SECTION("arXiv: the preprint's number and abstract page") {
    const Reference& r = refs.at("vaswani2017attention");
    CHECK(r.type == ItemType::article);
    CHECK(r.get(Variable::number) == "arXiv:1706.03762");
    CHECK(r.get(Variable::URL) == "https://arxiv.org/abs/1706.03762");
  }
  SECTION("an access date written as a note, a URL in howpublished, an author-year letter") {
    const Reference& r = refs.at("web2021");
    REQUIRE(r.date(Variable::accessed));
    CHECK(r.date(Variable::accessed)->start.day == 6);
    CHECK_FALSE(r.has(Variable::note));
    CHECK(r.get(Variable::URL) == "https://example.com/report");
    CHECK(r.date(Variable::issued)->start.year == 2021);
  }
  SECTION("ACM, Mendeley, Zotero, dates") {
    CHECK(refs.at("10.1145/3379337").get(Variable::number_of_pages) == "8");
    CHECK(refs.at("Lee2018").get(Variable::URL) == "http://www.example.com/paper_1.pdf");
    CHECK(refs.at("Lee2018").names(Variable::author)[1].family == "Müller");
    CHECK(refs.at("garcia_estudio_2020").date(Variable::accessed)->start.month == 3);
    CHECK(refs.at("garcia_estudio_2020").get(Variable::abstract) == "We study things. With 50% more <i>rigour</i>.");
    CHECK(refs.at("monthday").date(Variable::issued)->start.day == 12);
    const Date* span = refs.at("hyphen").date(Variable::issued);
    REQUIRE(span->end);
    CHECK(span->end->year == 2012);
  }
}

TEST_CASE("notes that only give an access date", "[bibtex]") {
  Diagnostics d;
  auto read = [&](std::string note) {
    return read_bibtex(SourceText("t.bib", "@misc{a, title = {T}, url = {https://x.org}, note = {" + note + "}}"), d).at(0);
  };
  for (const char* note : {"Accessed: 2021-05-06", "[Online; accessed 6-May-2021]", "Last accessed on 6 May 2021",
                           "Retrieved May 6, 2021", "accessed 2021-05-06."}) {
    INFO(note);
    const Reference r = read(note);
    REQUIRE(r.date(Variable::accessed));
    CHECK(r.date(Variable::accessed)->start.month == 5);
    CHECK_FALSE(r.has(Variable::note));
  }
  // Any other note stays a note.
  for (const char* note : {"Accessed by subscription only", "Online resource", "See also the accessed data"}) {
    INFO(note);
    const Reference r = read(note);
    CHECK_FALSE(r.date(Variable::accessed));
    CHECK(r.get(Variable::note) == note);
  }
}

// @string macros kept in other files (\bibliography{IEEEabrv,refs}): BibStrings reads their
// definitions and the reader sees them as if they preceded the file, in every way a file is
// read (whole, indexed in parallel, entry by entry); a macro defined nowhere is reported once,
// naming the files that were looked in.
#include "readers/bibtex/parser.hpp"

#include <citelib/readers/bibtex.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

using namespace citelib;

namespace {

BibStrings strings_of(std::initializer_list<std::pair<const char*, std::string>> files) {
  BibStrings strings;
  for (const auto& [name, text] : files) {
    Diagnostics d;
    strings.add(SourceText(name, text), d);
    REQUIRE(d.empty());
  }
  return strings;
}

std::size_t count(const Diagnostics& d, DiagCode code) {
  return static_cast<std::size_t>(std::count_if(d.begin(), d.end(), [&](const Diagnostic& x) { return x.code == code; }));
}

const std::string kAbbrev =
    "% journal abbreviations\n"
    "@STRING{IEEE_J_C = \"{IEEE} Trans. Comput.\"}\n"
    "@string{pub-aw = \"Addison-Wesley\"}\n";

}  // namespace

TEST_CASE("@string definitions of another file expand in a .bib file", "[bibtex]") {
  const BibStrings strings = strings_of({{"abbrev.bib", kAbbrev}});
  REQUIRE(strings.macros.size() == 2);
  CHECK(strings.files == std::vector<std::string>{"abbrev.bib"});
  const SourceText refs("refs.bib",
                        "@article{a, author = {A. Author}, title = {T}, journal = IEEE_J_C, year = 1999, month = jul}\n"
                        "@book{b, title = {B}, publisher = pub-aw # \" Longman\", year = 2001}\n");
  Diagnostics d;
  const std::vector<Reference> r = read_bibtex(refs, d, &strings);
  REQUIRE(r.size() == 2);
  CHECK(r[0].get(Variable::container_title) == "IEEE Trans. Comput.");
  CHECK(r[0].date(Variable::issued)->start.month == 7);  // the month macros are still there
  CHECK(r[1].get(Variable::publisher) == "Addison-Wesley Longman");
  CHECK(count(d, DiagCode::bib_undefined_string) == 0);

  SECTION("without them each macro is reported once, at its first use, naming where to look") {
    Diagnostics without;
    const SourceText twice("refs.bib",
                           "@article{a, title = {T}, journal = IEEE_J_C, year = 1999}\n"
                           "@article{b, title = {U}, journal = IEEE_J_C, year = 2000}\n");
    (void)read_bibtex(twice, without, nullptr);
    REQUIRE(count(without, DiagCode::bib_undefined_string) == 1);
    const Diagnostic& u = *without.begin();
    CHECK(u.position.line == 1);
    CHECK(u.position.column == 36);
    CHECK(u.message.find("2 times") != std::string::npos);
    Diagnostics looked;
    const BibStrings other = strings_of({{"other.bib", "@string{x = {y}}"}});
    (void)read_bibtex(twice, looked, &other);
    REQUIRE(count(looked, DiagCode::bib_undefined_string) == 1);
    CHECK(looked.begin()->message.find("other.bib") != std::string::npos);
  }
}

TEST_CASE("a file's own @string overrides another file's, and strings files build on each other", "[bibtex]") {
  const BibStrings strings = strings_of({{"a.bib", "@string{pub = {First}}\n@string{jul = {Julio}}"},
                                         {"b.bib", "@string{pubx = pub # { Press}}"}});
  CHECK(strings.macros.back().second == "First Press");
  const SourceText refs("refs.bib",
                        "@book{a, title = {A}, publisher = pubx, year = 2001, month = jul}\n"
                        "@string{pub = {Own}}\n"
                        "@book{b, title = {B}, publisher = pub, year = 2002}\n");
  Diagnostics d;
  const std::vector<Reference> r = read_bibtex(refs, d, &strings);
  REQUIRE(r.size() == 2);
  CHECK(r[0].get(Variable::publisher) == "First Press");
  // A strings file may redefine a month macro (a localised month name): it is kept as printed.
  CHECK(r[0].date(Variable::issued)->literal.find("Julio") != std::string::npos);
  CHECK(r[1].get(Variable::publisher) == "Own");
  const BibDatabase db = parse_bib(refs, d, &strings);
  REQUIRE(db.entries.size() == 2);
  CHECK(db.entries[0].field("publisher")->value == "First Press");
}

TEST_CASE("another file's macros reach every part of a long file indexed in parallel", "[bibtex]") {
  const BibStrings strings = strings_of({{"abbrev.bib", kAbbrev}});
  std::string text;
  for (int i = 0; text.size() < 2'500'000; ++i)
    text += "@article{key" + std::to_string(i) + ",\n  author = {Fern\xC3\xA1ndez, Ana},\n  title = {Title " +
            std::to_string(i) + "},\n  journal = IEEE_J_C,\n  publisher = " + (i % 7 == 0 ? "nowhere" : "pub-aw") +
            ",\n  year = 2001,\n}\n\n";
  const SourceText src("long.bib", text);
  Diagnostics one;
  const bibtex::BibIndex a = bibtex::index_bib(src, one, 1, &strings);
  for (unsigned threads : {2u, 4u}) {
    INFO("threads: " << threads);
    Diagnostics many;
    const bibtex::BibIndex b = bibtex::index_bib(src, many, threads, &strings);
    REQUIRE(b.entries.size() == a.entries.size());
    // Only the macro defined nowhere is reported, once, at its first use, in both.
    REQUIRE(many.size() == 1);
    REQUIRE(one.size() == 1);
    CHECK(many.begin()->code == DiagCode::bib_undefined_string);
    CHECK(many.begin()->span.begin == one.begin()->span.begin);
    CHECK(many.begin()->message == one.begin()->message);
    for (std::size_t i : {std::size_t{1}, b.entries.size() / 2, b.entries.size() - 1}) {
      const BibEntry e = bibtex::read_indexed_entry(src, b, i);
      CHECK(e.field("journal")->value == "{IEEE} Trans. Comput.");
      CHECK(e.field("publisher")->value == "Addison-Wesley");
    }
  }
  // Without them, every part reports the same macros as one pass.
  Diagnostics plain_one, plain_many;
  (void)bibtex::index_bib(src, plain_one, 1);
  (void)bibtex::index_bib(src, plain_many, 3);
  REQUIRE(plain_one.size() == 3);
  REQUIRE(plain_many.size() == 3);
  for (std::size_t k = 0; k < 3; ++k) {
    CHECK((plain_one.begin() + k)->message == (plain_many.begin() + k)->message);
    CHECK((plain_one.begin() + k)->span.begin == (plain_many.begin() + k)->span.begin);
  }
}

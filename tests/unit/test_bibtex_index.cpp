// The first pass over a long .bib file runs in parts on several threads: whatever sits at a
// cut (a damaged entry running over it, a @comment spanning it, a key or macro defined before
// it), the index and the diagnostics are those of one pass, in the same order.
#include "readers/bibtex/parser.hpp"
#include "readers/chunked_input.hpp"

#include <citelib/readers/bibtex.hpp>

#include <catch2/catch.hpp>

#include <cctype>
#include <string>

using namespace citelib;

namespace {

void require_same_entry(const BibEntry& x, const BibEntry& y) {
  CHECK(x.type == y.type);
  CHECK(x.key == y.key);
  CHECK(x.extras_json == y.extras_json);
  CHECK(x.span.begin == y.span.begin);
  CHECK(x.span.end == y.span.end);
  REQUIRE(x.fields.size() == y.fields.size());
  for (std::size_t k = 0; k < x.fields.size(); ++k) {
    INFO("field " << k);
    CHECK(x.fields[k].name == y.fields[k].name);
    CHECK(x.fields[k].value == y.fields[k].value);
    CHECK(x.fields[k].span.begin == y.fields[k].span.begin);
    CHECK(x.fields[k].span.end == y.fields[k].span.end);
  }
}

std::string entries(std::size_t from, std::size_t bytes, std::string_view publisher = "{Springer}") {
  std::string out;
  for (std::size_t i = from; out.size() < bytes; ++i) {
    out += "% citelib: {\"id\":\"" + std::to_string(i) + "\",\"backlinks\":2}\n";
    out += "@article{key" + std::to_string(i) + ",\n  author = {Fern\xC3\xA1ndez, Ana},\n  title = {Title number " +
           std::to_string(i) + "},\n  journaltitle = {Journal},\n  publisher = " + std::string(publisher) +
           ",\n  date = {2001-02-03},\n}\n\n";
  }
  return out;
}

// A file of about 2 x 700 kB (the cut of two parts falls in `middle`).
std::string with_middle(std::string_view middle, std::string_view publisher = "{Springer}") {
  return entries(0, 700000) + std::string(middle) + entries(100000, 700000, publisher);
}

void require_same_index(const std::string& text) {
  const SourceText src("t.bib", text);
  Diagnostics one, many;
  const bibtex::BibIndex a = bibtex::index_bib(src, one, 1);
  for (unsigned run = 0; run < 4; ++run) {
    // 2 and 3 threads, the text checked for valid UTF-8 by the parts or known to be.
    const unsigned threads = 2 + run % 2;
    const bool valid_utf8 = run >= 2;
    INFO("threads: " << threads << ", valid UTF-8 known: " << valid_utf8);
    many.clear();
    const bibtex::BibIndex b = bibtex::index_bib(src, many, threads, nullptr, valid_utf8);
    REQUIRE(a.entries.size() == b.entries.size());
    for (std::size_t i = 0; i < a.entries.size(); ++i) {
      const bibtex::EntryLocation& x = a.entries[i];
      const bibtex::EntryLocation& y = b.entries[i];
      INFO("entry " << i);
      CHECK(x.at == y.at);
      CHECK(x.extras_at == y.extras_at);
      CHECK(x.extras_size == y.extras_size);
      CHECK(x.key_at == y.key_at);
      std::string key(text.substr(x.key_at, x.key_size));
      for (char& c : key) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      const std::size_t* found = b.by_key.find(key);
      REQUIRE(found);
      CHECK(*found == *a.by_key.find(key));
      // Read again (from the field locations of the part that found it, or by the grammar).
      require_same_entry(bibtex::read_indexed_entry(src, a, i), bibtex::read_indexed_entry(src, b, i));
    }
    REQUIRE(one.size() == many.size());
    for (std::size_t i = 0; i < one.size(); ++i) {
      const Diagnostic& x = *(one.begin() + static_cast<std::ptrdiff_t>(i));
      const Diagnostic& y = *(many.begin() + static_cast<std::ptrdiff_t>(i));
      CHECK(x.code == y.code);
      CHECK(x.span.begin == y.span.begin);
      CHECK(x.message == y.message);
    }
    CHECK((a.macros.lookup("sprg", text.size()) == nullptr) == (b.macros.lookup("sprg", text.size()) == nullptr));
  }
}

}  // namespace

TEST_CASE("a long .bib file indexed in parts gives the index of one pass", "[bibtex]") {
  SECTION("intact entries") { require_same_index(with_middle("")); }
  SECTION("a key defined again after the cut") {
    require_same_index(with_middle("") + "@book{KEY12,\n  title = {Again},\n}\n");
  }
  SECTION("a macro defined before the cut, used after it") {
    require_same_index("@string{sprg = \"Springer Verlag\"}\n" + with_middle("", "sprg"));
  }
  SECTION("a macro used after the cut and defined nowhere") { require_same_index(with_middle("", "sprg")); }
  SECTION("an entry left open across the cut") {
    require_same_index(with_middle("@misc{open,\n  title = {Never closed,\n" + entries(50000, 4000)));
  }
  SECTION("a @comment spanning the cut, with entries in it") {
    std::string inside = entries(60000, 6000);
    for (char& c : inside)
      if (c == '{' || c == '}') c = c == '{' ? '(' : ')';
    // Lines inside the comment that look like entry headers: "@article(key...,".
    require_same_index(with_middle("@comment{\n" + inside + "}\n"));
  }
  SECTION("a quoted value left open across the cut") {
    require_same_index(with_middle("@misc{quoted,\n  title = \"Never closed,\n" + entries(70000, 4000)));
  }
}

TEST_CASE("a long .bib file read on several threads reads as on one", "[bibtex]") {
  const std::string text = "@string{sprg = \"Springer Verlag\"}\n" + with_middle("@misc{open,\n  title = {x,\n", "sprg");
  const SourceText src("t.bib", text);
  Diagnostics d1, d2;
  const auto one = detail::open_bibtex(src, d1, 1);
  const auto two = detail::open_bibtex(src, d2, 2);
  REQUIRE(one->size() == two->size());
  std::vector<Reference> a, b;
  one->read(0, one->size(), a, d1);
  two->read(0, two->size(), b, d2);
  REQUIRE(a.size() == b.size());
  for (std::size_t i = 0; i < a.size(); i += 97) {
    CHECK(a[i].id == b[i].id);
    CHECK(a[i].get(Variable::publisher) == b[i].get(Variable::publisher));
  }
  CHECK(b.back().get(Variable::publisher) == "Springer Verlag");
  CHECK(d1.size() == d2.size());
}

TEST_CASE("an entry read again from the first pass's field locations is the grammar's", "[bibtex]") {
  // Entries with plain values (read from their locations) and with what only the grammar
  // reads (macros, concatenation, a repeated field), in every form the grammar takes.
  const std::string text =
      "% citelib: {\"id\":\"x\"}\n"
      "@Article{Plain,\n  Author = {Fern\xC3\xA1ndez, Ana},\n  TITLE = \"A {quoted} title\" ,\n"
      "  % a comment between fields\n  year=2001,\n  pages = {1--2}\n}\n\n"
      "@book(Parens, title = {In parentheses}, year = {1999})\n"
      "@misc{nocomma,\n  title = {A} year = 2001,\n  note = {},\n}\n"
      "@string{sprg = \"Springer\"}\n"
      "@book{macro,\n  publisher = sprg,\n  month = jan,\n}\n"
      "@book{concat,\n  title = {A} # { and } # \"B\",\n}\n"
      "@book{repeated,\n  title = {One},\n  Title = {Two},\n  year = 2000,\n}\n"
      "@book{undefined,\n  publisher = nowhere,\n}\n"
      "@incollection{child,\n  crossref = {Parens},\n  pages = \"3\",\n}\n"
      "@misc{empty}\n";
  const SourceText src("t.bib", text);
  Diagnostics d1, d2;
  const BibDatabase db = parse_bib(src, d1);
  const bibtex::BibIndex index = bibtex::index_bib(src, d2, 1);
  REQUIRE(db.entries.size() == index.entries.size());
  std::size_t from_locations = 0;
  BibEntry reused;  // as a chunk reads: each entry into the strings of the one before
  for (std::size_t i = 0; i < index.entries.size(); ++i) {
    INFO("entry " << db.entries[i].key);
    if (index.entries[i].first_field != bibtex::EntryLocation::kNoFields) ++from_locations;
    require_same_entry(db.entries[i], bibtex::read_indexed_entry(src, index, i));
    bibtex::read_indexed_entry(src, index, i, reused);
    require_same_entry(db.entries[i], reused);
  }
  CHECK(from_locations == 5);  // all but macro, concat, repeated and undefined
}

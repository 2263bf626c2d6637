// Bad input: an empty file, binary data, invalid UTF-8, a 10 MB single line, unbalanced quotes
// and brackets. The result is a clear error or a kept raw reference, never a crash or a hang.
#include <citelib/readers/reference_list.hpp>
#include <citelib/result.hpp>

#include <catch2/catch.hpp>

#include <chrono>

using namespace citelib;

namespace {

bool has_code(const Diagnostics& d, DiagCode c) {
  for (const Diagnostic& x : d)
    if (x.code == c) return true;
  return false;
}

std::vector<Reference> read(std::string text, Diagnostics& d) {
  return read_reference_list(SourceText("bad.txt", std::move(text)), {}, d);
}

std::string repeat(std::string_view unit, std::size_t bytes) {
  std::string s;
  s.reserve(bytes + unit.size());
  while (s.size() < bytes) s += unit;
  s.resize(bytes);
  return s;
}

// One 2 MB line made of `unit` repeated is read into one reference that keeps it, and in
// seconds (the bound catches a quadratic pass, not a slow machine: linear takes well under one).
void read_line_of_each(std::initializer_list<std::string_view> units) {
  for (std::string_view unit : units) {
    INFO("unit: " << unit);
    const std::size_t size = 2u << 20;
    Diagnostics d;
    const auto start = std::chrono::steady_clock::now();
    auto refs = read("1. ^ " + repeat(unit, size), d);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    REQUIRE(refs.size() == 1);
    CHECK(refs[0].raw.size() >= size - 64);
    CHECK(seconds < 60.0);
  }
}

}  // namespace

TEST_CASE("an empty input holds no references and says so", "[reader][bad-input]") {
  for (std::string text : {std::string(), std::string("\n\n  \n"), std::string("References[edit]\n\n")}) {
    Diagnostics d;
    CHECK(read(text, d).empty());
    CHECK(has_code(d, DiagCode::input_empty));
  }
}

TEST_CASE("binary and invalid UTF-8 are refused with their position", "[reader][bad-input]") {
  Result<SourceText> bin = SourceText::from_bytes("b.bin", std::string("1. ^ \"A\".\n\0\x01\x02", 13));
  REQUIRE_FALSE(bin.ok());
  REQUIRE_FALSE(bin.error().diagnostics.empty());
  CHECK(bin.error().diagnostics[0].code == DiagCode::input_binary);
  Result<SourceText> bad = SourceText::from_bytes("b.txt", "1. ^ \"Caf\xe9\". Site.\n");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.error().diagnostics[0].code == DiagCode::input_invalid_utf8);
  CHECK(bad.error().diagnostics[0].position.line == 1);
}

TEST_CASE("the reader itself survives invalid bytes handed to it directly", "[reader][bad-input]") {
  // Library callers can bypass SourceText's checks: the reader must still not crash.
  Diagnostics d;
  auto refs = read("1. ^ \"Caf\xe9\xff\xfe\". Site \xc3. 2017-09-11.\n2. ^ \xe2\x80 \"B\". C.\n", d);
  REQUIRE(refs.size() == 2);
  CHECK(refs[0].raw.size() > 0);
}

TEST_CASE("unbalanced quotes, brackets and markup keep the raw reference", "[reader][bad-input]") {
  Diagnostics d;
  auto refs = read(
      "1. ^ \"Unclosed title. Site. 2017.\n"
      "2. ^ \u00abNever closed. Sitio.\n"
      "3. ^ Smith, J. (2005. Title (PDF. Publisher [x.\n"
      "4. ^ [broken link](http://x. **bold *italic `code\n"
      "5. ^ ((((((((((\n",
      d);
  REQUIRE(refs.size() == 5);
  for (const Reference& r : refs) CHECK_FALSE(r.raw.empty());
  CHECK(refs[0].raw == "\"Unclosed title. Site. 2017.");
  CHECK(refs[4].raw == "((((((((((");
}

TEST_CASE("a 10 MB single line is read in linear time", "[reader][bad-input]") {
  // Shapes that would make a careless parser quadratic: nested brackets, quotes, emphasis
  // markers, abbreviation chains, message-string prefixes.
  for (std::string_view unit : {std::string_view("\"Title\". Site. 2017-09-11. Retrieved 5 August 2014. "),
                                std::string_view("[[[[(((( "), std::string_view("\"a \"b\" \u00abc "),
                                std::string_view("**a* _b_ ***"), std::string_view("A. B. C. D. "),
                                std::string_view("Smith, J., ")}) {
    const std::size_t size = 10u << 20;
    Diagnostics d;
    const auto start = std::chrono::steady_clock::now();
    auto refs = read(repeat(unit, size), d);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    REQUIRE(refs.size() == 1);
    CHECK(refs[0].raw.size() >= size - 64);
    // Generous bound (sanitizer builds run this too); a quadratic pass would take hours.
    CHECK(seconds < 120.0);
  }
}

TEST_CASE("a 2 MB line of each twelfth-pass shape is read in linear time", "[reader][bad-input]") {
  // Compound family joiners, it subtitles and lowercase headline parts among commas, volume
  // titles, magazine issues, "By" credits, GOST volumes with headwords, version labels.
  read_line_of_each({
      "Ramón y Cajal y ", "Mario Rossi, Titolo. Sottotitolo lungo, ", "il primo partito, in ",
      "Vol. 1: Fundamental Algorithms. ", "Revista (217). ", "By Steinbeck, John. ",
      "— Т. 16 : Моршин — Никиш. ", "Versione 2020.2, su "});
}

TEST_CASE("a 2 MB line of each sixteenth-pass shape is read in linear time", "[reader][bad-input]") {
  // Joiners inside semicolon pieces, plural role marks, capitalised parts before "in", Roman
  // volumes, spans of years in brackets, printers' abbreviations, GOST place-only imprints,
  // language codes of an it prefix, credits with initials and semicolons.
  read_line_of_each({
      "García, Ana y López, Luis; ", "Doe, Jane (writers); ", "Titolo lungo, Italy, in ",
      "Historia. IX. La crisis (1923-1939). ", "Cia. das Letras. ", "// Энциклопедия. — М., 2006. — Т. 4. ",
      "(EN, DE, ", "Translated by John E. Woods; introduction by "});
}

TEST_CASE("a 2 MB line of each twenty-first-pass shape is read in linear time", "[reader][bad-input]") {
  // Classical citations by book, English cases with parallel citations, standards, Hochschul-
  // schriften, books of a classical work; the first was quadratic before this pass (a run of
  // free-text publisher elements copied the growing publisher at each element).
  read_line_of_each({
      "Pliny the Elder. Natural History. Book 8. ", "Donoghue v Stevenson [1932] UKHL 100, [1932] AC 562, ",
      "ISO 8601-1:2019. Date and time. ",
      "Anna Huber: Die Musik. Dissertation. Universit\u00e4t Wien, 1995. ",
      "T\u00e1cito (1979). Anales. Libros I-VI. "});
}

TEST_CASE("very many short lines", "[reader][bad-input]") {
  std::string text;
  for (int i = 1; i <= 20000; ++i) text += std::to_string(i) + ". ^ x\n";
  Diagnostics d;
  auto refs = read(text, d);
  CHECK(refs.size() == 20000);
  CHECK(refs.back().id == "20000");
}

TEST_CASE("mutated references never crash the reader", "[reader][bad-input]") {
  // A deterministic fuzz pass: real reference shapes with bytes inserted, deleted and
  // swapped (quotes, brackets, dashes, markup, multi-byte characters).
  const std::vector<std::string> seeds = {
      "1. ^ a b Smith, John (5 March 2019). \"Title\". The Guardian. Retrieved 6 March 2019.",
      "2. ^ Doe, Jane (2001). Book Title (3rd ed.). New York: Penguin. p. 45. ISBN 978-0-14-303943-3.",
      "3. ^ \"Sendero\". Bulletin. 89 (2153): 49\u201352. 1989-12-01. Archived from the original on 2016-10-10.",
      "- \u2191 Patani GA, LaVoie EJ (diciembre de 1996). \u00abBioisosterism\u00bb. Chemical Reviews 96 (8): 3147-3176.",
      "4. **[^](#cite_ref-4)** [Fowler, M.](/wiki/F) (1999). [*Refactoring*](https://x.org). pp.\u00a0[63ff](https://y).",
      "Thomas Claburn. Docker (\u0430\u043d\u0433\u043b.). The Register (3 \u043c\u0430\u0440\u0442\u0430 2017). \u2014 \u00abq\u00bb.",
      "Butcher_2003, p.\u00a045; Hairer,_N\u00f8rsett_&_Wanner_1993, p.\u00a035",
  };
  const std::string_view inserts[] = {"\"", "\u00ab", "\u00bb", "(", ")", "[", "]", "*", "_", "\u2013", "\u2014",
                                      ". ", ", ", ":", ";", "^", "\n", "\u00a0", "\xc3", "2017", "Retrieved ", "|a="};
  std::uint32_t state = 12345;
  auto rnd = [&state](std::uint32_t n) {
    state = state * 1664525u + 1013904223u;
    return (state >> 8) % n;
  };
  std::size_t total = 0;
  for (int round = 0; round < 3000; ++round) {
    std::string s = seeds[rnd(static_cast<std::uint32_t>(seeds.size()))];
    for (int k = 0, edits = 1 + static_cast<int>(rnd(6)); k < edits && !s.empty(); ++k) {
      const std::size_t at = rnd(static_cast<std::uint32_t>(s.size()));
      switch (rnd(3)) {
        case 0: s.insert(at, inserts[rnd(sizeof inserts / sizeof inserts[0])]); break;
        case 1: s.erase(at, 1 + rnd(4)); break;
        default: std::swap(s[at], s[rnd(static_cast<std::uint32_t>(s.size()))]); break;
      }
    }
    Diagnostics d;
    auto refs = read(s, d);
    for (const Reference& r : refs) total += r.raw.size();
  }
  CHECK(total > 0);
}

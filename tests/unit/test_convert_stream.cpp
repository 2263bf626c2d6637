// Converting a long input chunk by chunk (Converter::stream, several threads) gives what the
// whole-list functions give: same output bytes, same diagnostics, citation keys unique across
// chunks, duplicates found across chunks.
#include <citelib/checks/checks.hpp>
#include <citelib/convert.hpp>
#include <citelib/readers/bibtex.hpp>
#include <citelib/readers/csl_json.hpp>
#include <citelib/writers/bibtex.hpp>
#include <citelib/writers/csl_json.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

using namespace citelib;

namespace {

// N items; many share author, year and first title word (their keys collide across chunks),
// some repeat an earlier item (duplicates), some have a date the checks object to.
std::string generated_csl_json(int n) {
  std::string s = "[\n";
  for (int i = 0; i < n; ++i) {
    const int twin = i % 97 == 50 ? i - 40 : i;  // a duplicate of an item 40 before
    s += i ? ",\n" : "";
    s += R"({"id": ")" + std::to_string(i + 1) + R"(", "type": ")" + (i % 3 ? "webpage" : "article-journal") +
         R"(", "title": "Perú report )" + std::to_string(twin % 500) + R"(", "author": [{"family": "Müller", "given": "Ana"}],)" +
         R"( "issued": {"date-parts": [[)" + std::to_string(2000 + twin % 3) + R"(, 2, )" + std::to_string(twin % 7 == 0 ? 30 : 3) + "]]}," +
         R"( "container-title": "Site", "custom": {"backlinks": 2, "raw": "x \"raw\" )" + std::to_string(i) + R"("}})";
  }
  return s + "\n]";
}

struct Collect final : ConversionSink {
  std::string out;
  std::vector<Diagnostic> diags;
  void output(std::string_view t) override { out += t; }
  void diagnostics(std::vector<Diagnostic>&& d) override { diags.insert(diags.end(), d.begin(), d.end()); }
};

std::vector<std::string> lines(const std::vector<Diagnostic>& d) {
  std::vector<std::string> out;
  for (const Diagnostic& x : d) out.push_back(format_diagnostic(x));
  return out;
}

}  // namespace

TEST_CASE("streamed conversion equals the whole-list conversion", "[convert]") {
  const std::string json = generated_csl_json(2600);  // several chunks
  for (const char* to : {"biblatex", "bibtex", "csl-json"}) {
    INFO(to);
    ConvertOptions o;
    o.to = to;
    o.bibtex.keys = BibKeyPolicy::generate;
    std::string error;
    auto converter = Converter::create(o, error);
    REQUIRE(converter);
    const Conversion whole = converter->convert("gen.json", json);
    REQUIRE(whole.ok());
    CHECK(whole.references == 2600);
    for (unsigned threads : {1u, 2u, 4u}) {
      Collect sink;
      const Conversion c = converter->stream("gen.json", json, sink, threads);
      CHECK(c.references == 2600);
      CHECK(sink.out == whole.output);
      CHECK(lines(sink.diags) == lines(whole.diagnostics));
    }
    // The same text as the library's whole-list writers, on the same references.
    Diagnostics d;
    const std::vector<Reference> refs = read_csl_json(SourceText("gen.json", json), d);
    if (std::string_view(to) == "csl-json") {
      CHECK(whole.output == write_csl_json(refs));
    } else {
      BibOptions b;
      b.dialect = std::string_view(to) == "bibtex" ? BibDialect::bibtex : BibDialect::biblatex;
      b.keys = BibKeyPolicy::generate;
      CHECK(whole.output == write_bibtex(refs, b, d));
    }
    // Findings across chunks: every duplicate (items 40 apart, so some straddle a chunk
    // boundary) is found, as check_references() finds them on the whole list.
    Diagnostics all;
    check_references(refs, nullptr, {}, all);
    auto count = [](const std::vector<Diagnostic>& v) {
      return std::count_if(v.begin(), v.end(), [](const Diagnostic& x) { return x.code == DiagCode::duplicate_reference; });
    };
    CHECK(count(whole.diagnostics) == count(all.items()));
    CHECK(count(whole.diagnostics) > 20);
  }
}

// A sink that can take back what it was given, as a temporary file or memory can.
struct Revocable final : ConversionSink {
  std::string out;
  std::vector<Diagnostic> diags;
  int discards = 0;
  void output(std::string_view t) override { out += t; }
  void diagnostics(std::vector<Diagnostic>&& d) override { diags.insert(diags.end(), d.begin(), d.end()); }
  bool can_discard() const override { return true; }
  void discard() override {
    out.clear();
    diags.clear();
    ++discards;
  }
};

TEST_CASE("a broken CSL-JSON item voids the conversion, checked first or while read", "[convert]") {
  const std::string good = generated_csl_json(2600);
  const std::string tail = good.substr(0, good.size() - 2);
  // Broken late (after many chunks were read, checked and written), in an object or in a
  // scalar item, and an item simdjson refuses that JSON allows (read, not broken).
  const std::string broken_object = tail + R"(, {"id": "x", "title": tru}])";
  const std::string broken_scalar = tail + ", tru]";
  const std::string big_integer = tail + R"(, {"id": "y", "title": "Big", "custom": {"n": 123456789012345678901234567890}}])";
  ConvertOptions o;
  o.to = "biblatex";
  std::string error;
  auto converter = Converter::create(o, error);
  REQUIRE(converter);
  for (const std::string* text : {&broken_object, &broken_scalar}) {
    // convert() collects in memory: items are checked as read, and what was read is dropped.
    const Conversion whole = converter->convert("gen.json", *text);
    CHECK_FALSE(whole.ok());
    CHECK(whole.output.empty());
    REQUIRE(whole.diagnostics.size() == 1);
    CHECK(whole.diagnostics.front().code == DiagCode::json_syntax);
    CHECK(whole.failure == format_diagnostic(whole.diagnostics.front()));
    for (unsigned threads : {1u, 2u}) {
      Collect first;  // cannot take anything back: every item is checked before the first output
      const Conversion c = converter->stream("gen.json", *text, first, threads);
      CHECK(c.failure == whole.failure);
      CHECK(first.out.empty());
      CHECK(lines(first.diags) == lines(whole.diagnostics));
      Revocable late;  // takes back the chunks written before the broken item was met
      const Conversion r = converter->stream("gen.json", *text, late, threads);
      CHECK(r.failure == whole.failure);
      CHECK(late.discards == 1);
      CHECK(late.out.empty());
      CHECK(lines(late.diags) == lines(whole.diagnostics));
    }
  }
  const Conversion whole = converter->convert("gen.json", big_integer);
  REQUIRE(whole.ok());
  CHECK(whole.references == 2601);
  CHECK(whole.output.find("Big") != std::string::npos);
  Collect first;
  Revocable late;
  CHECK(converter->stream("gen.json", big_integer, first, 2).references == 2601);
  CHECK(converter->stream("gen.json", big_integer, late, 2).references == 2601);
  CHECK(late.discards == 0);
  CHECK(first.out == whole.output);
  CHECK(late.out == whole.output);
  CHECK(lines(late.diags) == lines(whole.diagnostics));
}

TEST_CASE("streamed .bib reading equals the whole-file reader", "[convert]") {
  // A .bib written by citelib (with its comment lines), plus @string, crossref to a parent
  // defined later, and an unmapped field repeated in every entry (reported once per file).
  ConvertOptions to_bib;
  to_bib.to = "biblatex";
  std::string error;
  std::string bib = Converter::create(to_bib, error)->convert("gen.json", generated_csl_json(1500)).output;
  bib = "@string{site = {The Site}}\n" + bib;
  for (int i = 0; i < 1200; ++i)
    bib += "@incollection{ch" + std::to_string(i) + ", title = {Chapter}, crossref = {book}, shelf = {" +
           std::to_string(i) + "}, publisher = site}\n";
  bib += "@collection{book, title = {The Book}, editor = {Doe, Jane}, date = {1999}}\n";

  ConvertOptions o;
  o.to = "csl-json";
  auto converter = Converter::create(o, error);
  REQUIRE(converter);
  const Conversion whole = converter->convert("gen.bib", bib);
  REQUIRE(whole.ok());
  CHECK(whole.references == 1500 + 1200 + 1);
  Collect sink;
  converter->stream("gen.bib", bib, sink, 3);
  CHECK(sink.out == whole.output);
  CHECK(lines(sink.diags) == lines(whole.diagnostics));
  Diagnostics d;
  const std::vector<Reference> refs = read_bibtex(SourceText("gen.bib", bib), d);
  CHECK(whole.output == write_csl_json(refs));
  REQUIRE(refs.size() == 2701);
  CHECK(refs[1500].get(Variable::container_title) == "The Book");
  CHECK(refs[2699].get(Variable::publisher) == "The Site");
  CHECK(std::count_if(whole.diagnostics.begin(), whole.diagnostics.end(),
                      [](const Diagnostic& x) { return x.code == DiagCode::bib_field_unmapped; }) == 1);
}

TEST_CASE("a rendered bibliography is written as it is rendered, without its trailing line ends", "[convert]") {
  const std::string json = generated_csl_json(300);
  for (const char* to : {"text", "html"}) {
    INFO(to);
    ConvertOptions o;
    o.to = to;
    o.style = "ieee";
    o.check = false;
    std::string error;
    auto converter = Converter::create(o, error);
    REQUIRE(converter);
    Diagnostics d;
    const std::vector<Reference> refs = read_csl_json(SourceText("gen.json", json), d);
    // write() on references in memory gives the same text as converting the file, which
    // takes the references and streams the document.
    const std::string expected = converter->write(refs, d);
    CHECK(expected.size() > 300 * 40);
    CHECK(expected.back() != '\n');
    const Conversion whole = converter->convert("gen.json", json);
    CHECK(whole.output == expected);
    Collect sink;
    converter->stream("gen.json", json, sink, 2);
    CHECK(sink.out == expected);
  }
}

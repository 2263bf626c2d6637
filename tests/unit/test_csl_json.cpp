#include <citelib/readers/csl_json.hpp>
#include <citelib/writers/bibtex.hpp>
#include <citelib/writers/csl_json.hpp>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <vector>

using namespace citelib;

namespace {

Reference sample() {
  Reference r;
  r.id = "7";
  r.type = ItemType::article_journal;
  r.set(Variable::title, "Sendero Luminoso: Peruvian Terrorist Group");
  r.set(Variable::container_title, "Department of State Bulletin");
  r.set(Variable::volume, "89");
  r.set(Variable::issue, "2153");
  r.set(Variable::page, "49\u201352");
  r.set(Variable::part_number, "2");  // not in the official schema: goes to custom
  r.set_date(Variable::issued, make_date(1989, 12, 1));
  r.add_name(Variable::author, personal_name("Mej\u00eda Huaraca", "Mario"));
  r.add_name(Variable::author, literal_name("Associated Press"));
  r.archive_date = make_date(2016, 10, 10);
  r.title_translated = "translated";
  r.backlinks = 3;
  r.et_al = true;
  r.set_identifier(Identifier::OCLC, "123");
  r.short_cites.push_back({"Butcher", "2003", "45", "", ""});
  r.raw = "raw text";
  return r;
}

}  // namespace

TEST_CASE("CSL-JSON writer puts what CSL lacks under custom", "[csl_json]") {
  Reference r = sample();
  auto j = nlohmann::json::parse(write_csl_json(std::span(&r, 1)));
  REQUIRE(j.is_array());
  const auto& item = j[0];
  CHECK(item["id"] == "7");
  CHECK(item["type"] == "article-journal");
  CHECK(item["issued"]["date-parts"] == nlohmann::json::parse("[[1989,12,1]]"));
  CHECK(item["author"][0]["family"] == "Mej\u00eda Huaraca");
  CHECK(item["author"][1]["literal"] == "Associated Press");
  CHECK_FALSE(item.contains("part-number"));
  CHECK(item["custom"]["part-number"] == "2");
  CHECK(item["custom"]["archive-date"]["date-parts"] == nlohmann::json::parse("[[2016,10,10]]"));
  CHECK(item["custom"]["backlinks"] == 3);
  CHECK(item["custom"]["et-al"] == true);
  CHECK(item["custom"]["OCLC"] == "123");
  CHECK(item["custom"]["short-cites"][0]["page"] == "45");
  CHECK(item["custom"]["raw"] == "raw text");
}

TEST_CASE("CSL-JSON round trip keeps every field", "[csl_json]") {
  Reference r = sample();
  const std::string text = write_csl_json(std::span(&r, 1));
  Diagnostics d;
  auto back = read_csl_json(SourceText("x.json", text), d);
  CHECK(d.empty());
  REQUIRE(back.size() == 1);
  CHECK(write_csl_json(back) == text);
}

TEST_CASE("a variable CSL 1.0.2 lacks, given a structure, survives a second round trip", "[csl_json]") {
  // Found by fuzz_csl_json: the top-level value was kept under custom, and read from there it
  // became an empty string.
  const char* text = R"([{"id": "a", "type": "book", "part-number": [{"names": "B"}, 3], "title": "T"}])";
  Diagnostics d;
  auto once = read_csl_json(SourceText("p.json", text), d);
  const std::string written = write_csl_json(once);
  CHECK(written.find("\"part-number\": [") != std::string::npos);
  Diagnostics d2;
  auto again = read_csl_json(SourceText("again.json", written), d2);
  CHECK(write_csl_json(again) == written);
}

TEST_CASE("CSL-JSON reader accepts the forms found in the wild", "[csl_json]") {
  const char* text = R"([
    {"id": 12, "type": "book", "title": "T", "volume": 3,
     "author": [{"family": "van Gogh", "given": "Vincent"}, {"literal": "ACME"}],
     "issued": {"date-parts": [["2004", "5"]], "season": "2"},
     "accessed": {"raw": "2017-09-11"},
     "shortTitle": "Short", "unknownField": {"a": 1}},
    {"type": "nonsense-type", "title": "U"}
  ])";
  Diagnostics d;
  auto refs = read_csl_json(SourceText("w.json", text), d);
  REQUIRE(refs.size() == 2);
  CHECK(refs[0].id == "12");
  CHECK(refs[0].type == ItemType::book);
  CHECK(refs[0].get(Variable::volume) == "3");
  REQUIRE(refs[0].names(Variable::author).size() == 2);
  CHECK(refs[0].names(Variable::author)[0].non_dropping_particle == "van");
  CHECK(refs[0].names(Variable::author)[0].family == "Gogh");
  CHECK(refs[0].date(Variable::issued)->start.month == 5);
  CHECK(refs[0].date(Variable::accessed)->start.day == 11);
  CHECK(refs[0].get(Variable::title_short) == "Short");
  REQUIRE(refs[0].extra.size() == 1);
  CHECK(refs[0].extra[0].first == "unknownField");
  CHECK(refs[1].id == "item-2");
  REQUIRE(d.size() == 1);
  CHECK(d.items()[0].code == DiagCode::json_field_invalid);
  CHECK(d.items()[0].references == std::vector<std::string>{"item-2"});
  CHECK(d.items()[0].position.line == 7);
}

TEST_CASE("CSL-JSON names: empty ones are left out and reported, other shapes kept as text", "[csl_json]") {
  const char* text = R"([
    {"id": "a", "type": "book", "title": "T",
     "author": [{"family": null}, {}, null, 7, {"family": "Doe", "given": "Jane"}]}
  ])";
  Diagnostics d;
  auto refs = read_csl_json(SourceText("n.json", text), d);
  REQUIRE(refs.size() == 1);
  const auto names = refs[0].names(Variable::author);
  REQUIRE(names.size() == 2);
  CHECK(names[0].literal == "7");
  CHECK(names[1].family == "Doe");
  std::size_t empty = 0, invalid = 0;
  for (const Diagnostic& x : d.items()) {
    empty += x.code == DiagCode::json_name_empty;
    invalid += x.code == DiagCode::json_field_invalid;
    CHECK(x.references == std::vector<std::string>{"a"});
  }
  CHECK(empty == 3);
  CHECK(invalid == 1);
  // Written out, no name is empty.
  Diagnostics wd;
  const std::string bib = write_bibtex(refs, BibOptions{}, wd);
  CHECK(bib.find("author = {{7} and Doe, Jane}") != std::string::npos);
}

TEST_CASE("CSL-JSON dates whose parts cannot be read are kept as they came, not clamped or dropped", "[csl_json]") {
  const char* text = R"([
    {"id": "a", "type": "book", "title": "T", "issued": {"date-parts": [["2001", "xx"]]}},
    {"id": "b", "type": "book", "title": "T", "issued": {"date-parts": [[99999999999]]}},
    {"id": "c", "type": "book", "title": "T", "issued": {"date-parts": [[2001.5]]}},
    {"id": "d", "type": "book", "title": "T", "issued": {"date-parts": [[2001.0, 3]]}},
    {"id": "e", "type": "book", "title": "T", "issued": {"date-parts": [[2001], ["x"]]}},
    {"id": "f", "type": "book", "title": "T", "issued": {"date-parts": [[2001], []]}}
  ])";
  Diagnostics d;
  auto refs = read_csl_json(SourceText("dp.json", text), d);
  REQUIRE(refs.size() == 6);
  for (std::size_t i : {0, 1, 2, 4}) {
    INFO("item " << refs[i].id);
    CHECK_FALSE(refs[i].date(Variable::issued));
    REQUIRE(refs[i].extra.size() == 1);
    CHECK(refs[i].extra[0].first == "issued");
  }
  CHECK(nlohmann::json::parse(refs[1].extra[0].second) == nlohmann::json::parse(R"({"date-parts": [[99999999999]]})"));
  REQUIRE(refs[3].date(Variable::issued));
  CHECK(refs[3].date(Variable::issued)->start == make_date(2001, 3).start);
  REQUIRE(refs[5].date(Variable::issued));  // an open end
  CHECK_FALSE(refs[5].date(Variable::issued)->end);
  std::size_t invalid = 0;
  for (const Diagnostic& x : d.items()) invalid += x.code == DiagCode::json_field_invalid;
  CHECK(invalid == 4);
  // Written and read again, they stay as they came.
  const std::string once = write_csl_json(refs);
  Diagnostics d2;
  CHECK(write_csl_json(read_csl_json(SourceText("dp2.json", once), d2)) == once);
}

TEST_CASE("CSL-JSON syntax errors carry a position", "[csl_json]") {
  Diagnostics d;
  auto refs = read_csl_json(SourceText("bad.json", "[\n {\"id\": \"1\",,}\n]"), d);
  CHECK(refs.empty());
  REQUIRE(d.size() == 1);
  CHECK(d.items()[0].code == DiagCode::json_syntax);
  CHECK(d.items()[0].position.line == 2);
  CHECK(d.items()[0].severity == Severity::error);
}

TEST_CASE("CSL-JSON items keep their own span past escaped quotes and nested arrays", "[csl_json]") {
  // Quotes and brackets inside strings, nested arrays and a non-object element must not
  // shift the spans of the items after them.
  const char* text = "[\n"
                     "  {\"id\": \"a\", \"title\": \"He said \\\"[x]\\\" \\\\\", \"ISBN\": [\"1\", \"2\"]},\n"
                     "  7,\n"
                     "  {\"id\": \"b\", \"title\": \"{not a brace}\"}\n"
                     "]";
  Diagnostics d;
  auto refs = read_csl_json(SourceText("s.json", text), d);
  REQUIRE(refs.size() == 2);
  CHECK(refs[0].get(Variable::title) == "He said \"[x]\" \\");
  CHECK(refs[0].get(Variable::ISBN) == "1 2");
  CHECK(refs[0].position.line == 2);
  CHECK(refs[0].position.column == 3);
  CHECK(refs[1].id == "b");
  CHECK(refs[1].position.line == 4);
  CHECK(refs[1].position.column == 3);
  CHECK(std::string_view(text).substr(refs[1].span.begin, 2) == "{\"");
  // The number is reported as not an item, at its own line.
  REQUIRE(d.size() == 1);
  CHECK(d.items()[0].code == DiagCode::json_not_items);
  CHECK(d.items()[0].position.line == 3);
}

TEST_CASE("CSL-JSON integers beyond 64 bits are read as nlohmann reads them", "[csl_json]") {
  Diagnostics d;
  auto refs = read_csl_json(SourceText("n.json", R"([{"id": "a", "volume": 123456789012345678901234567890}])"), d);
  REQUIRE(refs.size() == 1);
  CHECK(refs[0].get(Variable::volume) == "1.2345678901234568e+29");
  CHECK(d.empty());
}

namespace {

// Text with what JSON escapes (quotes, backslashes, every C0 control), multi-byte UTF-8 and
// long plain runs, from a fixed seed.
std::string awkward_text(std::uint32_t& seed, std::size_t len) {
  static const char* pieces[] = {"\"", "\\", "\n", "\t", "\x01", "\x1f", "\x7f", "/", "\u00e9", "\u6771\u4eac",
                                 "\xF0\x9F\x98\x80", "plain text run of some length", " ", "\b", "\f", "\r"};
  std::string s;
  while (s.size() < len) {
    seed = seed * 1103515245u + 12345u;
    s += pieces[(seed >> 16) % (sizeof pieces / sizeof *pieces)];
  }
  return s;
}

}  // namespace

TEST_CASE("CSL-JSON writer lays out and escapes exactly as nlohmann dumps", "[csl_json]") {
  // The writer writes JSON directly; re-dumping what it wrote must give the same bytes.
  std::uint32_t seed = 7;
  std::vector<Reference> refs;
  for (int i = 0; i < 200; ++i) {
    Reference r = sample();
    r.id = awkward_text(seed, static_cast<std::size_t>(i % 7));
    r.set(Variable::title, awkward_text(seed, static_cast<std::size_t>(i % 90)));
    r.set(Variable::license, awkward_text(seed, 5));  // outside the schema: under custom
    r.comment = awkward_text(seed, 40);
    if (i % 3 == 0) r.extra.emplace_back("kept", R"({"a": [1, 2.5, {"b": null}], "c": "x\u0001"})");
    if (i % 5 == 0) r.extra.emplace_back("text", "not JSON");
    if (i % 4 == 0) r.archive_date = Date{};  // present but empty: {}
    if (i % 6 == 0) r.short_cites.clear();
    refs.push_back(std::move(r));
  }
  for (int indent : {2, -1, 4}) {
    CslJsonOptions o;
    o.indent = indent;
    const std::string out = write_csl_json(refs, o);
    CHECK(nlohmann::ordered_json::parse(out).dump(indent) == out);
  }
  CHECK(write_csl_json({}) == "[]");
}

TEST_CASE("CSL-JSON writer: repeated custom keys and invalid UTF-8 as the JSON library has them", "[csl_json]") {
  Reference r = sample();
  r.extra.emplace_back("raw", "\"from a .bib field\"");  // also citelib's own key: the last one wins
  r.via = "bad \xC3 byte";
  const std::string out = write_csl_json(std::span(&r, 1));
  const auto j = nlohmann::json::parse(out);
  CHECK(j[0]["custom"]["raw"] == "raw text");
  CHECK(j[0]["custom"]["via"] == "bad \xEF\xBF\xBD byte");
}

TEST_CASE("CSL-JSON reader: items one by one, as the whole document reads", "[csl_json]") {
  SECTION("a key given twice keeps its first place and its last value") {
    Diagnostics d;
    auto refs = read_csl_json(SourceText("d.json", R"([{"id": "a", "title": "First", "type": "book", "title": "Last"}])"), d);
    REQUIRE(refs.size() == 1);
    CHECK(refs[0].get(Variable::title) == "Last");
    CHECK(refs[0].type == ItemType::book);
  }
  SECTION("integers beyond 64 bits are read as the JSON library reads them") {
    Diagnostics d;
    auto refs = read_csl_json(SourceText("n.json", R"([{"id": "a", "volume": 123456789012345678901234567890, "custom": {"big": 18446744073709551616}}])"), d);
    REQUIRE(refs.size() == 1);
    CHECK(refs[0].get(Variable::volume) == "1.2345678901234568e+29");
    REQUIRE(refs[0].extra.size() == 1);
    CHECK(refs[0].extra[0].second == "1.8446744073709552e+19");
  }
  SECTION("a syntax error in a late item voids the input, with its position") {
    std::string text = "[\n";
    for (int i = 0; i < 3000; ++i) text += R"({"id": ")" + std::to_string(i) + R"(", "title": "T"},)" "\n";
    text += "{\"id\": \"x\", \"title\": tru}\n]";
    Diagnostics d;
    auto refs = read_csl_json(SourceText("late.json", text), d);
    CHECK(refs.empty());
    REQUIRE(d.size() == 1);
    CHECK(d.items()[0].code == DiagCode::json_syntax);
    CHECK(d.items()[0].position.line == 3002);
  }
  SECTION("a number too large for a double is an error, with its position") {
    Diagnostics d;
    auto refs = read_csl_json(SourceText("o.json", "[{\"id\": \"a\",\n \"volume\": 1e999}]"), d);
    CHECK(refs.empty());
    REQUIRE(d.size() == 1);
    CHECK(d.items()[0].code == DiagCode::json_syntax);
    CHECK(d.items()[0].position.line == 2);
  }
  SECTION("elements that are not objects are reported and the others read") {
    Diagnostics d;
    auto refs = read_csl_json(SourceText("m.json", "[1,\t\"s\", {\"id\": \"a\"}, [2], null,\n{\"id\": \"b\"}]"), d);
    REQUIRE(refs.size() == 2);
    CHECK(refs[0].id == "a");
    CHECK(refs[1].id == "b");
    CHECK(refs[1].position == SourcePosition{2, 1});
    REQUIRE(d.size() == 4);
    CHECK(d.items()[1].message.find("string") != std::string::npos);
    CHECK(d.items()[1].position == SourcePosition{1, 5});
  }
  SECTION("one object is read as a list of one; a scalar is not CSL-JSON") {
    Diagnostics d;
    auto one = read_csl_json(SourceText("o.json", R"(  {"id": "a", "title": "T"}  )"), d);
    REQUIRE(one.size() == 1);
    CHECK(one[0].position == SourcePosition{1, 3});
    auto none = read_csl_json(SourceText("s.json", R"("text")"), d);
    CHECK(none.empty());
    CHECK(d.items().back().code == DiagCode::json_not_items);
  }
}

TEST_CASE("CSL-JSON: a family name kept whole stays whole when read back", "[csl_json]") {
  Diagnostics d;
  auto refs = read_csl_json(SourceText("p.json", R"([{"id": "a", "author": [{"family": "de la Cruz", "parse-names": false}, {"family": "van Gogh"}]}])"), d);
  REQUIRE(refs.size() == 1);
  REQUIRE(refs[0].names(Variable::author).size() == 2);
  CHECK(refs[0].names(Variable::author)[0].family == "de la Cruz");
  CHECK(refs[0].names(Variable::author)[1].family == "Gogh");
  const std::string once = write_csl_json(refs);
  auto back = read_csl_json(SourceText("again.json", once), d);
  REQUIRE(back.size() == 1);
  CHECK(back[0].names(Variable::author)[0].family == "de la Cruz");
  CHECK(back[0].names(Variable::author)[0].non_dropping_particle.empty());
  CHECK(write_csl_json(back) == once);
}

TEST_CASE("CSL-JSON: particles joined by an apostrophe or a hyphen are split from the family name", "[csl_json]") {
  Diagnostics d;
  auto refs = read_csl_json(SourceText("p.json", R"([{"id": "a", "author": [{"family": "al-One"}, {"family": "d'Alembert"},
    {"family": "Smith-Jones"}, {"family": "bell-hooks"}]}])"), d);
  REQUIRE(refs.size() == 1);
  const auto names = refs[0].names(Variable::author);
  REQUIRE(names.size() == 4);
  CHECK(names[0].non_dropping_particle == "al-");
  CHECK(names[0].family == "One");
  CHECK(names[1].non_dropping_particle == "d'");
  CHECK(names[1].family == "Alembert");
  CHECK(names[2].family == "Smith-Jones");
  CHECK(names[3].family == "bell-hooks");  // no capitalised name after the hyphen
  CHECK(names[3].non_dropping_particle.empty());
}

TEST_CASE("CSL-JSON: a custom value of a shape its key does not take is kept, and reads back the same", "[csl_json]") {
  // An object under "locator" (found by the fuzzer: it was read as an empty locator and lost
  // when the output was read again), a string of back-links, a string of CS1 messages...
  const std::string in = R"([{"id": "a", "title": "T", "locator": {"date-parts": 1}, "custom": {"backlinks": "3",
    "cs1-messages": "oops", "short-cites": {"x": 1}, "archive-date": 5, "raw": ["a"], "via": {"v": 1}}}])";
  Diagnostics d;
  const auto refs = read_csl_json(SourceText("a.json", in), d);
  REQUIRE(refs.size() == 1);
  CHECK(refs[0].locator_text.empty());
  CHECK_FALSE(refs[0].backlinks);
  const std::string once = write_csl_json(refs);
  const nlohmann::json custom = nlohmann::json::parse(once)[0]["custom"];
  CHECK(custom["locator"] == nlohmann::json::parse(R"({"date-parts": 1})"));
  CHECK(custom["backlinks"] == "3");
  CHECK(custom["cs1-messages"] == "oops");
  CHECK(custom["short-cites"] == nlohmann::json::parse(R"({"x": 1})"));
  CHECK(custom["archive-date"] == 5);
  CHECK(custom["raw"] == nlohmann::json::parse(R"(["a"])"));
  CHECK(custom["via"] == nlohmann::json::parse(R"({"v": 1})"));
  Diagnostics d2;
  CHECK(write_csl_json(read_csl_json(SourceText("b.json", once), d2)) == once);
}

TEST_CASE("CSL-JSON: a boolean where text goes, and a name variable's non-list, read back the same", "[csl_json]") {
  // Found by fuzz_csl_json: {"locator": false} at the top is kept under custom as it came,
  // and read from there it became the text "false", which wrote back as a string.
  const std::string in = R"([{"id": "a", "title": "T", "locator": false, "part-number": true,
    "custom": {"via": true, "editor-translator": "Smith", "license": false}}])";
  Diagnostics d;
  const auto refs = read_csl_json(SourceText("a.json", in), d);
  REQUIRE(refs.size() == 1);
  CHECK(refs[0].locator_text.empty());
  CHECK(refs[0].via.empty());
  CHECK(refs[0].names(Variable::editor_translator).empty());
  const std::string once = write_csl_json(refs);
  const nlohmann::json custom = nlohmann::json::parse(once)[0]["custom"];
  CHECK(custom["locator"] == false);
  CHECK(custom["part-number"] == true);
  CHECK(custom["via"] == true);
  CHECK(custom["editor-translator"] == "Smith");
  CHECK(custom["license"] == false);
  Diagnostics d2;
  CHECK(write_csl_json(read_csl_json(SourceText("b.json", once), d2)) == once);
}

TEST_CASE("CSL-JSON: a custom key given twice keeps the later value; unsigned numbers stay unsigned", "[csl_json]") {
  Diagnostics d;
  const auto refs = read_csl_json(SourceText("a.json", R"([{"id": "a", "volume": 12345678901234567999,
    "custom": {"short-cites": [{"names": "B", "year": "2003"}], "short-cites": 2,
               "backlinks": "x", "backlinks": 3}}])"), d);
  REQUIRE(refs.size() == 1);
  CHECK(refs[0].get(Variable::volume) == "12345678901234567999");
  CHECK(refs[0].short_cites.empty());  // the later, wrong-shaped value replaced the notes
  CHECK(refs[0].backlinks == 3);       // and a later good value replaced a kept one
  const std::string once = write_csl_json(refs);
  const nlohmann::json custom = nlohmann::json::parse(once)[0]["custom"];
  CHECK(custom["short-cites"] == 2);
  CHECK(custom["backlinks"] == 3);
  Diagnostics d2;
  CHECK(write_csl_json(read_csl_json(SourceText("b.json", once), d2)) == once);
}

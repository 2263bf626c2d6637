#include <citelib/readers/csl_json.hpp>
#include <citelib/writers/csl_json.hpp>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

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

// The bibliography document rendered on several threads is the one rendered on one: runs of
// entries are rendered apart, so what crosses a run boundary (subsequent-author-substitute,
// entries the layout leaves out, entries without names) is where it would break.
#include <citelib/csl/engine.hpp>

#include <catch2/catch.hpp>

#include <stdexcept>
#include <string>
#include <vector>

using namespace citelib;
using namespace citelib::csl;

namespace {

// Entry i: an author shared by runs of 7 entries (so runs of the engine's threads start in
// the middle of a repeated author), every 11th without author (it breaks the run), every
// 13th of a type the layout prints nothing for.
std::vector<Reference> references(std::size_t n) {
  std::vector<Reference> refs;
  for (std::size_t i = 0; i < n; ++i) {
    Reference r;
    r.id = "r" + std::to_string(i);
    r.type = i % 13 == 5 ? ItemType::map : ItemType::book;
    r.set(Variable::title, "Title " + std::to_string(i));
    if (i % 11 != 3) r.set_names(Variable::author, {personal_name("Family" + std::to_string(i / 7), "Given")});
    r.set_date(Variable::issued, make_date(1900 + static_cast<int>(i % 120)));
    refs.push_back(std::move(r));
  }
  return refs;
}

std::string document(const std::string& xml, OutputFormat format, unsigned jobs, std::size_t n) {
  Diagnostics d;
  auto style = parse_style(SourceText("t.csl", xml), d);
  REQUIRE(style.ok());
  EngineOptions o{"en-US", format};
  o.jobs = jobs;
  Engine e(*style, o, d);
  e.set_references(references(n));
  return e.bibliography_document();
}

const std::string kSubstituteStyle = R"(<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
<info><id>t</id><title>t</title></info>
<citation><layout><text variable="title"/></layout></citation>
<bibliography subsequent-author-substitute="---"><layout suffix=".">
  <choose><if type="map"/><else><group delimiter=", ">
    <names variable="author"/><text variable="title" font-style="italic"/><date variable="issued"><date-part name="year"/></date>
  </group></else></choose>
</layout></bibliography></style>)";

const std::string kMarginStyle = R"(<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
<info><id>t</id><title>t</title></info>
<citation><layout><text variable="title"/></layout></citation>
<bibliography second-field-align="flush"><sort><key variable="issued"/><key variable="title"/></sort><layout>
  <text variable="citation-number" prefix="[" suffix="]"/><names variable="author" suffix=". "/><text variable="title"/>
</layout></bibliography></style>)";

}  // namespace

TEST_CASE("bibliography document: the same on any number of threads", "[csl]") {
  const std::size_t n = 3001;  // runs of 256 entries, the last one short
  for (OutputFormat f : {OutputFormat::text, OutputFormat::html}) {
    const std::string one = document(kSubstituteStyle, f, 1, n);
    for (unsigned jobs : {2u, 3u, 8u}) CHECK(document(kSubstituteStyle, f, jobs, n) == one);
    const std::string margins = document(kMarginStyle, f, 1, n);
    CHECK(document(kMarginStyle, f, 4, n) == margins);
  }
}

TEST_CASE("bibliography document on threads: subsequent-author-substitute across runs", "[csl]") {
  const std::string text = document(kSubstituteStyle, OutputFormat::text, 4, 3001);
  std::vector<std::string> lines;
  for (std::size_t b = 0, e; b < text.size(); b = e + 1) {
    e = text.find('\n', b);
    if (e == std::string::npos) e = text.size();
    lines.push_back(text.substr(b, e - b));
  }
  // Entries are in registration order (no sort); runs start at entries 256, 512, 768, ...
  auto line_of = [&](int i) -> std::string {
    const std::string title = "Title " + std::to_string(i) + ",";
    for (const auto& l : lines)
      if (l.find(title) != std::string::npos) return l;
    return {};
  };
  // 252-258 share the author Family36; 256 (256 % 11 == 3) has none and starts a run; 257
  // follows an entry without names, so it prints its author again.
  CHECK(line_of(254).rfind("---, ", 0) == 0);
  CHECK(line_of(255).rfind("---, ", 0) == 0);
  CHECK(line_of(256).rfind("Title 256", 0) == 0);
  CHECK(line_of(257).rfind("Given Family36, ", 0) == 0);
  // 768 starts a run and shares Family109 with 767: substituted all the same.
  CHECK(line_of(768).rfind("---, ", 0) == 0);
  // Entries of the type the layout leaves out have no line.
  CHECK(line_of(5).empty());
  CHECK(line_of(2).rfind("---, ", 0) == 0);
}

TEST_CASE("bibliography document on threads: a sink that throws stops the workers and the exception arrives", "[csl]") {
  Diagnostics d;
  auto style = parse_style(SourceText("t.csl", kSubstituteStyle), d);
  REQUIRE(style.ok());
  EngineOptions o{"en-US", OutputFormat::text};
  o.jobs = 4;
  Engine e(*style, o, d);
  e.set_references(references(3001));
  int pieces = 0;
  CHECK_THROWS_AS(e.write_bibliography_document([&](std::string_view) {
    if (++pieces == 3) throw std::runtime_error("disk full");
  }),
                  std::runtime_error);
  CHECK(pieces == 3);
}

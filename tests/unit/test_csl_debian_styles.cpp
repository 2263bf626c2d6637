// Every independent style of Debian's citation-style-language-styles loads without an error
// diagnostic and renders a bibliography and citations of sample references (the seed's gold
// CSL-JSON when ../shared is present, else built-in samples). Reports the count.
#include <citelib/csl/engine.hpp>
#include <citelib/readers/csl_json.hpp>

#include "paths.hpp"

#include <catch2/catch.hpp>

#include <cstdio>
#include <filesystem>

using namespace citelib;

namespace {
const char* kSamples = R"([
 {"id":"1","type":"article-journal","title":"Peru and North Korea","author":[{"family":"Kim","given":"Jong-un"},{"family":"García","given":"Alan"}],
  "container-title":"Diplomacy Today","volume":"7","issue":"2","page":"49-52","issued":{"date-parts":[[2017,9,11]]},"DOI":"10.1/x"},
 {"id":"2","type":"webpage","title":"Peru expels ambassador","container-title":"BBC News","URL":"https://example.org/a",
  "issued":{"date-parts":[[2017,9,11]]},"accessed":{"date-parts":[[2018,1,2]]}},
 {"id":"3","type":"book","title":"Historia","author":[{"family":"de la Cruz","given":"Juan"}],"publisher":"Fondo","publisher-place":"Lima",
  "issued":{"date-parts":[[1987]]},"language":"es"}])";
}  // namespace

TEST_CASE("every independent Debian CSL style loads and renders", "[slow][debian-styles]") {
  const std::filesystem::path dir = "/usr/share/citation-style-language/styles";
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) {
    WARN("Debian CSL styles not installed; skipping");
    return;
  }
  std::string items = kSamples;
  if (auto shared = citelib::test::shared_dir()) {
    const auto gold = *shared / "corpus" / "seed" / "north-korea-peru.gold.json";
    if (auto src = SourceText::from_file(gold)) items = std::string(src->text());
  }
  Diagnostics item_diags;
  const std::vector<Reference> refs = read_csl_json(SourceText("items.json", items), item_diags);
  REQUIRE_FALSE(refs.empty());

  int loaded = 0, independent = 0;
  std::vector<std::string> failed;
  for (const auto& e : std::filesystem::directory_iterator(dir)) {
    if (e.path().extension() != ".csl") continue;
    auto src = SourceText::from_file(e.path());
    REQUIRE(src.ok());
    Diagnostics d;
    auto style = csl::parse_style(*src, d);
    if (style.ok() && !(*style)->parent_link.empty()) continue;  // dependent styles live in dependent/
    ++independent;
    if (!style.ok() || d.has_errors()) {
      failed.push_back(e.path().filename().string());
      continue;
    }
    csl::Engine engine(*style, {}, d);
    engine.set_references(refs);
    const std::string bib = engine.bibliography_document();
    Citation c;
    for (const Reference& r : refs) c.items.push_back(CitationItem{r.id});
    const auto cites = engine.render_citations({c});
    CHECK(cites.size() == 1);
    if ((*style)->bibliography.present) CHECK_FALSE(bib.empty());
    ++loaded;
  }
  std::printf("Debian CSL styles: %d of %d independent styles load without error and render\n", loaded, independent);
  for (const auto& f : failed) std::printf("  failed: %s\n", f.c_str());
  CHECK(failed.empty());
  CHECK(independent > 0);
}

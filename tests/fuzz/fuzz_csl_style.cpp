// Fuzz target: the CSL engine on arbitrary style text. A style that does not parse must come
// back as diagnostics; one that parses renders a bibliography and a document of citations
// (positions, disambiguation, collapsing) for a fixed set of references, in text and HTML.
// Nothing may crash or hang (recursive macros, deep nesting, odd attributes), and every
// diagnostic points inside the style.
#include <citelib/csl/engine.hpp>
#include <citelib/csl/style.hpp>
#include <citelib/readers/csl_json.hpp>
#include <citelib/result.hpp>

#include <cstdint>
#include <cstdlib>
#include <string>

namespace {

// References that exercise names (particles, literals, CJK), dates (ranges, circa,
// seasons, literals), numbers, pages and the same author-year twice (disambiguation).
constexpr const char* kItems = R"([
 {"id": "a", "type": "article-journal", "title": "The \"quoted\" title: a <i>study</i>",
  "author": [{"family": "van der Berg", "given": "Jan"}, {"family": "Smith", "given": "J. R."}, {"literal": "WHO"}],
  "container-title": "Journal", "volume": "12", "issue": "3", "page": "101-119",
  "issued": {"date-parts": [[2017, 9, 11], [2018, 2]]}, "DOI": "10.1/x", "language": "en"},
 {"id": "b", "type": "book", "title": "Second", "author": [{"family": "Smith", "given": "John"}],
  "editor": [{"family": "박", "given": "승혁"}], "publisher": "P", "publisher-place": "Lima",
  "issued": {"date-parts": [[2017]]}, "edition": "2", "number-of-pages": "300"},
 {"id": "c", "type": "chapter", "title": "Third", "author": [{"family": "Smith", "given": "John"}],
  "issued": {"date-parts": [[2017]], "circa": true, "season": 2}, "page": "5"},
 {"id": "d", "type": "webpage", "title": "Fourth", "URL": "https://example.org",
  "issued": {"literal": "n.d."}, "accessed": {"date-parts": [[2020, 1, 2]]}}
])";

std::vector<citelib::Citation> document() {
  std::vector<citelib::Citation> cs(4);
  cs[0].items = {{.id = "a", .locator = "12", .label = "page"}, {.id = "b"}};
  cs[1].items = {{.id = "a", .locator = "12", .label = "page"}};
  cs[2].items = {{.id = "c", .prefix = "see ", .suffix = "."}, {.id = "b"}, {.id = "d"}};
  cs[3].items = {{.id = "c", .locator = "3-5", .label = "chapter"}};
  for (std::size_t i = 0; i < cs.size(); ++i) cs[i].note_index = static_cast<int>(i + 1);
  return cs;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  citelib::Result<citelib::SourceText> src =
      citelib::SourceText::from_bytes("fuzz.csl", std::string(reinterpret_cast<const char*>(data), size));
  if (!src) return 0;
  citelib::Diagnostics diags;
  auto style = citelib::csl::parse_style(*src, diags);
  for (const citelib::Diagnostic& d : diags)
    if (d.span.end > src->text().size() || d.span.begin > d.span.end) std::abort();
  if (!style) return 0;
  citelib::Diagnostics item_diags;
  auto refs = citelib::read_csl_json(citelib::SourceText("items.json", kItems), item_diags);
  for (auto format : {citelib::csl::OutputFormat::text, citelib::csl::OutputFormat::html}) {
    citelib::Diagnostics engine_diags;
    citelib::csl::Engine engine(*style, {.locale = "", .format = format}, engine_diags);
    engine.set_references(refs);
    (void)engine.bibliography_document();
    (void)engine.render_citations(document());
  }
  return 0;
}

// Fuzz target: the .bib reader on arbitrary bytes, then both writers on what it read. Nothing
// may crash or hang; every diagnostic points inside the text; and whatever the input held
// (braces, backslashes, "@" at line starts, unbalanced "}"), the written file reads back
// without a syntax error and with one entry per reference: hostile text cannot break the
// structure of a .bib file citelib writes.
#include <citelib/readers/bibtex.hpp>
#include <citelib/result.hpp>
#include <citelib/writers/bibtex.hpp>

#include <cstdint>
#include <cstdlib>
#include <string>

namespace {

void require_positions_inside(const citelib::Diagnostics& diags, std::size_t size) {
  for (const citelib::Diagnostic& d : diags)
    if (d.span.begin > size || d.span.end > size || d.span.begin > d.span.end) std::abort();
}

void write_and_read_back(const std::vector<citelib::Reference>& refs, citelib::BibDialect dialect) {
  citelib::BibOptions options;
  options.dialect = dialect;
  citelib::Diagnostics write_diags;
  const std::string bib = citelib::write_bibtex(refs, options, write_diags);
  citelib::Diagnostics read_diags;
  const auto back = citelib::read_bibtex(citelib::SourceText("written.bib", bib), read_diags);
  for (const citelib::Diagnostic& d : read_diags)
    if (d.severity == citelib::Severity::error) std::abort();
  if (back.size() != refs.size()) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  citelib::Result<citelib::SourceText> src =
      citelib::SourceText::from_bytes("fuzz.bib", std::string(reinterpret_cast<const char*>(data), size));
  if (!src) return 0;
  citelib::Diagnostics diags;
  const auto refs = citelib::read_bibtex(*src, diags);
  require_positions_inside(diags, src->text().size());
  write_and_read_back(refs, citelib::BibDialect::biblatex);
  write_and_read_back(refs, citelib::BibDialect::bibtex);
  return 0;
}

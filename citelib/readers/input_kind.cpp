#include <citelib/readers/csl_json.hpp>
#include <citelib/readers/input_kind.hpp>
#include <citelib/readers/reference_list.hpp>

namespace citelib {

std::string_view to_string(InputKind k) noexcept {
  switch (k) {
    case InputKind::reference_list: return "reference-list";
    case InputKind::csl_json: return "csl-json";
    case InputKind::bibtex: return "bibtex";
  }
  return "reference-list";
}

std::optional<InputKind> parse_input_kind(std::string_view name) noexcept {
  if (name == "reference-list" || name == "list" || name == "wiki" || name == "text" || name == "markdown")
    return InputKind::reference_list;
  if (name == "csl-json" || name == "json" || name == "csljson") return InputKind::csl_json;
  if (name == "bibtex" || name == "biblatex" || name == "bib") return InputKind::bibtex;
  return std::nullopt;
}

InputKind detect_input_kind(std::string_view text) noexcept {
  std::size_t i = 0;
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\r' || text[i] == '\n')) ++i;
  if (i < text.size() && (text[i] == '[' || text[i] == '{')) {
    // "[1]" or "[^]" starts many pasted lists; JSON arrays start with "[" then "{" or "]".
    std::size_t j = i + 1;
    while (j < text.size() && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r' || text[j] == '\n')) ++j;
    if (text[i] == '{' || (j < text.size() && (text[j] == '{' || text[j] == ']'))) return InputKind::csl_json;
  }
  // BibTeX: an "@type{" or "@type(" entry at the start of a line.
  for (std::size_t p = text.find('@'); p != std::string_view::npos; p = text.find('@', p + 1)) {
    std::size_t line_start = p;
    while (line_start > 0 && (text[line_start - 1] == ' ' || text[line_start - 1] == '\t')) --line_start;
    if (line_start != 0 && text[line_start - 1] != '\n') continue;
    std::size_t q = p + 1;
    while (q < text.size() && ((text[q] >= 'a' && text[q] <= 'z') || (text[q] >= 'A' && text[q] <= 'Z'))) ++q;
    while (q < text.size() && (text[q] == ' ' || text[q] == '\t')) ++q;
    if (q > p + 1 && q < text.size() && (text[q] == '{' || text[q] == '(')) return InputKind::bibtex;
  }
  return InputKind::reference_list;
}

std::vector<Reference> read_references(const SourceText& source, InputKind kind, Diagnostics& diagnostics) {
  switch (kind) {
    case InputKind::reference_list: return read_reference_list(source, {}, diagnostics);
    case InputKind::csl_json: return read_csl_json(source, diagnostics);
    case InputKind::bibtex: break;
  }
  diagnostics.report(DiagCode::input_kind_unknown, &source, {0, 0});
  return {};
}

}  // namespace citelib

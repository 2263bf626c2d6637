// Placeholder reader: one reference per non-empty line, kept raw. Replaced by the full
// grammar-driven reader (issue 2).
#include <citelib/readers/reference_list.hpp>

namespace citelib {

Reference parse_reference(std::string_view text, const ReferenceListOptions&, Diagnostics&) {
  Reference r;
  r.raw = std::string(text);
  return r;
}

std::vector<Reference> read_reference_list(const SourceText& source, const ReferenceListOptions& options,
                                           Diagnostics& diagnostics) {
  std::vector<Reference> out;
  std::string_view t = source.text();
  std::size_t pos = 0;
  while (pos < t.size()) {
    std::size_t nl = t.find('\n', pos);
    if (nl == std::string_view::npos) nl = t.size();
    std::string_view line = t.substr(pos, nl - pos);
    if (!line.empty() && line.find_first_not_of(" \t\r") != std::string_view::npos) {
      Reference r = parse_reference(line, options, diagnostics);
      r.id = std::to_string(out.size() + 1);
      r.span = {pos, nl};
      r.position = source.position(pos);
      out.push_back(std::move(r));
    }
    pos = nl + 1;
  }
  return out;
}

}  // namespace citelib

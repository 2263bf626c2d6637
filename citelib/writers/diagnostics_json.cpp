#include <citelib/writers/diagnostics_json.hpp>

#include <nlohmann/json.hpp>

namespace citelib {

std::string write_diagnostics_json(std::span<const Diagnostic> diagnostics, int indent,
                                   std::span<const SourceText* const> sources) {
  nlohmann::ordered_json arr = nlohmann::ordered_json::array();
  for (const Diagnostic& d : diagnostics) {
    SourcePosition end;
    for (const SourceText* s : sources)
      if (s && d.position.line > 0 && s->name() == d.file && d.span.end <= s->size()) end = s->position(d.span.end);
    nlohmann::ordered_json o;
    o["code"] = d.id();
    o["severity"] = to_string(d.severity);
    o["message"] = d.message;
    o["hint"] = d.hint();
    o["references"] = d.references;
    o["file"] = d.file;
    o["line"] = d.position.line;
    o["column"] = d.position.column;
    o["end_line"] = end.line;
    o["end_column"] = end.column;
    o["offset"] = d.span.begin;
    o["length"] = d.span.end >= d.span.begin ? d.span.end - d.span.begin : 0;
    arr.push_back(std::move(o));
  }
  return arr.dump(indent, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

}  // namespace citelib

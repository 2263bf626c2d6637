#include <citelib/checks/report.hpp>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>

namespace citelib {

namespace {

const SourceText* find_source(std::span<const SourceText* const> sources, std::string_view file) {
  for (const SourceText* s : sources)
    if (s && s->name() == file) return s;
  return nullptr;
}

}  // namespace

void sort_diagnostics(Diagnostics& diagnostics, std::span<const SourceText* const> sources) {
  auto file_rank = [&](const Diagnostic& d) {
    for (std::size_t i = 0; i < sources.size(); ++i)
      if (sources[i] && sources[i]->name() == d.file) return i;
    return sources.size();
  };
  std::stable_sort(diagnostics.items().begin(), diagnostics.items().end(),
                   [&](const Diagnostic& a, const Diagnostic& b) {
                     const std::size_t ra = file_rank(a), rb = file_rank(b);
                     if (ra != rb) return ra < rb;
                     return a.span.begin < b.span.begin;
                   });
}

std::string write_diagnostics_text(const Diagnostics& diagnostics) {
  std::string out;
  for (const Diagnostic& d : diagnostics) {
    out += format_diagnostic(d);
    out += '\n';
    if (!d.hint().empty()) fmt::format_to(std::back_inserter(out), "  hint: {}\n", d.hint());
  }
  return out;
}

std::string write_diagnostics_json(const Diagnostics& diagnostics, std::span<const SourceText* const> sources,
                                   int indent) {
  nlohmann::ordered_json array = nlohmann::ordered_json::array();
  for (const Diagnostic& d : diagnostics) {
    SourcePosition end;
    if (const SourceText* src = find_source(sources, d.file); src && d.position.line > 0)
      end = src->position(d.span.end);
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
    array.push_back(std::move(o));
  }
  // Text from the input may hold bytes that are not UTF-8 only if a reader let them through;
  // replace rather than throw.
  return array.dump(indent, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

std::string write_catalogue_text() {
  std::string out;
  for (DiagCode c : all_diag_codes()) {
    const DiagInfo& i = diag_info(c);
    fmt::format_to(std::back_inserter(out), "{:<28} {:<8} {}\n", i.id, to_string(i.severity), i.message);
  }
  return out;
}

std::string write_catalogue_json(int indent) {
  nlohmann::ordered_json array = nlohmann::ordered_json::array();
  for (DiagCode c : all_diag_codes()) {
    const DiagInfo& i = diag_info(c);
    array.push_back({{"code", i.id}, {"severity", to_string(i.severity)}, {"message", i.message}, {"hint", i.hint}});
  }
  return array.dump(indent);
}

}  // namespace citelib

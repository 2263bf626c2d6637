#include "input.hpp"

#include <citelib/result.hpp>

#include <fmt/format.h>

#include <cstdio>

namespace citelib::cli {

std::optional<LoadedInput> load_input(const std::string& path, std::optional<InputKind> forced,
                                      Diagnostics& diagnostics) {
  Result<SourceText> src = SourceText::from_file(path);
  if (!src) {
    for (const Diagnostic& d : src.error().diagnostics) diagnostics.add(d);
    return std::nullopt;
  }
  LoadedInput in{std::move(*src), InputKind::reference_list, {}};
  in.kind = forced ? *forced : detect_input_kind(in.source.text());
  const std::size_t errors_before = diagnostics.count(Severity::error);
  in.references = read_references(in.source, in.kind, diagnostics);
  if (in.references.empty() && diagnostics.count(Severity::error) > errors_before) return std::nullopt;
  return in;
}

std::optional<LoadedInput> open_input(std::string_view command, const std::string& path, const std::string& from,
                                      Diagnostics& diagnostics) {
  std::optional<InputKind> forced;
  if (!from.empty()) {
    forced = parse_input_kind(from);
    if (!forced) {
      fmt::print(stderr, "citelib {}: unknown input kind '{}' (reference-list, csl-json, bibtex)\n", command, from);
      return std::nullopt;
    }
  }
  std::optional<LoadedInput> in = load_input(path, forced, diagnostics);
  if (!in) print_diagnostics(diagnostics, Severity::info);
  return in;
}

void print_diagnostics(const Diagnostics& diagnostics, Severity at_least) {
  for (const Diagnostic& d : diagnostics) {
    if (d.severity < at_least) continue;
    fmt::print(stderr, "{}\n", format_diagnostic(d));
    if (!d.hint().empty()) fmt::print(stderr, "  hint: {}\n", d.hint());
  }
}

}  // namespace citelib::cli

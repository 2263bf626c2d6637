#include "input.hpp"

#include <citelib/result.hpp>

#include <fmt/format.h>

#include <cstdio>

namespace citelib::cli {

std::optional<LoadedInput> load_input(const std::string& path, std::optional<InputKind> forced,
                                      Diagnostics& diagnostics, const BibStrings* bib_strings,
                                      const ReferenceListOptions& list) {
  Result<std::string> bytes = read_file_bytes(path);
  if (!bytes) {
    for (const Diagnostic& d : bytes.error().diagnostics) diagnostics.add(d);
    return std::nullopt;
  }
  InputRead in = read_input(path, std::move(*bytes), forced, diagnostics, bib_strings, list);
  if (!in.failure.empty()) {
    // Failures with a diagnostic (binary, invalid UTF-8, syntax) were reported through it.
    if (diagnostics.count(Severity::error) == 0) fmt::print(stderr, "citelib: {}: {}\n", path, in.failure);
    return std::nullopt;
  }
  return LoadedInput{std::move(*in.source), in.kind, std::move(in.references)};
}

std::optional<LoadedInput> open_input(std::string_view command, const std::string& path, const std::string& from,
                                      Diagnostics& diagnostics, const BibStrings* bib_strings,
                                      const ReferenceListOptions& list) {
  std::optional<InputKind> forced;
  if (!from.empty()) {
    forced = parse_input_kind(from);
    if (!forced) {
      fmt::print(stderr, "citelib {}: unknown input kind '{}' (reference-list, csl-json, bibtex)\n", command, from);
      return std::nullopt;
    }
  }
  std::optional<LoadedInput> in = load_input(path, forced, diagnostics, bib_strings, list);
  if (!in) print_diagnostics(diagnostics, Severity::info);
  return in;
}

bool load_bib_strings(std::string_view command, const std::vector<std::string>& paths,
                      std::shared_ptr<const BibStrings>& out) {
  if (paths.empty()) return true;
  auto strings = std::make_shared<BibStrings>();
  for (const std::string& path : paths) {
    Result<SourceText> src = SourceText::from_file(path);
    if (!src) {
      fmt::print(stderr, "citelib {}: --bib-strings {}: {}\n", command, path, src.error().message);
      return false;
    }
    Diagnostics diags;
    strings->add(*src, diags);
    print_diagnostics(diags, Severity::warning);
  }
  out = std::move(strings);
  return true;
}

void print_diagnostics(const Diagnostics& diagnostics, Severity at_least) {
  for (const Diagnostic& d : diagnostics) {
    if (d.severity < at_least) continue;
    fmt::print(stderr, "{}\n", format_diagnostic(d));
    if (!d.hint().empty()) fmt::print(stderr, "  hint: {}\n", d.hint());
  }
}

}  // namespace citelib::cli

#include <citelib/checks/report.hpp>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>

namespace citelib {

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
    append_diagnostic(out, d);
    out += '\n';
    if (!d.hint().empty()) fmt::format_to(std::back_inserter(out), "  hint: {}\n", d.hint());
  }
  return out;
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

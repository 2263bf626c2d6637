// Fuzz target: the checks on whatever a reader makes of arbitrary bytes. The input is a list,
// optionally followed by a line "=== body ===" and an article body. Nothing may crash or hang,
// and every diagnostic must point inside the text it names.
#include <citelib/checks/checks.hpp>
#include <citelib/readers/csl_json.hpp>
#include <citelib/readers/input_kind.hpp>
#include <citelib/readers/reference_list.hpp>
#include <citelib/result.hpp>

#include <cstdint>
#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  std::string body_bytes;
  if (const std::size_t cut = bytes.find("\n=== body ===\n"); cut != std::string::npos) {
    body_bytes = bytes.substr(cut + 14);
    bytes.resize(cut + 1);
  }
  citelib::Result<citelib::SourceText> list = citelib::SourceText::from_bytes("list", std::move(bytes));
  citelib::Result<citelib::SourceText> body = citelib::SourceText::from_bytes("body", std::move(body_bytes));
  if (!list || !body) return 0;
  citelib::Diagnostics diags;
  // Half the inputs (by length) read with repair_encoding: repaired values, printed spans.
  citelib::ReferenceListOptions list_options;
  list_options.repair_encoding = size % 2 == 1;
  auto refs = citelib::detect_input_kind(list->text()) == citelib::InputKind::csl_json
                  ? citelib::read_csl_json(*list, diags)
                  : citelib::read_reference_list(*list, list_options, diags);
  citelib::CheckOptions options;
  options.reference_date = citelib::make_date(2024, 6, 1).start;
  citelib::check_references(refs, &*list, options, diags);
  citelib::check_body(refs, &*list, *body, options, diags);
  for (const auto& d : diags) {
    const std::size_t limit = d.file == "body" ? body->size() : list->size();
    if (d.span.begin > d.span.end || d.span.end > limit) std::abort();
  }
  return 0;
}

// Fuzz target: the reference-list reader on arbitrary bytes. Invalid UTF-8 and binary input
// are rejected by SourceText; everything else must parse without crashing, hanging or
// leaving a span outside the input.
#include <citelib/readers/reference_list.hpp>
#include <citelib/result.hpp>

#include <cstdint>
#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  citelib::Result<citelib::SourceText> src =
      citelib::SourceText::from_bytes("fuzz", std::string(reinterpret_cast<const char*>(data), size));
  if (!src) return 0;
  citelib::Diagnostics diags;
  // Half the inputs (by length) read with repair_encoding: repaired values, printed spans.
  citelib::ReferenceListOptions options;
  options.repair_encoding = size % 2 == 1;
  auto refs = citelib::read_reference_list(*src, options, diags);
  for (const auto& r : refs)
    if (r.span.begin > r.span.end || r.span.end > src->size()) std::abort();
  for (const auto& d : diags)
    if (d.span.begin > d.span.end || d.span.end > src->size()) std::abort();
  return 0;
}

// Fuzz target: the CSL-JSON reader, and the writer on what it read: the writer's output must
// read back to the same references, and be laid out and escaped exactly as nlohmann dumps it
// (the writer writes JSON directly).
#include <citelib/readers/csl_json.hpp>
#include <citelib/result.hpp>
#include <citelib/writers/csl_json.hpp>

#include <nlohmann/json.hpp>

#include <cstdint>
#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  citelib::Result<citelib::SourceText> src =
      citelib::SourceText::from_bytes("fuzz.json", std::string(reinterpret_cast<const char*>(data), size));
  if (!src) return 0;
  citelib::Diagnostics diags;
  auto refs = citelib::read_csl_json(*src, diags);
  const std::string once = citelib::write_csl_json(refs);
  citelib::Diagnostics again_diags;
  auto again = citelib::read_csl_json(citelib::SourceText("again.json", once), again_diags);
  if (citelib::write_csl_json(again) != once) std::abort();
  if (nlohmann::ordered_json::parse(once).dump(2) != once) std::abort();
  citelib::CslJsonOptions compact;
  compact.indent = -1;
  const std::string one_line = citelib::write_csl_json(refs, compact);
  if (nlohmann::ordered_json::parse(one_line).dump() != one_line) std::abort();
  return 0;
}

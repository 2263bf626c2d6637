// Fuzz target: the CSL-JSON reader, and the writer on what it read: the writer's output must
// read back to the same references, and be laid out and escaped exactly as nlohmann dumps it
// (the writer writes JSON directly). And the converter: items checked before the first
// output (a sink that cannot take anything back) or as they are read (convert()) give the
// same conversion, failure and diagnostics. And the splitter of the top-level array: its two
// halves at once (the second from a guessed element start) give what one scan gives.
#include "readers/csl_json/split.hpp"

#include <citelib/convert.hpp>
#include <citelib/readers/csl_json.hpp>
#include <citelib/result.hpp>
#include <citelib/writers/csl_json.hpp>

#include <nlohmann/json.hpp>

#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace {

struct Collect final : citelib::ConversionSink {
  std::string out;
  std::vector<std::string> lines;
  void output(std::string_view t) override { out += t; }
  void diagnostics(std::vector<citelib::Diagnostic>&& d) override {
    for (const citelib::Diagnostic& x : d) lines.push_back(citelib::format_diagnostic(x));
  }
};

void same_conversion_checked_first_or_while_read(const std::string& bytes) {
  static const std::unique_ptr<citelib::Converter> converter = [] {
    citelib::ConvertOptions o;
    o.to = "biblatex";
    o.from = citelib::InputKind::csl_json;
    std::string error;
    return citelib::Converter::create(o, error);
  }();
  const citelib::Conversion whole = converter->convert("fuzz.json", bytes);
  Collect first;
  const citelib::Conversion streamed = converter->stream("fuzz.json", citelib::SourceBytes(std::string(bytes)), first, 1);
  std::vector<std::string> whole_lines;
  for (const citelib::Diagnostic& x : whole.diagnostics) whole_lines.push_back(citelib::format_diagnostic(x));
  if (whole.failure != streamed.failure || whole.references != streamed.references || whole.output != first.out ||
      whole_lines != first.lines)
    std::abort();
}

void same_split_in_halves(std::string_view text) {
  using citelib::csl_json::split_top_level;
  const citelib::csl_json::Split one = split_top_level(text);
  const citelib::csl_json::Split two = split_top_level(text, 2, 0);
  if (one.shape != two.shape || one.elements.size() != two.elements.size()) std::abort();
  for (std::size_t i = 0; i < one.elements.size(); ++i)
    if (one.elements[i].begin != two.elements[i].begin || one.elements[i].end != two.elements[i].end) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  same_split_in_halves(std::string_view(reinterpret_cast<const char*>(data), size));
  citelib::Result<citelib::SourceText> src =
      citelib::SourceText::from_bytes("fuzz.json", std::string(reinterpret_cast<const char*>(data), size));
  if (!src) {
    same_conversion_checked_first_or_while_read(std::string(reinterpret_cast<const char*>(data), size));
    return 0;
  }
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
  same_conversion_checked_first_or_while_read(std::string(reinterpret_cast<const char*>(data), size));
  return 0;
}

#include "formats.hpp"

#include <citelib/writers/csl_json.hpp>

#include <array>

namespace citelib::cli {

namespace {

constexpr std::array kFormats = {
    OutputFormatInfo{"csl-json", ".json", true},
};

class CslJsonWriter final : public OutputWriter {
 public:
  explicit CslJsonWriter(bool compact) { options_.indent = compact ? -1 : 2; }
  std::string write(std::span<const Reference> refs, Diagnostics&) override {
    return write_csl_json(refs, options_);
  }

 private:
  CslJsonOptions options_;
};

}  // namespace

std::optional<OutputFormatInfo> find_output_format(std::string_view name) {
  if (name == "json") name = "csl-json";
  for (const OutputFormatInfo& f : kFormats)
    if (f.name == name) return f;
  return std::nullopt;
}

std::string output_format_names() {
  std::string out;
  for (const OutputFormatInfo& f : kFormats) {
    if (!out.empty()) out += ", ";
    out += f.name;
  }
  return out;
}

std::unique_ptr<OutputWriter> make_output_writer(const OutputSettings& settings, std::string& error) {
  const auto info = find_output_format(settings.format);
  if (!info) {
    error = "unknown output format '" + settings.format + "' (" + output_format_names() + ")";
    return nullptr;
  }
  if (info->name == "csl-json") return std::make_unique<CslJsonWriter>(settings.compact);
  error = "output format '" + settings.format + "' is not available in this build";
  return nullptr;
}

}  // namespace citelib::cli

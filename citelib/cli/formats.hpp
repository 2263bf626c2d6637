#pragma once
// Output formats of `citelib convert`. A writer is created per worker thread (writers such
// as the CSL engine keep state), from settings parsed once.

#include <citelib/diagnostic.hpp>
#include <citelib/model/reference.hpp>

#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace citelib::cli {

struct OutputSettings {
  std::string format = "csl-json";
  bool compact = false;  ///< one-line JSON (JSON Lines output forces it)
  std::string style;     ///< CSL style name or path (text/html)
  std::string locale;    ///< CSL locale (text/html)
};

/// What `convert` knows about a format.
struct OutputFormatInfo {
  std::string_view name;       ///< as given to --to
  std::string_view extension;  ///< file extension for --out-dir, with the dot
  bool is_json;                ///< output is JSON (embedded as JSON in JSON Lines records)
};

/// The format named by --to, or nullopt.
std::optional<OutputFormatInfo> find_output_format(std::string_view name);
/// Every format name, for help texts.
std::string output_format_names();

/// Turns references into the text of one output file.
class OutputWriter {
 public:
  virtual ~OutputWriter() = default;
  virtual std::string write(std::span<const Reference> refs, Diagnostics& diagnostics) = 0;
};

/// A writer for `settings`, or nullptr after printing why (unknown style, ...).
std::unique_ptr<OutputWriter> make_output_writer(const OutputSettings& settings, std::string& error);

}  // namespace citelib::cli

#pragma once
// Conversion facade: text of any supported input kind in, one output format out, with every
// diagnostic. This is what `citelib convert`, the Python binding and the Dask recipe share,
// so all three give the same output for the same input.

#include <citelib/diagnostic.hpp>
#include <citelib/model/reference.hpp>
#include <citelib/readers/bibtex.hpp>
#include <citelib/readers/input_kind.hpp>
#include <citelib/writers/bibtex.hpp>

#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace citelib {

namespace detail {
class ChunkFormat;
}

/// An output format of the converter.
struct OutputFormatInfo {
  std::string_view name;       ///< "csl-json", ...
  std::string_view extension;  ///< ".json", ...
  bool is_json;                ///< embedded as JSON (not as a string) in JSON Lines records
};

/// The format called `name` ("json" is accepted for "csl-json"), or nullopt.
std::optional<OutputFormatInfo> find_output_format(std::string_view name);
/// Every output format name, comma-separated (for help texts).
std::string output_format_names();

struct ConvertOptions {
  std::string to = "csl-json";       ///< output format
  std::optional<InputKind> from;     ///< input kind; nullopt = detect
  bool compact = false;              ///< one-line JSON
  std::string style;                 ///< CSL style name or path (rendered formats)
  std::string locale;                ///< CSL locale (rendered formats)
  BibOptions bibtex;                 ///< bibtex/biblatex (the dialect follows `to`)
  bool check = true;                 ///< run the checks (citelib check) and report their findings
  ReferenceListOptions list;         ///< reference-list input: edition language, repair_encoding
  /// .bib input: @string macros of other files (journal abbreviations), shared by converters.
  std::shared_ptr<const BibStrings> bib_strings;
};

/// What converting one input produced.
struct Conversion {
  std::string output;                   ///< the converted text (empty on failure)
  std::vector<Diagnostic> diagnostics;
  std::size_t references = 0;
  std::string failure;                  ///< non-empty when the input could not be converted
  bool ok() const noexcept { return failure.empty(); }
};

/// Receives a conversion piece by piece, in input order (see Converter::stream).
class ConversionSink {
 public:
  virtual ~ConversionSink() = default;
  /// The next piece of the output text.
  virtual void output(std::string_view text) = 0;
  /// The next diagnostics.
  virtual void diagnostics(std::vector<Diagnostic>&& diagnostics) = 0;
  /// True when discard() can take back everything handed over so far (output kept in memory
  /// or in a temporary file, diagnostics not shown yet). A CSL-JSON input is then checked item
  /// by item as it is converted, in one pass; otherwise every item's syntax is checked before
  /// the first output, so that a broken input hands over nothing but its error.
  virtual bool can_discard() const { return false; }
  /// Forgets the output and diagnostics handed over so far (a syntax error turned up after
  /// them: the input is void). Called only when can_discard().
  virtual void discard() {}
};

/// Converts inputs to one format. Create once per thread (writers may keep state such as a
/// loaded CSL style); `create` fails for an unknown format or an unusable style.
class Converter {
 public:
  static std::unique_ptr<Converter> create(const ConvertOptions& options, std::string& error);
  virtual ~Converter() = default;

  const ConvertOptions& options() const noexcept { return options_; }
  const OutputFormatInfo& format() const noexcept { return format_; }

  /// Converts the bytes of one input called `name` (checked for UTF-8 and binary data). With
  /// `body` (the article text citing the list), the list is also checked against it.
  Conversion convert(std::string name, std::string bytes, std::string body = {});
  /// Converts like convert(), but hands the output and diagnostics to `sink` chunk by chunk as
  /// they are done, using `threads` threads (0: one per core). CSL-JSON, BibTeX and biblatex
  /// output stream this way: a long input is converted in memory bounded by its own text,
  /// and the output is the same whatever the threads. Rendered bibliographies need the whole
  /// list and are handed over at once. The result has the reference count and the failure;
  /// its output and diagnostics went to the sink (the diagnostics of a failure too).
  Conversion stream(std::string name, SourceBytes bytes, ConversionSink& sink, unsigned threads = 0);
  /// Writes references already in memory.
  virtual std::string write(std::span<const Reference> refs, Diagnostics& diagnostics) = 0;
  /// Starts building, on a spare thread, what converting a text that begins like `head` will
  /// need (BibTeX output: ICU's rules for the scripts of its citation keys, ~90 ms for Han),
  /// so that it overlaps reading a long input before stream(). Optional: stream() builds it
  /// itself otherwise, after the input is read.
  void warm_up(std::string_view head);

  /// Converts one JSON Lines record {"id", "references", "body"?} into one output record
  /// {"id", "references": count, "items" | "output", "diagnostics", "error"?} (one line,
  /// no newline). `source` (e.g. "dump.jsonl:12") names the record in messages.
  std::string convert_jsonl_record(std::string_view line, std::string_view source);

 protected:
  Converter(ConvertOptions options, OutputFormatInfo format) : options_(std::move(options)), format_(format) {}
  /// How the format is written chunk by chunk; nullptr when it needs the whole list.
  virtual std::unique_ptr<detail::ChunkFormat> chunk_format() const;
  /// Writes a whole list the converter may keep (the references are not used after) to
  /// `sink`, as it is written. The default hands write()'s text over at once; a rendered
  /// bibliography takes the references without a copy and streams the document.
  virtual void write_whole(std::vector<Reference>&& refs, Diagnostics& diagnostics, ConversionSink& sink);

 private:
  Conversion run(std::string name, SourceBytes bytes, std::string body, ConversionSink& sink, unsigned threads);

  ConvertOptions options_;
  OutputFormatInfo format_;
  std::jthread warm_up_;  // warm_up()'s
};

/// An input record of a JSON Lines batch.
struct JsonlRecord {
  std::string id;
  std::string references;  ///< the text of the reference list (or CSL-JSON, BibTeX)
  std::string body;        ///< the article body, when given
};

/// Decodes one JSON Lines input record; returns an error message (empty on success).
std::string parse_jsonl_record(std::string_view line, JsonlRecord& out);

/// One JSON Lines output record (see Converter::convert_jsonl_record).
std::string jsonl_output_record(std::string_view id, const Conversion& c, const OutputFormatInfo& format);

}  // namespace citelib

#pragma once
// The CSL 1.0.2 processor: a style, a locale and a set of references; renders citations (a
// whole document at once, so that positions, disambiguation and collapsing see every
// citation) and the bibliography, as plain text or HTML.
//
//   Diagnostics d;
//   auto style = citelib::csl::load_style("apa", d);
//   citelib::csl::Engine engine(*style, {.locale = "en-US", .format = OutputFormat::html}, d);
//   engine.set_references(refs);
//   for (auto& entry : engine.bibliography()) std::puts(entry.text.c_str());

#include <citelib/csl/locale.hpp>
#include <citelib/csl/style.hpp>
#include <citelib/diagnostic.hpp>
#include <citelib/model/citation.hpp>
#include <citelib/model/reference.hpp>

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace citelib::csl {

enum class OutputFormat : std::uint8_t { text, html };

struct EngineOptions {
  std::string locale;  ///< "de-DE"; empty: the style's default-locale, else en-US
  OutputFormat format = OutputFormat::text;
  /// Beyond CSL 1.0.2: treat an item without a `language` whose title plainly reads as
  /// Spanish, French, Portuguese, Italian or German as non-English, so title case leaves it
  /// alone. Pasted reference lists rarely give a language; CSL-JSON from a reference manager
  /// does, so this is off by default (strict CSL, as the test suite and citeproc-js expect).
  bool guess_title_language = false;
  /// Threads that render a bibliography document (bibliography_document(),
  /// write_bibliography_document()); 0: one per core. The output is the same for any number.
  unsigned jobs = 1;
};

/// One bibliography entry.
struct BibEntry {
  std::string id;
  std::string text;  ///< the entry in the output format (without the csl-entry wrapper)
};

class Engine {
 public:
  Engine(std::shared_ptr<const Style> style, EngineOptions options, Diagnostics& diagnostics);
  ~Engine();
  Engine(Engine&&) noexcept;
  Engine& operator=(Engine&&) noexcept;

  /// Registers references in order (replacing earlier ones). Registration order gives the
  /// citation numbers when the bibliography is not sorted.
  void set_references(std::vector<Reference> references);
  const std::vector<Reference>& references() const noexcept;
  /// Puts the registered references in the order a document first cites them, the uncited
  /// ones after in their order (specification, Sorting: without cs:sort, entries and
  /// citation numbers follow the order of citation). Call before rendering.
  void order_references_by_citations(const std::vector<Citation>& citations);

  /// Renders a document's citations in order, computing positions (first, subsequent,
  /// ibid, ibid-with-locator, near-note), first-reference-note-number, disambiguation and
  /// collapsing over all of them. A cite whose `position` is set keeps it (test suite
  /// CITATION-ITEMS); returns the final rendering of each citation.
  std::vector<std::string> render_citations(const std::vector<Citation>& citations);

  /// The bibliography entries in bibliography order (a reference the layout prints nothing
  /// for has none).
  std::vector<BibEntry> bibliography();
  /// The bibliography as one string: HTML in the CSL suite's csl-bib-body markup, or
  /// text with one entry per line.
  std::string bibliography_document();
  /// The same document handed to `sink` piece by piece as it is rendered (no copy of the
  /// whole text is held: a command line writes it straight out).
  void write_bibliography_document(const std::function<void(std::string_view)>& sink);
  /// Ids of the references in bibliography order.
  std::vector<std::string> bibliography_order();

  const Style& style() const noexcept;
  const Locale& locale() const noexcept;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace citelib::csl

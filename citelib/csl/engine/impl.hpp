#pragma once
// Engine internals shared by the document-level passes (sorting, positions,
// disambiguation, collapsing, bibliography).

#include <citelib/csl/engine.hpp>

#include "csl/eval/evaluator.hpp"
#include "csl/output/markup.hpp"

#include <unicode/coll.h>

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace citelib::csl {

/// One sort key value: collation bytes for text, or a number; empty sorts last.
struct SortValue {
  std::string bytes;
  bool empty = true;
};

struct Engine::Impl {
  std::shared_ptr<const Style> style;
  std::shared_ptr<const Locale> locale;
  EngineOptions options;
  std::unique_ptr<icu::Collator> collator;
  ir::QuoteTerms quotes;
  bool punct_in_quote = false;
  bool implicit_year_suffix = true;  ///< the style never renders year-suffix itself

  std::vector<Reference> refs;
  std::unordered_map<std::string, std::size_t> index;
  std::vector<ItemState> states;
  std::vector<std::size_t> bib_order;  ///< reference indexes in bibliography order
  bool prepared = false;

  void prepare();  ///< sorts, numbers and disambiguates the registered references
  std::vector<SortValue> sort_keys(std::size_t item, const Layout& layout, const CiteInfo* cite);
  bool sort_less(const std::vector<SortValue>& a, const std::vector<SortValue>& b, const Layout& layout) const;
  SortValue collation_value(std::string_view text) const;

  /// Renders one cite (layout children, no layout affixes) to IR.
  std::string render_cite_ir(std::size_t item, const CiteInfo& cite, RenderMode mode, std::string* first_names = nullptr,
                             bool* starts_with_term = nullptr);
  /// Plain-text form of a cite for disambiguation comparisons.
  std::string disambiguation_text(std::size_t item);
  void disambiguate();

  std::string render_cluster(const Citation& c, const std::vector<CiteInfo>& infos);
  std::string to_output(std::string_view ir) const;
};

}  // namespace citelib::csl

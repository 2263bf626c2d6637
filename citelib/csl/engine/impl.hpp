#pragma once
// Engine internals shared by the document-level passes (sorting, positions,
// disambiguation, collapsing, bibliography).

#include <citelib/csl/engine.hpp>

#include "csl/eval/evaluator.hpp"
#include "csl/output/markup.hpp"

#include <unicode/coll.h>

#include <functional>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace citelib::csl {

/// True when a `choose` in `els` tests the `disambiguate` condition.
bool contains_disambiguate_condition(const Elements& els);

/// Whether the item's note starts with "variable: value" lines (see apply_note_fields).
bool has_note_fields(const Reference& r);
/// Moves the "variable: value" lines that open the note into the variables the item lacks.
void apply_note_fields(Reference& r);

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
  /// Reference index by id; the keys view the ids in `refs` (set_references rebuilds it).
  std::unordered_map<std::string_view, std::size_t> index;
  std::vector<ItemState> states;
  std::vector<std::size_t> bib_order;  ///< reference indexes in bibliography order
  bool prepared = false;
  bool disambiguated = false;
  /// Whether disambiguation can change the bibliography (year suffixes, the `disambiguate`
  /// condition in the bibliography layout); otherwise a bibliography alone skips it.
  bool bibliography_shows_disambiguation = true;
  /// The ambiguity test renders cites in their subsequent position (see disambiguation_text).
  bool disambiguate_subsequent_form = false;

  void prepare();  ///< sorts and numbers the registered references
  void ensure_disambiguated();  ///< prepare(), then disambiguation over all references
  /// Sorts `order` (indexes into `items`/`cites`: the reference and cite of each entry) by
  /// the layout's sort keys, stably. A key is computed only for entries that the keys before
  /// it leave tied.
  void sort_entries(std::vector<std::size_t>& order, const Layout& layout, const std::vector<std::size_t>& items,
                    const std::vector<const CiteInfo*>& cites);
  void sort_range(std::vector<std::size_t>& order, std::size_t begin, std::size_t end, std::size_t key,
                  const Layout& layout, const std::vector<const CiteInfo*>& cites, const std::vector<std::size_t>& items);
  /// The text of one sort key for one entry (empty: the entry has no value).
  std::string sort_text(std::size_t item, const Layout& layout, const SortKey& k, const CiteInfo* cite);
  SortValue collation_value(std::string_view text) const;

  /// Renders one cite (layout children, no layout affixes) to IR; `text_variables` tells
  /// whether it evaluated a cs:text of a variable other than the locator.
  std::string render_cite_ir(std::size_t item, const CiteInfo& cite, RenderMode mode, std::string* first_names = nullptr,
                             std::string* opening_term = nullptr, ShownNames* shown_names = nullptr,
                             NestedBraces* braces = nullptr, bool* text_variables = nullptr);
  /// Plain-text form of a cite for disambiguation comparisons; `shown_names` receives the
  /// first name list it showed.
  std::string disambiguation_text(std::size_t item, ShownNames* shown_names = nullptr, bool first_form = false);
  void disambiguate();
  /// Gives the cites of each group year suffixes "a", "b", ... in bibliography order.
  void assign_year_suffixes(std::vector<std::vector<std::size_t>>& groups);
  /// Global name disambiguation (givenname rules other than by-cite): ambiguous names are
  /// expanded in every cite, ambiguous or not. Fills `text` with each cite's disambiguation
  /// text; `fresh[i]` is false where the cite changed since.
  void disambiguate_names_globally(std::vector<std::string>& text, std::vector<bool>& fresh);

  std::string render_cluster(const Citation& c, const std::vector<CiteInfo>& infos);
  std::string to_output(std::string_view ir) const;
  /// Renders the bibliography in its order, handing each non-blank entry (IR) to `emit`.
  void each_bibliography_entry(const std::function<void(std::size_t, std::string_view)>& emit);
  /// Renders the bibliography entry of reference `item` into `body` (IR); false when the
  /// layout prints nothing for it. `prev_names` holds the name key of the entry before
  /// (subsequent-author-substitute) and becomes this one's. Reads only const engine data:
  /// threads may render entries side by side once the bibliography is prepared.
  bool render_bibliography_entry(std::size_t item, std::string& prev_names, std::string& body) const;
  /// Appends an entry (IR) to a bibliography document in the output format; `text` is scratch.
  void append_document_entry(std::string& out, std::string_view ir, std::string& text) const;
  /// The document text of the entries at bibliography positions [begin, end).
  void render_document_run(std::size_t begin, std::size_t end, std::string& out) const;
  /// Writes the entries of the prepared bibliography to `sink` in order, rendered by
  /// `threads` threads (this one included).
  void write_document_parallel(const std::function<void(std::string_view)>& sink, unsigned threads);
};

}  // namespace citelib::csl

#pragma once
// An input whose items can be read in independent slices: the converter reads a long file
// chunk by chunk, on several threads, instead of holding every Reference at once. Opening
// an input checks what must be known before the first chunk is written (syntax errors that
// void the whole input, how many items there are); reading a slice only maps its items.

#include <citelib/diagnostic.hpp>
#include <citelib/readers/input_kind.hpp>
#include <citelib/model/reference.hpp>
#include <citelib/source.hpp>

#include "readers/csl_json/split.hpp"

#include <algorithm>
#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace citelib::detail {

/// Where a read puts its references: into the references a vector already holds from index
/// `from` on (those of an earlier chunk: each is cleared as it is reused, and its strings and
/// lists keep their memory), then into new ones. Those not reused are dropped when the slots
/// go out of scope.
class ReferenceSlots {
 public:
  explicit ReferenceSlots(std::vector<Reference>& refs, std::size_t from = 0) noexcept
      : refs_(refs), used_(std::min(from, refs.size())) {}
  ReferenceSlots(const ReferenceSlots&) = delete;
  ReferenceSlots& operator=(const ReferenceSlots&) = delete;
  ~ReferenceSlots() { refs_.erase(refs_.begin() + static_cast<std::ptrdiff_t>(used_), refs_.end()); }

  /// The next reference, empty (as default-constructed).
  Reference& next() {
    if (used_ < refs_.size()) {
      Reference& r = refs_[used_++];
      r.clear();
      return r;
    }
    ++used_;
    return refs_.emplace_back();
  }
  /// Room for `more` references after those given so far.
  void reserve(std::size_t more) { refs_.reserve(used_ + more); }

 private:
  std::vector<Reference>& refs_;
  std::size_t used_;
};

class ChunkedInput {
 public:
  virtual ~ChunkedInput() = default;
  /// Items of the input (array elements, entries); an item yields at most one Reference.
  virtual std::size_t size() const noexcept = 0;
  /// False when no item can yield a Reference (e.g. a JSON array of numbers).
  virtual bool yields_references() const noexcept { return size() > 0; }
  /// Puts the references of items [begin, end) into `out`, in order, with their diagnostics.
  /// Safe to call from several threads at once.
  virtual void read_into(std::size_t begin, std::size_t end, ReferenceSlots& out, Diagnostics& diagnostics) const = 0;
  /// Appends the references of items [begin, end) to `out`.
  void read(std::size_t begin, std::size_t end, std::vector<Reference>& out, Diagnostics& diagnostics) const {
    ReferenceSlots slots(out, out.size());
    read_into(begin, end, slots, diagnostics);
  }
  /// Called on each slice's diagnostics (from index `from` on) in input order, once per
  /// slice: drops what the input reports once per file (e.g. an unmapped field name).
  virtual void settle(Diagnostics& diagnostics, std::size_t from) {
    (void)diagnostics;
    (void)from;
  }
  /// True once a read met an item whose syntax voids the whole input (only an input opened
  /// without checking its items first can be voided). What was read must then be dropped.
  virtual bool voided() const noexcept { return false; }
  /// Reports why the input is void, as opening it with its items checked first would have.
  virtual void report_voided(Diagnostics& diagnostics) const { (void)diagnostics; }
};

/// How an input is opened: whether items are checked before any is read.
enum class ItemCheck {
  before_reading,  ///< a broken item anywhere voids the input before the first is read
  while_reading,   ///< each item is checked as it is read; see ChunkedInput::voided()
};

/// A CSL-JSON input: the top-level array split into items (unless `split` holds the split of
/// the source's text already), every item's syntax checked (on `threads` threads) unless
/// `check` says while reading. nullptr when the input has no readable item (a json-syntax or
/// json-not-items error was reported). `source` must outlive the result.
std::unique_ptr<ChunkedInput> open_csl_json(const SourceText& source, Diagnostics& diagnostics, unsigned threads = 1,
                                            std::optional<csl_json::Split> split = std::nullopt,
                                            ItemCheck check = ItemCheck::before_reading);

/// A .bib input: entries located, @string macros and crossref targets resolved, syntax
/// errors reported (a long file on `threads` threads), with the macros of `strings` (other
/// files' @string, may be null) predefined. `valid_utf8`: the source's text is known to be
/// valid UTF-8 (not checked again). `source` must outlive the result.
std::unique_ptr<ChunkedInput> open_bibtex(const SourceText& source, Diagnostics& diagnostics, unsigned threads = 1,
                                          const BibStrings* strings = nullptr, bool valid_utf8 = false);

/// For an input a read found void: drops the diagnostics from index `from` on (what was read
/// does not count), reports why it is void and returns the failure (the first error, worded).
std::string report_void_input(const ChunkedInput& input, Diagnostics& diagnostics, std::size_t from);

/// References already read (reference lists, which are parsed whole), handed out in slices.
std::unique_ptr<ChunkedInput> hold_references(std::vector<Reference> references);

/// An input opened for a chunked read (see read_input(), which reads one whole).
struct OpenedInput {
  std::unique_ptr<SourceText> source;  ///< null when the bytes are unusable
  InputKind kind = InputKind::reference_list;
  std::unique_ptr<ChunkedInput> items;  ///< null when nothing can be read
  std::string failure;                  ///< why nothing can be read (names the position)
};

/// As read_input(), without reading the items: syntax errors, an empty input and an input
/// without a single item are known (and reported) here. `opened`, if set, is called with the
/// text as soon as it is known to be usable, before its items are located. With `check`
/// while reading, a CSL-JSON input's item syntax errors are found as its items are read.
OpenedInput open_input(std::string name, SourceBytes bytes, std::optional<InputKind> forced,
                       Diagnostics& diagnostics, const std::function<void(const SourceText&)>& opened = {},
                       unsigned threads = 1, const BibStrings* bib_strings = nullptr,
                       const ReferenceListOptions& list = {}, ItemCheck check = ItemCheck::before_reading);

}  // namespace citelib::detail

#pragma once
// Validation: what is wrong with a reference list, and with the article body that cites it.
// Every finding is a Diagnostic with a stable code from diagnostic_codes.def ("checks"
// section), the reference numbers involved and the exact span of the offending text. The
// checks never stop early and never throw on bad data. See docs/diagnostics.md.

#include <citelib/diagnostic.hpp>
#include <citelib/model/date.hpp>
#include <citelib/model/reference.hpp>
#include <citelib/source.hpp>

#include <memory>
#include <optional>
#include <span>

namespace citelib {

/// Options of the checks.
struct CheckOptions {
  /// The day the list is checked against: dates after it are "in the future". nullopt means
  /// today (UTC). Set it to check an old list, or to make results reproducible.
  std::optional<DatePoint> reference_date;
};

/// Runs every check on each reference (dates, pages, volume/issue, ISBN/ISSN/DOI, language,
/// quotes and brackets, mojibake, leaked markup, required fields, misplaced sections and
/// quotations) and across references (duplicates, online references without access dates). `source` is the text the references were read from (their `span` points into
/// it); with it, each diagnostic points at the offending text inside the reference. It may be
/// null for references built in code, which are then located through `raw`.
void check_references(std::span<const Reference> references, const SourceText* source,
                      const CheckOptions& options, Diagnostics& diagnostics);

/// The checks of check_references() on a list that arrives in consecutive slices (a long
/// file converted chunk by chunk): check() runs the per-reference rules on any slice, from
/// any thread; check_across() compares each slice with every reference before it and
/// must see the slices in list order; finish() reports what concerns the whole list. It
/// keeps a compact summary of each reference (keys, issue date, id), not the references.
class ReferenceChecker {
 public:
  ReferenceChecker(const SourceText* source, const CheckOptions& options);
  ~ReferenceChecker();
  ReferenceChecker(const ReferenceChecker&) = delete;
  ReferenceChecker& operator=(const ReferenceChecker&) = delete;

  /// What check_across() compares of the references of a slice (opaque): check() can
  /// compute it on any thread, so that the ordered step only compares.
  class SliceKeys {
   public:
    SliceKeys();
    ~SliceKeys();
    SliceKeys(SliceKeys&&) noexcept;
    SliceKeys& operator=(SliceKeys&&) noexcept;

   private:
    friend class ReferenceChecker;
    struct Data;
    std::unique_ptr<Data> data_;
  };

  /// Every per-reference rule on `references`; thread-safe. With `keys`, also computes what
  /// check_across() needs of them.
  void check(std::span<const Reference> references, Diagnostics& diagnostics, SliceKeys* keys = nullptr) const;
  /// The rules across references: duplicates of earlier references among `references`, and
  /// the counts behind the notes on the whole list; then remembers them. `keys`, if given, is
  /// what check() computed for the same references.
  void check_across(std::span<const Reference> references, Diagnostics& diagnostics,
                    const SliceKeys* keys = nullptr);
  /// Makes room for `references` more in what check_across() keeps (optional: it grows as
  /// needed; a list's length known up front saves growing it step by step).
  void reserve(std::size_t references);
  /// After the last slice: the notes on the list as a whole (online references without
  /// access dates). Starts those counts afresh.
  void finish(Diagnostics& diagnostics);

 private:
  struct Across;
  const SourceText* source_;
  CheckOptions options_;
  std::unique_ptr<Across> across_;
};

/// Checks the list against the article body that cites it: markers [n] with no reference,
/// references never cited, back-link counts (`^ a b c`) that disagree with the markers.
/// Named footnote groups ([a], [note 1], [lower-alpha 1]) are not references and are ignored.
/// Bodies may be plain text ([12], [ 12 ]) or markdown ([[12]](#cite_note-12), [\[12\]](...)).
/// `list_source` is as for check_references(); body diagnostics point into `body`.
void check_body(std::span<const Reference> references, const SourceText* list_source,
                const SourceText& body, const CheckOptions& options, Diagnostics& diagnostics);

/// The reference date as check_references() uses it: `options.reference_date` or today (UTC).
DatePoint effective_reference_date(const CheckOptions& options);

}  // namespace citelib

// The checking run: every per-reference rule on each reference, then the rules across
// references. Findings a reader already reported (same code, same span) are not repeated.
#include "context.hpp"

#include <algorithm>
#include <cstdint>
#include <unordered_set>
#include <vector>

namespace citelib {

namespace {

// A finding's identity for de-duplication: code and span.
std::uint64_t identity(const Diagnostic& d) {
  std::uint64_t h = static_cast<std::uint64_t>(d.code);
  h = h * 1000003u ^ d.span.begin;
  h = h * 1000003u ^ d.span.end;
  return h;
}

// Drops diagnostics from `from` on that repeat one reported before `from` (same code, same
// span): a reader may already have said what a check finds. Hashing keeps this linear.
void drop_repeats(Diagnostics& diagnostics, std::size_t from) {
  std::vector<Diagnostic>& items = diagnostics.items();
  if (from == 0 || from >= items.size()) return;
  std::unordered_set<std::uint64_t> before;
  before.reserve(from);
  for (std::size_t i = 0; i < from; ++i) before.insert(identity(items[i]));
  auto repeated = [&](const Diagnostic& d) {
    if (!before.count(identity(d))) return false;
    for (std::size_t i = 0; i < from; ++i)
      if (items[i].code == d.code && items[i].span == d.span) return true;
    return false;
  };
  items.erase(std::remove_if(items.begin() + static_cast<std::ptrdiff_t>(from), items.end(), repeated), items.end());
}

}  // namespace

struct ReferenceChecker::Across {
  checks::DuplicateIndex duplicates;
  checks::ListTally tally;
};

struct ReferenceChecker::SliceKeys::Data {
  std::vector<checks::DuplicateKeys> keys;
};

ReferenceChecker::SliceKeys::SliceKeys() = default;
ReferenceChecker::SliceKeys::~SliceKeys() = default;
ReferenceChecker::SliceKeys::SliceKeys(SliceKeys&&) noexcept = default;
ReferenceChecker::SliceKeys& ReferenceChecker::SliceKeys::operator=(SliceKeys&&) noexcept = default;

ReferenceChecker::ReferenceChecker(const SourceText* source, const CheckOptions& options)
    : source_(source), options_(options), across_(std::make_unique<Across>()) {
  // The date once, not per slice.
  options_.reference_date = effective_reference_date(options);
}

ReferenceChecker::~ReferenceChecker() = default;

void ReferenceChecker::check(std::span<const Reference> references, Diagnostics& diagnostics, SliceKeys* keys) const {
  using namespace checks;
  const std::size_t before = diagnostics.size();
  CheckContext cx(source_, options_, diagnostics);
  for (const Reference& r : references) {
    const ReferenceText text(r, source_);
    // Items without citable content (leaked style sheets, explanatory notes) are only
    // checked for garbled text.
    check_encoding(r, text, cx);
    if (r.no_citation) continue;
    check_dates(r, text, cx);
    check_numbers(r, text, cx);
    check_identifiers(r, text, cx);
    check_language(r, text, cx);
    check_balance(r, text, cx);
    check_required(r, text, cx);
    check_placement(r, text, cx);
  }
  drop_repeats(diagnostics, before);
  if (keys) {
    if (!keys->data_) keys->data_ = std::make_unique<SliceKeys::Data>();
    keys->data_->keys.clear();
    keys->data_->keys.reserve(references.size());
    for (const Reference& r : references) keys->data_->keys.push_back(duplicate_keys(r));
  }
}

void ReferenceChecker::check_across(std::span<const Reference> references, Diagnostics& diagnostics,
                                    const SliceKeys* keys) {
  const std::size_t before = diagnostics.size();
  checks::CheckContext cx(source_, options_, diagnostics);
  const bool given = keys && keys->data_ && keys->data_->keys.size() == references.size();
  across_->duplicates.add(references, given ? keys->data_->keys.data() : nullptr, cx);
  across_->tally.add(references, cx);
  drop_repeats(diagnostics, before);
  across_->tally.fold_mojibake(diagnostics);
}

void ReferenceChecker::reserve(std::size_t references) { across_->duplicates.reserve(references); }

void ReferenceChecker::finish(Diagnostics& diagnostics) {
  checks::CheckContext cx(source_, options_, diagnostics);
  across_->tally.report(cx);
  across_->tally = checks::ListTally();
}

void check_references(std::span<const Reference> references, const SourceText* source,
                      const CheckOptions& options, Diagnostics& diagnostics) {
  ReferenceChecker checker(source, options);
  checker.reserve(references.size());
  checker.check(references, diagnostics);
  checker.check_across(references, diagnostics);
  checker.finish(diagnostics);
}

}  // namespace citelib

// The checking run: every per-reference rule on each reference, then the rules across
// references. Findings a reader already reported (same code, same span) are not repeated.
#include "context.hpp"

#include <algorithm>
#include <vector>

namespace citelib {

namespace {

struct Seen {
  DiagCode code;
  SourceSpan span;
  bool operator==(const Seen&) const = default;
};

// Drops diagnostics from `from` on that repeat one reported before `from`.
void drop_repeats(Diagnostics& diagnostics, std::size_t from) {
  std::vector<Diagnostic>& items = diagnostics.items();
  if (from == 0 || from >= items.size()) return;
  std::vector<Seen> before;
  for (std::size_t i = 0; i < from; ++i) before.push_back({items[i].code, items[i].span});
  auto repeated = [&](const Diagnostic& d) {
    return std::find(before.begin(), before.end(), Seen{d.code, d.span}) != before.end();
  };
  items.erase(std::remove_if(items.begin() + static_cast<std::ptrdiff_t>(from), items.end(), repeated), items.end());
}

}  // namespace

void check_references(std::span<const Reference> references, const SourceText* source,
                      const CheckOptions& options, Diagnostics& diagnostics) {
  using namespace checks;
  const std::size_t before = diagnostics.size();
  CheckContext cx(source, options, diagnostics);
  std::vector<ReferenceText> texts;
  texts.reserve(references.size());
  for (const Reference& r : references) {
    const ReferenceText& text = texts.emplace_back(r, source);
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
  }
  check_duplicates(references, texts, cx);
  drop_repeats(diagnostics, before);
}

}  // namespace citelib

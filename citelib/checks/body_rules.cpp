// Checks against the article body: markers with no reference, references never cited, and
// back-link counts that disagree with the markers.
#include "context.hpp"

#include <citelib/checks/markers.hpp>

#include <algorithm>
#include <charconv>
#include <string>
#include <vector>

namespace citelib {

namespace {

// The number a reference id stands for ("12"), or 0 for keys and bibliography ids ("R1").
std::uint32_t id_number(std::string_view id) {
  std::uint32_t n = 0;
  auto [p, ec] = std::from_chars(id.data(), id.data() + id.size(), n);
  return ec == std::errc() && p == id.data() + id.size() ? n : 0;
}

struct MarkerTally {
  std::uint32_t count = 0;
  SourceSpan first;
};

}  // namespace

void check_body(std::span<const Reference> references, const SourceText* list_source, const SourceText& body,
                const CheckOptions& options, Diagnostics& diagnostics) {
  checks::CheckContext cx(list_source, options, diagnostics);
  std::uint32_t last_reference = 0;
  for (const Reference& r : references) last_reference = std::max(last_reference, id_number(r.id));
  const std::vector<CitationMarker> markers = find_citation_markers(body.text(), last_reference);
  if (markers.empty()) {
    cx.report_in(DiagCode::body_without_markers, body, {0, 0}, {});
    return;
  }
  std::uint32_t highest = 0;
  for (const CitationMarker& m : markers) highest = std::max(highest, m.number);
  std::vector<MarkerTally> tally(highest + 1);
  for (const CitationMarker& m : markers) {
    MarkerTally& t = tally[m.number];
    if (t.count++ == 0) t.first = m.span;
  }

  std::vector<bool> listed(highest + 1, false);
  for (const Reference& r : references) {
    const std::uint32_t n = id_number(r.id);
    if (n == 0) continue;
    if (n <= highest) listed[n] = true;
    const std::uint32_t cited = n <= highest ? tally[n].count : 0;
    const checks::ReferenceText text(r, list_source);
    if (cited == 0) {
      cx.report(DiagCode::reference_unused, r, text.printed(), {r.id});
    } else if (r.backlinks && static_cast<std::uint32_t>(*r.backlinks) != cited) {
      const std::string claimed = std::to_string(*r.backlinks), found = std::to_string(cited);
      cx.report(DiagCode::backlink_count_mismatch, r, text.backlinks(), {r.id, claimed, found});
    }
  }
  for (std::uint32_t n = 1; n <= highest; ++n) {
    if (tally[n].count == 0 || listed[n]) continue;
    const std::string number = std::to_string(n);
    cx.report_in(DiagCode::marker_without_reference, body, tally[n].first, {number}, {number});
  }
}

}  // namespace citelib

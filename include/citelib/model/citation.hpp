#pragma once
// Citations: what the CSL engine renders in running text or notes (specification,
// "Citation-specific variables" and positions).

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace citelib {

/// Position of a cite relative to earlier cites of the same item (specification, "Position").
enum class Position : std::uint8_t { first, subsequent, ibid, ibid_with_locator };

/// One cite of one reference inside a citation.
struct CitationItem {
  std::string id;                    ///< the reference id
  std::string locator;               ///< "12", "3-5"
  std::string label;                 ///< locator label: "page", "chapter", ... (CSL locator terms)
  std::string prefix;
  std::string suffix;
  bool suppress_author = false;
  bool author_only = false;
  std::optional<Position> position;  ///< forced position (test-suite CITATION-ITEMS); else computed
  bool near_note = false;            ///< forced near-note (with a forced position)
};

/// One citation: a cluster of cites at one place in the document.
struct Citation {
  std::string citation_id;
  std::vector<CitationItem> items;
  int note_index = 0;  ///< footnote number; 0 for in-text citations
};

}  // namespace citelib

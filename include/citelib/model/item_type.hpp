#pragma once
// CSL 1.0.2 item types (specification, Appendix III - Types).

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace citelib {

enum class ItemType : std::uint8_t {
  article, article_journal, article_magazine, article_newspaper, bill, book, broadcast,
  chapter, classic, collection, dataset, document, entry, entry_dictionary,
  entry_encyclopedia, event, figure, graphic, hearing, interview, legal_case, legislation,
  manuscript, map, motion_picture, musical_score, pamphlet, paper_conference, patent,
  performance, periodical, personal_communication, post, post_weblog, regulation, report,
  review, review_book, software, song, speech, standard, thesis, treaty, webpage,
};

/// The CSL name of a type ("article-journal").
std::string_view to_string(ItemType t) noexcept;
/// The type named `name` in CSL ("article-journal", also "legal_case"); nullopt if unknown.
std::optional<ItemType> parse_item_type(std::string_view name) noexcept;
/// Every item type in declaration order.
std::span<const ItemType> all_item_types() noexcept;

}  // namespace citelib

#include "writers/bibtex/entry_type.hpp"

#include <array>
#include <optional>
#include <utility>

namespace citelib::bibtex {

EntryTypeChoice biblatex_type(ItemType t, bool has_editor, bool has_container_author) noexcept {
  switch (t) {
    case ItemType::article_journal: return {"article", {}};
    case ItemType::article_newspaper: return {"article", "newspaper"};
    case ItemType::article_magazine: return {"article", "magazine"};
    case ItemType::webpage: return {"online", {}};
    case ItemType::post: return {"online", "post"};
    case ItemType::post_weblog: return {"online", "post-weblog"};
    case ItemType::book: return {"book", {}};
    case ItemType::chapter:
      if (has_container_author || !has_editor) return {"inbook", {}};
      return {"incollection", {}};
    case ItemType::report: return {"report", {}};
    case ItemType::thesis: return {"thesis", {}};
    case ItemType::paper_conference: return {"inproceedings", {}};
    case ItemType::entry_encyclopedia: return {"inreference", {}};
    case ItemType::entry_dictionary: return {"inreference", "entry-dictionary"};
    case ItemType::entry: return {"inreference", "entry"};
    case ItemType::dataset: return {"dataset", {}};
    case ItemType::software: return {"software", {}};
    case ItemType::patent: return {"patent", {}};
    case ItemType::manuscript: return {"unpublished", {}};
    case ItemType::periodical: return {"periodical", {}};
    case ItemType::document: return {"misc", {}};
    default: return {"misc", to_string(t)};
  }
}

std::string_view bibtex_type(ItemType t, bool has_editor, bool has_container_author,
                             bool masters_thesis) noexcept {
  switch (t) {
    case ItemType::article_journal:
    case ItemType::article_newspaper:
    case ItemType::article_magazine: return "article";
    case ItemType::book: return "book";
    case ItemType::chapter: return (has_container_author || !has_editor) ? "inbook" : "incollection";
    case ItemType::report: return "techreport";
    case ItemType::thesis: return masters_thesis ? "mastersthesis" : "phdthesis";
    case ItemType::paper_conference: return "inproceedings";
    case ItemType::manuscript: return "unpublished";
    default: return "misc";
  }
}

std::optional<ItemType> csl_type(std::string_view type, std::string_view subtype) noexcept {
  // An entrysubtype naming a CSL type (written by citelib for types biblatex lacks) wins.
  if (!subtype.empty()) {
    if (subtype == "newspaper") return ItemType::article_newspaper;
    if (subtype == "magazine") return ItemType::article_magazine;
    if (auto t = parse_item_type(subtype)) return t;
  }
  static constexpr std::array<std::pair<std::string_view, ItemType>, 40> kTypes = {{
      {"article", ItemType::article_journal}, {"book", ItemType::book}, {"mvbook", ItemType::book},
      {"booklet", ItemType::pamphlet}, {"collection", ItemType::book}, {"mvcollection", ItemType::book},
      {"proceedings", ItemType::book}, {"mvproceedings", ItemType::book}, {"reference", ItemType::book},
      {"mvreference", ItemType::book}, {"inbook", ItemType::chapter}, {"bookinbook", ItemType::chapter},
      {"suppbook", ItemType::chapter}, {"incollection", ItemType::chapter},
      {"suppcollection", ItemType::chapter}, {"inproceedings", ItemType::paper_conference},
      {"conference", ItemType::paper_conference}, {"inreference", ItemType::entry_encyclopedia},
      {"online", ItemType::webpage}, {"www", ItemType::webpage}, {"electronic", ItemType::webpage},
      {"report", ItemType::report}, {"techreport", ItemType::report}, {"manual", ItemType::report},
      {"thesis", ItemType::thesis}, {"phdthesis", ItemType::thesis}, {"mastersthesis", ItemType::thesis},
      {"unpublished", ItemType::manuscript}, {"misc", ItemType::document}, {"dataset", ItemType::dataset},
      {"software", ItemType::software}, {"patent", ItemType::patent}, {"periodical", ItemType::periodical},
      {"movie", ItemType::motion_picture}, {"video", ItemType::motion_picture}, {"audio", ItemType::song},
      {"music", ItemType::song}, {"artwork", ItemType::graphic}, {"letter", ItemType::personal_communication},
      {"standard", ItemType::standard},
  }};
  for (const auto& [name, t] : kTypes)
    if (name == type) return t;
  if (type == "image") return ItemType::graphic;
  if (type == "legislation") return ItemType::legislation;
  if (type == "jurisdiction" || type == "legal") return ItemType::legal_case;
  if (type == "performance") return ItemType::performance;
  if (type == "review") return ItemType::review;
  if (type == "commentary") return ItemType::book;
  return std::nullopt;
}

}  // namespace citelib::bibtex

// Elements a reader needs to find the source, per item type: a title for anything but a
// generic document, and the containing work for articles and chapters.
#include "context.hpp"

namespace citelib::checks {

namespace {

bool needs_title(ItemType t) {
  switch (t) {
    case ItemType::article: case ItemType::article_journal: case ItemType::article_magazine:
    case ItemType::article_newspaper: case ItemType::book: case ItemType::chapter:
    case ItemType::entry: case ItemType::entry_dictionary: case ItemType::entry_encyclopedia:
    case ItemType::paper_conference: case ItemType::post: case ItemType::post_weblog:
    case ItemType::report: case ItemType::thesis: case ItemType::webpage:
      return true;
    default:
      return false;
  }
}

// The work an item is part of: journal, newspaper, book of a chapter, encyclopedia.
bool needs_container(ItemType t) {
  switch (t) {
    case ItemType::article_journal: case ItemType::article_magazine: case ItemType::article_newspaper:
    case ItemType::chapter: case ItemType::entry_dictionary: case ItemType::entry_encyclopedia:
      return true;
    default:
      return false;
  }
}

}  // namespace

void check_required(const Reference& r, const ReferenceText& text, CheckContext& cx) {
  const std::string_view type = to_string(r.type);
  if (needs_title(r.type) && !r.has(Variable::title))
    cx.report(DiagCode::required_field_missing, r, text.printed(), {type, "title"});
  if (needs_container(r.type) && !r.has(Variable::container_title))
    cx.report(DiagCode::required_field_missing, r, text.printed(), {type, "container-title"});
}

}  // namespace citelib::checks

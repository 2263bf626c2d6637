// Notes on the list as a whole. CS1 prints "Retrieved <date>" for online sources; a list in
// which most of them have none was written that way, and a finding per reference would bury
// the other findings.
#include "context.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

namespace citelib::checks {

namespace {

// Sources read online, whose access date CS1 shows: web pages and posts, and news, magazine
// articles and documents that give a URL. (A pasted list keeps no URLs: there the reader's
// type says it.)
bool is_online(const Reference& r) {
  switch (r.type) {
    case ItemType::webpage: case ItemType::post: case ItemType::post_weblog:
      return true;
    case ItemType::article_newspaper: case ItemType::article_magazine: case ItemType::document:
      return r.has(Variable::URL);
    default:
      return false;
  }
}

}  // namespace

void ListTally::add(std::span<const Reference> refs, CheckContext& cx) {
  for (const Reference& r : refs) {
    if (r.no_citation || !is_online(r)) continue;
    ++online_;
    if (r.date(Variable::accessed)) continue;
    if (unaccessed_++ == 0) cx.place(first_unaccessed_, r, ReferenceText(r, cx.source()).printed());
    if (unaccessed_ids_.size() < kNamed && !r.id.empty()) unaccessed_ids_.push_back(r.id);
  }
}

void ListTally::report(CheckContext& cx) const {
  if (unaccessed_ == 0) return;
  std::string named = fmt::format("{} {}", unaccessed_ == 1 ? "reference" : "references", fmt::join(unaccessed_ids_, ", "));
  if (unaccessed_ > unaccessed_ids_.size()) named += fmt::format(" and {} more", unaccessed_ - unaccessed_ids_.size());
  Diagnostic d = make_diagnostic(DiagCode::access_date_missing,
                                 {std::to_string(unaccessed_), std::to_string(online_), named});
  d.file = first_unaccessed_.file;
  d.span = first_unaccessed_.span;
  d.position = first_unaccessed_.position;
  d.references = unaccessed_ids_;
  cx.add(std::move(d));
}

}  // namespace citelib::checks

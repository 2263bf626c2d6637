#include <citelib/model/reference.hpp>

#include <algorithm>
#include <cassert>

namespace citelib {

namespace {

// Eight covers all but a few of the dev corpus gold's references (most have three to six) and every
// generated benchmark reference (two to eight).
constexpr std::size_t kTypicalTextVariables = 8;

// What clear() keeps at most for the next reference: strings for its text variables, lists
// for its name variables.
constexpr std::size_t kSpareTexts = kTypicalTextVariables * 2;
constexpr std::size_t kSpareNameLists = 4;

// sizeof(Reference) with 64-bit libstdc++, for clear()'s check that it empties every member.
constexpr std::size_t kReferenceSize = 664;

// Empties `fields` (variable and value pairs), moving their values, emptied, to `spare` (at
// most `most` of them there).
template <class Fields, class Values>
void keep_as_spare(Fields& fields, Values& spare, std::size_t most) {
  if (spare.capacity() == 0 && !fields.empty()) spare.reserve(most);
  for (auto& field : fields) {
    if (spare.size() >= most) break;
    field.second.clear();
    spare.push_back(std::move(field.second));
  }
  fields.clear();
}

template <class Vec>
auto find_var(Vec& v, Variable key) {
  return std::find_if(v.begin(), v.end(), [key](const auto& p) { return p.first == key; });
}

}  // namespace

std::string_view Reference::get(Variable v) const noexcept {
  if (!present_.test(static_cast<std::size_t>(v))) return {};  // most lookups: no search
  auto it = find_var(text_, v);
  return it == text_.end() ? std::string_view{} : std::string_view(it->second);
}

bool Reference::has(Variable v) const noexcept { return present_.test(static_cast<std::size_t>(v)); }

void Reference::set(Variable v, std::string value) {
  assert(kind_of(v) == VariableKind::text || kind_of(v) == VariableKind::number);
  if (value.empty()) erase(v);
  else *text_slot(v) = std::move(value);
}

void Reference::assign(Variable v, std::string_view value) {
  assert(kind_of(v) == VariableKind::text || kind_of(v) == VariableKind::number);
  if (value.empty()) erase(v);
  else text_slot(v)->assign(value);
}

std::string* Reference::text_slot(Variable v) {
  mark(v, true);
  if (auto it = find_var(text_, v); it != text_.end()) return &it->second;
  // A reference has a handful of text variables: room for them at the first one spares the
  // vector's growth by doubling (three reallocations and moves for five variables).
  if (text_.capacity() == 0) text_.reserve(kTypicalTextVariables);
  if (spare_.texts.empty()) return &text_.emplace_back(v, std::string()).second;
  std::string* text = &text_.emplace_back(v, std::move(spare_.texts.back())).second;
  spare_.texts.pop_back();
  return text;
}

std::vector<Name> Reference::spare_name_list() noexcept {
  if (spare_.name_lists.empty()) return {};
  std::vector<Name> list = std::move(spare_.name_lists.back());
  spare_.name_lists.pop_back();
  return list;
}

void Reference::erase(Variable v) {
  mark(v, false);
  switch (kind_of(v)) {
    case VariableKind::text:
    case VariableKind::number:
      if (auto it = find_var(text_, v); it != text_.end()) text_.erase(it);
      break;
    case VariableKind::date:
      if (auto it = find_var(dates_, v); it != dates_.end()) dates_.erase(it);
      break;
    case VariableKind::name:
      if (auto it = find_var(names_, v); it != names_.end()) names_.erase(it);
      break;
  }
}

const Date* Reference::date(Variable v) const noexcept {
  if (!present_.test(static_cast<std::size_t>(v))) return nullptr;
  auto it = find_var(dates_, v);
  return it == dates_.end() ? nullptr : &it->second;
}

void Reference::set_date(Variable v, Date d) {
  assert(kind_of(v) == VariableKind::date);
  auto it = find_var(dates_, v);
  if (d.empty()) {
    if (it != dates_.end()) dates_.erase(it);
    mark(v, false);
    return;
  }
  mark(v, true);
  if (it != dates_.end()) it->second = std::move(d);
  else dates_.emplace_back(v, std::move(d));
}

std::span<const Name> Reference::names(Variable v) const noexcept {
  if (!present_.test(static_cast<std::size_t>(v))) return {};
  auto it = find_var(names_, v);
  return it == names_.end() ? std::span<const Name>{} : std::span<const Name>(it->second);
}

void Reference::set_names(Variable v, std::vector<Name> names) {
  assert(kind_of(v) == VariableKind::name);
  auto it = find_var(names_, v);
  if (names.empty()) {
    if (it != names_.end()) names_.erase(it);
    mark(v, false);
    return;
  }
  mark(v, true);
  if (it != names_.end()) it->second = std::move(names);
  else names_.emplace_back(v, std::move(names));
}

void Reference::add_name(Variable v, Name n) {
  assert(kind_of(v) == VariableKind::name);
  mark(v, true);
  auto it = find_var(names_, v);
  if (it != names_.end()) it->second.push_back(std::move(n));
  else names_.emplace_back(v, std::vector<Name>{std::move(n)});
}

std::string_view Reference::identifier(Identifier which) const noexcept {
  auto it = std::find_if(identifiers.begin(), identifiers.end(), [which](const auto& p) { return p.first == which; });
  return it == identifiers.end() ? std::string_view{} : std::string_view(it->second);
}

void Reference::set_identifier(Identifier which, std::string value) {
  auto it = std::find_if(identifiers.begin(), identifiers.end(), [which](const auto& p) { return p.first == which; });
  if (value.empty()) {
    if (it != identifiers.end()) identifiers.erase(it);
  } else if (it != identifiers.end()) {
    it->second = std::move(value);
  } else {
    identifiers.emplace_back(which, std::move(value));
  }
}

void Reference::clear() {
  // Every member is emptied here: a member added to Reference must be added here too (the
  // size check fails until it is; tests/unit/test_reference.cpp compares a cleared reference
  // with a new one).
#if defined(__GLIBCXX__) && __SIZEOF_POINTER__ == 8
  static_assert(sizeof(Reference) == kReferenceSize, "a member of Reference is not cleared");
#endif
  id.clear();
  type = ItemType::document;
  archive_date.reset();
  archive_url.clear();
  title_translated.clear();
  via.clear();
  comment.clear();
  locator_text.clear();
  list_name.clear();
  backlinks.reset();
  et_al = false;
  no_citation = false;
  cs1_messages.clear();
  short_cites.clear();
  identifiers.clear();
  extra.clear();
  raw.clear();
  source_name.clear();
  span = {};
  position = {};
  edition.clear();
  // Text and name lists go to the spare memory, emptied: the next reference read into this
  // one takes its strings and lists from there.
  // (Bounded: strings set by set() rather than assign() are not taken from there.)
  keep_as_spare(text_, spare_.texts, kSpareTexts);
  dates_.clear();
  keep_as_spare(names_, spare_.name_lists, kSpareNameLists);
  present_.reset();
}

}  // namespace citelib

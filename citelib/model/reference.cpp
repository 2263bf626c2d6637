#include <citelib/model/reference.hpp>

#include <algorithm>
#include <cassert>

namespace citelib {

namespace {

// Eight covers all but a few of the dev corpus gold's references (most have three to six) and every
// generated benchmark reference (two to eight).
constexpr std::size_t kTypicalTextVariables = 8;

template <class Vec>
auto find_var(Vec& v, Variable key) {
  return std::find_if(v.begin(), v.end(), [key](const auto& p) { return p.first == key; });
}

}  // namespace

std::string_view Reference::get(Variable v) const noexcept {
  auto it = find_var(text_, v);
  return it == text_.end() ? std::string_view{} : std::string_view(it->second);
}

bool Reference::has(Variable v) const noexcept {
  switch (kind_of(v)) {
    case VariableKind::text:
    case VariableKind::number: return find_var(text_, v) != text_.end();
    case VariableKind::date: return find_var(dates_, v) != dates_.end();
    case VariableKind::name: return find_var(names_, v) != names_.end();
  }
  return false;
}

void Reference::set(Variable v, std::string value) {
  assert(kind_of(v) == VariableKind::text || kind_of(v) == VariableKind::number);
  auto it = find_var(text_, v);
  if (value.empty()) {
    if (it != text_.end()) text_.erase(it);
    return;
  }
  if (it != text_.end()) {
    it->second = std::move(value);
    return;
  }
  // A reference has a handful of text variables: room for them at the first one spares the
  // vector's growth by doubling (three reallocations and moves for five variables).
  if (text_.capacity() == 0) text_.reserve(kTypicalTextVariables);
  text_.emplace_back(v, std::move(value));
}

void Reference::erase(Variable v) {
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
  auto it = find_var(dates_, v);
  return it == dates_.end() ? nullptr : &it->second;
}

void Reference::set_date(Variable v, Date d) {
  assert(kind_of(v) == VariableKind::date);
  auto it = find_var(dates_, v);
  if (d.empty()) {
    if (it != dates_.end()) dates_.erase(it);
    return;
  }
  if (it != dates_.end()) it->second = std::move(d);
  else dates_.emplace_back(v, std::move(d));
}

std::span<const Name> Reference::names(Variable v) const noexcept {
  auto it = find_var(names_, v);
  return it == names_.end() ? std::span<const Name>{} : std::span<const Name>(it->second);
}

void Reference::set_names(Variable v, std::vector<Name> names) {
  assert(kind_of(v) == VariableKind::name);
  auto it = find_var(names_, v);
  if (names.empty()) {
    if (it != names_.end()) names_.erase(it);
    return;
  }
  if (it != names_.end()) it->second = std::move(names);
  else names_.emplace_back(v, std::move(names));
}

void Reference::add_name(Variable v, Name n) {
  assert(kind_of(v) == VariableKind::name);
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

}  // namespace citelib

#pragma once
// Open-addressed tables (linear probing) of the duplicate rules and their keys: slots in
// zero-filled memory, a zero key marking a free slot.

#include "core/zeroed_array.hpp"

#include <algorithm>
#include <bit>
#include <cstddef>
#include <utility>

namespace citelib::checks {

template <class Slot>
using OpenTable = detail::ZeroedArray<Slot>;

// Doubles an open-addressed table (linear probing) whose slots `key_of` keys (the slot's
// place is its key's low bits; a zero key is a free slot), or makes it `min_slots` at least
// at once.
template <class Slot, class KeyOf>
void grow_open_table(OpenTable<Slot>& slots, KeyOf key_of, std::size_t min_slots = 0) {
  OpenTable<Slot> old(std::bit_ceil(std::max({std::size_t{1024}, slots.size() * 2, min_slots})));
  std::swap(old, slots);
  const std::size_t mask = slots.size() - 1;
  for (const Slot& x : old) {
    if (key_of(x) == 0) continue;
    std::size_t i = static_cast<std::size_t>(key_of(x)) & mask;
    while (key_of(slots[i]) != 0) i = (i + 1) & mask;
    slots[i] = x;
  }
}

}  // namespace citelib::checks

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

// Doubles an open-addressed table (linear probing) whose slots are keyed by their non-zero
// member `key`, or makes it `min_slots` at least at once; a zero slot is a free one.
template <class Slot, class Key>
void grow_open_table(OpenTable<Slot>& slots, Key Slot::*key, std::size_t min_slots = 0) {
  OpenTable<Slot> old(std::bit_ceil(std::max({std::size_t{1024}, slots.size() * 2, min_slots})));
  std::swap(old, slots);
  const std::size_t mask = slots.size() - 1;
  for (const Slot& x : old) {
    if (x.*key == 0) continue;
    std::size_t i = static_cast<std::size_t>(x.*key) & mask;
    while (slots[i].*key != 0) i = (i + 1) & mask;
    slots[i] = x;
  }
}

}  // namespace citelib::checks

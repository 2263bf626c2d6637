#include "core/string_table.hpp"

#include <algorithm>
#include <bit>
#include <cstring>
#include <functional>

namespace citelib::detail {

// The slot holding `key`, or the free slot where it would go.
std::size_t StringTable::slot_of(std::string_view key, std::size_t stored_hash) const {
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = stored_hash & mask;; i = (i + 1) & mask) {
    const Slot& s = slots_[i];
    if (s.hash == 0 || (s.hash == stored_hash && key_of(s.entry) == key)) return i;
  }
}

const std::size_t* StringTable::find(std::string_view key) const {
  if (slots_.empty()) return nullptr;
  const Slot& s = slots_[slot_of(key, stored(hash(key)))];
  return s.hash == 0 ? nullptr : entries_.at(s.entry);
}

std::size_t* StringTable::find(std::string_view key) {
  return const_cast<std::size_t*>(static_cast<const StringTable&>(*this).find(key));
}

// At least `min_slots` slots (a power of two, and at least double the present ones), the keys
// placed again.
void StringTable::grow_to(std::size_t min_slots) {
  ZeroedArray<Slot> old(std::bit_ceil(std::max({std::size_t{64}, slots_.size() * 2, min_slots})));
  std::swap(old, slots_);
  const std::size_t mask = slots_.size() - 1;
  for (const Slot& s : old) {
    if (s.hash == 0) continue;
    std::size_t i = s.hash & mask;
    while (slots_[i].hash != 0) i = (i + 1) & mask;
    slots_[i] = s;
  }
}

std::size_t& StringTable::insert(std::string_view key, std::size_t hash, std::size_t value, bool& added) {
  if ((count_ + 1) * 2 > slots_.size()) grow_to(0);
  hash = stored(hash);
  Slot& s = slots_[slot_of(key, hash)];
  added = s.hash == 0;
  if (added) {
    s = Slot{hash, entries_.append_zeroed(entry_words(key.size()))};
    std::size_t* e = entries_.at(s.entry);
    e[0] = value;
    e[1] = key.size();
    if (!key.empty()) std::memcpy(e + kKeyWord, key.data(), key.size());
    ++count_;
  }
  return *entries_.at(s.entry);
}

}  // namespace citelib::detail

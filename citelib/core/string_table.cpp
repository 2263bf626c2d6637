#include "core/string_table.hpp"

#include <algorithm>
#include <functional>
#include <limits>

namespace citelib::detail {

namespace {
constexpr std::size_t kFree = std::numeric_limits<std::size_t>::max();
}

// The slot holding `key`, or the free slot where it would go.
std::size_t StringTable::slot_of(std::string_view key, std::size_t hash) const {
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
    const Slot& s = slots_[i];
    if (s.size == kFree || (s.hash == hash && std::string_view(text_).substr(s.at, s.size) == key)) return i;
  }
}

const std::size_t* StringTable::find(std::string_view key) const {
  if (slots_.empty()) return nullptr;
  const Slot& s = slots_[slot_of(key, hash(key))];
  return s.size == kFree ? nullptr : &s.value;
}

std::size_t* StringTable::find(std::string_view key) {
  return const_cast<std::size_t*>(static_cast<const StringTable&>(*this).find(key));
}

void StringTable::grow() {
  std::vector<Slot> old(std::max<std::size_t>(64, slots_.size() * 2), Slot{0, 0, kFree, 0});
  old.swap(slots_);
  const std::size_t mask = slots_.size() - 1;
  for (const Slot& s : old) {
    if (s.size == kFree) continue;
    std::size_t i = s.hash & mask;
    while (slots_[i].size != kFree) i = (i + 1) & mask;
    slots_[i] = s;
  }
}

std::size_t& StringTable::insert(std::string_view key, std::size_t hash, std::size_t value, bool& added) {
  if ((count_ + 1) * 2 > slots_.size()) grow();
  Slot& s = slots_[slot_of(key, hash)];
  added = s.size == kFree;
  if (added) {
    s = Slot{hash, text_.size(), key.size(), value};
    text_ += key;
    ++count_;
  }
  return s.value;
}

}  // namespace citelib::detail

#pragma once
// Strings mapped to numbers in one open-addressing table over one text buffer: a file's
// hundred thousand keys (citation keys, .bib entry keys) cost a probe each, not a node
// allocation and several cache misses as in a node-based map.

#include "core/append_blocks.hpp"
#include "core/zeroed_array.hpp"

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

namespace citelib::detail {

class StringTable {
 public:
  /// The value of `key`, or nullptr (valid until the next insert).
  const std::size_t* find(std::string_view key) const;
  std::size_t* find(std::string_view key);
  /// The value of `key`, which is added with `value` when absent (then `added` is true).
  /// The reference is valid until the next insert.
  std::size_t& insert(std::string_view key, std::size_t value, bool& added) {
    return insert(key, hash(key), value, added);
  }
  /// The same, with hash(key) computed beforehand (e.g. on another thread).
  std::size_t& insert(std::string_view key, std::size_t key_hash, std::size_t value, bool& added);
  /// Starts loading the slot a key of this hash probes first (for a batch of lookups).
  void prefetch(std::size_t key_hash) const {
    if (!slots_.empty()) __builtin_prefetch(&slots_[stored(key_hash) & (slots_.size() - 1)]);
  }
  static std::size_t hash(std::string_view key) noexcept { return std::hash<std::string_view>{}(key); }
  /// Makes room for `n` keys in all (no rehashing while they are added). The slots are
  /// taken at once, but a page of them is mapped only when a key is first put there.
  void reserve(std::size_t n) {
    if (n * 2 > slots_.size()) grow_to(n * 2);
  }
  /// Makes room for `more` inserts without moving the values (references stay valid).
  void reserve_more(std::size_t more) {
    if ((count_ + more) * 2 > slots_.size()) grow_to((count_ + more) * 2);
  }
  std::size_t size() const noexcept { return count_; }

 private:
  // All zero bytes: a free slot (a kept hash is never 0). 16 bytes: the slots are probed at
  // random over a table twice the keys, so their size is what is faulted in and missed in
  // the caches; the value and the key are in the entry, read on a hash match only.
  struct Slot {
    std::size_t hash;   // stored(): the key's hash, never 0
    std::size_t entry;  // in entries_ (AppendBlocks::append_zeroed())
  };
  // An entry, in whole words: the value, the key's size, then the key's bytes. The value
  // stays where it is when the table grows.
  static constexpr std::size_t kKeyWord = 2;
  static std::size_t entry_words(std::size_t key_size) noexcept {
    return kKeyWord + (key_size + sizeof(std::size_t) - 1) / sizeof(std::size_t);
  }
  std::string_view key_of(std::size_t entry) const noexcept {
    const std::size_t* e = entries_.at(entry);
    return {reinterpret_cast<const char*>(e + kKeyWord), e[1]};
  }
  static std::size_t stored(std::size_t key_hash) noexcept { return key_hash | 1; }
  std::size_t slot_of(std::string_view key, std::size_t stored_hash) const;
  void grow_to(std::size_t min_slots);

  ZeroedArray<Slot> slots_;
  AppendBlocks<std::size_t> entries_;
  std::size_t count_ = 0;
};

}  // namespace citelib::detail

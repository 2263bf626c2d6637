#pragma once
// Strings mapped to numbers in one open-addressing table over one text buffer: a file's
// hundred thousand keys (citation keys, .bib entry keys) cost a probe each, not a node
// allocation and several cache misses as in a node-based map.

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

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
    if (!slots_.empty()) __builtin_prefetch(&slots_[key_hash & (slots_.size() - 1)]);
  }
  static std::size_t hash(std::string_view key) noexcept { return std::hash<std::string_view>{}(key); }
  /// Makes room for `n` keys in all (no rehashing while they are added).
  void reserve(std::size_t n) {
    while (n * 2 > slots_.size()) grow();
  }
  /// Makes room for `more` inserts without moving the values (references stay valid).
  void reserve_more(std::size_t more) {
    while ((count_ + more) * 2 > slots_.size()) grow();
  }
  std::size_t size() const noexcept { return count_; }

 private:
  struct Slot {
    std::size_t hash = 0;
    std::size_t at = 0;    // in text_
    std::size_t size = 0;  // SIZE_MAX: free
    std::size_t value = 0;
  };
  std::size_t slot_of(std::string_view key, std::size_t hash) const;
  void grow();

  std::vector<Slot> slots_;
  std::string text_;
  std::size_t count_ = 0;
};

}  // namespace citelib::detail

#pragma once
// Runs of values kept for a whole conversion (citation keys, .bib keys, ids, name words),
// appended to blocks that never move: a growing string or vector copied everything again at
// each doubling and faulted the new room in page by page. Blocks double from 4 kB to 2 MB (a
// short list keeps little; see ZeroedArray for the large ones), and a run longer than that
// gets a block of its own. Where a run was put is one number: its block << 21 | offset.

#include "core/zeroed_array.hpp"

#include <algorithm>
#include <cstddef>
#include <utility>
#include <vector>

namespace citelib::detail {

template <class T>
class AppendBlocks {
 public:
  /// Copies the `n` values at `data`; returns where they are (for at()).
  std::size_t append(const T* data, std::size_t n) {
    const std::size_t where = append_zeroed(n);
    std::copy(data, data + n, at(where));
    return where;
  }
  /// Room for a run of `n` values, zero until written (through at()); returns where it is.
  std::size_t append_zeroed(std::size_t n) {
    if (blocks_.empty() || used_ + n > blocks_.back().size()) start_block(n);
    const std::size_t where = (blocks_.size() - 1) << kOffsetBits | used_;
    used_ += n;
    return where;
  }
  /// The first value of the run appended at `where`.
  T* at(std::size_t where) noexcept { return const_cast<T*>(std::as_const(*this).at(where)); }
  const T* at(std::size_t where) const noexcept {
    return blocks_[where >> kOffsetBits].begin() + (where & ((std::size_t{1} << kOffsetBits) - 1));
  }

 private:
  static constexpr std::size_t kOffsetBits = 21;
  static constexpr std::size_t kFirstBytes = std::size_t{4} << 10, kLargestBytes = std::size_t{1} << kOffsetBits;
  static_assert(sizeof(T) <= kFirstBytes);

  void start_block(std::size_t n) {
    const std::size_t doublings = std::min<std::size_t>(blocks_.size(), 9);  // 4 kB << 9 = 2 MB
    const std::size_t bytes = std::min(kLargestBytes, kFirstBytes << doublings);
    blocks_.emplace_back(std::max(bytes / sizeof(T), n));
    used_ = 0;
  }

  std::vector<ZeroedArray<T>> blocks_;
  std::size_t used_ = 0;  // in the last block
};

}  // namespace citelib::detail

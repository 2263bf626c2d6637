#pragma once
// A fixed-size array of plain slots that start as zero bytes. The open-addressed tables that
// grow with a long input (citation keys, .bib keys, the duplicate rules' chains, ids and
// summaries) take megabytes: the system hands those out zeroed and maps them where they are
// first used, instead of having them zero-filled at once (std::vector value-initialises every
// slot, faulting the whole table in on the spot).
//
// From 2 MB on (Linux), an array is mapped on its own, in whole 2 MB pages (a tail shorter than
// one would be faulted in 4 kB at a time), and marked for transparent huge pages: a table
// probed all over its range is then faulted in 2 MB at a time. In 4 kB pages each page cost two
// faults (a probe reads the shared zero page, the first slot written copies it) and the random
// probes miss the TLB more. Smaller arrays come from calloc.

#include <cstddef>
#include <cstdlib>
#include <new>
#include <type_traits>
#include <utility>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace citelib::detail {

template <class T>
class ZeroedArray {
  static_assert(std::is_trivially_copyable_v<T> && std::is_trivially_destructible_v<T>,
                "a slot must be valid as zero bytes");

 public:
  ZeroedArray() = default;
  explicit ZeroedArray(std::size_t n) : size_(n) {
    if (n == 0) return;
#if defined(MADV_HUGEPAGE)
    if (n * sizeof(T) >= kHugePage) {
      void* p = mmap(nullptr, mapped_bytes(), PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
      if (p == MAP_FAILED) throw std::bad_alloc();
      (void)madvise(p, mapped_bytes(), MADV_HUGEPAGE);  // a hint: 4 kB pages if refused
      data_ = static_cast<T*>(p);
      mapped_ = true;
      return;
    }
#endif
    data_ = static_cast<T*>(std::calloc(n, sizeof(T)));
    if (!data_) throw std::bad_alloc();
  }
  ZeroedArray(ZeroedArray&& o) noexcept
      : data_(std::exchange(o.data_, nullptr)), size_(std::exchange(o.size_, 0)), mapped_(o.mapped_) {}
  ZeroedArray& operator=(ZeroedArray&& o) noexcept {
    if (this != &o) {
      release();
      data_ = std::exchange(o.data_, nullptr);
      size_ = std::exchange(o.size_, 0);
      mapped_ = o.mapped_;
    }
    return *this;
  }
  ZeroedArray(const ZeroedArray&) = delete;
  ZeroedArray& operator=(const ZeroedArray&) = delete;
  ~ZeroedArray() { release(); }

  std::size_t size() const noexcept { return size_; }
  bool empty() const noexcept { return size_ == 0; }
  T& operator[](std::size_t i) noexcept { return data_[i]; }
  const T& operator[](std::size_t i) const noexcept { return data_[i]; }
  T* begin() noexcept { return data_; }
  T* end() noexcept { return data_ + size_; }
  const T* begin() const noexcept { return data_; }
  const T* end() const noexcept { return data_ + size_; }

 private:
  static constexpr std::size_t kHugePage = std::size_t{2} << 20;
  std::size_t mapped_bytes() const noexcept { return (size_ * sizeof(T) + kHugePage - 1) / kHugePage * kHugePage; }
  void release() noexcept {
    if (!data_) return;
#if defined(MADV_HUGEPAGE)
    if (mapped_) {
      munmap(data_, mapped_bytes());
      return;
    }
#endif
    std::free(data_);
  }
  T* data_ = nullptr;
  std::size_t size_ = 0;
  bool mapped_ = false;
};

}  // namespace citelib::detail

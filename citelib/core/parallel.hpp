#pragma once
// Work split into blocks that threads claim in turn: a thread that gets less of a busy
// machine reads fewer blocks instead of holding up a fixed share. The calling thread works
// too, so one thread means no thread is started.

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace citelib::detail {

/// Calls work(b) once for each block b in [0, blocks), on at most `threads` threads (this one
/// included). When a call returns false, no further blocks are claimed (blocks already
/// claimed still finish). Returns when every claimed block is done.
template <class Work>
void claim_blocks(std::size_t blocks, unsigned threads, Work&& work) {
  std::atomic<std::size_t> next{0};
  auto run = [&] {
    for (std::size_t b; (b = next.fetch_add(1)) < blocks;)
      if (!work(b)) next.store(blocks);
  };
  const std::size_t helpers = blocks > 1 ? std::min<std::size_t>(std::max(1u, threads), blocks) - 1 : 0;
  std::vector<std::jthread> pool;
  pool.reserve(helpers);
  for (std::size_t t = 0; t < helpers; ++t) pool.emplace_back(run);
  run();
}

}  // namespace citelib::detail

#include "convert/pipeline.hpp"

#include <algorithm>
#include <condition_variable>
#include <exception>
#include <map>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace citelib::detail {

namespace {

// Every thread takes a chunk through all four steps itself, taking turns only for the ordered
// ones. A chunk's references are read, checked and written on one core: handing
// them from a reading thread to a writing one cost a quarter more CPU (cache lines and malloc
// arenas crossing cores) than the work itself.
class ChunkRun {
 public:
  ChunkRun(std::size_t items, std::size_t chunk_size, unsigned threads, const ChunkSteps& steps)
      : items_(items), chunk_size_(chunk_size), count_((items + chunk_size - 1) / chunk_size),
        window_(static_cast<std::size_t>(threads) * 3), steps_(steps) {}

  void work() {
    // The references of this thread's last chunk: the next chunk reads into them again, so
    // that their strings and lists are not freed and allocated anew for every chunk.
    std::vector<Reference> recycled;
    while (true) {
      std::size_t k = 0;
      Chunk c;
      {
        std::unique_lock<std::mutex> lock(m_);
        // Bounded memory: a chunk is started only when few enough wait to be emitted.
        cv_.wait(lock, [&] { return failure_ || claimed_ >= count_ || claimed_ < emitted_ + window_; });
        if (failure_ || claimed_ >= count_) return;
        k = claimed_++;
        c.output = take_spare_output();
      }
      c.index = k;
      c.begin = k * chunk_size_;
      c.end = std::min(items_, c.begin + chunk_size_);
      c.refs = std::move(recycled);
      if (!attempt([&] { steps_.read(c); })) return;
      {
        std::unique_lock<std::mutex> lock(m_);
        // The chunk before is always being read or decided by a thread that waits for nothing
        // earlier: the turns cannot deadlock.
        cv_.wait(lock, [&] { return failure_ || decided_ == k; });
        if (failure_) return;
      }
      const bool decided = attempt([&] { steps_.decide(c); });
      {
        std::lock_guard<std::mutex> lock(m_);
        ++decided_;
      }
      cv_.notify_all();
      if (!decided || !attempt([&] { steps_.write(c); })) return;
      recycled = std::move(c.refs);
      emit_in_order(std::move(c));
    }
  }

  void rethrow() const {
    if (failure_) std::rethrow_exception(failure_);
  }

 private:
  // An emitted chunk's output text, emptied, for a chunk being started (with the lock held):
  // a chunk's text grows to a few hundred kilobytes, which allocated anew (and faulted in page
  // by page) cost more than writing it.
  std::string take_spare_output() {
    if (spare_outputs_.empty()) return {};
    std::string out = std::move(spare_outputs_.back());
    spare_outputs_.pop_back();
    return out;
  }

  // Runs a step; an exception stops every thread and is rethrown by run_chunks.
  template <class F>
  bool attempt(F&& step) {
    try {
      step();
      return true;
    } catch (...) {
      {
        std::lock_guard<std::mutex> lock(m_);
        if (!failure_) failure_ = std::current_exception();
      }
      cv_.notify_all();
      return false;
    }
  }

  // The written chunk waits for those before it; whichever thread completes the run of
  // written chunks emits it, one thread at a time, without holding the lock.
  void emit_in_order(Chunk&& c) {
    std::unique_lock<std::mutex> lock(m_);
    written_.emplace(c.index, std::move(c));
    if (emitting_) return;
    emitting_ = true;
    for (auto it = written_.find(emitted_); it != written_.end() && !failure_; it = written_.find(emitted_)) {
      Chunk next = std::move(it->second);
      written_.erase(it);
      lock.unlock();
      const bool ok = attempt([&] { steps_.emit(next); });
      std::string output = std::move(next.output);
      output.clear();
      next = Chunk();
      lock.lock();
      if (spare_outputs_.size() < window_) spare_outputs_.push_back(std::move(output));
      if (!ok) break;
      ++emitted_;
      cv_.notify_all();
    }
    emitting_ = false;
  }

  const std::size_t items_, chunk_size_, count_, window_;
  const ChunkSteps& steps_;
  std::mutex m_;
  std::condition_variable cv_;
  std::size_t claimed_ = 0, decided_ = 0, emitted_ = 0;
  std::map<std::size_t, Chunk> written_;  // written, not yet emitted (at most the window)
  std::vector<std::string> spare_outputs_;  // emitted chunks' text, emptied, to be written into again
  bool emitting_ = false;
  std::exception_ptr failure_;
};

}  // namespace

void run_chunks(std::size_t items, std::size_t chunk_size, unsigned threads, const ChunkSteps& steps) {
  chunk_size = std::max<std::size_t>(chunk_size, 1);
  const std::size_t count = (items + chunk_size - 1) / chunk_size;
  threads = static_cast<unsigned>(std::min<std::size_t>(std::max(threads, 1u), count));
  ChunkRun run(items, chunk_size, threads, steps);
  {
    // The calling thread is one of the workers.
    std::vector<std::jthread> others;
    for (unsigned i = 1; i < threads; ++i) others.emplace_back([&run] { run.work(); });
    run.work();
  }
  run.rethrow();
}

}  // namespace citelib::detail

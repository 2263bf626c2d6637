#include "convert/pipeline.hpp"

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>

namespace citelib::detail {

namespace {

enum class Stage : unsigned char { reading, read, writing, written };

struct Slot {
  Chunk chunk;
  Stage stage = Stage::reading;
};

// A fixed set of workers taking tasks in order, writes before reads (finishing chunks first
// keeps output flowing and the chunks in flight few).
class Workers {
 public:
  explicit Workers(unsigned n) {
    for (unsigned i = 0; i < n; ++i) threads_.emplace_back([this] { work(); });
  }
  ~Workers() {
    {
      std::lock_guard<std::mutex> lock(m_);
      stop_ = true;
    }
    cv_.notify_all();
    for (std::thread& t : threads_) t.join();
  }
  void submit(std::function<void()> task, bool urgent) {
    {
      std::lock_guard<std::mutex> lock(m_);
      (urgent ? urgent_ : normal_).push_back(std::move(task));
    }
    cv_.notify_one();
  }

 private:
  void work() {
    while (true) {
      std::function<void()> task;
      {
        std::unique_lock<std::mutex> lock(m_);
        cv_.wait(lock, [&] { return stop_ || !urgent_.empty() || !normal_.empty(); });
        if (stop_ && urgent_.empty() && normal_.empty()) return;
        std::deque<std::function<void()>>& q = urgent_.empty() ? normal_ : urgent_;
        task = std::move(q.front());
        q.pop_front();
      }
      task();
    }
  }

  std::mutex m_;
  std::condition_variable cv_;
  std::deque<std::function<void()>> urgent_, normal_;
  bool stop_ = false;
  std::vector<std::thread> threads_;
};

}  // namespace

void run_chunks(std::size_t items, std::size_t chunk_size, unsigned threads, const ChunkSteps& steps) {
  chunk_size = std::max<std::size_t>(chunk_size, 1);
  const std::size_t count = (items + chunk_size - 1) / chunk_size;
  auto make = [&](std::size_t i) {
    Chunk c;
    c.index = i;
    c.begin = i * chunk_size;
    c.end = std::min(items, c.begin + chunk_size);
    return c;
  };
  if (threads <= 1 || count <= 1) {
    for (std::size_t i = 0; i < count; ++i) {
      Chunk c = make(i);
      steps.read(c);
      steps.decide(c);
      steps.write(c);
      steps.emit(c);
    }
    return;
  }

  std::mutex m;
  std::condition_variable done;
  std::exception_ptr failure;
  std::deque<std::unique_ptr<Slot>> slots;  // chunks in flight, in input order
  std::size_t decided = 0;                  // slots at the front that went past decide
  std::size_t next = 0;                     // next chunk to start
  const std::size_t window = static_cast<std::size_t>(threads) * 3;
  {
    Workers workers(threads);
    auto run = [&](Slot* s, const std::function<void(Chunk&)>& step, Stage after) {
      std::exception_ptr e;
      try {
        step(s->chunk);
      } catch (...) {
        e = std::current_exception();
      }
      std::lock_guard<std::mutex> lock(m);
      if (e && !failure) failure = e;
      s->stage = after;
      done.notify_all();
    };
    std::unique_lock<std::mutex> lock(m);
    while (!failure) {
      while (next < count && slots.size() < window) {
        slots.push_back(std::make_unique<Slot>());
        Slot* s = slots.back().get();
        s->chunk = make(next++);
        workers.submit([&run, &steps, s] { run(s, steps.read, Stage::read); }, false);
      }
      if (slots.empty()) break;
      bool progress = false;
      // The ordered steps run unlocked: workers only touch the stage of their own slot.
      while (decided < slots.size() && slots[decided]->stage == Stage::read) {
        Slot* s = slots[decided].get();
        lock.unlock();
        steps.decide(s->chunk);
        lock.lock();
        s->stage = Stage::writing;
        ++decided;
        workers.submit([&run, &steps, s] { run(s, steps.write, Stage::written); }, true);
        progress = true;
      }
      while (!slots.empty() && slots.front()->stage == Stage::written) {
        std::unique_ptr<Slot> s = std::move(slots.front());
        slots.pop_front();
        --decided;
        lock.unlock();
        steps.emit(s->chunk);
        s.reset();
        lock.lock();
        progress = true;
      }
      if (!progress && !failure) done.wait(lock);
    }
    // Let the tasks still queued or running finish before the workers and slots go.
    done.wait(lock, [&] {
      return std::all_of(slots.begin(), slots.end(), [](const std::unique_ptr<Slot>& s) {
        return s->stage == Stage::read || s->stage == Stage::written;
      });
    });
    lock.unlock();
  }
  if (failure) std::rethrow_exception(failure);
}

}  // namespace citelib::detail

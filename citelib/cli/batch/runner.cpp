#include "batch/runner.hpp"

#include "batch/convert_article.hpp"

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

namespace citelib::cli {

namespace {

class WorkQueue {
 public:
  explicit WorkQueue(std::size_t window) : window_(window) {}

  // ---- reader side (the calling thread) ----
  /// Blocks until fewer than `window` articles are in flight, flushing finished results.
  template <class Flush>
  void wait_for_room(std::size_t produced, std::size_t& flushed, Flush&& flush) {
    for (;;) {
      flush_ready(flushed, flush);
      std::unique_lock lock(mu_);
      if (produced - flushed < window_) return;
      done_cv_.wait(lock, [&] { return done_.count(flushed) > 0; });
    }
  }
  void push(Article&& a) {
    {
      std::lock_guard lock(mu_);
      todo_.push_back(std::move(a));
    }
    work_cv_.notify_one();
  }
  void close() {
    {
      std::lock_guard lock(mu_);
      closed_ = true;
    }
    work_cv_.notify_all();
  }
  template <class Flush>
  void drain(std::size_t produced, std::size_t& flushed, Flush&& flush) {
    while (flushed < produced) {
      flush_ready(flushed, flush);
      if (flushed == produced) break;
      std::unique_lock lock(mu_);
      done_cv_.wait(lock, [&] { return done_.count(flushed) > 0; });
    }
  }

  // ---- worker side ----
  std::optional<Article> pop() {
    std::unique_lock lock(mu_);
    work_cv_.wait(lock, [&] { return !todo_.empty() || closed_; });
    if (todo_.empty()) return std::nullopt;
    Article a = std::move(todo_.front());
    todo_.pop_front();
    return a;
  }
  void finish(ArticleResult&& r) {
    {
      std::lock_guard lock(mu_);
      const std::size_t idx = r.index;
      done_.emplace(idx, std::move(r));
    }
    done_cv_.notify_one();
  }

 private:
  template <class Flush>
  void flush_ready(std::size_t& flushed, Flush&& flush) {
    for (;;) {
      ArticleResult r;
      {
        std::lock_guard lock(mu_);
        auto it = done_.find(flushed);
        if (it == done_.end()) return;
        r = std::move(it->second);
        done_.erase(it);
      }
      ++flushed;
      flush(std::move(r));  // outside the lock: writing output may be slow
    }
  }

  std::size_t window_;
  std::mutex mu_;
  std::condition_variable work_cv_, done_cv_;
  std::deque<Article> todo_;
  std::map<std::size_t, ArticleResult> done_;
  bool closed_ = false;
};

}  // namespace

BatchTotals run_batch(ArticleSource& source, const BatchOptions& options,
                      const std::function<void(ArticleResult&&)>& sink,
                      const std::function<void(const BatchTotals&)>& on_progress) {
  const unsigned jobs = std::max(1u, options.jobs);
  WorkQueue queue(std::size_t{jobs} * 4);
  BatchTotals totals;

  std::vector<std::thread> workers;
  workers.reserve(jobs);
  for (unsigned i = 0; i < jobs; ++i) {
    workers.emplace_back([&] {
      std::string error;  // the options were checked by the caller with the same create()
      std::unique_ptr<Converter> converter = Converter::create(options.convert, error);
      while (std::optional<Article> a = queue.pop()) {
        ArticleResult r = convert_article(std::move(*a), *converter);
        // Serialising here keeps the ordered writer (the calling thread) cheap.
        if (options.jsonl_records) r.jsonl = jsonl_output_record(r.id, r.conversion, converter->format());
        queue.finish(std::move(r));
      }
    });
  }

  auto flush = [&](ArticleResult&& r) {
    ++totals.articles;
    totals.references += r.conversion.references;
    if (!r.conversion.ok()) ++totals.failed;
    for (const Diagnostic& d : r.conversion.diagnostics) {
      if (d.severity == Severity::error) ++totals.errors;
      else if (d.severity == Severity::warning) ++totals.warnings;
    }
    sink(std::move(r));
    if (on_progress) on_progress(totals);
  };

  std::size_t produced = 0, flushed = 0;
  for (;;) {
    queue.wait_for_room(produced, flushed, flush);
    std::optional<Article> a = source.next();
    if (!a) break;
    queue.push(std::move(*a));
    ++produced;
  }
  queue.close();
  queue.drain(produced, flushed, flush);
  for (std::thread& t : workers) t.join();
  return totals;
}

}  // namespace citelib::cli

// The chunk pipeline's contract (convert/pipeline.hpp): every chunk goes through read, decide,
// write and emit once; decide and emit run in input order, one chunk at a time; no more than
// a bounded number of chunks are between read and emit; an exception in any step stops the
// run and reaches the caller.
#include "convert/pipeline.hpp"

#include <catch2/catch.hpp>

#include <atomic>
#include <functional>
#include <mutex>
#include <stdexcept>
#include <vector>

using citelib::detail::Chunk;
using citelib::detail::ChunkSteps;
using citelib::detail::run_chunks;

namespace {

struct Trace {
  std::mutex m;
  std::vector<std::size_t> decided, emitted;
  std::atomic<int> in_flight{0}, most_in_flight{0}, deciding{0}, emitting{0};
  bool overlapped = false;  // two decides, or two emits, at once
  bool unwritten = false;   // a chunk emitted before it was written
  std::size_t items_read = 0;
};

ChunkSteps traced(Trace& t) {
  ChunkSteps s;
  s.read = [&t](Chunk& c) {
    const int now = ++t.in_flight;
    for (int m = t.most_in_flight; now > m && !t.most_in_flight.compare_exchange_weak(m, now);) {
    }
    c.output = std::to_string(c.begin) + "-" + std::to_string(c.end) + ";";
    std::lock_guard<std::mutex> lock(t.m);
    t.items_read += c.end - c.begin;
  };
  s.decide = [&t](Chunk& c) {
    if (++t.deciding > 1) t.overlapped = true;
    {
      std::lock_guard<std::mutex> lock(t.m);
      t.decided.push_back(c.index);
    }
    --t.deciding;
  };
  s.write = [](Chunk& c) { c.output += "w"; };
  s.emit = [&t](Chunk& c) {
    if (++t.emitting > 1) t.overlapped = true;
    if (c.output.empty() || c.output.back() != 'w') t.unwritten = true;
    {
      std::lock_guard<std::mutex> lock(t.m);
      t.emitted.push_back(c.index);
    }
    --t.emitting;
    --t.in_flight;
  };
  return s;
}

}  // namespace

TEST_CASE("run_chunks: each chunk once, ordered steps in input order, bounded in flight", "[convert]") {
  for (unsigned threads : {1u, 2u, 3u, 8u}) {
    INFO("threads " << threads);
    Trace t;
    const std::size_t items = 10'007, chunk = 64;  // 157 chunks, the last one short
    run_chunks(items, chunk, threads, traced(t));
    const std::size_t count = (items + chunk - 1) / chunk;
    REQUIRE(t.decided.size() == count);
    REQUIRE(t.emitted.size() == count);
    for (std::size_t i = 0; i < count; ++i) {
      CHECK(t.decided[i] == i);
      CHECK(t.emitted[i] == i);
    }
    CHECK(t.items_read == items);
    CHECK_FALSE(t.overlapped);
    CHECK_FALSE(t.unwritten);
    CHECK(t.most_in_flight <= static_cast<int>(threads) * 3);
  }
}

TEST_CASE("run_chunks: no items, no steps", "[convert]") {
  Trace t;
  run_chunks(0, 64, 4, traced(t));
  CHECK(t.decided.empty());
  CHECK(t.emitted.empty());
}

TEST_CASE("run_chunks: an exception in any step reaches the caller", "[convert]") {
  for (int step = 0; step < 4; ++step) {
    for (unsigned threads : {1u, 2u, 4u}) {
      INFO("step " << step << ", threads " << threads);
      Trace t;
      ChunkSteps s = traced(t);
      // Step `which` of chunk 7 throws when it is the step under test.
      const auto failing = [step](int which, std::function<void(Chunk&)> inner) {
        return [step, which, inner = std::move(inner)](Chunk& c) {
          if (which == step && c.index == 7) throw std::runtime_error("chunk 7");
          inner(c);
        };
      };
      s.read = failing(0, s.read);
      s.decide = failing(1, s.decide);
      s.write = failing(2, s.write);
      s.emit = failing(3, s.emit);
      CHECK_THROWS_WITH(run_chunks(5'000, 64, threads, s), "chunk 7");
      // Nothing after the failing chunk is emitted.
      CHECK(t.emitted.size() <= 7);
    }
  }
}

TEST_CASE("run_chunks: a chunk starts with the references of its thread's last chunk and an empty text", "[convert]") {
  // Read into again (ReferenceSlots), they cost no allocation; a chunk never sees another
  // thread's references, nor references of a chunk not yet written.
  for (unsigned threads : {1u, 3u}) {
    std::mutex m;
    std::vector<std::string> seen;  // what each read found: "" or the ids of one earlier chunk
    std::vector<std::size_t> written;
    ChunkSteps s;
    bool output_empty = true;  // an emitted chunk's text is reused emptied
    s.read = [&](Chunk& c) {
      std::string found;
      for (const citelib::Reference& r : c.refs) found += r.id + ",";
      if (!c.output.empty()) output_empty = false;
      c.output = "chunk " + std::to_string(c.index);
      c.refs.assign(c.end - c.begin, citelib::Reference{});
      for (std::size_t i = 0; i < c.refs.size(); ++i) c.refs[i].id = std::to_string(c.begin + i);
      std::lock_guard<std::mutex> lock(m);
      seen.push_back(found);
    };
    s.decide = [](Chunk&) {};
    s.write = [&](Chunk& c) {
      std::lock_guard<std::mutex> lock(m);
      written.push_back(c.index);
    };
    std::vector<std::string> emitted;
    s.emit = [&](Chunk& c) { emitted.push_back(c.output); };
    run_chunks(40, 4, threads, s);
    REQUIRE(seen.size() == 10);
    CHECK(output_empty);
    REQUIRE(emitted.size() == 10);
    for (std::size_t i = 0; i < emitted.size(); ++i) CHECK(emitted[i] == "chunk " + std::to_string(i));
    std::size_t reused = 0;
    for (const std::string& f : seen) {
      if (f.empty()) continue;
      ++reused;
      // The ids of one whole chunk, in order: "8,9,10,11,".
      const std::size_t first = std::stoul(f);
      CHECK(first % 4 == 0);
      CHECK(f == std::to_string(first) + "," + std::to_string(first + 1) + "," + std::to_string(first + 2) + "," +
                     std::to_string(first + 3) + ",");
    }
    // Each thread's first chunk starts empty; every later one reuses.
    CHECK(reused >= 10 - threads);
    if (threads == 1) CHECK(seen[1] == "0,1,2,3,");
  }
}

#pragma once
// Chunks of a long input through four steps: read (any thread), decide (in input order: what
// depends on every earlier reference), write (any thread) and emit (in input order). Each
// thread takes its chunk through all four, one ordered step at a time across threads. A
// bounded number of chunks is in flight, so memory does not grow with the input, and the
// output comes out in input order whatever the threads.

#include <citelib/diagnostic.hpp>
#include <citelib/model/reference.hpp>

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace citelib::detail {

/// State a format keeps with a chunk between its steps.
struct ChunkExtra {
  virtual ~ChunkExtra() = default;
};

struct Chunk {
  std::size_t index = 0;        ///< 0-based chunk number
  std::size_t begin = 0;        ///< first item of the input
  std::size_t end = 0;          ///< one past the last item
  std::size_t refs_before = 0;  ///< references in earlier chunks (set by the decide step)
  /// The chunk's references. When the read step starts, the references of the thread's
  /// previous chunk, to be read into again (ReferenceSlots): their memory is reused.
  std::vector<Reference> refs;
  Diagnostics diagnostics;
  std::string output;
  std::unique_ptr<ChunkExtra> extra;   ///< the output format's
  std::unique_ptr<ChunkExtra> checks;  ///< the checks' (what the ordered step compares)
};

struct ChunkSteps {
  std::function<void(Chunk&)> read;
  std::function<void(Chunk&)> decide;
  std::function<void(Chunk&)> write;
  std::function<void(Chunk&)> emit;
};

/// How an output format is written chunk by chunk.
class ChunkFormat {
 public:
  virtual ~ChunkFormat() = default;
  /// Called on a spare thread with the input's text while it is opened: builds ahead what
  /// writing will need (e.g. ICU transliterators for citation keys).
  virtual void warm_up(std::string_view text) const { (void)text; }
  /// Before the first chunk: how many items the input has (room can be made at once for what
  /// is kept of each).
  virtual void reserve(std::size_t items) { (void)items; }
  /// After the chunk is read, on any thread (e.g. what a citation key would be).
  virtual void prepare(Chunk& chunk) const { (void)chunk; }
  /// In input order (e.g. keys unique against every earlier one).
  virtual void decide(Chunk& chunk) { (void)chunk; }
  /// The chunk's text into chunk.output, on any thread.
  virtual void write(Chunk& chunk) const = 0;
  /// In input order, once the chunk is written out (e.g. to sum what it left out).
  virtual void emitted(Chunk& chunk) { (void)chunk; }
  /// After the last chunk: closing text and file-level diagnostics.
  virtual void finish(std::size_t references, std::string& out, Diagnostics& diagnostics) = 0;
};

/// Runs items [0, items) in chunks of `chunk_size` through `steps`, with `threads` threads,
/// the calling one included (1: everything on the calling thread). Each ordered step runs
/// for one chunk at a time, in input order (a decide may overlap an emit). An exception in a step is rethrown here.
void run_chunks(std::size_t items, std::size_t chunk_size, unsigned threads, const ChunkSteps& steps);

}  // namespace citelib::detail

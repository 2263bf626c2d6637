#pragma once
// A one-line progress display on stderr (articles, references per second, ETA), shown only
// when stderr is a terminal.

#include "batch/runner.hpp"

#include <chrono>
#include <cstdint>

namespace citelib::cli {

class Progress {
 public:
  explicit Progress(bool enabled);
  ~Progress();
  /// Redraws at most ten times a second.
  void update(const BatchTotals& t, std::uint64_t bytes_read, std::uint64_t bytes_total);
  /// Clears the line.
  void finish();
  double seconds() const;

 private:
  bool enabled_;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point start_, last_;
};

}  // namespace citelib::cli

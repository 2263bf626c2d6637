#pragma once
// Runs a batch: one reader thread (the caller's), N workers converting in parallel, and
// results handed to the sink in input order whatever N is. At most `window` articles are in
// flight, so memory stays bounded by the work in progress.

#include "batch/article.hpp"
#include "batch/inputs.hpp"
#include <citelib/convert.hpp>

#include <cstddef>
#include <functional>
#include <memory>
#include <optional>

namespace citelib::cli {

struct BatchOptions {
  unsigned jobs = 1;
  ConvertOptions convert;  ///< each worker creates its own Converter from these
  bool jsonl_records = false;  ///< workers also build each result's JSON Lines record
};

struct BatchTotals {
  std::size_t articles = 0;
  std::size_t references = 0;
  std::size_t warnings = 0;
  std::size_t errors = 0;
  std::size_t failed = 0;
};

/// Converts every article of `source`; `sink` sees each result once, in input order, on the
/// calling thread. `on_progress` is called on the calling thread after each result.
BatchTotals run_batch(ArticleSource& source, const BatchOptions& options,
                      const std::function<void(ArticleResult&&)>& sink,
                      const std::function<void(const BatchTotals&)>& on_progress = {});

}  // namespace citelib::cli

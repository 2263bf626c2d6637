#pragma once
// One unit of batch work: an article's reference list (and optional body), and what
// converting it produced.

#include <citelib/convert.hpp>

#include <cstddef>
#include <string>
#include <vector>

namespace citelib::cli {

/// An input as the reader thread found it. Files are read by the reader thread; JSON Lines
/// records are kept as the raw line and decoded by the worker, so decoding runs in parallel.
struct Article {
  std::size_t index = 0;     ///< position in the batch (output order)
  std::string name;          ///< file path, or "FILE:LINE" / the record's id for JSON Lines
  std::string out_stem;      ///< relative output path without extension (for --out-dir)
  std::string text;          ///< the file bytes, or the raw JSON Lines record
  bool is_jsonl_record = false;
  std::size_t jsonl_line = 0;
  std::string read_error;    ///< set when the input could not be read at all
};

/// The result of converting one article.
struct ArticleResult {
  std::size_t index = 0;
  std::string name;
  std::string id;            ///< JSON Lines "id" (or the name)
  std::string out_stem;
  Conversion conversion;     ///< output, diagnostics, reference count, or why it failed
  std::string jsonl;         ///< the JSON Lines output record, when the batch writes JSON Lines
};

}  // namespace citelib::cli

#pragma once
// The stream of articles a batch converts: files, directories (recursive, filtered by a
// glob), and JSON Lines files or stdin. Articles are produced one at a time so memory is
// bounded by the work in flight, not by the batch.

#include "batch/article.hpp"

#include <cstdint>
#include <deque>
#include <filesystem>
#include <fstream>
#include <istream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace citelib::cli {

struct InputSpec {
  std::vector<std::string> paths;  ///< files, directories, "-" for stdin
  std::string glob = "*";          ///< file-name pattern inside directories
  bool jsonl = false;              ///< read every input as JSON Lines
};

class ArticleSource {
 public:
  explicit ArticleSource(InputSpec spec);
  /// The next article, or nullopt when all inputs are consumed.
  std::optional<Article> next();
  /// Bytes of input consumed so far and in total (0 when unknown, e.g. stdin).
  std::uint64_t bytes_read() const noexcept { return bytes_read_; }
  std::uint64_t bytes_total() const noexcept { return bytes_total_; }
  /// True when the batch is a single plain file (output goes straight to stdout).
  bool is_single_document() const noexcept { return single_; }

 private:
  struct Pending {
    std::filesystem::path path;
    std::string out_stem;
    bool jsonl;
    std::string error;  ///< set for arguments that name nothing readable
  };
  void expand(const std::string& arg);
  bool open_jsonl(const Pending& p, Article& failure);

  InputSpec spec_;
  std::deque<Pending> pending_;
  std::unique_ptr<std::ifstream> jsonl_file_;
  std::istream* jsonl_ = nullptr;
  std::string jsonl_name_;
  std::size_t jsonl_line_ = 0;
  std::size_t index_ = 0;
  std::uint64_t bytes_read_ = 0;
  std::uint64_t bytes_total_ = 0;
  bool single_ = false;
};

/// True for names that look like JSON Lines (".jsonl", ".ndjson").
bool is_jsonl_name(const std::filesystem::path& p);

}  // namespace citelib::cli

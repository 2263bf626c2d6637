#pragma once
// SourceText: input bytes with a name, and the byte-offset -> (line, column) mapping that
// diagnostics use. Columns count Unicode code points, so they match what an editor shows.

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace citelib {

template <class T>
class Result;

/// A 1-based line and column; 0 means unknown.
struct SourcePosition {
  std::uint32_t line = 0;
  std::uint32_t column = 0;
  friend bool operator==(const SourcePosition&, const SourcePosition&) = default;
};

/// A half-open byte range [begin, end) in a SourceText.
struct SourceSpan {
  std::size_t begin = 0;
  std::size_t end = 0;
  friend bool operator==(const SourceSpan&, const SourceSpan&) = default;
};

/// Owns the text of one input (file, stdin, string) and its name for messages.
class SourceText {
 public:
  SourceText() = default;
  /// Wraps text already in memory. The text is not validated here; see validate_utf8().
  SourceText(std::string name, std::string text);

  /// Reads a file (or stdin for "-"), checks it is UTF-8 text (not binary, no invalid
  /// sequences; a leading BOM is removed) and returns it, or an error naming the position.
  static Result<SourceText> from_file(const std::filesystem::path& path);
  /// Same checks for bytes already read (e.g. a JSON Lines record).
  static Result<SourceText> from_bytes(std::string name, std::string bytes);
  /// As from_bytes() for bytes already found valid UTF-8 (find_invalid_utf8() gave npos):
  /// checks only for a BOM and NUL bytes, so a long input is not validated twice.
  static Result<SourceText> from_valid_utf8(std::string name, std::string bytes);

  std::string_view name() const noexcept { return name_; }
  std::string_view text() const noexcept { return text_; }
  std::size_t size() const noexcept { return text_.size(); }

  /// Line and column (1-based, columns in code points) of a byte offset. Costs a scan of at
  /// most kMarkStride bytes wherever the offset is (long lines included); thread-safe.
  SourcePosition position(std::size_t offset) const;

  /// Bytes between two stored positions (see position()).
  static constexpr std::size_t kMarkStride = 256;

 private:
  std::string name_;
  std::string text_;
  /// The position at every kMarkStride-th byte: one compact index for lines and columns,
  /// 3% of the text, so that any offset resolves with a bounded scan (a 36 MB one-line JSON
  /// file as well as a million-line .bib) and readers can ask from several threads.
  std::vector<SourcePosition> marks_;
};

/// Reads a whole file ("-" for stdin) as bytes, unchecked; an error names the file.
Result<std::string> read_file_bytes(const std::filesystem::path& path);

/// Byte offset of the first invalid UTF-8 sequence in `bytes`, or npos when it is valid.
std::size_t find_invalid_utf8(std::string_view bytes) noexcept;

/// Number of code points in UTF-8 text (bytes that do not continue a sequence).
std::size_t count_code_points(std::string_view text) noexcept;

}  // namespace citelib

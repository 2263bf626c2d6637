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

  std::string_view name() const noexcept { return name_; }
  std::string_view text() const noexcept { return text_; }
  std::size_t size() const noexcept { return text_.size(); }

  /// Line and column (1-based, columns in code points) of a byte offset.
  SourcePosition position(std::size_t offset) const;

 private:
  std::string name_;
  std::string text_;
  std::vector<std::size_t> line_starts_;
  /// Every kColumnStride bytes of the text: the code-point column there, so that columns on
  /// long lines (minified JSON, a 10 MB single-line list) cost a bounded scan, not the line.
  std::vector<std::uint32_t> column_marks_;
};

/// Line and column of increasing offsets in one pass: readers that report a position for
/// every item of a one-line file (minified JSON) would otherwise rescan the line each time.
class PositionCursor {
 public:
  explicit PositionCursor(const SourceText& source) : source_(&source) {}
  /// Same result as SourceText::position(offset); cheap when offsets do not decrease.
  SourcePosition at(std::size_t offset);

 private:
  const SourceText* source_;
  std::size_t offset_ = 0;
  SourcePosition position_{1, 1};
};

/// Reads a whole file ("-" for stdin) as bytes, unchecked; an error names the file.
Result<std::string> read_file_bytes(const std::filesystem::path& path);

/// Byte offset of the first invalid UTF-8 sequence in `bytes`, or npos when it is valid.
std::size_t find_invalid_utf8(std::string_view bytes) noexcept;

}  // namespace citelib

#pragma once
// SourceText: input bytes with a name, and the byte-offset -> (line, column) mapping that
// diagnostics use. Columns count Unicode code points, so they match what an editor shows.

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
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

/// The bytes of one input, unchecked: a regular file mapped read-only (no copy and no
/// zero-filled buffer: a 36 MB file is ready in ~3 ms instead of 12-35 ms), or bytes in
/// memory (stdin, a pipe, a string). Cheap to move; a copy shares a mapping.
class SourceBytes {
 public:
  SourceBytes() = default;
  SourceBytes(std::string bytes) : owned_(std::move(bytes)) {}  // NOLINT(google-explicit-constructor)

  std::string_view view() const noexcept {
    return mapped_ ? std::string_view(mapped_.get() + begin_, size_) : std::string_view(owned_);
  }
  std::size_t size() const noexcept { return view().size(); }
  /// Leaves out the first `n` bytes (a BOM); n <= size().
  void drop_prefix(std::size_t n);

  /// Maps the whole of a regular file (`fd` open for reading, `size` its length); empty
  /// when it cannot (the caller then reads the file).
  static std::optional<SourceBytes> map(int fd, std::size_t size);

 private:
  std::string owned_;
  std::shared_ptr<const char> mapped_;  // unmaps when the last copy goes
  std::size_t begin_ = 0;
  std::size_t size_ = 0;
};

/// Owns the text of one input (file, stdin, string) and its name for messages.
class SourceText {
 public:
  SourceText() = default;
  /// Wraps text already in memory. The text is not validated here; see validate_utf8().
  SourceText(std::string name, std::string text);
  /// Wraps bytes read or mapped (see read_source_bytes()); not validated either.
  SourceText(std::string name, SourceBytes text);

  /// Reads a file (or stdin for "-"), checks it is UTF-8 text (not binary, no invalid
  /// sequences; a leading BOM is removed) and returns it, or an error naming the position.
  static Result<SourceText> from_file(const std::filesystem::path& path);
  /// Same checks for bytes already read (e.g. a JSON Lines record).
  static Result<SourceText> from_bytes(std::string name, std::string bytes);
  /// As from_bytes() for bytes already found valid UTF-8 (find_invalid_utf8() gave npos):
  /// checks only for a BOM and NUL bytes, so a long input is not validated twice.
  static Result<SourceText> from_valid_utf8(std::string name, SourceBytes bytes);
  /// from_bytes() for bytes read or mapped by read_source_bytes().
  static Result<SourceText> from_source_bytes(std::string name, SourceBytes bytes);
  /// The common case of from_source_bytes() on `threads` threads: bytes that are valid UTF-8
  /// without a NUL byte become a SourceText (a leading BOM dropped), a long text checked and
  /// marked in parts at once. `beside`, if set, is called meanwhile on one of the threads
  /// with the text (the bytes after the BOM). nullopt, with `bytes` untouched, for any other
  /// bytes: from_source_bytes() says what is wrong with them.
  static std::optional<SourceText> from_clean_bytes(std::string name, SourceBytes& bytes, unsigned threads,
                                                    const std::function<void(std::string_view)>& beside = {});

  std::string_view name() const noexcept { return name_; }
  std::string_view text() const noexcept { return text_.view(); }
  std::size_t size() const noexcept { return text_.size(); }

  /// Line and column (1-based, columns in code points) of a byte offset. Costs a scan of at
  /// most kMarkStride bytes wherever the offset is (long lines included); thread-safe.
  SourcePosition position(std::size_t offset) const;

  /// Bytes between two stored positions (see position()).
  static constexpr std::size_t kMarkStride = 256;

 private:
  SourceText(std::string name, SourceBytes text, std::vector<SourcePosition> marks)
      : name_(std::move(name)), text_(std::move(text)), marks_(std::move(marks)) {}
  void build_marks();

  std::string name_;
  SourceBytes text_;
  /// The position at every kMarkStride-th byte: one compact index for lines and columns,
  /// 3% of the text, so that any offset resolves with a bounded scan (a 36 MB one-line JSON
  /// file as well as a million-line .bib) and readers can ask from several threads.
  std::vector<SourcePosition> marks_;
};

/// Reads a whole file ("-" for stdin) as bytes, unchecked; an error names the file.
Result<std::string> read_file_bytes(const std::filesystem::path& path);
/// As read_file_bytes(), but a regular file is mapped rather than copied (see SourceBytes).
Result<SourceBytes> read_source_bytes(const std::filesystem::path& path);

/// Byte offset of the first invalid UTF-8 sequence in `bytes`, or npos when it is valid.
std::size_t find_invalid_utf8(std::string_view bytes) noexcept;

/// Number of code points in UTF-8 text (bytes that do not continue a sequence).
std::size_t count_code_points(std::string_view text) noexcept;

}  // namespace citelib

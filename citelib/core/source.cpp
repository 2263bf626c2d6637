#include <citelib/result.hpp>
#include <citelib/source.hpp>

#include <unicode/utf8.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

namespace citelib {

namespace {

constexpr std::size_t kColumnStride = 4096;

std::vector<std::size_t> index_lines(std::string_view text) {
  std::vector<std::size_t> starts{0};
  for (std::size_t i = 0; i < text.size();) {
    const void* nl = std::memchr(text.data() + i, '\n', text.size() - i);
    if (!nl) break;
    i = static_cast<std::size_t>(static_cast<const char*>(nl) - text.data()) + 1;
    starts.push_back(i);
  }
  return starts;
}

Error input_error(DiagCode code, const std::string& name, const SourceText* src, std::size_t offset,
                  std::initializer_list<std::string_view> args, std::string summary) {
  Diagnostics d;
  Diagnostic& diag = d.report(code, src, {offset, offset + 1}, args);
  if (!src) diag.file = name;
  return Error{std::move(summary), std::move(d.items())};
}

}  // namespace

namespace {

// Column in code points: 1 + the bytes in [from, to) that do not continue a UTF-8 sequence.
std::uint32_t count_code_points(std::string_view text, std::size_t from, std::size_t to) {
  std::uint32_t n = 0;
  for (std::size_t i = from; i < to; ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++n;
  return n;
}

}  // namespace

SourceText::SourceText(std::string name, std::string text)
    : name_(std::move(name)), text_(std::move(text)), line_starts_(index_lines(text_)) {
  if (text_.size() <= kColumnStride) return;
  column_marks_.reserve(text_.size() / kColumnStride + 1);
  std::size_t line = 0;
  std::uint32_t column = 1;
  std::size_t pos = 0;
  for (std::size_t mark = 0; mark < text_.size(); mark += kColumnStride) {
    while (line + 1 < line_starts_.size() && line_starts_[line + 1] <= mark) {
      ++line;
      pos = line_starts_[line];
      column = 1;
    }
    column += count_code_points(text_, pos, mark);
    pos = mark;
    column_marks_.push_back(column);
  }
}

SourcePosition SourceText::position(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  const std::size_t line = static_cast<std::size_t>(it - line_starts_.begin());
  std::size_t from = line_starts_[line - 1];
  std::uint32_t column = 1;
  // Start from the last column mark inside this line, if any.
  const std::size_t mark = offset / kColumnStride;
  if (mark < column_marks_.size() && mark * kColumnStride > from) {
    from = mark * kColumnStride;
    column = column_marks_[mark];
  }
  return {static_cast<std::uint32_t>(line), column + count_code_points(text_, from, offset)};
}

SourcePosition PositionCursor::at(std::size_t offset) {
  const std::string_view t = source_->text();
  offset = std::min(offset, t.size());
  if (offset < offset_) {
    position_ = source_->position(offset);
    offset_ = offset;
    return position_;
  }
  // Whole lines are skipped with memchr; columns are counted on the last line only.
  std::size_t line_start = offset_;
  const char* p = t.data() + offset_;
  const char* const end = t.data() + offset;
  while (const void* nl = std::memchr(p, '\n', static_cast<std::size_t>(end - p))) {
    ++position_.line;
    position_.column = 1;
    p = static_cast<const char*>(nl) + 1;
    line_start = static_cast<std::size_t>(p - t.data());
  }
  for (std::size_t i = line_start; i < offset; ++i)
    if ((static_cast<unsigned char>(t[i]) & 0xC0) != 0x80) ++position_.column;
  offset_ = offset;
  return position_;
}

std::size_t find_invalid_utf8(std::string_view bytes) noexcept {
  const auto* s = reinterpret_cast<const uint8_t*>(bytes.data());
  const auto length = static_cast<int32_t>(std::min<std::size_t>(bytes.size(), INT32_MAX));
  int32_t i = 0;
  while (i < length) {
    // ASCII fast path: most reference text is ASCII (8 bytes at a time).
    if (s[i] < 0x80) {
      std::uint64_t word;
      while (i + 8 <= length && (std::memcpy(&word, s + i, 8), (word & 0x8080808080808080ULL) == 0)) i += 8;
      while (i < length && s[i] < 0x80) ++i;
      continue;
    }
    const int32_t at = i;
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c < 0) return static_cast<std::size_t>(at);
  }
  return std::string_view::npos;
}

Result<SourceText> SourceText::from_bytes(std::string name, std::string bytes) {
  if (bytes.size() >= 3 && bytes.compare(0, 3, "\xEF\xBB\xBF") == 0) bytes.erase(0, 3);
  if (const void* nul = std::memchr(bytes.data(), '\0', bytes.size())) {
    const auto at = static_cast<std::size_t>(static_cast<const char*>(nul) - bytes.data());
    SourceText src(name, std::string(bytes.substr(0, at)));
    return input_error(DiagCode::input_binary, name, &src, at, {},
                       name + ": binary input (NUL byte at offset " + std::to_string(at) + ")");
  }
  if (const std::size_t bad = find_invalid_utf8(bytes); bad != std::string_view::npos) {
    SourceText src(name, bytes.substr(0, bad));
    const SourcePosition p = src.position(bad);
    return input_error(DiagCode::input_invalid_utf8, name, &src, bad, {},
                       name + ":" + std::to_string(p.line) + ":" + std::to_string(p.column) +
                           ": invalid UTF-8");
  }
  return SourceText(std::move(name), std::move(bytes));
}

Result<std::string> read_file_bytes(const std::filesystem::path& path) {
  const std::string name = path.string();
  std::string bytes;
  if (name == "-") {
    bytes.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  } else {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec))
      return input_error(DiagCode::input_unreadable, name, nullptr, 0, {name, "is a directory"},
                         name + ": is a directory");
    std::ifstream in(path, std::ios::binary);
    if (!in)
      return input_error(DiagCode::input_unreadable, name, nullptr, 0,
                         {name, std::strerror(errno)}, name + ": " + std::strerror(errno));
    // A regular file is read in one piece into a buffer of its size (a stream buffer would
    // grow by doubling and copy a large file several times).
    const auto size = std::filesystem::is_regular_file(path, ec) ? std::filesystem::file_size(path, ec) : 0;
    if (!ec && size > 0) {
      bytes.resize(static_cast<std::size_t>(size));
      in.read(bytes.data(), static_cast<std::streamsize>(size));
      bytes.resize(static_cast<std::size_t>(in.gcount()));
      if (in.gcount() == static_cast<std::streamsize>(size) && in.peek() == std::char_traits<char>::eof())
        return bytes;
      in.clear();  // the file grew while being read: take the rest as a stream
    }
    std::ostringstream ss;
    ss << in.rdbuf();
    bytes += std::move(ss).str();
  }
  return bytes;
}

Result<SourceText> SourceText::from_file(const std::filesystem::path& path) {
  Result<std::string> bytes = read_file_bytes(path);
  if (!bytes) return bytes.error();
  return from_bytes(path.string(), std::move(*bytes));
}

}  // namespace citelib

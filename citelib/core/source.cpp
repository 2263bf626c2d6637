#include <citelib/result.hpp>
#include <citelib/source.hpp>

#include "core/parallel.hpp"

#include <unicode/utf8.h>

#include <simdjson.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <iterator>
#include <memory>
#include <optional>

#if defined(__linux__)
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace citelib {

namespace {

Error input_error(DiagCode code, const std::string& name, const SourceText* src, std::size_t offset,
                  std::initializer_list<std::string_view> args, std::string summary) {
  Diagnostics d;
  Diagnostic& diag = d.report(code, src, {offset, offset + 1}, args);
  if (!src) diag.file = name;
  return Error{std::move(summary), std::move(d.items())};
}

// Code points (bytes that do not continue a sequence) and line feeds in a block of bytes,
// counted in 8-bit lanes: the compiler keeps 16 (or 32) counters per vector register and
// adds them up once, instead of widening every byte to a 64-bit sum (~10x fewer
// instructions than a byte-by-byte count into a size_t).
struct ByteCounts {
  std::uint32_t code_points = 0;
  std::uint32_t lines = 0;
};

// At most 255 (what an 8-bit lane can count); 128 divides the mark stride.
constexpr std::size_t kLaneBlock = 128;

inline std::uint32_t code_points_in_block(const unsigned char* s, std::size_t n) noexcept {
  std::uint8_t cps = 0;
  for (std::size_t i = 0; i < n; ++i) cps += static_cast<std::uint8_t>((s[i] & 0xC0) != 0x80);
  return cps;
}

inline ByteCounts counts_in_block(const unsigned char* s, std::size_t n) noexcept {
  std::uint8_t cps = 0;
  std::uint8_t lines = 0;
  for (std::size_t i = 0; i < n; ++i) {
    cps += static_cast<std::uint8_t>((s[i] & 0xC0) != 0x80);
    lines += static_cast<std::uint8_t>(s[i] == '\n');
  }
  return {cps, lines};
}

// Moves `p` over `text`: lines by '\n', columns by code points. One pass counts both; only
// the last block with a line feed is searched for it, and the code points after it recounted.
void advance(SourcePosition& p, std::string_view text) noexcept {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  std::uint32_t lines = 0;
  std::uint32_t cps = 0;  // code points of the blocks after the last one with a line feed
  std::size_t last_block = 0;
  std::size_t last_size = 0;
  for (std::size_t at = 0; at < text.size(); at += kLaneBlock) {
    const std::size_t n = std::min(kLaneBlock, text.size() - at);
    const ByteCounts c = counts_in_block(s + at, n);
    if (c.lines == 0) {
      cps += c.code_points;
      continue;
    }
    lines += c.lines;
    last_block = at;
    last_size = n;
    cps = 0;
  }
  if (lines == 0) {
    p.column += cps;
    return;
  }
  const auto* last = static_cast<const unsigned char*>(memrchr(s + last_block, '\n', last_size));
  const auto* block_end = s + last_block + last_size;
  p.line += lines;
  p.column = 1 + cps + code_points_in_block(last + 1, static_cast<std::size_t>(block_end - (last + 1)));
}

// A large input buffer is filled once and read many times: 2 MB pages make first touching it
// a few dozen faults instead of thousands (36 MB: ~50 -> ~20 ms). Advice only; where the
// kernel has no transparent huge pages nothing changes.
void advise_huge_pages(const char* data, std::size_t size) noexcept {
#if defined(MADV_HUGEPAGE)
  constexpr std::size_t kMin = std::size_t{8} << 20;
  if (size < kMin) return;
  const auto page = static_cast<std::uintptr_t>(4096);
  const auto begin = (reinterpret_cast<std::uintptr_t>(data) + page - 1) & ~(page - 1);
  const auto end = (reinterpret_cast<std::uintptr_t>(data) + size) & ~(page - 1);
  if (end > begin) (void)madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE);
#else
  (void)data;
  (void)size;
#endif
}

}  // namespace

std::size_t count_code_points(std::string_view text) noexcept {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  std::size_t n = 0;
  for (std::size_t at = 0; at < text.size(); at += kLaneBlock)
    n += code_points_in_block(s + at, std::min(kLaneBlock, text.size() - at));
  return n;
}

void SourceBytes::drop_prefix(std::size_t n) {
  if (mapped_) {
    begin_ += n;
    size_ -= n;
  } else {
    owned_.erase(0, n);
  }
}

std::optional<SourceBytes> SourceBytes::map(int fd, std::size_t size) {
#if defined(__linux__)
  if (size == 0) return std::nullopt;
  // Not MAP_POPULATE: the cached pages are mapped as they are first read (sixteen a fault,
  // the kernel's fault-around), which costs one thread about what populating does, and
  // from_clean_bytes() reads them on every thread at once, while populating kept all but
  // this one waiting.
  void* p = mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
  if (p == MAP_FAILED) return std::nullopt;
  SourceBytes b;
  b.mapped_ = std::shared_ptr<const char>(static_cast<const char*>(p),
                                          [size](const char* q) { munmap(const_cast<char*>(q), size); });
  b.size_ = size;
  return b;
#else
  (void)fd;
  (void)size;
  return std::nullopt;
#endif
}

SourceText::SourceText(std::string name, std::string text) : name_(std::move(name)), text_(std::move(text)) {
  build_marks();
}

SourceText::SourceText(std::string name, SourceBytes text) : name_(std::move(name)), text_(std::move(text)) {
  build_marks();
}

void SourceText::build_marks() {
  const std::string_view text = text_.view();
  marks_.reserve(text.size() / kMarkStride + 1);
  SourcePosition p{1, 1};
  marks_.push_back(p);
  for (std::size_t mark = kMarkStride; mark < text.size(); mark += kMarkStride) {
    advance(p, text.substr(mark - kMarkStride, kMarkStride));
    marks_.push_back(p);
  }
}

SourcePosition SourceText::position(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  const std::size_t mark = std::min(offset / kMarkStride, marks_.size() - 1);
  SourcePosition p = marks_[mark];
  advance(p, text_.view().substr(mark * kMarkStride, offset - mark * kMarkStride));
  return p;
}

std::size_t find_invalid_utf8(std::string_view bytes) noexcept {
  // simdjson validates a whole file at memory speed; the position is looked for only when
  // there is something to find.
  if (simdjson::validate_utf8(bytes.data(), bytes.size())) return std::string_view::npos;
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

namespace {

// The BOM is dropped; a NUL byte makes the input binary (an error with its position).
std::optional<Error> strip_bom_and_check_binary(const std::string& name, SourceBytes& bytes) {
  if (bytes.view().starts_with("\xEF\xBB\xBF")) bytes.drop_prefix(3);
  const std::string_view text = bytes.view();
  if (const void* nul = std::memchr(text.data(), '\0', text.size())) {
    const auto at = static_cast<std::size_t>(static_cast<const char*>(nul) - text.data());
    SourceText src(name, std::string(text.substr(0, at)));
    return input_error(DiagCode::input_binary, name, &src, at, {},
                       name + ": binary input (NUL byte at offset " + std::to_string(at) + ")");
  }
  return std::nullopt;
}

}  // namespace

Result<SourceText> SourceText::from_valid_utf8(std::string name, SourceBytes bytes) {
  if (std::optional<Error> e = strip_bom_and_check_binary(name, bytes)) return std::move(*e);
  return SourceText(std::move(name), std::move(bytes));
}

Result<SourceText> SourceText::from_bytes(std::string name, std::string bytes) {
  return from_source_bytes(std::move(name), SourceBytes(std::move(bytes)));
}

Result<SourceText> SourceText::from_source_bytes(std::string name, SourceBytes bytes) {
  if (std::optional<Error> e = strip_bom_and_check_binary(name, bytes)) return std::move(*e);
  if (const std::size_t bad = find_invalid_utf8(bytes.view()); bad != std::string_view::npos) {
    SourceText src(name, std::string(bytes.view().substr(0, bad)));
    const SourcePosition p = src.position(bad);
    return input_error(DiagCode::input_invalid_utf8, name, &src, bad, {},
                       name + ":" + std::to_string(p.line) + ":" + std::to_string(p.column) +
                           ": invalid UTF-8");
  }
  return SourceText(std::move(name), std::move(bytes));
}

namespace {

// A long text is checked and marked in parts of this many bytes, each by whichever thread
// claims it: a part stays in the core's cache from one pass over it to the next, and a
// thread that gets less of a busy machine takes fewer parts. A multiple of kMarkStride.
constexpr std::size_t kCheckPart = std::size_t{256} << 10;
static_assert(kCheckPart % SourceText::kMarkStride == 0);
// Shorter texts are one part, on the calling thread: a thread costs more than it saves.
constexpr std::size_t kCheckInPartsBytes = std::size_t{1} << 20;

// `at`, or the first byte after it that does not continue a UTF-8 sequence: a cut there
// splits no sequence, so the text is valid UTF-8 if and only if the bytes on each side
// are. nullopt after four continuation bytes (no valid text has them).
std::optional<std::size_t> sequence_start(std::string_view t, std::size_t at) noexcept {
  for (const std::size_t limit = std::min(at + 4, t.size()); at < limit; ++at)
    if ((static_cast<unsigned char>(t[at]) & 0xC0) != 0x80) return at;
  if (at == t.size()) return at;
  return std::nullopt;
}

// Where `rel` (a position counted from {1, 1} at some byte) is, counted from `from` at it.
SourcePosition shifted(SourcePosition from, SourcePosition rel) noexcept {
  if (rel.line == 1) return {from.line, from.column + rel.column - 1};
  return {from.line + rel.line - 1, rel.column};
}

// Part [begin, end) of `t`: true when its bytes are valid UTF-8 (the cuts moved to sequence
// starts) without a NUL byte. Its marks go to marks[begin / stride ...], counted from {1, 1}
// at `begin`; `end_at` is the position at `end` counted so.
bool check_part(std::string_view t, std::size_t begin, std::size_t end, std::vector<SourcePosition>& marks,
                SourcePosition& end_at) {
  const std::optional<std::size_t> from = begin == 0 ? std::optional(begin) : sequence_start(t, begin);
  const std::optional<std::size_t> to = end == t.size() ? std::optional(end) : sequence_start(t, end);
  if (!from || !to || !simdjson::validate_utf8(t.data() + *from, *to - *from)) return false;
  if (std::memchr(t.data() + begin, '\0', end - begin)) return false;
  constexpr std::size_t stride = SourceText::kMarkStride;
  SourcePosition p{1, 1};
  marks[begin / stride] = p;
  std::size_t at = begin;
  for (; at + stride < end; at += stride) {
    advance(p, t.substr(at, stride));
    marks[(at + stride) / stride] = p;
  }
  advance(p, t.substr(at, end - at));
  end_at = p;
  return true;
}

}  // namespace

std::optional<SourceText> SourceText::from_clean_bytes(std::string name, SourceBytes& bytes, unsigned threads,
                                                       const std::function<void(std::string_view)>& beside) {
  const std::size_t bom = bytes.view().starts_with("\xEF\xBB\xBF") ? 3 : 0;
  const std::string_view text = bytes.view().substr(bom);
  const std::size_t parts = text.size() < kCheckInPartsBytes ? 1 : (text.size() + kCheckPart - 1) / kCheckPart;
  // As build_marks(): one per kMarkStride bytes, and one for an empty text.
  std::vector<SourcePosition> marks(text.empty() ? 1 : (text.size() + kMarkStride - 1) / kMarkStride);
  std::vector<SourcePosition> part_ends(parts);
  std::vector<char> clean(parts, 0);
  // Block 0 is `beside`, if any; then the parts, in any order.
  const std::size_t first_part = beside ? 1 : 0;
  detail::claim_blocks(first_part + parts, threads, [&](std::size_t block) {
    if (block < first_part) {
      beside(text);
      return true;
    }
    const std::size_t k = block - first_part;
    const std::size_t begin = k * kCheckPart, end = k + 1 == parts ? text.size() : begin + kCheckPart;
    clean[k] = check_part(text, begin, end, marks, part_ends[k]);
    return clean[k] != 0;
  });
  if (std::find(clean.begin(), clean.end(), 0) != clean.end()) return std::nullopt;
  // Each part's marks counted from where the parts before it end.
  SourcePosition at{1, 1};
  for (std::size_t k = 0; k < parts; ++k) {
    if (k > 0) {
      const std::size_t first = k * kCheckPart / kMarkStride, last = std::min(marks.size(), (k + 1) * kCheckPart / kMarkStride);
      for (std::size_t m = first; m < last; ++m) marks[m] = shifted(at, marks[m]);
    }
    at = shifted(at, part_ends[k]);
  }
  bytes.drop_prefix(bom);
  return SourceText(std::move(name), std::move(bytes), std::move(marks));
}

Result<std::string> read_file_bytes(const std::filesystem::path& path) {
  const std::string name = path.string();
  std::string bytes;
  if (name == "-") {
    bytes.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    return bytes;
  }
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec))
    return input_error(DiagCode::input_unreadable, name, nullptr, 0, {name, "is a directory"},
                       name + ": is a directory");
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> f(std::fopen(name.c_str(), "rb"), &std::fclose);
  if (!f)
    return input_error(DiagCode::input_unreadable, name, nullptr, 0, {name, std::strerror(errno)},
                       name + ": " + std::strerror(errno));
  // One read into a buffer of the file's size (a stream would copy a large file twice); a
  // file that grows while read (or a pipe) is read on to its end.
  const std::uintmax_t size = std::filesystem::file_size(path, ec);
  if (!ec) {
    bytes.reserve(static_cast<std::size_t>(size));
    advise_huge_pages(bytes.data(), static_cast<std::size_t>(size));
    bytes.resize(static_cast<std::size_t>(size));
  }
  std::size_t got = bytes.empty() ? 0 : std::fread(bytes.data(), 1, bytes.size(), f.get());
  bytes.resize(got);
  char buf[65536];
  while (std::size_t n = std::fread(buf, 1, sizeof buf, f.get())) bytes.append(buf, n);
  if (std::ferror(f.get()))
    return input_error(DiagCode::input_unreadable, name, nullptr, 0, {name, std::strerror(errno)},
                       name + ": " + std::strerror(errno));
  return bytes;
}

Result<SourceBytes> read_source_bytes(const std::filesystem::path& path) {
#if defined(__linux__)
  // Mapped only when long: reading a short file costs little, and unmapping one in a
  // process whose threads convert many files stops them all for a TLB flush. A file cut
  // short while it is mapped would fault, as with any program that maps its input.
  constexpr std::size_t kMapAtLeast = std::size_t{1} << 20;
  if (path.string() != "-") {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
      struct stat st {};
      std::optional<SourceBytes> mapped;
      if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && static_cast<std::size_t>(st.st_size) >= kMapAtLeast)
        mapped = SourceBytes::map(fd, static_cast<std::size_t>(st.st_size));
      ::close(fd);
      if (mapped) return std::move(*mapped);
    }
  }
#endif
  Result<std::string> bytes = read_file_bytes(path);
  if (!bytes) return bytes.error();
  return SourceBytes(std::move(*bytes));
}

Result<SourceText> SourceText::from_file(const std::filesystem::path& path) {
  Result<SourceBytes> bytes = read_source_bytes(path);
  if (!bytes) return bytes.error();
  return from_source_bytes(path.string(), std::move(*bytes));
}

}  // namespace citelib

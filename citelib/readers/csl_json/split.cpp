#include "readers/csl_json/split.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <thread>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace citelib::csl_json {

namespace {

bool is_ws(char c) noexcept { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }

// The next '"' or '\\' at or after `i`, or text.size(). Strings are most of a CSL-JSON file:
// 16 bytes at a time here is what makes the split cost a few milliseconds per 36 MB.
std::size_t find_quote_or_backslash(std::string_view t, std::size_t i) noexcept {
#if defined(__SSE2__)
  const __m128i quote = _mm_set1_epi8('"');
  const __m128i backslash = _mm_set1_epi8('\\');
  for (; i + 16 <= t.size(); i += 16) {
    const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i*>(t.data() + i));
    const int mask = _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(chunk, quote), _mm_cmpeq_epi8(chunk, backslash)));
    if (mask != 0) return i + static_cast<std::size_t>(__builtin_ctz(static_cast<unsigned>(mask)));
  }
#endif
  for (; i < t.size(); ++i)
    if (t[i] == '"' || t[i] == '\\') return i;
  return t.size();
}

// One past the closing quote of the string whose opening quote is at `i`, or npos.
std::size_t string_end(std::string_view t, std::size_t i) noexcept {
  ++i;
  while (true) {
    i = find_quote_or_backslash(t, i);
    if (i >= t.size()) return std::string_view::npos;
    if (t[i] == '"') return i + 1;
    i += 2;  // an escape: the escaped character cannot end the string
  }
}

// Bit masks of 64 bytes of text: quotes, backslashes, opening and closing brackets.
struct BlockMasks {
  std::uint64_t quote = 0, backslash = 0, open = 0, close = 0;
};

BlockMasks block_masks(const char* p) noexcept {
  BlockMasks m;
#if defined(__SSE2__)
  const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\');
  // '[' and '{' differ only in bit 0x20, as do ']' and '}' (and no other byte becomes '{'
  // or '}' with it set): one comparison finds both kinds of each.
  const __m128i case_bit = _mm_set1_epi8(0x20);
  const __m128i open_curly = _mm_set1_epi8('{'), close_curly = _mm_set1_epi8('}');
  for (int k = 0; k < 4; ++k) {
    const __m128i c = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * k));
    const __m128i folded = _mm_or_si128(c, case_bit);
    const auto bits = [&](__m128i eq) {
      return static_cast<std::uint64_t>(static_cast<unsigned>(_mm_movemask_epi8(eq))) << (16 * k);
    };
    m.quote |= bits(_mm_cmpeq_epi8(c, quote));
    m.backslash |= bits(_mm_cmpeq_epi8(c, backslash));
    m.open |= bits(_mm_cmpeq_epi8(folded, open_curly));
    m.close |= bits(_mm_cmpeq_epi8(folded, close_curly));
  }
#else
  for (int k = 0; k < 64; ++k) {
    const std::uint64_t bit = std::uint64_t{1} << k;
    const char c = p[k];
    if (c == '"') m.quote |= bit;
    else if (c == '\\') m.backslash |= bit;
    else if (c == '[' || c == '{') m.open |= bit;
    else if (c == ']' || c == '}') m.close |= bit;
  }
#endif
  return m;
}

// The characters escaped by a backslash (odd runs of backslashes escape the next byte);
// `carry` says whether the block before ended in an unfinished escape, and is updated.
std::uint64_t escaped_chars(std::uint64_t backslash, std::uint64_t& carry) noexcept {
  if (backslash == 0) {
    const std::uint64_t escaped = carry;
    carry = 0;
    return escaped;
  }
  backslash &= ~carry;  // a backslash escaped by the block before escapes nothing
  const std::uint64_t follows_escape = (backslash << 1) | carry;
  constexpr std::uint64_t even_bits = 0x5555555555555555ULL;
  const std::uint64_t odd_starts = backslash & ~even_bits & ~follows_escape;
  std::uint64_t even_starts = 0;
  carry = __builtin_add_overflow(odd_starts, backslash, &even_starts) ? 1 : 0;
  return (even_bits ^ (even_starts << 1)) & follows_escape;
}

// The number of bits set in x, inline: on baseline x86-64 (no POPCNT) __builtin_popcountll
// is a call into libgcc, two per block, which cost a sixth of the split.
constexpr int count_bits(std::uint64_t x) noexcept {
  x = x - ((x >> 1) & 0x5555555555555555ULL);
  x = (x & 0x3333333333333333ULL) + ((x >> 2) & 0x3333333333333333ULL);
  x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0FULL;
  return static_cast<int>((x * 0x0101010101010101ULL) >> 56);
}

// Bits set from each unescaped quote up to (not including) the next: the bytes inside strings
// (and their opening quotes).
std::uint64_t prefix_xor(std::uint64_t x) noexcept {
  x ^= x << 1;
  x ^= x << 2;
  x ^= x << 4;
  x ^= x << 8;
  x ^= x << 16;
  x ^= x << 32;
  return x;
}

// One past the closing bracket of the object or array opening at `i`, or npos when the text
// ends first. The text is read 64 bytes at a time as bit masks: quotes that escapes leave
// alone open and close strings, and only brackets outside strings count (by kind not
// matched: a mismatch is a syntax error the parser reports). A block whose closing brackets
// cannot bring the depth to zero is passed over with two population counts.
std::size_t container_end(std::string_view t, std::size_t i) noexcept {
  std::uint64_t escape_carry = 0, in_string_carry = 0;
  std::int64_t depth = 0;
  char tail[64];
  for (std::size_t p = i; p < t.size(); p += 64) {
    const char* block = t.data() + p;
    if (t.size() - p < 64) {
      std::memset(tail, ' ', sizeof tail);
      std::memcpy(tail, block, t.size() - p);
      block = tail;
    }
    const BlockMasks m = block_masks(block);
    const std::uint64_t quotes = m.quote & ~escaped_chars(m.backslash, escape_carry);
    const std::uint64_t in_string = prefix_xor(quotes) ^ in_string_carry;
    in_string_carry = static_cast<std::uint64_t>(static_cast<std::int64_t>(in_string) >> 63);
    const std::uint64_t open = m.open & ~in_string, close = m.close & ~in_string;
    const int closes = count_bits(close);
    if (depth > closes) {
      depth += count_bits(open) - closes;
      continue;
    }
    for (std::uint64_t b = open | close; b != 0; b &= b - 1) {
      const int at = __builtin_ctzll(b);
      if (open >> at & 1) ++depth;
      else if (--depth == 0) return p + static_cast<std::size_t>(at) + 1;
    }
  }
  return std::string_view::npos;
}

// One past the end of the value starting at `i` (an object, array, string or scalar token),
// or npos when the text ends first.
std::size_t value_end(std::string_view t, std::size_t i) noexcept {
  const char c = t[i];
  if (c == '"') return string_end(t, i);
  if (c == '{' || c == '[') return container_end(t, i);
  while (i < t.size() && !is_ws(t[i]) && t[i] != ',' && t[i] != ']' && t[i] != '}') ++i;
  return i;
}

std::size_t skip_ws(std::string_view t, std::size_t i) noexcept {
  while (i < t.size() && is_ws(t[i])) ++i;
  return i;
}

// The elements of the array from `i`, the start of one, appended to `out`: `closed` when the
// array then closes properly (only whitespace after it), else broken. A scan given `stop`
// ends, neither closed nor broken, at the first element starting at or after it
// (`stopped_at`).
struct Scan {
  bool closed = false;
  std::size_t stopped_at = std::string_view::npos;
};

Scan scan_elements(std::string_view t, std::size_t i, std::size_t stop, std::vector<Element>& out) {
  Scan scan;
  while (i < t.size()) {
    if (i >= stop) {
      scan.stopped_at = i;
      return scan;
    }
    const std::size_t e = value_end(t, i);
    if (e == std::string_view::npos || e == i) break;
    out.push_back({i, e});
    i = skip_ws(t, e);
    if (i < t.size() && t[i] == ',') {
      i = skip_ws(t, i + 1);
      continue;
    }
    scan.closed = i < t.size() && t[i] == ']' && skip_ws(t, i + 1) == t.size();
    break;
  }
  return scan;
}

// Where an element likely starts at or after `from`: the '{' of "}, {" (whitespace allowed
// around the comma), found within `within` bytes; npos when there is none. A guess: the
// bytes may be inside a string, which the scan before it tells.
std::size_t likely_element_start(std::string_view t, std::size_t from, std::size_t within) noexcept {
  const std::size_t end = std::min(t.size(), from + within);
  for (std::size_t i = from; i < end;) {
    const void* hit = std::memchr(t.data() + i, ',', end - i);
    if (!hit) return std::string_view::npos;
    const std::size_t comma = static_cast<std::size_t>(static_cast<const char*>(hit) - t.data());
    std::size_t before = comma;
    while (before > from && is_ws(t[before - 1])) --before;
    const std::size_t after = skip_ws(t, comma + 1);
    if (before > from && t[before - 1] == '}' && after < t.size() && t[after] == '{') return after;
    i = comma + 1;
  }
  return std::string_view::npos;
}

}  // namespace

Split split_top_level(std::string_view t, unsigned threads, std::size_t parallel_from) {
  Split out;
  std::size_t i = skip_ws(t, 0);
  if (i >= t.size()) return out;
  if (t[i] != '[') {
    const std::size_t e = value_end(t, i);
    if (e == std::string_view::npos || e == i || skip_ws(t, e) != t.size()) return out;
    out.shape = t[i] == '{' ? Split::Shape::object : t[i] == '[' ? Split::Shape::invalid : Split::Shape::scalar;
    if (out.shape == Split::Shape::object) out.elements.push_back({i, e});
    return out;
  }
  i = skip_ws(t, i + 1);
  out.elements.reserve(t.size() / 256 + 1);
  if (i < t.size() && t[i] == ']') {
    if (skip_ws(t, i + 1) == t.size()) out.shape = Split::Shape::array;
    return out;
  }
  // A long array in two halves at once: the second from an element start guessed in the
  // middle. The first half's scan confirms the guess when it reaches an element starting
  // exactly there; otherwise (the guess was inside a value) it goes on alone, as one scan
  // would have.
  Scan scan;
  const std::size_t guess = threads > 1 && t.size() - i >= parallel_from
                                ? likely_element_start(t, i + (t.size() - i) / 2, std::size_t{1} << 20)
                                : std::string_view::npos;
  if (guess != std::string_view::npos) {
    std::vector<Element> second;
    second.reserve((t.size() - guess) / 256 + 1);
    Scan second_scan;
    {
      std::jthread other([&] { second_scan = scan_elements(t, guess, std::string_view::npos, second); });
      scan = scan_elements(t, i, guess, out.elements);
    }
    if (scan.stopped_at == guess) {
      out.elements.insert(out.elements.end(), second.begin(), second.end());
      scan = second_scan;
    } else if (scan.stopped_at != std::string_view::npos) {
      scan = scan_elements(t, scan.stopped_at, std::string_view::npos, out.elements);
    }
  } else {
    scan = scan_elements(t, i, std::string_view::npos, out.elements);
  }
  if (scan.closed) out.shape = Split::Shape::array;
  else out.elements.clear();
  return out;
}

std::string_view json_type_name(char c) noexcept {
  switch (c) {
    case '{': return "object";
    case '[': return "array";
    case '"': return "string";
    case 't': case 'f': return "boolean";
    case 'n': return "null";
    default: return "number";
  }
}

}  // namespace citelib::csl_json

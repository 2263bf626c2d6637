#include "readers/csl_json/split.hpp"

#include <cstring>

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

// The next '"', '{', '}', '[' or ']' at or after `i`, or text.size(): between strings a
// (pretty-printed) item is mostly indentation, which this skips 16 bytes at a time.
std::size_t find_structural(std::string_view t, std::size_t i) noexcept {
  auto structural = [](char c) { return c == '"' || c == '{' || c == '}' || c == '[' || c == ']'; };
#if defined(__SSE2__)
  const __m128i quote = _mm_set1_epi8('"');
  const __m128i open_square = _mm_set1_epi8('['), close_square = _mm_set1_epi8(']');
  const __m128i open_curly = _mm_set1_epi8('{'), close_curly = _mm_set1_epi8('}');
  for (; i + 16 <= t.size(); i += 16) {
    const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i*>(t.data() + i));
    const __m128i brackets = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(chunk, open_square), _mm_cmpeq_epi8(chunk, close_square)),
                                          _mm_or_si128(_mm_cmpeq_epi8(chunk, open_curly), _mm_cmpeq_epi8(chunk, close_curly)));
    const __m128i hit = _mm_or_si128(_mm_cmpeq_epi8(chunk, quote), brackets);
    const int mask = _mm_movemask_epi8(hit);
    if (mask != 0) return i + static_cast<std::size_t>(__builtin_ctz(static_cast<unsigned>(mask)));
  }
#endif
  for (; i < t.size(); ++i)
    if (structural(t[i])) return i;
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

// One past the end of the value starting at `i` (an object, array, string or scalar token),
// or npos when the text ends first. Brackets are only counted, not matched by kind: a
// mismatch is a syntax error the parser reports.
std::size_t value_end(std::string_view t, std::size_t i) noexcept {
  const char c = t[i];
  if (c == '"') return string_end(t, i);
  if (c != '{' && c != '[') {
    while (i < t.size() && !is_ws(t[i]) && t[i] != ',' && t[i] != ']' && t[i] != '}') ++i;
    return i;
  }
  std::size_t depth = 0;
  while (true) {
    i = find_structural(t, i);
    if (i >= t.size()) break;
    const char d = t[i];
    if (d == '"') {
      i = string_end(t, i);
      if (i == std::string_view::npos) return i;
      continue;
    }
    if (d == '{' || d == '[') ++depth;
    else if ((d == '}' || d == ']') && --depth == 0) return i + 1;
    ++i;
  }
  return std::string_view::npos;
}

std::size_t skip_ws(std::string_view t, std::size_t i) noexcept {
  while (i < t.size() && is_ws(t[i])) ++i;
  return i;
}

}  // namespace

Split split_top_level(std::string_view t) {
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
  while (i < t.size()) {
    const std::size_t e = value_end(t, i);
    if (e == std::string_view::npos || e == i) break;
    out.elements.push_back({i, e});
    i = skip_ws(t, e);
    if (i < t.size() && t[i] == ',') {
      i = skip_ws(t, i + 1);
      continue;
    }
    if (i < t.size() && t[i] == ']' && skip_ws(t, i + 1) == t.size()) {
      out.shape = Split::Shape::array;
      return out;
    }
    break;
  }
  out.elements.clear();
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

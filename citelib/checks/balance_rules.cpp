// Unbalanced quotation marks and brackets. Each family is balanced on its own (straight
// quotes, curly quotes, guillemets, brackets), so that a quote closed inside a parenthesis
// is not taken for a crossing. Titles keep their inner quotes ("A: "B"" is balanced).
#include "context.hpp"

#include "core/byte_scan.hpp"

#include <unicode/utf8.h>

#include <array>
#include <cstdint>
#include <cstring>
#include <string>

namespace citelib::checks {

namespace {

struct Mark {
  char32_t c;
  TextRange at;
};

constexpr int kMaxPerReference = 4;  // a mangled item would otherwise report every mark

// A stack without heap allocation: nesting deeper than this is not real text. Its slots are
// left uninitialised (only [0, n_) is ever read): a scanner is made for every piece of text,
// and zeroing four stacks cost more than scanning most pieces.
class MarkStack {
 public:
  static constexpr std::size_t kCapacity = 24;
  bool empty() const noexcept { return n_ == 0; }
  std::size_t size() const noexcept { return n_; }
  const Mark& back() const noexcept { return slots_.marks[n_ - 1]; }
  const Mark& operator[](std::size_t i) const noexcept { return slots_.marks[i]; }
  void push_back(const Mark& m) noexcept {
    if (n_ < kCapacity) slots_.marks[n_++] = m;
  }
  void pop_back() noexcept { --n_; }
  void resize(std::size_t n) noexcept { n_ = n; }
  const Mark* begin() const noexcept { return slots_.marks; }
  const Mark* end() const noexcept { return slots_.marks + n_; }

 private:
  union Slots {
    Slots() noexcept {}
    Mark marks[kCapacity];
  } slots_;
  std::size_t n_ = 0;
};

std::string utf8(char32_t c) {
  std::string s;
  char buf[4];
  int32_t n = 0;
  UBool err = false;
  U8_APPEND(reinterpret_cast<uint8_t*>(buf), n, 4, static_cast<UChar32>(c), err);
  if (!err) s.assign(buf, static_cast<std::size_t>(n));
  return s;
}

bool is_space_cp(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0 || (c >= 0x2000 && c <= 0x200A) ||
         c == 0x202F || c == 0x3000;
}

char32_t closer_of(char32_t open) {
  switch (open) {
    case '(': return ')';
    case '[': return ']';
    case '{': return '}';
    case 0x300C: return 0x300D;  // 「」
    case 0x300E: return 0x300F;  // 『』
    case 0x3010: return 0x3011;  // 【】
    case 0xFF08: return 0xFF09;  // fullwidth parentheses
    default: return 0;
  }
}

char32_t opener_of(char32_t close) {
  switch (close) {
    case ')': return '(';
    case ']': return '[';
    case '}': return '{';
    case 0x300D: return 0x300C;
    case 0x300F: return 0x300E;
    case 0x3011: return 0x3010;
    case 0xFF09: return 0xFF08;
    default: return 0;
  }
}

// Bytes that may start a tracked mark: the ASCII quote and brackets, and the lead bytes of
// the others: C2 (guillemets), E2 (curly quotes), E3 (CJK brackets), EF (fullwidth
// parentheses). Everything else is skipped with one table look-up per byte.
constexpr std::array<bool, 256> kMayStartMark = [] {
  std::array<bool, 256> t{};
  for (unsigned char c : {'"', '(', ')', '[', ']', '{', '}'}) t[c] = true;
  for (unsigned c : {0xC2u, 0xE2u, 0xE3u, 0xEFu}) t[c] = true;
  return t;
}();

// The first byte at or after `i` that may start a mark, or s.size(). Sixteen bytes at a time
// while none does (nearly all text): one vector compare per kind of byte instead of a table
// look-up per byte.
std::size_t next_mark_start(std::string_view s, std::size_t i) noexcept {
  return detail::find_byte_if(
      s, i,
      [](const detail::Bytes16& v) {
        const detail::Bytes16 lower = v | 0x20, pair = v & 0xFE;
        // '"'; '(' ')'; '[' '{'; ']' '}'; C2; E2 E3; EF.
        return (v == 0x22) | (pair == 0x28) | (lower == 0x7B) | (lower == 0x7D) | (v == 0xC2) | (pair == 0xE2) |
               (v == 0xEF);
      },
      [](unsigned char b) { return kMayStartMark[b]; });
}

struct CodePoint {
  char32_t c;
  std::size_t end;
};

CodePoint code_point_at(std::string_view s, std::size_t i) noexcept {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  auto k = static_cast<int32_t>(i);
  UChar32 c;
  U8_NEXT(p, k, static_cast<int32_t>(s.size()), c);
  return {c < 0 ? 0xFFFD : static_cast<char32_t>(c), static_cast<std::size_t>(k)};
}

// The code point that ends just before s[i]; 0 at the start.
char32_t code_point_before(std::string_view s, std::size_t i) noexcept {
  if (i == 0) return 0;
  std::size_t k = i - 1;
  while (k > 0 && i - k < 4 && (static_cast<unsigned char>(s[k]) & 0xC0) == 0x80) --k;
  return code_point_at(s, k).c;
}

bool is_mark(char32_t c) noexcept {
  return c == 0x201C || c == 0x201D || c == 0x201E || c == 0xAB || c == 0xBB || closer_of(c) || opener_of(c);
}

class Scanner {
 public:
  Scanner(const Reference& r, const ReferenceText& text, const TextPiece& piece, CheckContext& cx, int& budget)
      : r_(r), text_(text), piece_(piece), cx_(cx), budget_(budget) {}

  /// Scans the piece from `first`, the first byte that may start a mark.
  void run(std::size_t first) {
    const std::string_view s = piece_.text;
    for (std::size_t i = first; i < s.size(); i = next_mark_start(s, i + 1)) {
      const auto b = static_cast<unsigned char>(s[i]);
      const CodePoint here = code_point_at(s, i);
      if (b >= 0x80 && !is_mark(here.c)) continue;
      const char32_t next = here.end < s.size() ? code_point_at(s, here.end).c : 0;
      step(here.c, TextRange{i, here.end}, code_point_before(s, i), next);
      i = here.end - 1;
    }
    for (const Mark& m : straight_) unmatched_open(DiagCode::quote_unbalanced, m, '"');
    for (const Mark& m : curly_) unmatched_open(DiagCode::quote_unbalanced, m, m.c == 0x201E ? 0x201C : 0x201D);
    for (const Mark& m : guillemets_) unmatched_open(DiagCode::quote_unbalanced, m, guillemet_close_);
    for (const Mark& m : brackets_) unmatched_open(DiagCode::bracket_unbalanced, m, closer_of(m.c));
  }

 private:
  void step(char32_t c, TextRange at, char32_t prev, char32_t next) {
    if (c == '"') {
      const bool can_close = prev && !is_space_cp(prev);
      const bool can_open = next && !is_space_cp(next);
      if (!straight_.empty() && can_close) straight_.pop_back();
      else if (can_open) straight_.push_back({c, at});
      else if (can_close) unmatched_close(DiagCode::quote_unbalanced, {c, at}, '"');
      // Spaces on both sides ("Texto \" Platforms:\" ignorado"): closes an open quote, else opens.
      else if (!straight_.empty()) straight_.pop_back();
      else straight_.push_back({c, at});
      return;
    }
    if (c == 0x201E) { curly_.push_back({c, at}); return; }         // „ opens (de, pl, ...)
    // Mojibake of an en or em dash ("â€“", "â€”") ends in a curly quote that is no quote.
    if ((c == 0x201C || c == 0x201D) && at.begin >= 5 && piece_.text.compare(at.begin - 5, 5, "\u00e2\u20ac") == 0)
      return;
    if (c == 0x201C) {                                               // “ opens, or closes „
      if (!curly_.empty() && curly_.back().c == 0x201E) curly_.pop_back();
      else curly_.push_back({c, at});
      return;
    }
    if (c == 0x201D) {                                               // ” closes
      if (!curly_.empty()) curly_.pop_back();
      else unmatched_close(DiagCode::quote_unbalanced, {c, at}, 0x201C);
      return;
    }
    if (c == 0xAB || c == 0xBB) {
      // Between spaces, « opens a French-spaced quotation ("« Titre »", whose » may be
      // followed by a comma) and » closes one that is open; a » with nothing to close, or a
      // « in German »…« text, is a separator ("Blog » Archive") and is not tracked.
      if (is_space_cp(prev) && (is_space_cp(next) || !next)) {
        if (c == 0xBB && (guillemet_open_ != 0xAB || guillemets_.empty())) return;
        if (c == 0xAB && guillemet_open_ == 0xBB) return;
      }
      // «…» in most languages, »…« in German and Danish: the first one seen opens.
      if (!guillemet_open_) {
        guillemet_open_ = c;
        guillemet_close_ = c == 0xAB ? 0xBB : 0xAB;
      }
      if (c == guillemet_open_) guillemets_.push_back({c, at});
      else if (!guillemets_.empty()) guillemets_.pop_back();
      else unmatched_close(DiagCode::quote_unbalanced, {c, at}, guillemet_open_);
      return;
    }
    if (closer_of(c)) { brackets_.push_back({c, at}); return; }
    if (const char32_t open = opener_of(c)) {
      for (std::size_t k = brackets_.size(); k-- > 0;) {
        if (brackets_[k].c != open) continue;
        for (std::size_t u = k + 1; u < brackets_.size(); ++u)
          unmatched_open(DiagCode::bracket_unbalanced, brackets_[u], closer_of(brackets_[u].c));
        brackets_.resize(k);
        return;
      }
      unmatched_close(DiagCode::bracket_unbalanced, {c, at}, open);
    }
  }

  void unmatched_open(DiagCode code, const Mark& m, char32_t partner) { emit(code, m, partner); }
  void unmatched_close(DiagCode code, const Mark& m, char32_t partner) { emit(code, m, partner); }

  void emit(DiagCode code, const Mark& m, char32_t partner) {
    if (budget_ <= 0) return;
    --budget_;
    cx_.report(code, r_, text_.span(piece_, m.at), {utf8(m.c), utf8(partner)});
  }

  const Reference& r_;
  const ReferenceText& text_;
  const TextPiece& piece_;
  CheckContext& cx_;
  int& budget_;
  MarkStack straight_, curly_, guillemets_, brackets_;
  char32_t guillemet_open_ = 0, guillemet_close_ = 0;
};

}  // namespace

void check_balance(const Reference& r, const ReferenceText& text, CheckContext& cx) {
  int budget = kMaxPerReference;
  text.for_each_piece([&](const TextPiece& piece) {
    // Most pieces hold no mark at all: no scanner is set up for them.
    const std::size_t first = next_mark_start(piece.text, 0);
    if (first < piece.text.size()) Scanner(r, text, piece, cx, budget).run(first);
  });
}

}  // namespace citelib::checks

#include "readers/list/quotes.hpp"

#include "core/text.hpp"

namespace citelib::list {

namespace {

constexpr std::size_t kMaxTitle = 600;

struct Pair {
  std::string_view open, close;
};
constexpr Pair kPairs[] = {
    {"\"", "\""}, {"\u00AB", "\u00BB"}, {"\u201C", "\u201D"}, {"\u201E", "\u201C"}, {"\u201E", "\u201D"},
};

// After a closing quote: the end, punctuation, or a space before something that is not a
// lowercase word ("\"Holandés\" hace referencia" is not a title).
bool closes_here(std::string_view t, std::size_t after) {
  if (after >= t.size()) return true;
  const char c = t[after];
  if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' || c == ']') return true;
  if (const std::size_t sp = text::space_len_at(t, after)) {
    std::size_t j = after + sp;
    while (const std::size_t more = text::space_len_at(t, j)) j += more;
    // ru "«Зенит» — чемпион": an em dash before a lowercase word goes on with the title (CS1's
    // "– via" takes an en dash).
    if (t.compare(j, 3, "\u2014") == 0 && j + 3 < t.size() && text::space_len_at(t, j + 3)) {
      std::size_t w = j + 3;
      while (const std::size_t more = text::space_len_at(t, w)) w += more;
      if (w < t.size() && text::starts_lower(t.substr(w))) return false;
    }
    return j >= t.size() || !text::starts_lower(t.substr(j));
  }
  // "«Title»(html)" and a dash straight after the quote.
  return c == '(' || c == '[' || text::dash_len_at(t, after) > 0;
}

}  // namespace

std::optional<QuotedSpan> quoted_at(std::string_view t, std::size_t pos) {
  for (const Pair& p : kPairs) {
    if (t[pos] != p.open[0] || t.compare(pos, p.open.size(), p.open) != 0) continue;
    std::size_t inner = pos + p.open.size();
    // French typography puts a (non-breaking) space inside « ».
    const bool spaced = p.open == "\u00AB";
    if (spaced)
      while (inner < t.size() && text::space_len_at(t, inner)) inner += text::space_len_at(t, inner);
    if (inner >= t.size() || text::space_len_at(t, inner)) continue;
    const std::size_t limit = std::min(t.size(), inner + kMaxTitle);
    const bool straight = p.open == "\"";
    int depth = 0;       // nesting of « » and “ ”
    int straight_n = 0;  // straight quotes seen inside
    const char open0 = p.open[0], close0 = p.close[0];
    for (std::size_t q = inner; q < limit; ++q) {
      const char b = t[q];
      if (b != open0 && b != close0 && b != '"') continue;
      if (!straight && b == open0 && t.compare(q, p.open.size(), p.open) == 0 && p.open != p.close) {
        ++depth;
        q += p.open.size() - 1;
        continue;
      }
      if (t.compare(q, p.close.size(), p.close) != 0) {
        if (t[q] == '"') ++straight_n;
        continue;
      }
      const std::size_t after = q + p.close.size();
      if (!straight && depth > 0) {
        --depth;
        q = after - 1;
        continue;
      }
      const bool balanced = !straight || straight_n % 2 == 0;
      std::size_t inner_end = q;
      if (spaced)
        while (inner_end > inner && text::space_len_at(t, text::prev_start(t, inner_end)))
          inner_end = text::prev_start(t, inner_end);
      // American punctuation puts the comma inside the quotes ("Title," in Proc. …, Chicago's
      // "Chapter," in The Book): a quote after a comma closes before a lowercase word too.
      if (inner_end > inner && balanced && !text::space_len_at(t, inner_end - 1) &&
          (closes_here(t, after) || (t[inner_end - 1] == ',' && after < t.size() && t[after] == ' ')))
        return QuotedSpan{pos, after, inner, inner_end};
      if (straight) ++straight_n;
      q = after - 1;
    }
  }
  return std::nullopt;
}

std::string_view without_title_marks(std::string_view v) noexcept {
  // 〈〉 《》 「」 『』: U+3008-U+300F pairs, three bytes each in UTF-8 (E3 80 88-8F).
  if (v.size() < 7 || v.compare(0, 2, "\xE3\x80") != 0 || v.compare(v.size() - 3, 2, "\xE3\x80") != 0) return v;
  const auto open = static_cast<unsigned char>(v[2]), close = static_cast<unsigned char>(v.back());
  if (open < 0x88 || open > 0x8F || open % 2 != 0 || close != open + 1) return v;
  // "《A》과 《B》": two works, not one name in marks.
  if (v.substr(3, v.size() - 6).find(v.substr(v.size() - 3)) != std::string_view::npos) return v;
  return text::trim(v.substr(3, v.size() - 6));
}

std::optional<QuotedSpan> find_quoted(std::string_view t, std::size_t from, std::size_t to) {
  to = std::min(to, t.size());
  // Quote characters that open nothing are skipped; after this many the text is not one
  // with a quoted title (and long hostile input stays linear).
  int attempts = 0;
  for (std::size_t i = from; i < to && attempts < 32; ++i) {
    const unsigned char c = static_cast<unsigned char>(t[i]);
    if (c != '"' && c != 0xC2 && c != 0xE2) continue;
    // An opening quote starts an element: nothing alphanumeric right before it.
    if (i > 0 && !text::at_word_start(t, i)) continue;
    if (auto q = quoted_at(t, i)) return q;
    if (c == '"' || t.compare(i, 2, "\u00AB") == 0 || t.compare(i, 3, "\u201C") == 0 || t.compare(i, 3, "\u201E") == 0)
      ++attempts;
  }
  return std::nullopt;
}

}  // namespace citelib::list

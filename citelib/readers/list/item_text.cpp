#include "readers/list/item_text.hpp"

#include "core/text.hpp"

namespace citelib::list {

namespace {

// Markdown constructs are looked for within this many bytes, so that hostile input ("[[[[",
// "****") stays linear.
constexpr std::size_t kMaxSpan = 4096;
constexpr int kMaxDepth = 8;

bool is_ascii_punct(char c) {
  return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
}

class Builder {
 public:
  Builder(std::string_view src, std::size_t base, bool md, ItemText& out) : s_(src), base_(base), md_(md), out_(out) {}

  // Bytes that need a look: whitespace (ASCII, and the lead bytes of NBSP, U+2000-U+205F,
  // U+3000, U+FEFF, and of the "Â" of a NBSP in mojibake) and, in markdown, the markup
  // characters. Everything else is copied in runs.
  bool special(unsigned char c) const {
    switch (c) {
      case ' ': case '\t': case '\n': case '\r': case 0xC2: case 0xC3: case 0xE2: case 0xE3: case 0xEF: return true;
      case '\\': case '[': case '*': case '_': case '`': return md_;
      default: return false;
    }
  }

  void run(std::size_t b, std::size_t e, int depth) {
    std::size_t i = b;
    while (i < e) {
      std::size_t j = i;
      while (j < e && !special(static_cast<unsigned char>(s_[j]))) ++j;
      if (j > i) {
        emit(i, j - i);
        i = j;
        continue;
      }
      const char c = s_[i];
      if (const std::size_t sp = text::space_len_at(s_, i)) {
        whitespace(i, sp);
        i += sp;
        continue;
      }
      // "Â" + NBSP is a NBSP of UTF-8 text read as Latin-1 and saved again (the mojibake of old
      // text dumps: "ISBNÂ 0-13-602060-7", "pp.Â 49–52"): a space, as the NBSP was.
      if (i + 3 < e && s_.compare(i, 4, "\u00C2\u00A0") == 0) {
        whitespace(i, 4);
        i += 4;
        continue;
      }
      // Invisible marks (U+200B-U+200F: zero-width space and joiners, the left-to-right mark
      // fr.wikipedia prints after "Le Monde,"): no text, so no separator either.
      if (static_cast<unsigned char>(c) == 0xE2 && i + 2 < e && static_cast<unsigned char>(s_[i + 1]) == 0x80 &&
          static_cast<unsigned char>(s_[i + 2]) >= 0x8B && static_cast<unsigned char>(s_[i + 2]) <= 0x8F) {
        i += 3;
        continue;
      }
      if (md_ && depth < kMaxDepth) {
        if (c == '\\' && i + 1 < e && is_ascii_punct(s_[i + 1])) {
          emit(i + 1, 1);
          i += 2;
          continue;
        }
        if (c == '[') {
          std::size_t tb, te, after;
          std::string_view target;
          if (link(i, e, &tb, &te, &target, &after)) {
            flush_space();
            const auto start = static_cast<std::uint32_t>(out_.text.size());
            run(tb, te, depth + 1);
            out_.links.push_back({start, static_cast<std::uint32_t>(out_.text.size()), target});
            i = after;
            continue;
          }
        }
        if (c == '*' || (c == '_' && text::at_word_start(s_, i))) {
          std::size_t k = 0;
          while (i + k < e && s_[i + k] == c && k < 4) ++k;
          std::size_t close;
          if (k <= 3 && emphasis_close(i, k, e, &close)) {
            flush_space();
            const auto start = static_cast<std::uint32_t>(out_.text.size());
            run(i + k, close, depth + 1);
            out_.emphasis.push_back({start, static_cast<std::uint32_t>(out_.text.size()), k != 2, k >= 2});
            i = close + k;
            continue;
          }
        }
        if (c == '`') {
          ++i;
          continue;
        }
      }
      const std::size_t n = static_cast<unsigned char>(c) < 0x80 ? 1 : text::decode(s_, i).len;
      emit(i, n);
      i += n;
    }
  }

 private:
  void whitespace(std::size_t i, std::size_t len) {
    if (!pending_) {
      pending_ = true;
      pending_origin_ = i;
      pending_newline_ = false;
    }
    for (std::size_t k = i; k < i + len; ++k)
      if (s_[k] == '\n') pending_newline_ = true;
  }

  void flush_space() {
    if (!pending_) return;
    pending_ = false;
    std::string& t = out_.text;
    if (t.empty() || t.back() == ' ') return;
    // A dump that wrapped inside a word ("10.1109/" + newline + "CSPA") joins without space;
    // GOST's " //" before the journal is no word's ("Название //" + newline + "Журнал").
    if (pending_newline_ && (t.back() == '-' || t.back() == '/')) {
      std::size_t k = t.size();
      while (k > 0 && (t[k - 1] == '-' || t[k - 1] == '/')) --k;
      if (k > 0 && t[k - 1] != ' ') return;
    }
    t.push_back(' ');
    out_.origin.push_back(static_cast<std::uint32_t>(base_ + pending_origin_));
  }

  void emit(std::size_t i, std::size_t n) {
    flush_space();
    out_.text.append(s_.data() + i, n);
    const std::size_t old = out_.origin.size();
    out_.origin.resize(old + n);
    for (std::size_t k = 0; k < n; ++k) out_.origin[old + k] = static_cast<std::uint32_t>(base_ + i + k);
  }

  // [text](target "title") starting at i; returns the text span and what follows.
  bool link(std::size_t i, std::size_t e, std::size_t* tb, std::size_t* te, std::string_view* target, std::size_t* after) {
    const std::size_t limit = std::min(e, i + kMaxSpan);
    int depth = 0;
    std::size_t j = i;
    for (; j < limit; ++j) {
      if (s_[j] == '\\') {
        ++j;
        continue;
      }
      if (s_[j] == '[') ++depth;
      else if (s_[j] == ']' && --depth == 0) break;
    }
    if (j >= limit || j + 1 >= e || s_[j + 1] != '(') return false;
    const std::size_t open = j + 1;
    std::size_t k = open + 1;
    int paren = 0;
    const std::size_t tlimit = std::min(e, open + kMaxSpan);
    while (k < tlimit) {
      const char c = s_[k];
      if (c == '(') ++paren;
      else if (c == ')') {
        if (paren == 0) break;
        --paren;
      } else if (c == ' ' || c == '\n') {
        break;
      }
      ++k;
    }
    if (k >= tlimit) return false;
    const std::size_t target_end = k;
    if (s_[k] != ')') {
      // Optional title: spaces, "...", spaces, ')'.
      while (k < tlimit && (s_[k] == ' ' || s_[k] == '\n')) ++k;
      if (k < tlimit && s_[k] == '"') {
        const std::size_t q = s_.find('"', k + 1);
        if (q == std::string_view::npos || q >= tlimit) return false;
        k = q + 1;
        while (k < tlimit && s_[k] == ' ') ++k;
      }
      if (k >= tlimit || s_[k] != ')') return false;
    }
    *tb = i + 1;
    *te = j;
    *target = s_.substr(open + 1, target_end - open - 1);
    *after = k + 1;
    return true;
  }

  // The closing run of exactly k markers for the run at i.
  bool emphasis_close(std::size_t i, std::size_t k, std::size_t e, std::size_t* close) {
    if (i + k >= e || text::space_len_at(s_, i + k)) return false;
    const char c = s_[i];
    const std::size_t limit = std::min(e, i + kMaxSpan);
    for (std::size_t j = i + k + 1; j + k <= limit; ++j) {
      if (s_[j] != c) continue;
      std::size_t run = 0;
      while (j + run < e && s_[j + run] == c) ++run;
      if (run == k && !text::space_len_at(s_, j - 1) &&
          (c != '_' || text::at_word_end(s_, j + k))) {
        *close = j;
        return true;
      }
      j += run - 1;
    }
    return false;
  }

  std::string_view s_;
  std::size_t base_;
  bool md_;
  ItemText& out_;
  bool pending_ = false;
  bool pending_newline_ = false;
  std::size_t pending_origin_ = 0;
};

}  // namespace

void build_item_text(std::string_view raw, std::size_t base, bool markdown, ItemText& out) {
  out.text.clear();
  out.origin.clear();
  out.links.clear();
  out.emphasis.clear();
  Builder b(raw, base, markdown, out);
  b.run(0, raw.size(), 0);
  out.origin.push_back(static_cast<std::uint32_t>(base + raw.size()));
}

bool looks_like_markdown(std::string_view raw) noexcept {
  return raw.find("](") != std::string_view::npos || raw.find("**") != std::string_view::npos ||
         raw.find("\\[") != std::string_view::npos;
}

}  // namespace citelib::list

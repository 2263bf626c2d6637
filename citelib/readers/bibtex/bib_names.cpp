#include "readers/bibtex/bib_names.hpp"

#include <citelib/readers/bibtex.hpp>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <iterator>
#include <string>
#include <vector>

namespace citelib::bibtex {

namespace {

bool blank(char c) noexcept { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '~'; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && blank(s.front())) s.remove_prefix(1);
  while (!s.empty() && blank(s.back())) s.remove_suffix(1);
  return s;
}

/// Pieces of a name field: a few names, parts and words each, held without a heap
/// allocation up to kInline (a list of names is parsed for every entry read).
class Pieces {
 public:
  static constexpr std::size_t kInline = 12;
  void push_back(std::string_view v) {
    if (n_ < kInline) inline_[n_] = v;
    else {
      if (n_ == kInline) more_.assign(inline_.begin(), inline_.end());
      more_.push_back(v);
    }
    ++n_;
  }
  std::size_t size() const noexcept { return n_; }
  bool empty() const noexcept { return n_ == 0; }
  const std::string_view* begin() const noexcept { return n_ <= kInline ? inline_.data() : more_.data(); }
  const std::string_view* end() const noexcept { return begin() + n_; }
  const std::string_view& operator[](std::size_t i) const noexcept { return begin()[i]; }

 private:
  std::array<std::string_view, kInline> inline_;
  std::vector<std::string_view> more_;
  std::size_t n_ = 0;
};

/// The bytes split_depth0 acts on: braces, the backslash that escapes them, and the bytes a
/// separator can start with (`sep_start`).
using ByteSet = std::array<bool, 256>;
constexpr ByteSet split_bytes(std::string_view sep_start) {
  ByteSet t{};
  for (const char c : std::string_view("{}\\")) t[static_cast<unsigned char>(c)] = true;
  for (const char c : sep_start) t[static_cast<unsigned char>(c)] = true;
  return t;
}
constexpr ByteSet kBlankSplit = split_bytes(" \t\n\r~");
constexpr ByteSet kCommaSplit = split_bytes(",");

/// Calls `piece` with each part of `s` between depth-0 occurrences of `sep` (a predicate on
/// the position, false on every byte outside `acts`): the bytes in between are skipped with
/// one table lookup each.
template <class AtSep, class Piece>
void for_each_depth0_piece(std::string_view s, const ByteSet& acts, AtSep at_sep, Piece piece) {
  int depth = 0;
  std::size_t from = 0;
  const std::size_t n = s.size();
  for (std::size_t i = 0; i < n; ++i) {
    while (i < n && !acts[static_cast<unsigned char>(s[i])]) ++i;
    if (i == n) break;
    const char c = s[i];
    if (c == '\\' && i + 1 < s.size() && (s[i + 1] == '{' || s[i + 1] == '}')) { ++i; continue; }
    if (c == '{') ++depth;
    else if (c == '}') { if (depth > 0) --depth; }
    else if (depth == 0) {
      if (std::size_t len = at_sep(s, i); len > 0) {
        piece(s.substr(from, i - from));
        from = i + len;
        i = from - 1;
      }
    }
  }
  piece(s.substr(from));
}

/// The parts of `s` between depth-0 occurrences of `sep` (see for_each_depth0_piece).
template <class AtSep>
Pieces split_depth0(std::string_view s, const ByteSet& acts, AtSep at_sep) {
  Pieces out;
  for_each_depth0_piece(s, acts, at_sep, [&out](std::string_view p) { out.push_back(p); });
  return out;
}

/// True when the word reads as a "von" particle: its first letter at brace depth 0 (or
/// inside a special character such as {\'e}) is lower case.
bool is_von(std::string_view w) {
  int depth = 0;
  for (std::size_t i = 0; i < w.size(); ++i) {
    const char c = w[i];
    if (c == '{') {
      // {\'e}: a special character counts by its letter; any other group counts as upper.
      if (depth == 0 && i + 1 < w.size() && w[i + 1] == '\\') {
        const std::string letter = decode_latex(w.substr(i));
        if (letter.empty()) return false;
        UChar32 cp;
        int32_t k = 0;
        U8_NEXT(reinterpret_cast<const uint8_t*>(letter.data()), k, static_cast<int32_t>(letter.size()), cp);
        return cp >= 0 && u_islower(cp);
      }
      if (depth == 0) return false;
      ++depth;
      continue;
    }
    if (c == '}') { --depth; continue; }
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x80 && !std::isalpha(u)) continue;
    if (u < 0x80) return std::islower(u);
    UChar32 cp;
    auto k = static_cast<int32_t>(i);
    U8_NEXT(reinterpret_cast<const uint8_t*>(w.data()), k, static_cast<int32_t>(w.size()), cp);
    if (cp < 0 || !u_isalpha(cp)) { i = static_cast<std::size_t>(k) - 1; continue; }
    return u_islower(cp);
  }
  return false;
}

/// True for the generational suffixes of names: Jr., Sr., II, III, IV.
bool is_generational(std::string_view w) {
  static constexpr std::string_view kSuffixes[] = {"Jr.", "Jr", "jr.", "Sr.", "Sr", "Jnr", "Snr", "II", "III", "IV"};
  return std::find(std::begin(kSuffixes), std::end(kSuffixes), w) != std::end(kSuffixes);
}

Pieces words(std::string_view s) {
  Pieces out;
  for_each_depth0_piece(s, kBlankSplit, [](std::string_view t, std::size_t i) -> std::size_t { return blank(t[i]) ? 1 : 0; },
                        [&out](std::string_view w) {
                          if (!trim(w).empty()) out.push_back(trim(w));
                        });
  return out;
}

/// Words [b, e) joined by single spaces, decoded.
std::string decode_words(const Pieces& ws, std::size_t b, std::size_t e) {
  if (b >= e) return {};  // (decode_latex of nothing)
  // Words of one text already one space apart: decoded where they are.
  bool single_spaced = true;
  for (std::size_t i = b + 1; i < e && single_spaced; ++i)
    single_spaced = ws[i].data() == ws[i - 1].data() + ws[i - 1].size() + 1 && ws[i - 1].data()[ws[i - 1].size()] == ' ';
  if (single_spaced) return decode_latex({ws[b].data(), static_cast<std::size_t>(ws[e - 1].data() + ws[e - 1].size() - ws[b].data())});
  std::string joined;
  for (std::size_t i = b; i < e; ++i) {
    if (i > b) joined += ' ';
    joined.append(ws[i]);
  }
  return decode_latex(joined);
}

/// The value of a biblatex extended-format part ("family={van Gogh}"), or nullopt.
bool extended_part(std::string_view part, std::string_view& key, std::string_view& value) {
  part = trim(part);
  const std::size_t eq = part.find('=');
  if (eq == std::string_view::npos) return false;
  key = trim(part.substr(0, eq));
  value = trim(part.substr(eq + 1));
  return key == "family" || key == "given" || key == "prefix" || key == "suffix" || key == "useprefix" ||
         key == "giveni" || key == "familyi" || key == "prefixi" || key == "suffixi";
}

/// Parses one name into `n` (a Name just made, in its place in the list: no move of its parts).
void parse_one(std::string_view s, Name& n) {
  s = trim(s);
  // One brace group around the whole name: an organisation or a name kept whole.
  if (s.size() >= 2 && s.front() == '{' && s.back() == '}') {
    int depth = 0;
    std::size_t close = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
      if (s[i] == '{') ++depth;
      else if (s[i] == '}' && --depth == 0) { close = i; break; }
    }
    if (close == s.size() - 1) {
      n.literal = decode_latex(s.substr(1, s.size() - 2));
      return;
    }
  }
  const auto parts = split_depth0(s, kCommaSplit, [](std::string_view t, std::size_t i) -> std::size_t { return t[i] == ',' ? 1 : 0; });
  // biblatex's extended name format.
  std::string_view k, v;
  if (extended_part(parts[0], k, v)) {
    for (std::string_view p : parts) {
      if (!extended_part(p, k, v)) continue;
      const std::string value = decode_latex(v);
      if (k == "family") n.family = value;
      else if (k == "given") n.given = value;
      else if (k == "prefix") n.non_dropping_particle = value;
      else if (k == "suffix") n.suffix = value;
    }
    return;
  }
  // First von Last, of the words [0, size): von starts at the first lower-case word before
  // the last word and ends at the last lower-case word before it.
  auto first_von_last = [&n](const Pieces& ws, std::size_t size) {
    std::size_t vb = size - 1, ve = size - 1;
    for (std::size_t i = 0; i + 1 < size; ++i)
      if (is_von(ws[i])) { vb = i; break; }
    if (vb < size - 1) {
      for (std::size_t i = size - 1; i-- > vb;)
        if (is_von(ws[i])) { ve = i + 1; break; }
    } else {
      vb = ve = size - 1;
    }
    n.given = decode_words(ws, 0, vb);
    n.non_dropping_particle = decode_words(ws, vb, ve);
    n.family = decode_words(ws, ve, size);
  };
  if (parts.size() == 1) {
    const auto ws = words(parts[0]);
    if (ws.empty()) return;
    // "Hal Daum{\'e} III" (DBLP): BibTeX would make "III" the family name; it is the suffix.
    const bool suffixed = ws.size() >= 2 && is_generational(ws[ws.size() - 1]);
    first_von_last(ws, suffixed ? ws.size() - 1 : ws.size());
    if (suffixed) n.suffix = decode_latex(ws[ws.size() - 1]);
    return;
  }
  if (parts.size() == 2 && is_generational(trim(parts[1]))) {
    // "Martin Luther King, Jr.": the comma sets off the suffix, not a given name.
    const auto ws = words(parts[0]);
    if (ws.size() >= 2) {
      first_von_last(ws, ws.size());
      n.suffix = decode_latex(trim(parts[1]));
      return;
    }
  }
  // von Last, [Jr,] First
  const auto ws = words(parts[0]);
  std::size_t ve = 0;
  for (std::size_t i = 0; i + 1 < ws.size(); ++i)
    if (is_von(ws[i])) ve = i + 1;
  n.non_dropping_particle = decode_words(ws, 0, ve);
  n.family = decode_words(ws, ve, ws.size());
  if (parts.size() == 2) {
    n.given = decode_latex(trim(parts[1]));
  } else {
    n.suffix = decode_latex(trim(parts[1]));
    // More commas than the grammar has: the rest is the given name, commas kept.
    std::string given(trim(parts[2]));
    for (std::size_t i = 3; i < parts.size(); ++i) given += "," + std::string(parts[i]);
    n.given = decode_latex(trim(given));
  }
}

}  // namespace

NameList parse_name_list(std::string_view tex) {
  NameList out;
  const auto items = split_depth0(tex, kBlankSplit, [](std::string_view t, std::size_t i) -> std::size_t {
    // " and " (any case) between blanks.
    if (!blank(t[i]) || i + 5 > t.size()) return 0;
    if ((t[i + 1] | 0x20) != 'a' || (t[i + 2] | 0x20) != 'n' || (t[i + 3] | 0x20) != 'd' || !blank(t[i + 4])) return 0;
    return 5;
  });
  out.names.reserve(items.size());  // no regrowth: each move of a Name moves its strings
  for (std::string_view item : items) {
    item = trim(item);
    if (item.empty()) continue;
    if (item == "others") {
      out.others = true;
      continue;
    }
    Name& n = out.names.emplace_back();  // within the room reserved: no reallocation
    parse_one(item, n);
    if (n.empty()) out.names.pop_back();
  }
  return out;
}

}  // namespace citelib::bibtex

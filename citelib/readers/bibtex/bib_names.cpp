#include "readers/bibtex/bib_names.hpp"

#include <citelib/readers/bibtex.hpp>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace citelib::bibtex {

namespace {

bool blank(char c) noexcept { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '~'; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && blank(s.front())) s.remove_prefix(1);
  while (!s.empty() && blank(s.back())) s.remove_suffix(1);
  return s;
}

/// Splits `s` at depth-0 occurrences of `sep` (a predicate on the position).
template <class AtSep>
std::vector<std::string_view> split_depth0(std::string_view s, AtSep at_sep) {
  std::vector<std::string_view> out;
  int depth = 0;
  std::size_t from = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c == '\\' && i + 1 < s.size() && (s[i + 1] == '{' || s[i + 1] == '}')) { ++i; continue; }
    if (c == '{') ++depth;
    else if (c == '}') { if (depth > 0) --depth; }
    else if (depth == 0) {
      if (std::size_t len = at_sep(s, i); len > 0) {
        out.push_back(s.substr(from, i - from));
        from = i + len;
        i = from - 1;
      }
    }
  }
  out.push_back(s.substr(from));
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

std::vector<std::string_view> words(std::string_view s) {
  std::vector<std::string_view> out;
  for (std::string_view w : split_depth0(s, [](std::string_view t, std::size_t i) -> std::size_t { return blank(t[i]) ? 1 : 0; }))
    if (!trim(w).empty()) out.push_back(trim(w));
  return out;
}

std::string join(const std::vector<std::string_view>& ws, std::size_t b, std::size_t e) {
  std::string out;
  for (std::size_t i = b; i < e; ++i) {
    if (i > b) out += ' ';
    out.append(ws[i]);
  }
  return out;
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

Name parse_one(std::string_view s) {
  Name n;
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
      return n;
    }
  }
  const auto parts = split_depth0(s, [](std::string_view t, std::size_t i) -> std::size_t { return t[i] == ',' ? 1 : 0; });
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
    return n;
  }
  std::vector<std::string_view> first, von, last, jr;
  if (parts.size() == 1) {
    const auto ws = words(parts[0]);
    if (ws.empty()) return n;
    // First von Last: von starts at the first lower-case word before the last word and ends
    // at the last lower-case word before it.
    std::size_t vb = ws.size() - 1, ve = ws.size() - 1;
    for (std::size_t i = 0; i + 1 < ws.size(); ++i)
      if (is_von(ws[i])) { vb = i; break; }
    if (vb < ws.size() - 1) {
      for (std::size_t i = ws.size() - 1; i-- > vb;)
        if (is_von(ws[i])) { ve = i + 1; break; }
    } else {
      vb = ve = ws.size() - 1;
    }
    n.given = decode_latex(join(ws, 0, vb));
    n.non_dropping_particle = decode_latex(join(ws, vb, ve));
    n.family = decode_latex(join(ws, ve, ws.size()));
    return n;
  }
  // von Last, [Jr,] First
  const auto ws = words(parts[0]);
  std::size_t ve = 0;
  for (std::size_t i = 0; i + 1 < ws.size(); ++i)
    if (is_von(ws[i])) ve = i + 1;
  n.non_dropping_particle = decode_latex(join(ws, 0, ve));
  n.family = decode_latex(join(ws, ve, ws.size()));
  if (parts.size() == 2) {
    n.given = decode_latex(trim(parts[1]));
  } else {
    n.suffix = decode_latex(trim(parts[1]));
    // More commas than the grammar has: the rest is the given name, commas kept.
    std::string given(trim(parts[2]));
    for (std::size_t i = 3; i < parts.size(); ++i) given += "," + std::string(parts[i]);
    n.given = decode_latex(trim(given));
  }
  return n;
}

}  // namespace

NameList parse_name_list(std::string_view tex) {
  NameList out;
  const auto items = split_depth0(tex, [](std::string_view t, std::size_t i) -> std::size_t {
    // " and " (any case) between blanks.
    if (!blank(t[i]) || i + 5 > t.size()) return 0;
    if ((t[i + 1] | 0x20) != 'a' || (t[i + 2] | 0x20) != 'n' || (t[i + 3] | 0x20) != 'd' || !blank(t[i + 4])) return 0;
    return 5;
  });
  for (std::string_view item : items) {
    item = trim(item);
    if (item.empty()) continue;
    if (item == "others") {
      out.others = true;
      continue;
    }
    Name n = parse_one(item);
    if (!n.empty()) out.names.push_back(std::move(n));
  }
  return out;
}

}  // namespace citelib::bibtex

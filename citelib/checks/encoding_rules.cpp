// Text that went through the wrong hands: mojibake (UTF-8 decoded as Latin-1 or
// Windows-1252: "Ã©" for "é", "â€“" or "â\u0080\u0093" for "–") and leaked style sheets
// or HTML tags.
#include "context.hpp"

#include "core/byte_scan.hpp"
#include "core/legacy_encoding.hpp"

#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <string>

namespace citelib::checks {

namespace {

struct CodePoint {
  char32_t c;
  std::size_t begin, end;
};

CodePoint next_cp(std::string_view s, std::size_t i) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  auto k = static_cast<int32_t>(i);
  UChar32 c;
  U8_NEXT(p, k, static_cast<int32_t>(s.size()), c);
  return {c < 0 ? 0xFFFD : static_cast<char32_t>(c), i, static_cast<std::size_t>(k)};
}

// If a mojibake sequence starts at s[i], its end and the text it stood for.
bool mojibake_at(std::string_view s, std::size_t i, std::size_t* end, std::string* decoded) {
  const CodePoint lead = next_cp(s, i);
  if (lead.c < 0xC2 || lead.c > 0xF4) return false;
  const int follow = lead.c <= 0xDF ? 1 : lead.c <= 0xEF ? 2 : 3;
  char bytes[4] = {static_cast<char>(lead.c)};
  std::size_t at = lead.end;
  for (int k = 1; k <= follow; ++k) {
    if (at >= s.size()) return false;
    const CodePoint cp = next_cp(s, at);
    const int b = detail::single_byte_of(cp.c);
    if (b < 0x80 || b > 0xBF) return false;
    bytes[k] = static_cast<char>(b);
    at = cp.end;
  }
  // The bytes must be one well-formed UTF-8 character (no overlong form, no surrogate).
  const auto* p = reinterpret_cast<const uint8_t*>(bytes);
  int32_t k = 0;
  UChar32 c;
  U8_NEXT(p, k, follow + 1, c);
  if (c < 0 || k != follow + 1) return false;
  decoded->append(bytes, static_cast<std::size_t>(follow + 1));
  *end = at;
  return true;
}

// The next C3 byte at or after `i`, or s.size(): sixteen bytes at a time (most pieces are
// short, where a call to memchr cost more than the scan).
std::size_t next_c3(std::string_view s, std::size_t i) noexcept {
  return detail::find_byte_if(
      s, i, [](const detail::Bytes16& v) { return v == 0xC3; }, [](unsigned char b) { return b == 0xC3; });
}

// True when the C3 byte at s[i] cannot start a mojibake sequence, by its next two bytes: its
// character is outside U+00C2..U+00F4 (C3 82..C3 B4), or no non-ASCII character follows it
// (each byte of the sequence it stood for is one). What mojibake_at() would find, without
// decoding.
bool plainly_no_mojibake(std::string_view s, std::size_t i) noexcept {
  if (i + 2 >= s.size()) return true;
  const auto second = static_cast<unsigned char>(s[i + 1]);
  return second < 0x82 || second > 0xB4 || static_cast<unsigned char>(s[i + 2]) < 0x80;
}

void check_mojibake(const Reference& r, const ReferenceText& text, const TextPiece& piece, CheckContext& cx) {
  const std::string_view s = piece.text;
  // Every mojibake sequence starts with a code point in U+00C2..U+00F4, encoded C3 82..C3 B4.
  std::size_t i = 0;
  while (true) {
    i = next_c3(s, i);
    if (i >= s.size()) return;
    if (plainly_no_mojibake(s, i)) {
      ++i;
      continue;
    }
    std::size_t end = 0;
    std::string decoded;
    if (!mojibake_at(s, i, &end, &decoded)) {
      ++i;
      continue;
    }
    // Merge the sequences that follow directly ("Ã©Ã¨").
    while (end < s.size() && mojibake_at(s, end, &end, &decoded)) {}
    const TextRange at{i, end};
    cx.report(DiagCode::text_mojibake, r, text.span(piece, at), {s.substr(i, end - i), decoded});
    i = end;
    if (i >= s.size()) return;
  }
}

constexpr std::array<std::string_view, 18> kHtmlTags = {
    "a", "abbr", "b", "br", "cite", "code", "div", "em", "i", "p", "ref", "small", "span",
    "strong", "sub", "sup", "references", "style"};

// The leaked HTML tag starting at s[i] == '<', if any: its length.
std::size_t html_tag_at(std::string_view s, std::size_t i) {
  std::size_t k = i + 1;
  if (k < s.size() && s[k] == '/') ++k;
  std::size_t e = k;
  while (e < s.size() && ((s[e] >= 'a' && s[e] <= 'z') || (s[e] >= 'A' && s[e] <= 'Z'))) ++e;
  if (e == k || e >= s.size()) return 0;
  std::string name(s.substr(k, e - k));
  for (char& c : name) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  bool known = false;
  for (std::string_view t : kHtmlTags) known = known || name == t;
  if (!known) return 0;
  if (s[e] != '>' && s[e] != ' ' && s[e] != '/') return 0;
  const std::size_t close = s.find('>', e);
  if (close == std::string_view::npos || close - i > 200) return 0;
  return close + 1 - i;
}

// CSL-JSON's rich-text markup ("HTML-like" in the CSL-JSON schema): what a field of CSL-JSON,
// or of a .bib entry read into CSL's model (\emph, \textsc), may hold on purpose.
constexpr std::array<std::string_view, 11> kCslRichText = {
    "<i>", "</i>", "<b>", "</b>", "<sup>", "</sup>", "<sub>", "</sub>",
    "<span style=\"font-variant:small-caps;\">", "<span class=\"nocase\">", "</span>"};

bool is_csl_rich_text(std::string_view tag) {
  return std::find(kCslRichText.begin(), kCslRichText.end(), tag) != kCslRichText.end();
}

std::string snippet(std::string_view s) { return clipped(s, 40); }

void check_markup(const Reference& r, const ReferenceText& text, const TextPiece& piece, CheckContext& cx) {
  const std::string_view s = piece.text;
  // MediaWiki's TemplateStyles rules, copied with the text by some dumps.
  if (const std::size_t css = s.find(".mw-parser-output"); css != std::string_view::npos) {
    std::size_t end = s.rfind('}');
    if (end == std::string_view::npos || end < css) end = css + 17;
    else ++end;
    cx.report(DiagCode::markup_leaked, r, text.span(piece, {css, end}), {"CSS", snippet(s.substr(css, end - css))});
  }
  for (std::size_t lt = s.find('<'); lt != std::string_view::npos; lt = s.find('<', lt + 1)) {
    if (const std::size_t n = html_tag_at(s, lt)) {
      // Printed text carries no markup of its own: any tag in it came with the copy.
      if (piece.field && is_csl_rich_text(s.substr(lt, n))) continue;
      cx.report(DiagCode::markup_leaked, r, text.span(piece, {lt, lt + n}), {"HTML", snippet(s.substr(lt, n))});
      return;  // one is enough to say the copy carries HTML
    }
  }
}

// True when `s` holds a byte either rule starts from: C3 (mojibake), '.' (".mw-parser-output")
// or '<' (a tag). Most pieces hold none: one pass over them, sixteen bytes at a time, instead
// of a search per rule.
constexpr std::array<bool, 256> kEncodingSuspect = [] {
  std::array<bool, 256> t{};
  t[0xC3] = t['.'] = t['<'] = true;
  return t;
}();

bool may_hold_encoding_problem(std::string_view s) noexcept {
  return detail::find_byte_if(
             s, 0, [](const detail::Bytes16& v) { return (v == 0xC3) | (v == '.') | (v == '<'); },
             [](unsigned char b) { return kEncodingSuspect[b]; }) < s.size();
}

}  // namespace

void check_encoding(const Reference& r, const ReferenceText& text, CheckContext& cx) {
  text.for_each_piece([&](const TextPiece& piece) {
    if (!may_hold_encoding_problem(piece.text)) return;
    check_mojibake(r, text, piece, cx);
    check_markup(r, text, piece, cx);
  });
}

}  // namespace citelib::checks

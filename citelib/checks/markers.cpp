// Citation markers in article bodies: "[12]", "[ 12 ]", "[[12]](#cite_note-12)",
// "[\[12\]](#cite_note-12)"; never named groups ("[a]", "[note 1]") or code.
#include <citelib/checks/markers.hpp>

#include <algorithm>
#include <charconv>

namespace citelib {

namespace {

constexpr std::size_t npos = std::string_view::npos;
constexpr std::string_view kCiteNoteLink = "](#cite_note";
constexpr std::uint32_t kMaxPlainMarker = 999;  // "[2019]" in prose is a year, not marker 2019,
                                                // unless the list is that long

bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }

// Spaces a browser translation or a copy may put inside a marker: space, NBSP, thin spaces.
std::size_t skip_spaces(std::string_view s, std::size_t i) noexcept {
  while (i < s.size()) {
    if (s[i] == ' ') ++i;
    else if (s.compare(i, 2, "\u00A0") == 0) i += 2;
    else if (s.compare(i, 3, "\u2009") == 0 || s.compare(i, 3, "\u202F") == 0) i += 3;
    else break;
  }
  return i;
}

// A marker whose '[' is at s[open]: its number and the end of "]" (after an escaping '\').
bool marker_at(std::string_view s, std::size_t open, std::uint32_t* number, std::size_t* end) {
  std::size_t i = skip_spaces(s, open + 1);
  const std::size_t digits = i;
  while (i < s.size() && is_digit(s[i]) && i - digits < 7) ++i;
  if (i == digits || i - digits > 6 || s[digits] == '0') return false;
  std::from_chars(s.data() + digits, s.data() + i, *number);
  i = skip_spaces(s, i);
  if (i < s.size() && s[i] == '\\') ++i;
  if (i >= s.size() || s[i] != ']') return false;
  *end = i + 1;
  return true;
}

}  // namespace

std::vector<CitationMarker> find_citation_markers(std::string_view body, std::uint32_t highest_reference) {
  std::vector<CitationMarker> out;
  const std::uint32_t max_plain = std::max(kMaxPlainMarker, highest_reference);
  const bool markdown = body.find(kCiteNoteLink) != npos;
  bool fence = false, line_start = true;
  for (std::size_t i = 0; i < body.size(); ++i) {
    const char c = body[i];
    if (line_start && body.compare(i, 3, "```") == 0) fence = !fence;
    line_start = c == '\n';
    if (fence || c != '[') continue;
    std::uint32_t number = 0;
    std::size_t end = 0;
    if (!marker_at(body, i, &number, &end)) continue;
    std::size_t begin = i > 0 && body[i - 1] == '\\' ? i - 1 : i;
    if (markdown) {
      // Only markers linked to a footnote count: "[[12]](#cite_note-12)", "[\[12\]](...)".
      if (body.compare(end, kCiteNoteLink.size(), kCiteNoteLink) != 0) continue;
      const std::size_t close = body.find(')', end);
      end = close == npos ? body.size() : close + 1;
      if (begin > 0 && body[begin - 1] == '[') --begin;
    } else if (number > max_plain) {
      continue;
    }
    out.push_back({number, {begin, end}});
    i = end - 1;
  }
  return out;
}

}  // namespace citelib

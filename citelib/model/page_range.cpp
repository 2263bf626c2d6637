#include <citelib/model/page_range.hpp>

#include <algorithm>
#include <array>
#include <cctype>

namespace citelib {

namespace {

// Dashes that separate the ends of a range: hyphen-minus, hyphen, non-breaking hyphen,
// figure dash, en dash, em dash, minus sign.
constexpr std::array<std::string_view, 7> kDashes = {"-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2212"};

bool is_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool is_space_byte_seq(std::string_view s, std::size_t i, std::size_t* len) {
  if (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r') { *len = 1; return true; }
  if (s.compare(i, 2, "\u00A0") == 0) { *len = 2; return true; }
  if (s.compare(i, 3, "\u2009") == 0 || s.compare(i, 3, "\u202F") == 0) { *len = 3; return true; }
  return false;
}

std::string_view trim(std::string_view s, std::size_t* lead = nullptr) {
  std::size_t b = 0, n = 0;
  while (b < s.size() && is_space_byte_seq(s, b, &n)) b += n;
  std::size_t e = s.size();
  while (e > b) {
    // Trailing whitespace: try the multi-byte spaces first.
    if (e >= 3 && (s.substr(e - 3, 3) == "\u2009" || s.substr(e - 3, 3) == "\u202F")) { e -= 3; continue; }
    if (e >= 2 && s.substr(e - 2, 2) == "\u00A0") { e -= 2; continue; }
    const char c = s[e - 1];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') { --e; continue; }
    break;
  }
  if (lead) *lead = b;
  return s.substr(b, e - b);
}

// Finds the range dash in `s`: the first dash that is not at position 0.
std::size_t find_dash(std::string_view s, std::size_t* dash_len) {
  std::size_t best = std::string_view::npos;
  for (std::string_view d : kDashes) {
    std::size_t p = s.find(d, 1);
    if (p != std::string_view::npos && p < best) {
      best = p;
      *dash_len = d.size();
    }
  }
  return best;
}

// Dashes only a range uses: a hyphen may also join a section to its page ("A-12").
constexpr std::array<std::string_view, 5> kRangeDashes = {"--", "\u2012", "\u2013", "\u2014", "\u2212"};

// The one range dash of `s` after its start, when `s` has exactly one; npos otherwise.
std::size_t find_only_range_dash(std::string_view s, std::size_t* dash_len) {
  std::size_t found = std::string_view::npos;
  for (std::string_view d : kRangeDashes)
    for (std::size_t p = s.find(d, 1); p != std::string_view::npos; p = s.find(d, p + d.size())) {
      if (found != std::string_view::npos) return std::string_view::npos;
      found = p;
      *dash_len = d.size();
    }
  return found;
}

// "V-1-V-4", "3-12-3-15": pages numbered within sections, joined by a hyphen, a range of them
// joined by one more. The middle hyphen splits it when both halves share their section.
std::size_t find_sectioned_range_hyphen(std::string_view s) {
  const auto hyphens = static_cast<std::size_t>(std::count(s.begin(), s.end(), '-'));
  if (hyphens < 3 || hyphens % 2 == 0) return std::string_view::npos;
  std::size_t middle = std::string_view::npos;
  for (std::size_t seen = 0, i = 0; i < s.size(); ++i)
    if (s[i] == '-' && ++seen == hyphens / 2 + 1) middle = i;
  const std::string_view a = s.substr(0, middle), b = s.substr(middle + 1);
  const std::size_t ca = a.rfind('-'), cb = b.rfind('-');
  if (ca == 0 || cb == 0 || ca + 1 == a.size() || cb + 1 == b.size() || a.substr(0, ca) != b.substr(0, cb))
    return std::string_view::npos;
  return middle;
}

PageRange parse_one(std::string_view part, std::size_t offset) {
  PageRange r;
  r.offset = offset;
  auto plain = [](std::string_view s) {
    // A page is a run of letters, digits and a few joiners (".", ":"), without inner spaces.
    if (s.empty()) return false;
    return std::none_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\t' || c == ',' || c == ';'; });
  };
  std::size_t dash_len = 0;
  std::size_t dash = find_dash(part, &dash_len);
  // Hyphens inside the ends ("A-1–A-4", "V-1-V-4"): the range is split where only a range dash
  // stands, or at the middle hyphen of sectioned pages.
  bool inner_hyphens = false;
  if (dash != std::string_view::npos && part.substr(dash, dash_len) == "-") {
    std::size_t len = 0;
    if (const std::size_t strong = find_only_range_dash(part, &len); strong != std::string_view::npos) {
      dash = strong;
      dash_len = len;
      inner_hyphens = true;
    } else if (const std::size_t middle = find_sectioned_range_hyphen(part); middle != std::string_view::npos) {
      dash = middle;
      inner_hyphens = true;
    }
  }
  if (dash == std::string_view::npos) {
    r.first = std::string(part);
    r.kind = plain(part) ? PageRange::Kind::single : PageRange::Kind::malformed;
    return r;
  }
  const std::string_view a = trim(part.substr(0, dash));
  const std::string_view b = trim(part.substr(dash + dash_len));
  r.first = std::string(a);
  r.last = std::string(b);
  r.separator = std::string(part.substr(dash, dash_len));
  if (!plain(a)) r.kind = PageRange::Kind::malformed;
  else if (b.empty()) r.kind = PageRange::Kind::open;
  else if (!plain(b) || (!inner_hyphens && find_dash(b, &dash_len) != std::string_view::npos))
    r.kind = PageRange::Kind::malformed;
  else r.kind = PageRange::Kind::range;
  return r;
}

// "321", "28" -> "328": an end with fewer digits than the start repeats the start's prefix.
std::string expand_end(std::string_view first, std::string_view last) {
  if (last.size() >= first.size()) return std::string(last);
  return std::string(first.substr(0, first.size() - last.size())) + std::string(last);
}

// Splits "A12" into "A" and "12" (a common prefix is allowed on both ends of a range).
std::pair<std::string_view, std::string_view> split_prefix(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size() && !(s[i] >= '0' && s[i] <= '9')) ++i;
  return {s.substr(0, i), s.substr(i)};
}

std::string format_numeric(std::string_view first, std::string_view last, PageRangeFormat f) {
  const std::string full = expand_end(first, last);
  if (full.size() != first.size() || f == PageRangeFormat::expanded) return full;
  // Number of leading digits the two ends share.
  std::size_t same = 0;
  while (same < first.size() && first[same] == full[same]) ++same;
  auto keep_from = [&](std::size_t changed_from) { return full.substr(changed_from); };
  switch (f) {
    case PageRangeFormat::minimal:
      return same >= full.size() ? full.substr(full.size() - 1) : keep_from(same);
    case PageRangeFormat::minimal_two: {
      if (full.size() <= 2) return full;
      std::size_t from = std::min(same, full.size() - 2);
      return keep_from(from);
    }
    case PageRangeFormat::chicago:
    case PageRangeFormat::chicago16: {
      const long a = std::stol(std::string(first));
      if (a < 100 || a % 100 == 0) return full;
      const long rem = a % 100;
      std::string out;
      if (rem < 10) {
        // 101-109: only the changed part.
        out = same >= full.size() ? full.substr(full.size() - 1) : keep_from(same);
      } else {
        std::size_t from = std::min(same, full.size() - 2);
        out = keep_from(from);
      }
      if (f == PageRangeFormat::chicago && full.size() == 4 && out.size() == 3) return full;
      return out;
    }
    default: return full;
  }
}

}  // namespace

bool PageRange::is_reversed() const noexcept {
  if (kind != Kind::range) return false;
  auto [pa, na] = split_prefix(first);
  auto [pb, nb] = split_prefix(last);
  if (!is_digits(na) || !is_digits(nb) || pa != pb || na.size() > 9 || nb.size() > 9) return false;
  const std::string end = expand_end(na, nb);
  return std::stol(end) < std::stol(std::string(na));
}

std::vector<PageRange> parse_page_ranges(std::string_view pages) {
  std::vector<PageRange> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= pages.size(); ++i) {
    if (i < pages.size() && pages[i] != ',' && pages[i] != '&' && pages[i] != ';') continue;
    std::size_t lead = 0;
    std::string_view part = trim(pages.substr(start, i - start), &lead);
    if (!part.empty()) out.push_back(parse_one(part, start + lead));
    start = i + 1;
  }
  return out;
}

std::string format_page_ranges(std::string_view pages, PageRangeFormat format,
                               std::string_view range_delimiter) {
  if (format == PageRangeFormat::none) return std::string(pages);
  std::string out;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= pages.size(); ++i) {
    if (i < pages.size() && pages[i] != ',' && pages[i] != '&') continue;
    std::size_t lead = 0;
    std::string_view chunk = pages.substr(start, i - start);
    std::string_view part = trim(chunk, &lead);
    out.append(chunk.substr(0, lead));
    PageRange r = parse_one(part, 0);
    auto [pa, na] = split_prefix(r.first);
    auto [pb, nb] = split_prefix(r.last);
    if (r.kind == PageRange::Kind::range && is_digits(na) && is_digits(nb) && na.size() < 10 &&
        nb.size() < 10 && pa == pb) {
      // "N110-N15": a prefix both ends share is repeated only in the expanded form.
      out.append(r.first);
      out.append(range_delimiter);
      if (format == PageRangeFormat::expanded) out.append(pb);
      out.append(format_numeric(na, nb, format));
    } else if (r.kind == PageRange::Kind::range) {
      // Ends that are not two numbers with one prefix ("N110 - 5", "110 - P6") cannot be
      // abbreviated: they are only joined, with a hyphen as written in the data.
      out.append(r.first);
      out.push_back('-');
      out.append(r.last);
    } else {
      out.append(part);
    }
    out.append(chunk.substr(lead + part.size()));
    if (i < pages.size()) out.push_back(pages[i]);
    start = i + 1;
  }
  return out;
}

}  // namespace citelib

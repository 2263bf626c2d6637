#include "writers/bibtex/field_values.hpp"

#include <array>
#include <cstddef>

namespace citelib::bibtex {

// ---- dates --------------------------------------------------------------------------------

namespace {

void append_edtf_point(std::string& out, const DatePoint& csl, bool circa) {
  const DatePoint p = to_astronomical(csl);  // biblatex reads 44 BC as -0043
  append_iso(out, p);
  if (p.season != Season::none && p.month == 0) {
    out += '-';
    out += std::to_string(20 + static_cast<int>(p.season));  // EDTF seasons: 21 spring ... 24 winter
  }
  if (circa) out += '~';
}

}  // namespace

void append_edtf(std::string& out, const Date& d) {
  if (!d.has_parts()) return;
  append_edtf_point(out, d.start, d.circa);
  if (d.end && d.end->has_year) {
    out += '/';
    append_edtf_point(out, *d.end, d.circa);
  }
}

std::string edtf(const Date& d) {
  std::string out;
  append_edtf(out, d);
  return out;
}

std::string classic_year(std::int32_t year) {
  if (year < 0) return std::to_string(-static_cast<std::int64_t>(year)) + " BC";
  return to_iso(DatePoint{year, 0, 0, Season::none, true});
}

std::string date_text(const Date& d) {
  if (d.has_parts()) return edtf(d);
  if (!d.literal.empty()) return d.literal;
  return d.undated ? "n.d." : "";
}

// ---- pages --------------------------------------------------------------------------------

namespace {

bool is_page_char(char c) noexcept {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

}  // namespace

std::string bib_pages(std::string_view p, bool unicode_dashes) {
  static constexpr std::array<std::string_view, 6> kDashes = {"\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2212"};
  std::string out;
  out.reserve(p.size() + 2);
  for (std::size_t i = 0; i < p.size();) {
    std::size_t len = 0;
    if (p[i] == '-') {
      len = 1;
      while (i + len < p.size() && p[i + len] == '-') ++len;
    } else if (unicode_dashes) {
      for (std::string_view d : kDashes)
        if (p.compare(i, d.size(), d) == 0) { len = d.size(); break; }
    }
    if (len == 0) {
      out += p[i++];
      continue;
    }
    // Between two page tokens (spaces around the dash allowed)?
    std::size_t b = out.size();
    while (b > 0 && out[b - 1] == ' ') --b;
    std::size_t a = i + len;
    while (a < p.size() && p[a] == ' ') ++a;
    if (b > 0 && is_page_char(out[b - 1]) && a < p.size() && is_page_char(p[a])) {
      out.resize(b);
      out += "--";
      i = a;
    } else {
      out.append(p.substr(i, len));
      i += len;
    }
  }
  return out;
}

// ---- names --------------------------------------------------------------------------------

namespace {

// What decides whether a name part is braced, found in one pass over it (names are most of
// an entry's fields: five searches a part cost more than escaping it).
struct PartShape {
  bool comma = false;       // BibTeX would read it as a separator of name parts
  bool word_and = false;    // "and" or "AND" as a word: a separator of names
  bool spaced = false;      // a space, "~" or a no-break space: several words
  bool lower_word = false;  // a word starting in lower case reads as a "von" particle
};

bool is_word_and(std::string_view s, std::size_t at) noexcept {
  const std::string_view w = s.substr(at, 3);
  return (w == "and" || w == "AND") && (at + 3 >= s.size() || s[at + 3] == ' ');
}

// The bytes that tell something wherever they are in a part: ' ', ',', '~' and the lead
// byte of a no-break space. Any other byte matters only at the start of a word.
constexpr std::array<bool, 256> kShapeByte = [] {
  std::array<bool, 256> t{};
  for (unsigned char c : {' ', ',', '~', '\xC2'}) t[c] = true;
  return t;
}();

PartShape shape_of(std::string_view s) noexcept {
  PartShape shape;
  bool at_word = true;  // at the start of the part or after a space
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (!at_word && !kShapeByte[static_cast<unsigned char>(c)]) continue;  // a letter inside a word
    if (c == ' ') {
      shape.spaced = at_word = true;
      continue;
    }
    if (at_word) {
      if (c >= 'a' && c <= 'z') shape.lower_word = true;
      if ((c == 'a' || c == 'A') && is_word_and(s, i)) shape.word_and = true;
      at_word = false;
    }
    if (c == ',') shape.comma = true;
    else if (c == '~' || (c == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xA0')) shape.spaced = true;
  }
  return shape;
}

void append_name_part(std::string& out, std::string_view part, const TextStyle& style,
                      bool brace_if_ambiguous, EscapeReport* rep) {
  const PartShape shape = shape_of(part);
  const bool brace = shape.comma || shape.word_and || (brace_if_ambiguous && (shape.spaced || shape.lower_word));
  if (brace) out += '{';
  append_escaped(out, part, style, rep);
  if (brace) out += '}';
}

}  // namespace

void append_name(std::string& out, const Name& n, const TextStyle& style, EscapeReport* rep) {
  if (n.is_literal()) {
    out += '{';
    append_escaped(out, n.literal, style, rep);
    out += '}';
    return;
  }
  const bool particle = !n.dropping_particle.empty() || !n.non_dropping_particle.empty();
  // A family name of several words is braced: BibTeX would otherwise split it, or read a
  // lower-case (or command-initial) word of it as a particle; so is a family name starting
  // in lower case ("bell") or holding a lower-case word.
  if (n.given.empty() && n.suffix.empty() && !particle) {
    append_name_part(out, n.family, style, true, rep);
    return;
  }
  if (particle) {
    // The dropping particle, then the non-dropping one ("van der"), escaped as one text.
    if (n.dropping_particle.empty()) append_escaped(out, n.non_dropping_particle, style, rep);
    else if (n.non_dropping_particle.empty()) append_escaped(out, n.dropping_particle, style, rep);
    else append_escaped(out, n.dropping_particle + " " + n.non_dropping_particle, style, rep);
    out += ' ';
  }
  if (n.family.empty()) out += "{}";
  else append_name_part(out, n.family, style, true, rep);
  if (!n.suffix.empty()) {
    out += ", ";
    append_name_part(out, n.suffix, style, false, rep);
  }
  out += ", ";
  append_name_part(out, n.given, style, false, rep);
}

}  // namespace citelib::bibtex

// ISBN-10/13 and ISSN check digits, DOI syntax: the pure checks and the rule that applies
// them to a reference's ISBN, ISSN, EISSN and DOI.
#include "context.hpp"

#include "core/text.hpp"

#include <citelib/checks/identifiers.hpp>

#include <string>

namespace citelib {

namespace {

using Status = IdentifierCheck::Status;

IdentifierCheck malformed(std::string_view why) {
  IdentifierCheck c;
  c.status = Status::malformed;
  c.reason = why;
  return c;
}

IdentifierCheck check_digit(char printed, char expected) {
  IdentifierCheck c;
  c.status = printed == expected ? Status::valid : Status::bad_check_digit;
  c.check_digit = printed;
  c.expected_digit = expected;
  return c;
}

// The characters of an identifier without the hyphens and spaces that group its digits;
// empty when any other character occurs. 'x' is upper-cased.
std::string compact(std::string_view s, bool* other) {
  std::string out;
  *other = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c == '-' || c == ' ') continue;
    // Non-breaking and other Unicode hyphens and spaces also group digits (all start with a
    // non-ASCII byte: ASCII characters skip the comparisons).
    if (static_cast<unsigned char>(c) >= 0x80) {
      if (s.compare(i, 2, "\u00A0") == 0) { ++i; continue; }
      if (s.compare(i, 3, "\u2010") == 0 || s.compare(i, 3, "\u2011") == 0 || s.compare(i, 3, "\u2013") == 0) {
        i += 2;
        continue;
      }
    }
    if ((c >= '0' && c <= '9') || c == 'X' || c == 'x') out.push_back(c == 'x' ? 'X' : c);
    else *other = true;
  }
  return out;
}

char isbn10_digit(std::string_view d) {
  int sum = 0;
  for (int i = 0; i < 9; ++i) sum += (10 - i) * (d[static_cast<std::size_t>(i)] - '0');
  const int check = (11 - sum % 11) % 11;
  return check == 10 ? 'X' : static_cast<char>('0' + check);
}

char isbn13_digit(std::string_view d) {
  int sum = 0;
  for (int i = 0; i < 12; ++i) sum += (i % 2 ? 3 : 1) * (d[static_cast<std::size_t>(i)] - '0');
  return static_cast<char>('0' + (10 - sum % 10) % 10);
}

bool all_digits(std::string_view s) {
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return !s.empty();
}

// check_isbn() of an ISBN whose compact() form is `d` (`other`: it held other characters).
IdentifierCheck check_compact_isbn(const std::string& d, bool other) {
  if (other) return malformed("it holds characters other than digits, X and hyphens");
  if (d.size() == 10) {
    if (!all_digits(d.substr(0, 9))) return malformed("X may only be the last character");
    return check_digit(d[9], isbn10_digit(d));
  }
  if (d.size() == 13) {
    if (!all_digits(d)) return malformed("an ISBN-13 has only digits");
    if (d.compare(0, 3, "978") != 0 && d.compare(0, 3, "979") != 0)
      return malformed("an ISBN-13 starts with 978 or 979");
    return check_digit(d[12], isbn13_digit(d));
  }
  return malformed(d.size() < 10 ? "too few digits" : d.size() < 13 ? "neither 10 nor 13 digits" : "too many digits");
}

}  // namespace

IdentifierCheck check_isbn(std::string_view isbn) noexcept {
  try {
    bool other = false;
    const std::string d = compact(isbn, &other);
    return check_compact_isbn(d, other);
  } catch (...) {
    return malformed("out of memory");
  }
}

std::string isbn_to_13(std::string_view isbn) {
  bool other = false;
  std::string d = compact(isbn, &other);  // compacted once, for the check and the result
  if (!check_compact_isbn(d, other).ok()) return {};
  if (d.size() == 13) return d;
  d = "978" + d.substr(0, 9);
  d.push_back(isbn13_digit(d));
  return d;
}

IdentifierCheck check_issn(std::string_view issn) noexcept {
  try {
    bool other = false;
    const std::string d = compact(issn, &other);
    if (other) return malformed("it holds characters other than digits, X and a hyphen");
    if (d.size() != 8) return malformed("an ISSN has 8 characters");
    if (!all_digits(d.substr(0, 7))) return malformed("X may only be the last character");
    int sum = 0;
    for (int i = 0; i < 7; ++i) sum += (8 - i) * (d[static_cast<std::size_t>(i)] - '0');
    const int check = (11 - sum % 11) % 11;
    return check_digit(d[7], check == 10 ? 'X' : static_cast<char>('0' + check));
  } catch (...) {
    return malformed("out of memory");
  }
}

IdentifierCheck check_doi(std::string_view doi) noexcept {
  auto strip_prefix = [&](std::string_view p) {
    if (doi.size() < p.size()) return false;
    for (std::size_t i = 0; i < p.size(); ++i) {
      char c = doi[i];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      if (c != p[i]) return false;
    }
    doi.remove_prefix(p.size());
    return true;
  };
  strip_prefix("https://") || strip_prefix("http://");
  strip_prefix("dx.doi.org/") || strip_prefix("doi.org/") || strip_prefix("doi:");
  if (doi.size() < 3 || doi.compare(0, 3, "10.") != 0) return malformed("it does not start with \"10.\"");
  const std::size_t slash = doi.find('/');
  if (slash == std::string_view::npos) return malformed("there is no \"/\" between prefix and suffix");
  const std::string_view registrant = doi.substr(3, slash - 3);
  bool ok = !registrant.empty() && registrant.front() != '.' && registrant.back() != '.';
  for (char c : registrant) ok = ok && ((c >= '0' && c <= '9') || c == '.');
  if (!ok) return malformed("the registrant code after \"10.\" is not a number");
  const std::string_view suffix = doi.substr(slash + 1);
  if (suffix.empty()) return malformed("the suffix after \"/\" is empty");
  for (std::size_t i = 0; i < suffix.size(); ++i) {
    const auto c = static_cast<unsigned char>(suffix[i]);
    // The other spaces (NBSP, thin space, ...) are all non-ASCII: no call for an ASCII byte.
    if (c <= 0x20 || c == 0x7F || (c >= 0x80 && checks::whitespace_length(suffix, i)))
      return malformed("it contains a space or a control character");
  }
  IdentifierCheck c;
  c.status = Status::valid;
  return c;
}

}  // namespace citelib

namespace citelib::checks {

namespace {

// An ISBN or ISSN field may hold several values ("0-19-870181-1, 978-0-19-870181-1", or the
// space-joined array of a CSL-JSON ISBN), each perhaps qualified in parentheses, as library
// catalogues and large .bib collections write them ("0001-0782 (print), 1557-7317
// (electronic)", "0-262-19229-2 (MIT Press) and 0-07-057290-9"). Values are split at commas,
// semicolons and the word "and" outside parentheses, qualifiers are left out, and a value is
// split at spaces only when the whole does not read as one value with spaced digit groups.
template <class Fn>
void for_each_value(std::string_view field, IdentifierCheck (*check)(std::string_view) noexcept, Fn&& fn) {
  auto value = [&](std::string_view part) {
    while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
    while (!part.empty() && part.back() == ' ') part.remove_suffix(1);
    if (part.empty()) return;
    if (part.find(' ') == std::string_view::npos || check(part).status != IdentifierCheck::Status::malformed) {
      fn(part);
      return;
    }
    text::for_each_space_separated(part, fn);
  };
  std::size_t start = 0;  // of the value being read
  int depth = 0;
  for (std::size_t i = 0; i <= field.size(); ++i) {
    const char c = i < field.size() ? field[i] : ',';
    if (c == '(') {
      if (depth++ == 0) value(field.substr(start, i - start));
      continue;
    }
    if (c == ')' && depth > 0) {
      if (--depth == 0) start = i + 1;
      continue;
    }
    if (depth > 0) continue;
    const bool and_word = c == ' ' && field.substr(i).starts_with(" and ");
    if (c == ',' || c == ';' || and_word) {
      value(field.substr(start, i - start));
      if (and_word) i += 4;
      start = i + 1;
    }
  }
  // After an unclosed "(" nothing is read: it is a qualifier cut short, not a value.
}

std::string digit(char c) { return std::string(1, c); }

void check_standard_number(const Reference& r, std::string_view field,
                           IdentifierCheck (*check)(std::string_view) noexcept, DiagCode bad_digit,
                           DiagCode bad_form, const ReferenceText& text, CheckContext& cx) {
  if (field.empty()) return;  // most references have none of these identifiers
  for_each_value(field, check, [&](std::string_view value) {
    const IdentifierCheck c = check(value);
    if (c.status == IdentifierCheck::Status::bad_check_digit)
      cx.report(bad_digit, r, text.find_token(value), {value, digit(c.check_digit), digit(c.expected_digit)});
    else if (c.status == IdentifierCheck::Status::malformed)
      cx.report(bad_form, r, text.find_token(value), {value, c.reason});
  });
}

}  // namespace

void check_identifiers(const Reference& r, const ReferenceText& text, CheckContext& cx) {
  check_standard_number(r, r.get(Variable::ISBN), &check_isbn, DiagCode::isbn_checksum,
                        DiagCode::isbn_malformed, text, cx);
  check_standard_number(r, r.get(Variable::ISSN), &check_issn, DiagCode::issn_checksum,
                        DiagCode::issn_malformed, text, cx);
  check_standard_number(r, r.identifier(Identifier::EISSN), &check_issn, DiagCode::issn_checksum,
                        DiagCode::issn_malformed, text, cx);
  if (const std::string_view doi = r.get(Variable::DOI); !doi.empty()) {
    const IdentifierCheck c = check_doi(doi);
    if (!c.ok()) cx.report(DiagCode::doi_malformed, r, text.find(doi), {doi, c.reason});
  }
}

}  // namespace citelib::checks

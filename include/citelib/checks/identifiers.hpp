#pragma once
// Syntax and check digits of standard identifiers: ISBN-10/13 (ISO 2108), ISSN (ISO 3297)
// and DOI (ISO 26324, DOI Handbook 2.2). Pure functions on the text as printed.

#include <string>
#include <string_view>

namespace citelib {

/// Outcome of checking one identifier.
struct IdentifierCheck {
  enum class Status : unsigned char { valid, bad_check_digit, malformed };
  Status status = Status::malformed;
  char check_digit = 0;     ///< the check digit as printed (bad_check_digit)
  char expected_digit = 0;  ///< the check digit the other digits give (bad_check_digit)
  std::string_view reason;  ///< why it is malformed, in a few words (malformed)

  bool ok() const noexcept { return status == Status::valid; }
};

/// Checks an ISBN as printed ("978-0-201-48567-7", "0-8247-2397-X", "978 0 201 48567 7").
/// Hyphens and spaces between digit groups are allowed; a label ("ISBN") is not.
IdentifierCheck check_isbn(std::string_view isbn) noexcept;

/// Checks an ISSN as printed ("0199-6649", "0378-5955", "2434-561X").
IdentifierCheck check_issn(std::string_view issn) noexcept;

/// Checks DOI syntax: "10." + registrant code (digits, dot-separated) + "/" + a non-empty
/// suffix without spaces. A "doi:" or resolver-URL prefix is accepted. DOIs have no check digit.
IdentifierCheck check_doi(std::string_view doi) noexcept;

/// The ISBN-13 digits of a valid ISBN-10 or ISBN-13 (for comparing ISBNs); empty if invalid.
std::string isbn_to_13(std::string_view isbn);

}  // namespace citelib

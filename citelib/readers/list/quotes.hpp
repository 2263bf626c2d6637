#pragma once
// Quoted titles: "…", «…», “…”, „…“, with quotes nested inside kept as printed
// ("Embajador …: "Las puertas …""). A closing quote is one that is followed by the end, a
// separator or a space before a non-lowercase word; among those, the first that leaves the
// inner straight quotes balanced.

#include <cstddef>
#include <optional>
#include <string_view>

namespace citelib::list {

struct QuotedSpan {
  std::size_t open = 0;          ///< byte of the opening quote
  std::size_t end = 0;           ///< byte after the closing quote
  std::size_t inner_begin = 0;   ///< first byte inside
  std::size_t inner_end = 0;     ///< byte of the closing quote
};

/// The first quoted span that starts in [from, to) of `text`.
std::optional<QuotedSpan> find_quoted(std::string_view text, std::size_t from, std::size_t to);

/// The quoted span that starts exactly at `pos`, if `pos` holds an opening quote.
std::optional<QuotedSpan> quoted_at(std::string_view text, std::size_t pos);

/// The name inside CJK title marks that enclose all of `value` (ko "《한겨레》", ja "『書名』",
/// "〈記事〉"), East Asian typography's counterpart of italics and quotes; any other value as
/// it is.
std::string_view without_title_marks(std::string_view value) noexcept;

}  // namespace citelib::list

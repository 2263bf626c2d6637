#pragma once
// Counts in the summaries the commands print on stderr ("1 error, 2 warnings").

#include <fmt/format.h>

#include <cstddef>
#include <string>
#include <string_view>

namespace citelib::cli {

/// `n` and the noun, in the plural unless n is 1 (the nouns used here add an "s").
inline std::string counted(std::size_t n, std::string_view noun) {
  return fmt::format("{} {}{}", n, noun, n == 1 ? "" : "s");
}

}  // namespace citelib::cli

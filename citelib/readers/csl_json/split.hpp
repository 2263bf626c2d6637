#pragma once
// The elements of a CSL-JSON document's top-level array, found without parsing them, so that
// each item can be parsed on its own: by any thread, with a parser sized for one item, and
// with its exact byte span for positions. The elements' own syntax is left to the parser.

#include <cstddef>
#include <string_view>
#include <vector>

namespace citelib::csl_json {

/// Bytes [begin, end) of one element of the top-level array.
struct Element {
  std::size_t begin = 0;
  std::size_t end = 0;
};

struct Split {
  enum class Shape : unsigned char {
    array,    ///< `[ element, ... ]`
    object,   ///< one object, read as an array of one item
    scalar,   ///< a string, number, literal: not CSL-JSON
    invalid,  ///< the top-level structure is broken (the parser words the error)
  };
  Shape shape = Shape::invalid;
  std::vector<Element> elements;
};

/// Splits `text` into its top-level elements: whitespace, brackets, commas and string
/// escapes are checked here; what is inside each element is not. With `threads` > 1, an
/// array of `parallel_from` bytes or more is split in two halves at once (the result is
/// the same).
Split split_top_level(std::string_view text, unsigned threads = 1, std::size_t parallel_from = std::size_t{4} << 20);

/// nlohmann's name for the JSON type of a value that starts with `c` ("object", "number").
std::string_view json_type_name(char c) noexcept;

}  // namespace citelib::csl_json

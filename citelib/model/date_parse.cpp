// Placeholder: ISO dates only; the multilingual parser comes with the reader (issue 2).
#include <citelib/model/date.hpp>

#include <charconv>

namespace citelib {

Date parse_date(std::string_view text) {
  int y = 0, m = 0, d = 0;
  auto num = [&](std::size_t at, std::size_t len, int& out) {
    if (at + len > text.size()) return false;
    auto r = std::from_chars(text.data() + at, text.data() + at + len, out);
    return r.ec == std::errc() && r.ptr == text.data() + at + len;
  };
  if (text.size() == 10 && text[4] == '-' && text[7] == '-' && num(0, 4, y) && num(5, 2, m) && num(8, 2, d))
    return make_date(y, static_cast<unsigned>(m), static_cast<unsigned>(d));
  if (text.size() == 4 && num(0, 4, y)) return make_date(y);
  Date lit;
  lit.literal = std::string(text);
  return lit;
}

}  // namespace citelib

// The CSL-JSON splitter finds the top-level array's elements 64 bytes at a time: strings that
// hold brackets, escaped quotes and runs of backslashes, at every offset across a block
// boundary, must end where a JSON parser ends them.
#include "readers/csl_json/split.hpp"

#include <nlohmann/json.hpp>

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using citelib::csl_json::Split;
using citelib::csl_json::split_top_level;

namespace {

// The elements' texts as the splitter cuts them.
std::vector<std::string> pieces(const std::string& text) {
  const Split s = split_top_level(text);
  std::vector<std::string> out;
  for (const auto& e : s.elements) out.push_back(text.substr(e.begin, e.end - e.begin));
  return out;
}

}  // namespace

TEST_CASE("CSL-JSON split: elements end where the JSON parser ends them, at any block offset", "[csl-json]") {
  const std::vector<std::string> elements = {
      R"({"title":"a ] b } c [ { \" d","x":[1,[2,{"y":"]"}]]})",
      R"({"t":"ends in a backslash \\","u":"\\\"]}\\\\"})",
      R"({"k":"\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\"})",
      R"(["nested", {"a": [[[]]]}, "}]"])",
      R"("a string element with ] and }")",
      "12.5e3",
      R"({"deep":{"deeper":{"deepest":{"d":[{"e":"{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{"}]}}}})",
  };
  // Every element at every offset of a 64-byte block (leading spaces shift it).
  for (std::size_t shift = 0; shift < 70; ++shift) {
    std::string text = "[" + std::string(shift, ' ');
    for (std::size_t i = 0; i < elements.size(); ++i) {
      if (i) text += ",\n  ";
      text += elements[i];
    }
    text += "]";
    REQUIRE(nlohmann::json::accept(text));
    const Split s = split_top_level(text);
    CHECK(s.shape == Split::Shape::array);
    CHECK(pieces(text) == elements);
  }
}

TEST_CASE("CSL-JSON split: an unterminated element or string breaks the array", "[csl-json]") {
  CHECK(split_top_level(R"([{"a":"b"}, {"c":"d"])").shape == Split::Shape::invalid);
  CHECK(split_top_level(R"([{"a":"b\"}])").shape == Split::Shape::invalid);
  CHECK(split_top_level(R"([{"a":"b\\"}])").shape == Split::Shape::array);
  CHECK(split_top_level(R"({"a":"]"})").shape == Split::Shape::object);
  CHECK(split_top_level(R"([])").shape == Split::Shape::array);
  // A 200-byte string with a bracket in every block, then the end of the element.
  std::string long_item = R"([{"a":")";
  for (int i = 0; i < 200; ++i) long_item += (i % 50 == 0) ? "}" : "x";
  long_item += R"("}])";
  REQUIRE(pieces(long_item).size() == 1);
  CHECK(pieces(long_item).front().size() == long_item.size() - 2);
}

#include <citelib/readers/csl_json.hpp>
#include <citelib/writers/csl_json.hpp>

TEST_CASE("CSL-JSON reader: a long array read on several threads gives the same references and findings", "[csl-json]") {
  // Every 97th item has a field of the wrong shape (a finding naming the item and its span).
  std::string text = "[";
  for (int i = 0; i < 9000; ++i) {
    if (i) text += ",\n";
    text += R"({"id":"i)" + std::to_string(i) + R"(","type":"book","title":"Title \")" + std::to_string(i) +
            R"(\" [x]","author":[{"family":"van Dam","given":"A."}],"issued":{"date-parts":[[)" +
            std::to_string(1900 + i % 100) + "]]}" + (i % 97 == 0 ? R"(,"edition":{"n":2})" : "") + "}";
  }
  text += "]";
  const citelib::SourceText src("items.json", text);
  citelib::Diagnostics one, four;
  const auto a = citelib::read_csl_json(src, one, 1);
  const auto b = citelib::read_csl_json(src, four, 4);
  REQUIRE(a.size() == 9000);
  CHECK(citelib::write_csl_json(a) == citelib::write_csl_json(b));
  REQUIRE(one.size() == 93);
  REQUIRE(four.size() == one.size());
  for (std::size_t i = 0; i < one.size(); ++i) {
    CHECK(one.items()[i].message == four.items()[i].message);
    CHECK(one.items()[i].span == four.items()[i].span);
    CHECK(one.items()[i].position == four.items()[i].position);
  }
  for (std::size_t i = 0; i < a.size(); i += 1000) CHECK(a[i].position == b[i].position);
  // A syntax error anywhere voids the input on any number of threads.
  std::string broken = text;
  broken.insert(broken.size() / 2 + 7, "}");
  citelib::Diagnostics d1, d4;
  CHECK(citelib::read_csl_json(citelib::SourceText("items.json", broken), d1, 1).empty() ==
        citelib::read_csl_json(citelib::SourceText("items.json", broken), d4, 4).empty());
  REQUIRE(d1.size() == d4.size());
  CHECK(d1.items().front().span == d4.items().front().span);
}

TEST_CASE("CSL-JSON split: two halves at once give what one scan gives", "[csl-json]") {
  // The second half starts at a guessed "}, {" in the middle; guesses inside strings and
  // inside nested arrays must be found out, and broken arrays stay broken.
  const std::vector<std::string> kinds = {
      R"({"id":"1","title":"plain"})",
      R"({"id":"2","title":"a string holding }, { and \"}, {\" twice"})",
      R"({"id":"3","x":[{"a":1}, {"b":2}, {"c":"}, {"}]})",
      R"({"id":"4","note":"\\"})",
      R"({"id":"5","t":"]"})",
  };
  for (int n = 1; n < 90; n += 7) {
    for (std::size_t first = 0; first < kinds.size(); ++first) {
      std::string text = "[";
      for (int k = 0; k < n; ++k) {
        if (k) text += k % 3 ? ", " : ",\n  ";
        text += kinds[(first + static_cast<std::size_t>(k)) % kinds.size()];
      }
      text += "]";
      const std::vector<std::string> broken = {text, text.substr(0, text.size() - 1), text + ",", text + " x",
                                               text.substr(0, text.size() / 2) + "\"" + text.substr(text.size() / 2)};
      for (const std::string& t : broken) {
        const Split one = split_top_level(t);
        const Split two = split_top_level(t, 2, 0);
        REQUIRE(one.shape == two.shape);
        REQUIRE(one.elements.size() == two.elements.size());
        for (std::size_t i = 0; i < one.elements.size(); ++i) {
          CHECK(one.elements[i].begin == two.elements[i].begin);
          CHECK(one.elements[i].end == two.elements[i].end);
        }
      }
    }
  }
}

// The direct JSON writer lays out what nlohmann's dump() lays out, at any nesting (the
// first 64 levels are tracked inline, deeper ones apart).
#include "writers/json_writer.hpp"

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <string>

using citelib::detail::JsonWriter;

namespace {

// Objects and arrays alternating to `depth` levels, each with members before and after the
// nested one, and an empty array and object at the bottom.
void write_nested(JsonWriter& w, nlohmann::ordered_json& j, int depth) {
  if (depth == 0) {
    w.begin_object();
    w.key("empty");
    w.begin_array();
    w.end_array();
    w.key("none");
    w.begin_object();
    w.end_object();
    w.end_object();
    j = nlohmann::ordered_json{{"empty", nlohmann::ordered_json::array()}, {"none", nlohmann::ordered_json::object()}};
    return;
  }
  if (depth % 2) {
    w.begin_array();
    w.value(static_cast<long long>(depth));
    nlohmann::ordered_json inner;
    write_nested(w, inner, depth - 1);
    w.value("after \"quoted\"");
    w.end_array();
    j = nlohmann::ordered_json::array({depth, inner, "after \"quoted\""});
  } else {
    w.begin_object();
    w.key("level");
    w.value(static_cast<long long>(depth));
    w.key("inner");
    nlohmann::ordered_json inner;
    write_nested(w, inner, depth - 1);
    w.key("last");
    w.value(true);
    w.end_object();
    j = nlohmann::ordered_json::object();
    j["level"] = depth;
    j["inner"] = inner;
    j["last"] = true;
  }
}

}  // namespace

TEST_CASE("JsonWriter lays out nested values as nlohmann does, past 64 levels", "[json]") {
  for (int depth : {1, 2, 63, 64, 65, 66, 130}) {
    for (int indent : {-1, 2}) {
      INFO("depth " << depth << ", indent " << indent);
      std::string out;
      JsonWriter w(out, indent);
      nlohmann::ordered_json expected;
      write_nested(w, expected, depth);
      w.finish();
      CHECK(out == expected.dump(indent));
    }
  }
}

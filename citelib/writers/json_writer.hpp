#pragma once
// JSON written straight into a string, in exactly the layout nlohmann's dump() gives (compact,
// or indented with "key": value and empty containers as [] / {}), without building a tree:
// writing 100,000 CSL-JSON items through nlohmann trees cost more than reading them.
// Strings are escaped as nlohmann escapes them (ensure_ascii off). Valid UTF-8 is the
// caller's business: writers check what they wrote and fall back to nlohmann, which
// replaces invalid bytes, for the rare text that is not.

#include <string>
#include <string_view>
#include <vector>

namespace citelib::detail {

/// Appends `s` as a JSON string (quoted, escaped as nlohmann escapes with ensure_ascii off).
void append_json_string(std::string& out, std::string_view s);

class JsonWriter {
 public:
  /// Writes into `out`; `indent` spaces per level (-1: one line); the value written starts
  /// at nesting `depth` (its closing bracket is indented `depth` levels).
  JsonWriter(std::string& out, int indent, int depth = 0) : out_(out), indent_(indent), depth_(depth) {}

  void begin_object() { open('{'); }
  void end_object() { close('}'); }
  void begin_array() { open('['); }
  void end_array() { close(']'); }
  /// The key of the next member of the current object.
  void key(std::string_view k);
  void value(std::string_view s) {
    prefix();
    append_json_string(out_, s);
  }
  void value(const char* s) { value(std::string_view(s)); }
  void value(long long i);
  void value(bool b) {
    prefix();
    out_ += b ? "true" : "false";
  }
  /// A value given as compact JSON text (as nlohmann dumps it), re-laid out here.
  void raw(std::string_view json);

 private:
  void open(char c);
  void close(char c);
  void prefix();
  void newline(int depth);

  std::string& out_;
  int indent_;
  int depth_;
  std::vector<bool> empty_;  // per open container: no member yet
  bool after_key_ = false;
};

}  // namespace citelib::detail

#pragma once
// JSON written straight into a string, in exactly the layout nlohmann's dump() gives (compact,
// or indented with "key": value and empty containers as [] / {}), without building a tree:
// writing 100,000 CSL-JSON items through nlohmann trees cost more than reading them.
// Strings are escaped as nlohmann escapes them (ensure_ascii off). Valid UTF-8 is the
// caller's business: writers check what they wrote and fall back to nlohmann, which
// replaces invalid bytes, for the rare text that is not.

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace citelib::detail {

/// Appends `s` as a JSON string (quoted, escaped as nlohmann escapes with ensure_ascii off).
void append_json_string(std::string& out, std::string_view s);

/// Appends dumped JSON `text` with `pad` after each line break: a value dumped on its own,
/// laid out as if dumped where it is (strings hold no raw line breaks).
void append_indented(std::string& out, std::string_view text, std::string_view pad);

class JsonWriter {
 public:
  /// Writes into `out`; `indent` spaces per level (-1: one line); the value written starts
  /// at nesting `depth` (its closing bracket is indented `depth` levels). What is written is
  /// in `out` once finish() is called or the writer is destroyed (out runs ahead meanwhile).
  JsonWriter(std::string& out, int indent, int depth = 0)
      : out_(out), end_(out.size()), indent_(indent), depth_(depth) {}
  JsonWriter(const JsonWriter&) = delete;
  JsonWriter& operator=(const JsonWriter&) = delete;
  ~JsonWriter() { finish(); }

  /// Trims `out` to what was written (it is grown ahead of the writes).
  void finish() { out_.resize(end_); }

  void begin_object() { open('{'); }
  void end_object() { close('}'); }
  void begin_array() { open('['); }
  void end_array() { close(']'); }
  /// plain_key(k) then begin_object() / begin_array(), in one call.
  void begin_object(std::string_view k) { open_member(k, '{'); }
  void begin_array(std::string_view k) { open_member(k, '['); }
  /// The key of the next member of the current object.
  void key(std::string_view k);
  /// The same for a key known to need no escape (a literal, a CSL variable's name).
  void plain_key(std::string_view k);
  void value(std::string_view s);
  void value(const char* s) { value(std::string_view(s)); }
  void value(long long i);
  void value(bool b);
  /// plain_key(k) then value(s), in one call: the commonest member ("title": "…").
  void plain_member(std::string_view k, std::string_view s);
  /// An array of `n` integers (a date's parts), laid out as begin_array(), value() each and
  /// end_array() would lay it out, in one call.
  void int_array(const long long* v, std::size_t n);
  /// A value given as compact JSON text (as nlohmann dumps it), re-laid out here.
  void raw(std::string_view json);

 private:
  // Bytes past what is asked for that room() also leaves writable, so that short runs
  // (indentation, literals) are copied in fixed-size blocks.
  static constexpr std::size_t kSlack = 64;

  // Where the next `n` bytes go: out_ is grown ahead (by resize, so every byte written is
  // inside the string) and the writes go through a pointer, not an append each.
  char* room(std::size_t n) {
    if (out_.size() - end_ < n + kSlack) grow(n);
    return out_.data() + end_;
  }
  void grow(std::size_t n);
  void done(const char* p) noexcept { end_ = static_cast<std::size_t>(p - out_.data()); }
  // Most bytes the separator before a value can take: ",\n" and the indentation.
  std::size_t separator_size() const noexcept {
    return 2 + (indent_ > 0 ? static_cast<std::size_t>(indent_) * static_cast<std::size_t>(depth_) : 0);
  }
  char* separator(char* p);
  char* key_at(char* p, std::string_view k) noexcept;
  void string_at(char* p, std::string_view s);
  char* line_break(char* p, int depth) const noexcept;
  void open(char c);
  void open_member(std::string_view k, char c);
  void close(char c);

  // Whether the innermost open container has no member yet, apart from the stack so that a
  // separator reads and clears one bool; each enclosing container's flag is saved on a stack
  // of bits when a container opens inside it, the first 64 inline (a writer is made per item
  // or line, and items nest a few levels).
  bool any_open() const noexcept { return open_ > 0; }
  void push_container() {
    if (++open_ > 1) {
      if (open_ > 65) deeper_.push_back(empty_bits_ >> 63);
      empty_bits_ = (empty_bits_ << 1) | static_cast<std::uint64_t>(top_empty_);
    }
    top_empty_ = true;
  }
  // Closes the innermost container; whether it had no member.
  bool pop_container() {
    const bool empty = top_empty_;
    if (open_ > 1) {
      top_empty_ = empty_bits_ & 1;
      empty_bits_ >>= 1;
      if (open_ > 65) {
        empty_bits_ |= static_cast<std::uint64_t>(deeper_.back()) << 63;
        deeper_.pop_back();
      }
    }
    --open_;
    return empty;
  }

  std::string& out_;
  std::size_t end_;  // end of what is written; out_ may run ahead until finish()
  int indent_;
  int depth_;
  std::size_t open_ = 0;  // containers open
  bool top_empty_ = true;
  std::uint64_t empty_bits_ = 0;  // the enclosing containers' flags, the innermost in bit 0
  std::vector<bool> deeper_;  // levels past 64
  bool after_key_ = false;
};

/// The same calls as JsonWriter, building nlohmann's tree instead: for the rare values the
/// direct writer leaves to nlohmann (a key given twice overwrites in place; text that is not
/// UTF-8 is replaced when the tree is dumped).
class JsonTreeWriter {
 public:
  using json = nlohmann::ordered_json;

  void begin_object() { open(json::object()); }
  void end_object() { close(); }
  void begin_array() { open(json::array()); }
  void end_array() { close(); }
  void begin_object(std::string_view k) {
    key(k);
    begin_object();
  }
  void begin_array(std::string_view k) {
    key(k);
    begin_array();
  }
  void key(std::string_view k) { key_ = std::string(k); }
  void plain_key(std::string_view k) { key(k); }
  void value(std::string_view s) { put(json(std::string(s))); }
  void value(const char* s) { value(std::string_view(s)); }
  void value(long long i) { put(json(i)); }
  void value(bool b) { put(json(b)); }
  void plain_member(std::string_view k, std::string_view s) {
    key(k);
    value(s);
  }
  void int_array(const long long* v, std::size_t n) {
    begin_array();
    for (std::size_t i = 0; i < n; ++i) value(v[i]);
    end_array();
  }
  void raw(std::string_view text) {
    json v = json::parse(text, nullptr, false);
    put(v.is_discarded() ? json(std::string(text)) : std::move(v));
  }
  /// The value written.
  json& result() { return root_; }

 private:
  json& put(json v) {
    if (stack_.empty()) {
      root_ = std::move(v);
      return root_;
    }
    json& parent = *stack_.back();
    if (parent.is_array()) {
      parent.push_back(std::move(v));
      return parent.back();
    }
    json& slot = parent[key_];
    slot = std::move(v);
    return slot;
  }
  void open(json v) { stack_.push_back(&put(std::move(v))); }
  void close() { stack_.pop_back(); }

  json root_;
  std::vector<json*> stack_;
  std::string key_;
};

}  // namespace citelib::detail

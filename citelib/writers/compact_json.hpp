#pragma once
// A compact JSON writer into a reused line: what the BibTeX writer's `% citelib:` comment is
// written with (JsonWriter's interface, nlohmann's dump(-1) layout and escapes).

#include "writers/json_escape.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <charconv>
#include <cstddef>
#include <cstring>
#include <string>
#include <string_view>

namespace citelib::detail {

// The `% citelib:` object written compact, as JsonWriter(out, -1) lays it out (nlohmann's
// dump(-1)), into a scratch line kept from entry to entry: the line is a few short members
// per entry, where the general writer's room-keeping (growing the output a kilobyte ahead
// and trimming it back, a separator state per container) cost more than the text. In
// compact JSON a comma goes before a key or value unless it opens its container or follows
// its key, which the last byte written says.
class CompactJson {
 public:
  /// Writes into `line` from its start; the text is line[0, size()).
  explicit CompactJson(std::string& line) : line_(line) {
    if (line_.size() < kInitialRoom) line_.resize(kInitialRoom);
  }
  std::size_t size() const noexcept { return end_; }

  void begin_object() { open('{'); }
  void end_object() { put('}'); }
  void begin_array() { open('['); }
  void end_array() { put(']'); }
  void key(std::string_view k) {
    string(k);
    put(':');
  }
  /// A key known to need no escape (one of ours), copied as it is.
  void plain_key(std::string_view k) {
    char* p = room(k.size() + 3);
    *p++ = '"';
    p = copy_to(p, k);
    *p++ = '"';
    *p++ = ':';
    end_ = static_cast<std::size_t>(p - line_.data());
  }
  void value(std::string_view s) { string(s); }
  void value(const char* s) { string(s); }
  void value(long long i) {
    char* p = room(24);
    end_ = static_cast<std::size_t>(std::to_chars(p, p + 24, i).ptr - line_.data());
  }
  void value(bool b) { append(b ? std::string_view("true") : std::string_view("false")); }
  /// A value given as compact JSON text, dumped again by nlohmann as JsonWriter::raw does
  /// (text that is not JSON is kept as a string).
  void raw(std::string_view json) {
    const nlohmann::ordered_json v = nlohmann::ordered_json::parse(json, nullptr, false);
    append((v.is_discarded() ? nlohmann::ordered_json(std::string(json)) : v)
               .dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace));
  }

 private:
  static constexpr std::size_t kInitialRoom = 1024;
  static constexpr std::size_t kSlack = 16;  // copy_plain_run stores sixteen bytes at a time

  // Where the next `n` bytes go, after the comma that separates them from what precedes;
  // `kSlack` bytes more are writable.
  char* room(std::size_t n) {
    if (line_.size() - end_ < n + 1 + kSlack) line_.resize(std::max(2 * line_.size(), end_ + n + 1 + kSlack));
    char* p = line_.data() + end_;
    if (end_ > 0 && p[-1] != '{' && p[-1] != '[' && p[-1] != ':') {
      *p++ = ',';
      ++end_;
    }
    return p;
  }
  void open(char c) {
    *room(1) = c;
    ++end_;
  }
  void put(char c) {  // a closing bracket or a key's colon: no comma before
    if (end_ == line_.size()) line_.resize(2 * line_.size());
    line_[end_++] = c;
  }
  void append(std::string_view text) {
    std::memcpy(room(text.size()), text.data(), text.size());
    end_ += text.size();
  }
  // `s` quoted, escaped as nlohmann escapes it (ensure_ascii off): '"', '\\' and the C0
  // controls; most strings have none, and are copied sixteen bytes at a time (room() leaves
  // the slack copy_plain_run stores into).
  void string(std::string_view s) {
    char* p = room(s.size() + 2);
    *p++ = '"';
    while (true) {
      const std::size_t n = copy_plain_run(p, s);
      p += n;
      if (n == s.size()) break;
      end_ = static_cast<std::size_t>(p - line_.data());
      p = escape(static_cast<unsigned char>(s[n]), s.size() - n - 1);
      s.remove_prefix(n + 1);
    }
    *p++ = '"';
    end_ = static_cast<std::size_t>(p - line_.data());
  }
  // The escape of `c`, with room kept for the `left` bytes of the string after it and its
  // closing quote.
  char* escape(unsigned char c, std::size_t left) {
    if (line_.size() - end_ < 6 + left + 1 + kSlack)
      line_.resize(std::max(2 * line_.size(), end_ + 6 + left + 1 + kSlack));
    char* p = line_.data() + end_;
    return write_escape(p, c);
  }

  std::string& line_;
  std::size_t end_ = 0;
};

}  // namespace citelib::detail

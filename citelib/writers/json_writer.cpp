#include "writers/json_writer.hpp"

#include "core/byte_scan.hpp"
#include "writers/json_escape.hpp"

#include <nlohmann/json.hpp>

#include <bit>
#include <charconv>
#include <cstring>

namespace citelib::detail {

namespace {

// Length of the run at the start of `s` that needs no escaping.
std::size_t plain_run(std::string_view s) noexcept {
  return find_byte_if(
      s, 0, [](Bytes16 v) { return (v < 0x20) | (v == '"') | (v == '\\'); },
      [](unsigned char c) { return needs_escape(c); });
}

}  // namespace

void append_json_string(std::string& out, std::string_view s) {
  out += '"';
  while (!s.empty()) {
    const std::size_t n = plain_run(s);
    out.append(s.data(), n);
    if (n == s.size()) break;
    const auto c = static_cast<unsigned char>(s[n]);
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default: {
        static constexpr char kHex[] = "0123456789abcdef";
        const char esc[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 15]};
        out.append(esc, 6);
      }
    }
    s.remove_prefix(n + 1);
  }
  out += '"';
}

void JsonWriter::grow(std::size_t n) {
  // A kilobyte ahead: an item's writes mostly fit, and the bytes set by resize() are few.
  out_.resize(end_ + n + kSlack + 1024);
}

[[gnu::always_inline]] inline char* JsonWriter::line_break(char* p, int depth) const noexcept {
  static constexpr char kSpaces[] = "                                ";  // 32
  *p++ = '\n';
  const std::size_t n = static_cast<std::size_t>(indent_) * static_cast<std::size_t>(depth);
  // One fixed-size copy (room() leaves the slack for it), not a fill of n bytes.
  if (n <= 32) std::memcpy(p, kSpaces, 32);
  else std::memset(p, ' ', n);
  return p + n;
}

[[gnu::always_inline]] inline char* JsonWriter::separator(char* p) {
  if (after_key_) {
    after_key_ = false;
    return p;
  }
  if (!any_open()) return p;  // the top-level value
  if (!top_empty_) *p++ = ',';
  top_empty_ = false;
  if (indent_ >= 0) p = line_break(p, depth_);
  return p;
}

// Writes `"k": ` at `p` (room for k.size() + 4 bytes) and returns the end.
[[gnu::always_inline]] inline char* JsonWriter::key_at(char* p, std::string_view k) noexcept {
  *p++ = '"';
  const std::size_t n = k.size();
  if (n < 16) copy_under_16(p, k.data(), n);
  else if (n <= 32) {
    std::memcpy(p, k.data(), 16);
    std::memcpy(p + n - 16, k.data() + n - 16, 16);
  } else std::memcpy(p, k.data(), n);
  p += n;
  std::memcpy(p, "\": ", 4);  // the space only when indenting
  return p + (indent_ >= 0 ? 3 : 2);
}

void JsonWriter::plain_key(std::string_view k) {
  done(key_at(separator(room(separator_size() + k.size() + 4)), k));
  after_key_ = true;
}

void JsonWriter::plain_member(std::string_view k, std::string_view s) {
  char* p = separator(room(separator_size() + k.size() + 4 + s.size() + 2));
  string_at(key_at(p, k), s);
}

void JsonWriter::key(std::string_view k) {
  if (plain_run(k) == k.size()) return plain_key(k);
  done(separator(room(separator_size())));
  after_key_ = true;
  finish();  // appended to as a string below
  append_json_string(out_, k);  // rare: a kept key with a quote or a control character
  out_ += indent_ >= 0 ? ": " : ":";
  end_ = out_.size();
}

void JsonWriter::value(std::string_view s) { string_at(separator(room(separator_size() + s.size() + 2)), s); }

// Writes `s` quoted and escaped at `p` (room for s.size() + 2 bytes; more is made for
// escapes) and marks it written.
void JsonWriter::string_at(char* p, std::string_view s) {
  *p++ = '"';
  while (true) {
    const std::size_t n = copy_plain_run(p, s);
    p += n;
    if (n == s.size()) break;
    // The escape takes up to six bytes for one: room for it, the rest and the quote.
    done(p);
    p = room(6 + s.size() - n);
    const auto c = static_cast<unsigned char>(s[n]);
    p = write_escape(p, c);
    s.remove_prefix(n + 1);
  }
  *p++ = '"';
  done(p);
}

void JsonWriter::value(bool b) {
  char* p = separator(room(separator_size() + 5));
  std::memcpy(p, b ? "true " : "false", 5);
  done(p + (b ? 4 : 5));
}

void JsonWriter::open(char c) {
  char* p = separator(room(separator_size() + 1));
  *p++ = c;
  done(p);
  push_container();
  ++depth_;
}

void JsonWriter::open_member(std::string_view k, char c) {
  char* p = key_at(separator(room(separator_size() + k.size() + 5)), k);
  *p++ = c;
  done(p);
  push_container();
  ++depth_;
}

void JsonWriter::close(char c) {
  --depth_;
  const bool empty = pop_container();
  char* p = room(separator_size() + 1);
  if (!empty && indent_ >= 0) p = line_break(p, depth_);
  *p++ = c;
  done(p);
}

void JsonWriter::value(long long i) {
  char* p = separator(room(separator_size() + 24));
  done(std::to_chars(p, p + 24, i).ptr);
}

void JsonWriter::int_array(const long long* v, std::size_t n) {
  // Per element: a comma, a line break and its indentation, and the digits.
  const std::size_t line = 1 + (indent_ > 0 ? static_cast<std::size_t>(indent_) * static_cast<std::size_t>(depth_ + 1) : 0);
  char* p = separator(room(separator_size() + 2 + n * (1 + line + 20) + line));
  *p++ = '[';
  for (std::size_t i = 0; i < n; ++i) {
    if (i) *p++ = ',';
    if (indent_ >= 0) p = line_break(p, depth_ + 1);
    p = std::to_chars(p, p + 20, v[i]).ptr;
  }
  if (n && indent_ >= 0) p = line_break(p, depth_);
  *p++ = ']';
  done(p);
}

void append_indented(std::string& out, std::string_view text, std::string_view pad) {
  for (std::size_t from = 0;;) {
    const std::size_t nl = text.find('\n', from);
    out.append(text.substr(from, nl == std::string_view::npos ? std::string_view::npos : nl + 1 - from));
    if (nl == std::string_view::npos) break;
    out += pad;
    from = nl + 1;
  }
}

void JsonWriter::raw(std::string_view json) {
  done(separator(room(separator_size())));
  finish();  // appended to as a string below
  // Dumped by nlohmann (text that is not JSON is kept as a string), then laid out at this
  // depth.
  const nlohmann::ordered_json v = nlohmann::ordered_json::parse(json, nullptr, false);
  const std::string text = (v.is_discarded() ? nlohmann::ordered_json(std::string(json)) : v)
                               .dump(indent_, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
  if (indent_ < 0) out_ += text;
  else append_indented(out_, text, std::string(static_cast<std::size_t>(indent_) * static_cast<std::size_t>(depth_), ' '));
  end_ = out_.size();
}

}  // namespace citelib::detail

#include "writers/json_writer.hpp"

#include "core/byte_scan.hpp"

#include <nlohmann/json.hpp>

#include <bit>
#include <charconv>
#include <cstring>

namespace citelib::detail {

namespace {

// True for the bytes nlohmann escapes: '"', '\\' and the C0 controls.
constexpr bool needs_escape(unsigned char c) noexcept { return c < 0x20 || c == '"' || c == '\\'; }

// Length of the run at the start of `s` that needs no escaping.
std::size_t plain_run(std::string_view s) noexcept {
  return find_byte_if(
      s, 0, [](Bytes16 v) { return (v < 0x20) | (v == '"') | (v == '\\'); },
      [](unsigned char c) { return needs_escape(c); });
}

// Copies `n` < 16 bytes inline (keys and a string's last bytes are short: a memcpy call of
// a variable size costs more than the copy), with two overlapping moves of the widest size
// that fits.
inline void copy_under_16(char* p, const char* s, std::size_t n) noexcept {
  if (n >= 8) {
    std::memcpy(p, s, 8);
    std::memcpy(p + n - 8, s + n - 8, 8);
  } else if (n >= 4) {
    std::memcpy(p, s, 4);
    std::memcpy(p + n - 4, s + n - 4, 4);
  } else if (n > 0) {
    p[0] = s[0];
    p[n / 2] = s[n / 2];
    p[n - 1] = s[n - 1];
  }
}

// Where the first byte to escape is in `v`, or 16.
inline std::size_t first_escape(Bytes16 v) noexcept {
  const Bytes16 hit = (v < 0x20) | (v == '"') | (v == '\\');
  std::uint64_t a = 0, b = 0;
  std::memcpy(&a, &hit, 8);
  std::memcpy(&b, reinterpret_cast<const char*>(&hit) + 8, 8);
  if (a) return static_cast<std::size_t>(std::countr_zero(a)) / 8;
  if (b) return 8 + static_cast<std::size_t>(std::countr_zero(b)) / 8;
  return 16;
}

// Copies the run at the start of `s` that needs no escaping to `p` and returns its length.
// Sixteen bytes are stored before they are tested: `p` has room for s.size() + 16 bytes,
// and what is stored past the run is written over next. (A copy and a scan in one pass:
// most strings are a few words, where a scan then a memcpy call cost twice.)
std::size_t copy_plain_run(char* p, std::string_view s) noexcept {
  std::size_t i = 0;
  if constexpr (std::endian::native == std::endian::little) {  // the hit's place from the masks
    for (; i + 16 <= s.size(); i += 16) {
      Bytes16 v;
      std::memcpy(&v, s.data() + i, 16);
      std::memcpy(p + i, &v, 16);
      if (const std::size_t k = first_escape(v); k < 16) return i + k;
    }
    // The last bytes the same way, through a zeroed block (not byte by byte): the zeros
    // after them count as bytes to escape, so a run without one ends at s.size().
    const std::size_t rest = s.size() - i;
    if (rest == 0) return i;
    char last[16] = {};
    copy_under_16(last, s.data() + i, rest);
    Bytes16 v;
    std::memcpy(&v, last, 16);
    std::memcpy(p + i, &v, 16);
    return i + first_escape(v);
  }
  for (; i < s.size(); ++i) {
    const char c = s[i];
    if (needs_escape(static_cast<unsigned char>(c))) break;
    p[i] = c;
  }
  return i;
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
    *p++ = '\\';
    switch (c) {
      case '"': *p++ = '"'; break;
      case '\\': *p++ = '\\'; break;
      case '\b': *p++ = 'b'; break;
      case '\f': *p++ = 'f'; break;
      case '\n': *p++ = 'n'; break;
      case '\r': *p++ = 'r'; break;
      case '\t': *p++ = 't'; break;
      default: {
        static constexpr char kHex[] = "0123456789abcdef";
        const char esc[5] = {'u', '0', '0', kHex[c >> 4], kHex[c & 15]};
        std::memcpy(p, esc, 5);
        p += 5;
      }
    }
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

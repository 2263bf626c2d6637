#include "writers/json_writer.hpp"

#include "core/byte_scan.hpp"

#include <nlohmann/json.hpp>

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

void JsonWriter::newline(int depth) {
  out_ += '\n';
  out_.append(static_cast<std::size_t>(indent_) * static_cast<std::size_t>(depth), ' ');
}

void JsonWriter::prefix() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (!any_open()) return;  // the top-level value
  if (!top_empty()) out_ += ',';
  set_top_empty(false);
  if (indent_ >= 0) newline(depth_);
}

void JsonWriter::key(std::string_view k) {
  prefix();
  after_key_ = true;
  // Member names are short and need no escape: quotes, name and colon in one append.
  constexpr std::size_t kShort = 32;
  if (k.size() <= kShort && plain_run(k) == k.size()) {
    char buf[kShort + 4];
    buf[0] = '"';
    std::memcpy(buf + 1, k.data(), k.size());
    buf[k.size() + 1] = '"';
    buf[k.size() + 2] = ':';
    buf[k.size() + 3] = ' ';
    out_.append(buf, k.size() + (indent_ >= 0 ? 4 : 3));
    return;
  }
  append_json_string(out_, k);
  out_ += indent_ >= 0 ? ": " : ":";
}

void JsonWriter::open(char c) {
  prefix();
  out_ += c;
  ++open_;
  if (open_ > 64) deeper_.push_back(true);
  set_top_empty(true);
  ++depth_;
}

void JsonWriter::close(char c) {
  --depth_;
  const bool empty = top_empty();
  if (open_ > 64) deeper_.pop_back();
  --open_;
  if (!empty && indent_ >= 0) newline(depth_);
  out_ += c;
}

void JsonWriter::value(long long i) {
  prefix();
  char buf[24];
  const auto r = std::to_chars(buf, buf + sizeof buf, i);
  out_.append(buf, static_cast<std::size_t>(r.ptr - buf));
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
  prefix();
  // Dumped by nlohmann (text that is not JSON is kept as a string), then laid out at this
  // depth.
  const nlohmann::ordered_json v = nlohmann::ordered_json::parse(json, nullptr, false);
  const std::string text = (v.is_discarded() ? nlohmann::ordered_json(std::string(json)) : v)
                               .dump(indent_, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
  if (indent_ < 0) {
    out_ += text;
    return;
  }
  append_indented(out_, text, std::string(static_cast<std::size_t>(indent_) * static_cast<std::size_t>(depth_), ' '));
}

}  // namespace citelib::detail

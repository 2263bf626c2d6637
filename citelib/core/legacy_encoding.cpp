#include "core/legacy_encoding.hpp"

#include <unicode/ucnv.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

namespace citelib::detail {

namespace {

bool is_ascii_letter(unsigned char c) noexcept { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

// What Windows-1252 reads bytes 0x80-0x9F as, from ICU's converter.
class Windows1252High {
 public:
  Windows1252High() {
    for (std::size_t i = 0; i < chars_.size(); ++i) chars_[i] = static_cast<char16_t>(0x80 + i);
    UErrorCode status = U_ZERO_ERROR;
    UConverter* conv = ucnv_open("windows-1252", &status);
    if (U_FAILURE(status)) return;
    for (int b = 0x80; b <= 0x9F; ++b) {
      const char in = static_cast<char>(b);
      UChar out[2];
      status = U_ZERO_ERROR;
      const int32_t n = ucnv_toUChars(conv, out, 2, &in, 1, &status);
      if (U_SUCCESS(status) && n == 1 && out[0] != 0xFFFD) chars_[static_cast<std::size_t>(b - 0x80)] = out[0];
    }
    ucnv_close(conv);
  }
  char32_t char_of(unsigned char b) const noexcept { return chars_[b - 0x80]; }
  int byte_of(char32_t c) const noexcept {
    for (std::size_t i = 0; i < chars_.size(); ++i)
      if (chars_[i] == c) return static_cast<int>(0x80 + i);
    return -1;
  }

 private:
  std::array<char16_t, 32> chars_{};
};

const Windows1252High& windows1252_high() {
  static const Windows1252High map;
  return map;
}

}  // namespace

std::optional<LegacyText> decode_legacy_8bit(std::string_view bytes) {
  std::size_t high = 0, in_words = 0, first = std::string_view::npos;
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const std::size_t n = bytes.size();
  for (std::size_t i = 0; i < n; ++i) {
    if (p[i] < 0x80) continue;
    // A valid multi-byte UTF-8 sequence here: the text is UTF-8 (perhaps damaged), not legacy.
    UChar32 c = 0;
    std::size_t k = i;
    U8_NEXT(p, k, n, c);
    if (c >= 0 && k > i + 1) return std::nullopt;
    if (first == std::string_view::npos) first = i;
    ++high;
    const bool before = i > 0 && (p[i - 1] >= 0x80 || is_ascii_letter(p[i - 1]));
    const bool after = i + 1 < n && (p[i + 1] >= 0x80 || is_ascii_letter(p[i + 1]));
    in_words += before || after;
  }
  // No byte above 0x7F: ASCII, which is UTF-8 already. A minority inside words: noise.
  if (high == 0 || in_words * 3 < high * 2) return std::nullopt;
  const icu::UnicodeString u(bytes.data(), static_cast<int32_t>(n), "windows-1252");
  if (u.isBogus()) return std::nullopt;
  LegacyText out;
  u.toUTF8String(out.utf8);
  out.first_at = first;
  return out;
}

std::optional<std::string> decode_utf16_with_bom(std::string_view bytes) {
  const bool le = bytes.starts_with("\xFF\xFE"), be = bytes.starts_with("\xFE\xFF");
  // FF FE 00 00 is UTF-32's mark: not read here.
  if ((!le && !be) || bytes.starts_with(std::string_view("\xFF\xFE\0\0", 4))) return std::nullopt;
  const std::string_view body = bytes.substr(2, (bytes.size() - 2) & ~std::size_t{1});
  const icu::UnicodeString u(body.data(), static_cast<int32_t>(body.size()), le ? "UTF-16LE" : "UTF-16BE");
  if (u.isBogus()) return std::nullopt;
  std::string out;
  u.toUTF8String(out);
  return out;
}

int single_byte_of(char32_t c) noexcept {
  if (c >= 0x80 && c <= 0xFF) return static_cast<int>(c);
  if (c < 0x152 || c > 0x2122) return -1;  // the range of Windows-1252's own characters
  return windows1252_high().byte_of(c);
}

char32_t windows1252_char(unsigned char byte) noexcept {
  return byte >= 0x80 && byte <= 0x9F ? windows1252_high().char_of(byte) : byte;
}

}  // namespace citelib::detail

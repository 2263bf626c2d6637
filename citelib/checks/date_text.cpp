#include "date_text.hpp"

#include "core/text.hpp"
#include "model/date_words.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <array>
#include <charconv>
#include <string>
#include <vector>

namespace citelib::checks {

namespace {

constexpr std::size_t kRoleWindow = 56;  // bytes looked at before a date for its role word

bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }

// A number of 1-2 digits ending at text[end) (reading leftwards); returns its start or npos.
std::size_t small_number_before(std::string_view t, std::size_t end) {
  std::size_t b = end;
  while (b > 0 && is_digit(t[b - 1]) && end - b < 3) --b;
  if (b == end || end - b > 2 || (b > 0 && is_digit(t[b - 1]))) return std::string_view::npos;
  return b;
}

int to_int(std::string_view s) {
  int v = 0;
  std::from_chars(s.data(), s.data() + s.size(), v);
  return v;
}

enum class TokenKind : unsigned char { day, month, connector, other };
struct Token {
  TokenKind kind;
  std::size_t begin, end;
  int value;
};

bool is_letter_at(std::string_view t, std::size_t i) noexcept {
  const auto c = static_cast<unsigned char>(t[i]);
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  const auto* p = reinterpret_cast<const uint8_t*>(t.data());
  int32_t k = static_cast<int32_t>(i);
  UChar32 cp;
  U8_NEXT(p, k, static_cast<int32_t>(t.size()), cp);
  return cp > 0 && u_isalpha(cp);
}

// Reads the token ending at `end` (after skipping separators leftwards).
std::optional<Token> token_before(std::string_view t, std::size_t end) {
  std::size_t e = end;
  std::size_t skipped = 0;
  while (e > 0) {
    // Step back over one separator: space, NBSP, comma or period.
    const char c = t[e - 1];
    if (c == ' ' || c == ',' || c == '.' || c == '\t') { --e; ++skipped; continue; }
    if (e >= 2 && t.substr(e - 2, 2) == "\u00A0") { e -= 2; ++skipped; continue; }
    break;
  }
  if (e == 0 || skipped > 3) return std::nullopt;
  if (is_digit(t[e - 1])) {
    const std::size_t b = small_number_before(t, e);
    if (b == std::string_view::npos) return std::nullopt;
    return Token{TokenKind::day, b, e, to_int(t.substr(b, e - b))};
  }
  std::size_t b = e;
  while (b > 0) {
    std::size_t k = b - 1;
    while (k > 0 && (static_cast<unsigned char>(t[k]) & 0xC0) == 0x80) --k;
    if (!is_letter_at(t, k)) break;
    b = k;
  }
  if (b == e) return std::nullopt;
  // Month names and the words that join a date's parts ("de", "of") in every language the
  // reader knows.
  const date_words::WordInfo w = date_words::lookup_word(t.substr(b, e - b));
  if (w.kind == date_words::WordKind::link) return Token{TokenKind::connector, b, e, 0};
  if (w.kind == date_words::WordKind::month) return Token{TokenKind::month, b, e, w.value};
  return Token{TokenKind::other, b, e, 0};
}

// The textual date ending at the year t[ys, ys+4): "11 September", "September 11,", "mayo de".
void textual_before(std::string_view t, std::size_t ys, DatePhrase& p) {
  Token toks[5];
  int n = 0;
  std::size_t at = ys;
  while (n < 5) {
    std::optional<Token> tok = token_before(t, at);
    if (!tok || tok->kind == TokenKind::other) break;
    toks[n++] = *tok;
    at = tok->begin;
  }
  int i = 0;
  while (i < n && toks[i].kind == TokenKind::connector) ++i;
  if (i >= n) return;
  auto next_non_connector = [&](int k) {
    while (k < n && toks[k].kind == TokenKind::connector) ++k;
    return k;
  };
  if (toks[i].kind == TokenKind::day) {
    // "September 11, 2017": a day right before the year needs a month before it.
    const int k = next_non_connector(i + 1);
    if (k < n && toks[k].kind == TokenKind::month) {
      p.day = toks[i].value;
      p.day_zero_padded = toks[i].end - toks[i].begin == 2 && t[toks[i].begin] == '0';
      p.month = toks[k].value;
      p.month_in_words = true;
      p.range.begin = toks[k].begin;
    }
    return;
  }
  if (toks[i].kind == TokenKind::month) {
    p.month = toks[i].value;
    p.month_in_words = true;
    p.range.begin = toks[i].begin;
    const int k = next_non_connector(i + 1);
    if (k < n && toks[k].kind == TokenKind::day) {
      p.day = toks[k].value;
      p.day_zero_padded = toks[k].end - toks[k].begin == 2 && t[toks[k].begin] == '0';
      p.range.begin = toks[k].begin;
    }
  }
}

// "2017-09-11", "2017-09": ISO after the year.
bool iso_after(std::string_view t, std::size_t ye, DatePhrase& p) {
  if (ye >= t.size() || t[ye] != '-') return false;
  std::size_t m = ye + 1, me = m;
  while (me < t.size() && is_digit(t[me]) && me - m < 3) ++me;
  if (me - m != 2 || (me < t.size() && is_digit(t[me]))) return false;
  p.month = to_int(t.substr(m, 2));
  p.range.end = me;
  if (me < t.size() && t[me] == '-') {
    std::size_t d = me + 1, de = d;
    while (de < t.size() && is_digit(t[de]) && de - d < 3) ++de;
    if (de - d == 2 && !(de < t.size() && is_digit(t[de]))) {
      p.day = to_int(t.substr(d, 2));
      p.range.end = de;
    }
  }
  return true;
}

// "11/09/2017", "11.09.2017", "11-09-2017": day and month before the year. Read as
// day-month (the order of every edition but the US one); month-day is tried by the caller.
bool numeric_before(std::string_view t, std::size_t ys, DatePhrase& p) {
  if (ys < 4) return false;
  const char sep = t[ys - 1];
  if (sep != '/' && sep != '.' && sep != '-') return false;
  const std::size_t mb = small_number_before(t, ys - 1);
  if (mb == std::string_view::npos || mb == 0 || t[mb - 1] != sep) return false;
  const std::size_t db = small_number_before(t, mb - 1);
  if (db == std::string_view::npos) return false;
  p.day = to_int(t.substr(db, mb - 1 - db));
  p.month = to_int(t.substr(mb, ys - 1 - mb));
  p.range.begin = db;
  return true;
}

// A message lead, and the folded second byte it needs when its first two characters are
// ASCII (0 when it needs none to be told apart): a position whose next byte differs is
// dismissed without a comparison (case folding keeps characters ASCII or not).
struct LeadCandidate {
  const date_words::MessageLead* lead;
  unsigned char second;
};

unsigned char fold_ascii(unsigned char c) noexcept { return c >= 'A' && c <= 'Z' ? static_cast<unsigned char>(c - 'A' + 'a') : c; }

// The message leads that can match at a byte, in their order: those starting with that
// ASCII letter in either case (an ASCII byte that starts none dismisses a position before any
// comparison; this runs for every date of every reference), and for the first byte of a
// non-ASCII character those starting with one (case folding keeps characters ASCII or not,
// so the comparison decides among them).
const std::array<std::vector<LeadCandidate>, 256>& leads_by_first_byte() {
  static const std::array<std::vector<LeadCandidate>, 256> table = [] {
    std::array<std::vector<LeadCandidate>, 256> t;
    for (const date_words::MessageLead& lead : date_words::message_leads()) {
      if (lead.words.empty()) continue;
      const auto first = static_cast<unsigned char>(lead.words.front());
      const auto second = lead.words.size() > 1 ? static_cast<unsigned char>(lead.words[1]) : 0;
      const unsigned char needed = first < 0x80 && second < 0x80 && second != ' ' ? fold_ascii(second) : 0;
      for (int b = 0; b < 0x100; ++b) {
        const auto c = static_cast<unsigned char>(b);
        if (first < 0x80 ? c < 0x80 && fold_ascii(c) == fold_ascii(first) : c >= 0x80) t[c].push_back({&lead, needed});
      }
    }
    return t;
  }();
  return table;
}

// The role announced by the last date message ("Retrieved", "Consultado el", "Archivado
// desde el original el": model/date_words, the reader's vocabulary) in the bytes before
// `begin`.
std::optional<DateRole> role_before(std::string_view t, std::size_t begin) {
  const std::size_t from = begin > kRoleWindow ? begin - kRoleWindow : 0;
  const std::string_view window = t.substr(from, begin - from);
  const auto& leads = leads_by_first_byte();
  for (std::size_t i = window.size(); i-- > 0;) {
    const auto c = static_cast<unsigned char>(window[i]);
    if (leads[c].empty() || (c & 0xC0) == 0x80 || !text::at_word_start(window, i)) continue;
    const unsigned char next = i + 1 < window.size() ? fold_ascii(static_cast<unsigned char>(window[i + 1])) : 0;
    for (const LeadCandidate& candidate : leads[c]) {
      if (candidate.second && candidate.second != next) continue;
      std::size_t n = 0;
      if (!text::starts_with_fold(window, i, candidate.lead->words, &n)) continue;
      return candidate.lead->role == date_words::DateRole::accessed ? DateRole::accessed : DateRole::archived;
    }
  }
  return std::nullopt;
}

bool matches(const DatePhrase& p, const DatePoint& point) {
  if (point.month && p.month && p.month != point.month) {
    // A d/m/y reading may be m/d/y.
    if (!(p.month == point.day && p.day == point.month && !p.month_in_words)) return false;
  }
  if (point.month && !p.month) return false;
  if (point.day && p.day != point.day && !(p.month == point.day && p.day == point.month && !p.month_in_words))
    return false;
  return true;
}

}  // namespace

std::vector<DatePhrase> find_date_phrases(std::string_view t, int year) {
  std::vector<DatePhrase> out;
  if (year < 1000 || year > 9999) return out;
  char ys_buf[8];
  auto [end, ec] = std::to_chars(ys_buf, ys_buf + sizeof ys_buf, year);
  const std::string_view ystr(ys_buf, static_cast<std::size_t>(end - ys_buf));
  for (std::size_t ys = t.find(ystr); ys != std::string_view::npos; ys = t.find(ystr, ys + 1)) {
    const std::size_t ye = ys + ystr.size();
    if ((ys > 0 && is_digit(t[ys - 1])) || (ye < t.size() && is_digit(t[ye]))) continue;
    DatePhrase p;
    p.year = year;
    p.range = {ys, ye};
    if (!iso_after(t, ye, p) && !numeric_before(t, ys, p)) textual_before(t, ys, p);
    out.push_back(p);
  }
  return out;
}

std::optional<DatePhrase> find_date(std::string_view t, const DatePoint& point, DateRole role) {
  if (!point.has_year) return std::nullopt;
  std::optional<DatePhrase> fallback, exact_fallback;
  for (const DatePhrase& p : find_date_phrases(t, point.year)) {
    if (!matches(p, point)) continue;
    const std::optional<DateRole> r = role_before(t, p.range.begin);
    const bool role_ok = role == DateRole::issued ? !r : r == role;
    const bool same_precision = (point.month != 0) == (p.month != 0) && (point.day != 0) == (p.day != 0);
    if (role_ok && same_precision) return p;
    if (same_precision && !exact_fallback) exact_fallback = p;
    if (!fallback) fallback = p;
  }
  return exact_fallback ? exact_fallback : fallback;
}

std::optional<DatePhrase> parse_date_phrase(std::string_view text) {
  // The year is the last run of exactly four digits.
  for (std::size_t i = text.size(); i >= 4; --i) {
    const std::size_t b = i - 4;
    bool digits = true;
    for (std::size_t k = b; k < i; ++k) digits = digits && is_digit(text[k]);
    if (!digits || (b > 0 && is_digit(text[b - 1])) || (i < text.size() && is_digit(text[i]))) continue;
    for (const DatePhrase& p : find_date_phrases(text, to_int(text.substr(b, 4))))
      if (p.range.end == i || p.range.begin == b) return p;
  }
  return std::nullopt;
}

}  // namespace citelib::checks

// Dates as reference lists print them, in every language of model/date_words/: a small
// tokenizer (numbers, words, dashes, punctuation) and a grammar of date "points" (ISO,
// d/m/y, day-month-year, month-day-year, month-year, season-year, year) joined into ranges
// ("June 3–9, 2017", "2016–17", "1 a 3 de março de 2013"). Nothing here allocates except the
// literal kept for year suffixes ("2017a") and proper-name dates ("First Quarter 2017").
#include "model/date_scan.hpp"
#include "model/date_words.hpp"

#include "core/text.hpp"

#include <array>
#include <cstring>
#include <optional>

namespace citelib {

namespace {

using date_words::WordInfo;
using date_words::WordKind;

enum class Tok : std::uint8_t { num, word, dash, comma, dot, slash, colon, unit, other };

// Kana, Han ideographs and Hangul syllables: text in these scripts may follow a number with no
// space between them.
bool unspaced_after_number(char32_t cp) noexcept {
  return (cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x3400 && cp <= 0x9FFF) || (cp >= 0xAC00 && cp <= 0xD7A3);
}

// Chinese, Japanese and Korean write a date's parts as numbers each followed by its unit:
// "2021年5月8日", "2021년 5월 8일". A unit is a token only right after a number; its value says
// which part the number was (1 year, 2 month, 3 day).
int cjk_unit(char32_t cp) noexcept {
  switch (cp) {
    case U'\u5E74': case U'\uB144': return 1;  // 年 년
    case U'\u6708': case U'\uC6D4': return 2;  // 月 월
    case U'\u65E5': case U'\uC77C': return 3;  // 日 일
    default: return 0;
  }
}

struct Token {
  Tok kind = Tok::other;
  std::uint32_t begin = 0, end = 0;
  int value = 0;              // numbers
  std::uint8_t digits = 0;    // numbers
  bool ordinal = false;       // "1st", "1er", "1º"
  char year_suffix = 0;       // "2017a"
  bool spaced = false;        // whitespace before the token
  WordInfo word;              // words
};

constexpr std::size_t kMaxTokens = 40;

class Tokens {
 public:
  explicit Tokens(std::string_view s) : s_(s) {}

  // Token i, tokenizing lazily; nullptr past the end of the text.
  const Token* at(std::size_t i) {
    while (n_ <= i) {
      if (n_ == kMaxTokens || !next()) return nullptr;
    }
    return &toks_[i];
  }

 private:
  bool next() {
    bool spaced = false;
    while (pos_ < s_.size()) {
      const std::size_t sp = text::space_len_at(s_, pos_);
      if (!sp) break;
      pos_ += sp;
      spaced = true;
    }
    if (pos_ >= s_.size()) return false;
    Token t;
    t.spaced = spaced;
    t.begin = static_cast<std::uint32_t>(pos_);
    const char c = s_[pos_];
    if (text::is_ascii_digit(c)) {
      std::size_t e = pos_;
      long v = 0;
      while (e < s_.size() && text::is_ascii_digit(s_[e])) {
        if (e - pos_ < 9) v = v * 10 + (s_[e] - '0');
        ++e;
      }
      t.kind = Tok::num;
      t.digits = static_cast<std::uint8_t>(e - pos_ > 255 ? 255 : e - pos_);
      t.value = static_cast<int>(v);
      if (e < s_.size() && static_cast<unsigned char>(s_[e]) >= 0x80 &&
          (cjk_unit(text::decode(s_, e).cp) || unspaced_after_number(text::decode(s_, e).cp))) {
        // "2021年": the unit is the next token; "2016-03-04時点", "2021-05-08에": Japanese and
        // Chinese write the next word without a space, Korean glues its particle.
      } else if (e < s_.size() && !text::at_word_end(s_, e)) {
        // Letters glued to the number: an ordinal suffix, a year disambiguator, or not a date.
        std::size_t n = 0;
        bool done = false;
        for (const date_words::DateLanguage* l : date_words::all_date_languages()) {
          for (std::string_view o : l->ordinals) {
            if (text::starts_with_fold(s_, e, o, &n) && text::at_word_end(s_, e + n)) {
              t.ordinal = true;
              e += n;
              done = true;
              break;
            }
          }
          if (done) break;
        }
        if (!done && (date_words::match_phrase(s_.substr(e), date_words::PhraseKind::era_bc) ||
                      date_words::match_phrase(s_.substr(e), date_words::PhraseKind::era_ad))) {
          done = true;  // "2500BC", as CSL styles print it: the era is the next token
        }
        if (!done) {
          if (t.digits == 4 && s_[e] >= 'a' && s_[e] <= 'z' && text::at_word_end(s_, e + 1)) {
            t.year_suffix = s_[e];
            ++e;
          } else {
            t.kind = Tok::other;
            while (e < s_.size() && !text::at_word_end(s_, e)) e += text::decode(s_, e).len;
          }
        }
      } else if (e < s_.size()) {
        // "1º", "1°": ordinal indicators are not letters in every Unicode version. Portuguese
        // and Spanish also write "1.º" (a period before the indicator).
        const std::size_t dot = s_[e] == '.' && e + 1 < s_.size() ? 1 : 0;
        const text::CodePoint cp = text::decode(s_, e + dot);
        if (cp.cp == 0xBA || cp.cp == 0xB0 || cp.cp == 0xAA) {
          t.ordinal = true;
          e += dot + cp.len;
        }
      }
      t.end = static_cast<std::uint32_t>(e);
    } else if (const std::size_t dl = text::dash_len_at(s_, pos_)) {
      t.kind = Tok::dash;
      t.value = (dl == 1) ? '-' : 0;
      t.end = static_cast<std::uint32_t>(pos_ + dl);
    } else if (c == ',' || c == '.' || c == '/' || c == ':') {
      t.kind = c == ',' ? Tok::comma : c == '.' ? Tok::dot : c == '/' ? Tok::slash : Tok::colon;
      t.end = t.begin + 1;
    } else if (const text::CodePoint u = text::decode(s_, pos_);
               n_ > 0 && !spaced && toks_[n_ - 1].kind == Tok::num && cjk_unit(u.cp)) {
      // "年" right after "2021" (Korean "일" before a particle, "8일에", ends the date there).
      t.kind = Tok::unit;
      t.value = cjk_unit(u.cp);
      t.end = static_cast<std::uint32_t>(pos_ + u.len);
    } else {
      const text::CodePoint cp = text::decode(s_, pos_);
      if (text::is_letter_cp(cp.cp)) {
        std::size_t e = pos_;
        while (e < s_.size()) {
          const text::CodePoint w = text::decode(s_, e);
          if (!text::is_letter_cp(w.cp)) break;
          e += w.len;
        }
        t.kind = Tok::word;
        t.end = static_cast<std::uint32_t>(e);
        t.word = date_words::lookup_word(s_.substr(pos_, e - pos_));
      } else {
        t.kind = Tok::other;
        t.end = static_cast<std::uint32_t>(pos_ + cp.len);
      }
    }
    pos_ = t.end;
    toks_[n_++] = t;
    return true;
  }

  std::string_view s_;
  std::size_t pos_ = 0;
  std::array<Token, kMaxTokens> toks_{};
  std::size_t n_ = 0;
};

// One end of a date as far as it goes; the range step fills in what the other end shares.
struct Partial {
  int year = 0;
  bool has_year = false;
  std::uint8_t year_digits = 0;
  std::uint8_t month = 0;
  std::uint8_t day = 0;
  Season season = Season::none;
  char year_suffix = 0;
  bool era = false;           // an era was written ("430 BC", "AD 77")
  bool before_christ = false; // ... and it was before Christ: the year is negative
  std::size_t next = 0;  // first token after the point
};

class Grammar {
 public:
  explicit Grammar(std::string_view s) : s_(s), t_(s) {}

  std::string_view text() const { return s_; }
  Tokens& tokens() { return t_; }

  bool is(std::size_t i, Tok k) { const Token* t = t_.at(i); return t && t->kind == k; }
  bool word_is(std::size_t i, WordKind k) { const Token* t = t_.at(i); return t && t->kind == Tok::word && t->word.kind == k; }
  // Adjacent: no whitespace between token i-1 and i.
  bool tight(std::size_t i) { const Token* t = t_.at(i); return t && !t->spaced; }

  bool year_tok(std::size_t i) {
    const Token* t = t_.at(i);
    if (!t || t->kind != Tok::num || t->ordinal) return false;
    // Three-digit years exist (CS1 accepts them); four-digit numbers past 2099 are not years.
    if ((t->digits == 4 && t->value <= 2099) || (t->digits == 3 && t->value >= 100)) return true;
    // Any year with an era after it, or after the range it starts ("44 BC", "44–43 BC").
    if (t->digits > 4 || t->value < 1 || t->year_suffix) return false;
    if (era_at(i + 1)) return true;
    const Token* end = t_.at(i + 2);
    return is(i + 1, Tok::dash) && end && end->kind == Tok::num && !end->ordinal && end->digits <= 4 && era_at(i + 3);
  }

  // Token index after an era phrase starting at token i ("BC", "a. C.", "до н. э."), or 0;
  // `*bc` tells which era.
  std::size_t era_at(std::size_t i, bool* bc = nullptr) {
    const Token* t = t_.at(i);
    if (!t || t->kind != Tok::word) return 0;
    const std::string_view rest = s_.substr(t->begin);
    std::size_t n = date_words::match_phrase(rest, date_words::PhraseKind::era_bc);
    const bool before = n != 0;
    if (!n) n = date_words::match_phrase(rest, date_words::PhraseKind::era_ad);
    if (!n) return 0;
    if (bc) *bc = before;
    std::size_t j = i;
    while (const Token* x = t_.at(j)) {
      if (x->begin >= t->begin + n) break;
      ++j;
    }
    return j;
  }
  bool day_tok(std::size_t i) {
    const Token* t = t_.at(i);
    return t && t->kind == Tok::num && t->digits <= 2 && t->value >= 1 && t->value <= 31 && !t->year_suffix;
  }

  // Year with its optional tail ("2017 года", "2017 г.").
  std::size_t take_year(std::size_t i, Partial& p) {
    const Token* t = t_.at(i);
    p.year = t->value;
    p.has_year = true;
    p.year_digits = t->digits;
    p.year_suffix = t->year_suffix;
    ++i;
    if (word_is(i, WordKind::year_tail)) {
      ++i;
      if (is(i, Tok::dot) && tight(i)) ++i;
    }
    if (std::size_t j = era_at(i, &p.before_christ)) {
      p.era = true;
      i = j;
    }
    return i;
  }

  std::size_t skip_links(std::size_t i) {
    while (word_is(i, WordKind::link)) ++i;
    return i;
  }

  std::optional<Partial> iso(std::size_t i) {
    const Token* y = t_.at(i);
    if (!y || y->kind != Tok::num || y->digits != 4 || y->year_suffix) return std::nullopt;
    const Token* d1 = t_.at(i + 1);
    if (!d1 || d1->kind != Tok::dash || d1->value != '-' || d1->spaced) return std::nullopt;
    const Token* m = t_.at(i + 2);
    if (!m || m->kind != Tok::num || m->digits > 2 || m->spaced || m->ordinal) return std::nullopt;
    Partial p;
    p.year = y->value;
    p.has_year = true;
    p.year_digits = 4;
    const Token* d2 = t_.at(i + 3);
    const Token* d = t_.at(i + 4);
    if (d2 && d2->kind == Tok::dash && d2->value == '-' && !d2->spaced && d && d->kind == Tok::num &&
        d->digits <= 2 && !d->spaced && !d->ordinal) {
      if (m->value < 1 || m->value > 12 || d->value < 1 || d->value > 31) return std::nullopt;
      p.month = static_cast<std::uint8_t>(m->value);
      p.day = static_cast<std::uint8_t>(d->value);
      p.next = i + 5;
      return p;
    }
    // "2017-09" is a year and month; "2016-17" (second part above 12) is a range of years.
    if (m->digits != 2 || m->value < 1 || m->value > 12) return std::nullopt;
    p.month = static_cast<std::uint8_t>(m->value);
    p.next = i + 3;
    return p;
  }

  std::optional<Partial> numeric(std::size_t i) {
    const Token* a = t_.at(i);
    if (!a || a->kind != Tok::num || a->ordinal) return std::nullopt;
    const Token* s1 = t_.at(i + 1);
    if (!s1 || (s1->kind != Tok::slash && s1->kind != Tok::dot) || s1->spaced) return std::nullopt;
    const Token* b = t_.at(i + 2);
    const Token* s2 = t_.at(i + 3);
    const Token* c = t_.at(i + 4);
    if (!b || !s2 || !c || b->kind != Tok::num || s2->kind != s1->kind || c->kind != Tok::num || b->spaced ||
        s2->spaced || c->spaced || b->digits > 2)
      return std::nullopt;
    Partial p;
    if (a->digits == 4 && c->digits <= 2 && s1->kind == Tok::slash) {  // 2017/09/11
      if (b->value < 1 || b->value > 12 || c->value < 1 || c->value > 31) return std::nullopt;
      p.year = a->value;
      p.month = static_cast<std::uint8_t>(b->value);
      p.day = static_cast<std::uint8_t>(c->value);
    } else {
      if (a->digits > 2 || c->digits != 4 || c->year_suffix) return std::nullopt;
      int day = a->value, month = b->value;
      if (month > 12 && day <= 12) std::swap(day, month);  // 09/25/2017 is US order
      if (day < 1 || day > 31 || month < 1 || month > 12) return std::nullopt;
      p.year = c->value;
      p.month = static_cast<std::uint8_t>(month);
      p.day = static_cast<std::uint8_t>(day);
    }
    p.has_year = true;
    p.year_digits = 4;
    p.next = i + 5;
    return p;
  }

  // 11 September 2017, 12 de marzo de 2015, 12. März 2015, 1er mars, 3 (range start)
  std::optional<Partial> day_first(std::size_t i, bool allow_bare_day) {
    if (!day_tok(i)) return std::nullopt;
    Partial p;
    p.day = static_cast<std::uint8_t>(t_.at(i)->value);
    std::size_t j = i + 1;
    if (is(j, Tok::dot) && tight(j)) ++j;
    const std::size_t after_day = j;
    j = skip_links(j);
    if (word_is(j, WordKind::month)) {
      p.month = t_.at(j)->word.value;
      ++j;
      if (is(j, Tok::dot) && tight(j)) ++j;
      std::size_t k = skip_links(j);
      if (is(k, Tok::comma)) ++k;
      if (year_tok(k)) j = take_year(k, p);
      p.next = j;
      return p;
    }
    if (!allow_bare_day) return std::nullopt;
    p.next = after_day;
    return p;
  }

  // September 11, 2017; Sep. 2017; diciembre de 1996; August, 1975; June (range start)
  std::optional<Partial> month_first(std::size_t i) {
    if (!word_is(i, WordKind::month)) return std::nullopt;
    Partial p;
    p.month = t_.at(i)->word.value;
    std::size_t j = i + 1;
    if (is(j, Tok::dot) && tight(j)) ++j;
    if (day_tok(j) && !year_tok(j)) {
      p.day = static_cast<std::uint8_t>(t_.at(j)->value);
      ++j;
      std::size_t k = skip_clock(j);
      if (is(k, Tok::comma)) ++k;
      if (year_tok(k)) j = take_year(k, p);
      p.next = j;
      return p;
    }
    std::size_t k = skip_links(j);
    if (is(k, Tok::comma)) ++k;
    if (year_tok(k)) j = take_year(k, p);
    p.next = j;
    return p;
  }

  std::optional<Partial> season_first(std::size_t i) {
    if (!word_is(i, WordKind::season)) return std::nullopt;
    Partial p;
    p.season = static_cast<Season>(t_.at(i)->word.value);
    std::size_t j = skip_links(i + 1);
    if (is(j, Tok::comma)) ++j;
    if (!year_tok(j)) return std::nullopt;
    p.next = take_year(j, p);
    return p;
  }

  bool unit_is(std::size_t i, int unit) { const Token* t = t_.at(i); return t && t->kind == Tok::unit && t->value == unit; }

  // 2021年5月8日, 2021년 5월 8일, 2021年5月, 2021年: each number followed by its unit.
  std::optional<Partial> cjk(std::size_t i) {
    // The unit is glued to the year: look at its byte before tokenizing further.
    const Token* y = t_.at(i);
    if (!y || y->kind != Tok::num || y->end >= s_.size() || static_cast<unsigned char>(s_[y->end]) < 0x80) return std::nullopt;
    if (!year_tok(i) || !unit_is(i + 1, 1)) return std::nullopt;
    Partial p;
    p.year = y->value;
    p.has_year = true;
    p.year_digits = y->digits;
    p.next = i + 2;
    const Token* m = t_.at(i + 2);
    if (!m || m->kind != Tok::num || m->ordinal || m->value < 1 || m->value > 12 || m->digits > 2 || !unit_is(i + 3, 2))
      return p;
    p.month = static_cast<std::uint8_t>(m->value);
    p.next = i + 4;
    if (day_tok(i + 4) && unit_is(i + 5, 3)) {
      p.day = static_cast<std::uint8_t>(t_.at(i + 4)->value);
      p.next = i + 6;
    }
    return p;
  }

  std::optional<Partial> year_only(std::size_t i) {
    bool bc = false;
    if (const std::size_t j = era_at(i, &bc); j && !bc) {
      // "AD 77", "A.D. 1066": the era before the year.
      const Token* t = t_.at(j);
      if (!t || t->kind != Tok::num || t->ordinal || t->digits > 4 || t->value < 1 || t->year_suffix) return std::nullopt;
      Partial p;
      p.year = t->value;
      p.has_year = true;
      p.year_digits = t->digits;
      p.era = true;
      p.next = j + 1;
      return p;
    }
    if (!year_tok(i)) return std::nullopt;
    Partial p;
    p.next = take_year(i, p);
    return p;
  }

  // "18:43:42 CEST" between the day and the year of a timestamp ("Wed July 8 18:43:42 CEST
  // 2009", the form mail archives print): the token after it, or i when there is none.
  std::size_t skip_clock(std::size_t i) {
    auto two = [&](std::size_t k) { const Token* t = t_.at(k); return t && t->kind == Tok::num && t->digits == 2 && !t->ordinal; };
    const Token* h = t_.at(i);
    if (!h || h->kind != Tok::num || h->digits > 2 || h->value > 23 || !is(i + 1, Tok::colon) || !tight(i + 1) ||
        !two(i + 2) || !tight(i + 2))
      return i;
    std::size_t k = i + 3;
    if (is(k, Tok::colon) && tight(k) && two(k + 1) && tight(k + 1)) k += 2;
    // A time zone abbreviation: two to five capitals that are no date word.
    if (const Token* z = t_.at(k); z && z->kind == Tok::word && z->word.kind == WordKind::none) {
      const std::string_view w = s_.substr(z->begin, z->end - z->begin);
      bool caps = w.size() >= 2 && w.size() <= 5;
      for (char ch : w) caps = caps && ch >= 'A' && ch <= 'Z';
      if (caps) ++k;
    }
    return k;
  }

  // The point that consumes the most tokens at i.
  std::optional<Partial> point(std::size_t i, bool allow_bare_day) {
    // "Wed July 8 …", "Monday, 3 May 2010": a weekday before the date.
    if (word_is(i, WordKind::weekday)) {
      std::size_t j = i + 1;
      if (is(j, Tok::comma) || (is(j, Tok::dot) && tight(j))) ++j;
      if (j < kMaxTokens && t_.at(j)) return point(j, allow_bare_day);
    }
    std::optional<Partial> best;
    auto consider = [&](std::optional<Partial> p) {
      if (p && (!best || p->next > best->next)) best = p;
    };
    consider(iso(i));
    consider(numeric(i));
    consider(day_first(i, allow_bare_day));
    consider(month_first(i));
    consider(season_first(i));
    consider(year_only(i));
    consider(cjk(i));
    return best;
  }

  // Token index after a range connector at i (a dash or a range word), or 0.
  std::size_t connector(std::size_t i) {
    if (is(i, Tok::dash) || word_is(i, WordKind::range)) return i + 1;
    // ABNT "jan./jun. 2010", "May/June 2018": a slash between two months.
    if (is(i, Tok::slash) && word_is(i + 1, WordKind::month) && i > 0 &&
        (word_is(i - 1, WordKind::month) || (is(i - 1, Tok::dot) && i > 1 && word_is(i - 2, WordKind::month))))
      return i + 1;
    return 0;
  }

 private:
  std::string_view s_;
  Tokens t_;
};

bool complete(const Partial& p) {
  if (!p.has_year) return false;
  if (p.day && !p.month) return false;
  return true;
}

// The year as CSL-JSON counts it: negative before Christ (no year 0).
int signed_year(const Partial& p) { return p.before_christ ? -p.year : p.year; }

DatePoint to_point(const Partial& p) {
  DatePoint d;
  d.year = signed_year(p);
  d.has_year = true;
  d.month = p.month;
  d.day = p.month ? p.day : 0;
  d.season = p.season;
  return d;
}

}  // namespace

namespace {
DateScan scan_date_written(std::string_view s) noexcept;
}  // namespace

DateScan scan_date(std::string_view s) noexcept {
  DateScan out = scan_date_written(s);
  // APA puts the year first: "2010, March 3", "2010, March 3–5", "2010, Spring". Read as the
  // same date written with its year last, when what follows the comma (up to a bracket or a
  // period) is a date without its year.
  if (out.length == 4 && out.date.start.has_year && !out.date.start.month && out.date.start.season == Season::none &&
      !out.date.end && !out.date.circa && out.date.literal.empty() && s.size() > 6 && s.compare(4, 2, ", ") == 0 &&
      !text::is_ascii_digit(s[6])) {
    std::size_t e = 6;
    while (e < s.size() && e < 48 && s[e] != ')' && s[e] != ']' && s[e] != '.' && s[e] != ';' && s[e] != ',') ++e;
    std::array<char, 64> buf{};
    const std::size_t n = e - 6;
    if (n >= 3 && n + 6 <= buf.size()) {
      std::memcpy(buf.data(), s.data() + 6, n);
      std::memcpy(buf.data() + n, ", ", 2);
      std::memcpy(buf.data() + n + 2, s.data(), 4);
      const std::string_view swapped(buf.data(), n + 6);
      DateScan y = scan_date_written(swapped);
      if (y.length == swapped.size() && y.date.start.has_year && y.date.start.year == out.date.start.year &&
          (y.date.start.month || y.date.start.season != Season::none) && y.date.literal.empty()) {
        y.length = e;
        return y;
      }
    }
  }
  return out;
}

namespace {

DateScan scan_date_written(std::string_view s) noexcept {
  DateScan out;
  if (s.empty()) return out;

  std::size_t lead = 0;
  bool circa = false;
  int quarter = 0;
  if (std::size_t n = date_words::match_phrase(s, date_words::PhraseKind::undated)) {
    out.date.undated = true;
    out.length = n;
    return out;
  }
  if (std::size_t n = date_words::match_phrase(s, date_words::PhraseKind::circa)) {
    circa = true;
    lead = n;
  } else if (std::size_t q = date_words::match_phrase(s, date_words::PhraseKind::quarter, &quarter)) {
    lead = q;
  }
  while (lead && lead < s.size()) {
    const std::size_t sp = text::space_len_at(s, lead);
    if (!sp) break;
    lead += sp;
  }
  if (lead && (lead >= s.size() || !text::is_ascii_digit(s[lead]))) {
    // "c." or a quarter name must be followed by a year ("c. AD 121" too).
    const bool era_first = circa && date_words::match_phrase(s.substr(lead), date_words::PhraseKind::era_ad);
    if (!((quarter || era_first) && lead < s.size())) return out;
  }

  Grammar g(s.substr(lead));
  std::optional<Partial> p1 = g.point(0, /*allow_bare_day=*/true);
  if (!p1) return out;

  Partial a = *p1;
  std::optional<Partial> b;
  if (std::size_t c = g.connector(a.next)) {
    std::optional<Partial> p2 = g.point(c, /*allow_bare_day=*/false);
    const Token* t = g.tokens().at(c);
    if (t && t->kind == Tok::num && !t->ordinal && t->digits <= 2 && a.has_year && !a.month && !a.day && !a.era &&
        !g.era_at(c + 1)) {
      // "2016–17", "Summer 2017–18": the second year written with two digits.
      if (!p2 || p2->next <= c + 1) {
        Partial y;
        y.year = a.year / 100 * 100 + t->value;
        if (y.year < a.year) y.year += 100;
        y.has_year = true;
        y.next = c + 1;
        p2 = y;
      }
    } else if (t && t->kind == Tok::num && t->digits <= 2 && !p2) {
      // "June 3–9, 2017": a day, then the shared year.
      Partial d;
      d.day = static_cast<std::uint8_t>(t->value);
      std::size_t j = c + 1;
      if (g.is(j, Tok::comma)) ++j;
      if (g.year_tok(j)) {
        j = g.take_year(j, d);
        d.next = j;
        p2 = d;
      } else if (a.has_year && a.month && a.day && t->value >= 1 && t->value <= 31) {
        d.next = c + 1;
        p2 = d;
      }
    }
    if (p2) {
      Partial x = a, y = *p2;
      if (!x.has_year && y.has_year) {
        x.year = y.year;
        x.has_year = true;
      }
      if (!y.has_year && x.has_year) {
        y.year = x.year;
        y.has_year = true;
      }
      if (y.day && !y.month) y.month = x.month;
      if (x.day && !x.month) x.month = y.month;
      if (x.season == Season::none && y.season != Season::none && !x.month) x.season = y.season;
      // "431–404 BC": the era written at the end is the start's too.
      if (y.era && !x.era) x.era = true, x.before_christ = y.before_christ;
      // Ranges join four-digit years: "107–125" is a page range, not years; with an era
      // they are years whatever their length.
      const bool years = (x.year >= 1000 && y.year >= 1000) || y.era;
      if (years && complete(x) && complete(y) && !(x.day && !y.day) && signed_year(y) >= signed_year(x)) b = y, a = x;
    }
  }
  if (!b && !complete(a)) return out;

  const Token* last = g.tokens().at((b ? b->next : a.next) - 1);
  out.length = lead + last->end;
  out.date.start = to_point(a);
  if (b) out.date.end = to_point(*b);
  out.date.circa = circa;
  if (a.year_suffix || quarter) out.date.literal = std::string(s.substr(0, out.length));
  return out;
}

}  // namespace

Date parse_date(std::string_view input) {
  const std::string_view t = text::trim(input);
  if (t.empty()) return {};
  // Every date with parts has a digit; without one only "n.d." and its kin are dates. Most
  // texts readers try are names and titles: reject them before tokenizing.
  if (t.find_first_of("0123456789") == std::string_view::npos) {
    Date d;
    const std::size_t n = date_words::match_phrase(t, date_words::PhraseKind::undated);
    if (n && (n == t.size() || (n + 1 == t.size() && t.back() == '.'))) d.undated = true;
    else d.literal = std::string(t);
    return d;
  }
  DateScan d = scan_date(t);
  if (d.length == t.size() || (d.length + 1 == t.size() && t.back() == '.')) return std::move(d.date);
  Date lit;
  lit.literal = std::string(t);
  return lit;
}

}  // namespace citelib

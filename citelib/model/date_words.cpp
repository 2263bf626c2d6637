#include "model/date_words.hpp"

#include "core/text.hpp"

#include <algorithm>
#include <array>
#include <vector>

namespace citelib::date_words {

extern const DateLanguage kEnglishDates;
extern const DateLanguage kSpanishDates;
extern const DateLanguage kPortugueseDates;
extern const DateLanguage kGermanDates;
extern const DateLanguage kFrenchDates;
extern const DateLanguage kItalianDates;
extern const DateLanguage kRussianDates;
extern const DateLanguage kJapaneseDates;
extern const DateLanguage kKoreanDates;
extern const DateLanguage kChineseDates;

std::span<const DateLanguage* const> all_date_languages() noexcept {
  static const std::array<const DateLanguage*, 10> kAll = {
      &kEnglishDates, &kSpanishDates, &kPortugueseDates, &kGermanDates,  &kFrenchDates,
      &kItalianDates, &kRussianDates, &kJapaneseDates,   &kKoreanDates,  &kChineseDates,
  };
  return kAll;
}

namespace {

struct Entry {
  std::string_view word;
  WordInfo info;
};

// One sorted table of every single word of every language, built on first use.
const std::vector<Entry>& merged() {
  static const std::vector<Entry> table = [] {
    std::vector<Entry> t;
    for (const DateLanguage* l : all_date_languages()) {
      for (const MonthWord& m : l->months) t.push_back({m.word, {WordKind::month, m.month}});
      for (const SeasonWord& s : l->seasons)
        t.push_back({s.word, {WordKind::season, static_cast<std::uint8_t>(s.season)}});
      for (std::string_view w : l->links) t.push_back({w, {WordKind::link, 0}});
      for (std::string_view w : l->range_words) t.push_back({w, {WordKind::range, 0}});
      for (std::string_view w : l->year_tails)
        t.push_back({w, {WordKind::year_tail, 0}});
      for (std::string_view w : l->weekdays) t.push_back({w, {WordKind::weekday, 0}});
    }
    std::sort(t.begin(), t.end(), [](const Entry& a, const Entry& b) { return a.word < b.word; });
    t.erase(std::unique(t.begin(), t.end(), [](const Entry& a, const Entry& b) { return a.word == b.word; }),
            t.end());
    return t;
  }();
  return table;
}

}  // namespace

WordInfo lookup_word(std::string_view word) noexcept {
  // Lowercase into a small buffer; month and season words are short.
  char buf[48];
  std::size_t n = 0;
  for (std::size_t i = 0; i < word.size();) {
    const text::CodePoint c = text::decode(word, i);
    char32_t f = text::fold_cp(c.cp);
    i += c.len;
    if (f < 0x80) {
      if (n + 1 > sizeof buf) return {};
      buf[n++] = static_cast<char>(f);
    } else if (f < 0x800) {
      if (n + 2 > sizeof buf) return {};
      buf[n++] = static_cast<char>(0xC0 | (f >> 6));
      buf[n++] = static_cast<char>(0x80 | (f & 0x3F));
    } else if (f < 0x10000) {
      if (n + 3 > sizeof buf) return {};
      buf[n++] = static_cast<char>(0xE0 | (f >> 12));
      buf[n++] = static_cast<char>(0x80 | ((f >> 6) & 0x3F));
      buf[n++] = static_cast<char>(0x80 | (f & 0x3F));
    } else {
      return {};
    }
  }
  const std::string_view key(buf, n);
  const auto& t = merged();
  auto it = std::lower_bound(t.begin(), t.end(), key, [](const Entry& e, std::string_view k) { return e.word < k; });
  if (it != t.end() && it->word == key) return it->info;
  return {};
}

namespace {

struct PhraseEntry {
  std::string_view form;
  PhraseKind kind;
  int value;
};

// Circa, no-date, quarter and era forms of every language, by the first letter they start with.
const std::array<std::vector<PhraseEntry>, 64>& phrase_buckets() {
  static const std::array<std::vector<PhraseEntry>, 64> buckets = [] {
    std::array<std::vector<PhraseEntry>, 64> b;
    for (const DateLanguage* l : all_date_languages()) {
      const std::pair<std::span<const std::string_view>, PhraseKind> lists[] = {
          {l->circa, PhraseKind::circa},     {l->undated, PhraseKind::undated}, {l->quarters, PhraseKind::quarter},
          {l->eras_bc, PhraseKind::era_bc}, {l->eras_ad, PhraseKind::era_ad}};
      for (const auto& [forms, kind] : lists)
        for (std::size_t k = 0; k < forms.size(); ++k)
          b[text::fold_cp(text::decode(forms[k], 0).cp) % 64].push_back({forms[k], kind, static_cast<int>(k) + 1});
    }
    return b;
  }();
  return buckets;
}

}  // namespace

std::size_t match_phrase(std::string_view text, PhraseKind kind, int* value) noexcept {
  // No form starts with a digit, and most dates do.
  if (text.empty() || text::is_ascii_digit(text[0])) return 0;
  std::size_t best = 0;
  for (const PhraseEntry& e : phrase_buckets()[text::fold_cp(text::decode(text, 0).cp) % 64]) {
    if (e.kind != kind) continue;
    std::size_t n = 0;
    const bool era = kind == PhraseKind::era_bc || kind == PhraseKind::era_ad;
    if (!text::starts_with_fold(text, 0, e.form, &n)) {
      // An era that ends the text may have lost its last period to the element it closed:
      // "De bello Gallico. 52 v. Chr." gives the element "52 v. Chr".
      if (!era || e.form.back() != '.' || !text::starts_with_fold(text, 0, e.form.substr(0, e.form.size() - 1), &n) ||
          n != text.size())
        continue;
    }
    if (n <= best) continue;
    // A form that ends in a letter must end the word ("nd" is not the start of "nda").
    if (e.form.back() != '.' && !text::at_word_end(text, n)) continue;
    best = n;
    if (value) *value = e.value;
  }
  return best;
}

std::span<const MessageLead> message_leads() noexcept {
  static const std::vector<MessageLead> leads = [] {
    std::vector<MessageLead> out;
    for (const DateLanguage* l : all_date_languages())
      for (const DateMessage& m : l->messages) {
        std::string_view lead = m.pattern.substr(0, m.pattern.find('{'));
        lead = text::trim(lead);
        if (lead.empty()) continue;
        const bool seen = std::any_of(out.begin(), out.end(), [&](const MessageLead& o) {
          return o.role == m.role && text::equals_fold(o.words, lead);
        });
        if (!seen) out.push_back({lead, m.role});
      }
    return out;
  }();
  return leads;
}

}  // namespace citelib::date_words

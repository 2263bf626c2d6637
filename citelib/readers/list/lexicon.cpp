#include "readers/list/lexicon.hpp"

#include "readers/list/language_names.hpp"
#include "readers/list/names.hpp"

#include "core/text.hpp"
#include "citelib/model/date.hpp"
#include "model/date_scan.hpp"
#include "model/date_words.hpp"

#include <algorithm>
#include <array>

namespace citelib::list {

namespace {

// "Translated by John E. Woods.", "Interviewed by Mary K. Jones": the period of a middle
// initial (one capital after a space, `dot` its period) inside a name in natural order, before
// the name's next capitalised word, ends no slot. (An inverted name, "Smith, J. New York",
// ends at its last initial: the caller goes on after a comma only before another initial.)
bool initial_inside_name(std::string_view s, std::size_t from, std::size_t dot) {
  // "Illustrated by J. R. Smith": the slot may open with the initial.
  if (dot < from + 1 || dot < 2 || s[dot - 1] < 'A' || s[dot - 1] > 'Z' || (s[dot - 2] != ' ' && s[dot - 2] != '.')) return false;
  std::size_t j = dot + 1;
  while (j < s.size() && text::space_len_at(s, j)) j += text::space_len_at(s, j);
  if (j >= s.size() || !text::starts_upper(s.substr(j))) return false;
  // The next word is a name's: letters up to a space or the slot's end, no colon ("E. London:").
  std::size_t e = j;
  while (e < s.size() && s[e] != ' ' && s[e] != ':' && s[e] != ',') ++e;
  return e >= s.size() || s[e] != ':';
}

// "Translated by Woods, J. E. New York": another initial follows the period at `dot`.
bool initial_follows(std::string_view s, std::size_t dot) {
  std::size_t j = dot + 1;
  while (j < s.size() && text::space_len_at(s, j)) j += text::space_len_at(s, j);
  return j + 1 < s.size() && s[j] >= 'A' && s[j] <= 'Z' && s[j + 1] == '.';
}

// Kana and Han ideographs: Japanese and Chinese write words without spaces between them, so
// a word of theirs ends wherever its characters do ("閲覧。", "存档于2016").
bool unspaced_script(char32_t cp) {
  return (cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x3400 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF);
}

// A listed word that must end a word of the text to match ("nd" is not the start of "nda").
bool ends_alnum(std::string_view w) {
  if (w.empty()) return false;
  const text::CodePoint c = text::decode(w, text::prev_start(w, w.size()));
  return (text::is_letter_cp(c.cp) && !unspaced_script(c.cp)) || text::is_digit_cp(c.cp);
}

}  // namespace

std::size_t WordSet::bucket_of(std::string_view s, std::size_t pos) noexcept {
  return text::fold_cp(text::decode(s, pos).cp) % 64;
}

void WordSet::add(std::string_view word, std::uint32_t value) {
  if (word.empty()) return;
  auto& b = buckets_[bucket_of(word, 0)];
  auto it = std::find_if(b.begin(), b.end(), [&](const Entry& e) { return e.word.size() < word.size(); });
  b.insert(it, Entry{word, value});
}

WordMatch WordSet::match(std::string_view text, std::size_t pos) const noexcept {
  if (pos >= text.size()) return {};
  for (const Entry& e : buckets_[bucket_of(text, pos)]) {
    std::size_t n = 0;
    if (!text::starts_with_fold(text, pos, e.word, &n)) continue;
    if (ends_alnum(e.word) && !text::at_word_end(text, pos + n)) continue;
    return {n, e.value};
  }
  return {};
}

WordMatch WordSet::match_label(std::string_view text, std::size_t pos) const noexcept {
  if (pos >= text.size()) return {};
  for (const Entry& e : buckets_[bucket_of(text, pos)]) {
    std::size_t n = 0;
    if (!text::starts_with_fold(text, pos, e.word, &n)) continue;
    if (pos + n < text.size() && text::is_letter_cp(text::decode(text, pos + n).cp)) continue;
    return {n, e.value};
  }
  return {};
}

WordMatch WordSet::whole(std::string_view text) const noexcept {
  if (text.empty()) return {};
  for (const Entry& e : buckets_[bucket_of(text, 0)]) {
    std::size_t n = 0;
    if (text::starts_with_fold(text, 0, e.word, &n) && n == text.size()) return {n, e.value};
  }
  return {};
}

const Lexicon& Lexicon::get() {
  static const Lexicon lexicon;
  return lexicon;
}

Lexicon::Lexicon() {
  auto add_all = [](WordSet& set, std::span<const std::string_view> words) {
    for (std::string_view w : words) set.add(w);
  };
  for (const ReaderLanguage* l : all_reader_languages()) {
    add_all(headings, l->headings);
    add_all(other_sections, l->other_sections);
    add_all(jump_up, l->jump_up);
    add_all(cite_error_lines, l->cite_error_lines);
    for (const LanguageName& n : l->language_names) {
      language_names.add(n.name, static_cast<std::uint32_t>(language_tags_.size()));
      language_tags_.push_back(n.tag);
      language_tables_.push_back(l);
    }
    for (const TypeLabel& t : l->type_labels) {
      type_labels.add(t.label, static_cast<std::uint32_t>(labels_.size()));
      labels_.push_back(t);
    }
    add_all(list_labels, l->list_labels);
    add_all(editor_in, l->editor_in);
    add_all(editor_marks, l->editor_marks);
    add_all(page_labels, l->page_labels);
    add_all(volume_labels, l->volume_labels);
    add_all(issue_labels, l->issue_labels);
    add_all(section_labels, l->section_labels);
    add_all(page_count_labels, l->page_count_labels);
    add_all(page_suffixes, l->page_suffixes);
    add_all(volume_count_labels, l->volume_count_labels);
    add_all(edition_suffixes, l->edition_suffixes);
    add_all(edition_words, l->edition_words);
    add_all(site_markers, l->site_markers);
    add_all(cs1_markers, l->cs1_markers);
    add_all(access_notes, l->access_notes);
    add_all(link_labels, l->link_labels);
    add_all(abbreviations, l->abbreviations);
    add_all(keep_period, l->keep_period);
    add_all(publisher_words, l->publisher_words);
    add_all(event_words, l->event_words);
    add_all(ditto_words, l->ditto_words);
    add_all(translator_marks, l->translator_marks);
    add_all(contributor_marks, l->contributor_marks);
    add_all(organisation_words, l->organisation_words);
    add_all(collective_authors, l->collective_authors);
    add_all(season_labels, l->season_labels);
    add_all(note_labels, l->note_labels);
    add_all(column_labels, l->column_labels);
    add_all(patent_words, l->patent_words);
    add_all(cited_words, l->cited_words);
    add_all(version_labels, l->version_labels);
    add_all(print_run_words, l->print_run_words);
    add_all(report_number_words, l->report_number_words);
    add_all(book_labels, l->book_labels);
    add_all(newsgroup_labels, l->newsgroup_labels);
    add_all(formats, l->medium_designations);
    add_all(series_markers, l->series_markers);
    add_all(minutes_suffixes, l->minutes_suffixes);
    for (const NameRole& role : l->name_roles) {
      name_roles.add(role.label, static_cast<std::uint32_t>(roles_.size()));
      roles_.push_back(role);
    }
    add_all(name_joiners, l->name_joiners);
    add_all(name_particles, l->name_particles);
    add_all(et_al, l->et_al);
    add_all(see_prefixes, l->see_prefixes);
    for (std::string_view w : l->language_tag_words) {
      tag_words_.push_back(w);
      tag_word_editions_.push_back(l);
    }
    for (std::string_view w : l->untitled_words) untitled_.push_back(w);
    cs1_spans_.insert(cs1_spans_.end(), l->cs1_spans.begin(), l->cs1_spans.end());
    cs1_lead_ins_.insert(cs1_lead_ins_.end(), l->cs1_lead_ins.begin(), l->cs1_lead_ins.end());
    for (const Phrase& p : l->phrases) compile_phrase(l, p.field, p.pattern);
    // The messages that introduce access and archive dates are shared with the checks.
    for (const date_words::DateLanguage* d : date_words::all_date_languages())
      if (d->code == l->code)
        for (const date_words::DateMessage& m : d->messages)
          compile_phrase(l, m.role == date_words::DateRole::accessed ? PhraseField::accessed : PhraseField::archived,
                         m.pattern);
  }
  for (const MessageSpan& m : cs1_spans_) cs1_first_.push_back(text::fold_cp(text::decode(m.open, 0).cp));
  auto note = [&](std::string_view w) {
    const text::CodePoint first = text::decode(w, 0);
    const std::size_t a = text::fold_cp(first.cp) % 64;
    marker_buckets_ |= std::uint64_t{1} << a;
    // A one-letter word or a slot after the first letter: any second code point.
    if (first.len >= w.size() || w[first.len] == '{' || text::space_len_at(w, first.len)) marker_pairs_[a] = ~std::uint64_t{0};
    else marker_pairs_[a] |= std::uint64_t{1} << (text::fold_cp(text::decode(w, first.len).cp) % 64);
  };
  // A message's opening words filter like any marker's: by the first two code points.
  for (const MessageSpan& m : cs1_spans_) note(m.open);
  for (const ReaderLanguage* l : all_reader_languages()) {
    for (std::string_view w : l->cs1_markers) note(w);
    for (std::string_view w : l->link_labels) note(w);
    for (std::string_view w : l->access_notes) note(w);
    for (const Phrase& p : l->phrases) note(p.pattern);
  }
  for (const date_words::DateLanguage* d : date_words::all_date_languages())
    for (const date_words::DateMessage& m : d->messages) note(m.pattern);
  add_all(formats, common_tables().formats);
  archive_hosts_ = common_tables().archive_hosts;
}

void Lexicon::compile_phrase(const ReaderLanguage* edition, PhraseField field, std::string_view pattern) {
  CompiledPhrase c{edition, field, 0, {}};
  std::string_view rest = pattern;
  while (!rest.empty()) {
    const std::size_t sp = rest.find(' ');
    const std::string_view tok = rest.substr(0, sp);
    rest = sp == std::string_view::npos ? std::string_view{} : rest.substr(sp + 1);
    // it "l'{date}" ("URL consultato l'11 dicembre 2015"): an elided article glued to the
    // date; ja "{date}閲覧", ko "{date}에", zh "存档于{date}": words glued to it on either side.
    if (const std::size_t d = tok.find("{date}"); d != std::string_view::npos) {
      if (d > 0) c.tokens.push_back({PhraseToken::word, tok.substr(0, d)});
      c.tokens.push_back({PhraseToken::date, {}});
      if (d + 6 < tok.size()) c.tokens.push_back({PhraseToken::word, tok.substr(d + 6)});
    }
    else if (tok == "{fmt}") c.tokens.push_back({PhraseToken::fmt, {}});
    else if (tok == "{text}") c.tokens.push_back({PhraseToken::text, {}});
    else c.tokens.push_back({PhraseToken::word, tok});
  }
  if (c.tokens.size() >= 2 && c.tokens.front().kind == PhraseToken::date && c.tokens[1].kind == PhraseToken::word) {
    date_first_.push_back(std::move(c));
    return;
  }
  if (c.tokens.empty() || c.tokens.front().kind != PhraseToken::word) return;
  const std::string_view w = c.tokens.front().literal;
  const std::size_t l1 = text::decode(w, 0).len;
  c.second = l1 < w.size() ? text::fold_cp(text::decode(w, l1).cp) : 0;
  phrases_[text::fold_cp(text::decode(w, 0).cp) % 64].push_back(std::move(c));
}

bool Lexicon::try_phrase(const CompiledPhrase& p, std::string_view s, std::size_t pos, PhraseMatch& out) const {
  std::size_t i = pos;
  PhraseMatch m;
  m.field = p.field;
  m.edition = p.edition;
  for (std::size_t k = 0; k < p.tokens.size(); ++k) {
    if (k > 0) {
      const std::size_t before = i;
      while (const std::size_t sp = text::space_len_at(s, i)) i += sp;
      // A text dump prints a linked phrase's spaces as underscores: "at the Wayback_Machine".
      if (i == before && i < s.size() && s[i] == '_' && p.tokens[k - 1].kind == PhraseToken::word &&
          p.tokens[k].kind == PhraseToken::word)
        ++i;
    }
    const PhraseToken& t = p.tokens[k];
    switch (t.kind) {
      case PhraseToken::word: {
        std::size_t n = 0;
        if (!text::starts_with_fold(s, i, t.literal, &n)) return false;
        if (ends_alnum(t.literal) && !text::at_word_end(s, i + n)) return false;
        i += n;
        break;
      }
      case PhraseToken::fmt: {
        if (i < s.size() && s[i] == '(') {
          const std::size_t close = s.find(')', i);
          if (close != std::string_view::npos && close - i <= 12) {
            const std::string_view content = text::trim(s.substr(i + 1, close - i - 1));
            if (is_format(content)) {
              m.format = content;
              i = close + 1;
            }
          }
        }
        break;
      }
      case PhraseToken::date: {
        const DateScan d = scan_date(s.substr(i));
        if (!d.length) {
          // "Retrieved <something that is no date>": keep the text as a literal date, so it
          // is placed and reported rather than lost.
          if (k + 1 != p.tokens.size() || i >= s.size()) return false;
          std::size_t j = i;
          while (j < s.size() && j - i < 60 && s[j] != ',' &&
                 !(s[j] == '.' && (j + 1 == s.size() || text::space_len_at(s, j + 1))))
            ++j;
          const std::string_view lit = text::trim(s.substr(i, j - i));
          if (lit.empty() || !text::has_alnum(lit)) return false;
          m.date = Date{};
          m.date.literal = std::string(lit);
          m.date_literal = true;
          m.date_begin = i;
          m.date_end = i + lit.size();
          i = m.date_end;
          break;
        }
        m.date = d.date;
        m.date_begin = i;
        m.date_end = i + d.length;
        i += d.length;
        break;
      }
      case PhraseToken::text: {
        // A phrase that starts in lowercase stands inside a comma list ("…, traduzione di
        // Luigi Bianchi, Milano, …"): its text ends at the next comma.
        const bool comma_ends = text::starts_lower(p.tokens.front().literal);
        std::size_t j = i;
        bool comma = false;
        while (j < s.size() && j - i < 200) {
          if (s[j] == '.' && (j + 1 == s.size() || text::space_len_at(s, j + 1)) &&
              !(initial_inside_name(s, i, j) && (!comma || initial_follows(s, j))))
            break;
          // "– via JSTOR.{{cite web}}: CS1 maint: …", CS2's "– via ProQuest CS1 maint: …", "– via
          // Google Books[dead link]": a CS1 message after the text ends it, glued or not.
          if (j > i && (s[j - 1] == '.' || s[j - 1] == ' ' || s[j] == '[') && may_start_marker(s, j) && match_cs1_message(s, j)) {
            if (s[j - 1] == '.') --j;
            break;
          }
          if (s[j] == ',') {
            if (comma_ends) break;
            comma = true;
          }
          ++j;
        }
        // "Translated by Woods, J. E.": the last initial keeps its period.
        if (j < s.size() && s[j] == '.' && j >= i + 2 && s[j - 1] >= 'A' && s[j - 1] <= 'Z' &&
            (s[j - 2] == ' ' || s[j - 2] == '.'))
          ++j;
        const std::string_view v = text::trim(s.substr(i, j - i));
        if (v.empty()) return false;
        m.text_begin = static_cast<std::size_t>(v.data() - s.data());
        m.text_end = m.text_begin + v.size();
        i = m.text_end;
        break;
      }
    }
  }
  m.length = i - pos;
  // zh "[2021-05-08]": a message of brackets alone holds a whole day, as an access date is;
  // "[1859]" is a work's first publication (CS1 |orig-date=), and so is a bracket right after
  // the date's parenthesis, "(2020) [2019-03-01]".
  if (std::none_of(p.tokens.begin(), p.tokens.end(), [](const PhraseToken& t) { return t.kind == PhraseToken::word && text::has_alnum(t.literal); })) {
    if (m.date_literal || m.date.precision() != DatePrecision::day) return false;
    std::size_t b = pos;
    while (b > 0 && s[b - 1] == ' ') --b;
    if (b > 0 && s[b - 1] == ')') return false;
  }
  // A phrase that reads a date beats one that kept its slot as literal text ("Accessed: {date}"
  // over "Accessed {date}" with the slot ": 4 May 2015)"); otherwise the longer match wins.
  if (out.length != 0 && out.date_literal != m.date_literal) {
    if (m.date_literal) return false;
  } else if (m.length <= out.length) {
    return false;
  }
  out = m;
  return true;
}

bool Lexicon::may_start_dated_phrase(std::string_view s, std::size_t pos) const noexcept {
  if (date_first_.empty() || (pos > 0 && text::is_ascii_digit(s[pos - 1]))) return false;
  std::size_t e = pos;
  while (e < s.size() && e - pos < 5 && text::is_ascii_digit(s[e])) ++e;
  if (e - pos != 4 || e >= s.size()) return false;
  // A year, its ISO or slashed month and day, then a character outside ASCII: a year unit
  // (年 E5 B9 B4, 년 EB 85 84) or the message's first word glued to the date ("2021-05-08閲覧").
  while (e < s.size() && e - pos < 10 && (text::is_ascii_digit(s[e]) || s[e] == '-' || s[e] == '/')) ++e;
  return e < s.size() && static_cast<unsigned char>(s[e]) >= 0x80;
}

PhraseMatch Lexicon::match_phrase(std::string_view text, std::size_t pos) const {
  PhraseMatch best;
  if (pos >= text.size()) return best;
  if (text::is_ascii_digit(text[pos])) {
    // ja "2021年5月8日閲覧", ko "2021년 5월 8일에 확인함": the date first, then the words.
    if (may_start_dated_phrase(text, pos)) {
      const DateScan d = scan_date(text.substr(pos));
      std::size_t w = pos + d.length;
      while (w < text.size() && text::space_len_at(text, w)) w += text::space_len_at(text, w);
      // Every such phrase's words are in a script other than Latin.
      if (d.length && w < text.size() && static_cast<unsigned char>(text[w]) >= 0x80)
        for (const CompiledPhrase& p : date_first_) try_phrase(p, text, pos, best);
    }
    return best;
  }
  const text::CodePoint first = text::decode(text, pos);
  const auto& bucket = phrases_[text::fold_cp(first.cp) % 64];
  if (bucket.empty()) return best;
  const char32_t second = pos + first.len < text.size() ? text::fold_cp(text::decode(text, pos + first.len).cp) : 0;
  for (const CompiledPhrase& p : bucket)
    if (p.second == 0 || p.second == second) try_phrase(p, text, pos, best);
  return best;
}

std::size_t Lexicon::cs1_lead_in_before(std::string_view s, std::size_t pos) const noexcept {
  std::size_t e = pos;
  while (e > 0 && s[e - 1] == ' ') --e;
  for (std::string_view lead : cs1_lead_ins_)
    if (e >= lead.size() && s.compare(e - lead.size(), lead.size(), lead) == 0 &&
        (e == lead.size() || s[e - lead.size() - 1] == ' '))
      return e - lead.size();
  return pos;
}

std::size_t Lexicon::match_cs1_message(std::string_view s, std::size_t pos) const noexcept {
  std::size_t best = cs1_markers.match(s, pos).length;
  const char32_t first = text::fold_cp(text::decode(s, pos).cp);
  for (std::size_t k = 0; k < cs1_spans_.size(); ++k) {
    if (cs1_first_[k] != first) continue;
    const MessageSpan& m = cs1_spans_[k];
    std::size_t n = 0;
    if (m.open == "|") {
      if (s[pos] != '|') continue;
      std::size_t j = pos + 1;
      while (j < s.size()) {
        const text::CodePoint c = text::decode(s, j);
        if (!text::is_letter_cp(c.cp) && c.cp != '-' && c.cp != '_' && !text::is_digit_cp(c.cp)) break;
        j += c.len;
      }
      if (j == pos + 1 || j >= s.size() || s[j] != '=') continue;
      n = j + 1 - pos;
    } else if (!text::starts_with_fold(s, pos, m.open, &n)) {
      continue;
    }
    std::size_t end;
    if (m.close.empty()) {
      end = s.size();
    } else {
      const std::size_t limit = std::min(s.size(), pos + n + 400);
      const std::size_t c = s.substr(0, limit).find(m.close, pos + n);
      if (c == std::string_view::npos) continue;
      end = c + m.close.size();
    }
    best = std::max(best, end - pos);
  }
  return best;
}

std::optional<std::string_view> Lexicon::language_tag(std::string_view content,
                                                      const ReaderLanguage** edition) const noexcept {
  std::string_view c = text::trim(content);
  const ReaderLanguage* prefixed = nullptr;  // the edition whose "in" / "en" / "em" leads
  for (std::size_t k = 0; k < tag_words_.size(); ++k) {
    std::size_t n = 0;
    if (text::starts_with_fold(c, 0, tag_words_[k], &n) && text::space_len_at(c, n)) {
      c = text::trim(c.substr(n));
      prefixed = tag_word_editions_[k];
      break;
    }
  }
  // "Spanish and English", "inglés y español": the first language is the item's language.
  std::string_view first = c;
  for (std::size_t i = 0; i < c.size(); ++i) {
    if (c[i] == ',' || c[i] == '/') {
      first = c.substr(0, i);
      break;
    }
    if (text::space_len_at(c, i) && name_joiners.match(c, i + 1)) {
      first = c.substr(0, i);
      break;
    }
  }
  WordMatch m = language_names.whole(text::trim(first));
  if (!m && prefixed) m = language_names.whole(c);
  if (!m && prefixed) {
    // A language the tables do not name, by its CLDR name in that edition's language
    // ("(in Tagalog)", "(in Chinese (Taiwan))", "(en tagalo)"). Only after the edition's
    // "in": bare words in parentheses ("(Luo)", "(Ewe)") are too often something else.
    const std::string_view head = text::trim(first);
    for (const std::string_view name : {head, c}) {
      if (auto tag = language_tag_by_name(name, prefixed->code)) {
        if (edition) *edition = prefixed;
        return tag;
      }
      if (head == c) break;  // "(in Tagalog)": one name, looked up once
    }
  }
  if (!m) return std::nullopt;
  if (edition) *edition = language_tables_[m.value];
  return language_tags_[m.value];
}

std::size_t Lexicon::language_tag_prefix(std::string_view content) const noexcept {
  const std::string_view c = text::trim(content);
  for (std::string_view w : tag_words_) {
    std::size_t n = 0;
    if (text::starts_with_fold(c, 0, w, &n) && text::space_len_at(c, n)) {
      const std::string_view rest = text::trim(c.substr(n));
      if (rest.empty() || text::count_words(rest) > 3 || !text::starts_upper(rest)) return 0;
      return static_cast<std::size_t>(rest.data() - content.data());
    }
  }
  return 0;
}

const NameRole* Lexicon::name_role(std::string_view mark) const noexcept {
  if (WordMatch m = name_roles.whole(text::trim(mark))) return &roles_[m.value];
  return nullptr;
}

const TypeLabel* Lexicon::type_label(std::string_view content) const noexcept {
  if (WordMatch m = type_labels.whole(text::trim(content))) return &labels_[m.value];
  return nullptr;
}

bool Lexicon::is_format(std::string_view content) const noexcept {
  return static_cast<bool>(formats.whole(text::trim(content)));
}

std::optional<std::string_view> Lexicon::format_with_size(std::string_view content, std::string_view& size) const noexcept {
  const std::size_t semi = content.find(';');
  if (semi == std::string_view::npos) return std::nullopt;
  const std::string_view fmt = text::trim(content.substr(0, semi));
  const std::string_view rest = text::trim(content.substr(semi + 1));
  if (!is_format(fmt) || rest.empty() || rest.size() > 16 || !text::is_ascii_digit(rest[0])) return std::nullopt;
  // "1,2 MB", "850 kB", "3.4 MiB": a number and a unit of bytes.
  const std::size_t sp = rest.rfind(' ');
  if (sp == std::string_view::npos) return std::nullopt;
  const std::string_view unit = rest.substr(sp + 1);
  if (unit.size() < 2 || unit.size() > 3 || (unit.back() != 'B' && unit.back() != 'b')) return std::nullopt;
  size = rest;
  return fmt;
}

std::optional<std::string_view> Lexicon::edition(std::string_view content) const noexcept {
  const std::string_view c = text::trim(content);
  // Suffixes CS1 adds ("2nd ed.") are dropped; words that are part of the value are kept
  // ("Seventh Edition").
  std::optional<std::string_view> out;
  auto try_set = [&](const WordSet& set, bool keep) {
    // Find the last word of c and look it up.
    std::size_t start = c.size();
    while (start > 0 && !text::space_len_at(c, start - 1)) --start;
    if (start == 0 || start >= c.size()) return;
    const std::string_view last = c.substr(start);
    // "2ª ed" whose period the element split took: look the word up with it.
    std::array<char, 24> dotted{};
    bool found = static_cast<bool>(set.whole(last));
    if (!found && last.size() + 1 < dotted.size() && last.back() != '.') {
      std::copy(last.begin(), last.end(), dotted.begin());
      dotted[last.size()] = '.';
      found = static_cast<bool>(set.whole(std::string_view(dotted.data(), last.size() + 1)));
    }
    if (!found) return;
    const std::string_view value = keep ? c : text::trim(c.substr(0, start));
    if (!value.empty() && value.size() <= 40) out = value;
  };
  try_set(edition_words, true);
  if (!out) try_set(edition_suffixes, false);
  return out;
}

// Vorlage:Literatur's imprint, "Verlag, Ort 1967" ending an element ("Parey, Hamburg 1967.",
// "C. H. Beck, München 1983, ISBN …"): one to three capitalised words of a place after a comma,
// a space and a bare year glued to them, which no other edition prints ("Milano, Rizzoli, 1957",
// "М.: Мысль, 1987" and "London: Penguin. 1967" put a separator before the year). "Vol. 3,
// Spring 2017" and "Journal, June 1998" are dates, not places.
bool glued_place_year(std::string_view text) noexcept {
  for (std::size_t y = text.find(' '); y != std::string_view::npos; y = text.find(' ', y + 1)) {
    const std::size_t b = y + 1;
    if (b + 4 > text.size() || !text::all_digits(text.substr(b, 4))) continue;
    if (b + 4 < text.size() && text[b + 4] != '.' && text[b + 4] != ',') continue;
    // A year of print, 1500 to 2099 ("Circular 3879" is a report's number).
    if (!((text[b] == '1' && text[b + 1] >= '5') || (text[b] == '2' && text[b + 1] == '0'))) continue;
    // Three words back at most: the look-back stays short on a long line of numbers.
    const std::size_t lo = y > 64 ? y - 64 : 0;
    std::size_t comma = text.substr(lo, y - lo).rfind(", ");
    if (comma == std::string_view::npos) continue;
    comma += lo;
    if (comma + 2 >= y) continue;
    const std::string_view place = text.substr(comma + 2, y - comma - 2);
    if (text::count_words(place) > 3 || place.find_first_of(".,:;()\"0123456789") != std::string_view::npos) continue;
    bool upper = true;
    for (std::size_t i = 0; i < place.size() && upper; ++i) {
      if (!text::at_word_start(place, i) || text::starts_upper(place.substr(i))) continue;
      // "Frankfurt am Main": a particle of at most three letters after the first word.
      std::size_t e = i;
      while (e < place.size() && place[e] >= 'a' && place[e] <= 'z') ++e;
      upper = i > 0 && e > i && e - i <= 3 && (e == place.size() || place[e] == ' ');
    }
    if (!upper || parse_date(text.substr(comma + 2, b + 4 - comma - 2)).has_parts()) continue;
    return true;
  }
  return false;
}

const ReaderLanguage* Lexicon::style_of(std::string_view text) const noexcept {
  for (const ReaderLanguage* l : all_reader_languages())
    for (std::string_view m : l->style_markers)
      if (text.find(m) != std::string_view::npos) return l;
  // No marker: a German book with only its imprint after the title.
  if (glued_place_year(text))
    for (const ReaderLanguage* l : all_reader_languages())
      if (l->author_colon_title) return l;
  // Or an author's colon and a place with its year closing the text, "Müller, Hans:
  // Geschichte Deutschlands. München 2001.": a book of the German style without publisher.
  if (const std::size_t c = text.substr(0, 82).find(": "); c != std::string_view::npos &&
                                                          name_shape(text.substr(0, c), *this) == NameShape::inverted) {
    std::string_view tail = text;
    while (!tail.empty() && (tail.back() == '.' || tail.back() == ' ')) tail.remove_suffix(1);
    const std::size_t sp = tail.rfind(' ');
    const std::size_t stop = tail.rfind(". ");
    if (sp != std::string_view::npos && stop != std::string_view::npos && stop > c && stop + 2 < sp &&
        tail.size() - sp - 1 == 4 && text::all_digits(tail.substr(sp + 1))) {
      const std::string_view place = tail.substr(stop + 2, sp - stop - 2);
      if (text::count_words(place) <= 3 && text::starts_upper(place) &&
          place.find_first_of(".,:;()\"0123456789") == std::string_view::npos)
        for (const ReaderLanguage* l : all_reader_languages())
          if (l->author_colon_title) return l;
    }
  }
  // Or a thesis with its Hochschulschrift as a sentence, ". Dissertation. Universität Wien":
  // the other editions bracket the label ("(PhD thesis)", "(Tesis doctoral)"). Only where an
  // author's colon could come (within the first 80 bytes, as the head looks for it).
  const std::size_t colon = text.substr(0, 82).find(": ");
  if (colon == std::string_view::npos) return nullptr;
  // One pass over the sentences after the colon, each compared with the thesis labels.
  for (std::size_t at = text.find(". ", colon); at != std::string_view::npos; at = text.find(". ", at + 2)) {
    const std::size_t w = at + 2;
    if (w >= text.size() || text[w] < 'A' || text[w] > 'Z') continue;
    for (const ReaderLanguage* l : all_reader_languages()) {
      if (!l->author_colon_title) continue;
      for (const TypeLabel& label : l->type_labels) {
        const std::size_t end = w + label.label.size();
        if (label.type == ItemType::thesis && text.compare(w, label.label.size(), label.label) == 0 && end + 1 < text.size() &&
            (text[end] == '.' || text[end] == ',') && text[end + 1] == ' ')
          return l;
      }
    }
  }
  return nullptr;
}

bool Lexicon::says_untitled(std::string_view message) const noexcept {
  for (std::string_view w : untitled_)
    if (message.find(w) != std::string_view::npos) return true;
  return false;
}

bool Lexicon::is_archive_url(std::string_view url) const noexcept {
  for (std::string_view h : archive_hosts_)
    if (url.find(h) != std::string_view::npos) return true;
  return false;
}

bool Lexicon::is_abbreviation(std::string_view word) const noexcept {
  if (word.empty()) return false;
  const text::CodePoint first = text::decode(word, 0);
  if (first.len == word.size()) return text::is_letter_cp(first.cp);  // an initial
  if (word.find('.') != std::string_view::npos) {
    // Dotted capitals: "U.S", "N.J", "Ph.D" (every part at most two letters), and hyphenated
    // initials, "J.-H" (Jean-Hugues).
    std::size_t part = 0;
    for (std::size_t i = 0; i < word.size();) {
      const text::CodePoint c = text::decode(word, i);
      if (c.cp == '.') {
        if (part == 0) return false;
        part = 0;
      } else if (c.cp == '-' && i > 0 && word[i - 1] == '.' && i + 1 < word.size()) {
        part = 0;
      } else if (text::is_letter_cp(c.cp)) {
        if (++part > 2) return false;
      } else {
        return false;
      }
      i += c.len;
    }
    return part > 0;
  }
  return static_cast<bool>(abbreviations.whole(word));
}

}  // namespace citelib::list

// Sources described in brackets and enumeration commas, as ja.wikipedia's templates print
// Japanese sources ({{Cite book|和書}}, {{Cite journal|和書}}): no CS1 separators, titles in
// brackets, the rest joined by "、" and closed by "。" (the words: the edition's
// BracketedDescription table, lang/ja.cpp):
//   山田太郎『プログラミング入門』技術評論社、2010年、45頁。ISBN 978-4-7741-4223-4。
//   山田太郎「コンテナ技術の現状」『情報処理』第60巻第3号、情報処理学会、2019年、10-20頁。
// 「…」 is an article's or a chapter's title (the quotes of Japanese), 『…』 a book's or a
// periodical's (its italics). Identifiers and messages ("…閲覧。") were read by the markers
// before this step.
#include "readers/list/head_steps.hpp"
#include "readers/list/lexicon.hpp"
#include "readers/list/parse_context.hpp"

#include "core/text.hpp"

#include <citelib/model/date.hpp>
#include <citelib/model/name.hpp>

#include <optional>
#include <string_view>
#include <vector>

namespace citelib::list {

namespace {

constexpr std::size_t npos = std::string_view::npos;
constexpr std::string_view kOpenQuote = "\u300C", kCloseQuote = "\u300D";    // 「 」
constexpr std::string_view kOpenTitle = "\u300E", kCloseTitle = "\u300F";    // 『 』
constexpr std::string_view kComma = "\u3001", kStop = "\u3002";              // 、 。
// Where the bracketed title may start: after the authors.
constexpr std::size_t kMaxAuthors = 200;

struct Bracketed {
  std::size_t open, inner_begin, inner_end, end;
};

std::optional<Bracketed> bracket_at(std::string_view t, std::size_t at, std::string_view open, std::string_view close) {
  if (t.compare(at, open.size(), open) != 0) return std::nullopt;
  const std::size_t e = t.find(close, at + open.size());
  if (e == npos || e == at + open.size()) return std::nullopt;
  return Bracketed{at, at + open.size(), e, e + close.size()};
}

// The edition whose description this is (ja).
const BracketedDescription* description_words() {
  static const BracketedDescription* words = [] {
    for (const ReaderLanguage* l : all_reader_languages())
      if (l->bracketed) return l->bracketed;
    return static_cast<const BracketedDescription*>(nullptr);
  }();
  return words;
}

// "第60巻第3号", "60巻3号", "第3号": the number before one of `units`, after the ordinal
// prefix or nothing; `end` is the byte after the unit.
std::optional<std::string_view> numbered(std::string_view s, std::span<const std::string_view> units,
                                         std::string_view prefix, std::size_t& end) {
  for (std::string_view unit : units) {
    const std::size_t u = s.find(unit);
    if (u == npos || u == 0) continue;
    std::size_t b = u;
    while (b > 0 && (text::is_ascii_digit(s[b - 1]) || s[b - 1] == '-')) --b;
    if (b == u) continue;
    const std::string_view before = s.substr(0, b);
    if (!before.empty() && before != prefix) continue;
    end = u + unit.size();
    return s.substr(b, u - b);
  }
  return std::nullopt;
}

bool ends_with_any(std::string_view s, std::span<const std::string_view> words, std::string_view* which = nullptr) {
  for (std::string_view w : words)
    if (s.size() > w.size() && s.ends_with(w)) {
      if (which) *which = w;
      return true;
    }
  return false;
}

// One part of the tail after the titles: a date, locators, an edition or a name.
void read_part(ParseContext& c, const BracketedDescription& words, std::string_view part) {
  Reference& r = c.ref;
  // "（第2版）", "(第2版)": the edition.
  for (const auto& [open, close] : {std::pair<std::string_view, std::string_view>{"\uFF08", "\uFF09"}, {"(", ")"}})
    if (part.starts_with(open) && part.ends_with(close) && part.size() > open.size() + close.size()) {
      const std::string_view inner = part.substr(open.size(), part.size() - open.size() - close.size());
      if (ends_with_any(inner, words.edition_units)) {
        c.put(Variable::edition, inner);
        c.has_edition = true;
        return;
      }
    }
  if (const Date d = parse_date(part); d.has_parts()) {
    c.put_date(Variable::issued, d, part);
    return;
  }
  // "10-20頁", "45頁", "pp. 10-20".
  if (std::string_view unit; ends_with_any(part, words.page_units, &unit)) {
    const std::string_view pages = text::trim(part.substr(0, part.size() - unit.size()));
    if (!pages.empty() && text::is_ascii_digit(pages.front())) {
      c.put(Variable::page, pages);
      c.pages = true;
      return;
    }
  }
  if (const WordMatch m = c.lex.page_labels.match(part, 0); m && m.length < part.size()) {
    const std::string_view pages = text::trim(part.substr(m.length));
    if (!pages.empty() && text::is_ascii_digit(pages.front())) {
      c.put(Variable::page, pages);
      c.pages = true;
      return;
    }
  }
  // "第60巻第3号", "第60巻", "第3号".
  std::size_t vol_end = 0, issue_end = 0;
  const auto volume = numbered(part, words.volume_units, words.ordinal_prefix, vol_end);
  const auto issue = numbered(volume ? part.substr(vol_end) : part, words.issue_units, words.ordinal_prefix, issue_end);
  if (volume || issue) {
    const std::size_t used_to = volume ? vol_end + (issue ? issue_end : 0) : issue_end;
    if (used_to == part.size()) {
      if (volume) c.put(Variable::volume, *volume);
      if (issue) c.put(Variable::issue, *issue);
      return;
    }
  }
  // Anything else: the publisher (the first such part), otherwise text left unplaced.
  if (!r.has(Variable::publisher)) c.put(Variable::publisher, part);
  else c.keep_unplaced(part);
}

// "山田太郎、鈴木花子 編": the people before the titles, with their role after them.
void read_people(ParseContext& c, const BracketedDescription& words, std::string_view who) {
  Variable role = Variable::author;
  for (const NameRole& mark : words.role_marks)
    if (who.size() > mark.label.size() && who.ends_with(mark.label)) {
      who = text::trim(who.substr(0, who.size() - mark.label.size()));
      role = mark.role;
      break;
    }
  std::vector<Name> names;
  for (std::size_t b = 0; b < who.size();) {
    std::size_t e = who.find(kComma, b);
    const std::size_t semi = who.find("; ", b);
    if (semi < e) e = semi;
    const std::string_view name = text::trim(who.substr(b, e == npos ? npos : e - b));
    if (!name.empty()) names.push_back(literal_name(std::string(name)));
    if (e == npos) break;
    b = e + (e == semi ? 2 : kComma.size());
  }
  if (!names.empty() && c.ref.names(role).empty()) c.ref.set_names(role, std::move(names));
}

}  // namespace

bool read_bracketed_description(ParseContext& c) {
  const BracketedDescription* words = description_words();
  if (!words) return false;
  const std::string_view t = c.t;
  // The first bracket opens the titles; what comes before is people, and nothing of CS1's
  // ("Yamada (2010). 『書名』 …" and "\"「記事」について\"" are CS1's with a Japanese title).
  std::size_t b = npos;
  for (std::size_t i = 0; i < t.size() && i <= kMaxAuthors; ++i) {
    const char ch = t[i];
    if (ch == '"' || ch == '(' || (ch == '.' && i + 1 < t.size() && t[i + 1] == ' ')) return false;
    const auto byte = static_cast<unsigned char>(ch);
    if (byte < 0xE2) continue;
    if (byte == 0xE2 && (t.compare(i, 3, "\u201C") == 0 || t.compare(i, 3, "\u201E") == 0)) return false;
    if (byte == 0xE3 && (t.compare(i, 3, kOpenQuote) == 0 || t.compare(i, 3, kOpenTitle) == 0)) {
      b = i;
      break;
    }
  }
  if (b == npos || c.used[b]) return false;
  std::optional<Bracketed> article = bracket_at(t, b, kOpenQuote, kCloseQuote);
  std::optional<Bracketed> work = article ? bracket_at(t, skip_spaces(t, article->end), kOpenTitle, kCloseTitle)
                                          : bracket_at(t, b, kOpenTitle, kCloseTitle);
  if (!article && !work) return false;
  const std::size_t titles_end = work ? work->end : article->end;
  // A Japanese description closes with "。" or runs to the end; its tail has no ". ".
  const std::string_view tail = t.substr(titles_end);
  if (tail.find(". ") != npos && tail.find(kStop) == npos) return false;

  if (b > 0) read_people(c, *words, text::trim(t.substr(0, b)));
  if (article) {
    c.put(Variable::title, t.substr(article->inner_begin, article->inner_end - article->inner_begin));
    c.title_kind = TitleKind::quoted;
    if (work) c.put(Variable::container_title, t.substr(work->inner_begin, work->inner_end - work->inner_begin));
  } else {
    c.put(Variable::title, t.substr(work->inner_begin, work->inner_end - work->inner_begin));
    c.title_kind = TitleKind::plain;
  }
  c.cs1_shape = true;
  c.mark(0, titles_end);
  // The tail: parts between "、" and "。" (and ", "), less what the markers read.
  std::size_t i = titles_end;
  auto flush = [&](std::size_t from, std::size_t to) {
    const std::string_view part = text::trim(t.substr(from, to - from));
    if (!part.empty() && text::has_alnum(part)) read_part(c, *words, part);
    c.mark(from, to);
  };
  std::size_t part_begin = i;
  while (i < t.size()) {
    if (c.used[i]) {
      flush(part_begin, i);
      while (i < t.size() && c.used[i]) ++i;
      part_begin = i;
      continue;
    }
    std::size_t sep = 0;
    if (t.compare(i, 3, kComma) == 0 || t.compare(i, 3, kStop) == 0) sep = 3;
    else if ((t[i] == ',' || t[i] == ';') && i + 1 < t.size() && t[i + 1] == ' ') sep = 2;
    // "『書名』（第2版）技術評論社": an edition glued to the title and to what follows.
    else if (i == titles_end && t.compare(i, 3, "\uFF08") == 0) {
      if (const std::size_t close = t.find("\uFF09", i); close != npos) {
        flush(i, close + 3);
        i = part_begin = close + 3;
        continue;
      }
    }
    if (sep) {
      flush(part_begin, i);
      c.mark(i, i + sep);
      i += sep;
      part_begin = i;
      continue;
    }
    i += text::decode(t, i).len;
  }
  flush(part_begin, t.size());
  return true;
}

}  // namespace citelib::list
